import pytest

from desktop.ui.feedback_page import FeedbackPage

from .conftest import type_text


@pytest.fixture
def page(ui, qtbot, workspace):
    widget = FeedbackPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_record_an_anonymous_opinion(page, workspace):
    type_text(page.text, "Bản Lả cần thêm lớp học dùng điện thoại thông minh")
    page.topic.setCurrentIndex(page.topic.findData("digital-skills"))
    page.village.setEditText("Bản Lả")
    assert page.save()
    [opinion] = workspace.feedback.list()
    assert (opinion.topic, opinion.village, opinion.author_name, opinion.status) == (
        "digital-skills", "Bản Lả", None, "new")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "Mới"
    assert page.text.toPlainText() == ""
    assert "Bản Lả cần thêm lớp học" in page.detail.text()


def test_empty_opinion_is_refused_next_to_the_field(page, workspace):
    assert page.save() is None
    assert page.errors.text("text")
    assert workspace.feedback.list() == []


def test_a_name_needs_consent(page, workspace):
    type_text(page.text, "Đường vào bản bị sạt lở")
    page.author.setText("Lò Thị Hiền")
    assert page.consent.isEnabled()
    assert page.save() is None
    assert page.errors.text("consent")
    assert workspace.feedback.list() == []
    page.consent.setChecked(True)
    assert page.save()
    assert workspace.feedback.list()[0].author_name == "Lò Thị Hiền"


def test_status_and_the_provinces_answer(page, workspace):
    first = workspace.feedback.add("Xin hỗ trợ giống ngô", topic="agriculture")
    workspace.feedback.add("Mạng điện thoại yếu")
    workspace.feedback.mark_sent([first])
    workspace.store.insert("feedback_answer", {
        "feedback_id": first, "text": "Sở sẽ cấp giống vụ xuân.", "answered_by": "Sở Nông nghiệp",
        "answered_at": "2026-03-01T02:00:00Z"}, origin="province")
    page.refresh(select=first)
    assert page.selected().status == "answered"
    assert "Sở sẽ cấp giống vụ xuân." in page.detail.text()
    assert "Sở Nông nghiệp" in page.detail.text()
    assert "Đã trả lời: 1" in page.counts.text() and "Mới: 1" in page.counts.text()
    page.status.setCurrentIndex(page.status.findData("new"))
    page.refresh()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert "Tỉnh chưa trả lời." in page.detail.text()
