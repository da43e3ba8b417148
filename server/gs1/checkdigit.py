"""GS1 identification keys: check digits (GS1 General Specifications 7.9) for GTIN-8/12/13/14 and
SSCC-18, GTIN normalisation to the 14-digit form that databases and element strings use, and SSCC
assembly from a company prefix and serial reference.

Pure functions, no I/O: the server, the gateway and tests share them.
"""

from __future__ import annotations

from enum import Enum

GTIN_LENGTHS = (8, 12, 13, 14)
SSCC_LENGTH = 18


class Problem(Enum):
    """Why a number is not a valid key; names follow the GS1 syntax engine's linter errors."""

    TOO_SHORT = "too short for a check digit / 位数不足，无法校验"
    NON_DIGIT = "digits only / 只能是数字"
    WRONG_LENGTH = "wrong number of digits / 位数不正确"
    CHECK_DIGIT = "wrong check digit / 校验位错误"


class GS1Error(ValueError):
    """A number refused as a GS1 key, with the problem and (for a bad check digit) the right one."""

    def __init__(self, problem: Problem, number: str, expected: str = "",
                 lengths: tuple[int, ...] = ()) -> None:
        self.problem = problem
        self.number = number
        self.expected = expected
        self.lengths = lengths
        super().__init__(f"{number!r}: {problem.name}")

    @property
    def detail(self) -> str:
        """Bilingual explanation for people, e.g. naming the expected check digit."""
        if self.problem is Problem.CHECK_DIGIT and self.expected:
            return f"check digit should be {self.expected} / 校验位应为 {self.expected}"
        if self.problem is Problem.WRONG_LENGTH and self.lengths:
            return (f"{'/'.join(map(str, self.lengths))} digits / "
                    f"应为 {'、'.join(map(str, self.lengths))} 位数字")
        return self.problem.value


def _digits_only(number: str) -> None:
    # str.isdigit() accepts other scripts' digits (e.g. '٣'); GS1 keys are ASCII only.
    if not all("0" <= ch <= "9" for ch in number):
        raise GS1Error(Problem.NON_DIGIT, number)


def check_digit(body: str) -> str:
    """The check digit for the digits before it: weights 3,1,3,... from the right, mod 10."""
    _digits_only(body)
    if not body:
        raise GS1Error(Problem.TOO_SHORT, body)
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def check(number: str) -> str:
    """Validate the last digit of any GS1 key as its check digit; returns the number."""
    if len(number) < 2:
        # A number with a non-digit is reported as such even when it is also short.
        if number:
            _digits_only(number)
        raise GS1Error(Problem.TOO_SHORT, number)
    _digits_only(number)
    expected = check_digit(number[:-1])
    if number[-1] != expected:
        raise GS1Error(Problem.CHECK_DIGIT, number, expected)
    return number


def is_valid_check_digit(number: str) -> bool:
    """True when `number` is all digits and ends with its correct check digit."""
    try:
        check(number)
    except GS1Error:
        return False
    return True


def validate_gtin(number: str) -> str:
    """A GTIN-8/12/13/14 with a correct check digit, as given; GS1Error otherwise."""
    if not number:
        raise GS1Error(Problem.TOO_SHORT, number)
    _digits_only(number)
    if len(number) not in GTIN_LENGTHS:
        raise GS1Error(Problem.WRONG_LENGTH, number, lengths=GTIN_LENGTHS)
    return check(number)


def normalise_gtin(number: str) -> str:
    """Any valid GTIN as GTIN-14: left-padded with zeros (the check digit is unchanged)."""
    return validate_gtin(number).zfill(14)


def validate_sscc(number: str) -> str:
    """An SSCC-18 with a correct check digit; GS1Error otherwise."""
    if not number:
        raise GS1Error(Problem.TOO_SHORT, number)
    _digits_only(number)
    if len(number) != SSCC_LENGTH:
        raise GS1Error(Problem.WRONG_LENGTH, number, lengths=(SSCC_LENGTH,))
    return check(number)


GCP_LENGTHS = range(4, 13)  # GS1 Company Prefixes are 4 to 12 digits long


def sscc(extension_digit: int, company_prefix: str, serial_reference: int | str) -> str:
    """An SSCC-18: extension digit, company prefix, zero-padded serial reference, check digit."""
    if not 0 <= extension_digit <= 9:
        raise ValueError(f"extension digit must be 0-9, not {extension_digit!r}")
    _digits_only(company_prefix)
    if len(company_prefix) not in GCP_LENGTHS:
        raise GS1Error(Problem.WRONG_LENGTH, company_prefix, lengths=tuple(GCP_LENGTHS))
    width = SSCC_LENGTH - 2 - len(company_prefix)
    serial = str(serial_reference)
    _digits_only(serial)
    if not serial or len(serial) > width:
        raise ValueError(f"serial reference {serial!r} must be 1 to {width} digits "
                         f"after a {len(company_prefix)}-digit company prefix")
    body = f"{extension_digit}{company_prefix}{serial.zfill(width)}"
    return body + check_digit(body)
