"""装箱设置: whether a pallet may hold cases of several lots, or of several products."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from client.session import Session
from client.widgets.errors import plain_message
from client.widgets.form import FormDialog
from shared.pb import common_pb2, packing_pb2


class PackingSettingsDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Packing settings"), parent)
        self.setObjectName("packingSettingsDialog")
        self.mixed_lots = QCheckBox(self.tr("A pallet may hold cases of several lots of one "
                                            "product"))
        self.mixed_lots.setObjectName("mixedLots")
        self.mixed_products = QCheckBox(self.tr("A pallet may hold cases of several products"))
        self.mixed_products.setObjectName("mixedProducts")
        self.mixed_products.toggled.connect(self._products_toggled)
        self.add_field("allow_mixed_lots", self.tr("Mixed pallets"), self.mixed_lots)
        self.form.addRow("", self.mixed_products)
        self.setEnabled(False)
        conn = session.connection
        session.call(conn.packing.GetPackingSettings, common_pb2.Empty(), on_success=self.fill,
                     on_failure=self._load_failed, owner=self)
        self.setMinimumWidth(520)

    def _products_toggled(self, checked: bool) -> None:
        if checked:  # several products on a pallet means several lots too
            self.mixed_lots.setChecked(True)
        self.mixed_lots.setEnabled(not checked)

    def fill(self, settings: packing_pb2.PackingSettings) -> None:
        self.mixed_lots.setChecked(settings.allow_mixed_lots)
        self.mixed_products.setChecked(settings.allow_mixed_products)
        self.setEnabled(True)

    def build(self) -> packing_pb2.PackingSettings:
        return packing_pb2.PackingSettings(allow_mixed_lots=self.mixed_lots.isChecked(),
                                           allow_mixed_products=self.mixed_products.isChecked())

    def send(self, request: packing_pb2.PackingSettings) -> packing_pb2.PackingSettings:
        conn = self.session.connection
        return conn.call(conn.packing.UpdatePackingSettings, request)

    def _load_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.show_error(plain_message(exc))
