"""Content checks ("linters") named in the GS1 Barcode Syntax Dictionary, one function each.

A linter takes one component of an AI value and returns None when it is acceptable, or a short
English explanation. Character-set linters run first (N, X = CSET 82, Y = CSET 39, Z = CSET 64),
then the component's own linters in dictionary order, as GS1's syntax engine does.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable

from server.gs1.checkdigit import check_digit

Linter = Callable[[str], str | None]

DIGITS = frozenset("0123456789")
CSET82 = frozenset("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
                   "abcdefghijklmnopqrstuvwxyz")
CSET39 = frozenset("#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
CSET64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
HEX = frozenset("0123456789ABCDEFabcdef")
UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Weights of CSET 82 characters and of check characters (CSET 32) for alphanumeric check pairs.
CSET82_ORDER = ("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
                "abcdefghijklmnopqrstuvwxyz")
CSET32_ORDER = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
GCP_MIN_LENGTH = 4

# These linters check a value against a code list (ISO 3166 countries, ISO 4217 currencies, UN/ECE
# package types, North American coupon layouts) that this project does not ship; they check the
# code's form only. The product never issues these AIs; it only passes them through when scanned.
FORMAT_ONLY = frozenset({"iso3166", "iso3166999", "iso3166alpha2", "iso4217", "packagetype",
                         "couponcode", "couponposoffer"})


def _first_outside(value: str, allowed: frozenset[str]) -> str | None:
    return next((ch for ch in value if ch not in allowed), None)


def numeric(value: str) -> str | None:
    """Digits only."""
    bad = _first_outside(value, DIGITS)
    return None if bad is None else f"non-digit character {bad!r}"


def cset82(value: str) -> str | None:
    """GS1 AI encodable character set 82."""
    bad = _first_outside(value, CSET82)
    return None if bad is None else f"character {bad!r} is not in CSET 82"


def cset39(value: str) -> str | None:
    """GS1 AI encodable character set 39."""
    bad = _first_outside(value, CSET39)
    return None if bad is None else f"character {bad!r} is not in CSET 39"


def cset64(value: str) -> str | None:
    """URI-safe base64 (CSET 64), with optional '=' padding to a multiple of three."""
    data = value.rstrip("=")
    pads = len(value) - len(data)
    if pads > 2 or (pads and len(value) % 3):
        return "invalid base64 padding"
    bad = _first_outside(data, CSET64)
    return None if bad is None else f"character {bad!r} is not in CSET 64"


CSETS: dict[str, Linter] = {"N": numeric, "X": cset82, "Y": cset39, "Z": cset64}


def csum(value: str) -> str | None:
    """Mod-10 check digit (GTIN, SSCC, GLN, ...)."""
    if len(value) < 2:
        return "too short for a check digit"
    if numeric(value):
        return "non-digit character"
    expected = check_digit(value[:-1])
    return None if value[-1] == expected else f"incorrect check digit (should be {expected})"


def csumalpha(value: str) -> str | None:
    """Alphanumeric check character pair (GMN, MUDI)."""
    if len(value) < 2:
        return "too short for a check character pair"
    if cset82(value[:-2]):
        return "character not in CSET 82"
    if any(ch not in CSET32_ORDER for ch in value[-2:]):
        return "check characters must be in CSET 32"
    body = value[:-2]
    primes = _primes(len(body))
    total = sum(CSET82_ORDER.index(ch) * primes[len(body) - 1 - i] for i, ch in enumerate(body))
    total %= 1021
    expected = CSET32_ORDER[total >> 5] + CSET32_ORDER[total & 31]
    return None if value[-2:] == expected else f"incorrect check pair (should be {expected})"


def _primes(count: int) -> list[int]:
    found: list[int] = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def gcppos1(value: str) -> str | None:
    """Starts with a GS1 Company Prefix (at least its minimum four digits)."""
    if len(value) < GCP_MIN_LENGTH:
        return "too short to start with a GS1 Company Prefix"
    return "invalid GS1 Company Prefix" if numeric(value[:GCP_MIN_LENGTH]) else None


def gcppos2(value: str) -> str | None:
    """A GS1 Company Prefix from the second character (after an indicator digit)."""
    return gcppos1(value[1:])


def _century(yy: int) -> int:
    # GS1 General Specifications 7.12: a two-digit year lies within 49 years before and 50 years
    # after the current year.
    now = datetime.date.today().year
    base = now - now % 100
    diff = yy - now % 100
    if diff >= 51:
        return base - 100
    if diff <= -50:
        return base + 100
    return base


def _date(year: int, mm: str, dd: str, zero_day: bool) -> str | None:
    month = int(mm)
    if not 1 <= month <= 12:
        return f"illegal month {mm}"
    day = int(dd)
    if day == 0 and zero_day:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"illegal day {dd}"
    return None


def _yymmdd(value: str, zero_day: bool) -> str | None:
    if len(value) != 6 or numeric(value):
        return "date must be six digits YYMMDD"
    year = _century(int(value[:2])) + int(value[:2])
    return _date(year, value[2:4], value[4:], zero_day)


def yymmd0(value: str) -> str | None:
    """A date YYMMDD, where DD may be 00 (day not given)."""
    return _yymmdd(value, zero_day=True)


def yymmdd(value: str) -> str | None:
    """A date YYMMDD."""
    return _yymmdd(value, zero_day=False)


def yyyymmdd(value: str) -> str | None:
    """A date YYYYMMDD."""
    if len(value) != 8 or numeric(value):
        return "date must be eight digits YYYYMMDD"
    return _date(int(value[:4]), value[4:6], value[6:], zero_day=False)


def _two_digits_below(value: str, limit: int, what: str) -> str | None:
    if len(value) != 2 or numeric(value) or int(value) >= limit:
        return f"illegal {what} {value!r}"
    return None


def hh(value: str) -> str | None:
    """Hour 00-23."""
    return _two_digits_below(value, 24, "hour")


def mi(value: str) -> str | None:
    """Minute 00-59."""
    return _two_digits_below(value, 60, "minute")


def ss(value: str) -> str | None:
    """Second 00-59."""
    return _two_digits_below(value, 60, "second")


def hhmi(value: str) -> str | None:
    """Time HHMI."""
    if len(value) != 4:
        return "time must be four digits HHMI"
    return hh(value[:2]) or mi(value[2:])


def pcenc(value: str) -> str | None:
    """Percent-encoded text: every '%' starts a two-hex-digit escape."""
    for i, ch in enumerate(value):
        if ch == "%" and not (len(value[i + 1:i + 3]) == 2 and set(value[i + 1:i + 3]) <= HEX):
            return "invalid percent-encoding"
    return None


def _one_of(allowed: frozenset[str], what: str) -> Linter:
    def lint(value: str) -> str | None:
        return None if value in allowed else f"{value!r} is not a valid {what}"
    lint.__doc__ = f"One of the {what} codes."
    return lint


yesno = _one_of(frozenset({"0", "1"}), "yes/no flag")
winding = _one_of(frozenset({"0", "1", "9"}), "winding direction")
iso5218 = _one_of(frozenset({"0", "1", "2", "9"}), "ISO 5218 sex code")
mediatype = _one_of(frozenset([f"{n:02d}" for n in (*range(1, 11), *range(80, 100))]),
                    "AIDC media type")
importeridx = _one_of(frozenset("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
                                "abcdefghijklmnopqrstuvwxyz"), "importer index")


def zero(value: str) -> str | None:
    """The digit zero."""
    return None if value == "0" else "must be zero"


def nonzero(value: str) -> str | None:
    """A number other than zero."""
    return "must not be zero" if not value.strip("0") else None


def hyphen(value: str) -> str | None:
    """Hyphens only (a minus sign)."""
    return None if set(value) <= {"-"} else "must be '-'"


def nozeroprefix(value: str) -> str | None:
    """A number without a leading zero."""
    return "must not start with zero" if value.startswith("0") else numeric(value)


def hasnondigit(value: str) -> str | None:
    """At least one character that is not a digit."""
    return None if numeric(value) else "must contain a non-digit character"


def pieceoftotal(value: str) -> str | None:
    """Piece number and total count, equal widths, 1 <= piece <= total."""
    if len(value) % 2 or numeric(value):
        return "piece and total must be digits of equal width"
    half = len(value) // 2
    piece, total = int(value[:half]), int(value[half:])
    if piece == 0 or total == 0:
        return "piece and total must not be zero"
    return "piece exceeds total" if piece > total else None


def posinseqslash(value: str) -> str | None:
    """Position in a sequence as 'pos/end', no leading zeros, pos <= end."""
    pos, slash, end = value.partition("/")
    if not slash or not pos or not end or numeric(pos) or numeric(end):
        return "must be position/end"
    if pos[0] == "0" or end[0] == "0":
        return "position and end must not start with zero"
    return "position exceeds end" if int(pos) > int(end) else None


def _within(limit: int, what: str) -> Linter:
    def lint(value: str) -> str | None:
        return None if not numeric(value) and int(value) <= limit else f"invalid {what}"
    lint.__doc__ = f"A {what} encoded as an offset number no greater than {limit}."
    return lint


latitude = _within(1_800_000_000, "latitude")
longitude = _within(3_600_000_000, "longitude")


def iso3166alpha2(value: str) -> str | None:
    """Two capital letters (form of an ISO 3166 alpha-2 country code)."""
    return None if len(value) == 2 and set(value) <= UPPER else "not an ISO 3166 alpha-2 code"


def three_digit_code(value: str) -> str | None:
    """Three digits (form of an ISO 3166 numeric country or ISO 4217 currency code)."""
    return None if len(value) == 3 and not numeric(value) else "must be a three-digit code"


def packagetype(value: str) -> str | None:
    """Capital letters and digits (form of a UN/ECE Recommendation 21 package type code)."""
    return None if value and set(value) <= UPPER | DIGITS else "not a package type code"


def any_value(value: str) -> str | None:
    """No check beyond the component's character set."""
    return None


def iban(value: str) -> str | None:
    """An International Bank Account Number with its mod-97 check digits."""
    if len(value) < 4:
        return "too short for an IBAN"
    if iso3166alpha2(value[:2]):
        return "IBAN must start with a country code"
    if len(value) > 34:
        return "too long for an IBAN"
    if len(value) <= 10:
        return "too short for an IBAN"
    rearranged = value[4:] + value[:4]
    if any(ch not in DIGITS | UPPER for ch in rearranged):
        return "invalid IBAN character"
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return None if int(number) % 97 == 1 else "incorrect IBAN check digits"


LINTERS: dict[str, Linter] = {
    "csum": csum, "csumalpha": csumalpha, "gcppos1": gcppos1, "gcppos2": gcppos2,
    "yymmd0": yymmd0, "yymmdd": yymmdd, "yyyymmdd": yyyymmdd,
    "hh": hh, "mi": mi, "ss": ss, "hhmi": hhmi, "pcenc": pcenc,
    "yesno": yesno, "winding": winding, "iso5218": iso5218, "mediatype": mediatype,
    "importeridx": importeridx, "zero": zero, "nonzero": nonzero, "hyphen": hyphen,
    "nozeroprefix": nozeroprefix, "hasnondigit": hasnondigit, "pieceoftotal": pieceoftotal,
    "posinseqslash": posinseqslash, "latitude": latitude, "longitude": longitude, "iban": iban,
    "iso3166": three_digit_code, "iso3166999": three_digit_code, "iso4217": three_digit_code,
    "iso3166alpha2": iso3166alpha2, "packagetype": packagetype,
    "couponcode": any_value, "couponposoffer": any_value,
}
