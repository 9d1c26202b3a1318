"""Login, logout and the language switch: the only dashboard routes open without a session."""

from __future__ import annotations

import hmac
import logging

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from .. import staff as staff_store
from ..points import HubError
from .web import (
    LANG_COOKIE,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    PageRoute,
    hub_of,
    new_login_csrf,
    redirect,
    render,
    require_csrf,
    safe_next,
    set_cookie,
)

router = APIRouter(route_class=PageRoute)
log = logging.getLogger("hub.dashboard")


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


def _login_page(request: Request, next_path: str, error: tuple[str, dict] | None = None, status: int = 200,
                username: str = "") -> Response:
    token = new_login_csrf()
    response = render(request, "login.html", status, login_csrf=token, next_path=next_path, error=error,
                      username=username)
    set_cookie(response, request, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:  # noqa: A002 - the query's name
    if staff_store.session(hub_of(request).db, request.cookies.get(SESSION_COOKIE)) is not None:
        return redirect(safe_next(next))  # already logged in
    return _login_page(request, safe_next(next))


@router.post("/login")
def login(request: Request, username: str = Form(""), password: str = Form(""),
          csrf_token: str = Form(""), next: str = Form("/")) -> Response:  # noqa: A002
    next_path = safe_next(next)
    expected = request.cookies.get(LOGIN_CSRF_COOKIE)
    if not expected or not hmac.compare_digest(expected, csrf_token):
        return _login_page(request, next_path, ("csrf-failed", {}), 403, username)
    try:
        session = staff_store.login(hub_of(request).db, username, password)
    except HubError as exc:
        log.warning("dashboard login refused: %s", exc.code, extra={"user": username[:32], "code": exc.code,
                                                                     "client": _client(request)})
        return _login_page(request, next_path, (exc.code, exc.params), 403 if exc.code == "account-locked" else 401,
                           username)
    log.info("dashboard login", extra={"user": session.staff.username, "client": _client(request)})
    response = redirect(next_path)
    set_cookie(response, request, SESSION_COOKIE, session.token, max_age=staff_store.SESSION_HOURS * 3600)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return response


@router.post("/logout", dependencies=[Depends(require_csrf)])
def logout(request: Request) -> Response:
    staff_store.logout(hub_of(request).db, request.cookies.get(SESSION_COOKIE))
    response = redirect("/login?bye=1")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/lang/{code}")
def switch_language(request: Request, code: str, next: str = "/") -> Response:  # noqa: A002
    """Remembers vi or en in a cookie and goes back to the page (no state on the hub changes)."""
    response = redirect(safe_next(next))
    if code in ("vi", "en"):
        set_cookie(response, request, LANG_COOKIE, code, max_age=365 * 86400)
    return response
