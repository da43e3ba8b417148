"""A consumer's query, decided on the server: which tenant's code it is (routes), whether it is
genuine, what the consumer reads, what the brand records and whom it alerts.

Two database round trips per batch of queries, however many the gateway sent together
(statements_many.READ_MANY and WRITE_MANY) on the scan pool's autocommit connections; keys,
routes and divisions come from memory.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from server.codes import verification as vcodes
from server.codes.formats import Kind, Space
from server.codes.lookup import shown
from server.flow import public
from server.scans import prepared, statements, templates, verdicts
from server.scans.deps import ScanDeps
from server.scans.outcome import (
    WRITE_FIELDS,
    Decision,
    Document,
    Item,
    Outcome,
    Request,
    TimelineEntry,
    lang_of,
)
from server.scans.reading import candidates
from server.scans.regions import Place, divisions, ip_place, ip_prefix
from server.scans.routes import Target
from server.scans.secrets import ScanRef

CONFIRM_SECONDS = 30 * 60  # a verification code entered on a page this old confirms its scan
LOCATE_SECONDS = 10 * 60   # a position is accepted for a scan this old


class Verifier:
    def __init__(self, deps: ScanDeps) -> None:
        self.deps = deps
        self.div = divisions()

    # --- the query ------------------------------------------------------------------------------

    def verify(self, req: Request) -> Outcome:
        return self.verify_many([req])[0]

    def verify_many(self, reqs: Sequence[Request]) -> list[Outcome]:
        """Queries decided together: one READ for all of them, one WRITE for all of them
        (a second round only for a code queried twice in the same batch)."""
        items = [self._begin(req) for req in reqs]
        rows = self._read_many(items, count_ip=True)
        again = [i for i, (item, row) in enumerate(zip(items, rows, strict=True))
                 if row["tenant_id"] is None and item.well_formed]
        if again and self.deps.routes.refresh_if_changed():
            # A batch issued (or a base set) since the routes were loaded: ask again.
            for i in again:
                items[i] = self._begin(reqs[i])
            for i, row in zip(again, self._read_many([items[i] for i in again],
                                                     count_ip=False), strict=True):
                rows[i] = row
        outcomes: list[Outcome | None] = [None] * len(items)
        pending: list[tuple[int, Decision, dict[str, Any]]] = []
        for i, (item, row) in enumerate(zip(items, rows, strict=True)):
            limited = self._limited(row)
            if limited is not None:
                outcomes[i] = limited
                continue
            if row["hit_tenants"] and len(row["hit_tenants"]) > 1:
                row = self._ambiguous(row, item)
            decision = self._not_ours(item, row) if row["tenant_id"] is None \
                else self._ours(item, row)
            pending.append((i, decision, next(decision)))
        while pending:
            this_round, later, seen = [], [], set()
            for entry in pending:
                params = entry[2]
                key = (params["tenant"], params["batch"], params["serial"])
                if params["counted"] and key in seen:
                    later.append(entry)
                    continue
                if params["counted"]:
                    seen.add(key)
                this_round.append(entry)
            written = self._write_many([params for _, _, params in this_round])
            for (i, decision, _), result in zip(this_round, written, strict=True):
                try:
                    decision.send(result)
                except StopIteration as done:
                    outcomes[i] = done.value
            pending = later
        return [o for o in outcomes if o is not None]

    def _begin(self, req: Request) -> Item:
        target = self.deps.routes.resolve(req.url)
        cands, well_formed = candidates(self.deps, target)
        return Item(req, lang_of(req.lang), self._here(req),
                    self._token(req.scan_token, CONFIRM_SECONDS), target, cands, well_formed)

    def _read_many(self, items: Sequence[Item], *, count_ip: bool) -> list[dict[str, Any]]:
        c_req, c_tenant, c_space, c_seq, c_gtin = [], [], [], [], []
        for n, item in enumerate(items, start=1):
            for c in item.cands:
                c_req.append(n)
                c_tenant.append(c.tenant_id)
                c_space.append(c.space)
                c_seq.append(c.seq)
                c_gtin.append(c.gtin)
        params = {
            "r_ip_key": [f"ip:{i.req.ip}" if count_ip else "" for i in items],
            "r_bad_key": [f"bad:{i.req.ip}" for i in items],
            "r_attributed": [self._attributed(i.target) for i in items],
            "r_exclude": [i.ref.scan_id if i.ref else 0 for i in items],
            "c_req": c_req, "c_tenant": c_tenant, "c_space": c_space, "c_seq": c_seq,
            "c_gtin": c_gtin}
        statement = prepared.READ_MANY
        return self.deps.execute_all(statement.execute, statement.values(params))

    def _write_many(self, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        params: dict[str, Any] = {f"w_{k}": [r[k] for r in rows] for k in WRITE_FIELDS}
        params["w_reasons"] = [",".join(r["reasons"]) for r in rows]
        params["e_req"] = [n for n, r in enumerate(rows, start=1) for _ in r["enum_tenants"]]
        params["e_tenant"] = [t for r in rows for t in r["enum_tenants"]]
        params["vc_limit"] = self.deps.limits.wrong_codes_per_day
        statement = prepared.WRITE_MANY
        written = self.deps.execute_all(statement.execute, statement.values(params))
        if any(w["deliveries"] for w in written):
            self.deps.wake.set()
        return written

    def _here(self, req: Request) -> Place:
        if req.position is not None:
            return self.div.locate(req.position[0], req.position[1])
        return ip_place(req.ip, self.deps.ip_regions)

    def _token(self, token: str, max_age: float) -> ScanRef | None:
        if not token:
            return None
        try:
            return self.deps.secrets().open(token, max_age)
        except Exception:  # an old or damaged page: the query stands on its own
            return None

    @staticmethod
    def _attributed(target: Target) -> int:
        """The tenant an unknown code is recorded for: the one whose URL base it came to."""
        return target.tenants[0] if target.by_base and len(target.tenants) == 1 else 0

    def _read(self, hit_sql: str, params: dict[str, Any]) -> dict[str, Any]:
        defaults = {"c_tenant": [], "c_space": [], "c_seq": [], "c_gtin": [], "tenant": 0,
                    "batch": 0, "serial": 0}
        statement = prepared.READ_CANDIDATES if hit_sql == statements.HIT_BY_CANDIDATES \
            else prepared.READ_SERIAL
        return self.deps.execute(statement.execute, statement.values({**defaults, **params}))

    def _limited(self, row: dict[str, Any]) -> Outcome | None:
        limits = self.deps.limits
        over_minute = (row["ip_hits"] or 0) > limits.ip_per_minute or \
            (row["code_hits"] or 0) > limits.code_per_minute
        over_bad = (row["bad_hits"] or 0) >= limits.bad_per_10min
        if not (over_minute or over_bad):
            return None
        now = time.time()
        wait = int(600 - now % 600) if over_bad else int(60 - now % 60)
        return Outcome(result="rate_limited", verdict="refused", retry_after_s=max(wait, 1))

    def _ambiguous(self, row: dict[str, Any], item: Item) -> dict[str, Any]:
        """Two tenants both issued this code (1 in 10^9): the GTIN's company prefix decides."""
        tenants = row["hit_tenants"]
        owners = [t for t in tenants if (p := self.deps.routes.company_prefix(t))
                  and any(c.gtin and c.gtin[1:].startswith(p) for c in item.cands)]
        if len(owners) != 1:
            return {**row, "tenant_id": None, "hit_tenants": None}
        mine = [c for c in item.cands if c.tenant_id == owners[0]]
        return self._read(statements.HIT_BY_CANDIDATES, {
            "c_tenant": [c.tenant_id for c in mine], "c_space": [c.space for c in mine],
            "c_seq": [c.seq for c in mine], "c_gtin": [c.gtin for c in mine],
            "ip_key": "", "bad_key": f"bad:{item.req.ip}", "count_code": False,
            "attributed": 0, "exclude_scan": 0})

    # --- not a code of ours ---------------------------------------------------------------------

    def _not_ours(self, item: Item, row: dict[str, Any]) -> Decision:
        req, target, here, lang = item.req, item.target, item.here, item.lang
        well_formed = item.well_formed
        result = "unknown" if well_formed else "malformed"
        tenant = row["settings_tenant"] or 0
        code = shown(target.text)[:64]
        written = yield self._params(req, here, tenant=tenant, code=code, result=result,
                              verdict="counterfeit", reasons=[result], record=bool(tenant),
                              is_bad=True,
                              enum_tenants=list(target.tenants) if len(target.tenants) <= 8
                              else [], row=row)
        own = own_templates(row)
        message = ""
        if result == "unknown" and tenant:
            message = templates.render(templates.text_for("unknown", lang, own),
                                       templates.Values(code=code))
        out = Outcome(result=result, verdict="counterfeit", code=code, lang=lang,
                      headline=verdicts.headline("counterfeit" if well_formed else "malformed",
                                                 lang),
                      message=message, reasons=[result],
                      reason_texts=[verdicts.reason_text(result, lang, {})], place=self._name(
                          here, lang))
        self._brand(out, row)
        if written["scan_id"]:
            out.scan_token = self._seal(tenant, written["scan_id"], 0, 0, 0, False)
            out.ask_position = here.source != "gps"
        return out

    # --- a code of ours -------------------------------------------------------------------------

    def _ours(self, item: Item, row: dict[str, Any]) -> Decision:
        req, ref, here, lang = item.req, item.ref, item.here, item.lang
        tenant, batch, serial = row["tenant_id"], row["batch_id"], row["serial"]
        code = self._display_code(row)
        out = Outcome(result="genuine", verdict="genuine", code=code, lang=lang,
                      place=self._name(here, lang))
        self._brand(out, row)
        self._product(out, row, lang)
        own = own_templates(row)
        if row["void_event_id"] or not row["activate_event_id"]:
            kind = "voided" if row["void_event_id"] else "not_activated"
            out.result, out.verdict = kind, "counterfeit"
            out.headline = verdicts.headline("counterfeit", lang)
            out.reasons = [kind]
            out.reason_texts = [verdicts.reason_text(kind, lang, {})]
            out.message = templates.render(templates.text_for(kind, lang, own),
                                           templates.Values(code=code,
                                                            product_name=out.product_name))
            # A voided or never activated label vouches for no product.
            out.product_name = out.spec = out.lot_no = out.production_date = ""
            out.timeline, out.documents, out.has_image = [], [], False
            written = yield self._params(req, here, tenant=tenant, code=code, result=kind,
                                         verdict="counterfeit", reasons=[kind], row=row)
            return self._finish(out, row, written, here, counted=False)

        mode = self._mode(row)
        out.verification, out.verification_digits = mode, row["verification_digits"] or 0
        entered = "".join(ch for ch in req.verification_code if ch.isdigit())
        wrong_so_far = row["wrong_codes"] or 0
        limit = self.deps.limits.wrong_codes_per_day
        out.attempts_left = max(limit - wrong_so_far, 0)
        same_code = ref is not None and (ref.tenant_id, ref.batch_id, ref.serial) == \
            (tenant, batch, serial)
        verified = False
        if mode != "off" and req.verification_code.strip():
            if wrong_so_far >= limit:
                return (yield from self._refuse(out, req, row, here, "code_locked", lang, code,
                                                ref if same_code else None))
            if not hmac.compare_digest(entered, self._expected(row)):
                return (yield from self._refuse(out, req, row, here, "wrong_code", lang, code,
                                                ref if same_code else None))
            verified = True
        out.verified = verified
        if mode == "required" and not verified:
            out.result, out.verdict = "code_required", "pending"
            out.headline = verdicts.headline("pending", lang)
            out.reasons = ["code_required"]
            out.reason_texts = [verdicts.reason_text("code_required", lang, {})]
            written = yield self._params(req, here, tenant=tenant, code=code,
                                         result="code_required", verdict="pending",
                                         reasons=["code_required"], row=row)
            return self._finish(out, row, written, here, counted=False,
                                carry=ref if same_code else None)

        confirming = same_code and ref is not None and ref.counted
        counted = not confirming
        queries = row["queries"] or 0
        ordinal = queries + 1 if counted else (ref.ordinal if ref else queries)
        priors = self._priors(row)
        judgement = verdicts.judge(ordinal=ordinal, max_queries=row["max_queries"] or 0,
                                   priors=priors, now=datetime.now(UTC),
                                   device=self.deps.secrets().device(req.device_id),
                                   here=here, verified=verified, divisions=self.div, lang=lang)
        reasons = list(judgement.reasons)
        if verified:
            reasons.append("verified")
        elif mode == "optional":
            reasons.append("code_not_entered")
        suspect_alert = judgement.verdict == "suspect" and bool(row["suspect_alerts"]
                                                               if row["suspect_alerts"]
                                                               is not None else True)
        written = yield self._params(req, here, tenant=tenant, code=code, result="genuine",
                                     verdict=judgement.verdict, reasons=reasons,
                                     counted=counted, ordinal=ordinal, verified=verified,
                                     suspect_alert=suspect_alert, row=row)
        out.verdict, out.reasons = judgement.verdict, reasons
        ordinal = written["ordinal"] or ordinal
        template = judgement.template
        if template == "first" and ordinal > 1:
            template = "repeat"
        first_at, first_place = self._first(row, written, here, lang)
        out.query_count = written["queries"] or max(queries, ordinal)
        out.ordinal, out.first_at, out.first_place = ordinal, first_at, first_place
        params = {**judgement.params, "first_time": self._time(first_at, row),
                  "first_place": spoken(first_place, lang)}
        out.reason_texts = [t for t in (verdicts.reason_text(r, lang, params) for r in reasons)
                            if t]
        out.headline = verdicts.headline(judgement.verdict, lang)
        out.message = templates.render(templates.text_for(template, lang, own), templates.Values(
            code=code, product_name=out.product_name, query_count=out.query_count,
            ordinal=ordinal, first_time=params["first_time"],
            first_place=params["first_place"]))
        return self._finish(out, row, written, here, counted=counted, ordinal=ordinal,
                            carry=ref if confirming else None)

    def _refuse(self, out: Outcome, req: Request, row: dict[str, Any], here: Place,
                kind: str, lang: str, code: str, carry: ScanRef | None) -> Decision:
        tenant, batch, serial = row["tenant_id"], row["batch_id"], row["serial"]
        wrong = kind == "wrong_code"
        written = yield self._params(req, here, tenant=tenant, code=code, result=kind,
                                     verdict="refused", reasons=[kind], row=row,
                                     vc_key=f"vc:{tenant}:{batch}:{serial}" if wrong else "")
        used = written["vc_hits"] or (row["wrong_codes"] or 0)
        out.attempts_left = max(self.deps.limits.wrong_codes_per_day - used, 0)
        if wrong and out.attempts_left == 0:
            kind = "code_locked"
        out.result, out.verdict = kind, "refused"
        out.headline = verdicts.headline(kind, lang)
        out.reasons = [kind]
        out.reason_texts = [verdicts.reason_text(kind, lang, {"left": str(out.attempts_left)})]
        out.message = templates.render(templates.text_for("wrong_code", lang, own_templates(row)),
                                       templates.Values(code=code,
                                                        product_name=out.product_name))
        return self._finish(out, row, written, here, counted=False, carry=carry)

    def _finish(self, out: Outcome, row: dict[str, Any], written: dict[str, Any], here: Place,
                *, counted: bool, ordinal: int = 0, carry: ScanRef | None = None) -> Outcome:
        """The page's token: this scan's, or (a code entered on an earlier page of the same
        code's query) that query's, so a code entered next still confirms it."""
        if carry is not None and carry.counted:
            out.scan_token = self._seal(carry.tenant_id, carry.scan_id, carry.batch_id,
                                        carry.serial, carry.ordinal, True)
            out.ask_position = False
        elif written["scan_id"]:
            out.scan_token = self._seal(row["tenant_id"], written["scan_id"], row["batch_id"],
                                        row["serial"], ordinal, counted)
            out.ask_position = here.source != "gps"
        if written["deliveries"]:
            self.deps.wake.set()
        return out

    # --- pieces ---------------------------------------------------------------------------------

    def _params(self, req: Request, here: Place, *, tenant: int, code: str, result: str,
                verdict: str, reasons: list[str], row: dict[str, Any], record: bool = True,
                counted: bool = False, ordinal: int = 0, verified: bool = False,
                suspect_alert: bool = False, vc_key: str = "", is_bad: bool = False,
                enum_tenants: list[int] | None = None) -> dict[str, Any]:
        """What the WRITE records for one query."""
        secrets = self.deps.secrets()
        params = {
            "tenant": tenant, "batch": row["batch_id"], "serial": row["serial"], "code": code,
            "product": row["product_id"], "lot": row["lot_id"], "method": req.method,
            "result": result, "verdict": verdict, "reasons": reasons, "counted": counted,
            "ordinal": ordinal, "verified": verified, "device": secrets.device(req.device_id),
            "ip_prefix": ip_prefix(req.ip), "user_agent": req.user_agent[:200],
            "lang": lang_of(req.lang), "latitude": here.latitude, "longitude": here.longitude,
            "accuracy": int(req.position[2]) if req.position else None,
            "location_source": here.source if here.known or here.latitude is not None else "",
            "province": here.province_code, "city": here.city_code,
            "district": here.district_code, "record": record and bool(tenant),
            "vc_key": vc_key, "is_bad": is_bad, "bad_key": f"bad:{req.ip}",
            "normal": row["normal_threshold"] if row["normal_threshold"] is not None else 20,
            "important": row["important_threshold"]
            if row["important_threshold"] is not None else 50,
            "suspect_alert": suspect_alert, "enum_tenants": enum_tenants or [],
            "enum_threshold": row["enumeration_threshold"] or self.deps.limits.bad_per_10min,
        }
        return params

    def _seal(self, tenant: int, scan_id: int, batch: int | None, serial: int | None,
              ordinal: int, counted: bool) -> str:
        return self.deps.secrets().seal(ScanRef(tenant, scan_id, batch or 0, serial or 0,
                                                ordinal, int(time.time()), counted))

    def _mode(self, row: dict[str, Any]) -> str:
        if not row["verification_digits"]:
            return "off"
        return row["product_verification"] or row["default_verification"] or "optional"

    def _expected(self, row: dict[str, Any]) -> str:
        space = Space.parse(row["space"])
        with self.deps.sessions() as session:
            key = self.deps.keys.verification_key(session, row["tenant_id"], space)
        seq = row["seq_start"] + row["serial"] - 1
        return vcodes.code(key, seq, row["verification_digits"])

    def _display_code(self, row: dict[str, Any]) -> str:
        space = Space.parse(row["space"])
        with self.deps.sessions() as session:
            codec = self.deps.keys.codec(session, row["tenant_id"], space)
        code = codec.encode(row["seq_start"] + row["serial"] - 1)
        if space.kind is Kind.GS1:
            return f"(01){row['gtin']}(21){code}"
        if space.kind is Kind.SSCC:
            return f"(00){code}"
        return code

    def _priors(self, row: dict[str, Any]) -> list[verdicts.Prior]:
        out = []
        for at, device, lat, lng, province, city, district, verified, _id in row["recent"] or []:
            place = Place(province or "", city or "", district or "", lat, lng,
                          "gps" if lat is not None else "ip")
            out.append(verdicts.Prior(datetime.fromtimestamp(float(at), UTC), device or "",
                                      place, bool(verified)))
        return out

    def _first(self, row: dict[str, Any], written: dict[str, Any], here: Place,
               lang: str) -> tuple[datetime | None, str]:
        if row["first_at"] is None:  # this query is the first
            return written["first_at"] or datetime.now(UTC), self._name(here, lang)
        first = Place(row["first_province"] or "", row["first_city"] or "",
                      row["first_district"] or "")
        return row["first_at"], self._name(first, lang)

    def _name(self, place: Place, lang: str) -> str:
        """The place in words, '' when unknown."""
        return self.div.name(place, lang) if place.known else ""

    @staticmethod
    def _time(at: datetime | None, row: dict[str, Any]) -> str:
        if at is None:
            return ""
        zone = ZoneInfo(row["timezone"] or "Asia/Shanghai")
        return at.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    def _brand(self, out: Outcome, row: dict[str, Any]) -> None:
        out.brand_name = row["brand_name"] or row["tenant_name"] or ""
        out.brand_intro = row["brand_intro"] or ""
        out.service_phone = row["service_phone"] or ""

    def _product(self, out: Outcome, row: dict[str, Any], lang: str) -> None:
        out.product_name, out.spec = row["product_name"] or "", row["spec"] or ""
        out.has_image = bool(row["has_image"])
        out.lot_no = row["lot_no"] or ""
        produced: date | None = row["production_date"]
        out.production_date = produced.isoformat() if produced else ""
        zh = lang == "zh"
        if produced:
            place = " · ".join(p for p in (row["factory_name"], row["line_name"]) if p)
            out.timeline.append(TimelineEntry(
                "produced", "生产" if zh else "Produced", day=out.production_date, place=place,
                detail=(f"批次 {out.lot_no}" if zh else f"Lot {out.lot_no}") if out.lot_no
                else ""))
        if row["activated_at"] is not None:
            out.timeline.append(TimelineEntry(
                "activated", "赋码出厂" if zh else "Labelled and released",
                at=row["activated_at"], place=row["activated_org"] or ""))
        out.timeline.extend(public.entries(row["journey"], row["recalls"], lang, self.div,
                                           ZoneInfo(row["timezone"] or "Asia/Shanghai")))
        out.documents = [Document(*d) for d in row["documents"] or []]


def spoken(place: str, lang: str) -> str:
    """A place as the templates and reasons say it, unknown included."""
    return place or ("未知地点" if lang == "zh" else "an unknown place")


def own_templates(row: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(k, lang): t for k, lang, t in row["templates"] or []}


