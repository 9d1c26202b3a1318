"""The main window on the small screens of old site PCs: 1024x768, and 1366x768 at 125%
(QT_SCALE_FACTOR=1.25 lays out in logical pixels: about 1093x560 once the taskbar and the
title bar are taken). Every page fits without being forced wider, and its key controls show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget

from desktop.core import demo
from desktop.ui import background, i18n, sync_controller
from desktop.ui.main_window import NAV_NARROW, NAV_WIDE, MainWindow
from desktop.ui.visit_form import VisitFields

# Key controls per page (objectName): what an operator needs to do that page's work.
KEY_CONTROLS = {
    "home": ["card_materials", "card_visits_today", "card_last_sync", "targets"],
    "visits": ["purpose_info", "purpose_other", "sex", "note", "save", "undo", "today_list"],
    "participants": ["search", "participant_table", "add", "correct", "erase"],
    "trainings": ["checkin", "sheet", "new", "edit", "delete", "details"],
    "feedback": ["text", "topic", "save", "status_filter", "feedback_table"],
    "library": ["search", "filter_kind", "show_withdrawn", "materials", "import_files", "delete"],
    "reports": ["kind", "year", "show", "export_xlsx", "export_pdf", "tables"],
    "sync": ["sync_heading", "enrol_button"],
}
SLOW = 60_000  # the machine is shared and loaded: generous, never slept


@pytest.fixture
def window(ui, qtbot, demo_workspace, operator) -> Iterator[MainWindow]:  # noqa: ANN001
    demo.generate(demo_workspace, demo.DemoSizes(materials=6, visits=300, trainings=3, participants=40))
    win = MainWindow(demo_workspace, operator)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.sync.stop()
    win.close()
    sync_controller.wait_for_all()
    background.wait_for_all()


def inside(widget: QWidget, window: QWidget) -> bool:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(rect)


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def scroll_to(qtbot, control: QWidget) -> None:  # noqa: ANN001
    area = control.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None, control.objectName()
    area.ensureWidgetVisible(control)
    qtbot.waitUntil(lambda: not control.visibleRegion().isEmpty(), timeout=SLOW)


def check_page(qtbot, window: MainWindow, key: str, size: QSize) -> None:  # noqa: ANN001
    page = window.open_page(key)
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size, timeout=SLOW)
    if key == "sync":
        window.sync.refresh()
        qtbot.waitUntil(lambda: window.sync.status is not None, timeout=SLOW)
    if key == "reports":
        page.findChild(QWidget, "show").click()
        qtbot.waitUntil(lambda: page.findChild(QWidget, "export_xlsx").isEnabled(), timeout=SLOW)
    # The window is not forced wider or taller than the screen.
    hint = window.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height(), (key, hint)
    assert window.size() == size, key
    # The page's own minimum fits where the window puts it: nothing is cut off at the right.
    minimum = page.minimumSizeHint().expandedTo(page.minimumSize())
    assert minimum.width() <= window.stack.width(), (key, minimum, window.stack.width())
    assert minimum.height() <= window.stack.height(), (key, minimum, window.stack.height())
    assert inside(window.stack, window)
    for name in KEY_CONTROLS[key]:
        control = page.findChild(QWidget, name)
        assert control is not None, (key, name)
        assert control.isVisible(), (key, name)
        assert control.width() > 0 and control.height() > 0, (key, name)
        # Shown to the user: not clipped away by a parent (or, on a short screen, one
        # scroll away), and inside the window.
        if control.visibleRegion().isEmpty() and size.height() < 768:
            scroll_to(qtbot, control)
        assert not control.visibleRegion().isEmpty(), (key, name)
        if not in_scroll_area(control):
            assert inside(control, window), (key, name, control.geometry())
    # Every page's name shows in the navigation without scrolling it.
    for row in range(window.nav.count()):
        assert window.nav.viewport().rect().contains(window.nav.visualItemRect(window.nav.item(row))), row


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_fits_1024x768(lang, ui, qtbot, window) -> None:  # noqa: ANN001
    if lang == "en":
        assert i18n.install(ui, "en")
    size = QSize(1024, 768)
    for key in window.pages:
        check_page(qtbot, window, key, size)
    assert window.nav.width() < NAV_WIDE  # it gave way to the pages


def test_every_page_fits_1366x768_at_125_percent(ui, qtbot, window) -> None:  # noqa: ANN001
    size = QSize(1093, 560)
    for key in window.pages:
        check_page(qtbot, window, key, size)


def test_home_cards_reflow_with_the_width(ui, qtbot, window) -> None:  # noqa: ANN001
    home = window.open_page("home")
    cards = [home.cards[key] for key in ("materials", "visits_today", "visits_month", "trainings_year")]

    def rows() -> int:
        return len({card.y() for card in cards})

    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.nav.width() == NAV_WIDE, timeout=SLOW)
    qtbot.waitUntil(lambda: rows() == 1, timeout=SLOW)  # four across on a wide screen
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.nav.width() == NAV_NARROW, timeout=SLOW)
    home.resize(560, 600)  # a narrow page: two cards a row, none cut off or overlapping
    qtbot.waitUntil(lambda: rows() == 2, timeout=SLOW)
    for card in cards:
        assert card.width() >= card.minimumWidth()
        assert inside(card, home.scroll.viewport()) or in_scroll_area(card)
    tops = sorted({card.y() for card in cards})
    assert tops[1] >= tops[0] + cards[0].height()


def test_visit_purposes_stay_numbered_down_the_columns(ui, qtbot, window) -> None:  # noqa: ANN001
    page = window.open_page("visits")
    window.resize(1024, 768)
    boxes = list(page.quick.fields.purposes.values())
    qtbot.waitUntil(lambda: boxes[0].x() == boxes[1].x() and boxes[4].x() > boxes[0].x(), timeout=SLOW)
    # 1-4 down the first column, 5-8 down the second, as the number keys read.
    assert [b.y() for b in boxes[:4]] == [b.y() for b in boxes[4:]]
    assert boxes[0].y() < boxes[1].y() < boxes[2].y() < boxes[3].y()


def test_visit_fields_at_their_smallest_show_every_purpose(ui, qtbot, demo_workspace) -> None:  # noqa: ANN001
    """Also where no scroll area helps (the correction dialog): no purpose hidden or overlapping."""
    fields = VisitFields(demo_workspace.visits.villages())
    qtbot.addWidget(fields)
    fields.show()
    fields.resize(fields.minimumSizeHint())
    boxes = list(fields.purposes.values())
    qtbot.waitUntil(lambda: fields.size() == fields.minimumSizeHint(), timeout=SLOW)
    qtbot.waitUntil(lambda: boxes[4].x() > boxes[0].x(), timeout=SLOW)
    rects = [QRect(box.mapTo(fields, QPoint(0, 0)), box.size()) for box in boxes]
    for n, rect in enumerate(rects):
        assert fields.rect().contains(rect), n
        assert rect.width() >= boxes[n].minimumSizeHint().width(), n  # whole name, not cut
        assert not any(rect.intersects(other) for other in rects[n + 1:]), n
    note = QRect(fields.note.mapTo(fields, QPoint(0, 0)), fields.note.size())
    assert fields.rect().contains(note) and not any(note.intersects(r) for r in rects)
