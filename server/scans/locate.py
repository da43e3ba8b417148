"""The browser's position for a scan shown moments ago (with the consumer's consent): the scan
is placed, and a counted query's verdict is weighed again with it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from server.scans import statements, templates, verdicts
from server.scans.outcome import Outcome, lang_of
from server.scans.verification import LOCATE_SECONDS, Verifier, own_templates, spoken

_RELOCATE = text(statements.RELOCATE)


def locate(v: Verifier, token: str, position: tuple[float, float, float], ip: str, device_id: str,
           lang_raw: str) -> Outcome:
    """Place a scan shown moments ago and weigh its verdict again."""
    lang = lang_of(lang_raw)
    ref = v.deps.secrets().open(token, LOCATE_SECONDS)
    here = v.div.locate(position[0], position[1])
    row = v._read(statements.HIT_BY_SERIAL, {
        "tenant": ref.tenant_id, "batch": ref.batch_id, "serial": ref.serial,
        "ip_key": f"ip:{ip}", "bad_key": f"bad:{ip}", "count_code": False,
        "attributed": ref.tenant_id, "exclude_scan": ref.scan_id})
    limited = v._limited(row)
    if limited:
        return limited
    out = Outcome(result="genuine" if ref.counted else "", verdict="", lang=lang,
                  place=v._name(here, lang))
    judgement = None
    if ref.counted and row["tenant_id"] is not None:
        judgement = verdicts.judge(
            ordinal=ref.ordinal, max_queries=row["max_queries"] or 0,
            priors=v._priors(row), now=datetime.now(UTC),
            device=v.deps.secrets().device(device_id), here=here, verified=False,
            divisions=v.div, lang=lang)
    params = {"scan": ref.scan_id, "tenant": ref.tenant_id, "latitude": here.latitude,
              "longitude": here.longitude, "accuracy": int(position[2]),
              "province": here.province_code, "city": here.city_code,
              "district": here.district_code, "rejudge": judgement is not None,
              "verdict": judgement.verdict if judgement else "",
              "reasons": judgement.reasons if judgement else [],
              "suspect_alert": bool(judgement and judgement.verdict == "suspect"
                                    and row["suspect_alerts"] is not False),
              "batch": ref.batch_id, "serial": ref.serial,
              "code": v._display_code(row) if row["tenant_id"] else "",
              "product": row["product_id"], "ordinal": ref.ordinal}
    with v.deps.engine.connect() as conn:
        updated, deliveries = conn.execute(_RELOCATE, params).one()
    if deliveries:
        v.deps.wake.set()
    if judgement is None or not updated:
        return out
    own = own_templates(row)
    v._product(out, row, lang)
    first_at, first_place = v._first(row, {"first_at": None}, here, lang)
    info = {**judgement.params, "first_time": v._time(first_at, row),
            "first_place": spoken(first_place, lang)}
    template = "repeat" if judgement.template == "first" and ref.ordinal > 1 \
        else judgement.template
    out.verdict, out.reasons = judgement.verdict, judgement.reasons
    out.headline = verdicts.headline(judgement.verdict, lang)
    out.reason_texts = [t for t in (verdicts.reason_text(r, lang, info)
                                    for r in judgement.reasons) if t]
    out.code, out.ordinal = params["code"], ref.ordinal
    out.query_count = max(row["queries"] or 0, ref.ordinal)
    out.first_at, out.first_place = first_at, first_place
    out.message = templates.render(templates.text_for(template, lang, own), templates.Values(
        code=out.code, product_name=out.product_name, query_count=out.query_count,
        ordinal=ref.ordinal, first_time=info["first_time"],
        first_place=info["first_place"]))
    return out
