"""Operator accounts (admin, operator): salted scrypt hashes and lockout."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .errors import AuthError, ValidationError
from .passwords import hash_password, verify_password
from .store import Store, utc_now_iso

ROLES = ("admin", "operator")
MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_PASSWORD = 6
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{2,32}$")


@dataclass(frozen=True)
class User:
    username: str
    role: str
    full_name: str | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class Accounts:
    """The point's operator accounts."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, username: str, password: str, role: str, full_name: str | None = None) -> User:
        """Create an account; raises ValidationError for a bad name, role or password."""
        if not USERNAME_RE.match(username or ""):
            raise ValidationError("username-invalid", field="username")
        if role not in ROLES:
            raise ValidationError("role-invalid", field="role", role=role)
        if len(password or "") < MIN_PASSWORD:
            raise ValidationError("password-short", field="password", min=MIN_PASSWORD)
        if self.store.scalar("SELECT 1 FROM user_account WHERE username = ?", [username]):
            raise ValidationError("username-taken", field="username", username=username)
        with self.store.atomic():
            self.store.conn.execute(
                "INSERT INTO user_account (username, role, full_name, password_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (username, role, full_name, hash_password(password), utc_now_iso()),
            )
        return User(username, role, full_name)

    def count(self) -> int:
        return int(self.store.scalar("SELECT count(*) FROM user_account WHERE active = 1"))

    def list(self) -> list[User]:
        rows = self.store.query(
            "SELECT username, role, full_name FROM user_account WHERE active = 1 ORDER BY username"
        )
        return [User(r["username"], r["role"], r["full_name"]) for r in rows]

    def get(self, username: str) -> User | None:
        rows = self.store.query(
            "SELECT username, role, full_name FROM user_account WHERE username = ? AND active = 1",
            [username],
        )
        return User(rows[0][0], rows[0][1], rows[0][2]) if rows else None

    def login(self, username: str, password: str, now: datetime | None = None) -> User:
        """Check credentials; after repeated failures the account is locked for a while."""
        now = now or datetime.now(UTC)
        rows = self.store.query(
            "SELECT username, role, full_name, password_hash, failed_attempts, locked_until "
            "FROM user_account WHERE username = ? AND active = 1",
            [username],
        )
        if not rows:
            raise AuthError("login-failed")
        row = rows[0]
        if row["locked_until"]:
            until = datetime.fromisoformat(row["locked_until"])
            # A PC clock set back must not lock someone out for years: cap the wait.
            if now < until <= now + timedelta(minutes=LOCK_MINUTES):
                raise AuthError("account-locked", minutes=LOCK_MINUTES)
        if not verify_password(password, row["password_hash"]):
            failures = row["failed_attempts"] + 1
            locked = (
                (now + timedelta(minutes=LOCK_MINUTES)).isoformat()
                if failures >= MAX_FAILURES else None
            )
            with self.store.atomic():
                self.store.conn.execute(
                    "UPDATE user_account SET failed_attempts = ?, locked_until = ? "
                    "WHERE username = ?",
                    (0 if locked else failures, locked, username),
                )
            raise AuthError("account-locked" if locked else "login-failed",
                            minutes=LOCK_MINUTES)
        with self.store.atomic():
            self.store.conn.execute(
                "UPDATE user_account SET failed_attempts = 0, locked_until = NULL "
                "WHERE username = ?", (username,),
            )
        return User(row["username"], row["role"], row["full_name"])

    def set_password(self, username: str, password: str) -> None:
        if len(password or "") < MIN_PASSWORD:
            raise ValidationError("password-short", field="password", min=MIN_PASSWORD)
        with self.store.atomic():
            self.store.conn.execute(
                "UPDATE user_account SET password_hash = ?, failed_attempts = 0, "
                "locked_until = NULL WHERE username = ?",
                (hash_password(password), username),
            )
