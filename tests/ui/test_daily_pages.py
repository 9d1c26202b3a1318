from desktop.ui import daily_pages
from desktop.ui.main_window import MainWindow


def test_daily_pages_open_from_the_main_window(ui, qtbot, demo_workspace, operator):
    window = MainWindow(demo_workspace, operator)
    qtbot.addWidget(window)
    window.show()
    for key, title, _factory, _glyph in daily_pages.PAGES:
        page = window.open_page(key)
        assert window.stack.currentWidget() is page
        assert window.pages[key].item.text() != title  # shown in Vietnamese
    assert [window.pages[key].item.text() for key, *_ in daily_pages.PAGES] == [
        "Lượt phục vụ", "Học viên", "Lớp tập huấn", "Ý kiến người dân"]
