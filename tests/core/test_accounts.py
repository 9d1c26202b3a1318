"""Operator accounts: salted slow hashes, lockout after repeated failures, clocks that lie."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.accounts import (
    LOCK_MINUTES,
    MAX_FAILURES,
    MIN_PASSWORD,
    hash_password,
    verify_password,
)
from desktop.core.errors import AuthError, ValidationError

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
PASSWORD = "Muong-Phang-2026"


@pytest.fixture
def accounts(workspace):
    workspace.accounts.add("vanhanh", PASSWORD, "operator", "Lò Thị Xuân")
    return workspace.accounts


def fail(accounts, times: int, now: datetime = NOW) -> list[str]:
    codes = []
    for _ in range(times):
        with pytest.raises(AuthError) as err:
            accounts.login("vanhanh", "wrong-password", now=now)
        codes.append(err.value.code)
    return codes


def test_same_password_twice_gives_different_hashes_that_both_verify():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password("Muong-Phang-2025", first)
    assert not verify_password(PASSWORD, "not a hash at all")


def test_the_database_never_holds_the_password(workspace, accounts):
    stored = workspace.store.scalar("SELECT password_hash FROM user_account WHERE username = 'vanhanh'")
    assert PASSWORD not in stored
    assert verify_password(PASSWORD, stored)
    assert PASSWORD.encode() not in workspace.paths.database.read_bytes()


def test_right_password_logs_in_with_role_and_name(accounts):
    user = accounts.login("vanhanh", PASSWORD, now=NOW)
    assert (user.username, user.role, user.full_name) == ("vanhanh", "operator", "Lò Thị Xuân")
    assert not user.is_admin


def test_wrong_password_and_unknown_user_fail_the_same_way(accounts):
    assert fail(accounts, 1) == ["login-failed"]
    with pytest.raises(AuthError) as err:
        accounts.login("nobody", PASSWORD, now=NOW)
    assert err.value.code == "login-failed"  # does not reveal which accounts exist


def test_repeated_failures_lock_the_account_even_for_the_right_password(accounts):
    codes = fail(accounts, MAX_FAILURES)
    assert codes == ["login-failed"] * (MAX_FAILURES - 1) + ["account-locked"]
    with pytest.raises(AuthError) as err:
        accounts.login("vanhanh", PASSWORD, now=NOW + timedelta(minutes=1))
    assert err.value.code == "account-locked"
    assert err.value.params["minutes"] == LOCK_MINUTES


def test_the_lock_lifts_after_lock_minutes(accounts):
    fail(accounts, MAX_FAILURES)
    later = NOW + timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert accounts.login("vanhanh", PASSWORD, now=later).username == "vanhanh"
    # And the failure count starts again from zero.
    assert fail(accounts, MAX_FAILURES - 1, now=later) == ["login-failed"] * (MAX_FAILURES - 1)
    assert accounts.login("vanhanh", PASSWORD, now=later).username == "vanhanh"


def test_a_success_resets_the_failure_count(accounts):
    fail(accounts, MAX_FAILURES - 1)
    accounts.login("vanhanh", PASSWORD, now=NOW)
    assert fail(accounts, MAX_FAILURES - 1) == ["login-failed"] * (MAX_FAILURES - 1)
    assert accounts.login("vanhanh", PASSWORD, now=NOW).username == "vanhanh"


def test_a_pc_clock_set_back_years_does_not_lock_someone_out_for_years(accounts):
    fail(accounts, MAX_FAILURES, now=NOW)
    # Someone fixes the clock, which had been running years ahead: "now" is far before
    # the stored lock end. The wait must still be at most LOCK_MINUTES.
    set_back = NOW - timedelta(days=3 * 365)
    assert accounts.login("vanhanh", PASSWORD, now=set_back).username == "vanhanh"


def test_one_account_locked_does_not_lock_another(workspace, accounts):
    workspace.accounts.add("admin", "admin-pass", "admin")
    fail(accounts, MAX_FAILURES)
    assert accounts.login("admin", "admin-pass", now=NOW).is_admin


@pytest.mark.parametrize("username", ["a", "bad name", "Nguyễn", "x" * 33, "", "ad/min"])
def test_bad_usernames_are_refused_naming_the_field(accounts, username):
    with pytest.raises(ValidationError) as err:
        accounts.add(username, PASSWORD, "operator")
    assert (err.value.code, err.value.field) == ("username-invalid", "username")


def test_unknown_role_is_refused_naming_the_field(accounts):
    with pytest.raises(ValidationError) as err:
        accounts.add("kiosk", PASSWORD, "superuser")
    assert (err.value.code, err.value.field) == ("role-invalid", "role")


def test_short_password_is_refused_naming_the_field(accounts):
    with pytest.raises(ValidationError) as err:
        accounts.add("newbie", "x" * (MIN_PASSWORD - 1), "operator")
    assert (err.value.code, err.value.field) == ("password-short", "password")
    assert err.value.params["min"] == MIN_PASSWORD
    with pytest.raises(ValidationError) as err:
        accounts.set_password("vanhanh", "short")
    assert err.value.field == "password"
    assert accounts.login("vanhanh", PASSWORD, now=NOW)  # the old password still works


def test_a_taken_username_is_refused_and_the_first_account_kept(accounts):
    with pytest.raises(ValidationError) as err:
        accounts.add("vanhanh", "another-pass", "admin")
    assert (err.value.code, err.value.field) == ("username-taken", "username")
    assert accounts.login("vanhanh", PASSWORD, now=NOW).role == "operator"
    assert [u.username for u in accounts.list()] == ["vanhanh"]


def test_a_new_password_replaces_the_old_and_clears_a_lock(accounts):
    fail(accounts, MAX_FAILURES)
    accounts.set_password("vanhanh", "brand-new-pass")
    assert accounts.login("vanhanh", "brand-new-pass", now=NOW).username == "vanhanh"
    with pytest.raises(AuthError):
        accounts.login("vanhanh", PASSWORD, now=NOW)
