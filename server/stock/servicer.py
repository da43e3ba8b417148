"""StockService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.codes.keys import KeyStore
from server.core.context import current
from server.core.convert import ts
from server.core.policy import Policy, method_name, read, write
from server.stock import convert, moves
from server.stock.inventory import Inventory
from server.stock.reading import Reader
from server.stock.receipts import ReceiptService
from shared.pb import common_pb2, stock_pb2, stock_pb2_grpc

S = stock_pb2
_S = "StockService"
POLICIES: dict[str, Policy] = {
    method_name(_S, "ListInventory"): read("stock.read"),
    method_name(_S, "ListHoldings"): read("stock.read"),
    method_name(_S, "ListStockMoves"): read("stock.read"),
    method_name(_S, "ListStockWarnings"): read("stock.read"),
    method_name(_S, "ListReceipts"): read("stock.read"),
    method_name(_S, "GetReceipt"): read("stock.read"),
    method_name(_S, "OpenReceipt"): write("stock.receive", "create", "goods_receipt"),
    # Scans write one audit row each (the call), like packing's; the confirm records the
    # receipt's totals.
    method_name(_S, "ScanReceipt"): write("stock.receive", "scan", "goods_receipt"),
    method_name(_S, "UnscanReceipt"): write("stock.receive", "unscan", "goods_receipt"),
    method_name(_S, "ConfirmReceipt"): write("stock.receive", "confirm", "goods_receipt"),
    method_name(_S, "CancelReceipt"): write("stock.receive", "cancel", "goods_receipt"),
    method_name(_S, "ReceiveRun"): write("stock.receive", "receive", "goods_receipt"),
    method_name(_S, "ListReceivableRuns"): read("stock.receive"),
    method_name(_S, "ReceiveShipment"): write("stock.receive", "receive", "goods_receipt"),
    method_name(_S, "MoveStock"): write("stock.move", "move", "stock_holding"),
}


class StockServicer(stock_pb2_grpc.StockServiceServicer):
    def __init__(self, keys: KeyStore) -> None:
        self.keys = keys

    # inventory
    def ListInventory(self, request: common_pb2.ListQuery,
                      context: grpc.ServicerContext) -> stock_pb2.ListInventoryResponse:
        page, totals = Inventory(current()).inventory(request)
        return S.ListInventoryResponse(items=[convert.inventory_row(r) for r in page.rows],
                                       page=page.info, totals=totals)

    def ListHoldings(self, request: common_pb2.ListQuery,
                     context: grpc.ServicerContext) -> stock_pb2.ListHoldingsResponse:
        ctx = current()
        page = Inventory(ctx).holdings(request)
        reader = Reader(ctx, self.keys)
        return S.ListHoldingsResponse(
            items=[convert.holding_to_proto(reader, r) for r in page.rows], page=page.info)

    def ListStockMoves(self, request: common_pb2.ListQuery,
                       context: grpc.ServicerContext) -> stock_pb2.ListStockMovesResponse:
        ctx = current()
        page = Inventory(ctx).moves(request)
        reader = Reader(ctx, self.keys)
        return S.ListStockMovesResponse(
            items=[convert.move_to_proto(reader, r) for r in page.rows], page=page.info)

    def ListStockWarnings(self, request: common_pb2.ListQuery,
                          context: grpc.ServicerContext) -> stock_pb2.ListStockWarningsResponse:
        page = Inventory(current()).warnings(request)
        return S.ListStockWarningsResponse(
            items=[convert.warning_to_proto(r) for r in page.rows], page=page.info)

    # receipts
    def _receipt(self, receipt_id: int) -> stock_pb2.Receipt:
        return convert.receipt_to_proto(ReceiptService(current(), self.keys).view(receipt_id))

    def ListReceipts(self, request: common_pb2.ListQuery,
                     context: grpc.ServicerContext) -> stock_pb2.ListReceiptsResponse:
        page = ReceiptService(current(), self.keys).list_page(request)
        return S.ListReceiptsResponse(items=[convert.receipt_to_proto(v) for v in page.rows],
                                      page=page.info)

    def GetReceipt(self, request: common_pb2.IdRequest,
                   context: grpc.ServicerContext) -> stock_pb2.Receipt:
        return self._receipt(request.id)

    def OpenReceipt(self, request: stock_pb2.OpenReceiptRequest,
                    context: grpc.ServicerContext) -> stock_pb2.Receipt:
        receipt = ReceiptService(current(), self.keys).open(
            request.warehouse_id, request.location_id, request.shipment_id, request.note,
            request.operation_id)
        return self._receipt(receipt.id)

    def ScanReceipt(self, request: stock_pb2.StockScanRequest,
                    context: grpc.ServicerContext) -> stock_pb2.StockScanResult:
        return ReceiptService(current(), self.keys).scan(
            request.document_id, request.code, request.operation_id,
            request.scanned_at if request.HasField("scanned_at") else None)

    def UnscanReceipt(self, request: stock_pb2.StockScanRequest,
                      context: grpc.ServicerContext) -> stock_pb2.StockScanResult:
        return ReceiptService(current(), self.keys).unscan(
            request.document_id, request.code, request.operation_id)

    def ConfirmReceipt(self, request: stock_pb2.DocumentCommand,
                       context: grpc.ServicerContext) -> stock_pb2.Receipt:
        receipt = ReceiptService(current(), self.keys).confirm(request.id, request.operation_id)
        return self._receipt(receipt.id)

    def CancelReceipt(self, request: stock_pb2.DocumentCommand,
                      context: grpc.ServicerContext) -> stock_pb2.Receipt:
        receipt = ReceiptService(current(), self.keys).cancel(request.id, request.operation_id)
        return self._receipt(receipt.id)

    def ReceiveRun(self, request: stock_pb2.ReceiveRunRequest,
                   context: grpc.ServicerContext) -> stock_pb2.Receipt:
        receipt = ReceiptService(current(), self.keys).receive_run(
            request.run_id, request.warehouse_id, request.location_id, request.operation_id)
        return self._receipt(receipt.id)

    def ListReceivableRuns(self, request: stock_pb2.ListReceivableRunsRequest,
                           context: grpc.ServicerContext
                           ) -> stock_pb2.ListReceivableRunsResponse:
        rows = ReceiptService(current(), self.keys).receivable_runs(request.warehouse_id)
        return S.ListReceivableRunsResponse(items=[
            S.ReceivableRun(run_id=r[0], line_name=r[1], station=r[2], product_name=r[3],
                            lot_no=r[4], started_at=ts(r[5]), ended_at=ts(r[6]), units=r[7])
            for r in rows])

    def ReceiveShipment(self, request: stock_pb2.ReceiveShipmentRequest,
                        context: grpc.ServicerContext) -> stock_pb2.Receipt:
        receipt = ReceiptService(current(), self.keys).receive_shipment(
            request.shipment_id, request.warehouse_id, request.location_id,
            request.operation_id)
        return self._receipt(receipt.id)

    # moves
    def MoveStock(self, request: stock_pb2.MoveStockRequest,
                  context: grpc.ServicerContext) -> stock_pb2.MoveStockResponse:
        return moves.move(current(), self.keys, list(request.codes), request.warehouse_id,
                          request.location_id, request.operation_id)
