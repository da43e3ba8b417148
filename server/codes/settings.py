"""A tenant's code settings: consumer URL base, GS1 Digital Link, company prefix for SSCCs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.codes.formats import GS1_PREFIX_LENGTHS
from server.codes.models import CodeSettings
from server.codes.repository import SettingsRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.validate import snapshot

FIELDS = ("gateway_base_url", "digital_link", "gs1_company_prefix", "sscc_extension_digit")
MAX_URL = 200
# Printable ASCII without spaces, quotes, commas or backslashes: URLs go into CSV files and QR
# codes as they are.
URL_RE = re.compile(r"^https?://[!#-+\--\[\]-~]+$")


@dataclass(frozen=True)
class SettingsInput:
    gateway_base_url: str
    digital_link: bool
    gs1_company_prefix: str
    sscc_extension_digit: int


def check_url(value: str) -> str:
    value = value.strip()
    if len(value) > MAX_URL:
        raise DomainError(Reason.TOO_LONG, field="gateway_base_url", max=MAX_URL)
    if value and not URL_RE.match(value):
        raise DomainError(Reason.INVALID_VALUE, field="gateway_base_url",
                          detail="http(s)://… without spaces, quotes or commas / "
                                 "以 http(s):// 开头，不含空格、引号或逗号")
    return value


class SettingsService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = SettingsRepository(ctx)

    def get(self) -> CodeSettings:
        return self.repo.row()

    def update(self, data: SettingsInput) -> CodeSettings:
        row = self.repo.row(for_update=True)
        before = snapshot(row, FIELDS)
        url = check_url(data.gateway_base_url)
        if data.digital_link and not url:
            raise DomainError(Reason.REQUIRED, field="gateway_base_url")
        prefix = data.gs1_company_prefix.strip()
        if prefix and (len(prefix) not in GS1_PREFIX_LENGTHS
                       or not (prefix.isascii() and prefix.isdigit())):
            raise DomainError(Reason.INVALID_VALUE, field="gs1_company_prefix",
                              detail="7–10 digits / 7–10 位数字")
        if not 0 <= data.sscc_extension_digit <= 9:
            raise DomainError(Reason.INVALID_VALUE, field="sscc_extension_digit",
                              detail="0–9")
        row.gateway_base_url, row.digital_link = url, data.digital_link
        row.gs1_company_prefix, row.sscc_extension_digit = prefix, data.sscc_extension_digit
        self.repo.flush()
        self.ctx.record("code_settings", self.ctx.tenant_id, before, snapshot(row, FIELDS),
                        action="update")
        return row
