"""Opinions: recording with consent rules, status new/sent/answered, and the province's answer."""

from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError
from desktop.messages import MESSAGES


def test_add_and_list_newest_first(workspace):
    fb = workspace.feedback
    first = fb.add("Bà con mong được hướng dẫn trồng cà phê.", topic="agriculture", village="Bản Khá")
    second = fb.add("Cần thêm tài liệu tiếng Thái.\nVề tiêm chủng.", channel="kiosk")
    listed = fb.list()
    assert {o.id for o in listed} == {first, second}  # newest first; same second: by id
    o = fb.get(first)
    assert (o.topic, o.village, o.status, o.channel, o.answer) == ("agriculture", "Bản Khá", "new",
                                                                   "operator", None)
    assert fb.get(second).text == "Cần thêm tài liệu tiếng Thái.\nVề tiêm chủng."


def test_a_voice_message_without_text(workspace):
    sha = "a" * 64
    oid = workspace.feedback.add(None, audio_hash=sha, channel="kiosk", topic="health")
    assert workspace.feedback.get(oid).audio_hash == sha and workspace.feedback.get(oid).text == ""


@pytest.mark.parametrize(("fields", "code", "field"), [
    ({"text": "   "}, "feedback-text-missing", "text"),
    ({"text": "x" * 2001}, "too-long", "text"),
    ({"topic": "cooking"}, "topics-unknown", "topic"),
    ({"channel": "sms"}, "feedback-channel-unknown", "channel"),
    ({"author_name": "Lò Văn Pánh"}, "feedback-consent-missing", "consent"),
    ({"participant_id": "ghost", "consent": True}, "participant-unknown", "participant"),
    ({"audio_hash": "not-a-hash"}, "audio-invalid", "audio"),
])
def test_bad_input_names_the_field_and_saves_nothing(workspace, fields, code, field):
    with pytest.raises(ValidationError) as caught:
        workspace.feedback.add(**{"text": "Ý kiến", **fields})
    assert (caught.value.code, caught.value.field) == (code, field)
    assert code in MESSAGES
    assert workspace.store.count("feedback", "1") == 0


def test_named_with_consent(workspace):
    pid = workspace.participants.add("Lò Văn Pánh", "male", 1980)
    oid = workspace.feedback.add("Ý kiến", author_name="Lò Văn Pánh", participant_id=pid, consent=True)
    o = workspace.feedback.get(oid)
    assert (o.author_name, o.participant_id, o.consent) == ("Lò Văn Pánh", pid, True)


def test_status_moves_from_new_to_sent_to_answered(workspace):
    fb, store = workspace.feedback, workspace.store
    a, b = fb.add("Một"), fb.add("Hai")
    assert fb.mark_sent([a, b]) == 2 and fb.mark_sent([a]) == 0
    assert fb.counts() == {"new": 0, "sent": 2, "answered": 0}
    # The province's answer arrives through sync as a feedback_answer row.
    store.insert("feedback_answer", {"feedback_id": a, "text": "Xã sẽ mở lớp vào tháng 5.",
                                     "answered_by": "Sở KH&CN", "answered_at": "2026-04-01T08:00:00Z"},
                 origin="province")
    o = fb.get(a)
    assert o.status == "answered" and o.answer.text == "Xã sẽ mở lớp vào tháng 5."
    assert [x.id for x in fb.list("answered")] == [a] and [x.id for x in fb.list("sent")] == [b]
    assert fb.mark_answered() == 1 and fb.mark_answered() == 0
    assert store.get("feedback", a)["status"] == "answered"
    # A later answer replaces the shown one.
    store.insert("feedback_answer", {"feedback_id": a, "text": "Đã mở lớp.", "answered_by": None,
                                     "answered_at": "2026-05-02T08:00:00Z"}, origin="province")
    assert fb.get(a).answer.text == "Đã mở lớp."
    with pytest.raises(ValidationError):
        fb.list("lost")


def test_an_opinion_the_province_acknowledged_shows_as_sent(workspace):
    # The sync records what the province acknowledged (network or USB) as the meta `acked_seq`;
    # opinions at or below it are sent, later ones are still new, and nothing is rewritten for it.
    fb, store = workspace.feedback, workspace.store
    first = fb.add("Xin mở lớp dạy dùng điện thoại")
    delivered_up_to = int(store.get("feedback", first)["seq"])
    store.set_meta("acked_seq", str(delivered_up_to))
    later = fb.add("Loa truyền thanh bản Huổi Só bị hỏng")
    assert fb.get(first).status == "sent" and fb.get(later).status == "new"
    assert fb.counts() == {"new": 1, "sent": 1, "answered": 0}
    assert [o.id for o in fb.list("sent")] == [first] and [o.id for o in fb.list("new")] == [later]
    assert store.get("feedback", first)["seq"] == delivered_up_to  # no extra change waiting to be sent
