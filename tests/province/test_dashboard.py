"""The province dashboard over HTTP against a real hub process: login, sessions, lockout,
CSRF, escaping of what points send, security headers, language, stale points."""

from __future__ import annotations

import hashlib
import http.client
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from tests.hubproc import HubProcess
from tests.province.browser import add_staff
from tests.sync.helpers import enroll, hub_engine, make_point

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PAGES = ["/", "/points/XA-01", "/opinions", "/opinions?point=XA-01", "/publish", "/bundles", "/reports"]


class Web:
    """One browser's worth of cookies, talking to the real hub."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.session = requests.Session()

    def get(self, path: str, **kw: object) -> requests.Response:
        return self.session.get(self.base + path, allow_redirects=False, timeout=60, **kw)

    def post(self, path: str, **kw: object) -> requests.Response:
        return self.session.post(self.base + path, allow_redirects=False, timeout=120, **kw)

    def token(self, path: str = "/publish") -> str:
        page = self.get(path)
        assert page.status_code == 200, page.status_code
        return CSRF_RE.search(page.text).group(1)

    def login(self, username: str, password: str) -> requests.Response:
        form = self.get("/login")
        return self.post("/login", data={"username": username, "password": password, "next": "/",
                                         "csrf_token": CSRF_RE.search(form.text).group(1)})


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """One SQLite hub for the module, with two enrolled points that synced over the network."""
    root = tmp_path_factory.mktemp("dash")
    hub = HubProcess(root / "hub").start()
    try:
        for code, opinion in (("XA-01", "Xin thêm máy tính <script>alert('xa01')</script>"),
                              ("XA-02", "Mạng yếu ở bản Phăng")):
            point = make_point(root, code, visits=3)
            enroll(hub, point)
            assert point.cli("feedback", "add", opinion).code == 0
            synced = point.cli("sync")
            assert synced.code == 0, synced.err
        add_staff(hub, "anna", "mật-khẩu-đủ-dài", "admin")
        yield hub
    finally:
        hub.stop()


@pytest.fixture
def web(site: HubProcess) -> Web:
    client = Web(site.url)
    assert client.login("anna", "mật-khẩu-đủ-dài").status_code == 303
    return client


def test_every_page_needs_a_login_and_comes_back_after_it(site: HubProcess) -> None:
    anonymous = Web(site.url)
    for path in PAGES:
        answer = anonymous.get(path)
        assert answer.status_code == 303, path
        assert answer.headers["location"].startswith("/login"), path
    assert anonymous.get("/points/XA-01").headers["location"] == "/login?next=%2Fpoints%2FXA-01"
    for path in ("/opinions/XA-01/x/answer", "/publish", "/bundles/upload", "/bundles/reply", "/logout"):
        answer = anonymous.post(path, data={"text": "x"})
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login"), path
    # The sync API is untouched by the dashboard.
    assert anonymous.get("/health").json()["status"] == "ok"
    # Logging in lands on the page first asked for.
    form = anonymous.get("/login?next=%2Fpoints%2FXA-01")
    done = anonymous.post("/login", data={"username": "anna", "password": "mật-khẩu-đủ-dài",
                                          "next": "/points/XA-01",
                                          "csrf_token": CSRF_RE.search(form.text).group(1)})
    assert done.headers["location"] == "/points/XA-01"
    assert "XA-01" in anonymous.get("/points/XA-01").text


def test_a_redirect_after_login_never_leaves_the_site(site: HubProcess) -> None:
    for evil in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        client = Web(site.url)
        form = client.get("/login")
        done = client.post("/login", data={"username": "anna", "password": "mật-khẩu-đủ-dài", "next": evil,
                                           "csrf_token": CSRF_RE.search(form.text).group(1)})
        assert done.headers["location"] == "/", evil
    assert client.get("/lang/en?next=//evil.example").headers["location"] == "/"


def test_the_session_cookie_is_httponly_strict_and_stored_hashed(site: HubProcess) -> None:
    client = Web(site.url)
    done = client.login("anna", "mật-khẩu-đủ-dài")
    cookie = done.headers["set-cookie"]
    assert "hub_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    token = client.session.cookies["hub_session"]
    engine = hub_engine(site)
    try:
        with engine.connect() as conn:
            stored = [r[0] for r in conn.execute(text("SELECT token_hash FROM staff_session"))]
            users = conn.execute(text("SELECT password_hash FROM staff_user WHERE username = 'anna'")).scalar()
    finally:
        engine.dispose()
    assert token not in stored and hashlib.sha256(token.encode()).hexdigest() in stored
    assert users.startswith("scrypt$") and "mật-khẩu" not in users
    # Logging out ends the session on the hub: the same cookie opens nothing afterwards.
    assert client.post("/logout", data={"csrf_token": client.token()}).headers["location"] == "/login?bye=1"
    stolen = Web(site.url)
    stolen.session.cookies.set("hub_session", token)
    assert stolen.get("/").status_code == 303


def test_wrong_passwords_lock_the_account_and_say_so(site: HubProcess) -> None:
    add_staff(site, "binh", "mật-khẩu-của-bình", "staff")
    client = Web(site.url)
    for attempt in range(4):
        answer = client.login("binh", "sai-mật-khẩu")
        assert answer.status_code == 401, attempt
        assert "Sai tên đăng nhập hoặc mật khẩu." in answer.text
    locked = client.login("binh", "sai-mật-khẩu")
    assert locked.status_code == 403 and "tạm khóa" in locked.text and "15 phút" in locked.text
    # Locked means locked: even the right password is refused for now ...
    assert client.login("binh", "mật-khẩu-của-bình").status_code == 403
    assert client.get("/").status_code == 303
    # ... while other accounts are untouched, and an unknown name gets the same answer as a wrong password.
    assert Web(site.url).login("anna", "mật-khẩu-đủ-dài").status_code == 303
    unknown = Web(site.url).login("nobody", "whatever-long")
    assert unknown.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu." in unknown.text


def test_user_add_refuses_bad_input_with_a_sentence(site: HubProcess, tmp_path: Path) -> None:
    import subprocess

    def add(*args: str, password: str = "đủ-dài-rồi") -> subprocess.CompletedProcess:
        return subprocess.run([*site._base(), *args], input=f"{password}\n", capture_output=True,  # noqa: SLF001
                              text=True, encoding="utf-8", timeout=60)

    short = add("--lang", "en", "user", "add", "chi", "--role", "staff", password="short")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    taken = add("user", "add", "anna", "--role", "staff")
    assert taken.returncode == 1 and "Đã có tài khoản \"anna\"." in taken.stderr
    assert add("user", "add", "chi", "--role", "boss").returncode == 2
    bad = add("user", "add", "chi lan", "--role", "staff")
    assert bad.returncode == 1 and "không hợp lệ" in bad.stderr
    made = add("--json", "user", "add", "chi", "--role", "staff")
    assert made.returncode == 0 and '"role": "staff"' in made.stdout


def test_forms_without_the_session_token_are_refused_and_change_nothing(site: HubProcess, web: Web) -> None:
    page = web.get("/opinions?point=XA-02")
    fid = re.search(r'action="/opinions/XA-02/([^/]+)/answer"', page.text).group(1)
    before = page.text.count('class="answer"')
    for data in ({"text": "không có mã"}, {"text": "mã sai", "csrf_token": "0" * 64}):
        refused = web.post(f"/opinions/XA-02/{fid}/answer", data=data)
        assert refused.status_code == 403
        assert "Biểu mẫu đã hết hạn" in refused.text
    # A token from another staff member's session does not work in this one.
    other = Web(site.url)
    other.login("anna", "mật-khẩu-đủ-dài")
    stolen = other.token()
    assert web.post(f"/opinions/XA-02/{fid}/answer", data={"text": "x", "csrf_token": stolen}).status_code == 403
    assert web.post("/publish", data={"title": "x", "csrf_token": stolen},
                    files={"files": ("a.txt", b"abc")}).status_code == 403
    assert web.get("/opinions?point=XA-02").text.count('class="answer"') == before
    # The login form has its own token (a cookie of the login page).
    fresh = Web(site.url)
    assert fresh.post("/login", data={"username": "anna", "password": "mật-khẩu-đủ-dài"}).status_code == 403


def test_what_points_send_is_escaped(site: HubProcess, web: Web, tmp_path: Path) -> None:
    point = make_point(tmp_path, "XA-03")
    enroll(site, point)
    with point.open() as ws:
        ws.store.insert("material", {"title": "<script>alert('title')</script> Sổ tay", "kind": "handbook",
                                     "created_at": "2026-01-01T00:00:00Z"})
        with ws.store.atomic():
            own = ws.store.scalar("SELECT id FROM point")
            ws.store.update("point", own, {"address": "<img src=x onerror=alert(1)>"})
    assert point.cli("sync").code == 0
    for path in ("/points/XA-03", "/points/XA-01", "/opinions"):
        body = web.get(path).text
        assert "<script>alert" not in body and "<img src=x" not in body, path
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Sổ tay" in web.get("/points/XA-03").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in web.get("/points/XA-03").text
    assert "&lt;script&gt;alert(&#39;xa01&#39;)&lt;/script&gt;" in web.get("/opinions").text


def test_pages_carry_security_headers_and_the_api_keeps_its_own(site: HubProcess, web: Web) -> None:
    for path in ("/", "/points/XA-01", "/opinions", "/login"):
        headers = web.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"
        assert headers["x-content-type-options"] == "nosniff"
    page = web.get("/").text
    assert "<script" not in page and " style=" not in page and "http://" not in page and "https://" not in page
    assert web.get("/static/dashboard.css").status_code == 200
    assert "content-security-policy" not in web.get("/v1/hello").headers


def test_an_oversized_upload_is_refused_before_it_is_read(site: HubProcess) -> None:
    host, port = site.url.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.putrequest("POST", "/publish")
    conn.putheader("Content-Type", "multipart/form-data; boundary=x")
    conn.putheader("Content-Length", str(600 * 1024 * 1024))
    conn.endheaders()
    answer = conn.getresponse()
    body = answer.read().decode()
    conn.close()
    assert answer.status == 413 and "Tệp tải lên quá lớn (tối đa 513 MB)" in body


def test_english_switch_and_vietnamese_by_default(site: HubProcess, web: Web) -> None:
    assert "Các điểm trong tỉnh" in web.get("/").text
    switched = web.get("/lang/en?next=%2Fopinions")
    assert switched.headers["location"] == "/opinions"
    page = web.get("/opinions").text
    assert "Opinions from the points" in page and '<html lang="en">' in page
    web.get("/lang/vi?next=/")
    assert "Ý kiến từ các điểm" in web.get("/opinions").text


def test_points_not_synced_for_n_days_are_highlighted(site: HubProcess, web: Web) -> None:
    assert site.cli("point", "add", "--code", "XA-09", "--name", "Điểm chưa từng kết nối").code == 0
    old = (datetime.now(UTC) - timedelta(days=20)).strftime("%Y-%m-%dT%H:%M:%SZ")
    engine = hub_engine(site)
    try:
        with engine.begin() as conn:  # XA-02 last synced 20 days ago (as if)
            conn.execute(text("UPDATE point SET last_contact_at = :t WHERE code = 'XA-02'"), {"t": old})
    finally:
        engine.dispose()

    def row_class(page: str, code: str) -> str:
        return re.search(rf'<tr id="point-{code}" class="([^"]*)"', page).group(1)

    page = web.get("/").text
    assert "stale" in row_class(page, "XA-02") and "stale" in row_class(page, "XA-09")
    assert "stale" not in row_class(page, "XA-01")
    assert "20 ngày trước" in page and "vừa xong" in page
    assert "Kết nối qua" in page and "Mạng" in page
    wider = web.get("/?stale=30").text
    assert "stale" not in row_class(wider, "XA-02") and "stale" in row_class(wider, "XA-09")
    assert 'value="30"' in wider
    assert 'value="14"' in web.get("/?stale=abc").text  # nonsense falls back to the default


def test_many_opinions_come_a_hundred_to_a_page(site: HubProcess, web: Web, tmp_path: Path) -> None:
    point = make_point(tmp_path, "XA-04")
    enroll(site, point)
    with point.open() as ws:
        for n in range(105):
            ws.feedback.add(f"Ý kiến số {n:03d}")
    assert point.cli("sync").code == 0
    first = web.get("/opinions?point=XA-04").text
    assert first.count('<article class="opinion') == 100 and "1–100 / 105" in first
    assert 'id="page-next"' in first and 'id="page-prev"' not in first
    second = web.get("/opinions?point=XA-04&status=&page=2").text
    assert second.count('<article class="opinion') == 5 and "101–105 / 105" in second
    assert 'id="page-prev"' in second and "Trang 2 / 2" in second
    shown = re.findall(r"Ý kiến số (\d{3})", first) + re.findall(r"Ý kiến số (\d{3})", second)
    assert sorted(shown) == [f"{n:03d}" for n in range(105)]  # each once, none lost between pages
    assert web.get("/opinions?point=XA-04&page=abc").text.count('<article class="opinion') == 100


def test_an_expired_session_asks_for_a_login_again(site: HubProcess) -> None:
    client = Web(site.url)
    assert client.login("anna", "mật-khẩu-đủ-dài").status_code == 303
    assert client.get("/login").headers["location"] == "/"  # already logged in
    digest = hashlib.sha256(client.session.cookies["hub_session"].encode()).hexdigest()
    engine = hub_engine(site)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE staff_session SET expires_at = '2026-01-01T00:00:00Z' WHERE token_hash = :h"),
                         {"h": digest})
    finally:
        engine.dispose()
    assert client.get("/opinions").headers["location"] == "/login?next=%2Fopinions"
    assert client.get("/login").status_code == 200


def test_a_revoked_point_shows_its_revoked_key_and_is_not_counted_as_overdue(site: HubProcess, web: Web,
                                                                              tmp_path: Path) -> None:
    point = make_point(tmp_path, "XA-06")
    enroll(site, point)
    assert point.cli("sync").code == 0
    assert 'class="badge s-active">đang dùng' in web.get("/points/XA-06").text
    assert site.cli("point", "revoke", "XA-06").code == 0
    page = web.get("/points/XA-06").text
    assert "đã thu hồi" in page and 'class="badge s-active">đang dùng' not in page
    old = (datetime.now(UTC) - timedelta(days=40)).strftime("%Y-%m-%dT%H:%M:%SZ")
    engine = hub_engine(site)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE point SET last_contact_at = :t WHERE code = 'XA-06'"), {"t": old})
    finally:
        engine.dispose()
    row = re.search(r'<tr id="point-XA-06" class="([^"]*)"', web.get("/").text).group(1)
    assert "revoked" in row and "stale" not in row


def test_every_word_on_the_pages_has_vietnamese_and_english() -> None:
    from province.dashboard.i18n import TEXT

    folder = Path(__file__).resolve().parents[2] / "province" / "dashboard" / "templates"
    mine = [p for p in folder.glob("*.html") if not p.name.startswith("report")]
    used = {key for p in mine for key in re.findall(r"""\bt\(\s*["']([a-z_]+)["']""", p.read_text("utf-8"))}
    dynamic = {f"nav_{k}" for k in ("province", "opinions", "publish", "bundles", "reports")} | {
        f"status_{s}" for s in ("active", "pending", "revoked")} | {"transport_network", "transport_usb"} | {
        f"contact_{c}" for c in ("network", "usb-import", "usb-reply")} | {"op_answered", "op_unanswered"}
    missing = sorted(k for k in used | dynamic if k not in TEXT and not k.endswith("_"))
    assert missing == []
    assert all(vi.strip() and en.strip() for vi, en in TEXT.values())
    assert len(used) > 60


def test_user_passwd_unlocks_and_ends_sessions_and_user_list_shows_locks(site: HubProcess) -> None:
    import json
    import subprocess

    def hub_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([*site._base(), *args], input=stdin, capture_output=True,  # noqa: SLF001
                              text=True, encoding="utf-8", timeout=60)

    add_staff(site, "dung", "mật-khẩu-của-dũng", "staff")
    before = Web(site.url)
    assert before.login("dung", "mật-khẩu-của-dũng").status_code == 303
    for _ in range(5):
        Web(site.url).login("dung", "sai-rồi-sai-rồi")
    listed = {u["username"]: u for u in json.loads(hub_cli("--json", "user", "list").stdout)}
    assert listed["dung"]["locked"] is True and listed["dung"]["role"] == "staff"
    assert listed["anna"]["locked"] is False
    done = hub_cli("user", "passwd", "dung", stdin="mật-khẩu-mới-của-dũng\n")
    assert done.returncode == 0, done.stderr
    assert before.get("/").status_code == 303  # the old session is over
    assert Web(site.url).login("dung", "mật-khẩu-của-dũng").status_code == 401
    assert Web(site.url).login("dung", "mật-khẩu-mới-của-dũng").status_code == 303
    unknown = hub_cli("user", "passwd", "ai-do", stdin="mật-khẩu-dài-dài\n")
    assert unknown.returncode == 1 and "Không có tài khoản \"ai-do\"." in unknown.stderr
