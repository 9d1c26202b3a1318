"""The first-run wizard's input pages: language, place, point, admin, province connection.

Each page checks its own fields when Next is pressed (validatePage) and explains a
mistake in a red line under the fields; nothing is written until the Work page
(first_run_work.py). Every text is set in retranslate(), so switching the language on
the first page re-translates every page at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.core import reference
from desktop.core.accounts import MIN_PASSWORD, USERNAME_RE
from desktop.core.paths import Paths
from desktop.core.workspace import POINT_CODE_RE
from desktop.sync import wire

from . import i18n
from .appearance import scaled
from .enrol_dialog import valid_hub_url
from .forms import SearchCombo
from .login import ERROR_STYLE

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language, never translated
# Where the shipped list of administrative units comes from (resources/data/README.md).
UNITS_SOURCE = "thanglequoc/vietnamese-provinces-database (MIT)"
UNITS_DATE = "2026-07-25"
FIELD_HEIGHT = 36  # big enough for an unsteady hand on an old mouse

MODE_NOW, MODE_LATER, MODE_RECOVER = "now", "later", "recover"


def suggested_code(commune_code: str) -> str:
    """The point code offered for a commune, e.g. XA-03325."""
    return f"XA-{commune_code}"


def suggested_name(commune_name: str) -> str:
    """The point name offered for a commune (data, so in Vietnamese)."""
    return f"Điểm hỗ trợ CNTT {commune_name}"


def small_print(text: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setStyleSheet("color: #555;")
    label.setFont(scaled(label.font(), 0.85))
    return label


def error_label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def big_field(field: QWidget) -> QWidget:
    field.setMinimumHeight(FIELD_HEIGHT)
    return field


class Page(QWizardPage):
    """A page that re-translates itself on a language change and shows one error line."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.error = error_label(f"{name}_error")

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fail(self, text: str, field: QWidget | None = None) -> bool:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()
        return False

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def watch(self, *fields: QLineEdit) -> None:
        """A red line goes away as soon as the user types again in one of these fields."""
        for field in fields:
            field.textEdited.connect(lambda _text: self.clear_error())


class LanguagePage(Page):
    """1. Tiếng Việt or English, switched at once."""

    def __init__(self, paths: Paths) -> None:
        super().__init__("language_page")
        self.paths = paths
        self.intro = QLabel(wordWrap=True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        for lang, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name, objectName=f"lang_{lang}")
            button.setFont(scaled(button.font(), 1.4, bold=True))
            button.setMinimumHeight(48)
            button.setChecked(lang == i18n.current_language())
            button.toggled.connect(lambda on, lang=lang: on and self.switch(lang))
            self.group.addButton(button)
            self.buttons[lang] = button
            layout.addWidget(button)
        self.later = QLabel(wordWrap=True)
        self.folder = small_print()
        layout.addWidget(self.later)
        layout.addStretch(1)
        layout.addWidget(self.folder)
        self.retranslate()

    def switch(self, lang: str) -> None:
        """Re-translate the whole wizard now (every widget gets a LanguageChange event)."""
        app = QApplication.instance()
        if app is not None and lang != i18n.current_language():
            i18n.install(app, lang)

    def language(self) -> str:
        return next((lang for lang, b in self.buttons.items() if b.isChecked()), "vi")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This computer has no support point yet. A few steps set it up."))
        self.intro.setText(self.tr("Choose the language of the app:"))
        self.later.setText(self.tr("You can change it later in the Language menu."))
        self.folder.setText(self.tr("The point's data will be kept in {folder}.").format(
            folder=self.paths.root))


class PlacePage(Page):
    """2. Province and commune from the shipped list of administrative units."""

    def __init__(self) -> None:
        super().__init__("place_page")
        self.units = reference.admin_units()
        self.province = SearchCombo()
        self.province.setObjectName("province")
        self.commune = SearchCombo()
        self.commune.setObjectName("commune")
        for combo in (self.province, self.commune):
            big_field(combo)
        provinces = dict.fromkeys((u["province_name"], u["province_code"]) for u in self.units)
        self.province.set_entries(list(provinces))
        self.province.code_changed.connect(self._province_changed)
        for combo in (self.province, self.commune):
            combo.code_changed.connect(lambda code: code and self.clear_error())  # fixed: say so
        self.province_label = QLabel(buddy=self.province)
        self.commune_label = QLabel(buddy=self.commune)
        self.hint = QLabel(wordWrap=True)
        self.source = small_print()
        self.source.setObjectName("units_source")
        form = QFormLayout()
        form.addRow(self.province_label, self.province)
        form.addRow(self.commune_label, self.commune)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.source)
        self.retranslate()

    def _province_changed(self, code: str) -> None:
        self.commune.set_entries([(u["commune_name"], u["commune_code"])
                                  for u in self.units if u["province_code"] == code])

    def commune_name(self) -> str:
        code = self.commune.current_code()
        return next((u["commune_name"] for u in self.units if u["commune_code"] == code), "")

    def initializePage(self) -> None:
        self.province.setFocus()

    def validatePage(self) -> bool:
        self.clear_error()
        if not self.province.current_code():
            return self.fail(self.tr("Pick the province from the list."), self.province)
        if not self.commune.current_code():
            return self.fail(self.tr("Pick the commune from the list."), self.commune)
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where is the point?"))
        self.setSubTitle(self.tr("The province and the commune (xã, phường or đặc khu) of the support point."))
        self.province_label.setText(self.tr("&Province"))
        self.commune_label.setText(self.tr("&Commune"))
        self.hint.setText(self.tr("Type part of a name without accents, e.g. \"ta leng\", then pick it "
                                  "from the list."))
        self.source.setText(self.tr(
            "List of administrative units after 1 July 2025 ({provinces} provinces, {communes} "
            "communes), data dated {date}, from the statistics office's unit list via {source}."
        ).format(provinces=len({u["province_code"] for u in self.units}),
                 communes=len(self.units), date=UNITS_DATE, source=UNITS_SOURCE))


class PointPage(Page):
    """3. The point's code and name, suggested from the commune and editable."""

    def __init__(self, place: PlacePage) -> None:
        super().__init__("point_page")
        self.place = place
        self._suggested = {"code": "", "name": ""}
        self.code = big_field(QLineEdit(objectName="code", maxLength=32))
        self.name = big_field(QLineEdit(objectName="name", maxLength=120))
        self.code_label = QLabel(buddy=self.code)
        self.name_label = QLabel(buddy=self.name)
        self.rules = small_print()
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.rules)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.watch(self.code, self.name)
        self.retranslate()

    def initializePage(self) -> None:
        commune = self.place.commune.current_code() or ""
        if commune:
            self._suggest(self.code, "code", suggested_code(commune))
            self._suggest(self.name, "name", suggested_name(self.place.commune_name()))
        self.name.setFocus()

    def _suggest(self, field: QLineEdit, key: str, value: str) -> None:
        # Replace only what the user has not typed over.
        if not field.text().strip() or field.text() == self._suggested[key]:
            field.setText(value)
        self._suggested[key] = value

    def point_code(self) -> str:
        return self.code.text().strip().upper()

    def validatePage(self) -> bool:
        self.clear_error()
        if not self.name.text().strip():
            return self.fail(i18n.explain("point-name-missing"), self.name)
        if not POINT_CODE_RE.match(self.point_code()):
            return self.fail(i18n.explain("point-code-invalid", code=self.point_code()), self.code)
        self.code.setText(self.point_code())
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("The support point"))
        self.setSubTitle(self.tr("Its name as people know it, and the code the province uses for it."))
        self.name_label.setText(self.tr("Point &name"))
        self.code_label.setText(self.tr("Point c&ode"))
        self.rules.setText(self.tr(
            "Capital letters without accents, digits, - or _ (2 to 32). If the province gave "
            "you a code for this point, type that one."))


class AdminForm(QWidget):
    """Username, full name and the password twice, with the rules shown (wizard and dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = big_field(QLineEdit("admin", objectName="username"))
        self.full_name = big_field(QLineEdit(objectName="full_name"))
        self.password = big_field(QLineEdit(objectName="password"))
        self.password2 = big_field(QLineEdit(objectName="password2"))
        for field in (self.password, self.password2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(buddy=f) for f in (self.username, self.full_name, self.password,
                                                 self.password2)]
        self.rules = small_print()
        self.rules.setObjectName("admin_rules")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels, (self.username, self.full_name, self.password,
                                              self.password2), strict=True):
            form.addRow(label, field)
        form.addRow("", self.rules)
        self.retranslate()

    def problem(self) -> tuple[str, QLineEdit] | None:
        """What is wrong with the fields, as (sentence, field), or None."""
        if not USERNAME_RE.match(self.username.text().strip()):
            return i18n.explain("username-invalid"), self.username
        if len(self.password.text()) < MIN_PASSWORD:
            return i18n.explain("password-short", min=MIN_PASSWORD), self.password
        if self.password.text() != self.password2.text():
            self.password2.clear()
            return self.tr("The two passwords are not the same. Type the password again."), self.password2
        return None

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("&Username"), self.tr("&Full name"),
                                             self.tr("Pass&word"), self.tr("Password &again")),
                               strict=True):
            label.setText(text)
        self.rules.setText(self.tr(
            "Username: letters without accents, digits, . - or _ (2 to 32). Password: at least "
            "{min} characters. Write the password down and keep it safe: nobody can read it "
            "back, not even the province.").format(min=MIN_PASSWORD))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AdminPage(Page):
    """4. The first administrator account."""

    def __init__(self) -> None:
        super().__init__("admin_page")
        self.form = AdminForm()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.watch(self.form.username, self.form.password, self.form.password2)
        self.retranslate()

    def initializePage(self) -> None:
        self.form.password.setFocus()

    def validatePage(self) -> bool:
        self.clear_error()
        problem = self.form.problem()
        return True if problem is None else self.fail(*problem)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr("The administrator adds the operators' accounts and manages the point."))


class ConnectPage(Page):
    """5. Join the province now, later, or recover this point from the province."""

    def __init__(self) -> None:
        super().__init__("connect_page")
        self.group = QButtonGroup(self)
        self.modes: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        for mode in (MODE_NOW, MODE_LATER, MODE_RECOVER):
            button = QRadioButton(objectName=f"mode_{mode}")
            button.setFont(scaled(button.font(), 1.15, bold=True))
            button.setMinimumHeight(FIELD_HEIGHT)
            button.toggled.connect(self._mode_changed)
            note = small_print()
            note.setContentsMargins(28, 0, 0, 4)
            self.group.addButton(button)
            self.modes[mode], self.notes[mode] = button, note
            layout.addWidget(button)
            layout.addWidget(note)
        self.hub_url = big_field(QLineEdit(objectName="hub_url", placeholderText="https://…"))
        self.code = big_field(QLineEdit(objectName="enrol_code", placeholderText="ABCD-EFGH-JKMN-PQRS"))
        self.hub_label = QLabel(buddy=self.hub_url)
        self.code_label = QLabel(buddy=self.code)
        self.fields = QGroupBox()  # for both "now" and "recover"
        form = QFormLayout(self.fields)
        form.addRow(self.hub_label, self.hub_url)
        form.addRow(self.code_label, self.code)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.modes[MODE_NOW].setChecked(True)
        self.watch(self.hub_url, self.code)
        self.retranslate()

    def mode(self) -> str:
        return next(m for m, b in self.modes.items() if b.isChecked())

    def _mode_changed(self) -> None:
        self.fields.setEnabled(self.mode() != MODE_LATER)
        self.clear_error()

    def validatePage(self) -> bool:
        self.clear_error()
        if self.mode() == MODE_LATER:
            return True
        if not valid_hub_url(self.hub_url.text()):
            return self.fail(self.tr("Type the hub address the province gave you; it starts with "
                                     "http:// or https://."), self.hub_url)
        try:
            self.code.setText(wire.normalise_enrol_code(self.code.text()))
        except wire.WireError:
            return self.fail(i18n.explain("sync-enrol-code-invalid"), self.code)
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Connect to the province"))
        self.setSubTitle(self.tr("The point sends its figures to the province hub and receives documents "
                                 "from it. It works without the network too."))
        texts = {
            MODE_NOW: (self.tr("Join the province &network now"),
                       self.tr("You have the hub address and the one-time code the province gave you "
                               "(for example read over the phone).")),
            MODE_LATER: (self.tr("&Later"),
                         self.tr("Work without the network for now. Join later on the Sync page "
                                 "(\"Join the province network\").")),
            MODE_RECOVER: (self.tr("&Recover this point from the province"),
                           self.tr("This PC replaces the point's old PC (broken or lost). Use the same "
                                   "point code; the province gives a new code, and the point's records "
                                   "come back from the province.")),
        }
        for mode, (title, note) in texts.items():
            self.modes[mode].setText(title)
            self.notes[mode].setText(note)
        self.fields.setTitle(self.tr("Given by the province (to join now or to recover)"))
        self.hub_label.setText(self.tr("Province hub &address:"))
        self.code_label.setText(self.tr("One-time &code:"))

