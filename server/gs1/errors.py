"""Why AI data or a GS1 Digital Link URI was refused: one stable reason per failure, in English and
Chinese, named after the GS1 Barcode Syntax Engine's own errors so logs can be compared with it."""

from __future__ import annotations

from enum import Enum


class Reason(Enum):
    """A refusal reason: (English template, Chinese template) with `{ai}` and `{detail}`."""

    # Digital Link URI structure
    URI_ILLEGAL_CHARACTER = ("URI contains illegal characters: {detail}",
                             "URI 含非法字符：{detail}")
    URI_ILLEGAL_SCHEME = ("URI scheme must be http:// or https:// (all lower or all upper case)",
                          "URI 协议须为 http:// 或 https://（全小写或全大写）")
    URI_MISSING_DOMAIN_OR_PATH = ("URI has no domain or no path information",
                                  "URI 缺少域名或路径")
    DOMAIN_ILLEGAL_CHARACTER = ("domain name contains illegal characters: {detail}",
                                "域名含非法字符：{detail}")
    NO_PRIMARY_KEY = ("no GS1 Digital Link primary key found in the path",
                      "路径中没有 GS1 数字链接主键")
    PATH_VALUE_EMPTY = ("AI ({ai}) has an empty value in the path", "路径中 AI ({ai}) 的值为空")
    QUERY_VALUE_EMPTY = ("AI ({ai}) has an empty value in the query",
                         "查询参数中 AI ({ai}) 的值为空")
    ILLEGAL_NUL = ("AI ({ai}) value decodes to a NUL character", "AI ({ai}) 的值解码后含 NUL 字符")
    UNKNOWN_QUERY_AI = ("numeric query parameter ({ai}) is not a known AI",
                        "数字查询参数 ({ai}) 不是已知的 AI")
    BAD_KEY_QUALIFIERS = ("path AIs {detail} are not a valid primary key and qualifier sequence",
                          "路径中的 AI {detail} 不是有效的主键与限定符序列")
    DUPLICATE_AI = ("AI ({ai}) appears more than once in the URI", "AI ({ai}) 在 URI 中重复出现")
    NOT_DATA_ATTRIBUTE = ("AI ({ai}) is not permitted as a Digital Link data attribute",
                          "AI ({ai}) 不能作为数字链接的数据属性")
    AI_BELONGS_IN_PATH = ("AI ({ai}) is a key qualifier and belongs in the path, not the query",
                          "AI ({ai}) 是主键限定符，应放在路径中而非查询参数中")
    BASE_URL_INVALID = ("base URL must be http(s)://domain[/path] without query or fragment: "
                        "{detail}", "基础地址须为 http(s)://域名[/路径]，不含查询或片段：{detail}")
    NO_KEY_TO_BUILD = ("a Digital Link needs a primary key AI such as (01) or (00)",
                       "数字链接需要 (01)、(00) 等主键 AI")
    # AI data
    UNKNOWN_AI = ("unknown AI ({ai})", "未知的 AI ({ai})")
    ELEMENT_STRING_MALFORMED = ("malformed element string: {detail}", "元素串格式错误：{detail}")
    VALUE_EMPTY = ("AI ({ai}) value is empty", "AI ({ai}) 的值为空")
    VALUE_TOO_SHORT = ("AI ({ai}) value is too short", "AI ({ai}) 的值过短")
    VALUE_TOO_LONG = ("AI ({ai}) value is too long", "AI ({ai}) 的值过长")
    LINTER = ("AI ({ai}): {detail}", "AI ({ai})：{detail}")
    REQUIRED_AIS_MISSING = ("AI ({ai}) requires one of: {detail}",
                            "AI ({ai}) 须同时带有以下之一：{detail}")
    INVALID_AI_PAIR = ("AI ({ai}) must not be used with AI ({detail})",
                       "AI ({ai}) 不能与 AI ({detail}) 同时使用")
    REPEATED_AI_VALUES_DIFFER = ("AI ({ai}) appears more than once with different values",
                                 "AI ({ai}) 重复出现且值不同")
    SERIAL_NOT_PRESENT = ("AI ({ai}) needs its serial component when a digital signature (8030) "
                          "is present", "存在数字签名 (8030) 时 AI ({ai}) 须包含序列号部分")


def _fill(template: str, ai: str, detail: str) -> str:
    return template.format(ai=ai, detail=detail)


class GS1SyntaxError(ValueError):
    """AI data or a Digital Link URI refused: the reason, the AI concerned, a bilingual message."""

    def __init__(self, reason: Reason, ai: str = "", detail: str = "") -> None:
        self.reason = reason
        self.ai = ai
        self.detail_text = detail
        super().__init__(_fill(reason.value[0], ai, detail))

    @property
    def message_zh(self) -> str:
        """The Chinese message."""
        return _fill(self.reason.value[1], self.ai, self.detail_text)

    @property
    def detail(self) -> str:
        """Bilingual explanation for people, like `GS1Error.detail`."""
        return f"{self} / {self.message_zh}"
