"""The period report's PDF layout: ReportLab tables and reportlab.graphics charts (no Qt)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .fonts import FONT, FONT_BOLD, register_fonts
from .period_report import (
    NO_DATA,
    SECTIONS,
    _cell_text,
    _dates_line,
    _point_line,
    escape_text,
    format_number,
    report_title,
)

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
PALETTE = [colors.HexColor(c) for c in ("#0b4f8a", "#e07b00", "#2e8b57", "#b22222", "#6a5acd",
                                         "#8b6914", "#008b8b", "#c71585", "#556b2f", "#4682b4")]
CHARTS = {  # table id -> (chart kind, chart title)
    "visits_by_purpose": ("bar", "Biểu đồ: lượt phục vụ theo mục đích"),
    "visits_by_sex": ("pie", "Biểu đồ: lượt phục vụ theo giới tính"),
    "visits_by_ethnicity": ("bar", "Biểu đồ: lượt phục vụ theo dân tộc"),
    "material_use_by_language": ("pie", "Biểu đồ: lượt dùng tài liệu theo ngôn ngữ"),
    "targets": ("targets", "Biểu đồ: tỷ lệ thực hiện so với kế hoạch (%)"),
    "points": ("bar-top", "Biểu đồ: lượt phục vụ theo điểm (12 điểm nhiều nhất)"),  # province report
}


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=12, leading=16,
                                alignment=1, spaceAfter=2 * mm),
        "sub": ParagraphStyle("sub", base, fontSize=10.5, leading=14, alignment=1),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=5 * mm, spaceAfter=2 * mm, textColor=PALETTE[0]),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=10, leading=13,
                             spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "note": ParagraphStyle("note", base, fontSize=8, leading=10, textColor=colors.HexColor("#444444"),
                               spaceBefore=1 * mm),
        "empty": ParagraphStyle("empty", base, fontSize=11, leading=15, alignment=1,
                                textColor=colors.HexColor("#b22222"), spaceBefore=4 * mm),
    }


class _NumberedCanvas(pdf_canvas.Canvas):
    """Draws the header and "Trang x/y" once the page count is known."""

    header = ""
    subheader = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, page in enumerate(self._pages, 1):
            self.__dict__.update(page)
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(MARGIN, A4[1] - 10 * mm, self.header)
            self.drawRightString(A4[0] - MARGIN, A4[1] - 10 * mm, self.subheader)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.line(MARGIN, A4[1] - 11.5 * mm, A4[0] - MARGIN, A4[1] - 11.5 * mm)
            self.drawCentredString(A4[0] / 2, 8 * mm, f"Trang {number}/{total}")
            super().showPage()
        super().save()


def _table(table: dict[str, Any], st: dict[str, ParagraphStyle]) -> Table:
    # Officials read names; the codes stay in the XLSX and JSON, except the official
    # two-digit ethnicity codes, which reports quote.
    columns = [c for c in table["columns"] if c["key"] != "code" or "ethnicity" in table["id"]]
    head = [Paragraph(escape_text(c["title"]), st["head"]) for c in columns]
    body = []
    for row in table["rows"]:
        body.append([Paragraph(escape_text(_cell_text(row.get(c["key"]), c)), st["cell"])
                     if not c.get("number") else _cell_text(row.get(c["key"]), c) for c in columns])
    if table.get("totals"):
        body.append([Paragraph(f"<b>{escape_text(_cell_text(table['totals'].get(c['key']), c))}</b>",
                               st["cell"]) if not c.get("number")
                     else _cell_text(table["totals"].get(c["key"]), c) for c in columns])
    widths = _widths(columns)
    t = Table([head, *body], colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for j, c in enumerate(columns):
        if c.get("number"):
            style.append(("ALIGN", (j, 1), (j, -1), "RIGHT"))
    if table.get("totals"):
        style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
                  ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2"))]
    t.setStyle(TableStyle(style))
    return t


def _widths(columns: list[dict[str, Any]]) -> list[float]:
    fixed = {"code": 12 * mm, "rank": 10 * mm, "unit": 20 * mm, "added": 20 * mm, "last_contact": 23 * mm}
    numbers = [c for c in columns if c.get("number") and c["key"] not in fixed]
    number_width = 22 * mm if len(numbers) <= 4 else 16 * mm
    used = sum(fixed.get(c["key"], 0) for c in columns) + number_width * len(numbers)
    text = [c for c in columns if c["key"] not in fixed and not c.get("number")]
    rest = max(WIDTH - used, 40 * mm) / max(len(text), 1)
    return [fixed.get(c["key"]) or (number_width if c.get("number") else rest) for c in columns]


def _label(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bar(table: dict[str, Any], value_key: str, title: str) -> Drawing | None:
    rows = [r for r in table["rows"] if r.get(value_key)][:12]
    if not rows:
        return None
    rows = list(reversed(rows))  # ReportLab draws the first category at the bottom
    height = 22 + 16 * len(rows) + 20
    d = Drawing(WIDTH, height)
    d.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y = 130, 18
    chart.width, chart.height = WIDTH - 190, 16 * len(rows)
    chart.data = [[r[value_key] for r in rows]]
    chart.categoryAxis.categoryNames = [_label(r["name"]) for r in rows]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_number(round(v))
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = lambda v: format_number(v)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def _pie(table: dict[str, Any], value_key: str, title: str) -> Drawing | None:
    rows = [r for r in table["rows"] if r.get(value_key)]
    if not rows:
        return None
    if len(rows) > 8:
        rest = sum(r[value_key] for r in rows[7:])
        rows = [*rows[:7], {"name": "Khác", value_key: rest}]
    total = sum(r[value_key] for r in rows)
    height = 150
    d = Drawing(WIDTH, height)
    d.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=9))
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 30, 10, 115, 115
    pie.data = [r[value_key] for r in rows]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(rows)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    for i, r in enumerate(rows):  # a legend with the figures, not labels on thin slices
        y = height - 34 - 14 * i
        from reportlab.graphics.shapes import Rect

        d.add(Rect(190, y, 8, 8, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        share = 100 * r[value_key] / total if total else 0
        d.add(String(204, y + 1, f"{_label(r['name'], 40)}: {format_number(r[value_key])} "
                     f"({format_number(round(share, 1))}%)", fontName=FONT, fontSize=8))
    return d


def _targets(table: dict[str, Any], title: str) -> Drawing | None:
    rows = [r for r in table["rows"] if r.get("percent") is not None][:12]
    if not rows:
        return None
    shown = [{"name": r["name"], "value": min(r["percent"], 150.0), "label": r["percent"]}
             for r in reversed(rows)]
    height = 22 + 18 * len(shown) + 20
    d = Drawing(WIDTH, height)
    d.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y = 200, 18
    chart.width, chart.height = WIDTH - 250, 18 * len(shown)
    chart.data = [[r["value"] for r in shown]]
    chart.categoryAxis.categoryNames = [_label(r["name"], 42) for r in shown]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 150, 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = PALETTE[2]
    labels = [format_number(r["label"]) + "%" for r in shown]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [labels]
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    x100 = chart.x + chart.width * 100 / 150
    d.add(Line(x100, chart.y - 2, x100, chart.y + chart.height + 2,
               strokeColor=PALETTE[3], strokeDashArray=[3, 2]))
    return d


def _chart(table: dict[str, Any]) -> Drawing | None:
    kind, title = CHARTS.get(table["id"], (None, ""))
    value_key = next((c["key"] for c in table["columns"] if c.get("number")), "")
    if kind == "bar":
        return _bar(table, value_key, title)
    if kind == "bar-top":
        return _bar({**table, "rows": sorted(table["rows"], key=lambda r: -(r.get(value_key) or 0))},
                    value_key, title)
    if kind == "pie":
        return _pie(table, value_key, title)
    if kind == "targets":
        return _targets(table, title)
    return None


def render(report: dict[str, Any]) -> bytes:
    """The whole report as PDF bytes."""
    register_fonts()
    st = _styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + 3 * mm, bottomMargin=MARGIN,
                          title=f"Báo cáo {report['period']['label']} - {report['point']['name']}",
                          author=report["point"]["name"], creator="commune-point")
    frame = Frame(MARGIN, MARGIN, WIDTH, A4[1] - 2 * MARGIN - 3 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    story: list[Any] = [
        Paragraph(escape_text(report_title(report)), st["title"]),
        Paragraph(escape_text(_point_line(report)), st["sub"]),
        Paragraph(escape_text(f"Kỳ báo cáo: {_dates_line(report)}"), st["sub"]),
        Spacer(1, 3 * mm),
    ]
    for note in report.get("notes", []):  # what the province's report cannot say, and as of when
        story.append(Paragraph(escape_text(note), st["note"]))
    if report.get("empty"):
        story.append(Paragraph("Không có số liệu hoạt động nào trong kỳ báo cáo này "
                               "(không có lượt phục vụ, lượt dùng tài liệu, lớp tập huấn hay ý kiến).",
                               st["empty"]))
    headings = dict(SECTIONS)
    for table in report["tables"]:
        if table["id"] in headings:
            story.append(CondPageBreak(40 * mm))
            story.append(Paragraph(escape_text(headings[table["id"]]), st["h1"]))
        block: list[Any] = []
        if table["id"] != "summary":
            block.append(Paragraph(escape_text(table["title"]), st["h2"]))
        if table["rows"]:
            block.append(_table(table, st))
        else:
            block.append(Paragraph(escape_text(NO_DATA), st["note"]))
        if table.get("note"):
            block.append(Paragraph(escape_text(f"Ghi chú: {table['note']}"), st["note"]))
        story.append(KeepTogether(block) if len(table["rows"]) < 25 else block[0])
        if len(table["rows"]) >= 25:
            story.extend(block[1:])
        chart = _chart(table)
        if chart is not None:
            story += [Spacer(1, 2 * mm), chart]
    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {
        "header": _label(_point_line(report), 70),
        "subheader": f"Kỳ báo cáo: {report['period']['label']}",
    })
    doc.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()
