"""CSV files are read as the user wrote them: encoding and separator detected, no conversion."""

from __future__ import annotations

import pytest

from exports.safe_csv import (
    MAX_CSV_BYTES,
    NotUtf8Error,
    csv_bytes,
    read_csv_rows,
)
from exports.safe_xlsx import original_cell_text
from palabre.errors import FileFormatError, PalabreError


def _write(tmp_path, data: bytes, name: str = "t.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_values_stay_as_written(tmp_path):
    """NA, 007, -1 and spaces survive: nothing is converted to a number or a missing value."""
    path = _write(tmp_path, b"id,code,power\nNA,007, -1 \n")
    assert read_csv_rows(path) == [["id", "code", "power"], ["NA", "007", " -1 "]]


def test_utf8_with_bom(tmp_path):
    """Excel's 'CSV UTF-8' starts with a BOM; it must not end up in the first header."""
    path = _write(tmp_path, "\ufeffid,name\nmoh,Ministère de la Santé\n".encode())
    rows = read_csv_rows(path)
    assert rows[0][0] == "id"
    assert rows[1][1] == "Ministère de la Santé"


def test_utf8_without_bom(tmp_path):
    path = _write(tmp_path, "id,name\nmoh,Ministère\n".encode())
    assert read_csv_rows(path)[1] == ["moh", "Ministère"]


def test_cp1252_is_refused_with_the_likely_encoding_then_read_once_confirmed(tmp_path):
    """A file from an older Excel in French is cp1252: never silent mojibake ("MinistÃ¨re")."""
    path = _write(tmp_path, "id;name\nmoh;Ministère – Santé\n".encode("cp1252"))
    with pytest.raises(NotUtf8Error) as info:
        read_csv_rows(path)
    err = info.value
    assert isinstance(err, FileFormatError)
    assert err.likely_encoding == "cp1252"
    assert "not UTF-8" in err.message and "cp1252" in err.message and "line 2" in err.message
    assert "Ministère" in err.preview
    assert read_csv_rows(path, encoding=err.likely_encoding) == [
        ["id", "name"],
        ["moh", "Ministère – Santé"],
    ]


def test_latin1_guess_when_cp1252_cannot_decode(tmp_path):
    """Byte 0x81 is undefined in cp1252 but valid latin-1, so latin-1 is proposed."""
    path = _write(tmp_path, b"id,name\nx,caf\xe9\x81\n")
    with pytest.raises(NotUtf8Error) as info:
        read_csv_rows(path)
    assert info.value.likely_encoding == "latin-1"


def test_semicolon_separator(tmp_path):
    """Where the decimal mark is a comma, Excel writes ';' between fields."""
    path = _write(tmp_path, b'id;name;score\nmoh;"Health, Ministry";3,5\n')
    assert read_csv_rows(path) == [["id", "name", "score"], ["moh", "Health, Ministry", "3,5"]]


def test_comma_separator_with_semicolons_in_values(tmp_path):
    path = _write(tmp_path, b'id,name,notes\nmoh,MoH,"a; b; c"\n')
    assert read_csv_rows(path)[1] == ["moh", "MoH", "a; b; c"]


def test_quoted_newline_and_blank_lines(tmp_path):
    path = _write(tmp_path, b'id,notes\r\n\r\nmoh,"two\r\nlines"\r\n\r\n')
    assert read_csv_rows(path) == [["id", "notes"], ["moh", "two\r\nlines"]]
    # Kept blank rows make rows[i] row i + 1 as a spreadsheet numbers it.
    kept = read_csv_rows(path, keep_blank_rows=True)
    assert kept == [["id", "notes"], [], ["moh", "two\r\nlines"]]


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\n\n  \n", b" , \n"])
def test_empty_file_is_refused_clearly(tmp_path, data):
    with pytest.raises(FileFormatError, match="empty"):
        read_csv_rows(_write(tmp_path, data))


def test_size_limit(tmp_path):
    path = _write(tmp_path, b"id\n" + b"x\n" * 600)
    with pytest.raises(FileFormatError, match="larger than"):
        read_csv_rows(path, max_bytes=1000)
    assert MAX_CSV_BYTES >= 10 * 1024 * 1024


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FileFormatError, match="cannot read"):
        read_csv_rows(tmp_path / "nope.csv")
    with pytest.raises(FileFormatError, match="folder"):
        read_csv_rows(tmp_path)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"PK\x03\x04rest", "zip archive"),
        (b"id\x00,x\n", "binary"),
        ("id\nx\n".encode("utf-16"), "UTF-16"),
        (b'id,name\nmoh,"unclosed\n', "line"),
    ],
)
def test_not_csv_text(tmp_path, data, match):
    with pytest.raises(FileFormatError, match=match):
        read_csv_rows(_write(tmp_path, data))


def test_unknown_or_wrong_confirmed_encoding(tmp_path):
    path = _write(tmp_path, b"id\n\x81\n")
    with pytest.raises(FileFormatError, match="unknown text encoding"):
        read_csv_rows(path, encoding="klingon")
    with pytest.raises(FileFormatError, match=r"line 2.*not valid in cp1252"):
        read_csv_rows(path, encoding="cp1252")


def test_huge_field_is_refused(tmp_path):
    path = _write(tmp_path, b"id,notes\nx," + b"a" * 200_000 + b"\n")
    with pytest.raises(PalabreError, match="line"):
        read_csv_rows(path)


def test_written_csv_is_safe_and_reads_back(tmp_path):
    """Formula-like text gets an apostrophe, numbers stay numbers, reading back restores text."""
    texts = ["=HYPERLINK(\"http://evil\")", "+33 1 23", "-dash", "@SUM(A1)", "\tTab", "plain",
             "'quoted", "'=already"]
    data = csv_bytes([["text", "n"], *[[t, -1] for t in texts]], separator=";")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = read_csv_rows(_write(tmp_path, data))
    assert rows[1] == ["'=HYPERLINK(\"http://evil\")", "-1"]
    assert all(not r[0].startswith(("=", "+", "-", "@", "\t")) for r in rows[1:])
    assert [original_cell_text(r[0]) for r in rows[1:]] == texts
