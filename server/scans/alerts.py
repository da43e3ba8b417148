"""Alerts go out through an outbox (scan_alert_delivery, written in the same statement that
raised the alert) delivered by a worker thread in every server process; rows are claimed with
FOR UPDATE SKIP LOCKED, so several servers never send one message twice.

Notifiers are pluggable: the built-in one records and logs each message (nothing leaves the
machine); the HTTP SMS notifier calls a provider through a URL template.
"""

from __future__ import annotations

import json
import logging
import threading
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("yima.alerts")
MAX_ATTEMPTS = 5
BATCH = 20


class Notifier(Protocol):
    @property
    def name(self) -> str: ...

    def send(self, phone: str, message: str) -> None:
        """Deliver one message; raise on failure (the outbox retries)."""


class LogNotifier:
    """Records and logs: the delivery row says sent, the log says to whom and what."""

    name = "log"

    def send(self, phone: str, message: str) -> None:
        log.info("alert for %s: %s", phone, message)


@dataclass(frozen=True)
class HttpSmsNotifier:
    """An SMS provider's HTTP API. `url` and `body` are templates with {phone} and {message}:
    URL-encoded in the URL, JSON-escaped in a JSON body, form-encoded in a form body. Any
    2xx answer is success."""

    url: str
    method: str = "GET"
    body: str = ""
    content_type: str = "application/json"
    timeout: float = 10.0
    name: str = "http"

    def send(self, phone: str, message: str) -> None:
        quote = urllib.parse.quote
        url = self.url.replace("{phone}", quote(phone)).replace("{message}", quote(message))
        data = None
        headers = {"User-Agent": "yima-alerts/1"}
        if self.method.upper() != "GET":
            if "json" in self.content_type:
                def esc(v: str) -> str:
                    return json.dumps(v, ensure_ascii=False)[1:-1]
            else:
                def esc(v: str) -> str:
                    return urllib.parse.quote_plus(v)
            data = self.body.replace("{phone}", esc(phone)).replace(
                "{message}", esc(message)).encode("utf-8")
            headers["Content-Type"] = self.content_type
        request = urllib.request.Request(url, data=data, method=self.method.upper(),
                                         headers=headers)
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            if not 200 <= response.status < 300:
                raise RuntimeError(f"SMS provider answered {response.status}")


def alert_message(kind: str, level: str, code: str, product: str, count: int, source: str,
                  lang: str = "zh") -> str:
    """The alert in words (the client's list and the SMS)."""
    zh = lang == "zh"
    what = f"{code}（{product}）" if zh and product else \
        f"{code} ({product})" if product else code
    if kind == "count":
        grade = ("重要预警" if level == "important" else "普通预警") if zh else \
            ("Important" if level == "important" else "Normal")
        return (f"{grade}：防伪码 {what} 已被查询 {count} 次。" if zh else
                f"{grade} alert: code {what} has been queried {count} times.")
    if kind == "suspect":
        return (f"疑似仿冒：防伪码 {what} 的查询显示标签可能被复制（第 {count} 次查询）。" if zh
                else f"Suspected copy: the queries of code {what} suggest a copied label "
                     f"(query {count}).")
    if kind == "verification_attempts":
        return (f"验证码试探：防伪码 {what} 今日输错验证码 {count} 次，已暂停验证。" if zh else
                f"Verification code guessing: {count} wrong codes today for {what}; "
                "checking is paused.")
    return (f"疑似枚举：来自 {source} 的查询在 10 分钟内试了 {count} 个不存在的码。" if zh else
            f"Possible enumeration: {source} tried {count} codes that do not exist within "
            "10 minutes.")


class DeliveryWorker:
    """Delivers due outbox rows; woken at once by new alerts, else every `poll` seconds.
    Also forgets abuse counters older than a day."""

    def __init__(self, sessions: sessionmaker[Session], notifier: Notifier,
                 wake: threading.Event, poll: float = 2.0) -> None:
        self.sessions = sessions
        self.notifier = notifier
        self.wake = wake
        self.poll = poll
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._busy = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="alert-delivery", daemon=True)
        self._ticks = 0

    def start(self) -> None:
        self._thread.start()

    def pause(self) -> None:
        """Deliver nothing until resumed (another deliverer takes over, e.g. in a test)."""
        self._paused.set()
        with self._busy:  # a round already under way finishes first
            pass

    def resume(self) -> None:
        self._paused.clear()
        self.wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.wake.wait(self.poll)
            self.wake.clear()
            if self._stop.is_set():
                return
            try:
                with self._busy:
                    while not self._paused.is_set() and self.deliver_due() == BATCH:
                        pass
                if self._paused.is_set():
                    continue
                self._ticks += 1
                if self._ticks % 30 == 1:
                    self.forget_old_counters()
            except Exception:  # the database may be away: try again next time
                log.exception("alert delivery failed; retrying")

    def deliver_due(self) -> int:
        """Send what is due now; the number of rows handled."""
        with self.sessions() as s, s.begin():
            rows = s.execute(text("""
                SELECT d.id, d.phone, d.attempts, a.kind, a.level, a.code, a.count, a.source,
                       coalesce(p.name, ''), coalesce(nullif(ss.brand_name, ''), t.name)
                FROM scan_alert_delivery d
                JOIN scan_alert a ON a.id = d.alert_id
                JOIN tenant t ON t.id = d.tenant_id
                LEFT JOIN scan_settings ss ON ss.tenant_id = d.tenant_id
                LEFT JOIN product p ON p.id = a.product_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= now()
                ORDER BY d.next_attempt_at LIMIT :n
                FOR UPDATE OF d SKIP LOCKED"""), {"n": BATCH}).all()
            for (delivery_id, phone, attempts, kind, level, code, count, source, product,
                 brand) in rows:
                message = f"【{brand}】" + alert_message(kind, level, code, product, count,
                                                         source) + "请登录后台查看详情。"
                try:
                    self.notifier.send(phone, message)
                except Exception as exc:
                    failed = attempts + 1 >= MAX_ATTEMPTS
                    log.warning("alert delivery %s to %s failed (%s)%s", delivery_id, phone,
                                exc, "; giving up" if failed else "")
                    s.execute(text("""
                        UPDATE scan_alert_delivery
                        SET attempts = attempts + 1, last_error = :error,
                            status = CASE WHEN :failed THEN 'failed' ELSE 'pending' END,
                            next_attempt_at = now() + make_interval(secs => :wait)
                        WHERE id = :id"""), {"id": delivery_id, "error": str(exc)[:500],
                                             "failed": failed, "wait": 10 * 2 ** attempts})
                    continue
                s.execute(text("""
                    UPDATE scan_alert_delivery SET status = 'sent', sent_at = now(),
                           attempts = attempts + 1, last_error = ''
                    WHERE id = :id"""), {"id": delivery_id})
            return len(rows)

    def forget_old_counters(self) -> None:
        with self.sessions() as s, s.begin():
            s.execute(text("DELETE FROM scan_rate WHERE window_start < now() - interval '2 days'"))
