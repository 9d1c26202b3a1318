"""First run of a new data folder: the set-up wizard (Thiết lập điểm hỗ trợ).

Language → place → point → administrator → connect to the province (now, later, or
recover this point) → setting up → summary. Pages are in first_run_pages.py and
first_run_work.py. Nothing is written before the set-up page, and that page writes a
complete point or nothing (desktop/core/new_point.py).

A data folder whose point exists but has no account yet (made with `commune-point init`)
gets only the small AdminDialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desktop.core import new_point
from desktop.core.accounts import User
from desktop.core.errors import PointError, ValidationError
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace

from . import i18n
from .appearance import scaled
from .first_run_pages import (
    AdminForm,
    AdminPage,
    ConnectPage,
    LanguagePage,
    PlacePage,
    PointPage,
    error_label,
    suggested_code,
    suggested_name,
)
from .first_run_work import SetUpRequest, SetUpResult, SummaryPage, WorkPage

__all__ = ["AdminDialog", "FirstRunWizard", "suggested_code", "suggested_name"]

log = logging.getLogger("point.ui.first_run")

LANGUAGE, PLACE, POINT, ADMIN, CONNECT, WORK, SUMMARY = range(7)


class FirstRunWizard(QWizard):
    """The set-up wizard for a new PC; `result()` is set once the point is in the data folder."""

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        for option in (QWizard.WizardOption.NoBackButtonOnStartPage,
                       QWizard.WizardOption.NoBackButtonOnLastPage,  # the point is saved by then
                       QWizard.WizardOption.NoCancelButtonOnLastPage):
            self.setOption(option, True)
        self.setFont(scaled(self.font(), 1.1))
        self.setMinimumSize(QSize(720, 560))
        self.resize(QSize(860, 640))  # fits 1024x768 with the task bar
        self.language = LanguagePage(paths)
        self.place = PlacePage()
        self.point = PointPage(self.place)
        self.admin = AdminPage()
        self.connection = ConnectPage()
        self.work = WorkPage(paths, self.request)
        self.summary = SummaryPage(self.work)
        for page_id, page in ((LANGUAGE, self.language), (PLACE, self.place), (POINT, self.point),
                              (ADMIN, self.admin), (CONNECT, self.connection), (WORK, self.work),
                              (SUMMARY, self.summary)):
            self.setPage(page_id, page)
        self.retranslate()

    # -- what the pages collected ------------------------------------------------------
    def request(self) -> SetUpRequest:
        form = self.admin.form
        plan = new_point.NewPoint(
            code=self.point.point_code(), name=self.point.name.text().strip(),
            province_code=self.place.province.current_code(),
            commune_code=self.place.commune.current_code(),
            username=form.username.text().strip(), password=form.password.text(),
            full_name=form.full_name.text().strip() or None,
            ui_language=self.language.language(),
        )
        return SetUpRequest(plan, self.connection.mode(), self.connection.hub_url.text().strip(),
                            self.connection.code.text().strip())

    def set_up_result(self) -> SetUpResult | None:
        """What was set up, once the point is in the data folder (else None)."""
        return self.work.result

    def username(self) -> str:
        return self.admin.form.username.text().strip()

    # -- closing -----------------------------------------------------------------------
    def reject(self) -> None:
        if self.work.busy():
            self.work.stop()  # only the recovery sync stops; the rest is quick
            return
        if self.work.result is not None:
            self.accept()  # the point is in place: closing is finishing
            return
        super().reject()

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the support point"))
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.CommitButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AdminDialog(QDialog):
    """Only the first admin account, for a point that has none yet."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.user: User | None = None
        self.setWindowTitle(self.tr("Set up the support point"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("This support point has no accounts yet. Create the administrator account."),
                       wordWrap=True)
        intro.setFont(scaled(self.font(), 1.1))
        self.form = AdminForm()
        self.error = error_label("error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.form.password.setFocus()

    def fail(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def create(self) -> None:
        """Create the admin; stays open and explains on error."""
        problem = self.form.problem()
        if problem is not None:
            self.fail(*problem)
            return
        try:
            self.user = self.workspace.accounts.add(
                self.form.username.text().strip(), self.form.password.text(), "admin",
                full_name=self.form.full_name.text().strip() or None)
        except ValidationError as exc:
            self.fail(i18n.explain(exc.code, **exc.params), getattr(self.form, exc.field or "", None))
            return
        except PointError as exc:
            self.fail(i18n.explain(exc.code, **exc.params))
            return
        log.info("first admin %s for point %s", self.user.username, self.workspace.point.code)
        self.accept()
