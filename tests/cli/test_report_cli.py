"""`commune-point report` as a real process: JSON on stdout, files, bad periods."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader


def test_report_json_xlsx_pdf(cli, paths, tmp_path):
    assert cli("demo", "--visits", "400", "--materials", "5", "--trainings", "3").code == 0
    year = __import__("datetime").date.today().year
    result = cli("report", "--period", str(year), "--format", "json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["period"]["label"] == str(year)
    purposes = next(t for t in data["tables"] if t["id"] == "visits_by_purpose")
    listed = cli("visit", "list", "--period", str(year), "--json").json()
    assert purposes["totals"]["visits"] == len(listed)
    assert "Tra cứu thông tin" in result.out

    out = tmp_path / "r.xlsx"
    result = cli("report", "--period", f"{year}-H1", "--format", "xlsx", "-o", str(out))
    assert result.code == 0, result.err
    assert str(out) in result.out
    assert "Tổng hợp" in load_workbook(out).sheetnames

    # Without -o: the data folder's exports/, and the path is printed.
    result = cli("report", "--period", str(year), "--format", "pdf", "--json")
    assert result.code == 0, result.err
    written = paths.root / "exports" / f"bao-cao_DEMO-MUONGPHANG_{year}.pdf"
    assert result.json()["file"] == str(written)
    assert len(PdfReader(written).pages) >= 2


def test_a_bad_period_is_one_line_in_the_users_language(cli, workspace):
    result = cli("report", "--period", "2026-H3", "--format", "json")
    assert result.code == 1 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1 and "Kỳ" in result.err
    result = cli("--lang", "en", "report", "--period", "2026-06-30..2026-01-01", "--format", "pdf")
    assert result.code == 1 and "ends before it starts" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_an_empty_period_is_a_report_not_a_crash(cli, workspace, tmp_path):
    result = cli("report", "--period", "2019", "--format", "pdf", "-o", str(tmp_path / "e.pdf"))
    assert result.code == 0, result.err
    result = cli("report", "--period", "2019-Q2")
    assert result.code == 0 and result.json()["empty"] is True
