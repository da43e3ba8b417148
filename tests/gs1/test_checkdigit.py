"""GS1 check digits against the published test vectors, and GTIN normalisation."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from server import gs1
from tests.gs1 import vectors

ERRORS = {
    "GS1_LINTER_TOO_SHORT_FOR_CHECK_DIGIT": gs1.Problem.TOO_SHORT,
    "GS1_LINTER_NON_DIGIT_CHARACTER": gs1.Problem.NON_DIGIT,
    "GS1_LINTER_INCORRECT_CHECK_DIGIT": gs1.Problem.CHECK_DIGIT,
    "Incorrect check digit (csum linter)": gs1.Problem.CHECK_DIGIT,
}


@dataclass(frozen=True)
class Vector:
    number: str
    kind: str
    valid: bool
    error: str
    mod10: str


def _vectors() -> list[Vector]:
    lines = vectors.path("checkdigit_vectors.tsv").read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    assert header[:5] == ["number", "kind", "expected_valid", "expected_error",
                          "independent_mod10_check"]
    out = []
    for line in lines[1:]:
        if not line:
            continue
        # Leading and trailing spaces are part of the cases: never strip the cells.
        number, kind, valid, error, mod10, _source = line.split("\t")
        out.append(Vector(number, kind, valid == "yes", error, mod10))
    return out


VECTORS = _vectors()


def _independent_mod10(number: str) -> bool:
    """Textbook method: pad to 18 digits, weights 3,1,3,... from the left, total divisible by 10."""
    padded = number.zfill(18)
    return sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(padded)) % 10 == 0


def _validator(kind: str) -> object:
    if "GTIN" in kind:
        return gs1.validate_gtin
    if kind.startswith("SSCC"):
        return gs1.validate_sscc
    return gs1.check


def test_every_vector_row_is_read() -> None:
    assert len(VECTORS) == 15
    assert {v.valid for v in VECTORS} == {True, False}


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: f"{v.kind}:{v.number!r}")
def test_check_digit_vectors(vector: Vector) -> None:
    validate = _validator(vector.kind)
    assert gs1.is_valid_check_digit(vector.number) is vector.valid
    if vector.valid:
        assert validate(vector.number) == vector.number  # type: ignore[operator]
        assert gs1.check_digit(vector.number[:-1]) == vector.number[-1]
    else:
        with pytest.raises(gs1.GS1Error) as err:
            validate(vector.number)  # type: ignore[operator]
        assert err.value.problem is ERRORS[vector.error]
        if err.value.problem is gs1.Problem.CHECK_DIGIT:
            assert err.value.expected == gs1.check_digit(vector.number[:-1])
            assert err.value.expected != vector.number[-1]
    if vector.mod10 != "n/a":
        assert _independent_mod10(vector.number) is (vector.mod10 == "valid")
        assert gs1.is_valid_check_digit(vector.number) is (vector.mod10 == "valid")


@pytest.mark.parametrize("vector", [v for v in VECTORS if v.valid and "GTIN" in v.kind],
                         ids=lambda v: v.kind)
def test_valid_gtins_normalise_to_14_digits(vector: Vector) -> None:
    gtin14 = gs1.normalise_gtin(vector.number)
    assert len(gtin14) == 14
    assert gtin14.endswith(vector.number)
    assert gtin14.lstrip("0") == vector.number.lstrip("0")
    assert gs1.is_valid_check_digit(gtin14)


def test_known_gtin_13_check_digit() -> None:
    # 690 is GS1 China's prefix; the demo's peanut oil uses this GTIN-13.
    assert gs1.check_digit("690123456789") == "2"
    assert gs1.normalise_gtin("6901234567892") == "06901234567892"


@pytest.mark.parametrize(("number", "problem"), [
    ("", gs1.Problem.TOO_SHORT),
    ("1234567", gs1.Problem.WRONG_LENGTH),
    ("123456789012345", gs1.Problem.WRONG_LENGTH),
    ("123456789012345675", gs1.Problem.WRONG_LENGTH),  # an SSCC is not a GTIN
    ("690123456789X", gs1.Problem.NON_DIGIT),
    ("６９０１２３４５６７８９２", gs1.Problem.NON_DIGIT),  # full-width digits
    ("6901234567893", gs1.Problem.CHECK_DIGIT),
])
def test_gtin_refusals(number: str, problem: gs1.Problem) -> None:
    with pytest.raises(gs1.GS1Error) as err:
        gs1.normalise_gtin(number)
    assert err.value.problem is problem
    assert " / " in err.value.detail  # bilingual for the error message


def test_check_digit_error_names_the_expected_digit() -> None:
    with pytest.raises(gs1.GS1Error) as err:
        gs1.validate_gtin("6901234567893")
    assert err.value.expected == "2"
    assert "2" in err.value.detail


def test_sscc_needs_18_digits() -> None:
    assert gs1.validate_sscc("123456789012345675") == "123456789012345675"
    with pytest.raises(gs1.GS1Error) as err:
        gs1.validate_sscc("12345678901231")
    assert err.value.problem is gs1.Problem.WRONG_LENGTH
    assert "18" in err.value.detail


def test_sscc_is_assembled_with_its_check_digit() -> None:
    number = gs1.sscc(3, "6901234", 123456789)
    assert number == "369012341234567895"
    assert gs1.validate_sscc(number) == number
    assert gs1.sscc(0, "6901234", 1) == "069012340000000016"
    assert gs1.is_valid_check_digit(gs1.sscc(9, "0614141", "000000001"))


@pytest.mark.parametrize(("args", "error"), [
    ((10, "6901234", 1), ValueError),  # extension digit is one digit
    ((0, "690", 1), gs1.GS1Error),  # company prefix 4-12 digits
    ((0, "69012X4", 1), gs1.GS1Error),
    ((0, "6901234", 1_000_000_000), ValueError),  # 7 + 10 digits exceed 17
    ((0, "6901234", -1), gs1.GS1Error),
])
def test_sscc_refusals(args: tuple[int, str, int], error: type[Exception]) -> None:
    with pytest.raises(error):
        gs1.sscc(*args)
