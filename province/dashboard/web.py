"""The dashboard's plumbing: templates, language, the login dependency, CSRF, security headers."""

from __future__ import annotations

import csv
import functools
import logging
import secrets
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from .. import staff as staff_store
from ..hub import Hub
from ..staff import Staff
from .i18n import LANGS, error_text, translator

log = logging.getLogger("hub.dashboard")
HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "hub_session"
LANG_COOKIE = "hub_lang"
LOGIN_CSRF_COOKIE = "hub_login_csrf"
CSRF_FIELD = "csrf_token"

env = Environment(loader=FileSystemLoader(HERE / "templates"),
                  autoescape=select_autoescape(["html", "htm", "xml"], default=True),
                  trim_blocks=True, lstrip_blocks=True)

# Pages: no inline script or style, no framing, nothing cached; API paths are left alone.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
NO_STORE = (b"cache-control", b"no-store")


def is_dashboard_path(path: str) -> bool:
    return not (path.startswith("/v1/") or path == "/health")


class SecurityHeaders:
    """Pure ASGI middleware adding SECURITY_HEADERS (and no-store outside /static) to dashboard responses."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not is_dashboard_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        extra = list(SECURITY_HEADERS)
        if not scope["path"].startswith("/static/"):
            extra.append(NO_STORE)

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *[(k, v) for k, v in extra if k not in names]]}
            await send(message)

        await self.app(scope, receive, with_headers)


class LoginRequired(Exception):
    """No live session: the handler redirects to /login (and back afterwards)."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class CsrfRefused(Exception):
    """A POST without the form token of the caller's session."""


class Forbidden(Exception):
    """A staff member asked for what only an admin may do."""


class PageRoute(APIRoute):
    """A dashboard route: an unexpected error becomes a page (details in the log), never a bare 500."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_or_error(request: Request) -> Response:
            try:
                return await handler(request)
            except (LoginRequired, CsrfRefused, Forbidden, HTTPException, RequestValidationError):
                raise
            except Exception as exc:  # noqa: BLE001 - the staff get a sentence, the log the traceback
                log.exception("dashboard error in %s %s", request.method, request.url.path)
                return await run_in_threadpool(render, request, "error.html", 500, title_key="error",
                                               message_code=("bug", {"detail": type(exc).__name__}))

        return page_or_error


# The point's reference lists (resources/data), read as files: the hub imports nothing of desktop/core.
REFERENCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "data"


@functools.cache
def _reference(name: str) -> tuple[tuple[str, str, str], ...]:
    try:
        with open(REFERENCE_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
            return tuple((r["code"], r["name_vi"], r.get("name_en") or r["name_vi"]) for r in csv.DictReader(handle))
    except OSError:
        return ()


def choices(name: str, lang: str) -> list[tuple[str, str]]:
    """(code, name in the page's language) of a reference list, e.g. material_kinds, topics."""
    return [(code, en if lang == "en" else vi) for code, vi, en in _reference(name)]


def hub_of(request: Request) -> Hub:
    return request.app.state.hub


def lang_of(request: Request) -> str:
    lang = request.cookies.get(LANG_COOKIE, "vi")
    return lang if lang in LANGS else "vi"


def safe_next(path: str | None) -> str:
    """Only a path on this site (never //host or a scheme) may be a redirect target."""
    if not path or not path.startswith("/") or path.startswith("//") or any(c in path for c in "\\\r\n"):
        return "/"
    return path


def _current_path(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def require_staff(request: Request) -> Staff:
    """Dependency for every dashboard page: the logged-in staff member, else a redirect to /login."""
    token = request.cookies.get(SESSION_COOKIE)
    who = staff_store.session(hub_of(request).db, token)
    if who is None:
        raise LoginRequired(_current_path(request) if request.method == "GET" else "/")
    request.state.staff = who
    request.state.session_token = token
    return who


StaffUser = Annotated[Staff, Depends(require_staff)]


def require_admin(who: StaffUser) -> Staff:
    if not who.is_admin:
        raise Forbidden("admin only")
    return who


async def require_csrf(request: Request, who: StaffUser) -> Staff:
    """Dependency for every POST: the form's csrf_token must belong to the caller's session."""
    form = await request.form()
    if not staff_store.csrf_ok(getattr(request.state, "session_token", None), _text(form.get(CSRF_FIELD))):
        raise CsrfRefused()
    return who


CsrfChecked = Annotated[Staff, Depends(require_csrf)]  # a POST: logged in AND the form's token checked
AdminUser = Annotated[Staff, Depends(require_admin)]


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def hub_tz_label() -> str:
    offset = datetime.now().astimezone().strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def parse_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def fmt_abs(text: str | None) -> str:
    """dd/mm/yyyy HH:MM in the hub's time zone (the hub's clock, never a point's)."""
    moment = parse_iso(text)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


def fmt_rel(text: str | None, t: Any, now: datetime | None = None) -> str:
    moment = parse_iso(text)
    if moment is None:
        return t("never")
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < -120:
        return t("in_future")
    if seconds < 60:
        return t("just_now")
    if seconds < 3600:
        return t("minutes_ago", n=int(seconds // 60))
    if seconds < 86400:
        return t("hours_ago", n=int(seconds // 3600))
    return t("days_ago", n=int(seconds // 86400))


def fmt_int(value: int | None) -> str:
    """1.234.567 as Vietnamese officials write it."""
    return f"{int(value or 0):,}".replace(",", ".")


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from templates/ with the layout's context: staff, lang, t, csrf_token, formatters."""
    lang = lang_of(request)
    t = translator(lang)
    token = getattr(request.state, "session_token", None)
    body = env.get_template(template).render(
        request=request, staff=getattr(request.state, "staff", None), lang=lang, t=t,
        csrf_field=CSRF_FIELD, csrf_token=staff_store.csrf_token(token) if token else "",
        here=_current_path(request), quote=quote, fmt_abs=fmt_abs, fmt_int=fmt_int,
        fmt_rel=lambda text: fmt_rel(text, t), hub_tz=hub_tz_label(), topic_names=dict(choices("topics", lang)),
        error_text=lambda error, /, **params: error_text(error, lang, params), **context)
    return HTMLResponse(body, status_code=status)


def redirect(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


async def login_required_handler(request: Request, exc: LoginRequired) -> Response:
    target = "/login" if exc.next_path == "/" else f"/login?next={quote(exc.next_path, safe='')}"
    return redirect(target)


async def csrf_handler(request: Request, exc: CsrfRefused) -> Response:
    return await run_in_threadpool(render, request, "error.html", 403, title_key="forbidden",
                                   message=error_text("csrf-failed", lang_of(request)))


async def forbidden_handler(request: Request, exc: Forbidden) -> Response:
    return await run_in_threadpool(render, request, "error.html", 403, title_key="forbidden", message="")


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None = None,
               http_only: bool = True) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=http_only, samesite="strict",
                        secure=request.url.scheme == "https")
