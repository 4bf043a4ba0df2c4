"""Keep the window's translation sources (desktop/translations/palabre_*.ts) up to date.

    python scripts/merge_translations.py refresh [FILE.jsonl ...]
        Collect every tr()/translate() string of desktop/ again with Qt's lupdate (-no-obsolete:
        strings gone from the code leave the .ts; translations of the others are kept), fill the
        English plural forms that can be derived ("%n stakeholder(s)" -> "%n stakeholder" /
        "%n stakeholders"), then merge the JSON-lines files given, compile the .qm files and say
        what is left. Run it after changing strings in desktop/. lupdate records
        QCoreApplication.translate(..., n) with a variable count as an ordinary message (and Qt
        then shows English from 2 on); refresh marks such messages as plural again, from a scan of
        the code, keeping their translations.
    python scripts/merge_translations.py merge [--lang fr] FILE.jsonl ...
        Fill the matching messages of palabre_<lang>.ts from JSON-lines files.
    python scripts/merge_translations.py status [--list]
        Count translated and untranslated messages; --list prints the untranslated ones as JSON
        lines, ready to be translated and merged back.

A JSON line is one message: {"context": "StakeholderWorkspace", "source": "Add stakeholder",
"comment": "", "translation": "Ajouter une partie prenante"}; for a message with %n the
translation is a list of the forms, singular first (French uses the singular for 0 and 1).
"comment" is the disambiguation given to tr() ("" when none). A line whose context matches no
message is used for the messages with the same source and comment in other contexts, when they
are still untranslated. A translation that loses a placeholder ({name}, %1, %n) is refused.
"""

from __future__ import annotations

import argparse
import ast
import json
import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.i18n import TRANSLATIONS_DIR, compile_translation, qt_tool  # noqa: E402

log = logging.getLogger("merge_translations")
TARGET_LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%[0-9]+|%n|%L[0-9]+")
# An elision written with a straight apostrophe (l'option): French typography wants ’.
ELISION = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")

Key = tuple[str, str, str]  # context, source, comment


def ts_path(lang: str) -> Path:
    """The translation source of a language."""
    return TRANSLATIONS_DIR / f"palabre_{lang}.ts"


def source_files() -> list[Path]:
    """Every Python file of the window, in a stable order."""
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if "translations" not in p.parts)


def placeholders(text: str) -> list[str]:
    """The placeholders of a text, sorted ({name}, %1, %n), which a translation must keep."""
    return sorted(PLACEHOLDER.findall(text))


# ---------------------------------------------------------------------------------- the .ts file
@dataclass
class Message:
    """One <message> of a .ts file (the element itself, and what identifies it)."""

    context: str
    element: ET.Element
    key: Key = field(init=False)

    def __post_init__(self) -> None:
        self.key = (self.context, self.element.findtext("source") or "", self.element.findtext("comment") or "")

    @property
    def source(self) -> str:
        return self.key[1]

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    def _translation(self) -> ET.Element:
        node = self.element.find("translation")
        if node is None:
            node = ET.SubElement(self.element, "translation")
        return node

    def forms(self) -> list[str]:
        """The translation: one text, or the plural forms."""
        node = self._translation()
        if self.numerus:
            return [f.text or "" for f in node.findall("numerusform")]
        return [node.text or ""]

    @property
    def finished(self) -> bool:
        """Translated: not marked unfinished, and no empty form."""
        node = self._translation()
        forms = self.forms()
        return node.get("type") not in ("unfinished", "vanished", "obsolete") and bool(forms) and all(forms)

    def set_forms(self, forms: list[str]) -> None:
        node = self._translation()
        for child in list(node):
            node.remove(child)
        if self.numerus:
            node.text = None
            for text in forms:
                ET.SubElement(node, "numerusform").text = text
        else:
            node.text = forms[0]
        node.attrib.pop("type", None)


def read_ts(path: Path) -> tuple[ET.ElementTree, list[Message]]:
    """The parsed file and its messages, in file order."""
    tree = ET.parse(path)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        messages.extend(Message(name, m) for m in context.iter("message"))
    return tree, messages


def _protect(text: str) -> str:
    """Escape a text the way lupdate does, so that our writes and lupdate's give the same file."""
    out = []
    for ch in text:
        if ch in "&\"'<>":
            out.append({"&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;"}[ch])
        elif ch in "\n\t":
            out.append(ch)
        elif ord(ch) < 0x20:
            out.append(f'<byte value="x{ord(ch):x}"/>')
        elif ord(ch) > 0x7F and ch.isspace():  # no-break spaces, as lupdate writes them
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def _attributes(element: ET.Element) -> str:
    return "".join(f' {k}="{_protect(v)}"' for k, v in element.attrib.items())


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file in lupdate's own layout (a later lupdate run changes nothing)."""
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for context in root.findall("context"):
        lines.append("<context>")
        lines.append(f"    <name>{_protect(context.findtext('name') or '')}</name>")
        for message in context.findall("message"):
            lines.append(f"    <message{_attributes(message)}>")
            for child in message:
                pad = " " * 8
                if child.tag == "location":
                    lines.append(f"{pad}<location{_attributes(child)}/>")
                elif child.tag == "translation" and len(child):
                    lines.append(f"{pad}<translation{_attributes(child)}>")
                    lines.extend(f"{pad}    <numerusform>{_protect(f.text or '')}</numerusform>" for f in child)
                    lines.append(f"{pad}</translation>")
                else:
                    lines.append(f"{pad}<{child.tag}{_attributes(child)}>{_protect(child.text or '')}</{child.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------- the code
@dataclass(frozen=True)
class Call:
    """A tr()/translate() call with literal texts, as Python's ast sees it."""

    path: Path
    line: int
    context: str  # the enclosing class for tr(), as lupdate records it
    source: str
    comment: str
    numerus: bool

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Calls(ast.NodeVisitor):
    def __init__(self, path: Path, aliases: set[str]) -> None:
        self.path, self.aliases = path, aliases
        self.classes: list[str] = []
        self.found: list[Call] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        args, keywords = list(node.args), {k.arg: k.value for k in node.keywords}
        context: str | None = None
        rest: list[ast.expr] = []
        if name == "tr" and isinstance(f, ast.Attribute):
            context, rest = (self.classes[-1] if self.classes else ""), args
        elif name in ("translate", "QT_TRANSLATE_NOOP") or name in self.aliases:
            context, rest = (_literal(args[0]) if args else None), args[1:]
        if context is not None and rest and _literal(rest[0]) is not None:
            comment = _literal(rest[1]) if len(rest) > 1 else _literal(keywords.get("disambiguation"))
            self.found.append(Call(self.path, node.lineno, context, _literal(rest[0]) or "", comment or "",
                                   len(rest) > 2 or "n" in keywords))  # source, comment, n
        self.generic_visit(node)


def translate_calls(paths: list[Path] | None = None) -> list[Call]:
    """Every tr()/translate()/QT_TRANSLATE_NOOP call with literal texts in the window's code
    (aliases such as ``tr = QCoreApplication.translate`` included)."""
    found: list[Call] = []
    for path in paths if paths is not None else source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                   and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"
                   for t in node.targets if isinstance(t, ast.Name)}
        scanner = _Calls(path, aliases)
        scanner.visit(tree)
        found.extend(scanner.found)
    return found


def _numerus_forms(message: Message, forms: list[str] | None) -> None:
    """Make a message plural: its saved forms, else unfinished forms (lupdate's text as a hint)."""
    hint = message.forms()[0] if message.forms() else ""
    message.element.set("numerus", "yes")
    if forms and len(forms) == 2 and all(forms):
        message.set_forms(forms)
        return
    node = message._translation()
    for child in list(node):
        node.remove(child)
    node.text = None
    node.set("type", "unfinished")
    for text in (hint, ""):
        ET.SubElement(node, "numerusform").text = text


def restore_plurals(lang: str, counted: set[Key], saved: dict[Key, list[str]]) -> int:
    """After lupdate: mark as plural the messages the code calls with a count, with the forms
    saved before lupdate ran; in palabre_en.ts, add those lupdate left out. Returns how many."""
    path = ts_path(lang)
    tree, messages = read_ts(path)
    present = {m.key: m for m in messages}
    fixed = 0
    for key in sorted(counted):
        message = present.get(key)
        if message is not None and message.numerus:
            continue
        if message is None:
            if lang != "en":
                continue  # lupdate did not see the call at all: the test names it
            contexts = {c.findtext("name"): c for c in tree.getroot().iter("context")}
            context = contexts.get(key[0])
            if context is None:
                context = ET.SubElement(tree.getroot(), "context")
                ET.SubElement(context, "name").text = key[0]
            element = ET.SubElement(context, "message")
            ET.SubElement(element, "source").text = key[1]
            if key[2]:
                ET.SubElement(element, "comment").text = key[2]
            message = Message(key[0], element)
        _numerus_forms(message, saved.get(key))
        fixed += 1
    if fixed:
        write_ts(tree, path)
    return fixed


# ---------------------------------------------------------------------------------- refreshing
def refresh_sources() -> None:
    """lupdate over desktop/ for both languages, plural messages restored, English forms filled."""
    counted = {c.key for c in translate_calls() if c.numerus}
    saved = {}
    for lang in TARGET_LANGUAGES:
        if ts_path(lang).is_file():
            saved[lang] = {m.key: m.forms() for m in read_ts(ts_path(lang))[1] if m.numerus and m.finished}
        run_lupdate(lang)
    for lang in TARGET_LANGUAGES:
        fixed = restore_plurals(lang, counted, saved.get(lang, {}))
        if fixed:
            print(f"{ts_path(lang).name}: {fixed} messages with a count marked plural again")
    print(f"palabre_en.ts: {fill_english_plurals()} English plural forms derived")


def run_lupdate(lang: str) -> None:
    """Collect the strings of desktop/ into palabre_<lang>.ts, keeping its translations."""
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("Qt's lupdate was not found (it comes with PySide6: pip install -e '.[test]')")
    target = ts_path(lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [str(lupdate), *(str(p.relative_to(ROOT)) for p in source_files()),
               "-ts", str(target.relative_to(ROOT)), "-no-obsolete", "-locations", "relative",
               "-source-language", "en_GB", "-target-language", TARGET_LANGUAGES[lang]]
    if lang == "en":
        command.append("-pluralonly")  # English needs only its plural forms; the rest is the source
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{done.stdout}\n{done.stderr}")
    for line in (done.stdout + done.stderr).splitlines():
        if line.strip():
            log.info("lupdate %s: %s", lang, line.strip())


def english_plurals(source: str) -> list[str]:
    """Singular and plural English forms of a %n message.

    "(s)", "(es)" and "y(ies)" give both forms; otherwise a word ending in s right after %n loses
    it in the singular ("%n pages" -> "%n page"). Anything else is the same in both forms.
    """
    singular = re.sub(r"(\w)y\(ies\)", r"\1y", source)
    plural = re.sub(r"(\w)y\(ies\)", r"\1ies", source)
    singular = re.sub(r"(\w)\((e?s)\)", r"\1", singular)
    plural = re.sub(r"(\w)\((e?s)\)", r"\1\2", plural)
    if singular == source:
        singular = re.sub(r"(%n\s+\w{2,}?[^s\W])s\b", r"\1", source)
    return [singular, plural]


def fill_english_plurals() -> int:
    """Fill the untranslated plural messages of palabre_en.ts; returns how many were filled."""
    path = ts_path("en")
    tree, messages = read_ts(path)
    filled = 0
    for message in messages:
        if message.numerus and not message.finished:
            message.set_forms(english_plurals(message.source))
            filled += 1
    if filled:
        write_ts(tree, path)
    return filled


# ---------------------------------------------------------------------------------- merging
@dataclass
class MergeReport:
    """What a merge did."""

    filled: int = 0
    changed: int = 0
    same: int = 0
    by_text: int = 0
    unknown: list[Key] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    bad_lines: list[str] = field(default_factory=list)


def read_jsonl(paths: list[Path], report: MergeReport, lang: str = "fr") -> dict[Key, list[str]]:
    """Translations by (context, source, comment); later lines win. Bad lines are reported.
    French elisions get the typographic apostrophe (l'option -> l’option), the same everywhere."""
    entries: dict[Key, list[str]] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                key = (str(item.get("context") or ""), str(item["source"]), str(item.get("comment") or ""))
                value = item["translation"]
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                report.bad_lines.append(f"{path.name}:{number}: {exc}")
                continue
            forms = [str(v) for v in value] if isinstance(value, list) else [str(value)]
            if not any(forms):
                continue
            if lang == "fr":
                forms = [ELISION.sub("’", f) for f in forms]
            entries[key] = forms
    return entries


def _check(message: Message, forms: list[str]) -> str | None:
    """Why a translation cannot be used for a message, or None."""
    if message.numerus and len(forms) != 2:
        return f"{message.source!r}: a %n message needs 2 forms (singular, plural), got {len(forms)}"
    if not message.numerus and len(forms) != 1:
        return f"{message.source!r}: one translation expected, got a list of {len(forms)}"
    wanted = placeholders(message.source)
    for form in forms:
        if not form.strip():
            return f"{message.source!r}: an empty form"
        if placeholders(form) != wanted:
            return f"{message.source!r}: placeholders {wanted} expected, {placeholders(form)} in {form!r}"
    return None


def merge(lang: str, paths: list[Path]) -> MergeReport:
    """Fill palabre_<lang>.ts from JSON-lines files."""
    report = MergeReport()
    entries = read_jsonl(paths, report, lang)
    path = ts_path(lang)
    tree, messages = read_ts(path)
    known = {m.key for m in messages}
    by_text: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for key, forms in list(entries.items()):
        misread = (key[1], key[2], "")
        if key not in known and key[2] and misread in known:
            # Written from a .ts where lupdate misread an alias (``tr = QCoreApplication.translate``):
            # tr("Ctx", "text") came out as source "Ctx" with comment "text".
            del entries[key]
            entries.setdefault(misread, forms)
        elif key not in known:
            report.unknown.append(key)
            by_text.setdefault((key[1], key[2]), set()).add(tuple(forms))

    for message in messages:
        forms = entries.get(message.key)
        guessed = False
        if forms is None and not message.finished:
            # Same text given for another context (or a context lupdate names differently).
            candidates = by_text.get((message.key[1], message.key[2]), set())
            if len(candidates) == 1:
                forms, guessed = list(next(iter(candidates))), True
        if forms is None:
            continue
        problem = _check(message, forms)
        if problem is not None:
            report.refused.append(f"{message.context}: {problem}")
            continue
        if message.finished and message.forms() == forms:
            report.same += 1
            continue
        if message.finished:
            report.changed += 1
        else:
            report.filled += 1
            report.by_text += guessed
        message.set_forms(forms)
    if report.filled or report.changed:
        write_ts(tree, path)
    return report


# ---------------------------------------------------------------------------------- status
def status(lang: str) -> tuple[int, list[Message]]:
    """Number of messages, and the untranslated ones."""
    _tree, messages = read_ts(ts_path(lang))
    return len(messages), [m for m in messages if not m.finished]


def print_status(list_them: bool) -> int:
    """Print the counts (and with list_them, the untranslated French messages as JSON lines)."""
    missing_total = 0
    for lang in ("fr", "en"):
        if not ts_path(lang).is_file():
            print(f"{ts_path(lang).name}: missing (run: python scripts/merge_translations.py refresh)")
            continue
        total, missing = status(lang)
        missing_total += len(missing)
        print(f"{ts_path(lang).name}: {total} messages, {total - len(missing)} translated, "
              f"{len(missing)} untranslated", file=sys.stderr if list_them else sys.stdout)
        if list_them:
            for m in missing:
                blank: object = ["", ""] if m.numerus else ""
                print(json.dumps({"context": m.context, "source": m.source, "comment": m.key[2],
                                  "translation": blank, "lang": lang}, ensure_ascii=False))
    return missing_total


def compile_all() -> None:
    """Compile every .ts into its .qm next to it (what the set-up does)."""
    for ts in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        if not compile_translation(ts, ts.with_suffix(".qm")):
            raise SystemExit(f"could not compile {ts}")


def _print_merge(report: MergeReport, lang: str, verbose: bool) -> None:
    print(f"palabre_{lang}.ts: {report.filled} filled ({report.by_text} of them matched by text in "
          f"another context), {report.changed} changed, {report.same} already so")
    if report.bad_lines:
        print(f"{len(report.bad_lines)} unreadable lines:", *report.bad_lines, sep="\n  ")
    if report.refused:
        print(f"{len(report.refused)} refused:", *report.refused, sep="\n  ")
    if report.unknown:
        print(f"{len(report.unknown)} lines match no message in that context (source changed or "
              "context misnamed)" + (":" if verbose else "; --verbose lists them"))
        if verbose:
            for context, source, comment in report.unknown:
                print(f"  {context} | {source!r}" + (f" ({comment})" if comment else ""))


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    refresh = sub.add_parser("refresh", help="collect the strings again with lupdate, then merge FILES")
    refresh.add_argument("files", nargs="*", type=Path, help="JSON-lines files of French translations")
    refresh.add_argument("--verbose", action="store_true", help="list the lines that match no message")
    merge_p = sub.add_parser("merge", help="fill a .ts from JSON-lines files")
    merge_p.add_argument("files", nargs="+", type=Path)
    merge_p.add_argument("--lang", choices=sorted(TARGET_LANGUAGES), default="fr")
    merge_p.add_argument("--verbose", action="store_true", help="list the lines that match no message")
    status_p = sub.add_parser("status", help="count what is translated")
    status_p.add_argument("--list", action="store_true", help="print the untranslated messages as JSON lines")
    args = parser.parse_args(argv)

    if args.command == "status":
        return 1 if print_status(args.list) else 0
    if args.command == "refresh":
        refresh_sources()
        if args.files:
            _print_merge(merge("fr", args.files), "fr", args.verbose)
    else:
        _print_merge(merge(args.lang, args.files), args.lang, args.verbose)
    compile_all()
    missing = print_status(False)
    if missing:
        print("untranslated: python scripts/merge_translations.py status --list")
    return 0


if __name__ == "__main__":
    sys.exit(main())
