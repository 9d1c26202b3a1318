"""The province dashboard (trang quản lý của tỉnh): server-rendered pages for province staff.

Served by `province-hub serve` beside the sync API (which keeps its /v1 paths); `install`
mounts it on the hub's FastAPI app. Pages are Jinja2 templates (autoescaped: every text
that came from a point is escaped), one CSS file and no script in static/ (nothing from
the internet: it works offline), Vietnamese by default with an English switch
(i18n.py's catalogue; the `hub_lang` cookie).

How to add a page (e.g. the reports, in reports.py with templates/report*.html):

    from fastapi import APIRouter, Depends, Form, Request
    from ...staff import Staff
    from .web import render, require_csrf, StaffUser, hub_of

    router = APIRouter(prefix="/reports")        # reports.py must export `router`

    @router.get("")
    def reports_home(request: Request, who: StaffUser):   # login required
        data = some_store_module.read(hub_of(request).db)                        # SQL stays in province/*.py
        return render(request, "report.html", active="reports", data=data)

    @router.post("/something")
    def act(request: Request, who: CsrfChecked, x: str = Form("")):  # login + CSRF
        ...

- `require_staff`: the logged-in staff member, or a redirect to /login?next=... for
  anyone else. Use it (or `require_csrf`, which includes it) on EVERY route.
  `require_admin` for admin-only actions.
- `require_csrf`: for every POST; the form must carry
  `<input type="hidden" name="{{ csrf_field }}" value="{{ csrf_token }}">`.
- `render(request, template, status=200, **context)`: the template extends "base.html"
  and fills `{% block title %}` and `{% block content %}` (optionally `{% block head %}`);
  `active` selects the menu entry ("province", "opinions", "publish", "bundles",
  "reports"). In templates: `t("key", n=...)` (add keys to i18n.TEXT, vi and en),
  `lang`, `staff`, `fmt_abs(iso)`, `fmt_rel(iso)`, `fmt_int(n)` (1.234), `hub_tz`,
  `error_text(code, **params)` for province/messages.py codes, and `here` (this path).
- Routes are plain `def` (FastAPI runs them on its thread pool): the hub's database
  calls block. `APIRouter(route_class=PageRoute)` turns an unexpected error into a page
  ("Lỗi chương trình ..., xem nhật ký") with the traceback in the hub's log.
- Static files: province/dashboard/static/ at /static/ (CSP allows only 'self').
  Charts: draw server-side (inline SVG from the template) or a small local script.

The /reports prefix belongs to reports.py; until it exists, /reports shows a short notice.
"""

from __future__ import annotations

import importlib.util

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from ..hub import Hub
from . import auth, opinions, pages, transfer
from .web import (
    HERE,
    CsrfRefused,
    Forbidden,
    LoginRequired,
    PageRoute,
    SecurityHeaders,
    StaffUser,
    csrf_handler,
    forbidden_handler,
    login_required_handler,
    render,
)


def _reports_router() -> APIRouter:
    if importlib.util.find_spec(f"{__name__}.reports") is not None:
        from . import reports

        return reports.router
    placeholder = APIRouter(route_class=PageRoute)

    @placeholder.get("/reports")
    def reports_missing(request: Request, who: StaffUser) -> Response:
        return render(request, "error.html", 404, active="reports", title_key="nav_reports",
                      message_key="reports_later")

    return placeholder


def install(app: FastAPI, hub: Hub) -> None:
    """Mount the dashboard on the hub's app: routes, static files, error pages, security headers."""
    transfer.cleanup_scratch(hub.config.data_dir)
    for module in (auth, pages, opinions, transfer):
        app.include_router(module.router)
    app.include_router(_reports_router())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(LoginRequired, login_required_handler)
    app.add_exception_handler(CsrfRefused, csrf_handler)
    app.add_exception_handler(Forbidden, forbidden_handler)
    app.add_middleware(SecurityHeaders)
