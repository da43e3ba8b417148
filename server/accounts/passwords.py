"""Password hashing (argon2id) and the password rules."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.core.errors import DomainError, Reason

MIN_LENGTH = 8
_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong username costs the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password-0")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def check_strength(password: str, field: str = "password") -> None:
    """Refuse passwords shorter than MIN_LENGTH or without both letters and digits."""
    if (len(password) < MIN_LENGTH or not any(c.isalpha() for c in password)
            or not any(c.isdigit() for c in password)):
        raise DomainError(Reason.WEAK_PASSWORD, field=field, min=MIN_LENGTH)
