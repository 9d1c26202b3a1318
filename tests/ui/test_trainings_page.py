from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.ui.checkin import CheckInView
from desktop.ui.participant_dialog import ParticipantDialog
from desktop.ui.training_dialog import TrainingDialog
from desktop.ui.trainings_page import TrainingsPage, sheet_file_name

from .conftest import type_text

TODAY = date.today()


@pytest.fixture
def training(workspace):
    return workspace.trainings.add("Tập huấn kỹ năng số cho người có uy tín", "workshop",
                                   TODAY - timedelta(days=1), TODAY + timedelta(days=1),
                                   place="Nhà văn hóa bản Lả", topics=["digital-skills"])


@pytest.fixture
def people(workspace):
    p = workspace.participants
    return {
        "panh": p.add("Lò Văn Pánh", "male", 1980, village="Bản Lả"),
        "dung": p.add("Đặng Thị Dung", "female", 1992),
        "sinh": p.add("Vàng A Sình", "male", 1970),
    }


@pytest.fixture
def page(ui, qtbot, workspace, training, people):
    widget = TrainingsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_list_and_details(page, training):
    assert page.model.rowCount() == 1
    assert page.selected().id == training
    assert "Nhà văn hóa bản Lả" in page.details.text()
    assert "Kỹ năng số" in page.details.text()


def test_check_in_by_typing_part_of_a_name_without_accents(page, qtbot, workspace, training, people):
    page.open_checkin()
    view: CheckInView = page.checkin
    assert page.stack.currentWidget() is view
    assert view.current_day() == TODAY.isoformat()  # a 3-day training opens on today
    assert view.day.isVisibleTo(view) and view.day.count() == 3
    type_text(view.name, "dang dun")
    assert view.matches.count() == 1
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    assert workspace.trainings.attendance(training)[TODAY.isoformat()] == [people["dung"]]
    assert view.status.text() == "✓ Đã điểm danh: Đặng Thị Dung"
    assert view.name.text() == ""
    assert view.checked_in.count() == 1
    assert view.count.text() == "Đã điểm danh: 1"


def test_duplicate_check_in_is_calm_and_not_counted(page, qtbot, workspace, training, people):
    page.open_checkin()
    view = page.checkin
    for _ in range(2):
        type_text(view.name, "lo van")
        qtbot.keyClick(view.name, Qt.Key.Key_Return)
    assert workspace.trainings.attendance(training)[TODAY.isoformat()] == [people["panh"]]
    assert view.status.text() == "Lò Văn Pánh đã điểm danh ngày này rồi."
    assert "b00020" not in view.status.styleSheet()  # not shown as an error
    assert view.checked_in.count() == 1


def test_arrow_keys_choose_another_match_and_days_are_separate(page, qtbot, workspace, training, people):
    page.open_checkin()
    view = page.checkin
    type_text(view.name, "van")                    # Lò Văn Pánh, then Vàng A Sình
    assert view.matches.count() == 2
    qtbot.keyClick(view.name, Qt.Key.Key_Down)
    chosen = view.matches.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    view.day.setCurrentIndex(0)                    # yesterday
    assert view.checked_in.count() == 0
    type_text(view.name, "van")
    qtbot.keyClick(view.name, Qt.Key.Key_Down)
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    per_day = workspace.trainings.attendance(training)
    assert per_day[TODAY.isoformat()] == [chosen] == per_day[(TODAY - timedelta(days=1)).isoformat()]


def test_add_a_new_participant_inline(page, qtbot, workspace, training, monkeypatch):
    page.open_checkin()
    view = page.checkin
    type_text(view.name, "Hoàng Thị Mỷ")
    assert view.matches.count() == 0
    assert "Hoàng Thị Mỷ" in view.status.text()

    def fill_and_save(dialog: ParticipantDialog):
        assert dialog.full_name.text() == "Hoàng Thị Mỷ"
        dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", fill_and_save)
    new_id = view.add_person()
    assert workspace.participants.get(new_id).full_name == "Hoàng Thị Mỷ"
    assert workspace.trainings.attendance(training)[TODAY.isoformat()] == [new_id]


def test_sign_in_sheet_pdf_has_the_names(page, qtbot, workspace, training, people, tmp_path, monkeypatch):
    workspace.trainings.attend(training, list(people.values()), TODAY)
    target = tmp_path / "ký tên.pdf"
    asked = []

    def save_name(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(page.sheet_written, timeout=20000) as signal:
        page.buttons["sheet"].click()
    assert signal.args == [str(target)]
    assert asked[0].endswith("Danh sách ký tên - Tập huấn kỹ năng số cho người có uy tín.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    for name in ("Lò Văn Pánh", "Đặng Thị Dung", "Vàng A Sình"):
        assert name in text
    assert page.open_sheet_button.isVisibleTo(page)
    page.writer.wait()


def test_attach_scan(page, workspace, training, tmp_path, monkeypatch):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed sheet\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    assert page.attach_scan()
    sha = workspace.trainings.get(training).sheet_hash
    assert workspace.media.has(sha)
    assert page.buttons["open_scan"].isEnabled()
    assert "đã đính kèm" in page.details.text()


def test_training_dialog_validation(ui, qtbot, workspace):
    dialog = TrainingDialog(workspace.trainings)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.errors.text("title") == "Hãy nhập tên lớp/hội nghị."
    type_text(dialog.title, "Hội nghị phổ biến pháp luật")
    dialog.start.setDate(QDate(2026, 3, 10))
    dialog.end.setDate(QDate(2026, 3, 8))
    dialog.accept()
    assert dialog.errors.text("end_date")
    assert workspace.trainings.list() == []
    dialog.end.setDate(QDate(2026, 3, 11))
    dialog.cost.setText("15.000.000")
    dialog.funding.setCurrentIndex(dialog.funding.findData("local"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = workspace.trainings.get(dialog.training_id)
    assert (saved.start_date, saved.end_date, saved.cost, saved.funding) == (
        "2026-03-10", "2026-03-11", 15_000_000, "local")


def test_sheet_file_name_is_safe():
    assert sheet_file_name("Danh sách", 'Lớp "A/B": kỹ năng?') == "Danh sách - Lớp A B kỹ năng.pdf"


def test_three_day_training_with_120_people_checked_in_and_printed(ui, qtbot, workspace, tmp_path, monkeypatch):
    family = ["Lò", "Vàng", "Đặng", "Giàng", "Hoàng", "Lường"]
    middle = ["Văn", "Thị", "A", "Seo"]
    given = ["Pánh", "Dung", "Sình", "Mỷ", "Hặc", "Ơn", "Khằm", "Ñoong", "Đức", "Quyết"]
    names = [f"{family[n % 6]} {middle[n // 6 % 4]} {given[n // 24 % 10]} {n:03d}" for n in range(120)]
    ids = [workspace.participants.add(name, "female" if n % 2 else "male", 1960 + n % 40)
           for n, name in enumerate(names)]
    training = workspace.trainings.add("Bồi dưỡng kỹ năng số ba ngày", "training",
                                       TODAY, TODAY + timedelta(days=2))
    page = TrainingsPage(workspace)
    qtbot.addWidget(page)
    page.open_checkin()
    view = page.checkin
    for day in range(3):
        view.day.setCurrentIndex(day)
        for name in names:
            type_text(view.name, name.split()[-1])   # the number is enough to find them
            qtbot.keyClick(view.name, Qt.Key.Key_Return)
        assert view.count.text() == "Đã điểm danh: 120"
    per_day = workspace.trainings.attendance(training)
    assert [sorted(ps) for ps in per_day.values()] == [sorted(ids)] * 3
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    page.close_checkin()
    with qtbot.waitSignal(page.sheet_written, timeout=60000):
        assert page.print_sheet()
    page.writer.wait()
    text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    for name in names:
        assert text.count(name) == 3, name  # once on each day's sheet
