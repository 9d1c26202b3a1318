"""Small form widgets shared by dialogs: an accent-insensitive type-to-filter combo box."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.core.textfold import fold

MAX_SUGGESTIONS = 40


class SearchCombo(QComboBox):
    """A combo box of (name, code) entries; typing "dak lak" offers "Đắk Lắk"."""

    code_changed = Signal(str)  # the chosen entry's code, or "" when none matches

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._entries: list[tuple[str, str, str]] = []  # (shown name, code, folded name)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._filter)
        completer.activated.connect(self._pick)
        self._last_code: str | None = None
        self.currentIndexChanged.connect(self._check_code)
        self.editTextChanged.connect(self._check_code)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """Replace the choices with (name, code) pairs; nothing is selected afterwards."""
        names = [name for name, _ in entries]
        shown = [f"{name} ({code})" if names.count(name) > 1 else name for name, code in entries]
        self._entries = [(s, code, fold(s)) for s, (_, code) in zip(shown, entries, strict=True)]
        self.blockSignals(True)
        self.clear()
        for text, code, _ in self._entries:
            self.addItem(text, code)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        self.clearEditText()
        self._check_code()

    def _filter(self, text: str) -> None:
        key = fold(text)
        if not key:
            return
        starts = [s for s, _, f in self._entries if f.startswith(key)]
        inside = [s for s, _, f in self._entries if key in f and not f.startswith(key)]
        self._suggestions.setStringList((starts + inside)[:MAX_SUGGESTIONS])
        self.completer().complete()

    def _pick(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def _check_code(self, *_: object) -> None:
        code = self.current_code()
        if code != self._last_code:
            self._last_code = code
            self.code_changed.emit(code or "")

    def select_code(self, code: str | None) -> None:
        """Select the entry with this code (or nothing)."""
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)

    def current_code(self) -> str | None:
        """The code of the entry whose name is typed or picked, or None."""
        key = fold(self.currentText())
        if not key:
            return None
        exact = [code for _, code, f in self._entries if f == key]
        if len(exact) == 1:
            return exact[0]
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return self.itemData(index) if index >= 0 else None
