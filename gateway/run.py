"""`yima gateway`: serve the consumer pages until SIGTERM/SIGINT, in one or more processes
sharing the port (SO_REUSEPORT)."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import sys

from aiohttp import web

from gateway.app import make_app
from gateway.config import GatewayConfig

log = logging.getLogger("yima.gateway")


def _host_port(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    return host.strip("[]") or "0.0.0.0", int(port)


async def serve(config: GatewayConfig, ready: object = None) -> None:
    """Run one gateway process until cancelled or signalled."""
    try:  # a faster event loop where installed
        import uvloop  # type: ignore[import-not-found]

        uvloop.install()
    except ImportError:
        pass
    config.credential()  # fail now, not on the first scan
    runner = web.AppRunner(make_app(config), access_log=None, handle_signals=False)
    await runner.setup()
    host, port = _host_port(config.listen)
    site = web.TCPSite(runner, host, port, reuse_port=config.processes > 1, backlog=1024)
    await site.start()
    bound = runner.addresses[0][1] if runner.addresses else port
    log.info("yima gateway listening on http://%s:%s (server %s)", host, bound, config.server)
    print(f"Yima gateway listening on http://{host}:{bound}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def _child(config: GatewayConfig) -> None:
    logging.basicConfig(level=getattr(logging, config.log_level.upper(), logging.INFO))
    asyncio.run(serve(config))


def run(config: GatewayConfig) -> int:
    if config.processes <= 1:
        asyncio.run(serve(config))
        return 0
    children = [multiprocessing.Process(target=_child, args=(config,), daemon=False)
                for _ in range(config.processes)]
    for child in children:
        child.start()

    def forward(signum: int, _frame: object) -> None:
        for child in children:
            if child.is_alive() and child.pid:
                child.terminate()

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for child in children:
        child.join()
    return 0 if all(c.exitcode == 0 for c in children) else 1


if __name__ == "__main__":
    sys.exit(run(GatewayConfig()))
