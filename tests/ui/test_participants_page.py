import pytest
from PySide6.QtWidgets import QDialog, QLabel

from desktop.core.participants import consent_notice
from desktop.ui.participant_dialog import ConsentNoticeDialog, EraseDialog, ParticipantDialog
from desktop.ui.participants_page import ParticipantsPage

from .conftest import type_text


@pytest.fixture
def page(ui, qtbot, workspace):
    widget = ParticipantsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def people(workspace):
    p = workspace.participants
    return {
        "panh": p.add("Lò Văn Pánh", "male", 1980, village="Bản Lả", ethnicity="03"),
        "dung": p.add("Đặng Thị Dung", "female", 1992, village="Bản Hon"),
        "hoa": p.add("Giàng Thị Hoa", "female", 2001),
    }


def dialog(workspace, qtbot, person=None, name=""):
    d = ParticipantDialog(workspace.participants, ["Bản Lả", "Bản Hon"], person, name=name)
    qtbot.addWidget(d)
    d.show()
    return d


def test_search_without_accents(people, page, qtbot):
    assert page.model.rowCount() == 3
    assert page.count.text() == "3 người"
    type_text(page.search, "dang dung")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).full_name == "Đặng Thị Dung"
    assert page.count.text() == "Tìm thấy 1 trên 3"


def test_validation_message_next_to_the_field_and_nothing_saved(ui, qtbot, workspace):
    d = dialog(workspace, qtbot)
    type_text(d.full_name, "Lường Văn Hặc")
    d.sex.setCurrentIndex(0)  # not chosen
    d.accept()
    assert d.errors.text("sex") == "Hãy chọn giới tính."
    assert d.focusWidget() is d.sex
    assert workspace.participants.count() == 0
    d.sex.setCurrentIndex(d.sex.findData("male"))
    d.birth_year.setText("2999")
    d.accept()
    assert d.errors.text("sex") == ""
    assert "2999" in d.errors.text("birth_year")
    assert workspace.participants.count() == 0
    d.birth_year.setText("1975")
    d.phone.setText("12ab")
    d.accept()
    assert d.errors.text("phone")
    assert workspace.participants.count() == 0
    d.phone.setText("0912 345 678")
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    saved = workspace.participants.get(d.participant_id)
    assert (saved.full_name, saved.birth_year, saved.phone) == ("Lường Văn Hặc", 1975, "0912345678")


def test_duplicates_suggested_while_typing(ui, qtbot, workspace, people):
    d = dialog(workspace, qtbot)
    assert d.suggestions.isHidden()
    type_text(d.full_name, "lo van pan")
    qtbot.waitUntil(lambda: d.suggestions.count() >= 1)
    assert d.suggestions.isVisibleTo(d)
    assert d.suggestions.item(0).text().startswith("Lò Văn Pánh · 1980 · Bản Lả")
    d.use_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.picked_existing and d.participant_id == people["panh"]
    assert workspace.participants.count() == 3


def test_consent_notice_shown_and_recorded(ui, qtbot, workspace, monkeypatch):
    notice = ConsentNoticeDialog()
    qtbot.addWidget(notice)
    assert notice.text.toPlainText() == consent_notice("vi")
    assert notice.text.font().pointSizeF() > notice.font().pointSizeF() * 1.5
    notice.language.setCurrentIndex(notice.language.findData("en"))
    assert notice.text.toPlainText() == consent_notice("en")

    d = dialog(workspace, qtbot, name="Vàng A Sình")
    d.sex.setCurrentIndex(d.sex.findData("male"))
    # The operator reads the notice out and the person agrees.
    shown = []

    def agree(self):
        shown.append(self.text.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConsentNoticeDialog, "exec", agree)
    d.notice_button.click()
    assert shown == [consent_notice("vi")]
    assert d.consent.isChecked()
    d.accept()
    assert workspace.participants.get(d.participant_id).consent_at


def test_correct_and_record_consent_later(people, page, qtbot, workspace):
    page.select(people["hoa"])
    assert page.selected().full_name == "Giàng Thị Hoa"
    d = page.make_dialog(page.selected())
    qtbot.addWidget(d)
    assert d.full_name.text() == "Giàng Thị Hoa" and not d.consent.isChecked()
    d.village.setEditText("Bản Pho")
    d.consent.setChecked(True)
    d.accept()
    person = workspace.participants.get(people["hoa"])
    assert person.village == "Bản Pho" and person.consent_at
    again = page.make_dialog(person)
    qtbot.addWidget(again)
    assert again.consent.isChecked() and not again.consent.isEnabled()


def test_erase_needs_a_strong_confirmation(ui, qtbot, workspace, people):
    person = workspace.participants.get(people["panh"])
    d = EraseDialog(person)
    qtbot.addWidget(d)
    text = d.findChild(QLabel, "erase_text").text()
    assert "Lò Văn Pánh" in text and "không thể hoàn tác" in text
    assert not d.erase_button.isEnabled()
    d.confirm.setChecked(True)
    assert d.erase_button.isEnabled()


def test_erase_removes_the_participant(people, page, qtbot, workspace, monkeypatch):
    page.select(people["panh"])
    monkeypatch.setattr(page, "confirm_erase", lambda person: False)
    assert not page.erase_selected()
    assert workspace.participants.get(people["panh"]) is not None
    monkeypatch.setattr(page, "confirm_erase", lambda person: True)
    page.select(people["panh"])
    assert page.erase_selected()
    assert workspace.participants.get(people["panh"]) is None
    assert workspace.participants.count() == 2
    assert page.model.rowCount() == 2
    assert "Lò Văn Pánh" in page.status.text()
