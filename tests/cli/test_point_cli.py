"""`commune-point` as scripts and acceptance checks call it: a real process on a real folder.

The contract (../shared/CLI.md): exit 0 on success, 2 on a usage error, 1 otherwise with
one line on stderr in the chosen language; --json prints one UTF-8 JSON document.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop import __version__

REPO = Path(__file__).resolve().parents[2]

SMALL_DEMO = ("demo", "--materials", "5", "--visits", "50", "--trainings", "2",
              "--participants", "10", "--json")


def assert_one_line_failure(result, *, code: int = 1) -> str:
    """Failed with the given code, one line on stderr, never a traceback."""
    assert result.code == code, (result.out, result.err)
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    return lines[0]


@pytest.fixture
def point(cli):
    """An initialised point."""
    result = cli("init", "--point", "XA-03325", "--name", "Điểm hỗ trợ xã Mường Phăng",
                 "--province", "11", "--commune", "03325")
    assert result.code == 0, result.err
    return cli


def test_version(cli):
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"commune-point {__version__}"


def test_init_then_status_json_is_one_utf8_document(point, paths):
    result = point("status", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)  # the whole of stdout is one document
    assert data["point"]["code"] == "XA-03325"
    assert data["point"]["name"] == "Điểm hỗ trợ xã Mường Phăng"
    assert "Điểm hỗ trợ xã Mường Phăng" in result.out  # written literally, not \\u-escaped
    assert "\\u" not in result.out
    assert data["counts"]["visit"] == 0
    assert data["last_sync"] is None
    assert Path(data["data_dir"]) == paths.root


def test_init_json_reports_the_new_point(cli, paths):
    result = cli("init", "--point", "XA-1", "--name", "Bản Phăng", "--json")
    assert result.code == 0
    assert json.loads(result.out) == {"point": "XA-1", "name": "Bản Phăng", "data_dir": str(paths.root)}


def test_init_with_a_bad_code_explains_in_vietnamese_or_english(cli, paths):
    line = assert_one_line_failure(cli("init", "--point", "xã 1", "--name", "Điểm"))
    assert "Mã điểm" in line and "không hợp lệ" in line
    line = assert_one_line_failure(cli("--lang", "en", "init", "--point", "xã 1", "--name", "Điểm"))
    assert "Point code" in line and "not valid" in line
    assert not paths.exists()


def test_init_with_an_unknown_province_names_it(cli):
    line = assert_one_line_failure(cli("init", "--point", "XA-1", "--name", "Điểm", "--province", "99"))
    assert "99" in line


def test_init_twice_is_refused_and_keeps_the_first_point(point):
    line = assert_one_line_failure(point("init", "--point", "XA-2", "--name", "Khác"))
    assert "đã có dữ liệu" in line
    assert json.loads(point("status", "--json").out)["point"]["code"] == "XA-03325"


@pytest.mark.parametrize("args", [
    ("init", "--name", "Điểm"),  # --point missing
    ("no-such-command",),
    ("demo", "--visits", "many"),
    ("user", "add", "admin", "--role", "boss"),
])
def test_usage_errors_exit_2_with_one_line(cli, args):
    line = assert_one_line_failure(cli(*args), code=2)
    assert "Lỗi cú pháp lệnh" in line


def test_usage_error_in_english(cli):
    line = assert_one_line_failure(cli("--lang", "en", "init", "--name", "x"), code=2)
    assert "Usage error" in line


def test_user_add_reads_the_password_from_stdin_and_refuses_a_duplicate(point):
    result = point("user", "add", "admin", "--role", "admin", "--json", stdin="mat-khau-2026\n")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"username": "admin", "role": "admin"}
    assert "mat-khau-2026" not in result.out + result.err

    line = assert_one_line_failure(point("user", "add", "admin", "--role", "operator", stdin="khac-123456\n"))
    assert "admin" in line and "đã có" in line
    listed = json.loads(point("user", "list", "--json").out)
    assert listed == [{"username": "admin", "role": "admin", "full_name": None}]


def test_user_add_refuses_a_short_or_missing_password(point):
    assert "6" in assert_one_line_failure(point("user", "add", "van", "--role", "operator", stdin="123\n"))
    assert_one_line_failure(point("user", "add", "van", "--role", "operator", stdin=""))
    assert json.loads(point("user", "list", "--json").out) == []


def test_demo_counts_match_status(cli):
    result = cli(*SMALL_DEMO)
    assert result.code == 0, result.err
    added = json.loads(result.out)["added"]
    assert (added["material"], added["visit"], added["training"], added["participant"]) == (5, 50, 2, 10)
    assert added["seed_documents"] == 4

    status = json.loads(cli("status", "--json").out)
    counts = status["counts"]
    assert counts["material"] == added["material"] + added["seed_documents"]
    for table in ("visit", "training", "participant", "attendance", "material_use", "feedback",
                  "plan_target"):
        assert counts[table] == added[table], table
    assert status["point"]["demo"] is True
    assert status["local_seq"] > 0


def test_backup_then_restore_round_trip(cli, tmp_path):
    assert cli(*SMALL_DEMO).code == 0
    before = json.loads(cli("status", "--json").out)["counts"]
    backup = cli("backup", "--to", str(tmp_path / "usb"), "--json")
    assert backup.code == 0, backup.err
    file = Path(json.loads(backup.out)["backup"])
    assert file.parent == tmp_path / "usb" and file.stat().st_size > 0

    assert cli(*SMALL_DEMO).code == 0  # more visits after the backup
    assert json.loads(cli("status", "--json").out)["counts"]["visit"] == 2 * before["visit"]

    restored = cli("restore", str(file), "--json")
    assert restored.code == 0, restored.err
    kept = Path(json.loads(restored.out)["previous_saved_to"])
    assert kept.is_file()
    assert json.loads(cli("status", "--json").out)["counts"] == before


def test_restore_refuses_a_file_that_is_not_a_backup(point, tmp_path):
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    line = assert_one_line_failure(point("restore", str(junk)))
    assert "không phải là bản sao lưu" in line
    assert json.loads(point("status", "--json").out)["point"]["code"] == "XA-03325"


def test_check_passes_then_fails_when_a_media_file_is_deleted(cli, paths):
    assert cli(*SMALL_DEMO).code == 0
    result = cli("check", "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["ok"] is True and report["media_checked"] > 0

    seed = sorted((REPO / "resources" / "demo").glob("*.txt"))[0]  # imported by demo
    victim = paths.media_file(hashlib.sha256(seed.read_bytes()).hexdigest())
    victim.unlink()
    result = cli("check", "--json")
    assert_one_line_failure(result)
    report = json.loads(result.out)
    assert report["ok"] is False
    assert report["missing_media"] == [victim.name]


@pytest.mark.parametrize("args", [
    ("status", "--json"),
    ("status",),
    ("backup",),
    ("check",),
    ("user", "list"),
])
def test_a_missing_data_folder_tells_to_run_init_or_demo(cli, tmp_path, args):
    missing = tmp_path / "nowhere"
    line = assert_one_line_failure(cli(*args, data_dir=missing))
    assert "commune-point init" in line and "commune-point demo" in line
    assert not (missing / "point.sqlite3").exists()


def test_a_missing_data_folder_in_english(cli, tmp_path):
    line = assert_one_line_failure(cli("--lang", "en", "status", data_dir=tmp_path / "nowhere"))
    assert line.startswith("commune-point: No support-point data")
