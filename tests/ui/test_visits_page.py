from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.visits import Visits
from desktop.ui import visit_model
from desktop.ui.visit_model import PAGE, VisitTableModel
from desktop.ui.visits_page import VisitsPage


@pytest.fixture
def page(ui, qtbot, workspace):
    widget = VisitsPage(workspace.visits)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focused(page):
    return page.quick.focusWidget() or page.quick


def test_two_keystrokes_log_a_visit(page, qtbot, workspace):
    qtbot.waitUntil(lambda: page.quick.fields.purposes["info"].hasFocus())
    target = page.quick.fields.purposes["info"]
    qtbot.keyClick(target, Qt.Key.Key_1)                      # 1: information lookup
    qtbot.keyClick(focused(page), Qt.Key.Key_Return)          # 2: save
    assert workspace.visits.count() == 1
    assert workspace.visits.count(purpose="info") == 1
    assert "Ctrl+Z" in page.quick.confirmation.text()
    assert page.quick.confirmation.text().startswith("Đã lưu lượt phục vụ lúc ")
    assert page.today_list.count() == 1
    assert not page.quick.fields.purposes["info"].isChecked()  # ready for the next visitor


def test_four_keystrokes_with_two_purposes_and_sex(page, qtbot, workspace):
    qtbot.waitUntil(lambda: page.quick.fields.purposes["info"].hasFocus())
    for key in (Qt.Key.Key_2, Qt.Key.Key_7, Qt.Key.Key_F, Qt.Key.Key_Return):
        qtbot.keyClick(focused(page), key)
    visit = workspace.visits.today()[0]
    assert visit.purposes == ("public-service", "health")
    assert visit.sex == "female"
    assert visit.assisted is True


def test_ctrl_z_undoes_the_last_entry(page, qtbot, workspace):
    qtbot.waitUntil(lambda: page.quick.fields.purposes["info"].hasFocus())
    for key in (Qt.Key.Key_3, Qt.Key.Key_Return, Qt.Key.Key_4, Qt.Key.Key_Return):
        qtbot.keyClick(focused(page), key)
    assert workspace.visits.count() == 2
    qtbot.keyClick(focused(page), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.visits.count() == 1
    assert workspace.visits.count(purpose="e-commerce") == 1
    assert page.today_list.count() == 1
    assert page.quick.confirmation.text() == "Đã hoàn tác lượt phục vụ vừa lưu."


def test_refused_entry_says_why_next_to_the_field(page, qtbot, workspace):
    qtbot.waitUntil(lambda: page.quick.fields.purposes["info"].hasFocus())
    qtbot.keyClick(focused(page), Qt.Key.Key_Return)          # no purpose
    assert workspace.visits.count() == 0
    assert page.quick.fields.errors.text("purposes") == "Hãy chọn ít nhất một nội dung hỗ trợ."
    qtbot.keyClick(focused(page), Qt.Key.Key_8)               # "other" needs a note
    qtbot.keyClick(focused(page), Qt.Key.Key_Return)
    assert workspace.visits.count() == 0
    assert page.quick.fields.errors.text("purpose_note")
    assert page.quick.fields.purpose_note.hasFocus()


def test_defaults_remembered(ui, qtbot, workspace):
    workspace.visits.add(["info"], village="Bản Lả", ethnicity="24")
    page = VisitsPage(Visits(workspace.store))
    qtbot.addWidget(page)
    assert page.quick.fields.village.currentText() == "Bản Lả"
    assert page.quick.fields.ethnicity.current_code() == "24"
    assert page.quick.fields.values()["village"] == "Bản Lả"


def test_edit_keeps_history_and_delete_asks(page, qtbot, workspace, monkeypatch):
    visit_id = workspace.visits.add(["info"])
    workspace.visits.edit(visit_id, purposes=["legal"])
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.total.text() == "1 lượt"
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.selected_id() == visit_id
    assert len(workspace.visits.history(visit_id)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not page.delete_selected()
    assert workspace.visits.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.delete_selected()
    assert workspace.visits.count() == 0
    assert workspace.visits.get(visit_id).deleted  # a tombstone, not gone
    assert page.model.rowCount() == 0


def test_history_dialog_shows_versions(ui, qtbot, workspace):
    from desktop.ui.visit_dialogs import HistoryDialog

    visit_id = workspace.visits.add(["info"], village="Bản Lả")
    visit = workspace.visits.edit(visit_id, village="Bản Hon")
    dialog = HistoryDialog(workspace.visits, visit)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    texts = [dialog.table.item(r, 6).text() for r in range(2)]
    assert texts == ["Bản Hon", "Bản Lả"]


def test_edit_dialog_refuses_a_future_time(ui, qtbot, workspace):
    from desktop.ui.visit_dialogs import VisitDialog

    visit_id = workspace.visits.add(["info"])
    dialog = VisitDialog(workspace.visits, workspace.visits.get(visit_id))
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(datetime.now() + timedelta(days=2))
    dialog.accept()
    assert dialog.fields.errors.text("visited_at")
    assert workspace.visits.get(visit_id).visited_at == workspace.visits.get(visit_id).visited_at
    dialog.fields.purposes["legal"].setChecked(True)
    dialog.when.setDateTime(datetime.now() - timedelta(hours=1))
    dialog.accept()
    assert workspace.visits.get(visit_id).purposes == ("info", "legal")
    assert len(workspace.visits.history(visit_id)) == 1


def many_visits(n):
    start = datetime(2025, 1, 1, 7, 0)
    for i in range(n):
        when = start + timedelta(minutes=3 * i)
        yield {"visited_at": when.isoformat(timespec="seconds"), "day": when.date().isoformat(),
               "purposes": "info,health" if i % 3 == 0 else "learning", "assisted": 1}


def test_lazy_model_over_200k_visits(ui, qtbot, workspace, monkeypatch):
    workspace.store.insert_many("visit", many_visits(200_000))
    reads = []
    real = Visits.page_after

    def counting(self, last, limit, period=None, purpose=None):
        rows = real(self, last, limit, period, purpose)
        reads.append(len(rows))
        return rows

    monkeypatch.setattr(Visits, "page_after", counting)
    model = VisitTableModel(workspace.visits)
    assert model.rowCount() == 0 and model.canFetchMore()
    assert model.total() == 200_000
    model.fetchMore()
    assert model.rowCount() == PAGE
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    newest = model.visit(0)
    assert newest.visited_at > model.visit(2 * PAGE - 1).visited_at
    for _ in range(60):
        model.fetchMore()
    assert model.rowCount() == 62 * PAGE
    assert model.loaded_rows() <= visit_model.MAX_PAGES * PAGE < 200_000
    assert sum(reads) < 200_000
    # A page dropped from the cache is read again by keyset and is the same.
    assert model.visit(0) == newest
    assert model.loaded_rows() <= visit_model.MAX_PAGES * PAGE
    assert model.data(model.index(5, 1)) in ("Tra cứu thông tin, Thông tin y tế", "Học tập, kỹ năng số")


def test_lazy_model_filters(ui, qtbot, workspace):
    workspace.store.insert_many("visit", many_visits(3_000))
    model = VisitTableModel(workspace.visits)
    from desktop.core.periods import parse_period

    model.set_filter(parse_period("2025-01-01..2025-01-01"), "health")
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total() == workspace.visits.count("2025-01-01..2025-01-01", "health")
    assert all("health" in model.visit(r).purposes for r in range(model.rowCount()))


def test_list_view_scrolls_lazily(page, qtbot, workspace):
    workspace.store.insert_many("visit", many_visits(20_000))
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() >= PAGE)
    assert page.total.text() == "20.000 lượt"
    first = page.model.rowCount()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > first)
    assert page.model.rowCount() < 20_000


def test_period_filter_typed_and_invalid(page, qtbot, workspace):
    workspace.store.insert_many("visit", many_visits(1_000))
    page.tabs.setCurrentIndex(1)
    page.period.setEditText("2025-Q5")
    page.apply_filter()
    assert "2025-Q5" in page.period_error.text()
    page.period.setEditText("2025-01-01..2025-01-01")
    page.apply_filter()
    assert page.period_error.text() == ""
    assert page.model.total() == workspace.visits.count("2025-01-01..2025-01-01")


def test_today_list_counts_the_whole_day_and_keeps_the_newest(ui, qtbot, workspace):
    from desktop.ui.visits_page import TODAY_ROWS

    now = datetime.now().replace(microsecond=0)
    start = now.replace(hour=0, minute=0, second=0)
    step = (now - start) / (TODAY_ROWS + 60)
    workspace.store.insert_many("visit", (
        {"visited_at": (start + step * i).isoformat(timespec="seconds"), "day": now.date().isoformat(),
         "purposes": "info", "assisted": 1} for i in range(TODAY_ROWS + 50)))
    page = VisitsPage(workspace.visits)
    qtbot.addWidget(page)
    assert page.today_list.count() == TODAY_ROWS
    assert page.today_title.text() == f"Hôm nay: {TODAY_ROWS + 50} lượt"
    page.quick.fields.purposes["legal"].setChecked(True)
    visit_id = page.quick.save()
    assert page.today_list.item(0).data(Qt.ItemDataRole.UserRole) == visit_id
    assert page.today_list.count() == TODAY_ROWS
    assert page.today_title.text() == f"Hôm nay: {TODAY_ROWS + 51} lượt"
    page.quick.undo()
    assert page.today_list.item(0).data(Qt.ItemDataRole.UserRole) != visit_id
    assert page.today_title.text() == f"Hôm nay: {TODAY_ROWS + 50} lượt"
