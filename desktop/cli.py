"""The ``palabre`` command.

``palabre`` with no subcommand opens the window (on FILE, on the example with ``--example``, else
on the last dialogue or the example); ``--screenshot DIR`` saves a picture of every workspace and
exits. Subcommands run headless: they print readable tables, or JSON with ``--json``, and exit 1
with a one-line message on bad input, never a traceback.

Messages for bad input are in English or French: ``--lang en|fr`` (accepted by every subcommand,
before or after its name), else the locale of the environment (``LC_ALL``, ``LC_MESSAGES``,
``LANG`` starting with ``fr``), else English. The engines' English messages are translated at
this boundary by :func:`palabre.i18n.translate_message`; argparse's own errors and help headings
by :class:`PalabreArgumentParser`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop.cli_commands import SUBCOMMANDS
from palabre import __version__
from palabre.errors import PalabreError
from palabre.i18n import LANGS, choose_lang, translate_message

# argparse's fixed words (its own messages go through translate_message).
_ARGPARSE_WORDS = {
    "fr": {
        "usage: ": "utilisation: ",
        "positional arguments": "arguments positionnels",
        "options": "options",
        "optional arguments": "options",
        "error": "erreur",
        "show this help message and exit": "afficher cette aide et quitter",
        "show program's version number and exit": "afficher la version du programme et quitter",
    },
}


def _word(text: str, lang: str) -> str:
    return _ARGPARSE_WORDS.get(lang, {}).get(text, text)


class PalabreArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the command line's language (``LANG`` of the class).

    Its errors keep argparse's form and exit code (usage, then ``palabre COMMAND: error: ...``,
    exit 2), with the usage heading, the word "error" and the message translated; help texts of
    the options are translated when :mod:`desktop.cli_commands.help_fr` has them.
    """

    LANG = "en"

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _formatter(self.LANG))
        add_help = bool(kwargs.pop("add_help", True))
        super().__init__(*args, add_help=False, **kwargs)  # type: ignore[arg-type]
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_word("show this help message and exit", self.LANG))

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print the usage and the translated message, then exit 2 (argparse's convention)."""
        self.print_usage(sys.stderr)
        text = translate_message(message, self.LANG)
        self.exit(2, f"{self.prog}: {_word('error', self.LANG)}: {text}\n")


def _formatter(lang: str) -> type[argparse.HelpFormatter]:
    """A help formatter whose headings and option help are in ``lang``."""

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
            super().add_usage(usage, actions, groups, _word("usage: ", lang) if prefix is None else prefix)

        def start_section(self, heading):  # type: ignore[no-untyped-def]
            super().start_section(_word(heading, lang) if heading else heading)

        def _get_help_string(self, action):  # type: ignore[no-untyped-def]
            text = super()._get_help_string(action)
            if lang == "fr" and text:
                from desktop.cli_commands.help_fr import HELP_FR

                text = HELP_FR.get(text, text)
            return text

        def _format_text(self, text):  # type: ignore[no-untyped-def]
            if lang == "fr" and text:
                from desktop.cli_commands.help_fr import HELP_FR

                text = HELP_FR.get(text, text)
            return super()._format_text(text)

    return Formatter


def parser_class(lang: str) -> type[PalabreArgumentParser]:
    """The parser class for a language (subparsers inherit it from their parent)."""
    if lang == "en":
        return PalabreArgumentParser
    return type(f"PalabreArgumentParser_{lang}", (PalabreArgumentParser,), {"LANG": lang})


def _command_parser(name: str, lang: str = "en") -> argparse.ArgumentParser:
    """A parser for one subcommand (only its module is imported: start-up stays fast)."""
    parser = parser_class(lang)(
        prog="palabre",
        description="Palabre: health-workforce policy dialogue workbench. "
        "Run without a subcommand to open the window.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    module = importlib.import_module(f"desktop.cli_commands.{name}")
    module.add_parser(sub)
    command = sub.choices[name]
    if "--lang" not in command._option_string_actions:
        # brief and sensitivity have their own --lang (the language of what they write), which
        # also sets the messages' language; every other command accepts it for messages.
        command.add_argument("--lang", choices=LANGS, help="language of the messages (default: the locale's)")
    return parser


def _window_parser(lang: str = "en") -> argparse.ArgumentParser:
    opening = "Ouvrir la fenêtre de Palabre. Sous-commandes: " if lang == "fr" else \
        "Open the Palabre window. Subcommands: "
    parser = parser_class(lang)(
        prog="palabre",
        description=opening + ", ".join(SUBCOMMANDS) + " (palabre COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="a .palabre dialogue to open")
    parser.add_argument("--example", action="store_true", help="open the bundled example dialogue")
    parser.add_argument("--screenshot", metavar="DIR",
                        help="save a PNG of each workspace into DIR and exit (works without a display)")
    parser.add_argument("--lang", choices=LANGS, help="language of the window")
    parser.add_argument("--version", action="version", version=f"palabre {__version__}",
                        help=_word("show program's version number and exit", lang))
    return parser


def requested_lang(args_list: Sequence[str]) -> str | None:
    """The language given by ``--lang X`` or ``--lang=X`` on the command line (the last one), or
    None when there is none or it is not a language Palabre speaks (argparse then says so).

    Examples
    --------
    >>> requested_lang(["check", "a.palabre", "--lang", "fr"]), requested_lang(["--lang=en"])
    ('fr', 'en')
    >>> requested_lang(["check", "a.palabre"]) is None, requested_lang(["--lang", "de"]) is None
    (True, True)
    """
    found: str | None = None
    for i, arg in enumerate(args_list):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(args_list):
            value = args_list[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value is not None:
            found = value if value in LANGS else None
    return found


def _subcommand_first(args_list: list[str]) -> list[str]:
    """``palabre --lang fr check F`` as ``palabre check F --lang fr`` (a global --lang)."""
    if len(args_list) >= 3 and args_list[0] == "--lang" and args_list[2] in SUBCOMMANDS:
        return [*args_list[2:], "--lang", args_list[1]]
    if len(args_list) >= 2 and args_list[0].startswith("--lang=") and args_list[1] in SUBCOMMANDS:
        return [*args_list[1:], args_list[0]]
    return args_list


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = _subcommand_first(list(sys.argv[1:] if argv is None else argv))
    lang = choose_lang(requested_lang(args_list))
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            args = _command_parser(args_list[0], lang).parse_args(args_list)
            args.message_lang = lang
            module = importlib.import_module(f"desktop.cli_commands.{args.command}")
            return int(module.run(args))
        if args_list and args_list[0] in ("-h", "--help"):
            _window_parser(lang).print_help()
            print("\nSous-commandes:" if lang == "fr" else "\nSubcommands:")
            for name in SUBCOMMANDS:
                print(f"  palabre {name} --help")
            return 0
        args = _window_parser(lang).parse_args(args_list)
        from desktop.launch import launch  # the only path that may load Qt

        return launch(args)
    except PalabreError as exc:
        print(f"palabre: {translate_message(exc.message, lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and cut short: not an error worth a traceback.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
