"""Every string the window shows goes through Qt's translation system (issue 10).

An AST scan of ``desktop/**/*.py`` (the command line, which has its own catalogue, is left out)
that names ``file:line`` for:

- a literal with words that reaches the user without ``self.tr(...)`` or
  ``QCoreApplication.translate(...)``: the text of labels, buttons, actions, menus, tabs, group
  boxes, check boxes, message boxes, file dialogs, header labels, tool tips, status tips,
  placeholders, plot labels, and the values returned by a model's ``data`` or ``headerData``;
- an f-string with words, or a ``"...".format()`` / ``"..." % x`` template, in those places;
- any other literal that reads like a sentence or a heading (two words, or one capitalised word)
  outside a docstring, a log message, a programmer's exception, a comparison or a lookup key;
- a call lupdate cannot extract: ``tr(...)`` through an alias or a home-made wrapper, a variable,
  an f-string or a concatenation as the source text, ``other.tr(...)`` (lupdate records the
  enclosing class, Qt looks up the other object's class);
- translated fragments glued together (``tr("a") + tr("b")``): word order differs in French;
- a ``%n`` text without its count, or a count without ``%n``;
- a float formatted with ``:.2f`` (or ``%.2f``, ``:g``, ``:%``) in a visible place: it shows
  ``0.81`` in French; use ``desktop.locale_format``.

Symbols, ids, file patterns such as ``*.palabre``, key names and language names are not language
and pass; anything else let through is listed in ``ALLOWED`` below with its reason. The scanner
itself is tested on small snippets, so a deliberately unwrapped ``QLabel("Hello")`` must be caught.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.locale_format import core_message, date_text, general, language, number, parse_number, percent, signed
from desktop.models.ranking_table import FEASIBILITY

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"

# Not part of the window: the command line (its messages go through palabre.i18n).
EXCLUDED = ("desktop/cli.py", "desktop/cli_commands/")

# Literals that are not language, or that reach the user by another road than Qt's translation,
# by file, with the reason.
ALLOWED: dict[tuple[str, str], str] = {
    ("desktop/models/smaa_worker.py", "not computed in the window"):
        "metadata in SMAAResult.settings for scripts; the window never shows it",
    ("desktop/app.py", "no fonts are installed, so every letter would show as an empty box. Install one, "
                       "for example: sudo apt-get install fonts-dejavu-core"):
        "raised before any window or Qt translator exists; cli.py prints it through "
        "palabre.i18n.translate_message, the command line's catalogue",
}

# Methods whose string arguments the user reads.
SINK_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setWhatsThis",
    "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "setSuffix", "setPrefix",
    "setSpecialValueText", "setTabText", "setTabToolTip", "setItemText", "setItemToolTip",
    "addTab", "insertTab", "addAction", "addMenu", "addSection", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel", "showMessage", "addRow",
    "setLabel", "setHtml", "setButtonText", "setCancelButtonText", "setAccessibleName",
    "setAccessibleDescription", "setNameFilter", "setNameFilters", "addButton", "setWindowIconText",
    "information", "warning", "critical", "question", "about", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "getText", "getItem", "getInt",
    "getDouble", "getMultiLineText", "showText", "drawText", "setTicks", "show_info",
    "show_refusal", "refused", "addLegend", "setPlainText", "setOption", "setValue_text",
}
# Only the first text-like argument counts (the next is often an id kept as item data).
FIRST_TEXT_ONLY = {"addItem", "insertItem"}
# Classes whose string arguments the user reads.
SINK_CLASSES = {
    "QLabel", "QPushButton", "QAction", "QMenu", "QGroupBox", "QCheckBox", "QRadioButton",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "QTreeWidgetItem", "QListWidgetItem",
    "QStandardItem", "QTableWidgetItem", "QProgressDialog", "QGraphicsSimpleTextItem",
    "QGraphicsTextItem", "TextItem", "LabelItem", "QWizardPage", "QDockWidget",
}
SINK_KEYWORDS = {
    "text", "title", "toolTip", "tooltip", "tip", "statusTip", "placeholderText", "windowTitle",
    "labelText", "label", "caption", "filter", "message",
}
# Calls whose string arguments are not shown (keys, names, styles, logs).
QUIET_CALLS = {
    "setObjectName", "setStyleSheet", "setProperty", "property", "value", "setValue", "remove",
    "contains", "beginGroup", "getattr", "hasattr", "setattr", "Signal", "Slot", "QColor",
    "QKeySequence", "open", "Path", "get", "compile", "startswith", "endswith", "split", "rsplit",
    "replace", "strip", "rstrip", "lstrip", "encode", "decode", "strftime", "strptime",
    "QRegularExpression", "setDefaultSuffix", "import_module", "fromTheme", "setApplicationName",
    "setOrganizationName", "setOrganizationDomain", "setApplicationDisplayName", "debug", "info",
    "warn", "exception", "error", "log", "isinstance", "findChild", "findChildren", "setFamily",
    "QFont", "setFont", "environ", "getenv", "setdefault", "pop", "index", "fromisoformat",
    "mkpipe", "QSettings", "astype", "format_exc", "filterwarnings", "simplefilter", "which",
    "iter_tag", "setFontFamily", "addApplicationFont", "QFontDatabase", "cast", "NamedTemporaryFile",
    "mkstemp", "TemporaryDirectory", "with_suffix", "glob", "rglob", "joinpath", "dumps", "loads",
    "sub", "match", "search", "fullmatch", "findall", "QT_TRANSLATE_NOOP", "QT_TR_NOOP",
    "setWindowRole", "setMimeData", "hasFormat", "setData_mime", "typing_cast", "QUrl",
    "fromLocalFile", "dataclass", "field", "namedtuple", "TypeVar", "setWindowFilePath",
}
PROGRAMMER_ERRORS = {
    "ValueError", "TypeError", "RuntimeError", "KeyError", "AssertionError", "NotImplementedError",
    "IndexError", "AttributeError", "LookupError", "OSError",
}
# Qt translates the names of keys itself (context QShortcut), and parses them in English.
KEY_SEQUENCE = re.compile(r"((Ctrl|Shift|Alt|Meta)\+)*(F\d{1,2}|Home|End|Esc|Del|Delete|Ins|Tab|Space|Return|"
                          r"Enter|Backspace|PgUp|PgDown|Up|Down|Left|Right|.)")
# Names that stay the same in every language: the product, and each language in its own words
# (the Language menu lists "English" and "Français" whatever the window's language).
NAMES = {"Palabre", "English", "Français"}
# pyqtgraph's axis positions, the first argument of setLabel and getAxis.
AXES = {"left", "right", "top", "bottom"}
# A float shown with a decimal point whatever the language (:.0f, a whole number, is fine).
FLOAT_SPEC = re.compile(r"^(?!.*\.0f$)[^{}]*\.?\d*[fFgGeE%]$")
FLOAT_IN_TEMPLATE = re.compile(r"\{[^{}:]*:(?![^{}]*\.0f\})[^{}]*[fFgGeE%]\}|%[-+ 0#]*\d*\.[1-9]\d*[fFgGeE]")


@dataclass(frozen=True)
class Finding:
    """One place where a string reaches the user untranslated, or cannot be extracted."""

    path: str
    line: int
    why: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def _strip_markup(text: str) -> str:
    text = re.sub(r"<[^>]*>", " ", text)  # HTML tags
    text = re.sub(r"&[#\w]+;", " ", text)  # entities
    text = re.sub(r"\{[^{}]*\}", " ", text)  # {0}, {name:.2f}
    text = re.sub(r"%(\d+|n|[-+ 0#]*\d*(\.\d+)?[sdifgeEGr])", " ", text)  # %1, %n, %s, %.2f
    return text


def has_words(text: str) -> bool:
    """True when the text has a run of two letters outside markup, placeholders, file patterns,
    key sequences and the product's name."""
    if re.fullmatch(r"\s*(\*\.\w+[\s;]*)+\s*", text) or re.fullmatch(r"\.\w+", text):
        return False  # *.palabre *.xlsx, .png
    if KEY_SEQUENCE.fullmatch(text) or text in NAMES:
        return False
    return re.search(r"[^\W\d_]{2,}", _strip_markup(text)) is not None


def reads_like_text(text: str) -> bool:
    """Two words, or one capitalised word: the shape of a label, heading or sentence."""
    if not has_words(text):
        return False
    plain = _strip_markup(text)
    if re.search(r"[^\W\d_]{2,}[^\S\n]+[^\W\d_]{2,}", plain):
        return True
    return re.fullmatch(r"\W*[A-Z][a-z]+[^\w]*", plain.strip()) is not None


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else node.attr
    return ""


def _call_name(call: ast.Call) -> str:
    """The last part of the called name: ``setText`` for ``self.label.setText``."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_self_tr(call: ast.Call) -> bool:
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name) and f.value.id == "self"


def _is_translate(call: ast.Call) -> bool:
    """``QCoreApplication.translate(...)``, or ``translate(...)`` (a module alias of it, checked apart)."""
    name = _dotted(call.func)
    return name == "translate" or name.split(".")[-2:] in (["QCoreApplication", "translate"],
                                                         ["QApplication", "translate"])


def _binds_translate(tree: ast.Module) -> bool:
    """True when the module (or a function in it) says ``translate = QCoreApplication.translate``:
    lupdate reads ``translate("Context", "text")`` calls, whatever binds the name."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["translate"]
                and ast.unparse(node.value) in ("QCoreApplication.translate", "QApplication.translate")):
            return True
    return False


def is_tr_call(node: ast.AST) -> bool:
    """A call lupdate extracts: ``self.tr(...)`` or ``QCoreApplication.translate(...)``."""
    return isinstance(node, ast.Call) and (_is_self_tr(node) or _is_translate(node))


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self.seen: set[tuple[int, str]] = set()
        self.quiet: set[int] = set()  # ids of nodes whose literals are not shown
        self.visible: set[int] = set()  # ids of literals already judged in a visible place
        self.noop_contexts: set[str] = set()
        self.translate_alias = False

    # -- reporting --------------------------------------------------------------------------
    def flag(self, node: ast.AST, why: str, text: str) -> None:
        key = (getattr(node, "lineno", 0), text)
        if key in self.seen:
            return
        self.seen.add(key)
        self.findings.append(Finding(self.path, key[0], why, text))

    # -- quiet places -----------------------------------------------------------------------
    def _mark_quiet(self, node: ast.AST) -> None:
        for sub in ast.walk(node):
            self.quiet.add(id(sub))

    def _docstrings(self, tree: ast.AST) -> None:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                body = node.body
                if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                    self.quiet.add(id(body[0].value))
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                self.quiet.add(id(node.value))  # bare string statements (attribute docs)

    def scan(self, tree: ast.AST) -> list[Finding]:
        self._docstrings(tree)
        self.translate_alias = isinstance(tree, ast.Module) and _binds_translate(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) == "QT_TRANSLATE_NOOP" and node.args:
                ctx = node.args[0]
                if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                    self.noop_contexts.add(ctx.value)
        self.visit(tree)
        return self.findings

    # -- visible expressions ----------------------------------------------------------------
    def check_visible(self, node: ast.AST | None) -> None:
        """Judge an expression whose value the user reads."""
        if node is None:
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.visible.add(id(node))
            if has_words(node.value):
                self.flag(node, "untranslated text", node.value)
        elif isinstance(node, ast.JoinedStr):
            self.visible.add(id(node))
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if has_words(literal):
                self.flag(node, "f-string with words (use a translated template and .format())", ast.unparse(node))
            self._check_percent(node)
            for v in node.values:
                if isinstance(v, ast.FormattedValue):
                    self._check_spec(v)
                    self.check_visible(v.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            parts = _flatten_add(node)
            if sum(1 for p in parts if _contains_tr(p)) >= 2:
                self.flag(node, "translated fragments glued together (use one template)", ast.unparse(node))
            for p in parts:
                self.check_visible(p)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            left = node.left
            if isinstance(left, ast.Constant) and isinstance(left.value, str):
                self.visible.add(id(left))
                if has_words(left.value):
                    self.flag(node, "untranslated % template", left.value)
                elif FLOAT_IN_TEMPLATE.search(left.value):
                    self.flag(node, "number formatted with '.' whatever the language", left.value)
            elif is_tr_call(left):
                self._check_tr_template(left)
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            if name == "format" and isinstance(node.func, ast.Attribute):
                template = node.func.value
                if isinstance(template, ast.Constant) and isinstance(template.value, str):
                    self.visible.add(id(template))
                    if has_words(template.value):
                        self.flag(node, "untranslated .format() template", template.value)
                    elif FLOAT_IN_TEMPLATE.search(template.value):
                        self.flag(node, "number formatted with '.' whatever the language", template.value)
                elif is_tr_call(template):
                    self._check_tr_template(template)
                else:
                    self.check_visible(template)
            elif name == "join" and isinstance(node.func, ast.Attribute) and node.args:
                self.check_visible(node.args[0])
            elif name in ("strip", "lstrip", "rstrip", "upper", "lower", "capitalize", "title", "replace",
                          "center", "ljust", "rjust") and isinstance(node.func, ast.Attribute):
                self.check_visible(node.func.value)
        elif isinstance(node, ast.IfExp):
            self.check_visible(node.body)
            self.check_visible(node.orelse)
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for elt in node.elts:
                self.check_visible(elt)
        elif isinstance(node, (ast.ListComp, ast.GeneratorExp)):
            self.check_visible(node.elt)
        elif isinstance(node, ast.BoolOp):
            for v in node.values:
                self.check_visible(v)

    def _check_percent(self, node: ast.JoinedStr) -> None:
        """``f"{x:.0f}%"``: French writes ``81 %``; use locale_format.percent."""
        for a, b in zip(node.values, node.values[1:], strict=False):
            if isinstance(a, ast.FormattedValue) and isinstance(b, ast.Constant) and str(b.value).startswith("%"):
                self.flag(node, "percentage written the English way (use locale_format.percent)", ast.unparse(node))

    def _check_spec(self, value: ast.FormattedValue) -> None:
        spec = value.format_spec
        if isinstance(spec, ast.JoinedStr):
            text = "".join(v.value for v in spec.values if isinstance(v, ast.Constant))
            if FLOAT_SPEC.match(text):
                self.flag(value, "number formatted with '.' whatever the language (use locale_format)",
                          ast.unparse(value))

    def _check_tr_template(self, call: ast.Call) -> None:
        source = _tr_source(call)
        if source is not None and FLOAT_IN_TEMPLATE.search(source):
            self.flag(call, "number formatted with '.' whatever the language (use locale_format)", source)

    # -- tr calls -----------------------------------------------------------------------------
    def check_tr(self, call: ast.Call) -> None:
        """The call must be one lupdate extracts, with literal text."""
        self._mark_quiet(call)
        if _is_self_tr(call):
            text_args, count_at = call.args[:1], 2
            if call.args[1:2] and not _is_str_constant(call.args[1]):
                self.flag(call, "the disambiguation comment of tr() must be a literal", ast.unparse(call))
        else:
            text_args, count_at = call.args[:2], 3
            if self._translate_of_noop(call):
                return
        if not text_args or not all(_is_str_constant(a) for a in text_args):
            what = "f-string" if any(isinstance(a, ast.JoinedStr) for a in text_args) else "non-literal"
            self.flag(call, f"{what} text inside tr(): lupdate cannot extract it", ast.unparse(call))
            return
        source = text_args[-1].value  # type: ignore[attr-defined]
        if any(k.arg == "n" for k in call.keywords):
            self.flag(call, "a count given as n=: lupdate does not see the plural (pass it third)", source)
        if not _is_self_tr(call) and len(call.args) > count_at:
            self.flag(call, "lupdate never gives translate(..., n) plural forms (and skips it when n is "
                      "not a plain name): use self.tr(text, \"\", n) in a QObject", source)
        if FLOAT_IN_TEMPLATE.search(source):
            self.flag(call, "number formatted with '.' whatever the language (use locale_format)", source)
        has_count = len(call.args) > count_at or any(k.arg == "n" for k in call.keywords)
        if "%n" in source and not has_count:
            self.flag(call, "%n without a count", source)
        if has_count and "%n" not in source:
            self.flag(call, "a count without %n in the text", source)

    def _translate_of_noop(self, call: ast.Call) -> bool:
        """``translate("Ctx", variable)`` is fine when the file marks "Ctx" texts QT_TRANSLATE_NOOP."""
        args = call.args
        return (len(args) >= 2 and _is_str_constant(args[0]) and not _is_str_constant(args[1])
                and args[0].value in self.noop_contexts)  # type: ignore[attr-defined]

    # -- visitors -----------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if isinstance(node.func, ast.Name) and name == "translate" and not self.translate_alias:
            self.flag(node, "translate() without `translate = QCoreApplication.translate` in the module",
                      ast.unparse(node))
            self._mark_quiet(node)
        elif is_tr_call(node):
            self.check_tr(node)
        elif name == "tr" or (isinstance(node.func, ast.Name) and name in ("_tr", "_")):
            self.flag(node, "tr() through an alias, a wrapper or another object: lupdate cannot "
                      "extract it (call self.tr or QCoreApplication.translate directly)", ast.unparse(node))
            self._mark_quiet(node)
        elif name in QUIET_CALLS or _dotted(node.func).startswith(("logging.", "log.", "logger.", "_log.",
                                                                    "warnings.", "LOG.")):
            for arg in [*node.args, *node.keywords]:  # the arguments, not "text".strip()'s text
                self._mark_quiet(arg)
        else:
            if name in SINK_METHODS or name in SINK_CLASSES:
                for k, arg in enumerate(node.args):
                    if not (k == 0 and name == "setLabel" and _is_str_constant(arg) and arg.value in AXES):  # type: ignore[attr-defined]
                        self.check_visible(arg)
            elif name in FIRST_TEXT_ONLY:
                for arg in node.args:
                    if _text_like(arg):
                        self.check_visible(arg)
                        break
            for kw in node.keywords:
                if kw.arg in SINK_KEYWORDS:
                    self.check_visible(kw.value)
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if isinstance(exc, ast.Call) and _call_name(exc) in PROGRAMMER_ERRORS:
            self._mark_quiet(exc)
        elif isinstance(exc, ast.Call):
            for arg in exc.args:
                self.check_visible(arg)
        self.generic_visit(node)

    def visit_Assert(self, node: ast.Assert) -> None:
        self._mark_quiet(node)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        self._mark_quiet(node)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self._mark_quiet(node.slice)
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            if key is not None:
                self._mark_quiet(key)
        self.generic_visit(node)

    def visit_keyword(self, node: ast.keyword) -> None:
        if node.arg in ("objectName", "encoding", "mode", "errors", "newline", "key", "sep", "role",
                        "shortcut"):
            self._mark_quiet(node.value)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in ("data", "headerData"):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return):
                    self.check_visible(sub.value)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            self._mark_quiet(node.value)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if (isinstance(node.value, str) and id(node) not in self.quiet and id(node) not in self.visible
                and reads_like_text(node.value)):
            self.flag(node, "text outside tr()", node.value)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                for sub in ast.walk(v.value):
                    if is_tr_call(sub):
                        self.flag(sub, "tr() inside an f-string: lupdate skips it (translate first, then "
                                  "put the result in the f-string)", ast.unparse(sub))
        if id(node) not in self.quiet and id(node) not in self.visible:
            self._check_percent(node)
            for v in node.values:
                if isinstance(v, ast.FormattedValue):
                    self._check_spec(v)
        if id(node) in self.quiet or id(node) in self.visible:
            for v in node.values:
                if isinstance(v, ast.FormattedValue):
                    self.visit(v.value)
            return
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        # A word between spaces ("{a} against {b}") is language; "{stem}-map.png" is a name.
        if reads_like_text(literal) or (has_words(literal) and re.search(r"\s[^\W\d_]{2,}|[^\W\d_]{2,}\s", literal)):
            self.flag(node, "f-string with words outside tr()", ast.unparse(node))
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                self.visit(v.value)


def _is_str_constant(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _text_like(node: ast.AST) -> bool:
    return _is_str_constant(node) or isinstance(node, (ast.JoinedStr, ast.BinOp, ast.IfExp)) or is_tr_call(node)


def _tr_source(call: ast.Call) -> str | None:
    args = call.args[:1] if _is_self_tr(call) else call.args[1:2]
    return args[0].value if args and _is_str_constant(args[0]) else None  # type: ignore[attr-defined]


def _contains_tr(node: ast.AST) -> bool:
    return any(is_tr_call(sub) for sub in ast.walk(node))


def _flatten_add(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _flatten_add(node.left) + _flatten_add(node.right)
    return [node]


def scan_source(source: str, path: str = "<snippet>") -> list[Finding]:
    """Every untranslated visible string, and every tr() call lupdate cannot extract, in ``source``."""
    findings = _Scanner(path).scan(ast.parse(source))
    return [f for f in findings if (path, f.text) not in ALLOWED]


def desktop_files() -> list[Path]:
    """The window's Python files (the command line left out)."""
    files = []
    for p in sorted(DESKTOP.rglob("*.py")):
        rel = p.relative_to(ROOT).as_posix()
        if not rel.startswith(EXCLUDED):
            files.append(p)
    return files


def scan_desktop() -> list[Finding]:
    """The scan of every window file."""
    findings: list[Finding] = []
    for p in desktop_files():
        findings += scan_source(p.read_text(encoding="utf-8"), p.relative_to(ROOT).as_posix())
    return findings


# -- the scanner, on small snippets -----------------------------------------------------------

def _whys(source: str) -> list[str]:
    return [f.why for f in scan_source(source)]


def test_an_unwrapped_label_is_caught_with_its_line() -> None:
    """A deliberately unwrapped QLabel("Hello") is reported at its line."""
    findings = scan_source('from PySide6.QtWidgets import QLabel\n\nlabel = QLabel("Hello")\n')
    assert [(f.line, f.text) for f in findings] == [(3, "Hello")]


def test_wrapped_texts_pass() -> None:
    """self.tr, QCoreApplication.translate, plurals with %n and .format() on the translation pass."""
    source = '''
class W(QWidget):
    def build(self, n, name):
        self.setWindowTitle(self.tr("Options"))
        QLabel(self.tr("Hello"))
        self.button.setToolTip(self.tr("Removed %n stakeholder(s)", "", n))
        self.status.setText(self.tr("{0} is first").format(name))
        self.box.addItem(self.tr("Weighted sum"), "wsm")
        self.edit.setText(name)
        self.sign.setText("%")
        dialog.getOpenFileName(self, self.tr("Open"), "", self.tr("Palabre dialogues (*.palabre)"))

def label():
    return QCoreApplication.translate("Ctx", "Quick win")

translate = QCoreApplication.translate

def short_label():
    return translate("Ctx", "Quick win")
'''
    assert scan_source(source) == []


def test_unwrapped_places_are_caught() -> None:
    """Window titles, menus, actions, tool tips, headers, message boxes and model data."""
    source = '''
class W(QWidget):
    def build(self, n):
        self.setWindowTitle("Options")
        menu.addMenu("&File")
        menu.addAction("Save")
        self.button.setToolTip(f"{n} options")
        self.table.setHorizontalHeaderLabels(["Name", self.tr("Power")])
        QMessageBox.warning(self, self.tr("Error"), "Cannot open the file")
        self.status.setText("{0} is first".format(n))
        self.box.addItem("Weighted sum", "wsm")
        QFileDialog.getSaveFileName(self, self.tr("Save"), "", "Palabre dialogues (*.palabre)")

class M(QAbstractTableModel):
    def headerData(self, section, orientation, role):
        return "Score"
'''
    texts = [f.text for f in scan_source(source)]
    assert texts == ["Options", "&File", "Save", "f'{n} options'", "Name", "Cannot open the file",
                     "{0} is first", "Weighted sum", "Palabre dialogues (*.palabre)", "Score"]


def test_sentences_outside_a_known_place_are_caught() -> None:
    """A sentence kept in a constant, far from the widget that shows it, is still caught;
    docstrings, log messages, programmer errors, comparisons and keys are not."""
    source = '''
"""Module docstring with words."""
HINT = "Drag a stakeholder to move it"
COLUMNS = ["Name", "power"]

def f(x, d):
    """Docstring."""
    log.debug("Loaded the file %s", x)
    if x == "some method":
        raise ValueError("bad value for x")
    settings.value("window/geometry")
    return d["a key"]
'''
    assert [f.text for f in scan_source(source)] == ["Drag a stakeholder to move it", "Name"]


def test_calls_lupdate_cannot_extract_are_caught() -> None:
    """Aliases, wrappers, variables and f-strings in tr(), and tr() on another object."""
    source = '''
def f(name, text):
    tr = QCoreApplication.translate
    a = tr("Scores", "less is better")
    b = _tr("Tie from {0}")
    c = QCoreApplication.translate("Ctx", text)
    d = QCoreApplication.translate("Ctx", f"Hello {name}")
    e = window.tr("Hello")
    f = translate("Ctx", "Hello")
'''
    whys = _whys(source)
    assert len(whys) == 6
    assert sum("alias" in w for w in whys) == 3
    assert sum("without `translate =" in w for w in whys) == 1
    assert sum("inside tr()" in w for w in whys) == 2


def test_a_table_marked_for_translation_may_be_translated_through_a_variable() -> None:
    """QT_TRANSLATE_NOOP marks texts for lupdate; translate(ctx, variable) then finds them."""
    source = '''
LABELS = {"a": QT_TRANSLATE_NOOP("Labels", "Alpha label")}

def label(k):
    return QCoreApplication.translate("Labels", LABELS[k])
'''
    assert scan_source(source) == []


def test_glued_fragments_plurals_and_numbers_are_caught() -> None:
    """tr() + tr(), %n without a count, a count without %n, and 0.81 formatted with a dot."""
    source = '''
class W(QWidget):
    def build(self, n, x):
        self.label.setText(self.tr("Power") + ": " + self.tr("high"))
        self.label.setText(self.tr("%n options"))
        self.label.setText(self.tr("options", "", n))
        self.label.setText(f"{x:.2f}")
        self.label.setText(self.tr("Weight {0:.2f}").format(x))
'''
    whys = _whys(source)
    assert len(whys) == 5
    assert "glued" in whys[0]
    assert whys[1] == "%n without a count" and whys[2] == "a count without %n in the text"
    assert all("'.'" in w for w in whys[3:])


def test_calls_lupdate_silently_skips_are_caught() -> None:
    """lupdate for Python skips tr() inside an f-string, never marks translate(..., n) as a plural
    (and skips it when n is an expression), and reads a count given as n= as no count at all;
    self.tr(text, "", len(x)) is fine (checked with pyside6-lupdate 6.11)."""
    source = '''
class W(QWidget):
    def build(self, path, n):
        self.label.setText(f"<b>{self.tr('Ranking')}</b>")
        a = QCoreApplication.translate("H", "Chain of %n tie(s)", "", len(path) - 1)
        b = QCoreApplication.translate("H", "Chain of %n tie(s)", "", n)
        c = self.tr("%n option(s)", n=n)
        d = self.tr("%n option(s)", "", len(path))
'''
    whys = _whys(source)
    assert len(whys) == 4
    assert "f-string" in whys[0] and "plural" in whys[1] and "plural" in whys[2] and "n=" in whys[3]


def test_what_is_not_language_passes() -> None:
    """Symbols, file patterns, HTML with placeholders only, and ids are not language."""
    for text in ["%", "", " · ", "*.palabre", "*.xlsx *.csv", ".png", "<b>{0}</b>", "{0} / {1}", "x"]:
        assert not has_words(text), text
    for text in ["Hello", "Palabre dialogues (*.palabre)", "<b>Power</b>", "%n option(s)"]:
        assert has_words(text), text


# -- the window -----------------------------------------------------------------------------

def test_every_visible_string_in_the_window_is_translatable() -> None:
    """No string reaches the user untranslated, and lupdate can extract every tr() call."""
    findings = scan_desktop()
    assert not findings, f"{len(findings)} untranslatable strings:\n" + "\n".join(map(str, findings))


@pytest.mark.parametrize("key", sorted(ALLOWED))
def test_every_allowed_literal_is_still_there(key: tuple[str, str]) -> None:
    """An allow-list entry whose literal is gone from its file must be removed."""
    path, text = key
    source = (ROOT / path).read_text(encoding="utf-8")
    found = _Scanner(path).scan(ast.parse(source))
    assert any(f.text == text for f in found), f"{path}: {text!r} is allowed but no longer found"


# -- numbers and dates follow the language ---------------------------------------------------

FRENCH = (QLocale.Language.French, QLocale.Country.France)
ENGLISH = (QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def locale_of(request) -> Iterator[str]:
    """Set the default QLocale the way desktop.i18n does for a language, and put it back after."""
    saved = QLocale()
    language, country = request.param
    QLocale.setDefault(QLocale(language, country))
    yield "fr" if language == QLocale.Language.French else "en"
    QLocale.setDefault(saved)


@pytest.mark.parametrize("locale_of", [FRENCH, ENGLISH], indirect=True, ids=["fr", "en"])
def test_numbers_percentages_and_dates_follow_the_language(locale_of: str) -> None:
    """0,81 and 29 novembre 2026 in French (issue 10); 0.81 and 29 November 2026 in English.
    French puts a narrow no-break space before % (Imprimerie nationale, Lexique des règles
    typographiques)."""
    fr = locale_of == "fr"
    assert language() == locale_of
    assert number(0.8149) == ("0,81" if fr else "0.81")
    assert number(12345.5, 1) == ("12\u202f345,5" if fr else "12,345.5")
    assert signed(0.125) == ("+0,13" if fr else "+0.13") and signed(-0.4) == ("-0,40" if fr else "-0.40")
    assert general(3.5) == ("3,5" if fr else "3.5") and general(5.0) == "5"
    assert general(12000.0, group=False) == "12000"
    assert percent(0.81) == ("81\u202f%" if fr else "81%")
    assert percent(0.125, 1) == ("12,5\u202f%" if fr else "12.5%")
    assert date_text("2026-11-29") == ("29 novembre 2026" if fr else "29 November 2026")
    assert date_text("sometime in 2026") == "sometime in 2026"  # typed by the user: kept as is
    assert number(float("nan")) == "—"


@pytest.mark.parametrize("locale_of", [FRENCH, ENGLISH], indirect=True, ids=["fr", "en"])
def test_typed_numbers_are_read_both_ways(locale_of: str) -> None:
    """A decimal comma and a decimal point both work; grouped thousands are read in each
    language's way; anything else is refused."""
    assert parse_number("0,81") == parse_number("0.81") == parse_number(" 0.81 ") == 0.81
    assert parse_number("1 000,5" if locale_of == "fr" else "1,000.5") == 1000.5
    for bad in ("abc", "", "nan", "inf", "1,2,3"):
        with pytest.raises(ValueError):
            parse_number(bad)


@pytest.mark.parametrize("locale_of", [FRENCH], indirect=True, ids=["fr"])
def test_chart_axes_write_decimals_the_language_way(locale_of: str, qapp) -> None:
    """pyqtgraph's ticks keep their decimals but take the decimal comma in French."""
    import pyqtgraph as pg

    from desktop.widgets.locale_axis import LocaleAxisItem

    ours, theirs = LocaleAxisItem(orientation="bottom"), pg.AxisItem(orientation="bottom")
    for values, spacing in (([0.0, 0.2, 0.4, 0.6], 0.2), ([0.0, 0.05, 0.1], 0.05), ([0.0, 2.0, 4.0], 2.0)):
        expected = [t.replace(".", ",") for t in theirs.tickStrings(values, 1.0, spacing)]
        assert ours.tickStrings(values, 1.0, spacing) == expected
    assert ours.tickStrings([0.2, 0.4], 1.0, 0.2) == ["0,2", "0,4"]


@pytest.mark.parametrize(("locale_of", "point"), [(FRENCH, ","), (ENGLISH, ".")], indirect=["locale_of"],
                         ids=["fr", "en"])
def test_the_window_shows_scores_and_results_in_the_language(locale_of: str, point: str, window) -> None:
    """Built with a French locale the window shows 0,4 and 6,5 [5–8,5] in the score table, the additive
    model's feasibility as 0,xx in the results table and in the option's details label; in
    English 0.4, 6.5 and 0.xx. The score editor starts from 6,5 and accepts 6,5 or 6.5 back."""
    from desktop.workspaces.decision import ScoresWorkspace
    from desktop.workspaces.matrix_workspace import MatrixWorkspace
    from desktop.workspaces.results_workspace import ResultsWorkspace
    from dialogue.decision import rank_dialogue
    from dialogue.values import Score

    scores = window.workspace(ScoresWorkspace)
    model = scores.model
    assert [model.data(model.index(r, 0)) for r in (0, 1)] == [f"0{point}4", f"6{point}5  [5–8{point}5]"]
    assert isinstance(model.data(model.index(1, 0), Qt.ItemDataRole.EditRole), float)
    scores.select_block(0, 0, 1, 0)
    assert scores.copy_selection() == f"0{point}4\n6{point}5"
    oid, cid = model.option_ids[1], model.criterion_ids[0]
    assert model.setData(model.index(1, 0), "7,25")
    assert window.controller.dialogue.score(oid, cid) == Score(7.25, 5.0, 8.5)
    assert model.setData(model.index(1, 0), "6.5")
    assert window.controller.dialogue.score(oid, cid) == Score(6.5, 5.0, 8.5)

    d = window.controller.dialogue
    additive = rank_dialogue(d, "wsm")
    i = additive.options.index("telehealth")
    feasibility = f"{float(additive.feasibility[i]):.2f}".replace(".", point)
    results = window.workspace(ResultsWorkspace)
    window.tabs.setCurrentWidget(results)
    ranking = results.ranking_model
    row = next(r for r in range(ranking.rowCount())
               if ranking.data(ranking.index(r, 0), Qt.ItemDataRole.UserRole) == "telehealth")
    assert ranking.data(ranking.index(row, FEASIBILITY)) == feasibility
    matrix = window.workspace(MatrixWorkspace)
    window.tabs.setCurrentWidget(matrix)
    spot = next(s for s in matrix.matrix.scatter.points() if s.data() == "telehealth")
    matrix.matrix._clicked(matrix.matrix.scatter, [spot])
    assert feasibility in matrix.summary.toPlainText()


def test_undo_steps_and_refusals_of_the_engines_follow_the_language(window) -> None:
    """The engines word edits and refusals in English; the window shows them in its language
    (palabre.i18n's catalogue): "Add Mama Dembélé" in English, "Ajouter Mama Dembélé" in French,
    for new steps and, after retranslate(), for the steps already on the stack; a refusal such as
    "no such file" likewise. The name the user typed is kept as typed."""
    from desktop.undo import retranslate
    from dialogue import edits_map

    controller = window.controller
    assert controller.push(edits_map.new_stakeholder(controller.dialogue, "Mama Dembélé"))
    assert controller.undo_stack.undoText() == "Add Mama Dembélé"
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(*FRENCH))
        retranslate(controller.undo_stack)
        assert controller.undo_stack.undoText() == "Ajouter Mama Dembélé"
        assert controller.push(edits_map.new_stakeholder(controller.dialogue, "Union des sages-femmes"))
        assert controller.undo_stack.undoText() == "Ajouter Union des sages-femmes"
        assert core_message("minutes.palabre: no such file") == "minutes.palabre: fichier introuvable"
    finally:
        QLocale.setDefault(saved)
    retranslate(controller.undo_stack)
    assert controller.undo_stack.undoText() == "Add Union des sages-femmes"
