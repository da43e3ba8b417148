"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

`SignalInstance.emit()` returns `True` without a new reference. Python drops the result, so
every emit from Python takes one reference from the `True` singleton; after a few thousand
emits (a few minutes of use) the interpreter aborts with "bool_dealloc: deallocating True or
False". Python 3.12+ has immortal booleans and is not affected. On import this module measures
the leak once and, only where it exists, wraps `emit` to give the reference back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    ping = Signal()


def emit_leaks() -> bool:
    """Whether emitting a signal from Python loses a reference to `True`."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True)
    for _ in range(max(0, leaked)):  # give back what the probe took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked >= _PROBES


def install() -> bool:
    """Patch `SignalInstance.emit` when needed; returns True when patched."""
    if getattr(SignalInstance.emit, "_yima_patched", False):
        return True
    if not emit_leaks():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    emit._yima_patched = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


PATCHED = install()
