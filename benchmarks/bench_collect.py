"""Scoring sheets (issue 8): collecting 50 returned sheets, and writing them.

The example dialogue (12 options, 10 criteria) with 50 participants from six stakeholder groups,
half giving points and half AHP judgements, every one returning a filled sheet (120 scores and
their weights). Target from the issue: collecting the 50 sheets in a few seconds.

Baselines, measured in the same run:

- for collecting: openpyxl merely opening the same 50 workbooks read-only and reading every cell
  of every sheet, which is the least any reader of these files must do; the ratio says what the
  checks, the parsing of the hidden record and the preview add;
- for writing: openpyxl writing 50 workbooks of the same number of cells, plain (no validation,
  protection or styles).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from benchmarks.common import Result, median_time
from dialogue import edits_participants as ep
from dialogue.example import example_dialogue
from dialogue.model import Delete, Dialogue, Edit
from dialogue.participants import Answers, Participant, criteria_by_group
from exports.collect_sheets import collect_folder
from exports.scoring_sheets import write_sheets

TOPIC = "collect"
N_SHEETS = 50
_GROUPS = ("mof", "union", "dhmt", "rural_nurses", "north_rhd", "donors")
_SAATY = (1 / 5, 1 / 3, 1 / 2, 1.0, 2.0, 3.0, 5.0)


def dialogue_with_answers(n: int = N_SHEETS, seed: int = 8) -> Dialogue:
    """The example with ``n`` participants, each with a complete, plausible set of answers."""
    rng = random.Random(seed)
    d = example_dialogue()
    d.apply(ep.remove_participants(d, list(d.participants)))
    groups = criteria_by_group(d)
    for i in range(n):
        ahp = i % 2 == 1
        person = Participant(f"b{i}", f"Participant {i + 1}", anonymous=i % 5 == 0,
                             stakeholder=_GROUPS[i % len(_GROUPS)], role="Workshop participant",
                             weighting="ahp" if ahp else "points", key=f"{i:016x}")
        d.apply(ep.add_participant(d, person))
        scores = {}
        for (oid, cid), score in d.scores.items():
            scale = d.criteria[cid].scale
            step = (scale.high - scale.low) / 8
            value = score.value + rng.choice((-1, 0, 0, 0, 1)) * step
            scores[(oid, cid)] = round(min(scale.high, max(scale.low, value)), 2)
        if ahp:
            judgements = {(a, b): rng.choice(_SAATY) for ids in groups.values()
                          for j, a in enumerate(ids) for b in ids[j + 1:]}
            answers = Answers(person.id, scores, judgements=judgements, group_judgement=rng.choice(_SAATY))
        else:
            points = {cid: float(rng.randint(5, 40)) for ids in groups.values() for cid in ids}
            answers = Answers(person.id, scores, points=points,
                              group_points={"feasibility": 50.0, "impact": 50.0})
        d.apply(ep.merge_answers(d, [answers]))
    return d


def _baseline_read(paths: list[Path]) -> None:
    import openpyxl

    for path in paths:
        wb = openpyxl.load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            ws.reset_dimensions()
            for _row in ws.iter_rows(values_only=True):
                pass
        wb.close()


def _baseline_write(folder: Path, cells: int) -> None:
    import openpyxl

    for i in range(N_SHEETS):
        wb = openpyxl.Workbook()
        ws = wb.active
        for c in range(cells):
            ws.cell(c // 12 + 1, c % 12 + 1, value=c)
        wb.save(folder / f"plain-{i}.xlsx")


def run() -> list[Result]:
    """Collect 50 returned sheets; write 50 sheets; each against its baseline."""
    full = dialogue_with_answers()
    empty = dialogue_with_answers()
    empty.apply(Edit("Forget answers", tuple(Delete("answers", pid) for pid in list(empty.answers))))
    work = Path(tempfile.mkdtemp(prefix="palabre-bench-collect-"))
    try:
        returned = work / "returned"
        paths = write_sheets(full, returned, prefill=True)
        preview = collect_folder(empty, returned)
        assert len(preview.merged) == N_SHEETS, preview.summary()
        t_collect = median_time(lambda: collect_folder(empty, returned), repeat=3)
        t_read = median_time(lambda: _baseline_read(paths), repeat=3)
        t_merge = median_time(lambda: empty.apply(preview.edit) and None, repeat=1)
        out = work / "out"
        t_write = median_time(lambda: write_sheets(full, out), repeat=3)
        plain = work / "plain"
        plain.mkdir()
        cells = sum(1 for _ in full.scores) + len(full.criteria) + 2
        t_plain = median_time(lambda: _baseline_write(plain, cells * 3), repeat=3)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        Result(TOPIC, f"collect {N_SHEETS} returned sheets (check, read, preview, one merge edit)",
               t_collect, f"openpyxl opening the {N_SHEETS} workbooks read-only and reading every cell",
               t_read, target="a few seconds", met=t_collect <= 5.0,
               note=f"example dialogue (12 options x 10 criteria); each sheet 120 scores and its "
                    f"weights (points or 21 AHP judgements); the merge itself then takes "
                    f"{t_merge * 1e3:,.0f} ms"),
        Result(TOPIC, f"write {N_SHEETS} scoring workbooks (validation, protection, hidden record)",
               t_write, f"openpyxl writing {N_SHEETS} plain workbooks of three times as many cells",
               t_plain),
    ]
