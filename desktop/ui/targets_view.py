"""The home page's plan-targets section (chỉ tiêu kế hoạch): this year's targets against actuals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.paths import Paths
from desktop.core.targets import Progress, Targets

from . import i18n
from .appearance import scaled
from .background import read_in_background

STEPS = 1000
BAR_STYLE = ("QProgressBar { border: 1px solid #c9d6e3; border-radius: 4px; text-align: center; "
             "background: #ffffff; min-height: 20px; } QProgressBar::chunk { background: %s; }")


class NameLabel(QLabel):
    """An indicator's name on one line, shortened with … when the page is narrow."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.full = text
        self.setToolTip(text)
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.full) + 8, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, self.width()))
        super().resizeEvent(event)


class TargetsView(QFrame):
    """One progress bar per indicator that has a target this year."""

    def __init__(self, targets: Targets, parent: QWidget | None = None,
                 paths: Paths | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets")
        self.targets = targets
        self.paths = paths  # when given, progress is counted off the UI thread
        self.year = date.today().year
        self.rows: list[Progress] = []
        self.bars: dict[str, QProgressBar] = {}
        self.title = QLabel(objectName="targets_title")
        self.title.setFont(scaled(self.font(), 1.0, bold=True))
        self.empty = QLabel(objectName="targets_empty")
        self.empty.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        self._show()

    def refresh_later(self) -> None:
        """Count progress without blocking the window (it reads materials and attendance,
        up to a second at a million visits and 100k materials)."""
        if self.paths is None:
            QTimer.singleShot(0, self, self.refresh)
            return
        year = date.today().year
        read_in_background(self.paths, lambda store: (year, Targets(store).progress(year)),
                           self, self._progress_ready, lambda _message: self.refresh())

    def _progress_ready(self, result: tuple[int, list[Progress]]) -> None:
        self.year, progress = result
        self.rows = [p for p in progress if p.target]
        self._show()

    def refresh(self) -> None:
        self.year = date.today().year
        self.rows = [p for p in self.targets.progress(self.year) if p.target]
        self._show()

    def _show(self) -> None:
        vi = i18n.current_language() == "vi"
        locale = i18n.locale()
        self.title.setText(self.tr("Plan targets {year}").format(year=self.year))
        self.empty.setText(self.tr("No targets for {year} yet: the province sends them, or an "
                                   "administrator enters them.").format(year=self.year))
        self.empty.setVisible(not self.rows)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.bars = {}
        for n, row in enumerate(self.rows):
            name = NameLabel(row.name_vi if vi else row.name_en)
            bar = QProgressBar(objectName=f"target_{row.indicator}")
            bar.setRange(0, STEPS)
            bar.setValue(int(min(row.ratio or 0, 1) * STEPS))
            unit = f" {row.unit}" if vi and row.unit else ""
            bar.setFormat(f"{locale.toString(float(row.actual), 'f', _digits(row.actual))} / "
                          f"{locale.toString(float(row.target), 'f', _digits(row.target))}{unit}"
                          f" ({int(round((row.ratio or 0) * 100))}%)")
            bar.setMinimumWidth(220)
            bar.setStyleSheet(BAR_STYLE % ("#81c784" if (row.ratio or 0) >= 1 else "#90caf9"))
            self.grid.addWidget(name, n, 0)
            self.grid.addWidget(bar, n, 1)
            self.bars[row.indicator] = bar

    def bar_text(self, indicator: str) -> str:
        """What an indicator's bar says (for tests and screen readers)."""
        return self.bars[indicator].text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "grid"):
            self._show()
        super().changeEvent(event)


def _digits(value: float | None) -> int:
    return 0 if value is None or float(value).is_integer() else 1
