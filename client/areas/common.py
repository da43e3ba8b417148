"""Helpers the area pages share: list calls as fetch functions, confirmations, labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from client.connection import Connection
from shared.pb import accounts_pb2, common_pb2


def lister(connection: Connection, method: Callable[..., Any]
           ) -> Callable[[common_pb2.ListQuery], tuple[Sequence[Any], common_pb2.PageInfo]]:
    """A list RPC as a fetch function: query → (items, page info)."""

    def fetch(query: common_pb2.ListQuery) -> tuple[Sequence[Any], common_pb2.PageInfo]:
        response = connection.call(method, query)
        return list(response.items), response.page

    return fetch


def items_of(connection: Connection, method: Callable[..., Any]
             ) -> Callable[[common_pb2.ListQuery], Sequence[Any]]:
    """A list RPC as a picker source: query → items."""
    return lambda query: list(connection.call(method, query).items)


def all_items(connection: Connection, method: Callable[..., Any],
              query: common_pb2.ListQuery | None = None, page_size: int = 500) -> list[Any]:
    """Background: every item of a list call (for trees and check lists)."""
    rows: list[Any] = []
    page = 1
    while True:
        q = common_pb2.ListQuery()
        if query is not None:
            q.CopyFrom(query)
        q.page, q.page_size = page, page_size
        response = connection.call(method, q)
        rows.extend(response.items)
        if not response.items or len(rows) >= response.page.total:
            return rows
        page += 1


def confirm(parent: QWidget, text: str) -> bool:
    """Ask before something that cannot be undone."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Areas", "Please confirm"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def org_label(org: accounts_pb2.Organisation, base_depth: int = 0) -> str:
    indent = "\u3000" * max(0, org.depth - base_depth)
    return f"{indent}{org.name} ({org.code})"
