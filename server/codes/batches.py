"""Issuing code batches (one row each, whatever the count), and reading them back with their
codes' counts by state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from server.accounts.models import Tenant
from server.catalog.models import Product
from server.catalog.repository import ProductRepository
from server.codes import ranges
from server.codes.formats import DEFAULT_LENGTH, DIGITS_LENGTHS, SHORT_LENGTH, Space
from server.codes.keys import KeyStore
from server.codes.models import FORMATS, LEVELS, ROLL_UNITS, CodeBatch
from server.codes.repository import BatchRepository, SettingsRepository
from server.codes.rows import BatchCodes
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import snapshot, text
from shared.pb import common_pb2

FIELDS = ("id", "batch_no", "owner_org_id", "level", "format", "length", "space", "seq_start",
          "count", "product_id", "gtin", "url_base", "digital_link", "verification_digits",
          "labels_per_roll", "roll_unit", "note", "operation_id")
MAX_COUNT = 100_000_000
DEFAULT_LABELS_PER_ROLL = 1000
MAX_LABELS_PER_ROLL = 1_000_000
MAX_OPERATION_ID = 64


@dataclass(frozen=True)
class IssueInput:
    level: str
    format: str
    length: int = 0
    count: int = 0
    product_id: int = 0
    verification_digits: int = 0
    labels_per_roll: int = 0
    roll_unit: str = ""
    note: str = ""
    operation_id: str = ""


@dataclass(frozen=True)
class BatchView:
    """A batch with what its proto shows besides its own columns."""

    batch: CodeBatch
    product_name: str
    created_by: str
    counts: ranges.Counts
    sample_code: str


def operation_id(value: str) -> str:
    return text(value, "operation_id", max_len=MAX_OPERATION_ID)


def space_of(batch: CodeBatch) -> Space:
    return Space.parse(batch.space)


def printer(ctx: CallContext, keys: KeyStore, batch: CodeBatch, *,
            verification: bool = False) -> BatchCodes:
    """What it takes to print the batch's codes (the verification key only when asked)."""
    space = space_of(batch)
    url_base = batch.url_base or SettingsRepository(ctx).row().gateway_base_url
    return BatchCodes(
        codec=keys.codec(ctx.session, ctx.tenant_id, space), seq_start=batch.seq_start,
        count=batch.count, labels_per_roll=batch.labels_per_roll, gtin=batch.gtin,
        url_base=url_base, digital_link=batch.digital_link,
        verification_key=(keys.verification_key(ctx.session, ctx.tenant_id, space)
                          if verification and batch.verification_digits else None),
        verification_digits=batch.verification_digits if verification else 0)


class BatchService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.repo = BatchRepository(ctx)
        self.products = ProductRepository(ctx)

    # --- reading --------------------------------------------------------------------------------

    def list_page(self, query: common_pb2.ListQuery) -> tuple[Page, list[BatchView]]:
        page = paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())
        return page, self._views([(r[0], r[1], r[2]) for r in page.rows])

    def view(self, batch_id: int) -> BatchView:
        row = self.ctx.session.execute(
            self.repo.listing().where(CodeBatch.id == batch_id)).one_or_none()
        if row is None:
            self.repo.get(batch_id)  # raises NOT_FOUND
        assert row is not None
        return self._views([(row[0], row[1], row[2])])[0]

    def _views(self, rows: list[tuple[CodeBatch, str | None, str]]) -> list[BatchView]:
        owned = [b.id for b, _, _ in rows if self.repo.owns(b)]
        others = [b.id for b, _, _ in rows if b.id not in owned]
        counts = ranges.counts(self.ctx.session, self.ctx.tenant_id, owned)
        # A factory holding allocated ranges sees the counts over its own ranges only.
        counts |= ranges.counts(self.ctx.session, self.ctx.tenant_id, others,
                                self.ctx.user.org_path)
        return [BatchView(b, name or "", user, counts[b.id], self._sample(b))
                for b, name, user in rows]

    def _sample(self, batch: CodeBatch) -> str:
        codec = self.keys.codec(self.ctx.session, self.ctx.tenant_id, space_of(batch))
        return codec.encode(batch.seq_start)

    # --- issuing --------------------------------------------------------------------------------

    def issue(self, data: IssueInput) -> CodeBatch:
        """A new batch, or the batch an earlier call with the same operation id issued."""
        op = operation_id(data.operation_id)
        if op:
            self.repo.lock_operation(op)
            earlier = self.repo.by_operation(op)
            if earlier is not None:
                return earlier
        level, fmt = self._choice(data.level, LEVELS, "level"), \
            self._choice(data.format, FORMATS, "format")
        count = data.count
        if not 1 <= count <= MAX_COUNT:
            raise DomainError(Reason.INVALID_VALUE, field="count", detail=f"1..{MAX_COUNT:,}")
        digits = data.verification_digits
        if digits and not 4 <= digits <= 8:
            raise DomainError(Reason.INVALID_VALUE, field="verification_digits",
                              detail="0, 4–8")
        per_roll = data.labels_per_roll or DEFAULT_LABELS_PER_ROLL
        if not 1 <= per_roll <= MAX_LABELS_PER_ROLL:
            raise DomainError(Reason.INVALID_VALUE, field="labels_per_roll",
                              detail=f"1..{MAX_LABELS_PER_ROLL:,}")
        roll_unit = self._choice(data.roll_unit or "roll", ROLL_UNITS, "roll_unit")
        product = self._product(data.product_id)
        settings = SettingsRepository(self.ctx).row(for_update=True)  # numbers batches in turn
        space = self._space(fmt, level, data.length, product, settings)
        start, space_row = self.repo.take(space.key, count)
        if start + count > space.capacity:
            raise DomainError(Reason.CODE_SPACE_FULL, field="count", space=space.key,
                              capacity=f"{space.capacity:,}", issued=f"{start:,}",
                              count=f"{count:,}")
        self.repo.advance(space_row, start + count)
        settings.batches_issued += 1
        self.keys.tenant(self.ctx.session, self.ctx.tenant_id)  # keys exist before any code
        user = self.ctx.user
        batch = CodeBatch(
            owner_org_id=user.org_id, batch_no=self._batch_no(settings.batches_issued),
            level=level, format=fmt, length=space.length, space=space.key, seq_start=start,
            count=count, product_id=product.id if product else None,
            gtin=product.gtin if product and fmt == "gs1" and level != "pallet" else "",
            url_base=settings.gateway_base_url, digital_link=settings.digital_link,
            verification_digits=digits, labels_per_roll=per_roll, roll_unit=roll_unit,
            note=text(data.note, "note", max_len=500), operation_id=op,
            created_by_id=user.user_id)
        self.repo.add(batch, code=batch.batch_no, field="batch_no")
        ranges.create(self.ctx.session, self.ctx.tenant_id, batch.id, count)
        self.ctx.record("code_batch", batch.id, None, snapshot(batch, FIELDS), action="issue")
        return batch

    @staticmethod
    def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
        if not value:
            raise DomainError(Reason.REQUIRED, field=field)
        if value not in allowed:
            raise DomainError(Reason.INVALID_VALUE, field=field, detail=value)
        return value

    def _product(self, product_id: int) -> Product | None:
        if not product_id:
            return None
        try:
            product = self.products.get(product_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="product_id", entity="product",
                              id=product_id) from exc
        if not product.active:
            raise DomainError(Reason.INVALID_VALUE, field="product_id",
                              detail=f"{product.name}: inactive / 产品已停用")
        return product

    @staticmethod
    def _space(fmt: str, level: str, length: int, product: Product | None,
               settings: Any) -> Space:
        if fmt == "short":
            if length not in (0, SHORT_LENGTH):
                raise DomainError(Reason.INVALID_VALUE, field="length",
                                  detail=f"short codes have {SHORT_LENGTH} characters / "
                                         f"短码固定 {SHORT_LENGTH} 位")
            return Space.short()
        if fmt == "gs1" and level == "pallet":
            if not settings.gs1_company_prefix:
                raise DomainError(Reason.CODE_SETTINGS_REQUIRED, field="gs1_company_prefix")
            return Space.sscc(settings.sscc_extension_digit, settings.gs1_company_prefix)
        length = length or DEFAULT_LENGTH
        if length not in DIGITS_LENGTHS:
            raise DomainError(Reason.INVALID_VALUE, field="length", detail="16–20")
        if fmt == "gs1":
            if product is None:
                raise DomainError(Reason.REQUIRED, field="product_id")
            if not product.gtin:
                raise DomainError(Reason.INVALID_VALUE, field="product_id",
                                  detail=f"{product.name}: no GTIN / 该产品没有 GTIN")
            return Space.gs1(length)
        return Space.digits(length)

    def _batch_no(self, number: int) -> str:
        tenant = self.ctx.session.get(Tenant, self.ctx.tenant_id)
        zone = ZoneInfo(tenant.timezone if tenant else "Asia/Shanghai")
        return f"CB{datetime.now(zone):%Y%m%d}-{number:05d}"
