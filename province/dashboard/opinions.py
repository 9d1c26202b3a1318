"""Opinions from every point, and the answer form (an answer is published to that point only)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from .. import overview as store
from ..points import HubError
from .web import CsrfChecked, StaffUser, hub_of, redirect, render, safe_next

router = APIRouter()
STATUSES = ("unanswered", "answered")


@router.get("/opinions")
def opinions_page(request: Request, who: StaffUser, point: str = "", status: str = "",
                  saved: str = "") -> Response:
    db = hub_of(request).db
    status = status if status in STATUSES else ""
    found, total = store.opinions(db, point or None, status or None)
    codes = [s.code for s in store.overview(db)]
    return render(request, "opinions.html", active="opinions", opinions=found, total=total,
                  point_filter=point, status_filter=status, point_codes=codes, saved=saved)


@router.post("/opinions/{point}/{feedback_id}/answer")
def answer(request: Request, who: CsrfChecked, point: str, feedback_id: str, text: str = Form(""),
           back: str = Form("")) -> Response:
    db = hub_of(request).db
    try:
        store.answer_opinion(db, point, feedback_id, text, who.username)
    except HubError as exc:
        found, total = store.opinions(db, point)
        return render(request, "opinions.html", 400, active="opinions", opinions=found, total=total,
                      point_filter=point, status_filter="", point_codes=[point], saved="",
                      error=(exc.code, exc.params), draft={feedback_id: text})
    target = safe_next(back) if back else "/opinions"
    joiner = "&" if "?" in target else "?"
    return redirect(f"{target}{joiner}{urlencode({'saved': point})}#op-{feedback_id}")
