"""Form helpers for the daily-work screens: errors shown next to their field, reference combos."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.core import reference
from desktop.core.errors import PointError, ValidationError

from . import i18n
from .forms import SearchCombo

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
CALM_STYLE = "color: #0b4f8a;"


def error_label() -> QLabel:
    """A hidden red label that wraps; shown under a field when its value is refused."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def with_error(widget: QWidget, label: QLabel) -> QWidget:
    """The widget with its error label right under it, as one form cell."""
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(label)
    return cell


class FieldErrors:
    """Maps a ValidationError's field to the widget it concerns and shows the sentence there."""

    def __init__(self, general: QLabel | None = None) -> None:
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general = general or error_label()

    def add(self, field: str, widget: QWidget, *aliases: str) -> QWidget:
        """Register a field; returns the widget with its error label, ready for a layout."""
        label = error_label()
        label.setObjectName(f"error_{field}")
        for name in (field, *aliases):
            self.fields[name] = (widget, label)
        return with_error(widget, label)

    def clear(self) -> None:
        for _, label in self.fields.values():
            label.clear()
            label.hide()
        self.general.clear()
        self.general.hide()

    def show(self, exc: PointError) -> str:
        """Show the error next to its field (or in the general label); returns the sentence."""
        self.clear()
        text = i18n.explain(exc.code, **exc.params)
        field = exc.field if isinstance(exc, ValidationError) else None
        widget, label = self.fields.get(field or "", (None, self.general))
        label.setText(text)
        label.show()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return text

    def text(self, field: str) -> str:
        """The message shown for a field now ("" when none), for tests and screen readers."""
        _, label = self.fields[field]
        return label.text() if not label.isHidden() else ""


def lang() -> str:
    return i18n.current_language()


def ref_entries(list_name: str) -> list[tuple[str, str]]:
    """(name in the UI language, code) for every entry of a reference list."""
    return [(item.name(lang()), item.code) for item in reference.load_list(list_name)]


def ref_name(list_name: str, code: str | None) -> str:
    """The display name of a code, or the code itself if it is not (or no longer) listed."""
    if not code:
        return ""
    try:
        return reference.name_of(list_name, code, lang())
    except LookupError:
        return code


def fill_combo(combo: QComboBox, list_name: str, blank: str | None = None) -> None:
    """Fill a plain combo with a reference list (code as item data), with an optional blank first."""
    current = combo.currentData()
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for name, code in ref_entries(list_name):
        combo.addItem(name, code)
    index = combo.findData(current) if current else -1
    combo.setCurrentIndex(index if index >= 0 else 0)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def ethnicity_combo() -> SearchCombo:
    """Type-to-filter combo of the 54 official ethnic groups ("hmong" finds "Mông")."""
    combo = SearchCombo()
    combo.setObjectName("ethnicity")
    combo.set_entries([(item.name_vi, item.code) for item in reference.ethnic_groups()])
    return combo


def village_combo(villages: list[str]) -> QComboBox:
    """An editable combo offering recent villages; any new name may be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(villages)
    combo.setCurrentIndex(-1)
    combo.clearEditText()
    return combo


def short_time(iso: str | None) -> str:
    """'dd/MM/yyyy HH:mm' for a stored local time (or the text itself if it is not ISO)."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def short_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def date_range(start: str, end: str) -> str:
    """'12–14/11/2026', '28/11 – 02/12/2026' or two full dates: short enough for a column."""
    if start == end:
        return short_date(start)
    if start[:7] == end[:7]:
        return f"{start[8:10]}–{short_date(end)}"
    if start[:4] == end[:4]:
        return f"{start[8:10]}/{start[5:7]} – {short_date(end)}"
    return f"{short_date(start)} – {short_date(end)}"


def report_error(parent: QWidget, exc: PointError) -> None:
    """An error not tied to a field (disk full, record gone) as a message box."""
    QMessageBox.warning(parent, QCoreApplication.translate("FieldForm", "Cannot save"),
                        i18n.explain(exc.code, **exc.params))
