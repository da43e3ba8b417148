"""Response templates (报读设置): the words a consumer reads, per kind and language, with the
seeds' placeholders. `${防伪码}` is the canonical spelling; the seeds' `$(防伪码)` and
`${(防伪码)}` are read the same way, and `${当前第几次查询}` as `${当前第几次}`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from server.core.errors import DomainError, Reason

PLACEHOLDERS = ("防伪码", "产品名称", "已查询次数", "当前第几次", "首次查询时间", "首次查询地点")
_ALIASES = {"当前第几次查询": "当前第几次"}
_PATTERN = re.compile(r"\$(?:\{\(?|\()\s*([^{}()$\s]+?)\s*(?:\)\}|\)|\})")
MAX_LENGTH = 1000

# The seeds' texts (seed 000/001, 报读设置) where they exist; ours for the kinds they lack.
DEFAULTS: dict[tuple[str, str], str] = {
    ("first", "zh"): "尊敬的客户，您好！您所查询的防伪码为${防伪码}，是本公司生产的${产品名称}，"
                     "为正品。感谢您的购买。",
    ("first", "en"): "Dear customer, the code you checked, ${防伪码}, belongs to a genuine "
                     "${产品名称} made by us. Thank you for your purchase.",
    ("repeat", "zh"): "您所查询的防伪码为${防伪码}，是本公司生产的${产品名称}，为正品。"
                      "感谢您的购买。该防伪码已被查询${当前第几次}次，首次查询时间为"
                      "${首次查询时间}，首次查询地点为${首次查询地点}。",
    ("repeat", "en"): "The code ${防伪码} belongs to a genuine ${产品名称} made by us. This is "
                      "query number ${当前第几次} of this code; it was first checked on "
                      "${首次查询时间} in ${首次查询地点}.",
    ("over_limit", "zh"): "尊敬的客户，您好！您所查询的防伪码为${防伪码}，该防伪码已超过最大查询"
                          "次数（已查询${已查询次数}次），请仔细检查，谨防假冒！",
    ("over_limit", "en"): "Dear customer, the code ${防伪码} has been checked more often than a "
                          "genuine label ever is (${已查询次数} times). Please look closely: "
                          "beware of counterfeits!",
    ("not_activated", "zh"): "您好，您所查询的防伪码还未激活，谨防假冒。",
    ("not_activated", "en"): "The code you checked has not been activated: beware of "
                             "counterfeits.",
    ("voided", "zh"): "您好，您所查询的防伪码${防伪码}已注销，不是有效的正品标签，谨防假冒。",
    ("voided", "en"): "The code ${防伪码} has been voided: it is not a valid label of a genuine "
                      "product. Beware of counterfeits.",
    ("unknown", "zh"): "您所查询的防伪码${防伪码}不存在，该产品可能是假冒产品，请谨慎购买。",
    ("unknown", "en"): "The code ${防伪码} does not exist: the product may be counterfeit.",
    ("wrong_code", "zh"): "验证码不正确，请核对包装内的验证码后重新输入。",
    ("wrong_code", "en"): "The verification code is wrong. Please check the code inside the "
                          "package and enter it again.",
    ("suspect", "zh"): "您所查询的防伪码${防伪码}为本公司${产品名称}的防伪码，但该码已于"
                       "${首次查询时间}在${首次查询地点}被查询，共查询${已查询次数}次，"
                       "标签可能被复制，谨防假冒！",
    ("suspect", "en"): "The code ${防伪码} is one of ours (${产品名称}), but it was first "
                       "checked on ${首次查询时间} in ${首次查询地点} and ${已查询次数} times "
                       "in all: the label may have been copied. Beware of counterfeits!",
}


@dataclass(frozen=True)
class Values:
    """What the placeholders stand for in one response."""

    code: str = ""
    product_name: str = ""
    query_count: int = 0
    ordinal: int = 0
    first_time: str = ""
    first_place: str = ""

    def mapping(self) -> dict[str, str]:
        return {"防伪码": self.code, "产品名称": self.product_name,
                "已查询次数": str(self.query_count), "当前第几次": str(self.ordinal),
                "首次查询时间": self.first_time, "首次查询地点": self.first_place}


def _name(raw: str) -> str:
    return _ALIASES.get(raw, raw)


def placeholders_in(text: str) -> list[str]:
    return [_name(m.group(1)) for m in _PATTERN.finditer(text)]


def render(text: str, values: Values | Mapping[str, str]) -> str:
    """The text with every placeholder replaced; unknown ones are left as written."""
    mapping = values.mapping() if isinstance(values, Values) else dict(values)

    def sub(match: re.Match[str]) -> str:
        name = _name(match.group(1))
        return mapping[name] if name in mapping else match.group(0)

    return _PATTERN.sub(sub, text)


def check(kind: str, lang: str, text: str) -> str:
    """A template as it may be saved: stripped, not too long, only known placeholders."""
    text = text.strip()
    field = f"templates.{kind}.{lang}"
    if len(text) > MAX_LENGTH:
        raise DomainError(Reason.TOO_LONG, field=field, max=MAX_LENGTH)
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            raise DomainError(Reason.TEMPLATE_PLACEHOLDER_UNKNOWN, field=field,
                              placeholder=f"${{{name}}}",
                              allowed=" ".join(f"${{{p}}}" for p in PLACEHOLDERS))
    return text


def text_for(kind: str, lang: str, own: Mapping[tuple[str, str], str]) -> str:
    """The tenant's text for (kind, lang), else the default."""
    return own.get((kind, lang)) or DEFAULTS[(kind, lang)]
