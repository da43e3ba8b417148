"""Every area's tables, imported in one place so the metadata (and Alembic) sees them all."""

from server.accounts import models as accounts_models
from server.audit import models as audit_models
from server.db.base import Base

__all__ = ["Base", "accounts_models", "audit_models"]
