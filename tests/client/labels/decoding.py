"""Read rendered labels back with a real barcode reader (zxing-cpp)."""

from __future__ import annotations

import numpy as np
import zxingcpp
from PySide6.QtGui import QImage


def gray(image: QImage) -> np.ndarray:
    g = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(bytes(g.constBits()), dtype=np.uint8)
    return pixels.reshape(g.height(), g.bytesPerLine())[:, :g.width()].copy()


def decode(image: QImage | np.ndarray) -> list[zxingcpp.Barcode]:
    data = gray(image) if isinstance(image, QImage) else image
    return list(zxingcpp.read_barcodes(data))


def modules_image(matrix: list[list[bool]] | tuple[tuple[bool, ...], ...], scale: int = 4,
                  quiet: int = 2) -> np.ndarray:
    """A 2D symbol drawn plainly, for encoder tests."""
    rows, cols = len(matrix), len(matrix[0])
    image = np.full(((rows + 2 * quiet) * scale, (cols + 2 * quiet) * scale), 255, np.uint8)
    for r, line in enumerate(matrix):
        for c, dark in enumerate(line):
            if dark:
                image[(r + quiet) * scale:(r + quiet + 1) * scale,
                      (c + quiet) * scale:(c + quiet + 1) * scale] = 0
    return image


def bars_image(pattern: str, scale: int = 3, height: int = 60) -> np.ndarray:
    """A linear symbol's modules with 10-module quiet zones."""
    line = np.array([0 if m == "1" else 255 for m in "0" * 10 + pattern + "0" * 10], np.uint8)
    return np.tile(line.repeat(scale), (height, 1))
