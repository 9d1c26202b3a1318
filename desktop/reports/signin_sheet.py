"""The printable sign-in sheet (danh sách học viên ký tên) of a training, as an A4 PDF.

One sheet per day of the training, each listing everyone checked in on any day (in
Vietnamese name order) plus a few blank rows for walk-ins, with a blank signature column.
Every page repeats the point, the training and the column headings, and is numbered
"Trang x/y" within its day, so loose pages still prove who attended what. The fonts (Noto
Sans) are embedded, so names with any Vietnamese or minority-language diacritics print and
can be searched and extracted from the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core import reference
from desktop.core.participants import Participant
from desktop.core.trainings import Training

from .fonts import FONT, FONT_BOLD, register_fonts  # noqa: F401 - register_fonts re-exported

HEADINGS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Thôn/bản", "Đối tượng", "Ký tên"]
WIDTHS_MM = [10, 44, 17.5, 16, 19, 26, 25.5, 22]  # 180 mm between 15 mm margins
MARGIN = 15 * mm
HEADER_HEIGHT = 44 * mm
FOOTER_HEIGHT = 12 * mm
ROW_HEIGHT = 9 * mm  # room to sign


@dataclass
class _State:
    """What the page decorations need to know about the page being drawn."""

    day: str = ""
    day_number: int = 0
    day_count: int = 0


class _StartDay(Flowable):
    """Invisible marker: the pages from here on belong to this day's sheet."""

    def __init__(self, state: _State, day: str, number: int, count: int) -> None:
        super().__init__()
        self.state, self.values = state, (day, number, count)

    def wrap(self, *_args: Any) -> tuple[int, int]:
        return 0, 0

    def draw(self) -> None:
        self.state.day, self.state.day_number, self.state.day_count = self.values
        self.canv._sheet_day = self.values[0]  # read back when numbering pages


class _NumberedCanvas(pdf_canvas.Canvas):
    """Writes "Trang x/y" once the number of pages of each day's sheet is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._sheet_day = ""

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[str, int] = {}
        for page in self._pages:
            totals[page["_sheet_day"]] = totals.get(page["_sheet_day"], 0) + 1
        seen: dict[str, int] = {}
        for page in self._pages:
            self.__dict__.update(page)
            day = page["_sheet_day"]
            seen[day] = seen.get(day, 0) + 1
            self.setFont(FONT, 9)
            self.drawCentredString(A4[0] / 2, MARGIN - 2 * mm, f"Trang {seen[day]}/{totals[day]}")
            super().showPage()
        super().save()


def _vn_date(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def _name(list_name: str, code: str | None) -> str:
    if not code:
        return ""
    try:
        return reference.name_of(list_name, code)
    except reference.ReferenceDataError:
        return code


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11)
    return {
        "cell": base,
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
    }


def _table(people: list[Participant], blank_rows: int, st: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[Any]] = [[Paragraph(escape(h), st["head"]) for h in HEADINGS]]
    for n, p in enumerate(people, start=1):
        rows.append([
            Paragraph(str(n), st["center"]), Paragraph(escape(p.full_name), st["cell"]),
            Paragraph(str(p.birth_year or ""), st["center"]),
            Paragraph(escape(_name("sexes", p.sex)), st["center"]),
            Paragraph(escape(_name(reference.ETHNIC_GROUPS, p.ethnicity)), st["cell"]),
            Paragraph(escape(p.village or ""), st["cell"]),
            Paragraph(escape(_name("participant_groups", p.group_code)), st["cell"]), "",
        ])
    for n in range(len(people) + 1, len(people) + blank_rows + 1):
        rows.append([Paragraph(str(n), st["center"])] + [""] * (len(HEADINGS) - 1))
    table = Table(rows, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1,
                  rowHeights=[None] + [ROW_HEIGHT] * (len(rows) - 1))
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _header(point_name: str, training: Training, state: _State):  # noqa: ANN202
    kind = _name("training_kinds", training.kind)
    dates = _vn_date(training.start_date)
    if training.end_date != training.start_date:
        dates += f" – {_vn_date(training.end_date)}"

    def draw(canv: pdf_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        width, height = A4
        top = height - MARGIN
        canv.saveState()
        canv.setFont(FONT_BOLD, 10)
        canv.drawString(MARGIN, top - 4 * mm, point_name[:110])
        canv.setFont(FONT_BOLD, 13)
        canv.drawCentredString(width / 2, top - 12 * mm, "DANH SÁCH HỌC VIÊN KÝ TÊN")
        canv.setFont(FONT_BOLD, 11)
        canv.drawCentredString(width / 2, top - 18 * mm, f"{kind}: {training.title}"[:100])
        canv.setFont(FONT, 9.5)
        canv.drawString(MARGIN, top - 25 * mm, f"Thời gian: {dates}")
        canv.drawString(MARGIN, top - 30 * mm, f"Địa điểm: {training.place or ''}"[:120])
        canv.setFont(FONT_BOLD, 10)
        day_text = f"Ngày điểm danh: {_vn_date(state.day)}" if state.day else ""
        if state.day_count > 1:
            day_text += f" (ngày thứ {state.day_number}/{state.day_count})"
        canv.drawString(MARGIN, top - 36 * mm, day_text)
        canv.setFont(FONT, 7)
        canv.drawRightString(width - MARGIN, MARGIN - 2 * mm, f"Mã lớp: {training.id}")
        canv.restoreState()

    return draw


def write_sheet(target: Path, point_name: str, training: Training, people: list[Participant],
                days: list[str] | None = None, blank_rows: int = 5) -> Path:
    """Write the sign-in sheets (one per day) to target; returns target."""
    register_fonts()
    days = days or training.days
    st = _styles()
    state = _State()
    doc = BaseDocTemplate(
        str(target), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"Danh sách ký tên - {training.title}", author=point_name,
        creator="commune-point")
    frame = Frame(MARGIN, MARGIN + FOOTER_HEIGHT - 6 * mm, A4[0] - 2 * MARGIN,
                  A4[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT + 6 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame],
                                       onPageEnd=_header(point_name, training, state))])
    story: list[Flowable] = []
    for number, day in enumerate(days, start=1):
        if story:
            story.append(PageBreak())
        story.append(_StartDay(state, day, number, len(days)))
        story.append(_table(people, blank_rows, st))
        story.append(Spacer(1, 4 * mm))
        story.append(KeepTogether([
            Paragraph(f"Tổng số: {len(people)} người trong danh sách.", st["cell"]),
            Spacer(1, 4 * mm),
            Table([[Paragraph("<b>Người lập danh sách</b><br/>(ký, ghi rõ họ tên)", st["sign"]),
                    Paragraph("<b>Xác nhận của đơn vị tổ chức</b><br/>(ký, đóng dấu)", st["sign"])]],
                  colWidths=[90 * mm, 90 * mm], rowHeights=[28 * mm],
                  style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
        ]))
    doc.build(story, canvasmaker=_NumberedCanvas)
    return target


def sheet_for_training(ws: Any, training_id: str, target: Path, days: list[str] | None = None,
                       blank_rows: int = 5) -> Path:
    """Gather a training, its roster and the point's name from a Workspace and write the sheet."""
    training = ws.trainings.get(training_id)
    if training is None:
        from desktop.core.errors import NotFound

        raise NotFound("training-unknown", id=training_id)
    people, _erased = ws.trainings.roster(training_id)
    return write_sheet(target, ws.point.name, training, people, days, blank_rows)
