"""First run of a new data folder: the point's identity and its first admin account."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import reference
from desktop.core.accounts import MIN_PASSWORD, USERNAME_RE, User
from desktop.core.errors import PointError, ValidationError
from desktop.core.paths import Paths
from desktop.core.workspace import POINT_CODE_RE, Workspace

from . import i18n
from .appearance import scaled
from .forms import SearchCombo
from .login import ERROR_STYLE

log = logging.getLogger("point.ui.first_run")


def suggested_code(commune_code: str) -> str:
    """The point code offered for a commune, e.g. XA-03325."""
    return f"XA-{commune_code}"


def suggested_name(commune_name: str) -> str:
    """The point name offered for a commune (data, so in Vietnamese)."""
    return f"Điểm hỗ trợ CNTT {commune_name}"


class FirstRunDialog(QDialog):
    """Creates the point and its admin; with `workspace` given, only the admin."""

    def __init__(self, paths: Paths, workspace: Workspace | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.workspace = workspace
        self.user: User | None = None
        self._suggested = {"code": "", "name": ""}
        self.setWindowTitle(self.tr("Set up the support point"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr(
            "Welcome. This computer has no support-point data yet in {folder}. "
            "Enter the point's details and create the administrator account."
        ).format(folder=paths.root) if workspace is None else self.tr(
            "This support point has no accounts yet. Create the administrator account."
        ))
        intro.setWordWrap(True)
        intro.setFont(scaled(self.font(), 1.1))

        self.name = QLineEdit(objectName="name")
        self.province = SearchCombo()
        self.province.setObjectName("province")
        self.commune = SearchCombo()
        self.commune.setObjectName("commune")
        self.code = QLineEdit(objectName="code")
        self.code.setMaxLength(32)
        self.point_box = QGroupBox(self.tr("Support point"))
        point_form = QFormLayout(self.point_box)
        point_form.addRow(self.tr("&Province"), self.province)
        point_form.addRow(self.tr("&Commune"), self.commune)
        point_form.addRow(self.tr("Point &name"), self.name)
        point_form.addRow(self.tr("Point c&ode"), self.code)
        hint = QLabel(self.tr("Type part of a name without accents, e.g. \"ta leng\"."))
        hint.setWordWrap(True)
        point_form.addRow(hint)

        self.username = QLineEdit("admin", objectName="username")
        self.full_name = QLineEdit(objectName="full_name")
        self.password = QLineEdit(objectName="password")
        self.password2 = QLineEdit(objectName="password2")
        for field in (self.password, self.password2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        admin_box = QGroupBox(self.tr("Administrator account"))
        admin_form = QFormLayout(admin_box)
        admin_form.addRow(self.tr("&Username"), self.username)
        admin_form.addRow(self.tr("&Full name"), self.full_name)
        admin_form.addRow(self.tr("Pass&word"), self.password)
        admin_form.addRow(self.tr("Password &again"), self.password2)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.point_box)
        layout.addWidget(admin_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._units: list[dict[str, str]] = []
        if workspace is None:
            self._units = reference.admin_units()
            provinces = dict.fromkeys((u["province_name"], u["province_code"]) for u in self._units)
            self.province.set_entries(list(provinces))
            self.province.code_changed.connect(self._province_changed)
            self.commune.code_changed.connect(self._commune_changed)
            self.province.setFocus()
        else:
            self.point_box.hide()
            self.username.setFocus()

    # -- suggestions -------------------------------------------------------------------
    def _province_changed(self, code: str) -> None:
        communes = [(u["commune_name"], u["commune_code"])
                    for u in self._units if u["province_code"] == code]
        self.commune.set_entries(communes)

    def _commune_changed(self, code: str) -> None:
        if not code:
            return
        commune = next(u["commune_name"] for u in self._units if u["commune_code"] == code)
        self._suggest(self.code, "code", suggested_code(code))
        self._suggest(self.name, "name", suggested_name(commune))

    def _suggest(self, field: QLineEdit, key: str, value: str) -> None:
        # Replace only what the user has not typed over.
        if not field.text().strip() or field.text() == self._suggested[key]:
            field.setText(value)
        self._suggested[key] = value

    # -- creating ----------------------------------------------------------------------
    def fail(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def check_admin(self) -> bool:
        if not USERNAME_RE.match(self.username.text().strip()):
            self.fail(i18n.explain("username-invalid"), self.username)
        elif len(self.password.text()) < MIN_PASSWORD:
            self.fail(i18n.explain("password-short", min=MIN_PASSWORD), self.password)
        elif self.password.text() != self.password2.text():
            self.password2.clear()
            self.fail(self.tr("The two passwords are not the same. Type the password again."),
                      self.password2)
        else:
            return True
        return False

    def check_point(self) -> bool:
        code = self.code.text().strip().upper()
        if not self.name.text().strip():
            self.fail(i18n.explain("point-name-missing"), self.name)
        elif not POINT_CODE_RE.match(code):
            # Checked here too: core's ValidationError cannot carry a `code` parameter yet.
            self.fail(i18n.explain("point-code-invalid", code=code), self.code)
        elif self.province.currentText().strip() and not self.province.current_code():
            self.fail(self.tr("Pick the province from the list."), self.province)
        elif self.commune.currentText().strip() and not self.commune.current_code():
            self.fail(self.tr("Pick the commune from the list."), self.commune)
        else:
            return True
        return False

    def create(self) -> None:
        """Create the point (first run) and the admin; stays open and explains on error."""
        if not self.check_admin() or (self.workspace is None and not self.check_point()):
            return
        fields = {"code": self.code, "name": self.name, "province": self.province,
                  "commune": self.commune, "username": self.username,
                  "password": self.password}
        try:
            if self.workspace is None:
                self.workspace = Workspace.create(
                    self.paths, self.code.text(), self.name.text(),
                    province_code=self.province.current_code(),
                    commune_code=self.commune.current_code(),
                )
            self.user = self.workspace.accounts.add(
                self.username.text().strip(), self.password.text(), "admin",
                full_name=self.full_name.text().strip() or None,
            )
        except ValidationError as exc:
            self.fail(i18n.explain(exc.code, **exc.params), fields.get(exc.field or ""))
            return
        except PointError as exc:
            self.fail(i18n.explain(exc.code, **exc.params))
            return
        log.info("first run: point %s, admin %s", self.workspace.point.code, self.user.username)
        self.accept()
