"""The ``palabre`` command.

``palabre`` with no subcommand opens the window (on FILE, on the example with ``--example``, else
on the last dialogue or the example); ``--screenshot DIR`` saves a picture of every workspace and
exits. Subcommands run headless: they print readable tables, or JSON with ``--json``, and exit 1
with a one-line message on bad input, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop.cli_commands import SUBCOMMANDS
from palabre import __version__
from palabre.errors import PalabreError


def _command_parser(name: str) -> argparse.ArgumentParser:
    """A parser for one subcommand (only its module is imported: start-up stays fast)."""
    parser = argparse.ArgumentParser(
        prog="palabre",
        description="Palabre: health-workforce policy dialogue workbench. "
        "Run without a subcommand to open the window.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    module = importlib.import_module(f"desktop.cli_commands.{name}")
    module.add_parser(sub)
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="palabre",
        description="Open the Palabre window. Subcommands: " + ", ".join(SUBCOMMANDS)
        + " (palabre COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="a .palabre dialogue to open")
    parser.add_argument("--example", action="store_true", help="open the bundled example dialogue")
    parser.add_argument("--screenshot", metavar="DIR",
                        help="save a PNG of each workspace into DIR and exit (works without a display)")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the window")
    parser.add_argument("--version", action="version", version=f"palabre {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            args = _command_parser(args_list[0]).parse_args(args_list)
            module = importlib.import_module(f"desktop.cli_commands.{args.command}")
            return int(module.run(args))
        if args_list and args_list[0] in ("-h", "--help"):
            _window_parser().print_help()
            print("\nSubcommands:")
            for name in SUBCOMMANDS:
                print(f"  palabre {name} --help")
            return 0
        args = _window_parser().parse_args(args_list)
        from desktop.launch import launch  # the only path that may load Qt

        return launch(args)
    except PalabreError as exc:
        print(f"palabre: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and cut short: not an error worth a traceback.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
