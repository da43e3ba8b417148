"""The plain verdict on a genuine code's query. A count alone cannot tell a consumer's own second
scan from a copied label, so the verdict weighs who scanned before (the same phone or others),
where and how long ago, and says why in words. Every reason is recorded on the scan.

Rules, in order (the first that applies sets the verdict; all that apply are reasons):
- over the tenant's maximum query count → suspect (the over-limit text);
- a scan elsewhere too recently to have travelled: ≥ FAR_KM apart at more than TRAVEL_KMH → suspect;
- the verification code entered right on another phone before → suspect (the inner code is
  per bottle: two phones knowing it share one label);
- scanned in ≥ MANY_CITIES cities, or by ≥ MANY_DEVICES phones → suspect;
- every earlier query from this phone → genuine ("your own earlier scans");
- an earlier query from another phone → caution: genuine code, but the page tells when and where
  it was first checked, so the consumer can tell whether that was them or their shop;
- no earlier query → genuine, first query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from server.scans.regions import Divisions, Place, distance_km, wgs84_to_gcj02

FAR_KM = 50.0
TRAVEL_KMH = 100.0
MANY_CITIES = 3
MANY_DEVICES = 4


@dataclass(frozen=True)
class Prior:
    """An earlier counted query of the same code."""

    at: datetime
    device: str
    place: Place
    verified: bool = False


@dataclass
class Judgement:
    verdict: str  # genuine | caution | suspect
    template: str  # first | repeat | over_limit | suspect
    reasons: list[str] = field(default_factory=list)
    params: dict[str, str] = field(default_factory=dict)  # for the reasons' words


def _point(place: Place, divisions: Divisions) -> tuple[float, float] | None:
    """GCJ-02 (lat, lng): the position, else the centre of the IP's region."""
    if place.latitude is not None and place.longitude is not None:
        return wgs84_to_gcj02(place.latitude, place.longitude)
    return divisions.centre(place)


def judge(*, ordinal: int, max_queries: int, priors: Sequence[Prior], now: datetime,
          device: str, here: Place, verified: bool, divisions: Divisions,
          lang: str = "zh") -> Judgement:
    """The verdict of query number `ordinal` (priors: the earlier ones, newest first)."""
    j = Judgement("genuine", "first" if ordinal <= 1 and not priors else "repeat")
    if not priors:
        j.reasons.append("first_query")
    suspect = False
    if max_queries and ordinal > max_queries:
        j.reasons.append("over_limit")
        j.params["max"] = str(max_queries)
        j.template = "over_limit"
        suspect = True
    here_point = _point(here, divisions)
    for prior in priors:
        there = _point(prior.place, divisions)
        if here_point is None or there is None or not prior.place.city_code \
                or prior.place.city_code == here.city_code:
            continue
        km = distance_km(*here_point, *there)
        hours = max((now - prior.at).total_seconds() / 3600, 0.0)
        if km >= FAR_KM and km > TRAVEL_KMH * hours:
            j.reasons.append("far_apart_soon")
            j.params.update(km=f"{km:.0f}", ago=_ago(now - prior.at, lang),
                            where=divisions.name(prior.place, lang))
            suspect = True
            break
    if verified and any(p.verified and p.device != device for p in priors):
        j.reasons.append("verified_elsewhere")
        suspect = True
    cities = {p.place.city_code for p in priors if p.place.city_code} | \
        ({here.city_code} if here.city_code else set())
    if len(cities) >= MANY_CITIES:
        j.reasons.append("many_places")
        j.params["cities"] = str(len(cities))
        suspect = True
    devices = {p.device for p in priors if p.device} | ({device} if device else set())
    if len(devices) >= MANY_DEVICES:
        j.reasons.append("many_devices")
        j.params["devices"] = str(len(devices))
        suspect = True
    if suspect:
        j.verdict = "suspect"
        if j.template != "over_limit":
            j.template = "suspect"
    elif priors and device and all(p.device == device for p in priors):
        j.reasons.append("own_repeat")
    elif priors:
        j.reasons.append("other_device")
        j.verdict = "caution"
    return j


def _ago(delta: object, lang: str) -> str:
    seconds = max(int(delta.total_seconds()), 0)  # type: ignore[attr-defined]
    minutes = seconds // 60
    if minutes < 60:
        return f"{max(minutes, 1)} 分钟" if lang == "zh" else f"{max(minutes, 1)} min"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} 小时" if lang == "zh" else f"{hours} h"
    return f"{hours // 24} 天" if lang == "zh" else f"{hours // 24} days"


# --- words ---------------------------------------------------------------------------------------

REASON_TEXTS: dict[str, tuple[str, str]] = {
    "first_query": ("这是该码的第一次查询。", "This is the first query of this code."),
    "own_repeat": ("此前的查询都来自这部手机，是您自己查询过。",
                   "The earlier queries came from this phone: they were yours."),
    "other_device": ("该码已于{first_time}在{first_place}被另一部手机查询过。如果那不是您或"
                     "商家查询的，标签可能被复制。",
                     "Another phone checked this code first, on {first_time} in {first_place}. "
                     "If that was not you or your shop, the label may have been copied."),
    "far_apart_soon": ("该码{ago}前在{where}被查询，距此约{km}公里：同一件商品不会这么快出现在"
                       "两地，标签很可能被复制。",
                       "This code was checked {ago} ago in {where}, about {km} km from here: "
                       "one bottle does not travel that fast, so the label is probably a copy."),
    "verified_elsewhere": ("包装内的验证码此前已在另一部手机上输入过：同一验证码出现在两件商品上，"
                           "标签很可能被复制。",
                           "The inner verification code was already entered on another phone: "
                           "two products carry one code, so the label is probably a copy."),
    "many_places": ("该码已在{cities}个城市被查询，正品标签通常只在一处被查询。",
                    "This code has been checked in {cities} cities; a genuine label is "
                    "usually checked in one place."),
    "many_devices": ("该码已被{devices}部不同的手机查询。",
                     "{devices} different phones have checked this code."),
    "over_limit": ("查询次数已超过{max}次。", "It has been checked more than {max} times."),
    "code_not_entered": ("刮开包装内的涂层，输入验证码，可确认商品不是复制的标签。",
                         "Scratch the coating inside the package and enter the verification "
                         "code to make sure the label is not a copy."),
    "verified": ("包装内的验证码正确。", "The verification code inside the package is right."),
    "code_required": ("请刮开包装内的涂层，输入验证码完成查询。",
                      "Scratch the coating inside the package and enter the verification code "
                      "to finish the check."),
    "wrong_code": ("验证码不正确，还可尝试 {left} 次。",
                   "The verification code is wrong; {left} more tries."),
    "code_locked": ("该码今天输错验证码的次数过多，已暂停验证，请明天再试或联系品牌客服。",
                    "Too many wrong verification codes for this code today: checking is paused. "
                    "Try again tomorrow or call the brand's service line."),
    "not_activated": ("该码尚未激活：正品出厂前都会激活。", "This code was never activated: "
                      "genuine products are activated before they leave the factory."),
    "voided": ("该码已被品牌注销（如损坏的标签），不应出现在商品上。",
               "The brand voided this code (a damaged label, say): it should not be on a "
               "product."),
    "unknown": ("品牌从未发行过该码。", "The brand never issued this code."),
    "malformed": ("这不是有效的防伪码，请检查是否输错。",
                  "This is not a valid code: please check for a typing mistake."),
    "rate_limited": ("查询过于频繁，请 {seconds} 秒后再试。",
                     "Too many queries: please try again in {seconds} seconds."),
}

HEADLINES: dict[str, tuple[str, str]] = {
    "genuine": ("正品", "Genuine"),
    "caution": ("正品码 · 请留意", "Genuine code — please check"),
    "suspect": ("疑似仿冒", "Possibly counterfeit"),
    "counterfeit": ("非正品", "Not genuine"),
    "pending": ("请输入验证码", "Enter the verification code"),
    "wrong_code": ("验证码错误", "Wrong verification code"),
    "code_locked": ("暂停验证", "Checking paused"),
    "rate_limited": ("请稍后再试", "Please try again later"),
    "malformed": ("无效的码", "Not a valid code"),
}


class _Safe(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def reason_text(reason: str, lang: str, params: dict[str, str]) -> str:
    pair = REASON_TEXTS.get(reason)
    if pair is None:
        return ""
    return pair[0 if lang == "zh" else 1].format_map(_Safe(params))


def headline(key: str, lang: str) -> str:
    pair = HEADLINES.get(key, HEADLINES["counterfeit"])
    return pair[0 if lang == "zh" else 1]


# The reasons as the brand's scan log says them: short, the weighty ones first.
LOG_TEXTS: dict[str, tuple[str, str]] = {
    "far_apart_soon": ("与上次查询相距太远、间隔太短", "too far from the last query, too soon"),
    "verified_elsewhere": ("验证码已在另一部手机输入过", "code entered on another phone before"),
    "many_places": ("已在多个城市查询", "checked in several cities"),
    "many_devices": ("已被多部手机查询", "checked by many phones"),
    "over_limit": ("超过最大查询次数", "over the maximum queries"),
    "other_device": ("另一部手机查询过", "another phone checked it first"),
    "own_repeat": ("同一手机再次查询", "the same phone again"),
    "first_query": ("首次查询", "first query"),
    "verified": ("验证码正确", "verification code right"),
    "code_not_entered": ("未输入验证码", "no verification code entered"),
    "code_required": ("等待输入验证码", "waiting for the verification code"),
    "wrong_code": ("验证码错误", "wrong verification code"),
    "code_locked": ("验证码错误次数过多", "too many wrong verification codes"),
    "not_activated": ("码未激活", "code never activated"),
    "voided": ("码已注销", "code voided"),
    "unknown": ("码不存在", "no such code"),
    "malformed": ("不是有效的码", "not a code"),
}
_LOG_ORDER = list(LOG_TEXTS)


def log_text(reasons: Sequence[str], lang: str) -> str:
    """The recorded reasons in the scan log's words."""
    known = sorted((r for r in reasons if r in LOG_TEXTS), key=_LOG_ORDER.index)
    return ("；" if lang == "zh" else "; ").join(
        LOG_TEXTS[r][0 if lang == "zh" else 1] for r in known)
