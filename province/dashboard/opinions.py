"""Opinions from every point, and the answer form (an answer is published to that point only)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from .. import overview as store
from ..points import HubError
from .web import CsrfChecked, PageRoute, StaffUser, hub_of, redirect, render, safe_next

router = APIRouter(route_class=PageRoute)
STATUSES = ("unanswered", "answered")
PAGE = 100


@router.get("/opinions")
def opinions_page(request: Request, who: StaffUser, point: str = "", status: str = "",
                  saved: str = "", page: str = "1") -> Response:
    db = hub_of(request).db
    status = status if status in STATUSES else ""
    page = max(1, min(int(page) if page.isdigit() else 1, 100_000))
    found, total = store.opinions(db, point or None, status or None, PAGE, (page - 1) * PAGE)
    codes = store.point_codes(db)
    return render(request, "opinions.html", active="opinions", opinions=found, total=total,
                  point_filter=point, status_filter=status, point_codes=codes, saved=saved, page=page,
                  pages=max(1, -(-total // PAGE)), first=(page - 1) * PAGE + 1 if found else 0)


@router.post("/opinions/{point}/{feedback_id}/answer")
def answer(request: Request, who: CsrfChecked, point: str, feedback_id: str, text: str = Form(""),
           back: str = Form("")) -> Response:
    db = hub_of(request).db
    try:
        store.answer_opinion(db, point, feedback_id, text, who.username)
    except HubError as exc:
        found, total = store.opinions(db, point, limit=PAGE)
        return render(request, "opinions.html", 400, active="opinions", opinions=found, total=total,
                      point_filter=point, status_filter="", point_codes=store.point_codes(db), saved="",
                      error=(exc.code, exc.params), draft={feedback_id: text}, page=1,
                      pages=max(1, -(-total // PAGE)), first=1 if found else 0)
    target = safe_next(back) if back else "/opinions"
    joiner = "&" if "?" in target else "?"
    return redirect(f"{target}{joiner}{urlencode({'saved': point})}#op-{feedback_id}")
