"""The print-shop file: the chosen columns of a batch's codes as UTF-8 CSV, sealed with
shared.printfile (AES-256-GCM under a password or a key file) while it is produced, streamed in
pieces of about 1 MiB. Verification codes leave the server only this way (and to label printers).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from server.codes import batches, ranges
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.codes.repository import BatchRepository
from server.codes.rows import COLUMNS
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from shared import printfile

PIECE = 1 << 20  # bytes per streamed message


@dataclass(frozen=True)
class ExportInput:
    batch_id: int
    columns: tuple[str, ...]
    first_serial: int = 0
    last_serial: int = 0
    password: str = ""
    key: bytes = b""


@dataclass
class _Progress:
    done: int = 0


_SECRET_FIELDS = {"weak_password": "password", "bad_key": "key", "key_mode": "password"}


class ExportService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.repo = BatchRepository(ctx)

    def _range(self, batch: CodeBatch, data: ExportInput) -> tuple[int, int]:
        if not (data.first_serial or data.last_serial):
            return 1, batch.count
        first, last = data.first_serial or 1, data.last_serial or batch.count
        if not 1 <= first <= last <= batch.count:
            raise DomainError(Reason.INVALID_VALUE, field="last_serial",
                              detail=f"1 ≤ first ≤ last ≤ {batch.count}")
        return first, last

    def _columns(self, batch: CodeBatch, columns: tuple[str, ...], url_base: str) -> None:
        if not columns:
            raise DomainError(Reason.REQUIRED, field="columns")
        if len(set(columns)) != len(columns) or not set(columns) <= set(COLUMNS):
            raise DomainError(Reason.INVALID_VALUE, field="columns",
                              detail="each column once / 每列只能选一次")
        if "verification_code" in columns and not batch.verification_digits:
            raise DomainError(Reason.INVALID_VALUE, field="columns",
                              detail=f"batch {batch.batch_no} has no verification codes / "
                                     f"码包 {batch.batch_no} 没有验证码")
        if "element_string" in columns and batch.format != "gs1":
            raise DomainError(Reason.INVALID_VALUE, field="columns",
                              detail="element strings are for GS1 codes / 仅 GS1 码有元素串")
        if "url" in columns and not url_base:
            raise DomainError(Reason.CODE_SETTINGS_REQUIRED, field="gateway_base_url")

    def export(self, data: ExportInput) -> Iterator[tuple[bytes, int, int]]:
        """Check everything, then return the sealed file as (bytes, codes done, codes total)."""
        batch = self.repo.get(data.batch_id)
        first, last = self._range(batch, data)
        if not self.repo.owns(batch) and ranges.outside_scope(
                self.ctx.session, self.ctx.tenant_id, batch.id, first, last,
                self.ctx.user.org_path):
            raise DomainError(Reason.OUT_OF_SCOPE, field="first_serial")
        printer = batches.printer(self.ctx, self.keys, batch,
                                  verification="verification_code" in data.columns)
        self._columns(batch, data.columns, printer.url_base)
        total = last - first + 1
        progress = _Progress()

        def plaintext() -> Iterator[bytes]:
            for block, codes in printer.csv(data.columns, first, last):
                progress.done += codes
                yield block

        meta = {"batch_no": batch.batch_no, "columns": ",".join(data.columns),
                "first_serial": str(first), "last_serial": str(last), "rows": str(total),
                "level": batch.level, "format": batch.format}
        try:
            sealed = printfile.seal(plaintext(), password=data.password or None,
                                    key=data.key or None, meta=meta)
        except printfile.PrintFileError as exc:
            raise DomainError(Reason.INVALID_VALUE, field=_SECRET_FIELDS.get(exc.kind, "key"),
                              detail=f"{exc.en} / {exc.zh}") from exc
        self.ctx.record("code_batch", batch.id, None,
                        {"export": list(data.columns), "first_serial": first,
                         "last_serial": last, "sealed_with": "password" if data.password
                         else "key file"}, action="export")
        return self._pieces(sealed, progress, total)

    @staticmethod
    def _pieces(sealed: Iterator[bytes], progress: _Progress,
                total: int) -> Iterator[tuple[bytes, int, int]]:
        buf = bytearray()
        for part in sealed:
            buf += part
            if len(buf) >= PIECE:
                yield bytes(buf), progress.done, total
                buf.clear()
        yield bytes(buf), total, total
