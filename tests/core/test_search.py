"""Searching materials: Vietnamese folding, prefixes, body text, minority scripts, filters, ranking,
and an index that follows every write path."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core import demo
from desktop.core.errors import ValidationError
from desktop.core.materials import MaterialFileIn
from desktop.core.search import match_expression, query_words
from tests.core.material_files import write

KHMER_WORD = "ព័ត៌មាន"  # "news"
KHMER_TITLE = f"{KHMER_WORD} សុខភាព"  # news, health


@pytest.fixture
def seeded(workspace):
    """The four real seed documents plus a few materials with the names users search for."""
    seeds = demo.import_seed_documents(workspace)
    return workspace, seeds


def add(ws, tmp_path, title: str, body: str | None = None, lang: str = "vie", **kwargs) -> str:
    # Distinct bytes per material: the same file twice would be the same material.
    body = body if body is not None else f"Nội dung của tài liệu: {title}"
    path = write(tmp_path / f"{abs(hash((title, body, lang)))}.txt", body)
    return ws.materials.add([MaterialFileIn(path, lang)], title=title, **kwargs).id


def ids(ws, query: str, **kwargs) -> list[str]:
    return [h.id for h in ws.search.search(query, limit=100, **kwargs)]


def seed(seeds: list[str], number: int) -> str:
    return seeds[number]


# -- Vietnamese folding -----------------------------------------------------------------------
@pytest.mark.parametrize("query", ["dak lak", "Đắk Lắk", "ĐẮK LẮK", "dAk LaK",
                                   unicodedata.normalize("NFD", "Đắk Lắk")])
def test_dak_lak_however_it_is_typed(seeded, tmp_path, query):
    ws, _ = seeded
    target = add(ws, tmp_path, "Cà phê Đắk Lắk vào sàn thương mại điện tử")
    assert ids(ws, query) == [target]


@pytest.mark.parametrize("query", ["nguoi co uy tin", "Người có uy tín", "NGƯỜI CÓ UY TÍN",
                                   unicodedata.normalize("NFD", "người có uy tín")])
def test_respected_persons(seeded, tmp_path, query):
    ws, _ = seeded
    target = add(ws, tmp_path, "Bồi dưỡng kỹ năng số cho người có uy tín")
    found = ids(ws, query)
    assert found[0] == target  # the seeds say it too, in their body
    assert found == ids(ws, "nguoi co uy tin")


def test_prefix_matches_as_the_user_types(seeded, tmp_path):
    ws, _ = seeded
    target = add(ws, tmp_path, "Người có uy tín với chuyển đổi số")
    for typed in ("ng", "ngu", "nguo", "người c", "nguoi co u"):
        assert target in ids(ws, typed), typed
    assert target not in ids(ws, "nguo ")  # a finished word is no longer a prefix
    assert match_expression("người c") == '"nguoi" "c"*'


def test_words_in_the_body_of_the_seed_documents(seeded):
    ws, seeds = seeded
    assert ids(ws, "khuyến khích") == [seed(seeds, 0)]
    assert ids(ws, "khuyen khich") == [seed(seeds, 0)]
    assert seed(seeds, 3) in ids(ws, "website")
    assert seed(seeds, 3) in ids(ws, "ap phich")
    assert ids(ws, "đối thoại") == [seed(seeds, 2)] or seed(seeds, 2) in ids(ws, "doi thoai")


def test_manh_me_finds_the_seed_written_in_nfd(seeded):
    ws, seeds = seeded
    found = ids(ws, "mạnh mẽ")
    assert seed(seeds, 2) in found
    assert ids(ws, unicodedata.normalize("NFD", "mạnh mẽ")) == found == ids(ws, "manh me")


def test_kind_topic_and_audience_names_are_searchable(seeded, tmp_path):
    ws, _ = seeded
    target = add(ws, tmp_path, "Kỹ thuật chăm sóc cây", kind="leaflet", topics=["agriculture"],
                 audiences=["respected-person"])
    assert target in ids(ws, "nông nghiệp")
    assert target in ids(ws, "to roi")  # the kind's name
    assert target in ids(ws, "agriculture")
    assert target in ids(ws, "uy tin")  # the audience's name


# -- minority languages -------------------------------------------------------------------------
def test_khmer_words_stay_whole(seeded, tmp_path):
    ws, _ = seeded
    target = add(ws, tmp_path, KHMER_TITLE, lang="khm")
    assert ids(ws, KHMER_WORD) == [target]
    assert ids(ws, KHMER_TITLE) == [target]
    # A letter from inside the word is not a word of its own.
    assert ids(ws, KHMER_WORD[0] + " ") == []
    assert query_words(KHMER_WORD) == [KHMER_WORD]
    vowel_sign_inside = "\u17d0"
    assert vowel_sign_inside in KHMER_WORD and ids(ws, vowel_sign_inside) == []


def test_minority_latin_letters_with_breve(seeded, tmp_path):
    ws, _ = seeded
    target = add(ws, tmp_path, "Klei mblang kơ hdră̆ng Ê Đê: mnuih ĕ kơ̆ng", lang="rad")
    assert target in ids(ws, "hdrang")
    assert target in ids(ws, "kơ̆ng") and target in ids(ws, "kong")
    assert target in ids(ws, "ĕ mnuih") and target in ids(ws, "e mnuih")
    assert target in ids(ws, unicodedata.normalize("NFD", "kơ̆ng"))


@pytest.mark.parametrize("query", ["H'Mông", "H’Mông", "hmong", "HMÔNG", "h'mong"])
def test_apostrophes_do_not_matter(seeded, tmp_path, query):
    ws, _ = seeded
    target = add(ws, tmp_path, "Truyện cổ H'Mông", lang="hnj")
    assert ids(ws, query) == [target]


# -- what the user types is never query syntax ---------------------------------------------------
NASTY = ['"', "'", "*", "-", "(", ")", ")(", "^", "+", ":", "{", "}", "[]", '""', '"dak', 'dak"',
         "dak*", "*dak", "dak-lak", "(dak lak)", "dak OR lak", "NOT dak", "dak AND", "AND", "OR",
         "NEAR(dak lak)", "NEAR(", "title:dak", "{title}: dak", "tags : zzcurrent", "zzkleaflet",
         "^dak", 'a"b', "dak lak\"", "\\", "%", "_", "dak_lak", "\x00", "   ", "", "đ" * 500,
         " ".join(["lak"] * 50)]


@pytest.mark.parametrize("query", NASTY)
def test_no_input_raises(seeded, tmp_path, query):
    ws, _ = seeded
    add(ws, tmp_path, "Cà phê Đắk Lắk")
    assert isinstance(ws.search.search(query), list)
    assert ws.search.count(query) >= 0


def test_punctuated_words_still_match(seeded, tmp_path):
    ws, _ = seeded
    target = add(ws, tmp_path, "Kinh tế - xã hội vùng Đắk Lắk")
    for query in ('"dak lak"', "(dak lak)", "dak-lak", "dak*", "kinh-te", "xa hoi!"):
        assert target in ids(ws, query), query
    # Filter tokens are not reachable by typing them.
    assert ids(ws, "zzcurrent") == [] and ids(ws, "zzkother") == []


# -- filters ----------------------------------------------------------------------------------
def test_filters_by_kind_topic_language_audience(seeded, tmp_path):
    ws, _ = seeded
    a = add(ws, tmp_path, "Bản tin phòng chống thiên tai", kind="bulletin",
            topics=["disaster-prevention"], audiences=["villager"])
    b = add(ws, tmp_path, "Tờ rơi phòng chống thiên tai", kind="leaflet", lang="blt",
            topics=["disaster-prevention", "health"])
    assert set(ids(ws, "thien tai")) == {a, b}
    assert ids(ws, "thien tai", kind="leaflet") == [b]
    assert set(ids(ws, "thien tai", kind=["leaflet", "bulletin"])) == {a, b}
    assert ids(ws, "thien tai", lang="blt") == [b]
    assert ids(ws, "thien tai", lang="vi") == [a]
    assert ids(ws, "thien tai", topic="health") == [b]
    assert ids(ws, "thien tai", audience="villager") == [a]
    assert ids(ws, "thien tai", kind="leaflet", lang="vie") == []
    assert ws.search.count("thien tai", kind="leaflet") == 1
    for bad in ({"kind": "novel"}, {"topic": "x"}, {"lang": "zz"}, {"audience": "x"}):
        with pytest.raises(ValidationError):
            ws.search.search("thien tai", **bad)


def test_withdrawn_and_deleted_materials(seeded, tmp_path):
    ws, _ = seeded
    a = add(ws, tmp_path, "Hướng dẫn bầu cử 2021")
    b = add(ws, tmp_path, "Hướng dẫn bầu cử 2026")
    ws.materials.set_withdrawn(a)
    assert ids(ws, "bau cu") == [b]
    assert set(ids(ws, "bau cu", include_withdrawn=True)) == {a, b}
    assert [h.withdrawn for h in ws.search.search("bau cu 2021", include_withdrawn=True)] == [True]
    ws.materials.set_withdrawn(a, False)
    ws.materials.delete(b)
    assert ids(ws, "bau cu", include_withdrawn=True) == [a]


# -- ranking ------------------------------------------------------------------------------------
def test_title_matches_come_first(seeded, tmp_path):
    ws, seeds = seeded
    in_body = add(ws, tmp_path, "Bản tin tháng 5", body="Cảnh giác lừa đảo qua mạng. " * 40)
    in_title = add(ws, tmp_path, "Phòng chống lừa đảo trên điện thoại và mạng xã hội, "
                                 "hướng dẫn cho đồng bào vùng cao", body="Nội dung khác.")
    hits = ws.search.search("lua dao")
    assert [h.id for h in hits][:2] == [in_title, in_body]
    # Seed titles hold "truyền thông"; other seeds only mention it in their body.
    titled = {s for s in seeds if "truyền thông" in ws.materials.get(s)["title"].lower()}
    found = ids(ws, "truyền thông")
    assert set(found[:len(titled)]) == titled and len(found) > len(titled)


def test_scores_never_rise_down_the_list_and_pages_fit(seeded, tmp_path):
    ws, _ = seeded
    for n in range(12):
        add(ws, tmp_path, f"Sổ tay nông nghiệp số {n}", body="nông nghiệp " * (n + 1))
    hits = ws.search.search("nong nghiep", limit=100)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    paged = [h.id for k in range(0, len(hits), 5) for h in ws.search.search("nong nghiep", limit=5, offset=k)]
    assert paged == [h.id for h in hits]
    assert hits[0].as_dict().keys() == {"id", "title", "kind", "langs", "score"}


def test_common_words_rank_without_bm25(seeded, tmp_path, monkeypatch):
    from desktop.core import search

    ws, _ = seeded
    long_title = add(ws, tmp_path, "Hướng dẫn trồng lúa nước cho bà con các bản vùng cao")
    short_title = add(ws, tmp_path, "Trồng lúa nước")
    in_body = add(ws, tmp_path, "Bản tin tháng 7", body="Kỹ thuật trồng lúa nước.")
    rare = [h.id for h in ws.search.search("trong lua nuoc")]
    monkeypatch.setattr(search, "SELECTIVE_DF", 1)  # every word now counts as common
    common = ws.search.search("trong lua nuoc")
    assert [h.id for h in common][:3] == [short_title, long_title, in_body]  # then the seeds
    assert set(rare) == {h.id for h in common} and rare[2] == in_body
    assert [h.score for h in common] == sorted((h.score for h in common), reverse=True)


def test_more_matches_than_the_rank_window_stay_reachable(workspace, tmp_path, monkeypatch):
    from desktop.core import search

    ws = workspace
    monkeypatch.setattr(search, "RANK_WINDOW", 5)
    made = {add(ws, tmp_path, f"Bản tin thời tiết số {n}") for n in range(12)}
    found = [h.id for h in ws.search.search("thoi tiet", limit=50)]
    assert set(found) == made and len(found) == 12
    assert ws.search.count("thoi tiet") == 12


# -- the index follows every write path -----------------------------------------------------------
def test_demo_bulk_inserts_are_searchable(workspace):
    demo.generate(workspace, demo.DemoSizes(materials=60, visits=5, trainings=1, participants=5))
    assert len(ids(workspace, "nuoi ga tha doi")) >= 2
    assert len(ids(workspace, "huong dan", kind="handbook")) >= 10
    assert workspace.store.scalar("SELECT count(*) FROM material_fts") == workspace.materials.count()


def test_edits_reach_the_index(seeded, tmp_path):
    ws, _ = seeded
    mid = add(ws, tmp_path, "Bản tin Tết Nguyên đán", body="Tháng mười")
    ws.materials.update(mid, title="Bản tin mùa gặt")
    assert ids(ws, "mua gat") == [mid] and ids(ws, "tet nguyen dan") == []
    ws.materials.update(mid, description="Hướng dẫn thu hoạch lúa nương")
    assert ids(ws, "lua nuong") == [mid]
    store = ws.store
    # A raw tombstone, then undoing it (as a sync might), then a raw hard delete.
    store.conn.execute("UPDATE material SET deleted = 1 WHERE id = ?", [mid])
    assert ids(ws, "mua gat") == []
    store.conn.execute("UPDATE material SET deleted = 0 WHERE id = ?", [mid])
    assert ids(ws, "mua gat") == [mid]
    file_id = ws.materials.get(mid)["files"][0]["id"]
    store.tombstone("material_file", file_id)  # no live file left: nothing to show
    assert ids(ws, "mua gat") == []
    store.update("material_file", file_id, {"deleted": 0, "lang": "khm"})
    assert ids(ws, "mua gat", lang="khm") == [mid]


def test_rows_arriving_like_a_sync_does(workspace):
    """Material first, its file later, with INSERT OR IGNORE / OR REPLACE as sync code may write."""
    conn = workspace.store.conn
    stamp = {"origin": "province", "hlc": "1", "created_at": "2026-01-01"}
    conn.execute("INSERT OR IGNORE INTO material (id, title, kind, origin, hlc, created_at) "
                 "VALUES ('m1', 'Cẩm nang phòng chống dịch', 'manual', :origin, :hlc, :created_at)", stamp)
    assert ids(workspace, "cam nang") == []  # nothing to show until a file arrives
    row = dict(stamp, material_id="m1", media_hash="h" * 64)
    for verb in ("INSERT OR IGNORE", "INSERT OR IGNORE", "INSERT OR REPLACE"):
        conn.execute(f"{verb} INTO material_file (id, material_id, lang, media_hash, filename, mime, "
                     "size, origin, hlc, created_at) VALUES ('f1', :material_id, 'vie', :media_hash, "
                     "'a.pdf', 'application/pdf', 10, :origin, :hlc, :created_at)", row)
        assert ids(workspace, "cam nang") == ["m1"]
    conn.execute("INSERT OR REPLACE INTO material (id, title, kind, origin, hlc, created_at) "
                 "VALUES ('m1', 'Cẩm nang mới', 'manual', 'province', '2', '2026-01-02')")
    assert ids(workspace, "cam nang moi") == ["m1"]
    conn.execute("INSERT OR IGNORE INTO material_text (media_hash, body, extracted_at) "
                 "VALUES (:h, 'rửa tay bằng xà phòng', 'now')", {"h": "h" * 64})
    assert ids(workspace, "xa phong") == ["m1"]
    assert workspace.store.scalar("SELECT count(*) FROM material_fts") == 1


def test_rebuild_gives_the_same_answers(seeded, tmp_path):
    ws, _ = seeded
    add(ws, tmp_path, "Cà phê Đắk Lắk", topics=["agriculture"])
    queries = ["dak lak", "ke hoach", "manh me", "nong nghiep", "truyen thong"]
    before = {q: ids(ws, q) for q in queries}
    assert ws.search.rebuild() == ws.materials.count()
    assert {q: ids(ws, q) for q in queries} == before
    assert not ws.search.labels_stale()
