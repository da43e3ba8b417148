"""The brand's anti-counterfeiting settings (防伪应用 / 防伪预警), its response templates
(报读设置) with their preview, and each product's verification code policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from server.catalog.models import Product
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, not_found
from server.core.listing import Page, paginate
from server.core.validate import snapshot, text
from server.scans import templates
from server.scans.models import (
    LANGS,
    TEMPLATE_KINDS,
    VERIFICATION_MODES,
    ScanProduct,
    ScanSettings,
    ScanTemplate,
)
from server.scans.repository import (
    ProductVerificationRepository,
    SettingsRepository,
    TemplateRepository,
)
from shared.pb import common_pb2

FIELDS = ("max_queries", "normal_threshold", "important_threshold", "sms_enabled",
          "suspect_alerts", "enumeration_threshold", "default_verification", "brand_name",
          "brand_intro", "service_phone")
MAX_COUNT = 1_000_000
SAMPLE = templates.Values(code="12345678901234567894", product_name="花生油 4L", query_count=3,
                          ordinal=3, first_time="2026-11-20 08:47",
                          first_place="山西省长治市襄垣县")
SAMPLE_EN = templates.Values(code="12345678901234567894", product_name="Peanut oil 4L",
                             query_count=3, ordinal=3, first_time="2026-11-20 08:47",
                             first_place="Xiangyuan County, Changzhi, Shanxi")


@dataclass(frozen=True)
class SettingsInput:
    max_queries: int
    normal_threshold: int
    important_threshold: int
    sms_enabled: bool
    suspect_alerts: bool
    enumeration_threshold: int
    default_verification: str
    brand_name: str
    brand_intro: str
    service_phone: str


def _count(value: int, field: str) -> int:
    if not 0 <= value <= MAX_COUNT:
        raise DomainError(Reason.INVALID_VALUE, field=field, detail=f"0..{MAX_COUNT:,}")
    return value


def mode(value: str, field: str, *, allow_default: bool = False) -> str:
    if allow_default and value == "":
        return ""
    if value not in VERIFICATION_MODES:
        raise DomainError(Reason.INVALID_VALUE, field=field,
                          detail="off | optional | required")
    return value


class SettingsService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = SettingsRepository(ctx)

    def get(self) -> ScanSettings:
        return self.repo.row()

    def update(self, data: SettingsInput) -> ScanSettings:
        row = self.repo.row(for_update=True)
        before = snapshot(row, FIELDS)
        normal = _count(data.normal_threshold, "normal_threshold")
        important = _count(data.important_threshold, "important_threshold")
        row.max_queries = _count(data.max_queries, "max_queries")
        row.normal_threshold, row.important_threshold = normal, important
        row.enumeration_threshold = _count(data.enumeration_threshold or 30,
                                           "enumeration_threshold")
        row.sms_enabled, row.suspect_alerts = data.sms_enabled, data.suspect_alerts
        row.default_verification = mode(data.default_verification or "optional",
                                        "default_verification")
        row.brand_name = text(data.brand_name, "brand_name", max_len=100)
        row.brand_intro = text(data.brand_intro, "brand_intro", max_len=2000)
        row.service_phone = text(data.service_phone, "service_phone", max_len=40)
        self.repo.flush()
        self.ctx.record("scan_settings", self.ctx.tenant_id, before, snapshot(row, FIELDS))
        return row

    # --- templates ------------------------------------------------------------------------------

    def templates(self) -> list[tuple[str, str, str, bool]]:
        """Every (kind, lang, text, customised)."""
        own = {(t.kind, t.lang): t.text for t in TemplateRepository(self.ctx).all()}
        return [(k, lang, own.get((k, lang)) or templates.DEFAULTS[(k, lang)], (k, lang) in own)
                for k in TEMPLATE_KINDS for lang in LANGS]

    def update_templates(self, given: list[tuple[str, str, str]]) -> None:
        """Save the given texts; an empty text (or the default's) goes back to the default."""
        repo = TemplateRepository(self.ctx)
        rows = {(t.kind, t.lang): t for t in repo.all()}
        checked = [(self._kind(k), self._lang(lang), templates.check(k, lang, t))
                   for k, lang, t in given]
        before = {f"{k}.{lang}": r.text for (k, lang), r in rows.items()}
        for kind, lang, value in checked:
            row = rows.get((kind, lang))
            if not value or value == templates.DEFAULTS[(kind, lang)]:
                if row is not None:
                    self.ctx.session.delete(row)
                    del rows[(kind, lang)]
                continue
            if row is None:
                rows[(kind, lang)] = repo.add(ScanTemplate(kind=kind, lang=lang, text=value))
            else:
                row.text = value
        repo.flush()
        after = {f"{k}.{lang}": r.text for (k, lang), r in rows.items()}
        self.ctx.record("scan_template", self.ctx.tenant_id, before, after)

    def preview(self, given: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        """The texts rendered with sample values (checked like saving, nothing saved)."""
        out = []
        for kind, lang, value in given:
            kind, lang = self._kind(kind), self._lang(lang)
            value = templates.check(kind, lang, value) or templates.DEFAULTS[(kind, lang)]
            out.append((kind, lang, templates.render(value, SAMPLE if lang == "zh"
                                                     else SAMPLE_EN)))
        return out

    @staticmethod
    def _kind(kind: str) -> str:
        if kind not in TEMPLATE_KINDS:
            raise DomainError(Reason.INVALID_VALUE, field="kind", detail=kind or "—")
        return kind

    @staticmethod
    def _lang(lang: str) -> str:
        if lang not in LANGS:
            raise DomainError(Reason.INVALID_VALUE, field="lang", detail="zh | en")
        return lang

    # --- product verification -------------------------------------------------------------------

    def product_modes(self, query: common_pb2.ListQuery) -> Page:
        repo = ProductVerificationRepository(self.ctx)
        return paginate(self.ctx.session, repo.listing(), query, repo.list_spec())

    def set_product_mode(self, product_id: int, value: str) -> tuple[Any, ...]:
        value = mode(value, "verification", allow_default=True)
        product = self.ctx.session.execute(select(Product).where(
            Product.tenant_id == self.ctx.tenant_id, Product.id == product_id)
        ).scalar_one_or_none()
        if product is None:
            raise not_found("product", product_id)
        row = self.ctx.session.execute(select(ScanProduct).where(
            ScanProduct.tenant_id == self.ctx.tenant_id, ScanProduct.product_id == product_id)
        ).scalar_one_or_none()
        before = {"verification": row.verification if row else ""}
        if not value and row is not None:
            self.ctx.session.delete(row)
        elif value and row is None:
            ProductVerificationRepository(self.ctx).add(ScanProduct(product_id=product_id,
                                                                    verification=value))
        elif row is not None:
            row.verification = value
        self.ctx.session.flush()
        self.ctx.record("product", product_id, before, {"verification": value},
                        action="update")
        return product.id, product.code, product.name, value
