"""Stakeholder and tie tables: round trips through CSV and Excel, and all-or-nothing imports that
name every problem by row and column."""

from __future__ import annotations

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue.example import example_dialogue
from exports.safe_csv import NotUtf8Error
from exports.stakeholder_tables import (
    import_edit,
    map_workbook_bytes,
    parse_tables,
    read_map_csv,
    read_map_xlsx,
    read_ties_csv,
    write_map_csv,
    write_map_xlsx,
)
from palabre.errors import FileFormatError, PalabreError, ValidationError
from stakeholder_map.model import Position, Stakeholder, Tie


@pytest.fixture
def example():
    return example_dialogue()


def _write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_round_trip_keeps_everything(tmp_path, example):
    """Every attribute, position and confidence of the example survives two CSV files."""
    people, ties = list(example.stakeholders.values()), list(example.ties.values())
    people[0] = people[0].replace(notes="=HYPERLINK(\"http://evil\")",
                                  positions={**people[0].positions,
                                             "telehealth": Position(1, 0.35)})
    s_path, t_path = tmp_path / "stakeholders.csv", tmp_path / "ties.csv"
    write_map_csv(people, ties, s_path, t_path, option_ids=list(example.options), separator=";")
    assert "'=HYPERLINK" in s_path.read_text(encoding="utf-8-sig")  # neutralised on disk
    imported = read_map_csv(s_path, t_path, known_options=example.options)
    assert imported.stakeholders == tuple(people)
    assert imported.ties == tuple(ties)
    assert all(not gone for gone in imported.missing.values())


def test_excel_round_trip_keeps_everything(tmp_path, example):
    people, ties = list(example.stakeholders.values()), list(example.ties.values())
    people[1] = people[1].replace(name="+Ministry", notes="@mention\nsecond line")
    path = tmp_path / "map.xlsx"
    write_map_xlsx(people, ties, path, option_ids=list(example.options))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["stakeholders", "ties"]
    assert wb["stakeholders"]["B3"].data_type == "s"  # "+Ministry" stored as text
    imported = read_map_xlsx(path, known_options=example.options)
    assert imported.stakeholders == tuple(people)
    assert imported.ties == tuple(ties)


def test_import_edit_applies_and_undoes(tmp_path, example):
    """Merge a table that changes one stakeholder and adds one with a tie; undo restores all."""
    before = example.snapshot()
    _write(tmp_path / "s.csv", "id,name,power,interest,position:telehealth\n"
                               "mof,Ministry of Finance,2,5,1\n"
                               "newcomer,Teachers' union,3,4,\n")
    _write(tmp_path / "t.csv", "source,target,type,strength,directed\n"
                               "newcomer,union,collaboration,3,false\n")
    imported = read_map_csv(tmp_path / "s.csv", tmp_path / "t.csv",
                            known_options=example.options,
                            known_stakeholders=example.stakeholders)
    assert example.snapshot() == before  # reading changes nothing
    inverse = example.apply(import_edit(example, imported))
    mof = example.stakeholders["mof"]
    assert (mof.power, mof.interest, mof.stance_on("telehealth")) == (2, 5, 1)
    # Attributes and positions the table did not give are kept.
    old_mof = dict(before["stakeholders"])["mof"]
    assert mof.category == old_mof.category and mof.notes == old_mof.notes
    assert mof.stance_on("hardship_allowance") == old_mof.stance_on("hardship_allowance")
    assert "newcomer" in example.stakeholders
    assert any(t.source == "newcomer" for t in example.ties.values())
    example.apply(inverse)
    assert example.snapshot() == before


def test_import_edit_replace(tmp_path, example):
    _write(tmp_path / "s.csv", "id,name\na,A\nb,B\n")
    _write(tmp_path / "t.csv", "source,target\na,b\n")
    imported = read_map_csv(tmp_path / "s.csv", tmp_path / "t.csv")
    example.apply(imported.edit(example, replace=True))
    assert list(example.stakeholders) == ["a", "b"]
    assert [(t.source, t.target) for t in example.ties.values()] == [("a", "b")]


def test_every_problem_is_listed_with_row_and_column_and_nothing_changes(tmp_path, example):
    """Duplicate id, power out of range, text in the power column, a category spelled close
    to a known one, a tie to a missing stakeholder: all named, nothing imported."""
    before = example.snapshot()
    _write(tmp_path / "s.csv", "id,name,power,category\n"
                               "moh,Ministry of Health,5,ministry of helth\n"
                               "moh,Duplicate,3,union\n"
                               "mof,Ministry of Finance,7,ministry_of_finance\n"
                               "union,Union,high,union\n")
    _write(tmp_path / "t.csv", "source,target,type\nmoh,mof,funding\nmoh,unoin,information\n")
    with pytest.raises(FileFormatError) as info:
        read_map_csv(tmp_path / "s.csv", tmp_path / "t.csv")
    problems = info.value.problems
    assert "s.csv row 2, column 'category': unknown value 'ministry of helth': did you mean " \
           "'ministry_of_health'?" in problems
    assert "s.csv row 3, column 'id': duplicate id 'moh' (also on row 2)" in problems
    assert "s.csv row 4, column 'power': expected a whole number from 1 to 5, got 7" in problems
    assert "s.csv row 5, column 'power': expected a whole number from 1 to 5, got 'high'" \
        in problems
    assert "t.csv row 3, column 'target': unknown stakeholder 'unoin' (did you mean 'union'?)" \
        in problems
    assert len(problems) == 5
    assert info.value.message.startswith("s.csv and t.csv: 5 problems, nothing was imported")
    assert example.snapshot() == before


def test_unknown_column_is_named_with_a_suggestion(tmp_path):
    _write(tmp_path / "s.csv", "id,name,powr\na,A,3\n")
    with pytest.raises(FileFormatError, match=r"column 3: unknown column 'powr' \(did you mean "
                                              r"'power'\?\)"):
        read_map_csv(tmp_path / "s.csv")


def test_missing_required_columns_and_positions_on_unknown_options(tmp_path, example):
    _write(tmp_path / "s.csv", "name,position:telehelth\nA,1\n")
    with pytest.raises(FileFormatError) as info:
        read_map_csv(tmp_path / "s.csv", known_options=example.options)
    text = " | ".join(info.value.problems)
    assert "the column 'id' is missing" in text
    assert "the dialogue has no option 'telehelth' (did you mean 'telehealth'?)" in text


def test_positions_and_confidence_are_checked(tmp_path):
    _write(tmp_path / "s.csv", "id,name,position:o,confidence:o\n"
                               "a,A,3,\nb,B,1,1.5\nc,C,,0.5\nd,D,-2,\"0,5\"\n")
    with pytest.raises(FileFormatError) as info:
        read_map_csv(tmp_path / "s.csv")
    assert info.value.problems == [
        "s.csv row 2, column 'position:o': expected a whole number from -2 to 2, got 3",
        "s.csv row 3, column 'confidence:o': expected a number from 0 to 1, got 1.5",
        "s.csv row 4, column 'confidence:o': a confidence is given but the position is blank "
        "(unknown)",
    ]


def test_decimal_comma_and_labels_are_understood(tmp_path):
    """A French spreadsheet: ';' separator, decimal commas, category written as its label."""
    _write(tmp_path / "s.csv", "id;name;category;legitimacy;x;position:o;confidence:o\n"
                               "a;Ministère;Ministry of Health;oui;-12,5;-2;0,5\n")
    (a,) = read_map_csv(tmp_path / "s.csv").stakeholders
    assert a.category.value == "ministry_of_health" and a.legitimacy is True
    assert a.x == -12.5 and a.positions["o"] == Position(-2, 0.5)


def test_french_labels_are_understood(tmp_path):
    """A French ministry's table names categories, levels, kinds and tie types in French."""
    _write(tmp_path / "s.csv", "id;name;category;level;kind\n"
                               "a;Syndicat des infirmiers;Syndicat;Régional;Organisation\n"
                               "b;Ministère;Ministère de la Santé;National;Personne\n")
    _write(tmp_path / "t.csv", "source;target;type\na;b;Financement\n")
    imported = read_map_csv(tmp_path / "s.csv", tmp_path / "t.csv")
    a, b = imported.stakeholders
    assert (a.category.value, a.level.value, a.kind.value) == ("union", "regional", "organisation")
    assert (b.category.value, b.kind.value) == ("ministry_of_health", "person")
    assert imported.ties[0].type.value == "funding"


def test_legacy_encoding_needs_confirmation(tmp_path):
    """A cp1252 file is not read silently; once confirmed, accents are right."""
    _write(tmp_path / "s.csv", "id,name\nmoh,Ministère de la Santé\n", "cp1252")
    with pytest.raises(NotUtf8Error) as info:
        read_map_csv(tmp_path / "s.csv")
    (s,) = read_map_csv(tmp_path / "s.csv", encoding=info.value.likely_encoding).stakeholders
    assert s.name == "Ministère de la Santé"


def test_ties_table_alone(tmp_path):
    """The command-line form: source,target[,type,strength,directed]; stakeholders implied."""
    _write(tmp_path / "t.csv", "source,target,type,strength,directed\n"
                               "a,b,authority,3,true\nb,c,,,\n")
    imported = read_ties_csv(tmp_path / "t.csv")
    assert [s.id for s in imported.stakeholders] == ["a", "b", "c"]
    assert not imported.has("a", "power")
    assert imported.ties == (Tie("t1", "a", "b", "authority", 3, True),
                             Tie("t2", "b", "c", "collaboration", 2, False))


def test_ties_problems(tmp_path):
    _write(tmp_path / "t.csv", "id,source,target,strength,directed\n"
                               "x,a,a,2,false\nx,a,b,5,maybe\n,a,b,2,false\n,b,a,1,no\n")
    with pytest.raises(FileFormatError) as info:
        read_ties_csv(tmp_path / "t.csv")
    assert info.value.problems == [
        "t.csv row 2: a stakeholder cannot be tied to itself ('a')",
        "t.csv row 3, column 'strength': expected a whole number from 1 to 3, got 5",
        "t.csv row 3, column 'directed': expected true or false (or yes/no), got 'maybe'",
        "t.csv row 5: repeats the collaboration tie of t.csv row 4",
    ]


def test_ties_with_their_own_ids_may_repeat_a_link(tmp_path):
    """The document allows two ties of the same type between a pair; with ids they import."""
    _write(tmp_path / "t.csv", "id,source,target\nk1,a,b\nk2,b,a\n")
    assert [t.id for t in read_ties_csv(tmp_path / "t.csv").ties] == ["k1", "k2"]


@pytest.mark.parametrize("text", ["", "\n\n", "id,name\n"])
def test_empty_tables_are_refused(tmp_path, text):
    _write(tmp_path / "s.csv", text)
    with pytest.raises(FileFormatError, match=r"empty|no stakeholder"):
        read_map_csv(tmp_path / "s.csv")


def test_import_edit_refuses_options_the_dialogue_lacks(tmp_path, example):
    _write(tmp_path / "s.csv", "id,name,position:elsewhere\na,A,1\n")
    imported = read_map_csv(tmp_path / "s.csv")
    before = example.snapshot()
    with pytest.raises(ValidationError, match="no option 'elsewhere'"):
        import_edit(example, imported)
    assert example.snapshot() == before


def test_workbook_with_a_formula_is_refused(tmp_path):
    path = tmp_path / "m.xlsx"
    path.write_bytes(map_workbook_bytes([Stakeholder("a", "A")], []))
    wb = openpyxl.load_workbook(path)
    wb["stakeholders"]["F2"] = "=2+3"
    wb.save(path)
    with pytest.raises(PalabreError, match=r"stakeholders!F2"):
        read_map_xlsx(path)


def test_workbook_errors_name_the_sheet(tmp_path):
    path = tmp_path / "m.xlsx"
    path.write_bytes(map_workbook_bytes([Stakeholder("a", "A")], [Tie("t1", "a", "b")]))
    with pytest.raises(FileFormatError, match=r"m.xlsx sheet 'ties' row 2, column 'target': "
                                              r"unknown stakeholder 'b'"):
        read_map_xlsx(path)


_CELL = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 10), st.floats(allow_nan=True),
    st.sampled_from(["", " ", "a", "b", "moh", "union", "Union", "3", "2.0", "0,5", "-2", "yes",
                     "=1+1", "'=x", "high", "x" * 600, "ministry of helth", "\u00e9", "true"]),
    st.text(max_size=8),
)
_S_HEADER = st.lists(st.sampled_from(
    ["id", "name", "category", "level", "kind", "power", "interest", "resources", "legitimacy",
     "urgency", "notes", "x", "y", "position:o", "confidence:o", "powr", "", "position:"]),
    min_size=1, max_size=8)
_T_HEADER = st.lists(st.sampled_from(
    ["id", "source", "target", "type", "strength", "directed", "notes", "weight"]),
    min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(s_header=_S_HEADER, s_rows=st.lists(st.lists(_CELL, max_size=9), max_size=6),
       t_header=_T_HEADER, t_rows=st.lists(st.lists(_CELL, max_size=7), max_size=6))
def test_random_tables_import_fully_or_not_at_all(s_header, s_rows, t_header, t_rows):
    """Whatever the cells, a table either gives a complete validated map or a FileFormatError
    listing problems, never another exception (issue 9: random tables import fully or change
    nothing)."""
    try:
        imported = parse_tables([s_header, *s_rows], [t_header, *t_rows], known_options={"o"})
    except FileFormatError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        return
    ids = {s.id for s in imported.stakeholders}
    assert len(ids) == len(imported.stakeholders)
    assert all(t.source in ids and t.target in ids for t in imported.ties)


def test_imports_and_exports_open_no_connection(tmp_path, example, monkeypatch):
    """Palabre never opens a connection: table, workbook and graph-file round trips with
    sockets disabled (issue 9)."""
    import socket

    from exports.graph_files import read_graph_file, write_graph_file

    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    people, ties = list(example.stakeholders.values()), list(example.ties.values())
    write_map_csv(people, ties, tmp_path / "s.csv", tmp_path / "t.csv")
    assert read_map_csv(tmp_path / "s.csv", tmp_path / "t.csv").stakeholders == tuple(people)
    write_map_xlsx(people, ties, tmp_path / "m.xlsx")
    assert read_map_xlsx(tmp_path / "m.xlsx").ties == tuple(ties)
    for suffix in (".graphml", ".gexf"):
        write_graph_file(people, ties, tmp_path / f"m{suffix}")
        assert read_graph_file(tmp_path / f"m{suffix}").stakeholders == tuple(people)
