"""The first-run wizard's last two pages: setting the point up (off the UI thread), then
what was done.

The work is all-or-nothing for the data folder (desktop/core/new_point.py): the point is
made in a staging folder, enrolled and recovered there, and moved in only when complete.
A failed enrolment discards it, so the user can go back, fix the code and try again, or
choose "Later".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizard

from desktop.core import new_point
from desktop.core.paths import Paths
from desktop.sync import service
from desktop.sync.client import CancelToken, SyncError
from desktop.sync.session import Progress, SyncResult

from . import i18n
from .appearance import scaled
from .first_run_pages import LANGUAGE_NAMES, MODE_LATER, MODE_NOW, MODE_RECOVER, Page
from .sync_controller import Job, start_job

log = logging.getLogger("point.ui.first_run")

# Enrolment failures where choosing "Later" is the way on: say so under the message.
NETWORK_ERRORS = ("sync-unreachable", "sync-timeout", "sync-hub-url-invalid", "sync-unavailable",
                  "sync-server-error")


@dataclass(frozen=True)
class SetUpRequest:
    """What the wizard's pages collected."""

    plan: new_point.NewPoint
    mode: str
    hub_url: str = ""
    enrol_code: str = ""


@dataclass
class SetUpResult:
    """What the work did, for the summary page."""

    request: SetUpRequest
    enrolment: dict[str, Any] | None = None
    sync: SyncResult | None = None
    sync_error: tuple[str, dict[str, Any]] | None = None
    counts: dict[str, int] = field(default_factory=dict)


def set_up(target: Paths, request: SetUpRequest, report: Callable[[Any], None],
           cancel: CancelToken | None = None) -> SetUpResult:
    """Make the point, enrol or recover it, and move it into the data folder (worker thread).

    `cancel` stops only the recovery sync (the point is enrolled by then and kept).
    """
    report("create")
    staged = new_point.prepare(target, request.plan)
    result = SetUpResult(request)
    try:
        if request.mode in (MODE_NOW, MODE_RECOVER):
            report("enrol")
            result.enrolment = service.enroll(staged, request.enrol_code, request.hub_url)
        if request.mode == MODE_RECOVER:
            try:
                result.sync = service.run_sync(staged, progress=report, cancel=cancel)
            except SyncError as exc:
                # Enrolled already (the code is used up): keep the point; the next sync
                # continues the recovery where this one stopped.
                log.warning("recovery sync stopped: %s", exc.code)
                result.sync_error = (exc.code, dict(exc.params))
        report("install")
        new_point.install(staged, target)
    except BaseException:
        new_point.discard(staged)
        raise
    result.counts = new_point.counts(target)
    return result


class WorkPage(Page):
    """6. Does the work with a progress line; on failure explains and lets them go back."""

    def __init__(self, paths: Paths, collect: Callable[[], SetUpRequest]) -> None:
        super().__init__("work_page")
        self.paths = paths
        self.collect = collect
        self.job: Job | None = None
        self.cancel = CancelToken()
        self.stoppable = False
        self.result: SetUpResult | None = None
        self.request: SetUpRequest | None = None
        self.setCommitPage(True)  # once done, there is no going back to change the point
        self.status = QLabel(objectName="work_status", wordWrap=True)
        self.status.setFont(scaled(self.status.font(), 1.1))
        self.bar = QProgressBar(objectName="work_progress")
        self.bar.setMinimumHeight(28)
        self.hint = QLabel(objectName="work_hint", wordWrap=True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def busy(self) -> bool:
        return self.job is not None

    def initializePage(self) -> None:
        self.result = None
        self.clear_error()
        self.hint.hide()
        self.request = self.collect()
        self.bar.setRange(0, 0)  # busy until the sync says how much
        self.bar.show()
        self._set_buttons(False)
        self.cancel, self.stoppable = CancelToken(), False
        request, cancel = self.request, self.cancel
        self.job = start_job(lambda report: set_up(self.paths, request, report, cancel),
                             done=self._done, failed=self._failed, progressed=self._progress)
        self.status.setText(self.step_text("create"))
        # QWizard sets its buttons after this returns: disable Back and Cancel once it has.
        QTimer.singleShot(0, lambda: self._set_buttons(not self.busy()))

    def cleanupPage(self) -> None:
        self.clear_error()
        self.hint.hide()

    def isComplete(self) -> bool:
        return self.result is not None

    def _set_buttons(self, enabled: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(which).setEnabled(enabled)

    def step_text(self, step: Any) -> str:
        if isinstance(step, Progress):
            if step.stage == "media":
                return self.tr("Receiving the point's files from the province: {done} of {total}").format(
                    done=step.done, total=step.total or 0)
            if step.stage == "pull":
                return self.tr("Receiving the point's records from the province: {done}").format(
                    done=step.done)
            return self.tr("Recovering the point from the province…")
        return {
            "create": self.tr("Creating the point and the administrator account…"),
            "enrol": self.tr("Connecting to the province hub…"),
            "install": self.tr("Saving the point in the data folder…"),
        }.get(str(step), "")

    def stop(self) -> None:
        """Cancel pressed while working: only the recovery sync can stop (what came back is kept)."""
        if self.stoppable:
            self.cancel.cancel()
            self.status.setText(self.tr("Stopping… what has come back so far is kept."))

    def _progress(self, step: Any) -> None:
        if isinstance(step, Progress) and not self.stoppable:
            self.stoppable = True
            wizard = self.wizard()
            if wizard is not None:
                wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        text = self.step_text(step)
        if text:
            self.status.setText(text)
        if isinstance(step, Progress) and step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(min(step.done, step.total))
        elif isinstance(step, Progress):
            self.bar.setRange(0, 0)

    def _done(self, result: SetUpResult) -> None:
        self.job, self.stoppable = None, False
        self.result = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(self.tr("Done."))
        self._set_buttons(True)
        self.completeChanged.emit()
        log.info("first run done: point %s, mode %s", result.request.plan.code, result.request.mode)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            QTimer.singleShot(0, wizard.next)

    def _failed(self, code: str, params: dict[str, Any]) -> None:
        self.job, self.stoppable = None, False
        self.bar.hide()
        self._set_buttons(True)
        self.status.setText(self.tr("The point was not set up; nothing was saved."))
        self.fail(self.explain(code, params))
        if code in NETWORK_ERRORS:
            self.hint.setText(self.tr("Press Back to check the address, or choose \"Later\": the point "
                                      "works without the network and joins from the Sync page."))
        else:
            self.hint.setText(self.tr("Press Back to correct it and try again."))
        self.hint.show()

    def explain(self, code: str, params: dict[str, Any]) -> str:
        request = self.request
        if code == "sync-enrol-wrong-point" and request is not None:
            return self.tr("This code is for point {point}, not {code}. Press Back and type {point} as "
                           "the point code, or ask the province for the code of {code}.").format(
                point=params.get("point", "?"), code=request.plan.code)
        if code in ("sync-unreachable", "sync-timeout", "sync-hub-url-invalid"):
            # The general sentences speak of data kept for the next sync: nothing is saved yet here.
            return self.tr("No answer from the province hub at {url}. Check the address and that this PC "
                           "is connected to the Internet.").format(url=request.hub_url if request else "")
        params = {"url": request.hub_url if request else "", "detail": "", "point": "",
                  "path": str(self.paths.root), **params}
        return i18n.explain(code, **params)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Setting up"))
        self.setSubTitle(self.tr("This takes a moment. Please wait."))


class SummaryPage(Page):
    """7. What was set up, and what to do next."""

    def __init__(self, work: WorkPage) -> None:
        super().__init__("summary_page")
        self.work = work
        self.text = QLabel(objectName="summary_text", wordWrap=True)
        self.text.setFont(scaled(self.text.font(), 1.1))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:
        self.text.setText(self.summary())

    def summary(self) -> str:
        result = self.work.result
        if result is None:
            return ""
        plan, mode = result.request.plan, result.request.mode
        lines = [self.tr("Ready: {name} ({code}).").format(name=plan.name, code=plan.code),
                 self.tr("Administrator: {username}. Log in with this name and the password you chose.").format(
                     username=plan.username),
                 self.tr("Language: {language}.").format(language=LANGUAGE_NAMES[plan.ui_language])]
        if mode == MODE_LATER:
            lines.append(self.tr("Not joined to the province yet. When you have the code, open the Sync "
                                 "page and press \"Join the province network\"."))
        elif result.enrolment is not None:
            lines.append(self.tr("Joined the province hub at {hub}. The point syncs by itself "
                                 "while the network is up.").format(hub=result.enrolment["hub"]))
        if mode == MODE_RECOVER:
            counts = result.counts
            lines.append(self.tr("Records recovered from the province: {visits} visits, {participants} "
                                 "participants, {trainings} trainings, {materials} documents.").format(
                visits=counts.get("visit", 0), participants=counts.get("participant", 0),
                trainings=counts.get("training", 0), materials=counts.get("material", 0)))
            if result.sync_error is not None:
                code, params = result.sync_error
                lines.append(self.tr("The recovery stopped before the end: {reason} It continues at the "
                                     "next sync.").format(reason=self.work.explain(code, params)))
        return "\n\n".join(lines)

    def retranslate(self) -> None:
        self.setTitle(self.tr("All done"))
        self.setSubTitle(self.tr("Press Finish to open the app."))
        if self.work.result is not None:
            self.text.setText(self.summary())
