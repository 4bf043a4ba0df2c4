"""Participant scoring sheets (issue 8): workbooks and printable PDFs out, returned sheets back in.

- :mod:`exports.sheets.workbook`: one participant's Excel workbook (openpyxl).
- :mod:`exports.sheets.pdf`: the same sheet, printable (reportlab).
- :mod:`exports.sheets.layout`: the hidden record of where each answer is, and the dialogue's
  version fingerprint.
- :mod:`exports.sheets.reading`, :mod:`exports.sheets.checking`, :mod:`exports.sheets.preview`:
  reading returned workbooks safely, checking each, and the preview with the one merging edit.
- :mod:`exports.sheets.phrases`: the fixed text in English and French.

The public entry points are re-exported by :mod:`exports.scoring_sheets` and
:mod:`exports.collect_sheets`.
"""
