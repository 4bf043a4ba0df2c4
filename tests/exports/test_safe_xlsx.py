"""Workbooks are checked before openpyxl opens them, formulas refused, written text stays text."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from exports.safe_xlsx import (
    MAX_UNCOMPRESSED_BYTES,
    check_xlsx,
    original_cell_text,
    read_sheet_rows,
    safe_cell_text,
    write_text_cell,
)
from palabre.errors import FileFormatError

DANGEROUS = ["=1+1", "=HYPERLINK(\"http://evil\",\"x\")", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def _workbook(path, rows, title="Sheet"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_reads_values_as_stored(tmp_path):
    path = _workbook(tmp_path / "t.xlsx", [["id", "power"], ["moh", 5], ["NA", "007"]])
    assert read_sheet_rows(path) == [["id", "power"], ["moh", 5], ["NA", "007"]]


def test_named_sheet_and_missing_sheet(tmp_path):
    path = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "stakeholders"
    wb.create_sheet("ties").append(["source", "target"])
    wb.save(path)
    assert read_sheet_rows(path, "ties") == [["source", "target"]]
    with pytest.raises(FileFormatError, match=r"no sheet 'links'.*'stakeholders', 'ties'"):
        read_sheet_rows(path, "links")


def test_formula_cell_is_refused_naming_sheet_and_cell(tmp_path):
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "scores"
    ws["A1"] = "id"
    ws["B7"] = "=WEBSERVICE(\"http://evil\")"
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"scores!B7") as info:
        read_sheet_rows(path)
    assert info.value.problems == ["scores!B7: a formula, expected a value"]


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory):
    """A real zip bomb named .xlsx: 210 MB of zeros in a sheet part, about 0.2 MB on disk."""
    path = tmp_path_factory.mktemp("bomb") / "report.xlsx"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for _ in range(MAX_UNCOMPRESSED_BYTES // len(chunk) + 10):
                part.write(chunk)
    return path


def test_zip_bomb_is_refused_before_opening(zip_bomb):
    assert zip_bomb.stat().st_size < 1_000_000
    with pytest.raises(FileFormatError, match="zip bomb"):
        check_xlsx(zip_bomb)
    with pytest.raises(FileFormatError, match="zip bomb"):
        read_sheet_rows(zip_bomb)


def test_too_many_entries(tmp_path):
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(2_001):
            archive.writestr(f"x/{i}.xml", "")
    with pytest.raises(FileFormatError, match=r"2001 parts.*zip bomb"):
        check_xlsx(path)


def test_entity_declaration_is_refused(tmp_path):
    """A 'billion laughs' DTD in a sheet part is refused by our own check, before any parser."""
    src = _workbook(tmp_path / "ok.xlsx", [["id"], ["moh"]])
    hostile = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(hostile, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                        + data.split(b"?>", 1)[-1])
            zout.writestr(info, data)
    with pytest.raises(FileFormatError, match="DTD or XML entities"):
        read_sheet_rows(hostile)


def test_openpyxl_uses_defusedxml():
    """openpyxl switches to defusedxml when it is installed: Palabre's second line of defence."""
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    assert functions.iterparse.__module__.startswith("defusedxml")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"", "empty"),
        (b"id,name\nmoh,MoH\n", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Excel 97-2003"),
        (b"PK\x03\x04garbage", "damaged zip"),
    ],
)
def test_not_a_workbook(tmp_path, data, match):
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    with pytest.raises(FileFormatError, match=match):
        read_sheet_rows(path)


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(FileFormatError, match="cannot be read as an Excel workbook"):
        read_sheet_rows(path)


def test_missing_file(tmp_path):
    with pytest.raises(FileFormatError, match="cannot read"):
        check_xlsx(tmp_path / "nope.xlsx")


def test_hostile_dimension_does_not_pad_rows(tmp_path):
    """A sheet declaring A1:XFD1048576 must not be padded to 16,384 columns per row."""
    src = _workbook(tmp_path / "ok.xlsx", [["id", "name"], ["moh", "MoH"]])
    hostile = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(hostile, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B2"', b'<dimension ref="A1:XFD1048576"')
            zout.writestr(info, data)
    assert read_sheet_rows(hostile) == [["id", "name"], ["moh", "MoH"]]


@pytest.mark.parametrize("text", DANGEROUS)
def test_safe_cell_text_stays_text_in_a_workbook_and_reads_back(tmp_path, text):
    """Written through openpyxl as a plain value, the neutralised text is a string cell, not a
    formula, and original_cell_text gives the original back."""
    safe = safe_cell_text(text)
    assert safe == "'" + text
    path = _workbook(tmp_path / "s.xlsx", [[safe]])
    wb = openpyxl.load_workbook(path)
    assert wb.active["A1"].data_type == "s"
    (value,) = read_sheet_rows(path)[0]
    # XML normalises a carriage return to a line feed (XML 1.0, section 2.11).
    assert original_cell_text(value) == text.replace("\r", "\n") or text.startswith("\r")
    assert not value.startswith(("=", "+", "-", "@"))


@pytest.mark.parametrize("text", [*DANGEROUS, "plain", "'quoted"])
def test_write_text_cell_keeps_exact_text_as_string(tmp_path, text):
    """write_text_cell stores the exact text as a string cell (with Excel's quote prefix)."""
    path = tmp_path / "w.xlsx"
    wb = openpyxl.Workbook()
    write_text_cell(wb.active["A1"], text)
    wb.save(path)
    cell = openpyxl.load_workbook(path)["Sheet"]["A1"]
    assert cell.data_type == "s"
    # XML normalises a carriage return to a line feed (XML 1.0, section 2.11).
    assert cell.value == text.replace("\r", "\n")
    assert read_sheet_rows(path) == [[text.replace("\r", "\n")]]


def test_safe_cell_text_round_trip_and_harmless_text():
    for text in ["", "plain", "'quoted", "''=x", "'=x", "=x", "3", "Ministère"]:
        assert original_cell_text(safe_cell_text(text)) == text
    assert safe_cell_text("Ministry of Health") == "Ministry of Health"
    assert safe_cell_text(None) == ""
