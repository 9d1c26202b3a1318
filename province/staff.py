"""Province staff accounts (cán bộ tỉnh) for the dashboard: scrypt hashes, lockout, sessions.

Passwords are hashed as at the point (desktop/core/accounts.py: salted scrypt in a
self-describing text). A session is a random token in the browser's cookie; the hub
keeps only its SHA-256, so a copy of the database opens no one's session.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, column, delete, insert, select, table, update

import desktop.core.passwords as passwords

from .db import Database
from .points import HubError

ROLES = ("staff", "admin")
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
SESSION_HOURS = 12
USERNAME_RE = re.compile(r"[A-Za-z0-9_.-]{2,32}")

staff_user = table("staff_user", column("username"), column("role"), column("password_hash"),
                   column("created_at"), column("failed_attempts"), column("locked_until"), column("active"))
staff_session = table("staff_session", column("token_hash"), column("username"), column("created_at"),
                      column("expires_at"))

# Checked when the user does not exist, so a wrong name costs the same time as a wrong password.
_DUMMY_HASH = ("scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$"
               "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Staff:
    """A logged-in member of the province staff."""

    username: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Session:
    staff: Staff
    token: str  # the raw token (only ever in the cookie and in memory)
    expires_at: str


def add_user(db: Database, username: str, password: str, role: str) -> dict[str, str]:
    """Create a staff account; HubError for a bad name, role, password or a taken name."""
    username = (username or "").strip()
    if not USERNAME_RE.fullmatch(username):
        raise HubError("staff-username-invalid", username=username)
    if role not in ROLES:
        raise HubError("staff-role-invalid", role=role)
    if not MIN_PASSWORD <= len(password or "") <= MAX_PASSWORD:
        raise HubError("staff-password-short", min=MIN_PASSWORD)
    hashed = passwords.hash_password(password)
    with db.write() as conn:
        if conn.execute(select(staff_user.c.username).where(staff_user.c.username == username)).first():
            raise HubError("staff-username-taken", username=username)
        conn.execute(insert(staff_user).values(username=username, role=role, password_hash=hashed,
                                               created_at=_iso(datetime.now(UTC)), failed_attempts=0,
                                               active=1))
    return {"username": username, "role": role}


def set_password(db: Database, username: str, password: str) -> dict[str, str]:
    """A new password (forgotten, or after a lockout): unlocks the account and ends its sessions."""
    if not MIN_PASSWORD <= len(password or "") <= MAX_PASSWORD:
        raise HubError("staff-password-short", min=MIN_PASSWORD)
    hashed = passwords.hash_password(password)
    with db.write() as conn:
        done = conn.execute(update(staff_user).where(staff_user.c.username == username).values(
            password_hash=hashed, failed_attempts=0, locked_until=None))
        if not done.rowcount:
            raise HubError("staff-not-found", username=username)
        conn.execute(delete(staff_session).where(staff_session.c.username == username))
    return {"username": username}


def list_users(db: Database) -> list[dict[str, object]]:
    """Accounts with role and whether they are locked now."""
    now = _iso(datetime.now(UTC))
    with db.read() as conn:
        rows = conn.execute(select(staff_user).order_by(staff_user.c.username)).all()
    return [{"username": r.username, "role": r.role, "created_at": r.created_at, "active": bool(r.active),
             "locked": bool(r.locked_until and r.locked_until > now)} for r in rows]


def login(db: Database, username: str, password: str, now: datetime | None = None) -> Session:
    """Check credentials and open a session; after MAX_FAILURES wrong passwords the account
    is locked for LOCK_MINUTES (even the right password is refused meanwhile)."""
    now = now or datetime.now(UTC)
    username = (username or "").strip()
    password = (password or "")[:MAX_PASSWORD]
    with db.read() as conn:
        row = conn.execute(select(staff_user).where(and_(
            staff_user.c.username == username, staff_user.c.active == 1))).first()
    if row is None:
        passwords.verify_password(password, _DUMMY_HASH)
        raise HubError("login-failed")
    if row.locked_until:
        until = _parse(row.locked_until)
        # A clock set back must not lock someone out for years: cap the wait.
        if now < until <= now + timedelta(minutes=LOCK_MINUTES):
            raise HubError("account-locked", minutes=LOCK_MINUTES)
    if not passwords.verify_password(password, row.password_hash):
        with db.write() as conn:
            failures = int(conn.execute(select(staff_user.c.failed_attempts).where(
                staff_user.c.username == username)).scalar_one() or 0) + 1
            locked = _iso(now + timedelta(minutes=LOCK_MINUTES)) if failures >= MAX_FAILURES else None
            conn.execute(update(staff_user).where(staff_user.c.username == username).values(
                failed_attempts=0 if locked else failures, locked_until=locked))
        raise HubError("account-locked" if locked else "login-failed", minutes=LOCK_MINUTES)
    token = secrets.token_urlsafe(32)
    expires = _iso(now + timedelta(hours=SESSION_HOURS))
    with db.write() as conn:
        conn.execute(update(staff_user).where(staff_user.c.username == username).values(
            failed_attempts=0, locked_until=None))
        conn.execute(delete(staff_session).where(staff_session.c.expires_at < _iso(now)))
        conn.execute(insert(staff_session).values(token_hash=token_hash(token), username=username,
                                                  created_at=_iso(now), expires_at=expires))
    return Session(Staff(row.username, row.role), token, expires)


def session(db: Database, token: str | None, now: datetime | None = None) -> Staff | None:
    """The staff member a cookie's token belongs to, if the session is live and the account active."""
    if not token or len(token) > 200:
        return None
    now = now or datetime.now(UTC)
    with db.read() as conn:
        row = conn.execute(select(staff_user.c.username, staff_user.c.role, staff_session.c.expires_at).select_from(
            staff_session.join(staff_user, staff_user.c.username == staff_session.c.username)).where(and_(
                staff_session.c.token_hash == token_hash(token), staff_user.c.active == 1))).first()
    if row is None or row.expires_at <= _iso(now):
        return None
    return Staff(row.username, row.role)


def logout(db: Database, token: str | None) -> None:
    """End the session (the cookie's token no longer opens anything)."""
    if not token:
        return
    with db.write() as conn:
        conn.execute(delete(staff_session).where(staff_session.c.token_hash == token_hash(token)))


def csrf_token(session_token: str) -> str:
    """The form token tied to a session: only a page served to that session can know it."""
    return hmac.new(session_token.encode(), b"dashboard-csrf-v1", hashlib.sha256).hexdigest()


def csrf_ok(session_token: str | None, sent: str | None) -> bool:
    return bool(session_token and sent) and hmac.compare_digest(csrf_token(session_token), str(sent))
