"""The visit fields and the quick-entry form (nhập nhanh lượt phục vụ).

The common case is two keystrokes: a purpose's number (1-8, in the reference list's order)
and Enter. F and M set the sex; everything else is optional. Digits and letters typed in
a text field stay there; Enter anywhere in the form saves; Ctrl+Z takes back the last one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError, ValidationError
from desktop.core.visits import Visit, VisitDefaults, Visits

from .appearance import scaled
from .columns import ColumnsLayout
from .fieldform import (
    CALM_STYLE,
    OK_STYLE,
    FieldErrors,
    ethnicity_combo,
    fill_combo,
    ref_entries,
    report_error,
    select_data,
    village_combo,
)

SEX_KEYS = {Qt.Key.Key_F: "female", Qt.Key.Key_M: "male"}


class VisitFields(QWidget):
    """Every field of a visit, with errors shown next to them; number keys toggle purposes."""

    def __init__(self, villages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.purposes: dict[str, QCheckBox] = {}
        purpose_box = QWidget(objectName="purposes")
        # Two columns, 1-4 down then 5-8 beside them, as the number keys read.
        grid = ColumnsLayout(purpose_box, max_columns=2, min_columns=2, spacing=6, column_major=True)
        for n, (name, code) in enumerate(ref_entries("visit_purposes")):
            box = QCheckBox(f"{n + 1}  {name}", objectName=f"purpose_{code}")
            box.setFont(scaled(self.font(), 1.1))
            box.toggled.connect(self._purposes_changed)
            self.purposes[code] = box
            grid.addWidget(box)
        self.purpose_note = QLineEdit(objectName="purpose_note")
        self.sex = QComboBox(objectName="sex")
        self.age_band = QComboBox(objectName="age_band")
        self.ethnicity = ethnicity_combo()
        self.village = village_combo(villages)
        self.village.setObjectName("village")
        self.assisted = QCheckBox(objectName="assisted")
        self.assisted.setChecked(True)
        self.duration = QSpinBox(objectName="duration")
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(5)
        self.note = QLineEdit(objectName="note")

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(9)]
        e = self.errors
        # The purposes take the whole width under their label: two columns of them fit
        # beside today's list even on a 1024-pixel screen.
        self.form.addRow(self.labels[0])
        self.form.addRow(e.add("purposes", purpose_box))
        for label, field in zip(self.labels[1:], (
                e.add("purpose_note", self.purpose_note),
                e.add("sex", self.sex), e.add("age_band", self.age_band),
                e.add("ethnicity", self.ethnicity), e.add("village", self.village),
                e.add("assisted", self.assisted), e.add("duration_min", self.duration),
                e.add("note", self.note)), strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.errors.general)
        self.retranslate()
        self._purposes_changed()

    def retranslate(self) -> None:
        texts = (self.tr("Purposes (keys 1–8)"), self.tr("Other: what"), self.tr("Sex (F/M)"),
                 self.tr("Age"), self.tr("Ethnicity"), self.tr("Village"), "",
                 self.tr("Duration"), self.tr("Note"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for n, (name, code) in enumerate(ref_entries("visit_purposes")):
            self.purposes[code].setText(f"{n + 1}  {name}")
        self.purpose_note.setPlaceholderText(self.tr("Needed when “Other” is ticked"))
        fill_combo(self.sex, "sexes", "—")
        fill_combo(self.age_band, "age_bands", "—")
        self.assisted.setText(self.tr("The operator helped them use the computer"))
        self.duration.setSpecialValueText("—")
        self.duration.setSuffix(self.tr(" min"))
        self.ethnicity.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. hmong"))
        self.village.lineEdit().setPlaceholderText(self.tr("Village or hamlet"))

    def _purposes_changed(self, *_: object) -> None:
        self.purpose_note.setEnabled(self.purposes["other"].isChecked())

    # -- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys that no child used: 1-8 toggle purposes, F/M choose the sex."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            key = event.key()
            codes = list(self.purposes)
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(codes):
                box = self.purposes[codes[key - Qt.Key.Key_1]]
                box.setChecked(not box.isChecked())
                return
            if key in SEX_KEYS:
                select_data(self.sex, SEX_KEYS[Qt.Key(key)])
                return
        super().keyPressEvent(event)

    # -- values ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The fields as keyword arguments of Visits.add / Visits.edit."""
        village = self.village.currentText().strip()
        ethnicity_text = self.ethnicity.currentText().strip()
        code = self.ethnicity.current_code()
        if ethnicity_text and code is None:
            # Typed but matching no group: let the core say so next to the field.
            code = ethnicity_text
        return {
            "purposes": [c for c, box in self.purposes.items() if box.isChecked()],
            "purpose_note": self.purpose_note.text() if self.purposes["other"].isChecked() else None,
            "sex": self.sex.currentData(), "age_band": self.age_band.currentData(),
            "ethnicity": code, "village": village or None,
            "assisted": self.assisted.isChecked(),
            "duration_min": self.duration.value() or None,
            "note": self.note.text() or None,
        }

    def set_values(self, visit: Visit) -> None:
        for code, box in self.purposes.items():
            box.setChecked(code in visit.purposes)
        self.purpose_note.setText(visit.purpose_note or "")
        select_data(self.sex, visit.sex)
        select_data(self.age_band, visit.age_band)
        self.ethnicity.select_code(visit.ethnicity)
        self.village.setEditText(visit.village or "")
        self.assisted.setChecked(visit.assisted)
        self.duration.setValue(visit.duration_min or 0)
        self.note.setText(visit.note or "")

    def reset(self, defaults: VisitDefaults) -> None:
        """Ready for the next visitor: purposes, sex, age, note cleared; village and ethnicity kept."""
        for box in self.purposes.values():
            box.setChecked(False)
        self.purpose_note.clear()
        self.sex.setCurrentIndex(0)
        self.age_band.setCurrentIndex(0)
        self.ethnicity.select_code(defaults.ethnicity)
        self.village.setEditText(defaults.village or "")
        self.assisted.setChecked(True)
        self.duration.setValue(0)
        self.note.clear()
        self.errors.clear()

    def remember_village(self, village: str | None) -> None:
        """Offer a newly typed village next time (without reading recent visits again)."""
        if village and self.village.findText(village) < 0:
            text = self.village.currentText()
            self.village.insertItem(0, village)
            self.village.setEditText(text)

    def focus_first(self) -> None:
        next(iter(self.purposes.values())).setFocus(Qt.FocusReason.OtherFocusReason)


class QuickEntry(QWidget):
    """The quick-entry form: purposes by number, Enter saves, Ctrl+Z undoes the last entry."""

    saved = Signal(str)
    undone = Signal(str)

    def __init__(self, visits: Visits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visits = visits
        self.heading = QLabel(objectName="quick_heading")
        self.heading.setFont(scaled(self.font(), 1.3, bold=True))
        self.fields = VisitFields(visits.villages())
        self.fields.reset(visits.defaults())
        self.save_button = QPushButton(objectName="save")
        self.save_button.setFont(scaled(self.font(), 1.15, bold=True))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(objectName="undo")
        self.undo_button.clicked.connect(self.undo)
        self.confirmation = QLabel(objectName="confirmation")
        self.confirmation.setFont(scaled(self.font(), 1.1))
        self.confirmation.setWordWrap(True)
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        layout.addWidget(self.confirmation)
        layout.addStretch(1)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        self._update_undo()
        self.retranslate()
        self.built = True
        self.setFocusProxy(next(iter(self.fields.purposes.values())))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("New visit"))
        self.hint.setText(self.tr("Press a purpose's number, then Enter. F/M for the sex; "
                                  "the other fields are optional."))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.undo_button.setText(self.tr("Undo last (Ctrl+Z)"))
        self.fields.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # Qt may send one while __init__ is still building the widgets.
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "built", False):
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> str | None:
        """Save the form as a visit; on a refused value, say why next to the field."""
        values = self.fields.values()
        try:
            visit_id = self.visits.add(**values)
        except ValidationError as exc:
            self.fields.errors.show(exc)
            self.confirmation.clear()
            return None
        except PointError as exc:
            report_error(self, exc)
            return None
        when = datetime.now().strftime("%H:%M")
        self._style(OK_STYLE)
        self.confirmation.setText(self.tr("Visit saved at {time} — Ctrl+Z to undo").format(time=when))
        self.fields.remember_village(values["village"])
        self.fields.reset(self.visits.defaults())
        self.fields.focus_first()
        self._update_undo()
        self.saved.emit(visit_id)
        return visit_id

    def undo(self) -> str | None:
        """Take back this session's latest visit."""
        try:
            visit_id = self.visits.undo_last()
        except PointError as exc:
            report_error(self, exc)
            return None
        self._style(CALM_STYLE)
        if visit_id is None:
            self.confirmation.setText(self.tr("Nothing left to undo."))
        else:
            self.confirmation.setText(self.tr("The last visit was taken back."))
            self.undone.emit(visit_id)
        self._update_undo()
        return visit_id

    def _style(self, style: str) -> None:
        if self.confirmation.styleSheet() != style:  # restyling costs ~0.5 ms
            self.confirmation.setStyleSheet(style)

    def _update_undo(self) -> None:
        self.undo_button.setEnabled(self.visits.can_undo)
