"""The home page (Trang chủ): the point's figures today, in big cards, and its languages."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core import reference, report_dates
from desktop.core.workspace import Workspace, home_figures

from . import i18n
from .appearance import scaled
from .background import read_in_background
from .columns import ColumnsLayout
from .targets_view import TargetsView

COLUMNS = 4
# (figure key, caption source string); captions are translated in the HomePage context.
FIGURES = (
    ("materials", QT_TRANSLATE_NOOP("HomePage", "Materials")),
    ("visits_today", QT_TRANSLATE_NOOP("HomePage", "Visits today")),
    ("visits_month", QT_TRANSLATE_NOOP("HomePage", "Visits this month")),
    ("trainings_year", QT_TRANSLATE_NOOP("HomePage", "Trainings this year")),
    ("participants", QT_TRANSLATE_NOOP("HomePage", "Participants")),
    ("feedback_open", QT_TRANSLATE_NOOP("HomePage", "Opinions not yet answered")),
    ("last_sync", QT_TRANSLATE_NOOP("HomePage", "Last sync with the province")),
)


def autonyms() -> list[str]:
    """Each library language's name in its own script, once each, in list order."""
    names: list[str] = []
    for item in reference.load_list("languages"):
        extra: Any = item.extra
        if isinstance(extra, str):
            try:
                extra = json.loads(extra)
            except ValueError:
                extra = {}
        name = (extra or {}).get("autonym") or item.name_vi
        if name and name not in names:
            names.append(name)
    return names


def format_sync_time(value: str | None) -> str | None:
    """An ISO time from the store as local 'dd/MM/yyyy HH:mm', or None for never."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value).astimezone()
    except ValueError:
        return value
    return moment.strftime("%d/%m/%Y %H:%M")


class FigureCard(QFrame):
    """One big number with its caption underneath."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "FigureCard { background: #f3f7fb; border: 1px solid #c9d6e3; border-radius: 8px; }"
        )
        self.setMinimumWidth(170)
        self.value = QLabel("–")
        self.value.setObjectName(f"value_{key}")
        self.value.setStyleSheet("color: #0b4f8a;")
        self.value.setFont(scaled(self.font(), 1.4 if key == "last_sync" else 2.4, bold=True))
        self.value.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        # A wrapped label in a layout is given one line's height; captions may take two.
        self.caption.setMinimumHeight(self.caption.fontMetrics().lineSpacing() * 2 + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)


class HomePage(QWidget):
    """Header with the point's name and commune, figure cards, and the languages strip.

    The cards fall to fewer columns on a narrow window, and the page scrolls when the
    screen is short (1366x768 at 125% leaves about 550 pixels for it).
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 figures_in_background: bool = False) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.figures: dict[str, Any] = {}
        # The main window counts the figures off the UI thread (at a million visits the
        # COUNTs take tens of milliseconds of its start); a page on its own counts at once.
        self.figures_in_background = figures_in_background
        self._figures_asked = 0
        self.title = QLabel(objectName="title")
        self.title.setFont(scaled(self.font(), 1.8, bold=True))
        self.title.setWordWrap(True)
        self.demo_badge = QLabel(objectName="demo_badge")
        self.demo_badge.setStyleSheet(
            "background: #fff3cd; color: #7a4d00; border: 1px solid #e0b94f;"
            " border-radius: 4px; padding: 4px 10px; font-weight: bold;"
        )
        self.demo_badge.setVisible(workspace.point.is_demo)
        self.report_due = QLabel(objectName="report_due")  # a report due soon (or overdue)
        self.report_due.setWordWrap(True)
        self.report_due.setStyleSheet("color: #8a1f11; font-weight: bold;")
        self.report_due.setVisible(False)
        self.place = QLabel(objectName="place")
        self.place.setFont(scaled(self.font(), 1.15))
        self.place.setWordWrap(True)
        self.cards = {key: FigureCard(key) for key, _ in FIGURES}
        self.card_grid = ColumnsLayout(max_columns=COLUMNS, spacing=14)
        for key, _ in FIGURES:
            self.card_grid.addWidget(self.cards[key])
        self.languages_label = QLabel(objectName="languages_label")
        self.languages_label.setFont(scaled(self.font(), 1.0, bold=True))
        # A no-break space keeps each "·" with the name before it when the line wraps.
        self.languages = QLabel("\u00a0· ".join(autonyms()), objectName="languages")
        self.languages.setWordWrap(True)
        self.languages.setFont(scaled(self.font(), 1.1))
        self.languages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        content = QWidget(objectName="home_content")
        self.scroll = QScrollArea(objectName="home_scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.report_due)
        layout.addSpacing(8)
        layout.addLayout(self.card_grid)
        layout.addSpacing(8)
        self.targets = TargetsView(workspace.targets, paths=workspace.paths)
        layout.addWidget(self.targets)
        layout.addSpacing(8)
        layout.addWidget(self.languages_label)
        layout.addWidget(self.languages)
        layout.addStretch(1)
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        """As narrow as one card column (the page scrolls vertically, never sideways)."""
        content = self.scroll.widget()
        width = content.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        return QSize(width, 240)

    # -- text --------------------------------------------------------------------------
    def place_text(self) -> str:
        point = self.workspace.point
        if not point.commune_code:
            return self.tr("Point code: {code}").format(code=point.code)
        place = reference.commune_place(point.commune_code)
        where = f"{place[0]}, {place[1]}" if place else point.commune_code
        return self.tr("{place} · point code {code}").format(place=where, code=point.code)

    def _show_place(self) -> None:
        self.place.setText(self.place_text())

    def retranslate(self) -> None:
        self.title.setText(self.workspace.point.name)
        self.demo_badge.setText(self.tr("Demo data: these are not real figures"))
        # The commune's name needs the admin-units list (~40 ms to read): after first paint.
        QTimer.singleShot(0, self, self._show_place)
        for key, caption in FIGURES:
            self.cards[key].caption.setText(self.tr(caption))
        self.languages_label.setText(self.tr("Languages of the library:"))
        self.show_figures()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- figures -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures again (COUNT queries only) and show them."""
        if self.figures_in_background:
            self._figures_asked += 1
            asked = self._figures_asked
            read_in_background(self.workspace.paths, lambda store: (asked, home_figures(store)),
                               self, self._figures_read, self._figures_failed)
        else:
            self.figures = self.workspace.home_figures()
            self.show_figures()
        self.show_report_due()
        self.targets.refresh_later()

    def _figures_read(self, result: tuple[int, dict[str, Any]]) -> None:
        asked, figures = result
        if asked == self._figures_asked:  # an older read that ended late is not shown
            self.figures = figures
            self.show_figures()

    def _figures_failed(self, _message: str) -> None:
        """The background read failed (logged): count on this connection instead, so the
        cards never stay empty."""
        self.figures = self.workspace.home_figures()
        self.show_figures()

    def show_figures(self) -> None:
        locale = i18n.locale()
        for key, _ in FIGURES:
            if key not in self.figures:
                continue
            value = self.figures[key]
            if key == "last_sync":
                text = format_sync_time(value) or self.tr("never")
            else:
                text = locale.toString(int(value))
            self.cards[key].value.setText(text)

    def show_report_due(self, today: date | None = None) -> None:
        """One line per report due within 30 days or overdue (20/6 and 15/12 by default)."""
        lang = i18n.current_language()
        lines = []
        for due in report_dates.due_reports(self.workspace.store, today):
            when = due.due.strftime("%d/%m/%Y")
            if due.overdue:
                lines.append(self.tr("{title} was due on {date}: {days} days late. "
                                     "Make it on the Reports page.").format(
                    title=due.title(lang), date=when, days=-due.days_left))
            else:
                lines.append(self.tr("{title} is due on {date} ({days} days left). "
                                     "Make it on the Reports page.").format(
                    title=due.title(lang), date=when, days=due.days_left))
        self.report_due.setText("\n".join(lines))
        self.report_due.setVisible(bool(lines))

    def figure_text(self, key: str) -> str:
        """What the card for a figure shows now (for tests and accessibility)."""
        return self.cards[key].value.text()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
