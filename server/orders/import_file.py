"""Reading an ERP's export: CSV (UTF-8 or GB18030; comma, semicolon or tab) or .xlsx (the first
sheet). The header row, in Chinese or English, is the first of the top rows naming two known
columns (an export may put a title above it); then one row per order line, header fields
repeated or left empty below an order's first row."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from server.core.errors import DomainError, Reason

MAX_BYTES = 8 * 1024 * 1024
MAX_ROWS = 20_000
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class ColumnDef:
    key: str
    required: bool
    names: tuple[str, ...]  # accepted headers; the first Chinese and English ones are shown

    @property
    def shown(self) -> str:
        return f"{self.names[0]} / {next(n for n in self.names if n.isascii())}"


COLUMNS: tuple[ColumnDef, ...] = (
    ColumnDef("order_no", True, ("订单号", "订单编号", "单据编号", "销售订单号", "单号", "Order No",
                                 "Order number", "order_no", "SO No", "Sales order")),
    ColumnDef("customer_code", True, ("客户编码", "客户代码", "客户编号", "Customer code",
                                      "customer_code", "Customer no", "Customer")),
    ColumnDef("warehouse_code", False, ("仓库编码", "发货仓库", "仓库", "Warehouse code",
                                        "warehouse_code", "Warehouse")),
    ColumnDef("requested_date", False, ("要货日期", "交货日期", "需求日期", "Requested date",
                                        "requested_date", "Delivery date")),
    ColumnDef("note", False, ("备注", "Note", "Remark", "Remarks", "Comment")),
    ColumnDef("product_code", True, ("产品编码", "物料编码", "存货编码", "商品编码", "产品条码",
                                     "条码", "Product code", "product_code", "Item code", "SKU",
                                     "GTIN", "Barcode", "Product")),
    ColumnDef("quantity", True, ("数量", "订货数量", "订单数量", "Quantity", "Qty")),
    ColumnDef("unit", False, ("单位", "计量单位", "Unit", "UOM")),
)
_STRIP = re.compile(r"[\s_\-*:：.]+")


def _norm(header: str) -> str:
    return _STRIP.sub("", header).lower()


# header -> (column, rank): a file with both "Customer code" and "Customer" maps the first.
ALIASES: dict[str, tuple[ColumnDef, int]] = {
    _norm(n): (c, rank) for c in COLUMNS for rank, n in enumerate(c.names)}


@dataclass
class Table:
    """The file's rows keyed by column, with what the header said."""

    header_row: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # key -> header as written
    ignored: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (row number, cells)

    @property
    def missing(self) -> list[ColumnDef]:
        return [c for c in COLUMNS if c.required and c.key not in self.headers]


def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without '.0', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip().strip("\ufeff")


def unreadable(file_name: str, detail: str) -> DomainError:
    return DomainError(Reason.IMPORT_FILE_UNREADABLE, field="file_name", file=file_name,
                       detail=detail)


def _csv_rows(file_name: str, data: bytes) -> list[list[Any]]:
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            content = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise unreadable(file_name, "not UTF-8 or GB18030 text / 不是 UTF-8 或 GB18030 编码"
                             ) from exc
    try:
        dialect: Any = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(content), dialect))


def _xlsx_rows(file_name: str, data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook  # imported on use: only imports need it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise unreadable(file_name, "not an Excel .xlsx workbook / 不是 Excel .xlsx 文件") \
            from exc
    try:
        sheet = book.worksheets[0]
        rows: list[list[Any]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(list(values))
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
        return rows
    finally:
        book.close()


def _find_header(rows: list[list[Any]]) -> int:
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        known = {ALIASES[_norm(cell_text(c))][0].key for c in row
                 if _norm(cell_text(c)) in ALIASES}
        if len(known) >= 2:
            return i
    return -1


def read_table(file_name: str, data: bytes) -> Table:
    """The file as a Table; IMPORT_FILE_UNREADABLE for what cannot be read at all."""
    if not data:
        raise unreadable(file_name, "the file is empty / 文件为空")
    if len(data) > MAX_BYTES:
        raise unreadable(file_name, f"larger than {MAX_BYTES // 1024 // 1024} MiB / "
                                    f"超过 {MAX_BYTES // 1024 // 1024} MiB")
    suffix = file_name.lower().rsplit(".", 1)[-1] if "." in file_name else ""
    if suffix == "csv":
        raw = _csv_rows(file_name, data)
    elif suffix == "xlsx":
        raw = _xlsx_rows(file_name, data)
    else:
        raise unreadable(file_name, "use .csv or .xlsx (save an .xls as .xlsx) / "
                                    "请使用 .csv 或 .xlsx 文件（.xls 请另存为 .xlsx）")
    at = _find_header(raw)
    if at < 0:
        raise unreadable(file_name, "no header row with known column names such as "
                                    "Order No, Customer code, Product code, Quantity / "
                                    "找不到表头（如 订单号、客户编码、产品编码、数量）")
    table = Table(header_row=at + 1)
    index: dict[str, tuple[int, int]] = {}  # key -> (cell index, rank)
    for i, cell in enumerate(raw[at]):
        header = cell_text(cell)
        known = ALIASES.get(_norm(header))
        if known is None:
            if header:
                table.ignored.append(header)
            continue
        column, rank = known
        if column.key in index:
            if index[column.key][1] <= rank:
                table.ignored.append(header)
                continue
            table.ignored.append(table.headers[column.key])
        index[column.key] = (i, rank)
        table.headers[column.key] = header
    for n, row in enumerate(raw[at + 1:], start=at + 2):
        cells = {key: cell_text(row[i]) if i < len(row) else ""
                 for key, (i, _rank) in index.items()}
        if any(cells.values()):
            table.rows.append((n, cells))
    if not table.rows:
        raise unreadable(file_name, "no data rows below the header / 表头下没有数据行")
    if len(table.rows) > MAX_ROWS:
        raise unreadable(file_name, f"more than {MAX_ROWS:,} rows: split the file / "
                                    f"超过 {MAX_ROWS:,} 行，请拆分文件")
    return table
