"""采集记录 — collection records: what each station and line collector packed, per line and lot,
with counts and start and upload times; change the product of a record or delete it (both
audited, both asking why)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from client.areas.common import items_of, lister
from client.areas.packing_settings import PackingSettingsDialog
from client.models.columns import Column, number
from client.session import Session
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from client.widgets.pickers import RecordPicker
from shared.pb import common_pb2, packing_pb2

P = packing_pb2


def sources() -> dict[int, str]:
    return {P.RUN_SOURCE_STATION: QCoreApplication.translate("Packing", "Packing station"),
            P.RUN_SOURCE_COLLECTOR: QCoreApplication.translate("Packing", "Line collector")}


def statuses() -> dict[int, str]:
    return {P.RUN_STATUS_OPEN: QCoreApplication.translate("Packing", "Collecting"),
            P.RUN_STATUS_CLOSED: QCoreApplication.translate("Packing", "Finished"),
            P.RUN_STATUS_DELETED: QCoreApplication.translate("Packing", "Deleted")}


class ChangeProductDialog(FormDialog):
    """变更产品: the record's codes are bound to another product and lot."""

    def __init__(self, session: Session, run: packing_pb2.PackRun,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Change product of record %1").replace(
            "%1", str(run.id)), parent)
        self.run = run
        conn = session.connection
        self.product = RecordPicker(session, items_of(conn, conn.catalog.ListProducts),
                                    lambda x: f"{x.name} ({x.code})")
        self.product.set_current(run.product_id, f"{run.product_name} ({run.product_code})")
        self.lot = RecordPicker(session, self._lots, lambda x: f"{x.lot_no}",
                                empty_text=self.tr("(no lot)"))
        self.lot.set_current(run.lot_id, run.lot_no)
        self.reason = QLineEdit()
        self.reason.setObjectName("changeReason")
        self.add_field("product_id", self.tr("Product"), self.product, required=True)
        self.add_field("lot_id", self.tr("Production lot"), self.lot)
        self.add_field("reason", self.tr("Reason"), self.reason, required=True)
        self.product.record_changed.connect(lambda _p: self.lot.reload())

    def _lots(self, query: common_pb2.ListQuery) -> list[object]:
        product_id = self.product.current_id() if hasattr(self, "product") else \
            self.run.product_id
        query.filters.append(common_pb2.Filter(field="product_id", value=str(product_id)))
        conn = self.session.connection
        return list(conn.call(conn.production.ListLots, query).items)

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        if not self.product.current_id():
            problems.append(("product_id", self.tr("Choose the product.")))
        if not self.reason.text().strip():
            problems.append(("reason", self.tr("Give the reason.")))
        return problems

    def build(self) -> packing_pb2.ChangeRunProductRequest:
        return packing_pb2.ChangeRunProductRequest(
            run_id=self.run.id, product_id=self.product.current_id(),
            lot_id=self.lot.current_id(), reason=self.reason.text().strip(),
            operation_id=uuid.uuid4().hex)

    def send(self, request: packing_pb2.ChangeRunProductRequest) -> packing_pb2.PackRun:
        conn = self.session.connection
        return conn.call(conn.packing.ChangeRunProduct, request)


class DeleteRecordDialog(FormDialog):
    """删除: every aggregation the record made that is still current is undone."""

    def __init__(self, session: Session, run: packing_pb2.PackRun,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Delete record %1").replace("%1", str(run.id)), parent)
        self.run = run
        self.reason = QLineEdit()
        self.reason.setObjectName("deleteReason")
        what = QLabel(self.tr("The %1 cases and %2 items of this record are taken out of "
                              "their cases and pallets. The codes stay activated.")
                      .replace("%1", str(run.cases)).replace("%2", str(run.items)))
        what.setWordWrap(True)
        self.add_field("what", self.tr("What happens"), what)
        self.add_field("reason", self.tr("Reason"), self.reason, required=True)

    def validate(self) -> list[tuple[str, str]]:
        return [] if self.reason.text().strip() else [("reason", self.tr("Give the reason."))]

    def build(self) -> packing_pb2.DeleteRunRequest:
        return packing_pb2.DeleteRunRequest(run_id=self.run.id,
                                            reason=self.reason.text().strip(),
                                            operation_id=uuid.uuid4().hex)

    def send(self, request: packing_pb2.DeleteRunRequest) -> packing_pb2.PackRun:
        conn = self.session.connection
        return conn.call(conn.packing.DeleteRun, request)


class CollectionRecordsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        src, states = sources(), statuses()
        columns = [
            number(self.tr("Record no."), lambda r: r.id, "id"),
            Column(self.tr("Product code"), lambda r: r.product_code),
            Column(self.tr("Product"), lambda r: r.product_name, "product_id"),
            Column(self.tr("Lot number"), lambda r: r.lot_no, "lot_id"),
            number(self.tr("Per case"), lambda r: r.items_per_case),
            number(self.tr("Cases"), lambda r: r.cases, "cases"),
            number(self.tr("Items"), lambda r: r.items),
            number(self.tr("Pallets"), lambda r: r.pallets),
            Column(self.tr("Line"), lambda r: f"{r.line_name} ({r.org_name})", "line_id"),
            Column(self.tr("Station"), lambda r: r.station, "station"),
            Column(self.tr("Source"), lambda r: src.get(r.source, ""), "source"),
            Column(self.tr("Started"), lambda r: session.format_time(r.started_at),
                   "started_at"),
            Column(self.tr("Uploaded"), lambda r: session.format_time(r.uploaded_at)),
            Column(self.tr("Status"), lambda r: states.get(r.status, ""), "status"),
            Column(self.tr("Note"), lambda r: r.note),
        ]
        super().__init__(session, self.tr("Collection records"),
                         lister(conn, conn.packing.ListRuns), columns, parent,
                         self.tr("Product, lot, line or station"))
        self.add_filter(ChoiceFilter(self.tr("Status"), "status",
                                     [(states[P.RUN_STATUS_OPEN], "open"),
                                      (states[P.RUN_STATUS_CLOSED], "closed"),
                                      (states[P.RUN_STATUS_DELETED], "deleted")]))
        self.add_filter(ChoiceFilter(self.tr("Source"), "source",
                                     [(src[P.RUN_SOURCE_STATION], "station"),
                                      (src[P.RUN_SOURCE_COLLECTOR], "collector")]))
        self.date_filter = DateRangeFilter(self.tr("Started"), "started_at",
                                           session.principal.timezone)
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.add_action(self.tr("Change product…"), self.change_product, selection=True,
                        permission="pack.manage", name="changeProductButton")
        self.add_action(self.tr("Delete…"), self.delete_record, selection=True,
                        permission="pack.manage", name="deleteRecordButton")
        self.add_action(self.tr("Case or pallet…"), self.open_container,
                        name="openContainerButton")
        self.add_action(self.tr("Packing settings…"), self.settings, permission="pack.manage",
                        name="packingSettingsButton")

    def change_product(self) -> ChangeProductDialog | None:
        run = self.selected_record()
        if run is None or run.status == P.RUN_STATUS_DELETED:
            return None
        dialog = ChangeProductDialog(self.session, run, self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self) -> DeleteRecordDialog | None:
        run = self.selected_record()
        if run is None or run.status == P.RUN_STATUS_DELETED:
            return None
        dialog = DeleteRecordDialog(self.session, run, self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def settings(self) -> PackingSettingsDialog:
        dialog = PackingSettingsDialog(self.session, self)
        dialog.open()
        return dialog

    def open_container(self) -> QWidget:
        from client.areas.pack_tree import ContainerDialog

        dialog = ContainerDialog(self.session, "", self)
        dialog.open()
        return dialog
