"""Work around PySide6 6.12 reference-count bugs on Python 3.11.

`SignalInstance.emit()` returns `True` without a new reference. Python drops the result, so
every emit from Python takes one reference from the `True` singleton; after a few thousand
emits (a few minutes of use) the interpreter aborts with "bool_dealloc: deallocating True or
False". Python 3.12+ has immortal booleans and is not affected. On import this module measures
the leak once and, only where it exists, wraps `emit` to give the reference back.

Every void method (`QLabel.setText`, `QWidget.setEnabled`, …) likewise returns `None` without a
new reference: a few thousand calls — a packing station makes about ten per scan — and the
interpreter aborts with "none_dealloc: deallocating None". There are too many methods to wrap,
so where that leak exists `None` is made immortal the way Python 3.12 does it: its reference
count is raised so far that no process lives long enough to bring it down.
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


def void_leaks() -> bool:
    """Whether calling a void Qt method from Python loses a reference to `None`."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBES


def immortalise_none() -> bool:
    """Raise None's reference count out of reach of the leak; True when it was needed."""
    if sys.version_info >= (3, 12) or not void_leaks():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


PATCHED = install()
NONE_IMMORTAL = immortalise_none()
