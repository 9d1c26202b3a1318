"""The sign-in sheet PDF: every name with its diacritics, Vietnamese headings, pages numbered per day."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from desktop.reports.signin_sheet import HEADINGS, sheet_for_training

NAMES = ["Lò Văn Pánh", "Quàng Thị Xuân", "Giàng A Chứ", "Đinh Thị Ênh", "Nguyễn Thị Ngọc Hường",
         "Hơ Ĕn Niê", "Y Ŏn Mlô", "Mùa A Sểnh", "Điêu Chính Tươi", "Vừ Thị Dở"]


def _text(path) -> str:
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def _training(workspace, people: int, days: tuple[str, str] = ("2026-03-02", "2026-03-04")):
    groups = ["respected-person", "village-elder", "commune-cadre", "enterprise"]
    ids = [workspace.participants.add(f"{NAMES[i % len(NAMES)]} {chr(65 + i // 26 % 26)}{chr(65 + i % 26)}",
                                      "female" if i % 2 else "male", 1960 + i % 45,
                                      ethnicity=["03", "08", "01", "23"][i % 4], village="Bản Co Mận",
                                      group_code=groups[i % 4])
           for i in range(people)]
    tid = workspace.trainings.add("Bồi dưỡng kỹ năng số cho người có uy tín", "training", *days,
                                  place="Nhà văn hóa xã Mường Phăng")
    for day in workspace.trainings.get(tid).days:
        workspace.trainings.attend(tid, ids, day)
        workspace.trainings.attend(tid, ids, day)  # checked in twice: still once on the sheet
    return tid, ids


def test_120_people_over_3_days_every_name_survives(workspace, tmp_path):
    tid, ids = _training(workspace, 120)
    out = sheet_for_training(workspace, tid, tmp_path / "sheet.pdf")
    text = _text(out)
    names = [workspace.participants.get(pid).full_name for pid in ids]
    missing = [n for n in names if n not in text]
    assert missing == []
    for name in names:  # one sheet per day, each listing everyone once
        assert text.count(name) == 3
    assert "Điểm hỗ trợ xã Mường Phăng" in text
    assert "Bồi dưỡng kỹ năng số cho người có uy tín" in text and "Lớp bồi dưỡng" in text
    assert "Thời gian: 02/03/2026 – 04/03/2026" in text and "Nhà văn hóa xã Mường Phăng" in text
    for n in (1, 2, 3):
        assert f"(ngày thứ {n}/3)" in text
    assert "Người có uy tín" in text and "HMông" in text and "Nữ" in text


def test_headings_repeat_and_pages_are_numbered_per_day(workspace, tmp_path):
    tid, _ids = _training(workspace, 200, ("2026-04-01", "2026-04-02"))
    out = sheet_for_training(workspace, tid, tmp_path / "sheet.pdf")
    reader = PdfReader(out)
    pages = [unicodedata.normalize("NFC", p.extract_text()) for p in reader.pages]
    assert len(pages) >= 8 and len(pages) % 2 == 0
    per_day = len(pages) // 2
    for index, page in enumerate(pages):
        flat = " ".join(page.split())
        if re.search(r"^\s*\d+\s*$", page, re.M):  # a page with table rows repeats the headings
            for heading in HEADINGS:
                assert heading in flat, (index, heading)
        else:  # only the closing signature block spilled over
            assert "Người lập danh sách" in flat
        assert f"Trang {index % per_day + 1}/{per_day}" in page
        assert "DANH SÁCH HỌC VIÊN KÝ TÊN" in page
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_fonts_are_embedded(workspace, tmp_path):
    tid, _ids = _training(workspace, 3, ("2026-03-02", "2026-03-02"))
    out = sheet_for_training(workspace, tid, tmp_path / "sheet.pdf")
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()
            fonts.add(str(font["/BaseFont"]))
    assert any("NotoSans" in f for f in fonts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_names_too(workspace, tmp_path):
    tid, ids = _training(workspace, 30, ("2026-03-02", "2026-03-02"))
    out = sheet_for_training(workspace, tid, tmp_path / "sheet.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = unicodedata.normalize("NFC", text)
    for pid in ids:
        assert workspace.participants.get(pid).full_name in text
    assert re.search(r"STT\s+Họ và tên", text)


def test_no_one_checked_in_yet_gives_a_blank_sheet_and_erased_people_are_left_off(workspace, tmp_path):
    tid = workspace.trainings.add("Tọa đàm", "dialogue", "2026-03-02")
    out = sheet_for_training(workspace, tid, tmp_path / "blank.pdf", blank_rows=12)
    text = _text(out)
    assert "Ký tên" in text and "Trang 1/1" in text and "12" in text
    pid = workspace.participants.add("Người Sẽ Xóa", "male", 1980)
    workspace.trainings.attend(tid, [pid], "2026-03-02")
    workspace.participants.erase(pid)
    assert "Người Sẽ Xóa" not in _text(sheet_for_training(workspace, tid, tmp_path / "after.pdf"))
