"""Password hashes shared by the point's accounts and the hub's staff accounts: salted scrypt
in a self-describing text form (`scrypt$N$r$p$salt$key`). Standard library only, so the hub
may import it (tests/test_architecture.py)."""

from __future__ import annotations

import base64
import os

# scrypt cost: ~50 ms on an old PC; enough to slow guessing, fast enough for a login.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    """A salted scrypt hash in a self-describing text form."""
    import hashlib  # here: OpenSSL's hashes are not needed to open the window (DESIGN.md s7)

    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """Check a password against a stored hash in constant time."""
    import hashlib
    import hmac

    try:
        _, n, r, p, salt, key = stored.split("$")
        expected = base64.b64decode(key)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)
