"""The operator's daily-work pages in the main window: visits, participants, trainings, opinions.

Each page's module is imported when the page is first opened, so start-up stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _visits(window: MainWindow) -> QWidget:
    from .visits_page import VisitsPage

    return VisitsPage(window.workspace.visits)


def _participants(window: MainWindow) -> QWidget:
    from .participants_page import ParticipantsPage

    return ParticipantsPage(window.workspace)


def _trainings(window: MainWindow) -> QWidget:
    from .trainings_page import TrainingsPage

    return TrainingsPage(window.workspace)


def _feedback(window: MainWindow) -> QWidget:
    from .feedback_page import FeedbackPage

    return FeedbackPage(window.workspace)


def _reports(window: MainWindow) -> QWidget:
    from .report_page import ReportPage  # QtCharts, openpyxl and ReportLab load even later

    return ReportPage(window.workspace)


REPORTS = ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), _reports, "▤")

# (key, title in the MainWindow context, page factory, navigation glyph), in menu order.
PAGES = (
    ("visits", QT_TRANSLATE_NOOP("MainWindow", "Visits"), _visits, "✎"),
    ("participants", QT_TRANSLATE_NOOP("MainWindow", "Participants"), _participants, "☺"),
    ("trainings", QT_TRANSLATE_NOOP("MainWindow", "Trainings"), _trainings, "✓"),
    ("feedback", QT_TRANSLATE_NOOP("MainWindow", "Opinions"), _feedback, "✉"),
)


def register(window: MainWindow) -> None:
    """Add the four pages (after the home page)."""
    from .main_window import glyph_icon

    for key, title, factory, glyph in PAGES:
        window.add_page(key, lambda title=title: _t(title),
                        lambda factory=factory: factory(window), glyph_icon(glyph))


def register_reports(window: MainWindow) -> None:
    """Add the Reports page (Báo cáo), last in the menu."""
    from .main_window import glyph_icon

    key, title, factory, glyph = REPORTS
    window.add_page(key, lambda: _t(title), lambda: factory(window), glyph_icon(glyph))
