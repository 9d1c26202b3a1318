"""Importing materials: every format by content, bad files refused whole, duplicates, edits, use."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core import demo, filetypes
from desktop.core.errors import NotFound, PointError, ValidationError
from desktop.core.materials import MaterialFileIn, Materials
from desktop.core.media import sha256_file
from tests.core.material_files import (
    FIXTURES,
    cp1258,
    image_bytes,
    make_pdf,
    make_wav,
    png_bytes,
    write,
)

VI_PAGE = "Hướng dẫn phòng chống lừa đảo qua mạng\nCho đồng bào Ê Đê ở Đắk Lắk"


@pytest.fixture
def materials(workspace) -> Materials:
    return workspace.materials


def counts(ws) -> dict[str, int]:
    q = ws.store.scalar
    return {t: q(f"SELECT count(*) FROM {t}") for t in
            ("material", "material_file", "material_text", "material_fts", "search_doc")}


def media_files(ws) -> list[Path]:
    return [p for p in ws.paths.media.rglob("*") if p.is_file() and ws.paths.media_tmp not in p.parents]


def one(tmp_path: Path, name: str, data: bytes | str) -> list[MaterialFileIn]:
    return [MaterialFileIn(write(tmp_path / name, data))]


# -- every format --------------------------------------------------------------------------
def _sample(tmp_path: Path, ext: str) -> Path:
    path = tmp_path / f"sample{ext}"
    if ext == ".pdf":
        return make_pdf(path, [VI_PAGE, "Trang hai"])
    if ext == ".wav":
        return make_wav(path, 1.5)
    if ext == ".png":
        return write(path, png_bytes())
    if ext in (".jpg", ".webp", ".gif"):
        return write(path, image_bytes({".jpg": "JPEG", ".webp": "WEBP", ".gif": "GIF"}[ext]))
    if ext in (".mp3", ".ogg", ".m4a", ".mp4"):
        name = {".mp3": "tone.mp3", ".ogg": "tone.ogg", ".m4a": "tone.m4a", ".mp4": "clip.mp4"}[ext]
        return Path(shutil.copy(FIXTURES / name, path))
    if ext == ".txt":
        return write(path, "Bản tin nông nghiệp: kỹ thuật trồng cà phê\n")
    if ext == ".html":
        return write(path, "<html><body><h1>Bản tin</h1><p>Trồng cà phê</p></body></html>")
    raise AssertionError(ext)


@pytest.mark.parametrize("ext, mime", [
    (".pdf", "application/pdf"), (".png", "image/png"), (".jpg", "image/jpeg"),
    (".webp", "image/webp"), (".gif", "image/gif"), (".mp3", "audio/mpeg"), (".wav", "audio/wav"),
    (".ogg", "audio/ogg"), (".m4a", "audio/mp4"), (".mp4", "video/mp4"), (".txt", "text/plain"),
    (".html", "text/html"),
])
def test_every_supported_format_imports(workspace, materials, tmp_path, ext, mime):
    path = _sample(tmp_path, ext)
    result = materials.add([MaterialFileIn(path, "vie")], title=f"Mẫu {ext}")
    assert not result.existed
    item = materials.get(result.id)
    (file,) = item["files"]
    assert file["mime"] == mime and file["size"] == path.stat().st_size and file["present"]
    assert Path(file["path"]).read_bytes() == path.read_bytes()
    family = filetypes.FORMATS[ext].family
    # An image is its own cover; a PDF's cover is drawn by the UI from page one.
    assert (item["cover_hash"] == file["media_hash"]) == (family == "image")
    if ext == ".pdf":
        assert file["pages"] == 2 and file["has_text"]
    if ext == ".wav":
        assert file["duration_s"] == pytest.approx(1.5)
    assert file["has_text"] == (ext in (".pdf", ".txt", ".html"))


def test_pdf_text_is_extracted_for_search(workspace, materials, tmp_path):
    pdf = make_pdf(tmp_path / "lua-dao.pdf", [VI_PAGE])
    result = materials.add([MaterialFileIn(pdf)], title="Tài liệu tuyên truyền")
    body = materials.text_of(materials.get(result.id)["files"][0]["media_hash"])
    assert "lừa đảo" in body and "Đắk Lắk" in body
    assert [h.id for h in workspace.search.search("dak lak")] == [result.id]


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"), lambda t: t.encode("utf-8-sig"), lambda t: t.encode("utf-16"),
    lambda t: t.encode("utf-16-le"), lambda t: t.encode("utf-16-be"), cp1258,
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1258"])
def test_text_files_in_the_encodings_vietnamese_pcs_write(workspace, materials, tmp_path, encode):
    text = "Người có uy tín ở bản Phăng hướng dẫn đăng ký định danh điện tử\n" * 3
    result = materials.add(one(tmp_path, "note.txt", encode(text)), title="Ghi chú")
    body = materials.text_of(materials.get(result.id)["files"][0]["media_hash"])
    assert body.startswith("Người có uy tín ở bản Phăng")
    assert [h.id for h in workspace.search.search("dinh danh dien tu")] == [result.id]


def test_html_text_leaves_out_scripts_and_tags(workspace, materials, tmp_path):
    page = ("<html><head><style>.x{color:red}</style><script>var hidden='zzscript'</script></head>"
            "<body><p>Thương mại <b>điện tử</b> &amp; nông sản</p></body></html>")
    result = materials.add(one(tmp_path, "page.html", page), title="Trang web")
    body = materials.text_of(materials.get(result.id)["files"][0]["media_hash"])
    assert "Thương mại điện tử & nông sản" in body and "zzscript" not in body and "<b>" not in body


def test_body_text_is_capped(workspace, materials, tmp_path, monkeypatch):
    from desktop.core import textextract

    monkeypatch.setattr(textextract, "MAX_TEXT", 1000)
    result = materials.add(one(tmp_path, "long.txt", "chữ " * 2000), title="Dài")
    sha = materials.get(result.id)["files"][0]["media_hash"]
    assert len(materials.text_of(sha)) == 1000
    assert workspace.store.scalar("SELECT truncated FROM material_text WHERE media_hash = ?", [sha]) == 1


# -- bad files: a clear reason, nothing half-imported -------------------------------------------
BAD = [
    ("fake.pdf", png_bytes(), "file-type-mismatch"),
    ("fake.png", b"%PDF-1.4\n" + b"x" * 50, "file-type-mismatch"),
    ("notes.txt", png_bytes(), "file-type-mismatch"),
    ("song.mp3", b"just some words, not sound", "file-type-mismatch"),
    ("clip.mp4", b"\x00\x01\x02\x03 no box here" * 3, "file-type-mismatch"),
    ("empty.pdf", b"", "file-empty"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ntrailer <<>>\n%%EOF", "file-damaged"),
    ("broken.wav", b"RIFF\x10\x00\x00\x00WAVEfmt ", "file-damaged"),
    ("setup.exe", b"MZ\x90\x00", "file-type-unsupported"),
]


@pytest.mark.parametrize("name, data, code", BAD, ids=[b[0] for b in BAD])
def test_a_bad_file_is_refused_and_nothing_is_kept(workspace, materials, tmp_path, name, data, code):
    good = make_pdf(tmp_path / "good.pdf", ["Trang tốt"])
    before, media_before = counts(workspace), media_files(workspace)
    files = [MaterialFileIn(good), MaterialFileIn(write(tmp_path / name, data), "bru")]
    with pytest.raises(ValidationError) as caught:
        materials.add(files, title="Song ngữ")
    assert caught.value.code == code
    assert name in str(caught.value.params.get("name") or caught.value.params.get("path"))
    assert counts(workspace) == before
    assert media_files(workspace) == media_before  # checked before any byte was stored
    assert list(workspace.paths.media_tmp.iterdir()) == []


def test_missing_and_unreadable_files(workspace, materials, tmp_path):
    before = counts(workspace)
    with pytest.raises(PointError) as caught:
        materials.add([MaterialFileIn(tmp_path / "nowhere.pdf")], title="Không có")
    assert caught.value.code == "file-missing" and "nowhere.pdf" in caught.value.params["path"]
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(PointError) as caught:
        materials.add([MaterialFileIn(tmp_path / "folder.pdf")], title="Thư mục")
    assert caught.value.code == "file-missing"
    assert counts(workspace) == before


def test_encrypted_pdf_is_refused(workspace, materials, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(make_pdf(tmp_path / "open.pdf", ["Bí mật"])))
    writer.encrypt("mat-khau", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as handle:
        writer.write(handle)
    with pytest.raises(ValidationError) as caught:
        materials.add([MaterialFileIn(tmp_path / "locked.pdf")], title="Khóa")
    assert caught.value.code == "pdf-encrypted"


def test_size_limit(workspace, tmp_path):
    small = Materials(workspace.store, workspace.media, max_file_size=100)
    with pytest.raises(ValidationError) as caught:
        small.add(one(tmp_path, "big.txt", "x" * 101), title="Lớn")
    assert caught.value.code == "file-too-large" and caught.value.params["name"] == "big.txt"
    assert small.add(one(tmp_path, "ok.txt", "x" * 100), title="Vừa").id


def test_a_failed_transaction_leaves_no_rows(workspace, materials, tmp_path, monkeypatch):
    before = counts(workspace)
    real = workspace.store.insert

    def failing(table, row, origin=None):
        if table == "material_file":
            raise OSError("disk gone")
        return real(table, row, origin)

    monkeypatch.setattr(workspace.store, "insert", failing)
    with pytest.raises(OSError):
        materials.add([MaterialFileIn(make_pdf(tmp_path / "a.pdf", [VI_PAGE]))], title="Hỏng giữa chừng")
    assert counts(workspace) == before


def test_bad_metadata(materials, tmp_path):
    files = one(tmp_path, "a.txt", "chữ")
    for kwargs, code in [({"title": "  "}, "title-missing"), ({"title": "x" * 501}, "text-too-long"),
                         ({"title": "t", "kind": "novel"}, "kind-unknown"),
                         ({"title": "t", "topics": ["cooking"]}, "topic-unknown"),
                         ({"title": "t", "audiences": ["aliens"]}, "audience-unknown"),
                         ({"title": "t", "issue_date": "20/6/2026"}, "date-invalid")]:
        with pytest.raises(ValidationError) as caught:
            materials.add(files, **kwargs)
        assert caught.value.code == code
    with pytest.raises(ValidationError) as caught:
        materials.add([MaterialFileIn(files[0].path, "klingon")], title="t")
    assert (caught.value.code, caught.value.field, caught.value.params["code"]) == \
        ("language-unknown", "lang", "klingon")
    with pytest.raises(ValidationError) as caught:
        materials.add([], title="t")
    assert caught.value.code == "files-missing"


# -- duplicates ----------------------------------------------------------------------------
def test_the_same_file_twice_is_one_material_unless_forced(workspace, materials, tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", [VI_PAGE])
    first = materials.add([MaterialFileIn(pdf)], title="Lần một")
    copy = Path(shutil.copy(pdf, tmp_path / "copy-of-a.pdf"))
    again = materials.add([MaterialFileIn(copy)], title="Lần hai")
    assert again.existed and again.id == first.id
    assert materials.count() == 1
    forced = materials.add([MaterialFileIn(copy)], title="Lần hai", force=True)
    assert not forced.existed and forced.id != first.id and materials.count() == 2
    stored = [p for p in media_files(workspace) if p.name == sha256_file(pdf)]
    assert len(stored) == 1  # the bytes are stored once


def test_bilingual_material_and_an_added_version(workspace, materials, tmp_path):
    vie = make_pdf(tmp_path / "so-tay.pdf", ["Sổ tay kỹ năng số"])
    bru = make_pdf(tmp_path / "so-tay-bru.pdf", ["Sổ tay (tiếng Bru-Vân Kiều)"])
    result = materials.add([MaterialFileIn(vie, "vi"), MaterialFileIn(bru, "bru")],
                           title="Sổ tay kỹ năng số", kind="handbook", topics=["digital-skills"])
    assert materials.get(result.id)["langs"] == ["bru", "vie"]
    audio = Path(shutil.copy(FIXTURES / "tone.mp3", tmp_path / "doc.mp3"))
    materials.add_file(result.id, MaterialFileIn(audio, "vie", role="narration"))
    item = materials.get(result.id)
    assert [f["role"] for f in item["files"]] == ["main", "main", "narration"]
    # The same bytes, whatever their order, are the same material.
    assert materials._identical([sha256_file(audio), sha256_file(bru), sha256_file(vie)]) == result.id
    assert materials._identical([sha256_file(bru), sha256_file(vie)]) is None


# -- folder import -------------------------------------------------------------------------
def test_folder_import(workspace, materials, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    make_pdf(folder / "so-tay.vie.pdf", ["Sổ tay"])
    make_pdf(folder / "so-tay.bru.pdf", ["Sổ tay Bru"])
    shutil.copy(FIXTURES / "tone.mp3", folder / "ban_tin-thang-3.mp3")
    write(folder / "notes.docx", b"PK\x03\x04")
    write(folder / "fake.pdf", "not a pdf")
    steps = []
    report = materials.import_folder(folder, lang="vie", progress=lambda n, total, name: steps.append(n))
    assert sorted(name for name, _ in report.added) == ["ban_tin-thang-3.mp3", "so-tay.bru.pdf"]
    assert [name for name, _ in report.failed] == ["fake.pdf"]
    assert report.skipped == ["notes.docx"] and not report.cancelled
    titles = {r["title"]: r for r in materials.list()}
    assert titles["so tay"]["langs"] == ["bru", "vie"]
    assert titles["ban tin thang 3"]["kind"] == "audio"
    assert steps[-1] == 3
    again = materials.import_folder(folder)
    assert len(again.existing) == 2 and again.added == []


def test_a_cancelled_import_leaves_nothing(workspace, materials, tmp_path):
    before = counts(workspace)
    files = [MaterialFileIn(make_pdf(tmp_path / "a.pdf", ["A"])), MaterialFileIn(make_wav(tmp_path / "b.wav"))]
    with pytest.raises(PointError) as caught:
        materials.add(files, title="Dừng", cancelled=lambda: True)
    assert caught.value.code == "interrupted" and counts(workspace) == before
    seen = []
    materials.add(files, title="Tiến độ", progress=seen.append)
    assert seen[-1] == sum(f.path.stat().st_size for f in files)


def test_folder_import_can_be_cancelled(materials, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    for n in range(3):
        write(folder / f"tin-{n}.txt", f"Bản tin số {n}")
    report = materials.import_folder(folder, cancelled=lambda: True)
    assert report.cancelled and report.added == [] and materials.count() == 0


# -- the library list, edits, use events ------------------------------------------------------
@pytest.fixture
def library(workspace, materials, tmp_path) -> dict[str, str]:
    ids = {}
    for n, (title, kind, topics, lang) in enumerate([
        ("Bản tin nông nghiệp", "bulletin", ["agriculture"], "vie"),
        ("Tờ rơi bầu cử", "leaflet", ["legal"], "khm"),
        ("Sổ tay chuyển đổi số", "handbook", ["digital-skills"], "vie"),
    ]):
        path = write(tmp_path / f"{n}.txt", f"{title} {n}")
        ids[kind] = materials.add([MaterialFileIn(path, lang)], title=title, kind=kind,
                                  topics=topics, audiences=["villager"]).id
    return ids


def test_page_count_and_filters(materials, library):
    assert materials.count() == 3
    pages = [r["id"] for r in materials.page(0, 2)] + [r["id"] for r in materials.page(2, 2)]
    assert sorted(pages) == sorted(library.values())  # pages cover all, each once
    assert [r["title"] for r in materials.page(0, 10, order="title")][0] == "Bản tin nông nghiệp"
    assert materials.count(kind="leaflet") == 1 and materials.count(lang="khm") == 1
    assert materials.count(topic=["agriculture", "legal"]) == 2
    assert materials.count(audience="villager") == 3
    assert materials.page(0, 10, lang="km")[0]["langs"] == ["khm"]


def test_edit_withdraw_delete(workspace, materials, library):
    mid = library["bulletin"]
    materials.update(mid, title="Bản tin nông nghiệp tháng 6", topics=["agriculture", "health"],
                     issue_date="2026-06-01")
    item = materials.get(mid)
    assert item["title"] == "Bản tin nông nghiệp tháng 6" and item["topics"] == ["agriculture", "health"]
    with pytest.raises(ValidationError):
        materials.update(mid, deleted=1)
    materials.set_withdrawn(mid)
    assert materials.get(mid)["withdrawn"] and materials.count(include_withdrawn=False) == 2
    materials.set_withdrawn(mid, False)
    materials.delete(mid)
    with pytest.raises(NotFound):
        materials.get(mid)
    assert workspace.store.count("material_file", "material_id = ? AND deleted = 0", [mid]) == 0
    assert materials.count() == 2


def test_use_events(workspace, materials, library):
    use = materials.record_use(library["leaflet"], lang="km", channel="kiosk")
    materials.set_use_seconds(use, 42)
    row = workspace.store.get("material_use", use)
    assert (row["material_id"], row["lang"], row["channel"], row["seconds"]) == \
        (library["leaflet"], "khm", "kiosk", 42)
    assert row["day"] == row["used_at"][:10]
    with pytest.raises(ValidationError):
        materials.record_use(library["leaflet"], channel="radio")
    with pytest.raises(ValidationError):
        materials.set_use_seconds(use, -1)
    with pytest.raises(NotFound):
        materials.record_use("no-such-material")


def test_extract_pending_indexes_bulk_inserted_files(workspace):
    demo.generate(workspace, demo.DemoSizes(materials=30, visits=5, trainings=1, participants=5))
    assert workspace.search.search("tai lieu mau do tinh bien soan") == []
    assert workspace.materials.extract_pending() > 0
    assert len(workspace.search.search("tai lieu mau do tinh bien soan", limit=100)) == 30
    assert workspace.materials.extract_pending() == 0


def test_seed_documents_import_once(workspace):
    first = demo.import_seed_documents(workspace)
    assert demo.import_seed_documents(workspace) == first
    assert workspace.materials.count() == 4
