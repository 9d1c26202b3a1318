"""Participants: validation, consent, duplicate suggestions, name search, correction and erasure."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.core.errors import NotFound, ValidationError
from desktop.core.participants import Participants, consent_notice
from desktop.messages import MESSAGES, message


def test_add_stores_nfc_text_and_consent(workspace):
    people = workspace.participants
    typed = unicodedata.normalize("NFD", "  Lò   Văn Pánh ")
    pid = people.add(typed, "male", "1980", ethnicity="3", village="Bản Khá",
                     group_code="respected-person", phone="+84 912-345.678", consent=True,
                     consent_note="Đọc thông báo bằng tiếng Thái")
    p = people.get(pid)
    assert p.full_name == "Lò Văn Pánh" and unicodedata.is_normalized("NFC", p.full_name)
    assert (p.birth_year, p.ethnicity, p.group_code, p.phone) == (1980, "03", "respected-person", "0912345678")
    assert p.consent_at and p.consent_note == "Đọc thông báo bằng tiếng Thái"
    other = people.add("Quàng Thị Xuân", "female")
    assert people.get(other).consent_at is None
    people.record_consent(other, "Đồng ý bằng lời")
    assert people.get(other).consent_at is not None


def test_the_consent_notice_exists_in_both_languages():
    assert "Dân tộc" in consent_notice("vi") and "Ethnicity" in consent_notice("en")


THIS_YEAR = date.today().year


@pytest.mark.parametrize(("fields", "code", "field"), [
    ({"full_name": "  "}, "name-missing", "full_name"),
    ({"full_name": "A" * 201}, "too-long", "full_name"),
    ({"sex": ""}, "sex-missing", "sex"),
    ({"sex": "nam"}, "sex-unknown", "sex"),
    ({"birth_year": THIS_YEAR + 1}, "birth-year-invalid", "birth_year"),
    ({"birth_year": 1899}, "birth-year-invalid", "birth_year"),
    ({"birth_year": "198O"}, "birth-year-invalid", "birth_year"),
    ({"ethnicity": "55x"}, "ethnicity-unknown", "ethnicity"),
    ({"group_code": "chief"}, "group-unknown", "group"),
    ({"phone": "09x123"}, "phone-invalid", "phone"),
    ({"village": "V" * 101}, "too-long", "village"),
])
def test_bad_input_names_the_field_and_saves_nothing(workspace, fields, code, field):
    base = {"full_name": "Lò Văn Pánh", "sex": "male", "birth_year": 1980}
    with pytest.raises(ValidationError) as caught:
        workspace.participants.add(**{**base, **fields})
    assert (caught.value.code, caught.value.field) == (code, field)
    assert code in MESSAGES and "{" not in message(code, "en", **caught.value.params)
    assert workspace.store.count("participant", "1") == 0


def test_a_future_birth_year_message_says_the_limit(workspace):
    with pytest.raises(ValidationError) as caught:
        workspace.participants.add("Lò Văn Pánh", "male", THIS_YEAR + 5)
    assert str(THIS_YEAR) in message(caught.value.code, "vi", **caught.value.params)


@pytest.fixture
def registry(workspace) -> tuple[Participants, dict[str, str]]:
    people = workspace.participants
    ids = {
        "panh": people.add("Lò Văn Pánh", "male", 1980, village="Bản Khá"),
        "panh2": people.add("Lò Văn Pánh", "male", 1995, village="Bản Co Mận"),
        "panh3": people.add("Lo Van Panh", "male", 1980, village="Ban Kha"),
        "dinh": people.add("Đinh Thị Hoa", "female", 1990),
        "xuan": people.add("Quàng Thị Xuân", "female", 1985),
        "pang": people.add("Lò Văn Páng", "male", 1980, village="Bản Khá"),
    }
    return people, ids


def test_similar_ranks_same_birth_year_and_village_first(registry):
    people, ids = registry
    found = people.similar("lo van panh", birth_year=1980, village="Bản Khá")
    assert {s.participant.id for s in found[:2]} == {ids["panh"], ids["panh3"]}
    assert found[0].same_birth_year and found[0].same_village
    assert ids["panh2"] in [s.participant.id for s in found]
    assert ids["dinh"] not in [s.participant.id for s in found]
    # Typed decomposed, or with đ: same matches.
    assert people.similar(unicodedata.normalize("NFD", "Đinh thị hoa"))[0].participant.id == ids["dinh"]
    assert people.similar("dinh thi hoa")[0].participant.id == ids["dinh"]
    assert people.similar("   ") == []


def test_similar_can_leave_out_the_person_being_edited(registry):
    people, ids = registry
    found = people.similar("Đinh Thị Hoa", exclude=ids["dinh"])
    assert ids["dinh"] not in [s.participant.id for s in found]


def test_search_by_fragment_for_check_in(registry):
    people, ids = registry
    assert {p.id for p in people.search("pánh")} == {ids["panh"], ids["panh2"], ids["panh3"]}
    assert {p.id for p in people.search("văn pa")} == {ids["panh"], ids["panh2"], ids["panh3"], ids["pang"]}
    assert [p.id for p in people.search("ĐINH")] == [ids["dinh"]]
    assert [p.id for p in people.search("hoa dinh")] == [ids["dinh"]]  # words in any order
    assert people.search("%") == [] and people.search("_") == []
    assert people.search("") == []
    # Names starting with the typed text come first.
    assert people.search("x")[0].id == ids["xuan"]
    assert len(people.search("thi", limit=1)) == 1


def test_list_is_in_folded_name_order(registry):
    people, _ids = registry
    names = [p.full_name for p in people.list()]
    assert names[0] == "Đinh Thị Hoa" and names[-1] == "Quàng Thị Xuân"
    assert people.count() == 6 and len(people.list(offset=2, limit=2)) == 2


def test_correct_updates_and_keeps_no_old_personal_data(registry, workspace):
    people, ids = registry
    fixed = people.correct(ids["dinh"], full_name="Đinh Thị Hòa", birth_year=1991)
    assert (fixed.full_name, fixed.birth_year) == ("Đinh Thị Hòa", 1991)
    assert [p.id for p in people.search("hoa")] == [ids["dinh"]]
    assert workspace.store.scalar("SELECT count(*) FROM row_history") == 0
    with pytest.raises(ValidationError):
        people.correct(ids["dinh"], birth_year=THIS_YEAR + 1)
    assert people.get(ids["dinh"]).birth_year == 1991
    with pytest.raises(NotFound):
        people.correct("nobody", sex="male")


def test_erase_is_a_propagated_hard_delete_that_keeps_attendance(workspace, registry):
    people, ids = registry
    pid = ids["xuan"]
    training = workspace.trainings.add("Tập huấn kỹ năng số", "workshop", "2026-03-02")
    workspace.trainings.attend(training, [pid, ids["dinh"]], "2026-03-02")
    opinion = workspace.feedback.add("Ý kiến", participant_id=pid, consent=True)
    seq = workspace.store.max_seq()
    assert people.erase(pid) == 1
    assert people.get(pid) is None
    assert workspace.store.scalar("SELECT count(*) FROM participant WHERE id = ?", [pid]) == 0
    assert workspace.store.scalar("SELECT count(*) FROM participant_search WHERE id = ?", [pid]) == 0
    deletion = workspace.store.get("deletion", f"participant:{pid}")
    assert deletion["table_name"] == "participant" and deletion["row_id"] == pid
    assert deletion["seq"] > seq  # sequenced, so the erasure is synced
    assert people.search("xuân") == []
    # Attendance still counts; the person shows as erased.
    shown = workspace.trainings.show(training)
    assert shown["days"][0]["count"] == 2
    assert {"id": pid, "erased": True} in shown["days"][0]["participants"]
    assert workspace.feedback.get(opinion).participant_id is None
    with pytest.raises(NotFound):
        people.erase(pid)
