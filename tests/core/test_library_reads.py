"""Reads the library screen and the kiosk need: cover sources, browsing by filters, languages
in use, topic counts, and grouping chosen files into materials."""

from __future__ import annotations

from desktop.core.importer import group_files
from desktop.core.materials import MaterialFileIn
from tests.core.material_files import make_pdf, make_wav, png_bytes


def test_cover_sources_prefer_a_page_or_picture(workspace, tmp_path):
    m = workspace.materials
    pdf = make_pdf(tmp_path / "a.pdf", ["Bản tin"])
    wav = make_wav(tmp_path / "a.wav")
    png = tmp_path / "p.png"
    png.write_bytes(png_bytes())
    with_pdf = m.add([MaterialFileIn(wav, "vie", "narration"), MaterialFileIn(pdf, "vie")], title="A").id
    picture = m.add([MaterialFileIn(png, "khm")], title="B", kind="poster").id
    audio = m.add([MaterialFileIn(make_wav(tmp_path / "b.wav", 2.0), "blt")], title="C").id
    sources = m.cover_sources([with_pdf, picture, audio, "missing"])
    assert sources[with_pdf][1] == "application/pdf"
    assert sources[picture][1] == "image/png"
    assert sources[audio][1].startswith("audio/")
    assert "missing" not in sources
    assert m.cover_sources([]) == {}


def test_languages_in_use_and_topic_counts_leave_out_withdrawn_and_deleted(workspace, tmp_path):
    m, s = workspace.materials, workspace.search
    a = m.add([MaterialFileIn(make_pdf(tmp_path / "a.pdf", ["a"]), "vie"),
               MaterialFileIn(make_pdf(tmp_path / "b.pdf", ["b"]), "bru")],
              title="A", topics=["agriculture", "health"]).id
    b = m.add([MaterialFileIn(make_wav(tmp_path / "c.wav"), "blt")], title="B",
              topics=["agriculture"]).id
    c = m.add([MaterialFileIn(make_wav(tmp_path / "d.wav", 2.5), "khm")], title="C",
              topics=["legal"]).id
    assert s.languages_in_use() == ["vie", "khm", "blt", "bru"]  # the list's order
    assert s.topic_counts() == {"agriculture": 2, "health": 1, "legal": 1}
    assert s.topic_counts(lang="bru") == {"agriculture": 1, "health": 1}
    m.set_withdrawn(b)
    m.delete(c)
    assert set(s.languages_in_use()) == {"vie", "bru"}
    assert set(s.languages_in_use(include_withdrawn=True)) == {"vie", "bru", "blt"}
    assert s.topic_counts(lang="blt") == {}
    assert s.topic_counts(lang="blt", include_withdrawn=True) == {"agriculture": 1}
    assert s.browse_count(lang="bru") == 1 and [h.id for h in s.browse(lang="bru")] == [a]
    assert s.browse_count() == 1 and s.browse_count(include_withdrawn=True) == 2
    assert [h.id for h in s.browse(topic="agriculture", include_withdrawn=True)] == [b, a]  # latest first


def test_group_files_keeps_language_versions_together(tmp_path):
    files = [tmp_path / n for n in ("so-tay.vie.pdf", "so-tay.bru.pdf", "ban_tin.mp3", "bang.xlsx")]
    for f in files:
        f.write_bytes(b"x")
    groups, skipped = group_files(files, "vie")
    assert skipped == ["bang.xlsx"]
    by_title = {g.title: g for g in groups}
    assert [(f.lang, f.path.name) for f in by_title["so tay"].files] == [
        ("vie", "so-tay.vie.pdf"), ("bru", "so-tay.bru.pdf")]
    assert by_title["ban tin"].kind == "audio"
