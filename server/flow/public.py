"""The public part of a code's journey, for the consumer page (scans area). What a consumer may
see, and why:

- **Where it went, by region and level**: "shipped to a level-1 dealer · 山东省济南市",
  "received by a level-2 dealer · 山东省青岛市". Dealers are not named: who supplies whom, and
  how much, is the brand's and its dealers' business (a competitor scanning bottles would map
  the distribution network). Their city is shown: it is what a consumer needs to tell whether
  the goods stayed in the region they were meant for (窜货 shows as a city far from here).
- **Stores by name**: a store is a public retail point; a consumer standing in one can check
  that the product was delivered to and sold by it.
- **Days, not times**: when a dealer received goods is business timing; the day is enough to
  read a journey.
- **Returns and exchanges** as plain steps; an exceptional shipment (staff welfare, gifts,
  samples) as "left outside the sales channel", its reason kept inside (a welfare bottle on a
  shop shelf is diverted, and the page says where it should not be, not whose welfare it was).
- **A recall** of the lot, with the brand's notice, on every unit of it wherever it is.
- Never: user names, warehouses, locations, document numbers, vehicles, another tenant's data
  (the statement reads by the scanned code's own tenant only).

The SQL (READ_JOINS / READ_COLUMNS) joins the journey into the consumer query's single READ, so
a verification still costs two round trips.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from server.flow.carriers import journey
from server.flow.models import DEFAULT_NOTICE
from server.scans.outcome import TimelineEntry
from server.scans.regions import Divisions, Place

READ_JOINS = f"""
LEFT JOIN LATERAL (
    SELECT n.id FROM pack_node n
    WHERE n.tenant_id = h.tenant_id AND n.batch_id = h.batch_id AND n.serial = h.serial
) pn ON true
LEFT JOIN LATERAL ({journey("h.tenant_id", "pn.id")}) journey ON true
LEFT JOIN LATERAL (
    SELECT json_agg(json_build_array(r.public_notice, extract(epoch FROM r.created_at))
                    ORDER BY r.id) AS list
    FROM recall_lot rl JOIN recall r ON r.id = rl.recall_id AND r.status = 'active'
    WHERE rl.tenant_id = h.tenant_id AND rl.lot_id = lot.id
) recalls ON true"""
READ_COLUMNS = "journey.moves AS journey, recalls.list AS recalls,"

LEVEL_ZH = {1: "一级", 2: "二级", 3: "三级", 4: "四级", 5: "五级"}
DEFAULT_NOTICE_EN = ("This lot has been recalled: please stop using it and contact the store or "
                     "the brand's service line to return or exchange it.")


def _day(epoch: float, zone: Any) -> str:
    return datetime.fromtimestamp(float(epoch), UTC).astimezone(zone).date().isoformat()


def _place(div: Divisions, region: str, lang: str, *, district: bool) -> str:
    if not region or len(region) != 6:
        return ""
    place = Place(region[:2] + "0000", region[:4] + "00" if region[2:4] != "00" else "",
                  region if district and region[4:] != "00" else "")
    return div.name(place, lang)


def _dealer(level: int, lang: str) -> str:
    if lang == "zh":
        return f"{LEVEL_ZH.get(level, '')}经销商" if level else "经销商"
    return f"a level-{level} dealer" if level else "a dealer"


def _step(move: Sequence[Any], lang: str, div: Divisions, zone: Any) -> TimelineEntry | None:
    kind, epoch, to_kind, region, name, shipment_kind, level = move
    zh = lang == "zh"
    day = _day(epoch, zone)
    store = to_kind == "store"
    where = " · ".join(x for x in (name if store else "",
                                   _place(div, region or "", lang, district=store)) if x)
    if kind == "receipt":
        return TimelineEntry("received", "入库" if zh else "Into the warehouse", day=day,
                             place=_place(div, region or "", lang, district=False))
    if kind == "ship":
        if shipment_kind == "return":
            return TimelineEntry("returned", "退回上级" if zh else "Returned up the chain",
                                 day=day)
        if to_kind == "dealer":
            title = f"发往{_dealer(level, lang)}" if zh else f"Shipped to {_dealer(level, lang)}"
        elif store:
            title = "发往门店" if zh else "Shipped to a store"
        else:
            title = "调往分仓" if zh else "Sent to a regional warehouse"
        return TimelineEntry("shipped", title, day=day, place=where)
    if kind == "receive":
        if shipment_kind == "return":
            return TimelineEntry("returned", "退货已收回" if zh else "Return received", day=day)
        if to_kind == "dealer":
            title = f"{_dealer(level, lang)}收货" if zh else \
                f"Received by {_dealer(level, lang)}"
        elif store:
            title = "门店收货" if zh else "Received by the store"
        else:
            title = "分仓收货" if zh else "Received at the warehouse"
        return TimelineEntry("received", title, day=day, place=where)
    if kind in ("sell", "exchange_out"):
        title = ("门店售出" if zh else "Sold by the store") if kind == "sell" else \
            ("换货售出" if zh else "Handed out in an exchange")
        return TimelineEntry("sold", title, day=day, place=where)
    if kind == "exchange_in":
        return TimelineEntry("exchanged", "换货收回" if zh else "Taken back in an exchange",
                             day=day, place=where)
    if kind == "exceptional":
        return TimelineEntry("exceptional", "非经销渠道出库" if zh else
                             "Left the warehouse outside the sales channel", day=day)
    return None


def entries(moves: Sequence[Sequence[Any]] | None, recalls: Sequence[Sequence[Any]] | None,
            lang: str, div: Divisions, zone: Any) -> list[TimelineEntry]:
    """The public timeline entries of a code's channel journey and its lot's recalls."""
    out = [e for e in (_step(m, lang, div, zone) for m in moves or []) if e is not None]
    for notice, epoch in recalls or []:
        text = notice if lang == "zh" or notice != DEFAULT_NOTICE else DEFAULT_NOTICE_EN
        out.append(TimelineEntry("recalled", "该批次已召回" if lang == "zh" else
                                 "This lot is recalled", day=_day(epoch, zone), detail=text))
    return out
