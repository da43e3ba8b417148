"""The consumer gateway (aiohttp): routes, security headers and error pages. It holds no
business rules and no state: every answer comes from the server over gRPC, so any number of
gateway processes can run side by side.

Routes: any code path (the short URL base + code, GS1 Digital Link /01/{gtin}/21/{serial} and
/00/{sscc} under any prefix) → the verification page (POST: the verification code); / and
/q?code= (typed), /kiosk (a public kiosk's scanner); /s/{token}/image, /s/{token}/doc/{id},
/s/{token}/where (the browser's position, JSON), /s/{token}/complaint; /healthz (asks the
server), /ping (asks nothing).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import secrets
import uuid
from collections.abc import Awaitable, Callable
from urllib.parse import quote

import grpc
from aiohttp import web

from gateway import pages
from gateway.assets import CSP
from gateway.backend import Backend
from gateway.config import GatewayConfig, Network
from gateway.texts import choose_lang
from shared.pb import scans_pb2

log = logging.getLogger("yima.gateway")
DEVICE_COOKIE = "yd"
BACKEND: web.AppKey[Backend] = web.AppKey("backend", Backend)
CONFIG: web.AppKey[GatewayConfig] = web.AppKey("config", GatewayConfig)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


# --- request facts -------------------------------------------------------------------------------

def lang_of(request: web.Request) -> str:
    return choose_lang(request.headers.get("Accept-Language", ""),
                       request.query.get("lang", ""))


def _trusted(peer: str, proxies: list[Network]) -> bool:
    try:
        address = ipaddress.ip_address(peer)
    except ValueError:
        return False
    return any(address in net for net in proxies)


def client_ip(request: web.Request) -> str:
    """The consumer's address: the peer, or behind trusted proxies the last address in
    X-Forwarded-For that is not one of them."""
    peer = request.remote or ""
    proxies = request.app[CONFIG].proxies()
    if not proxies or not _trusted(peer, proxies):
        return peer
    hops = [h.strip() for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return hop
    return hops[0] if hops else peer


def origin(request: web.Request) -> str:
    config = request.app[CONFIG]
    if config.public_url:
        return config.public_url.rstrip("/")
    scheme = request.scheme
    if _trusted(request.remote or "", config.proxies()):
        scheme = request.headers.get("X-Forwarded-Proto", scheme)
    return f"{scheme}://{request.host}"


def requester(request: web.Request, device: str) -> scans_pb2.Requester:
    return scans_pb2.Requester(ip=client_ip(request), device_id=device, lang=lang_of(request),
                               user_agent=request.headers.get("User-Agent", "")[:200])


def device_of(request: web.Request) -> tuple[str, bool]:
    """The device cookie (random, first-party), and whether it is new."""
    found = request.cookies.get(DEVICE_COOKIE, "")
    if 16 <= len(found) <= 64 and found.replace("-", "").replace("_", "").isalnum():
        return found, False
    return secrets.token_urlsafe(16), True


def html(body: str, status: int = 200, **headers: str) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8",
                        headers=headers)


# --- pages ---------------------------------------------------------------------------------------

async def verify_page(request: web.Request, *, code_text: str = "",
                      method: int = scans_pb2.SCAN_METHOD_QR) -> web.StreamResponse:
    lang = lang_of(request)
    kiosk = method == scans_pb2.SCAN_METHOD_KIOSK
    # A public kiosk is everyone's phone: its queries carry no device, so no one's scan there
    # counts as another's own repeat.
    device, new_device = ("", False) if kiosk else device_of(request)
    if "://" in code_text:  # a whole URL typed or scanned into the form
        url = code_text
    elif code_text:
        url = f"{origin(request)}/c/{quote(code_text, safe='')}"
    else:
        url = origin(request) + request.path_qs.split("?lang=")[0]
    req = scans_pb2.VerifyRequest(url=url, method=method,  # type: ignore[arg-type]
                                  requester=requester(request, device))
    if request.method == "POST":
        form = await request.post()
        req.verification_code = str(form.get("vc", ""))[:16]
        req.scan_token = str(form.get("t", ""))[:200]
        try:
            lat, lng = float(str(form.get("lat", ""))), float(str(form.get("lng", "")))
            req.position.CopyFrom(scans_pb2.Position(latitude=lat, longitude=lng,
                                                     accuracy_m=100))
        except ValueError:
            pass
    v = await request.app[BACKEND].verify(req)
    if v.result == scans_pb2.SCAN_RESULT_RATE_LIMITED:
        response = html(pages.message_page(lang, "limited_title", "limited", form=False,
                                           s=v.retry_after_s), 429,
                        **{"Retry-After": str(v.retry_after_s)})
    else:
        path = request.path if not code_text else f"/c/{quote(code_text, safe='')}"
        response = html(pages.verification_page(v, lang, path, kiosk=kiosk))
    if new_device:
        response.set_cookie(DEVICE_COOKIE, device, max_age=2 * 365 * 24 * 3600, httponly=True,
                            samesite="Lax", secure=request.scheme == "https", path="/")
    return response


async def code_route(request: web.Request) -> web.StreamResponse:
    if request.path.startswith("/s/"):  # the page's own resources, never a code
        raise web.HTTPNotFound()
    return await verify_page(request)


async def home(request: web.Request) -> web.StreamResponse:
    return html(pages.home_page(lang_of(request)))


async def typed(request: web.Request) -> web.StreamResponse:
    code = request.query.get("code", "").strip()[:512]
    if not code:
        raise web.HTTPFound("/")
    return await verify_page(request, code_text=code, method=scans_pb2.SCAN_METHOD_MANUAL)


async def kiosk(request: web.Request) -> web.StreamResponse:
    code = request.query.get("code", "").strip()[:512]
    if not code:
        return html(pages.home_page(lang_of(request), kiosk=True))
    return await verify_page(request, code_text=code, method=scans_pb2.SCAN_METHOD_KIOSK)


async def scan_file(request: web.Request) -> web.StreamResponse:
    token = request.match_info["token"]
    doc = int(request.match_info.get("doc", "0"))
    f = await request.app[BACKEND].file(scans_pb2.ScanFileRequest(
        scan_token=token, document_id=doc, requester=requester(request, "")))
    disposition = f"inline; filename*=UTF-8''{quote(f.filename)}"
    return web.Response(body=f.data, content_type=f.mime, headers={
        "Cache-Control": "private, max-age=86400", "ETag": f'"{f.sha256[:32]}"',
        "Content-Disposition": disposition})


async def where(request: web.Request) -> web.StreamResponse:
    try:
        body = json.loads(await request.text())
        lat, lng = float(body["lat"]), float(body["lng"])
        accuracy = float(body.get("acc", 0) or 0)
    except (ValueError, KeyError, TypeError) as exc:
        raise web.HTTPBadRequest() from exc
    device, _ = device_of(request)
    v = await request.app[BACKEND].locate(scans_pb2.LocateRequest(
        scan_token=request.match_info["token"],
        position=scans_pb2.Position(latitude=lat, longitude=lng, accuracy_m=accuracy),
        requester=requester(request, device)))
    if not v.verdict:
        return web.json_response({"place": v.place})
    cls = pages.verdict_class(v)
    return web.json_response({"verdict": cls, "mark": pages.MARKS[cls], "headline": v.headline,
                              "message": v.message, "reasons": list(v.reason_texts),
                              "place": v.place})


async def complaint(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    lang = lang_of(request)
    receipt = await request.app[BACKEND].complain(scans_pb2.ComplaintRequest(
        scan_token=request.match_info["token"], kind=str(form.get("kind", "complaint")),
        text=str(form.get("text", ""))[:1000], contact=str(form.get("contact", ""))[:100],
        requester=requester(request, "")))
    return html(pages.thanks_page(lang, receipt.message, "/"))


async def healthz(request: web.Request) -> web.StreamResponse:
    serving = await request.app[BACKEND].serving()
    return web.json_response({"status": "ok" if serving else "server unavailable"},
                             status=200 if serving else 503)


async def ping(request: web.Request) -> web.StreamResponse:
    """Liveness of this process alone (asks nothing of the server): load balancers, and the
    benchmark's baseline."""
    return web.Response(text="ok")


async def robots(request: web.Request) -> web.StreamResponse:
    return web.Response(text="User-agent: *\nDisallow: /\n")  # code URLs are not for indexes


async def favicon(request: web.Request) -> web.StreamResponse:
    return web.Response(status=204)


# --- middleware ----------------------------------------------------------------------------------

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # the URL holds the code
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@web.middleware
async def security(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.method == "POST":
        sent = request.headers.get("Origin", "")
        if sent and sent != "null" and sent.split("://", 1)[-1] != request.host:
            raise web.HTTPForbidden()  # another site posting into our pages
    response = await handler(request)
    response.headers.update(SECURITY_HEADERS)
    response.headers.setdefault("Cache-Control", "no-store")  # every view is a query
    if request.scheme == "https":
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


_GRPC_PAGES = {
    grpc.StatusCode.RESOURCE_EXHAUSTED: (429, "limited_title", "limited"),
    grpc.StatusCode.PERMISSION_DENIED: (410, "expired_title", "expired"),
    grpc.StatusCode.NOT_FOUND: (404, "not_found_title", "not_found"),
    grpc.StatusCode.INVALID_ARGUMENT: (400, "error_title", "error"),
}


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every failure becomes a plain page in the consumer's language; details go to the log."""
    lang = lang_of(request)
    try:
        return await handler(request)
    except web.HTTPRedirection:
        raise
    except web.HTTPException as exc:
        if exc.status == 404:
            return html(pages.message_page(lang, "not_found_title", "not_found"), 404)
        incident = uuid.uuid4().hex[:8]
        return html(pages.message_page(lang, "error_title", "error", id=incident), exc.status)
    except grpc.aio.AioRpcError as exc:
        code = exc.code()
        if code in _GRPC_PAGES:
            status, title, text = _GRPC_PAGES[code]
            seconds = 60 if code is grpc.StatusCode.RESOURCE_EXHAUSTED else 0
            incident = uuid.uuid4().hex[:8]
            return html(pages.message_page(lang, title, text, s=seconds, id=incident), status)
        if code is grpc.StatusCode.UNAUTHENTICATED:
            log.error("the server refuses the gateway credential: check YIMA_GATEWAY_TOKEN")
        else:
            log.warning("server call failed: %s %s", code, exc.details())
        return html(pages.message_page(lang, "busy_title", "busy", form=False), 503,
                    **{"Retry-After": "10"})
    except Exception:
        incident = uuid.uuid4().hex[:8]
        log.exception("incident %s on %s %s", incident, request.method, request.path)
        return html(pages.message_page(lang, "error_title", "error", id=incident), 500)


def make_app(config: GatewayConfig, backend: Backend | None = None) -> web.Application:
    """The application; its backend channel opens on start and closes on cleanup."""
    app = web.Application(middlewares=[security, errors], client_max_size=64 * 1024)
    app[CONFIG] = config

    async def open_backend(app: web.Application) -> None:
        app[BACKEND] = backend or Backend(config.server, config.credential(), config.server_ca)

    async def close_backend(app: web.Application) -> None:
        await app[BACKEND].close()

    app.on_startup.append(open_backend)
    app.on_cleanup.append(close_backend)
    app.router.add_get("/", home)
    app.router.add_get("/q", typed)
    app.router.add_get("/kiosk", kiosk)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/ping", ping)
    app.router.add_get("/robots.txt", robots)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_get("/s/{token}/image", scan_file)
    app.router.add_get(r"/s/{token}/doc/{doc:\d+}", scan_file)
    app.router.add_post("/s/{token}/where", where)
    app.router.add_post("/s/{token}/complaint", complaint)
    app.router.add_route("GET", "/{tail:.+}", code_route)
    app.router.add_route("POST", "/{tail:.+}", code_route)
    return app
