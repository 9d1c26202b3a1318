"""The library page (Thư viện tài liệu): search as you type, filters, covers, edit, import.

The list reads a page of rows at a time (library_model.py); search goes through the core
search index (accent-insensitive, prefix as you type) 150 ms after the last keystroke.
Import runs off the UI thread (import_worker.py). No SQL here: Materials and Search only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import reference
from desktop.core.errors import PointError
from desktop.core.search import Hit
from desktop.core.workspace import Workspace

from . import i18n
from .bilingual import autonym
from .covers import CoverLoader
from .import_worker import ImportController, ImportReport
from .library_model import ROW_HEIGHT, MaterialDelegate, MaterialListModel, RowRole

log = logging.getLogger("point.ui.library")

DEBOUNCE_MS = 150
FILTERS = (("kind", "material_kinds"), ("topic", "topics"), ("lang", "languages"),
           ("audience", "participant_groups"))


def hit_row(hit: Hit) -> dict[str, Any]:
    """A search or browse hit as a list row."""
    return {"id": hit.id, "title": hit.title, "kind": hit.kind, "langs": hit.langs,
            "withdrawn": hit.withdrawn}


class LibraryPage(QWidget):
    """The operator's library: find, look at, describe, withdraw, delete and import materials."""

    import_finished = Signal(object)  # ImportReport

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.materials = workspace.materials
        self.search = workspace.search
        self.importing: ImportController | None = None
        self.covers = CoverLoader(workspace.paths.covers, QSize(128, 160), self)

        self.search_box = QLineEdit(objectName="search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(40)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _t: self.debounce.start())
        self.filters: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        for key, _list in FILTERS:
            combo = QComboBox(objectName=f"filter_{key}")
            # Narrow enough for 1024x768 beside the navigation; the list shows whole names.
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.filters[key] = combo
            filter_row.addWidget(combo, 1)
        self.withdrawn_box = QCheckBox(objectName="show_withdrawn")
        self.withdrawn_box.setChecked(True)
        self.withdrawn_box.toggled.connect(lambda _c: self.refresh())

        self.model = MaterialListModel(self)
        # A table of one column, not a QListView: a list view lays out every row on each
        # reset (80k calls at 100k rows), a table with fixed row heights only what shows.
        self.view = QTableView(objectName="materials")
        self.view.setModel(self.model)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegate(MaterialDelegate(self.covers, workspace.media.path_of,
                                                   i18n.current_language, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(lambda _i: self.open_current())  # double-click or Enter
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.covers.ready.connect(lambda _h: self.view.viewport().update())
        self.count_label = QLabel(objectName="count")

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, slot in (("import_files", self.choose_files), ("import_folder", self.choose_folder),
                          ("open", self.open_current), ("edit", self.edit_current),
                          ("withdraw", self.toggle_withdrawn), ("delete", self.delete_current)):
            button = QPushButton(objectName=key)
            button.setMinimumHeight(40)
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
            if key == "import_folder":
                actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel(objectName="heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        # The withdrawn switch sits by the heading: beside four filter lists it would cut
        # their names short on a 1024-pixel screen.
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.withdrawn_box)
        layout.addLayout(top)
        layout.addWidget(self.search_box)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        layout.addLayout(bottom)
        layout.addLayout(actions)
        self.setAcceptDrops(True)
        self.retranslate()
        self.refresh()

    # -- the list ----------------------------------------------------------------------
    def current_filters(self) -> dict[str, Any]:
        chosen = {key: combo.currentData() for key, combo in self.filters.items()}
        return {**{k: v for k, v in chosen.items() if v}, "include_withdrawn": self.withdrawn_box.isChecked()}

    def refresh(self) -> None:
        """Read the list again for the words typed and the filters chosen."""
        self.debounce.stop()
        query = self.search_box.text()
        filters = self.current_filters()
        try:
            if query.strip():
                total = self.search.count(query, **filters)

                def fetch(offset: int, limit: int) -> list[dict[str, Any]]:
                    return [hit_row(h) for h in self.search.search(query, **filters, limit=limit,
                                                                   offset=offset)]
            elif len(filters) > 1 or not filters["include_withdrawn"]:
                # Filters alone: the search index's tags answer in milliseconds at 100k.
                total = self.search.browse_count(**filters)

                def fetch(offset: int, limit: int) -> list[dict[str, Any]]:
                    return [hit_row(h) for h in self.search.browse(**filters, limit=limit, offset=offset)]
            else:
                total = self.materials.count(**filters)

                def fetch(offset: int, limit: int) -> list[dict[str, Any]]:
                    return self.materials.page(offset, limit, **filters)
        except PointError as exc:
            self.count_label.setText(i18n.explain(exc.code, **exc.params))
            return
        self.model.set_source(total, fetch, self.materials.cover_sources)
        self.view.scrollToTop()  # a new list starts at its best match, not at an old offset
        self.count_label.setText(self.tr("%n material(s)", "", total))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.view.selectionModel().selectedIndexes()]

    def current_row(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        for key in ("open", "edit", "withdraw", "delete"):
            self.buttons[key].setEnabled(row is not None)
        withdrawn = bool(row and row.get("withdrawn"))
        self.buttons["withdraw"].setText(self.tr("Restore") if withdrawn else self.tr("Withdraw"))

    # -- actions -----------------------------------------------------------------------
    def open_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from .material_dialog import MaterialDialog

        lang = self.filters["lang"].currentData()
        dialog = MaterialDialog(self.materials, row["id"], preferred_lang=lang, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from .material_editor import MaterialEditor

        if MaterialEditor(self.materials, row["id"], self).exec():
            self.model.invalidate()

    def toggle_withdrawn(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._apply(lambda: self.materials.set_withdrawn(row["id"], not row.get("withdrawn")))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete material"),
            self.tr("Delete “{title}”? Villagers and operators will no longer see it; "
                    "the province keeps a record of the deletion.").format(title=row["title"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: self.materials.delete(row["id"]))

    def _apply(self, change: Any) -> None:
        try:
            change()
        except PointError as exc:
            QMessageBox.warning(self, self.tr("Library"), i18n.explain(exc.code, **exc.params))
        current = self.view.currentIndex().row()
        self.refresh()
        if self.model.total:
            self.view.setCurrentIndex(self.model.index(min(current, self.model.total - 1)))

    # -- import ------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), "",
            self.tr("Materials") + " (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.mp3 *.wav *.ogg "
            "*.oga *.m4a *.mp4 *.txt *.html *.htm)")
        if names:
            self.ask_and_import([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.ask_and_import([Path(folder)])

    def ask_and_import(self, paths: list[Path]) -> None:
        from PySide6.QtWidgets import QInputDialog

        langs = reference.load_list("languages")
        labels = [f"{autonym(x.code)} — {x.name_vi}" if autonym(x.code) != x.name_vi else x.name_vi
                  for x in langs]
        label, ok = QInputDialog.getItem(
            self, self.tr("Import"),
            self.tr("Language of these files (a file named NAME.LANG.pdf, e.g. so-tay.bru.pdf, "
                    "keeps its own):"), labels, 0, False)
        if ok:
            self.import_paths(paths, langs[labels.index(label)].code)

    def import_paths(self, paths: list[Path], lang: str = "vie") -> ImportController | None:
        """Import files and folders in the background; the list refreshes when done."""
        if self.importing is not None:
            QMessageBox.information(self, self.tr("Import"), self.tr("An import is already running."))
            return None
        self.importing = ImportController(self.workspace.paths.root, paths, lang, self)
        self.importing.done.connect(self._import_done)
        self.importing.start()
        return self.importing

    def _import_done(self, report: ImportReport) -> None:
        self.importing = None
        self.refresh()
        self.import_finished.emit(report)
        if self.isVisible():
            from .import_report import show_report

            show_report(self, report)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.ask_and_import(paths)

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.heading.setText(self.tr("Library of materials"))
        self.search_box.setPlaceholderText(self.tr("Search titles and text, with or without accents…"))
        everything = {"kind": self.tr("All kinds"), "topic": self.tr("All topics"),
                      "lang": self.tr("All languages"), "audience": self.tr("All audiences")}
        for key, list_name in FILTERS:
            combo = self.filters[key]
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[key], None)
            for item in reference.load_list(list_name):
                name = item.name(lang)
                if key == "lang" and autonym(item.code) != name:
                    name = f"{name} — {autonym(item.code)}"
                combo.addItem(name, item.code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.withdrawn_box.setText(self.tr("Show withdrawn"))
        texts = {"import_files": self.tr("Import files…"), "import_folder": self.tr("Import a folder…"),
                 "open": self.tr("Open"), "edit": self.tr("Edit details…"), "delete": self.tr("Delete…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self._update_buttons()
        self.count_label.setText(self.tr("%n material(s)", "", self.model.total))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.view.viewport().update()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        # Back on this page (not its first showing): materials may have come by sync.
        if getattr(self, "_shown", False):
            self.refresh()
        self._shown = True
        super().showEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.covers.shutdown()
        super().closeEvent(event)
