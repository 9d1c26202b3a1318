from datetime import date, timedelta

from desktop.ui import background, i18n
from desktop.ui.home import HomePage

from .conftest import insert_visit


def shown_int(page: HomePage, key: str) -> int:
    return int(page.figure_text(key).replace(".", "").replace(",", ""))


def test_figures_equal_database_counts(ui, qtbot, workspace):
    today = date.today()
    for hour in (8, 9, 10):
        insert_visit(workspace, today, hour)
    insert_visit(workspace, today - timedelta(days=400))  # another year: neither figure
    page = HomePage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    store = workspace.store
    month_start = today.replace(day=1).isoformat()
    assert shown_int(page, "visits_today") == 3 == store.count(
        "visit", "deleted = 0 AND day = ?", [today.isoformat()])
    assert shown_int(page, "visits_month") == store.count(
        "visit", "deleted = 0 AND day >= ? AND day <= ?", [month_start, today.isoformat()])
    assert shown_int(page, "materials") == store.count("material")
    assert shown_int(page, "participants") == store.count("participant")
    assert shown_int(page, "trainings_year") == 0
    assert shown_int(page, "feedback_open") == 0
    assert page.figure_text("last_sync") == "chưa bao giờ"


def test_refreshes_when_shown_again(ui, qtbot, workspace):
    page = HomePage(workspace)
    qtbot.addWidget(page)
    page.show()
    assert page.figure_text("visits_today") == "0"
    page.hide()
    insert_visit(workspace, date.today())
    page.show()
    qtbot.waitUntil(lambda: page.figure_text("visits_today") == "1")


def test_main_window_home_counts_off_the_ui_thread_and_shows_the_same_figures(ui, qtbot, workspace):
    today = date.today()
    for hour in (8, 9):
        insert_visit(workspace, today, hour)
    page = HomePage(workspace, figures_in_background=True)  # as the main window makes it
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.figure_text("visits_today") == "2")
    expected = workspace.home_figures()
    for key in ("visits_month", "materials", "participants", "trainings_year", "feedback_open"):
        assert shown_int(page, key) == expected[key]
    assert page.figure_text("last_sync") == "chưa bao giờ"

    page.hide()
    insert_visit(workspace, today, 10)  # a visit saved on another page, then Home again
    page.show()
    qtbot.waitUntil(lambda: page.figure_text("visits_today") == "3")
    background.wait_for_all()


def test_header_and_minority_scripts(ui, qtbot, workspace):
    page = HomePage(workspace)
    qtbot.addWidget(page)
    assert page.title.text() == "Điểm hỗ trợ CNTT xã Tả Lèng"
    assert page.demo_badge.isHidden()
    qtbot.waitUntil(lambda: "Xã Tả Lèng, Tỉnh Lai Châu" in page.place.text())
    assert "ភាសាខ្មែរ" in page.languages.text()  # Khmer, in its own script
    assert page.languages_label.text() == "Ngôn ngữ trong thư viện:"


def test_language_switch_is_live(ui, qtbot, workspace):
    page = HomePage(workspace)
    qtbot.addWidget(page)
    page.show()
    assert page.cards["visits_today"].caption.text() == "Lượt phục vụ hôm nay"
    i18n.install(ui, "en")
    qtbot.waitUntil(lambda: page.cards["visits_today"].caption.text() == "Visits today")
    assert page.figure_text("last_sync") == "never"


def test_demo_badge(ui, qtbot, demo_workspace):
    page = HomePage(demo_workspace)
    qtbot.addWidget(page)
    page.show()
    assert page.demo_badge.isVisible()
    assert page.demo_badge.text() == "Dữ liệu mẫu: đây không phải số liệu thật"
