"""HTML of the consumer pages: mobile-first, one request (styles and script inline), every value
escaped. The page shows what the server decided; it decides nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape
from urllib.parse import quote

from gateway.assets import CSS, JS, KIOSK_JS
from gateway.texts import t
from shared.pb import scans_pb2

V = scans_pb2
MARKS = {"genuine": "✓", "caution": "!", "suspect": "!", "counterfeit": "✕", "pending": "?",
         "refused": "✕"}
SHANGHAI = timedelta(hours=8)  # pages show Beijing time, as the brand's own records do


def verdict_class(v: scans_pb2.Verification) -> str:
    name = V.Verdict.Name(v.verdict).removeprefix("VERDICT_").lower()
    return name if name in MARKS else "refused"


def _when(ts: object) -> str:
    seconds = getattr(ts, "seconds", 0)
    if not seconds:
        return ""
    return (datetime.fromtimestamp(seconds, UTC) + SHANGHAI).strftime("%Y-%m-%d %H:%M")


def layout(lang: str, title: str, body: str, *, brand: str = "", token: str = "",
           ask: bool = False, switch_to: str = "", kiosk: bool = False) -> str:
    """The whole document."""
    other = "en" if lang == "zh" else "zh"
    switch = f'<a href="{escape(switch_to)}?lang={other}" hreflang="{other}">' \
             f'{t("language", lang)}</a>' if switch_to else ""
    script = KIOSK_JS if kiosk else JS
    data = f' data-token="{escape(token)}" data-ask="{1 if ask else 0}"'
    if kiosk:
        data = ' data-reset="1"' if token else ""
    return (
        f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head>'
        '<meta charset="utf-8"><meta name="viewport" content="width=device-width,'
        'initial-scale=1,viewport-fit=cover"><meta name="format-detection" '
        'content="telephone=no"><meta name="referrer" content="no-referrer">'
        f'<title>{escape(title)}</title><style>{CSS}</style></head>'
        f'<body{data}><header><span>{escape(brand or t("title", lang))}</span>{switch}'
        f'</header><main>{body}</main><footer>{t("powered", lang)}</footer>'
        f'<script>{script}</script></body></html>')


def _facts(rows: list[tuple[str, str, str]]) -> str:
    """A definition list of (label, value, element id) rows; a row without a value is shown
    only when it has an id (hidden: the page's script may fill it in)."""
    items = []
    for label, value, element_id in rows:
        if value or element_id:
            ident = f' id="{element_id}"' if element_id else ""
            hide = "" if value else " hidden"
            label_id = f' id="{element_id}-label"' if element_id else ""
            items.append(f"<dt{label_id}{hide}>{escape(label)}</dt>"
                         f"<dd{ident}{hide}>{escape(value)}</dd>")
    return f'<dl class="facts">{"".join(items)}</dl>' if items else ""


def _verdict(v: scans_pb2.Verification, lang: str) -> str:
    cls = verdict_class(v)
    reasons = "".join(f"<li>{escape(r)}</li>" for r in v.reason_texts)
    facts: list[tuple[str, str, str]] = [(t("code", lang), v.code, "")]
    if v.query_count:
        facts.append((t("queries", lang), str(v.query_count), ""))
    if v.first_at.seconds and v.ordinal > 1:
        first = " · ".join(x for x in (_when(v.first_at), v.first_place) if x)
        facts.append((t("first_query_at", lang), first, ""))
    facts.append((t("where", lang), v.place, "place"))
    verified = f'<p class="hint">✓ {t("verified", lang)}</p>' if v.verified else ""
    return (f'<section id="verdict" class="verdict {cls}"><div class="mark" id="mark">'
            f'{MARKS[cls]}</div><h1 id="headline">{escape(v.headline)}</h1>'
            f'<p class="message" id="message">{escape(v.message)}</p>{verified}'
            f'<ul class="reasons" id="reasons">{reasons}</ul>{_facts(facts)}'
            f'<p class="note" id="locating" hidden>{t("locating", lang)}</p>'
            f'<p class="note" id="located" hidden>{t("located", lang)}</p></section>')


def _code_form(v: scans_pb2.Verification, lang: str, action: str) -> str:
    result = V.ScanResult.Name(v.result)
    asks = v.verification in ("optional", "required") and result in (
        "SCAN_RESULT_GENUINE", "SCAN_RESULT_CODE_REQUIRED", "SCAN_RESULT_WRONG_CODE")
    if not asks or v.verified:
        return ""
    n = v.verification_digits
    return (f'<section><h2>{t("enter_code", lang)}</h2>'
            f'<p class="hint">{t("enter_code_hint", lang, n=n)}</p>'
            f'<form class="vc" method="post" action="{escape(action)}">'
            f'<input class="digits" name="vc" inputmode="numeric" autocomplete="one-time-code" '
            f'pattern="[0-9]*" maxlength="{n}" required aria-label="{t("enter_code", lang)}">'
            f'<input type="hidden" name="t" value="{escape(v.scan_token)}">'
            '<input type="hidden" name="lat"><input type="hidden" name="lng">'
            f'<button type="submit">{t("confirm", lang)}</button></form></section>')


def _product(v: scans_pb2.Verification, lang: str) -> str:
    if not v.product_name:
        return ""
    image = (f'<img src="/s/{quote(v.scan_token)}/image" alt="" width="96" height="96" '
             'loading="lazy">') if v.has_image and v.scan_token else ""
    facts = _facts([(t("name", lang), v.product_name, ""), (t("spec", lang), v.spec, ""),
                    (t("lot", lang), v.lot_no, ""),
                    (t("produced", lang), v.production_date, "")])
    return (f'<section><h2>{t("product", lang)}</h2><div class="product">{image}'
            f'<div>{facts}</div></div></section>')


def _timeline(v: scans_pb2.Verification, lang: str) -> str:
    if not v.timeline:
        return ""
    items = []
    for e in v.timeline:
        when = e.date or _when(e.at)
        detail = " · ".join(x for x in (e.place, e.detail) if x)
        items.append(f'<li><div class="when">{escape(when)}</div><div>{escape(e.title)}</div>'
                     f'<div class="hint">{escape(detail)}</div></li>')
    return f'<section><h2>{t("journey", lang)}</h2><ol class="timeline">{"".join(items)}</ol>' \
           '</section>'


def _documents(v: scans_pb2.Verification, lang: str) -> str:
    if not v.documents or not v.scan_token:
        return ""
    links = "".join(f'<li><a href="/s/{quote(v.scan_token)}/doc/{d.id}">{escape(d.title)}</a>'
                    f'</li>' for d in v.documents)
    return f'<section><h2>{t("documents", lang)}</h2><ul class="docs">{links}</ul></section>'


def _brand(v: scans_pb2.Verification, lang: str) -> str:
    if not (v.brand_intro or v.service_phone):
        return ""
    phone = (f'<p>{t("service", lang)}: <a href="tel:{escape(v.service_phone)}">'
             f'{escape(v.service_phone)}</a></p>') if v.service_phone else ""
    intro = "".join(f"<p>{escape(line)}</p>" for line in v.brand_intro.splitlines() if line)
    return f'<section><h2>{t("brand", lang)}</h2>{intro}{phone}</section>'


def _complaint(v: scans_pb2.Verification, lang: str) -> str:
    if not v.scan_token:
        return ""
    counterfeit = verdict_class(v) in ("suspect", "counterfeit")
    kinds = ("counterfeit", "complaint", "suggestion") if counterfeit else \
        ("complaint", "suggestion", "counterfeit")
    options = "".join(f'<option value="{k}">{t("kind_" + k, lang)}</option>' for k in kinds)
    return (f'<section><details{" open" if counterfeit else ""}><summary>'
            f'{t("complain", lang)}</summary>'
            f'<form class="complaint" method="post" action="/s/{quote(v.scan_token)}/complaint">'
            f'<select name="kind" aria-label="{t("complain", lang)}">{options}</select>'
            f'<textarea name="text" rows="3" maxlength="1000" required '
            f'aria-label="{t("your_message", lang)}" placeholder="{t("your_message", lang)}">'
            f'</textarea><input name="contact" maxlength="100" '
            f'placeholder="{t("contact", lang)}" aria-label="{t("contact", lang)}">'
            f'<button type="submit">{t("send", lang)}</button></form></details></section>')


def verification_page(v: scans_pb2.Verification, lang: str, path: str, *,
                      kiosk: bool = False) -> str:
    """The page a consumer sees after scanning."""
    body = (_verdict(v, lang) + _code_form(v, lang, path) + _product(v, lang)
            + _timeline(v, lang) + _documents(v, lang) + _brand(v, lang)
            + _complaint(v, lang))
    if v.ask_position and v.scan_token and not kiosk:
        body += f'<p class="note">{t("position_note", lang)}</p>'
    home = "/kiosk" if kiosk else "/"
    body += f'<p class="hint"><a href="{home}">{t("check_other", lang)}</a></p>'
    return layout(lang, f"{v.headline} · {t('title', lang)}", body, brand=v.brand_name,
                  token=v.scan_token, ask=v.ask_position and not kiosk, switch_to=path,
                  kiosk=kiosk)


def entry_form(lang: str, *, kiosk: bool = False, value: str = "") -> str:
    action = "/kiosk" if kiosk else "/q"
    return (f'<form class="vc{" big" if kiosk else ""}" method="get" action="{action}">'
            f'<input id="code" name="code" value="{escape(value)}" autocomplete="off" '
            f'placeholder="{t("code_placeholder", lang)}" aria-label="{t("code", lang)}" '
            f'required><button type="submit">{t("check", lang)}</button></form>')


def home_page(lang: str, *, kiosk: bool = False) -> str:
    title = t("kiosk_title" if kiosk else "home_title", lang)
    body = (f'<section><h1>{title}</h1><p>{t("kiosk_intro" if kiosk else "home_intro", lang)}'
            f'</p>{entry_form(lang, kiosk=kiosk)}</section>')
    return layout(lang, title, body, switch_to="/kiosk" if kiosk else "/", kiosk=kiosk)


def message_page(lang: str, title_key: str, text_key: str, *, form: bool = True,
                 **params: object) -> str:
    """A plain page: not found, busy, expired, error (never a stack trace)."""
    title = t(title_key, lang)
    body = f'<section><h1>{title}</h1><p>{t(text_key, lang, **params)}</p>'
    body += (entry_form(lang) if form else "") + "</section>"
    return layout(lang, title, body)


def thanks_page(lang: str, message: str, back: str) -> str:
    title = t("thanks", lang)
    body = (f'<section class="verdict genuine"><div class="mark">✓</div><h1>{title}</h1>'
            f'<p>{escape(message)}</p><p><a href="{escape(back)}">{t("back", lang)}</a></p>'
            '</section>')
    return layout(lang, title, body)
