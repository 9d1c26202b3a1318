"""Worker jobs that end at once still deliver their answer (no start-then-connect race)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.ui import background, sync_controller
from desktop.ui.sync_controller import SyncController, start_job

ROUNDS = 50


class Receiver(QObject):
    """A UI-thread object, as a page or the controller is: answers are queued to it."""

    got = Signal(object)
    got_failure = Signal(str)

    def done(self, result: Any) -> None:
        self.got.emit(result)

    def failed(self, code: str, _params: Any) -> None:
        self.got_failure.emit(code)


def test_a_job_that_ends_before_the_caller_returns_still_answers(qtbot) -> None:  # noqa: ANN001
    receiver = Receiver()
    for n in range(ROUNDS):
        with qtbot.waitSignal(receiver.got, timeout=10_000) as answer:
            job = start_job(lambda _report, n=n: n, done=receiver.done, failed=receiver.failed)
            # The worker has surely ended (and emitted) before the UI thread goes on:
            # connecting only now would lose the answer every time.
            assert job.wait(10_000)
        assert answer.args == [n]
    sync_controller.wait_for_all()


def test_a_job_that_fails_at_once_still_reports_the_failure(qtbot) -> None:  # noqa: ANN001
    receiver = Receiver()

    def broken(_report: Any) -> None:
        raise ValueError("the stick was pulled out")

    for _ in range(10):
        with qtbot.waitSignal(receiver.got_failure, timeout=10_000) as answer:
            job = start_job(broken, done=receiver.done, failed=receiver.failed)
            assert job.wait(10_000)
        assert answer.args == ["sync-error"]
    sync_controller.wait_for_all()


def test_progress_reported_before_the_caller_returns_is_not_lost(qtbot) -> None:  # noqa: ANN001
    receiver = Receiver()
    steps: list[str] = []

    def work(report: Any) -> str:
        report("step")
        return "done"

    with qtbot.waitSignal(receiver.got, timeout=10_000):
        job = start_job(work, done=receiver.done, progressed=steps.append)
        assert job.wait(10_000)
    qtbot.waitUntil(lambda: steps == ["step"])
    sync_controller.wait_for_all()


def test_controller_hears_every_quick_status_read_and_sync(ui, qtbot, workspace) -> None:  # noqa: ANN001
    """Not enrolled: the status read and the sync attempt both end almost at once."""
    controller = SyncController(workspace.paths)
    try:
        for _ in range(20):
            with qtbot.waitSignal(controller.status_changed, timeout=30_000) as status:
                controller.refresh()
                assert controller._status_job is not None
                assert controller._status_job.wait(30_000)
            assert not status.args[0].enrolled
        for _ in range(5):
            with qtbot.waitSignal(controller.sync_finished, timeout=30_000) as finished:
                assert controller.sync_now()
                assert controller._sync_job.wait(30_000)
            assert finished.args[0].code == "sync-not-enrolled"
            assert not controller.running  # ready for the next "Sync now"
            qtbot.waitUntil(lambda: not controller.checking, timeout=30_000)
    finally:
        controller.stop()
        sync_controller.wait_for_all()
        controller.deleteLater()


def test_background_read_that_ends_at_once_still_answers(ui, qtbot, workspace) -> None:  # noqa: ANN001
    receiver = Receiver()
    for n in range(10):
        with qtbot.waitSignal(receiver.got, timeout=10_000) as answer:
            thread = background.read_in_background(
                workspace.paths, lambda store, n=n: (n, store.get_meta("hub_url")), receiver, receiver.done)
            assert thread.wait(10_000)
        assert answer.args == [(n, None)]
    background.wait_for_all()


def test_a_background_read_that_fails_reaches_the_page(ui, qtbot, workspace) -> None:  # noqa: ANN001
    # A read that fails (here: a table that is not there) is reported to the page on the UI
    # thread, so it can show something instead of leaving a card empty.
    receiver = Receiver()
    with qtbot.waitSignal(receiver.got_failure, timeout=10_000) as failure:
        thread = background.read_in_background(
            workspace.paths, lambda store: store.scalar("SELECT count(*) FROM no_such_table"), receiver,
            receiver.done, lambda message: receiver.failed(message, None))
        assert thread.wait(10_000)
    assert "no_such_table" in failure.args[0]
    background.wait_for_all()
