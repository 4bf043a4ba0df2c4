"""The Qt application and the ``palabre`` command line.

Only this package imports PySide6 and pyqtgraph, and only its window modules do:
:mod:`desktop.cli` and :mod:`desktop.cli_commands` stay headless.
"""
