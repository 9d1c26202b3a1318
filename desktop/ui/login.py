"""The login dialog: username and password; errors in plain words inside the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import Accounts, User
from desktop.core.errors import AuthError

from . import i18n
from .appearance import scaled

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class LoginDialog(QDialog):
    """Asks for an operator's username and password; `user` is set when accepted."""

    def __init__(self, accounts: Accounts, point_name: str, parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.user: User | None = None
        self.setWindowTitle(self.tr("Log in"))
        self.setMinimumWidth(460)

        self.heading = QLabel(point_name)
        self.heading.setFont(scaled(self.font(), 1.4, bold=True))
        self.heading.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        """Check the credentials; on failure show why and stay open."""
        username = self.username.text().strip()
        try:
            self.user = self.accounts.login(username, self.password.text())
        except AuthError as exc:
            self.show_error(i18n.explain(exc.code, **exc.params))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
