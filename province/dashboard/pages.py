"""The province page (every point at a glance) and a point's page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import overview as store
from ..points import HubError
from .web import PageRoute, StaffUser, hub_of, render

router = APIRouter(route_class=PageRoute)
DEFAULT_STALE_DAYS = 14


def stale_days_of(value: str | None) -> int:
    """?stale=N (days), 1..3650; anything else means the default."""
    try:
        days = int(value or DEFAULT_STALE_DAYS)
    except ValueError:
        return DEFAULT_STALE_DAYS
    return days if 1 <= days <= 3650 else DEFAULT_STALE_DAYS


@router.get("/")
def province_page(request: Request, who: StaffUser, stale: str | None = None) -> Response:
    days = stale_days_of(stale)
    summaries = store.overview(hub_of(request).db, days)
    return render(request, "province.html", active="province", points=summaries, stale_days=days,
                  stale_count=sum(1 for s in summaries if s.stale))


@router.get("/points/{code}")
def point_page(request: Request, who: StaffUser, code: str, stale: str | None = None) -> Response:
    days = stale_days_of(stale)
    db = hub_of(request).db
    try:
        detail = store.point_detail(db, code, days)
    except HubError as exc:
        return render(request, "error.html", 404, title_key="error", message_code=(exc.code, exc.params))
    found, total = store.opinions(db, detail.summary.code, limit=50)
    return render(request, "point.html", active="province", p=detail.summary, detail=detail,
                  opinions=found, opinions_total=total, stale_days=days)
