"""查询记录: every consumer query with time, method, province/city/district, result and the
verdict's reasons; filtered, exported, suspected counterfeits highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from client import scan_names
from client.areas.common import lister
from client.models.columns import Column, number
from client.session import Session
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, scans_pb2, scans_pb2_grpc

S = scans_pb2
SUSPECT = QColor("#fde2e1")   # suspected copies and counterfeit codes
CAUTION = QColor("#fff3d6")   # genuine codes someone else checked first


def stub(session: Session) -> scans_pb2_grpc.ScanServiceStub:
    return session.connection.stub(scans_pb2_grpc.ScanServiceStub)


def highlight(scan: Any) -> QColor | None:
    if scan.verdict in (S.VERDICT_SUSPECT, S.VERDICT_COUNTERFEIT):
        return SUSPECT
    if scan.verdict == S.VERDICT_CAUTION:
        return CAUTION
    return None


class ScanLogPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        results, verdicts, methods = (scan_names.results(), scan_names.verdicts(),
                                      scan_names.methods())
        english = session.lang.startswith("en")
        columns = [
            Column(self.tr("Time"), lambda s: session.format_time(s.at), "at", width=140),
            Column(self.tr("Code"), lambda s: s.code, "code"),
            Column(self.tr("Method"), lambda s: methods.get(s.method, ""), "method"),
            Column(self.tr("Province"), lambda s: s.province, "province_code"),
            Column(self.tr("City"), lambda s: s.city, "city_code"),
            Column(self.tr("District"), lambda s: s.district, "district_code"),
            Column(self.tr("Result"), lambda s: results.get(s.result, ""), "result"),
            Column(self.tr("Verdict"), lambda s: verdicts.get(s.verdict, ""), "verdict"),
            number(self.tr("Query no."), lambda s: s.ordinal or "", "ordinal"),
            Column(self.tr("Product"), lambda s: s.product_name, "product_id"),
            Column(self.tr("Lot"), lambda s: s.lot_no),
            Column(self.tr("Why"), lambda s: s.reason_text_en if english else s.reason_text),
            Column(self.tr("Network"), lambda s: s.ip_prefix),
            Column(self.tr("Phone"), lambda s: s.device),
        ]
        super().__init__(session, self.tr("Scan log"), lister(session.connection,
                                                               stub(session).ListScans),
                         columns, parent, self.tr("Code, product or lot"))
        self.controller.model.row_background = highlight
        self.result_filter = self.add_filter(ChoiceFilter(
            self.tr("Result"), "result",
            [(results[k], v) for k, v in scan_names.result_fields().items()]))
        self.verdict_filter = self.add_filter(ChoiceFilter(
            self.tr("Verdict"), "verdict",
            [(name, scan_names.verdict_field(k)) for k, name in verdicts.items()]))
        self.province_filter = self.add_filter(ChoiceFilter(
            self.tr("Province"), "province_code",
            [(name, code) for code, name in scan_names.PROVINCES]))
        self.date_filter = DateRangeFilter(self.tr("Time"), "at", session.principal.timezone)
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.controller.sort = [common_pb2.Sort(field="id", descending=True)]
