"""Access policy per RPC: deny by default. Each area declares its policies explicitly; the
interceptor refuses any method that has none, and a test checks every RPC in the protos has one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    permission: str | None = None  # None: any signed-in user
    public: bool = False           # no sign-in needed (login, server info)
    mutating: bool = False         # written to the audit log
    action: str = ""               # audit action: create, update, delete, login, ...
    entity: str = ""               # audit entity, from the glossary
    before_password_change: bool = False  # allowed while the user must change the password
    gateway: bool = False          # only the consumer gateway (its credential), no user


def method_name(service: str, method: str) -> str:
    """Full gRPC method path, e.g. /yima.v1.AuthService/Login."""
    return f"/yima.v1.{service}/{method}"


def read(permission: str) -> Policy:
    return Policy(permission=permission)


def write(permission: str, action: str, entity: str) -> Policy:
    return Policy(permission=permission, mutating=True, action=action, entity=entity)


def gateway(action: str = "", entity: str = "") -> Policy:
    """Called by the consumer gateway, authenticated by its credential; no user signs in."""
    return Policy(gateway=True, action=action, entity=entity)
