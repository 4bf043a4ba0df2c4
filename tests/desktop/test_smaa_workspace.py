"""The Uncertainty (SMAA) workspace (issue 6): SMAA-2 runs in a worker thread in chunks, reports
progress, can be cancelled, never freezes the window, and its result is never stored in the
document."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.main_window import MainWindow
from desktop.models.smaa_table import SMAATableModel
from desktop.models.smaa_worker import chunk_sizes, combine
from desktop.workspaces.smaa_workspace import SMAAWorkspace
from dialogue import edits
from dialogue.decision import decision_problem
from mcda.smaa import smaa


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)



@pytest.fixture
def ws(window: MainWindow) -> SMAAWorkspace:
    w = window.workspace(SMAAWorkspace)
    window.tabs.setCurrentWidget(w)
    yield w  # type: ignore[misc]
    if w.run is not None:  # never leave a worker running after a test
        w.cancel()
        w.wait()


def test_a_run_finishes_with_a_heat_map_and_leaves_the_document_alone(window: MainWindow, ws: SMAAWorkspace,
                                                                       qtbot) -> None:
    """10,000 samples: progress reaches the end, every option's acceptabilities sum to 100 %, the
    sentences name the option most often first, and the undo stack and document are unchanged."""
    before = window.controller.dialogue.snapshot()
    seen: list[int] = []
    run = ws.start(10_000, seed=3)
    run.progress.connect(lambda done, _total: seen.append(done))
    with qtbot.waitSignal(run.finished, timeout=30_000):
        pass
    assert ws.run is None and ws.run_button.isEnabled() and not ws.cancel_button.isEnabled()
    assert ws.result.samples == 10_000 and ws.progress.value() == 100
    b = ws.result.rank_acceptability
    assert np.allclose(b.sum(axis=1), 1.0)
    assert ws.model.rowCount() == 12 and ws.model.columnCount() == 13
    top = ws.model.data(ws.model.index(0, 0))
    assert f"{top} ranks first in" in ws.sentences.toPlainText()
    assert window.controller.dialogue.snapshot() == before and window.controller.undo_stack.count() == 0
    assert not ws.stale.isVisible()
    window.controller.push(edits.set_weight(window.controller.dialogue, "moh", "cost", 5.0))
    assert ws.stale.isVisible() and "Run again" in ws.stale.text()


def test_a_long_run_can_be_cancelled_without_freezing_the_window(ws: SMAAWorkspace, qtbot) -> None:
    """Two million samples: after the first chunk the window still handles events (a timer fires),
    Cancel stops the run between chunks, and nothing is shown as a result."""
    run = ws.start(2_000_000, seed=1)
    assert run is not None and not ws.run_button.isEnabled() and ws.cancel_button.isEnabled()
    with qtbot.waitSignal(run.progress, timeout=30_000):
        pass
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=5_000)  # the event loop is alive during the run
    with qtbot.waitSignal(run.cancelled, timeout=30_000):
        ws.cancel_button.click()
    assert ws.run is None and ws.result is None
    assert "Cancelled" in ws.status.text() and ws.run_button.isEnabled()


def test_chunks_combine_into_one_estimate(window: MainWindow) -> None:
    """Chunked runs average to valid acceptabilities, close to one run over all samples, and the
    central weights are the first-rank-weighted means (Lahdelma & Salminen 2001)."""
    problem = decision_problem(window.controller.dialogue)
    assert sum(chunk_sizes(45_500)) == 45_500 and len(chunk_sizes(10_000)) == 10
    parts = [smaa(problem, 2_000, seed, confidence=False) for seed in (11, 12, 13)]
    combined = combine(parts, 7)
    assert combined.samples == 6_000 and combined.seed == 7
    assert np.allclose(combined.rank_acceptability.sum(axis=1), 1.0)
    assert np.allclose(combined.rank_acceptability, np.mean([p.rank_acceptability for p in parts], axis=0))
    whole = smaa(problem, 6_000, 99, confidence=False)
    assert np.abs(combined.rank_acceptability - whole.rank_acceptability).max() < 0.05
    firsts = combined.rank_acceptability[:, 0] > 0
    assert np.allclose(combined.central_weights[firsts].sum(axis=1), 1.0)


def test_smaa_table_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    """The heat map is a well-behaved Qt model, empty and filled."""
    model = SMAATableModel()
    qtmodeltester.check(model)
    model.set_result(smaa(decision_problem(window.controller.dialogue), 500, 1, confidence=False))
    qtmodeltester.check(model)


def test_opening_another_dialogue_drops_the_run_and_its_result(window: MainWindow, ws: SMAAWorkspace,
                                                              qtbot) -> None:
    """A finished result goes when another dialogue is opened; a run still going is cancelled
    and whatever it sends afterwards is ignored."""
    from dialogue.example import example_dialogue

    run = ws.start(10_000, seed=2)
    with qtbot.waitSignal(run.finished, timeout=30_000):
        pass
    assert ws.model.rowCount() == 12
    run = ws.start(2_000_000, seed=2)
    window.controller.replace(example_dialogue(), None)
    assert ws.run is None and ws.result is None and ws.model.rowCount() == 0
    assert run.cancelling and ws.run_button.isEnabled()
    assert run.done.wait(30)
    qtbot.wait(50)
    assert ws.result is None and ws.pages.currentWidget() is ws.placeholder
