"""End to end through the dashboard with real point workspaces: an answer typed in the
browser form reaches the point (network sync, and USB bundle upload + reply download),
and a material published from the browser arrives at the points."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from sqlalchemy import text

from tests.hubproc import HubProcess
from tests.province.browser import add_staff
from tests.province.test_dashboard import Web
from tests.sync.helpers import Point, enroll, hub_engine, make_point

PASSWORD = "mật-khẩu-đủ-dài"


def _staff(hub: HubProcess) -> Web:
    add_staff(hub, "anna", PASSWORD)
    web = Web(hub.url)
    assert web.login("anna", PASSWORD).status_code == 303
    return web


def _opinion_form(web: Web, point: str) -> str:
    page = web.get(f"/opinions?point={point}&status=unanswered").text
    return re.search(rf'action="/opinions/{point}/([^/]+)/answer"', page).group(1)


def _answer(web: Web, point: str, feedback_id: str, answer: str) -> None:
    done = web.post(f"/opinions/{point}/{feedback_id}/answer",
                    data={"text": answer, "back": f"/opinions?point={point}", "csrf_token": web.token("/opinions")})
    assert done.status_code == 303, done.text
    assert done.headers["location"].startswith(f"/opinions?point={point}&saved={point}")


def _opinions_at(point: Point) -> list[dict]:
    listed = point.cli("feedback", "list", "--json")
    assert listed.code == 0, listed.err
    return json.loads(listed.out)


def _record_count(hub: HubProcess) -> int:
    engine = hub_engine(hub)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM record")).scalar())
    finally:
        engine.dispose()


def test_an_answer_from_the_dashboard_reaches_the_point_by_network(hub: HubProcess, tmp_path: Path) -> None:
    point = make_point(tmp_path, "XA-01")
    enroll(hub, point)
    assert point.cli("feedback", "add", "Bản Phăng cần thêm một máy tính", "--village", "Bản Phăng",
                     "--topic", "digital-skills").code == 0
    assert point.cli("sync").code == 0
    web = _staff(hub)
    overview = web.get("/").text
    assert "1 ý kiến chưa trả lời" in overview
    assert "Chủ đề: Kỹ năng số" in web.get("/opinions").text and "Thôn: Bản Phăng" in web.get("/opinions").text
    fid = _opinion_form(web, "XA-01")
    _answer(web, "XA-01", fid, "Tỉnh đang xem xét.")
    _answer(web, "XA-01", fid, "Tỉnh sẽ cấp thêm 2 máy vào tháng 12.")  # a second answer, within the second
    assert "2 câu trả lời, điểm thấy câu mới nhất" in web.get("/opinions?point=XA-01").text
    answered = web.get("/opinions?point=XA-01&status=answered").text
    assert "Tỉnh sẽ cấp thêm 2 máy vào tháng 12." in answered and "Trả lời bởi anna" in answered
    assert "ý kiến chưa trả lời" not in web.get("/").text
    # Before the point syncs it still waits; afterwards it shows the answer.
    assert _opinions_at(point)[0]["status"] != "answered"
    synced = point.cli("sync", "--json")
    assert synced.code == 0, synced.err
    (opinion,) = _opinions_at(point)
    assert opinion["id"] == fid and opinion["status"] == "answered"
    assert opinion["answer"]["text"] == "Tỉnh sẽ cấp thêm 2 máy vào tháng 12."
    assert opinion["answer"]["answered_by"] == "anna"
    # Nobody else receives it: the answer row is targeted at XA-01.
    other = make_point(tmp_path, "XA-02")
    enroll(hub, other)
    assert other.cli("sync").code == 0
    with other.open() as ws:
        assert ws.store.count("feedback_answer") == 0


def test_answer_form_refuses_empty_text_and_unknown_opinions(hub: HubProcess, tmp_path: Path) -> None:
    point = make_point(tmp_path, "XA-05")
    enroll(hub, point)
    assert point.cli("feedback", "add", "Ý kiến thử").code == 0
    assert point.cli("sync").code == 0
    web = _staff(hub)
    fid = _opinion_form(web, "XA-05")
    before = _record_count(hub)
    empty = web.post(f"/opinions/XA-05/{fid}/answer", data={"text": "   ", "csrf_token": web.token("/opinions")})
    assert empty.status_code == 400 and "Hãy nhập nội dung trả lời." in empty.text
    ghost = web.post("/opinions/XA-05/khong-co/answer", data={"text": "x", "csrf_token": web.token("/opinions")})
    assert ghost.status_code == 400 and "Không thấy ý kiến này của điểm XA-05." in ghost.text
    assert _record_count(hub) == before


def _zip_folder(folder: Path, root: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, path.relative_to(root).as_posix())
    return buffer.getvalue()


def test_usb_bundle_upload_and_reply_download_carry_the_answer(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        point = make_point(tmp_path, "XA-07", visits=5)
        enroll(hub, point)
        assert point.cli("feedback", "add", "Xin tài liệu tiếng Mông").code == 0
        stick = tmp_path / "stick"
        stick.mkdir()
        exported = point.cli("bundle", "export", "--to", str(stick), "--json")
        assert exported.code == 0, exported.err
        web = _staff(hub)
        upload = _zip_folder(stick / "COMMUNE-SYNC", stick)
        done = web.post("/bundles/upload", data={"csrf_token": web.token("/bundles")},
                        files={"files": ("usb.zip", upload, "application/zip")})
        assert done.status_code == 200, done.text
        assert "Đã nhập gói của điểm XA-07" in done.text
        page = web.get("/").text
        row = re.search(r'<tr id="point-XA-07".*?</tr>', page, re.S).group(0)
        assert "<td>USB</td>" in row and "1 ý kiến chưa trả lời" in row
        assert "Nhập gói USB của điểm" in web.get("/points/XA-07").text
        # The same bundle again changes nothing.
        rows = _record_count(hub)
        again = web.post("/bundles/upload", data={"csrf_token": web.token("/bundles")},
                         files={"files": ("usb.zip", upload, "application/zip")})
        assert "(0 mới)" in again.text and _record_count(hub) == rows

        _answer(web, "XA-07", _opinion_form(web, "XA-07"), "Đã gửi 3 tờ rơi tiếng Mông.")
        assert "cần xuất gói trả lời USB" in web.get("/").text
        reply = web.post("/bundles/reply", data={"point": "XA-07", "csrf_token": web.token("/bundles")})
        assert reply.status_code == 200 and reply.headers["content-type"] == "application/zip"
        assert "XA-07-reply-" in reply.headers["content-disposition"]
        assert "gói trả lời đã xuất" in web.get("/").text
        back = tmp_path / "stick-back"
        zipfile.ZipFile(io.BytesIO(reply.content)).extractall(back)
        assert list(back.glob("COMMUNE-SYNC/XA-07/from-province/reply-*/manifest.json"))
        imported = point.cli("bundle", "import", str(back))
        assert imported.code == 0, imported.err
        (opinion,) = _opinions_at(point)
        assert opinion["status"] == "answered" and opinion["answer"]["text"] == "Đã gửi 3 tờ rơi tiếng Mông."
    finally:
        hub.stop()


def test_a_refused_bundle_says_why_and_changes_nothing(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        point = make_point(tmp_path, "XA-08", visits=2)
        enroll(hub, point)
        stick = tmp_path / "stick"
        stick.mkdir()
        assert point.cli("bundle", "export", "--to", str(stick)).code == 0
        (folder,) = stick.glob("COMMUNE-SYNC/XA-08/to-province/out-*")
        part = sorted(folder.glob("records-*.bin"))[0]
        blob = bytearray(part.read_bytes())
        blob[len(blob) // 2] ^= 0xFF
        part.write_bytes(bytes(blob))
        web = _staff(hub)
        before = _record_count(hub)
        # The files of the bundle folder, chosen together (no zip).
        files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in sorted(folder.iterdir())]
        refused = web.post("/bundles/upload", data={"csrf_token": web.token("/bundles")}, files=files)
        assert refused.status_code == 400
        assert "Gói bị từ chối, không nhập gì" in refused.text and "bị cắt cụt hoặc bị sửa" in refused.text
        junk = web.post("/bundles/upload", data={"csrf_token": web.token("/bundles")},
                        files={"files": ("notes.txt", b"not a bundle")})
        assert junk.status_code == 400 and "không phải gói đồng bộ" in junk.text
        broken_zip = web.post("/bundles/upload", data={"csrf_token": web.token("/bundles")},
                              files={"files": ("stick.zip", b"PK\x03\x04 broken")})
        assert broken_zip.status_code == 400 and "không phải gói đồng bộ" in broken_zip.text
        none = web.post("/bundles/upload", data={"csrf_token": web.token("/bundles")})
        assert none.status_code == 400 and "Hãy chọn ít nhất một tệp." in none.text
        assert _record_count(hub) == before
        no_key = web.post("/bundles/reply", data={"point": "XA-08", "csrf_token": web.token("/bundles")})
        assert no_key.status_code == 400 and "Chưa nhận gói nào từ điểm XA-08" in no_key.text
        assert not list((hub.data_dir / "tmp").glob("*"))  # scratch folders cleaned up
    finally:
        hub.stop()


def test_a_material_published_from_the_browser_reaches_every_point(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        points = [make_point(tmp_path, code) for code in ("XA-11", "XA-12")]
        for point in points:
            enroll(hub, point)
        web = _staff(hub)
        leaflet = ("Ntawv qhia — tờ rơi song ngữ\n" * 2000).encode()
        missing_title = web.post("/publish", data={"title": " ", "lang": "hnj", "csrf_token": web.token()},
                                 files={"files": ("to-roi.txt", leaflet)})
        assert missing_title.status_code == 400 and "Hãy nhập tiêu đề tài liệu" in missing_title.text
        empty = web.post("/publish", data={"title": "Rỗng", "issuer": "Sở TT&TT", "csrf_token": web.token()},
                         files={"files": ("rong.txt", b"")})
        assert empty.status_code == 400 and "rỗng" in empty.text
        assert 'value="Sở TT&amp;TT"' in empty.text  # what was typed is kept
        bad_lang = web.post("/publish", data={"title": "X", "lang": "vietnamese", "csrf_token": web.token()},
                            files={"files": ("a.txt", b"abc")})
        assert bad_lang.status_code == 400 and "không hợp lệ" in bad_lang.text
        done = web.post("/publish", data={"title": "Tờ rơi song ngữ Mông–Việt", "lang": "hnj", "kind": "leaflet",
                                          "topics": ["agriculture", "digital-skills"], "csrf_token": web.token()},
                        files=[("files", ("to-roi-hmong.txt", leaflet)), ("files", ("ban-in.pdf", b"%PDF-1.4 x"))])
        assert done.status_code == 200 and "Đã phát hành “Tờ rơi song ngữ Mông–Việt” (2 tệp)" in done.text
        for point in points:
            assert point.cli("sync").code == 0
            listed = json.loads(point.cli("material", "list", "--json").out)
            assert [m["title"] for m in listed] == ["Tờ rơi song ngữ Mông–Việt"]
            assert listed[0]["kind"] == "leaflet" and listed[0]["langs"] == ["hnj"]
            assert sorted(listed[0]["topics"]) == ["agriculture", "digital-skills"]
    finally:
        hub.stop()


def test_bundles_carried_through_the_command_line_show_as_usb_contacts(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        point = make_point(tmp_path, "XA-21", visits=2)
        enroll(hub, point)
        assert point.cli("sync").code == 0  # first by network ...
        assert hub.cli("publish", str(_file(tmp_path)), "--title", "Cẩm nang").code == 0
        stick = tmp_path / "stick"
        stick.mkdir()
        assert point.cli("bundle", "export", "--to", str(stick)).code == 0
        imported = hub.cli("bundle", "import", str(stick))  # ... then by USB
        assert imported.code == 0, imported.err
        web = _staff(hub)
        row = re.search(r'<tr id="point-XA-21".*?</tr>', web.get("/").text, re.S).group(0)
        assert "<td>USB</td>" in row and "cần xuất gói trả lời USB" in row
        assert hub.cli("bundle", "export", "--point", "XA-21", "--to", str(stick)).code == 0
        row = re.search(r'<tr id="point-XA-21".*?</tr>', web.get("/").text, re.S).group(0)
        assert "gói trả lời đã xuất" in row and "cần xuất gói" not in row
        contacts = re.search(r'<ul class="plain" id="contacts">(.*?)</ul>', web.get("/points/XA-21").text, re.S)
        lines = re.findall(r"<li>(.*?)</li>", contacts.group(1), re.S)
        assert lines[0].startswith("Xuất gói trả lời USB") and lines[1].startswith("Nhập gói USB của điểm")
    finally:
        hub.stop()


def _file(folder: Path) -> Path:
    path = folder / "cam-nang.txt"
    path.write_text("Cẩm nang chuyển đổi số\n" * 100, encoding="utf-8")
    return path


def test_a_database_fault_shows_a_page_not_a_traceback(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        assert hub.cli("point", "add", "--code", "XA-31", "--name", "Điểm XA-31").code == 0
        web = _staff(hub)
        engine = hub_engine(hub)
        try:
            with engine.begin() as conn:
                conn.execute(text("DROP TABLE point_contact"))
        finally:
            engine.dispose()
        broken = web.get("/")
        assert broken.status_code == 500 and broken.headers["content-type"].startswith("text/html")
        assert "Lỗi chương trình: OperationalError. Xem nhật ký." in broken.text and "Traceback" not in broken.text
        assert "dashboard error in GET /" in hub.log_tail(200)
        assert web.get("/health").json()["status"] == "ok"  # the sync API goes on
    finally:
        hub.stop()
