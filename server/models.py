"""Every area's tables, imported in one place so the metadata (and Alembic) sees them all."""

from server.accounts import models as accounts_models
from server.audit import models as audit_models
from server.catalog import models as catalog_models
from server.codes import models as codes_models
from server.db.base import Base
from server.flow import models as flow_models
from server.labels import models as labels_models
from server.orders import models as orders_models
from server.packing import models as packing_models
from server.production import models as production_models
from server.scans import models as scans_models
from server.shipping import models as shipping_models
from server.stock import models as stock_models
from server.warehouse import models as warehouse_models

__all__ = ["Base", "accounts_models", "audit_models", "catalog_models", "codes_models",
           "flow_models", "labels_models", "orders_models", "packing_models",
           "production_models", "scans_models", "shipping_models", "stock_models",
           "warehouse_models"]
