"""Data Matrix ECC 200 (ISO/IEC 16022), square symbols 10×10 to 132×132: ASCII encodation (digit
pairs packed, FNC1 as codeword 232 for GS1 DataMatrix), Reed–Solomon error correction with
interleaved blocks, the standard module placement and the finder patterns. Pure Python: the
smallest symbol that holds the data, as a label printer's ^BX would pick."""

from __future__ import annotations

from client.labels import gs1

FNC1_CW = 232
# side, data codewords, error correction codewords, data region side, interleaved blocks
_SIZES = (
    (10, 3, 5, 8, 1), (12, 5, 7, 10, 1), (14, 8, 10, 12, 1), (16, 12, 12, 14, 1),
    (18, 18, 14, 16, 1), (20, 22, 18, 18, 1), (22, 30, 20, 20, 1), (24, 36, 24, 22, 1),
    (26, 44, 28, 24, 1), (32, 62, 36, 14, 1), (36, 86, 42, 16, 1), (40, 114, 48, 18, 1),
    (44, 144, 56, 20, 1), (48, 174, 68, 22, 1), (52, 204, 84, 24, 2), (64, 280, 112, 14, 2),
    (72, 368, 144, 16, 4), (80, 456, 192, 18, 4), (88, 576, 224, 20, 4), (96, 696, 272, 22, 4),
    (104, 816, 336, 24, 6), (120, 1050, 408, 18, 6), (132, 1304, 496, 20, 8),
)
QUIET = 1  # modules of quiet zone on each side

# GF(256) with the Data Matrix polynomial x^8 + x^5 + x^3 + x^2 + 1 (301)
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 301
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


def _generator(n: int) -> list[int]:
    """Coefficients of (x - α^1)…(x - α^n), highest power first."""
    poly = [1]
    for i in range(1, n + 1):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            nxt[j + 1] ^= _mul(c, _EXP[i])
        poly = nxt
    return poly


def _ecc(data: list[int], n: int) -> list[int]:
    gen = _generator(n)
    rem = [0] * n
    for d in data:
        factor = d ^ rem[0]
        rem = [*rem[1:], 0]
        if factor:
            for j in range(n):
                rem[j] ^= _mul(gen[j + 1], factor)
    return rem


def codewords(data: str, gs1_mode: bool = False) -> list[int]:
    """ASCII encodation; GS1 data (an element string in either form) starts with FNC1 and uses
    FNC1 as separator."""
    if gs1_mode:
        body = gs1.unbracketed(gs1.parse(data))
        items: list[int | str] = [FNC1_CW, *(FNC1_CW if c == gs1.GS else c for c in body)]
    else:
        raw = data.encode("latin-1") if all(ord(c) < 256 for c in data) else data.encode()
        items = [chr(b) for b in raw]
    out: list[int] = []
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, int):
            out.append(item)
            i += 1
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        if item.isdigit() and item.isascii() and isinstance(nxt, str) and nxt.isdigit() \
                and nxt.isascii():
            out.append(130 + int(item + nxt))
            i += 2
            continue
        code = ord(item)
        if code > 127:
            out.extend((235, code - 127))
        else:
            out.append(code + 1)
        i += 1
    return out


def _size_for(count: int) -> tuple[int, int, int, int, int]:
    for size in _SIZES:
        if size[1] >= count:
            return size
    raise ValueError(f"too much data for a Data Matrix symbol ({count} codewords)")


def _pad(data: list[int], capacity: int) -> list[int]:
    out = list(data)
    if len(out) < capacity:
        out.append(129)
    while len(out) < capacity:
        r = ((149 * (len(out) + 1)) % 253) + 1
        out.append((129 + r) % 254 if 129 + r > 254 else 129 + r)
    return out


def _with_ecc(data: list[int], ecc_total: int, blocks: int) -> list[int]:
    out = list(data) + [0] * ecc_total
    per_block = ecc_total // blocks
    for b in range(blocks):
        block = data[b::blocks]
        for j, cw in enumerate(_ecc(block, per_block)):
            out[len(data) + j * blocks + b] = cw
    return out


def _placement(nrow: int, ncol: int) -> list[list[tuple[int, int] | int]]:
    """ISO/IEC 16022 Annex F: which (codeword, bit) sits at each module of the mapping matrix;
    an int (0/1) where the fixed corner pattern fills an unused square."""
    grid: list[list[tuple[int, int] | int | None]] = [[None] * ncol for _ in range(nrow)]

    def module(r: int, c: int, cw: int, bit: int) -> None:
        if r < 0:
            r += nrow
            c += 4 - ((nrow + 4) % 8)
        if c < 0:
            c += ncol
            r += 4 - ((ncol + 4) % 8)
        grid[r][c] = (cw, bit)

    def utah(r: int, c: int, cw: int) -> None:
        for bit, (dr, dc) in enumerate(((-2, -2), (-2, -1), (-1, -2), (-1, -1), (-1, 0),
                                        (0, -2), (0, -1), (0, 0)), start=1):
            module(r + dr, c + dc, cw, bit)

    def corner(cw: int, spots: tuple[tuple[int, int], ...]) -> None:
        for bit, (r, c) in enumerate(spots, start=1):
            module(r, c, cw, bit)

    n, m = nrow, ncol
    corners = {
        1: ((n - 1, 0), (n - 1, 1), (n - 1, 2), (0, m - 2), (0, m - 1), (1, m - 1), (2, m - 1),
            (3, m - 1)),
        2: ((n - 3, 0), (n - 2, 0), (n - 1, 0), (0, m - 4), (0, m - 3), (0, m - 2), (0, m - 1),
            (1, m - 1)),
        3: ((n - 3, 0), (n - 2, 0), (n - 1, 0), (0, m - 2), (0, m - 1), (1, m - 1), (2, m - 1),
            (3, m - 1)),
        4: ((n - 1, 0), (n - 1, m - 1), (0, m - 3), (0, m - 2), (0, m - 1), (1, m - 3),
            (1, m - 2), (1, m - 1)),
    }
    cw, row, col = 0, 4, 0
    while True:
        if row == n and col == 0:
            corner(cw, corners[1])
            cw += 1
        if row == n - 2 and col == 0 and m % 4:
            corner(cw, corners[2])
            cw += 1
        if row == n - 2 and col == 0 and m % 8 == 4:
            corner(cw, corners[3])
            cw += 1
        if row == n + 4 and col == 2 and not m % 8:
            corner(cw, corners[4])
            cw += 1
        while True:  # sweep up and right
            if row < n and col >= 0 and grid[row][col] is None:
                utah(row, col, cw)
                cw += 1
            row -= 2
            col += 2
            if not (row >= 0 and col < m):
                break
        row += 1
        col += 3
        while True:  # sweep down and left
            if row >= 0 and col < m and grid[row][col] is None:
                utah(row, col, cw)
                cw += 1
            row += 2
            col -= 2
            if not (row < n and col >= 0):
                break
        row += 3
        col += 1
        if not (row < n or col < m):
            break
    if grid[n - 1][m - 1] is None:
        grid[n - 1][m - 1] = grid[n - 2][m - 2] = 1
        grid[n - 1][m - 2] = grid[n - 2][m - 1] = 0
    return [[0 if v is None else v for v in line] for line in grid]


def encode(data: str, gs1_mode: bool = False) -> list[list[bool]]:
    """The symbol's modules, top row first, True for dark (without quiet zone)."""
    words = codewords(data, gs1_mode)
    side, capacity, ecc_total, region, blocks = _size_for(len(words))
    full = _with_ecc(_pad(words, capacity), ecc_total, blocks)
    regions = side // (region + 2)
    mapping = _placement(regions * region, regions * region)
    symbol = [[False] * side for _ in range(side)]
    for r, line in enumerate(mapping):
        for c, v in enumerate(line):
            dark = bool((full[v[0]] >> (8 - v[1])) & 1) if isinstance(v, tuple) else bool(v)
            symbol[(r // region) * (region + 2) + 1 + r % region][
                (c // region) * (region + 2) + 1 + c % region] = dark
    step = region + 2
    for base_r in range(0, side, step):
        for base_c in range(0, side, step):
            for k in range(step):
                symbol[base_r + step - 1][base_c + k] = True  # bottom: solid
                symbol[base_r + k][base_c] = True  # left: solid
                symbol[base_r][base_c + k] = k % 2 == 0  # top: alternating
                symbol[base_r + k][base_c + step - 1] = k % 2 == 1  # right: alternating
    return symbol
