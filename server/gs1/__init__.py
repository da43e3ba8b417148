"""GS1 standards support: key check digits and SSCCs (`checkdigit`), the Barcode Syntax Dictionary
(`dictionary`), element strings (`element_string`) and Digital Link URIs (`digital_link`).

Pure functions, no I/O beyond reading the shipped dictionary: the server, the gateway and tests
share them. `from server import gs1` then `gs1.check_digit(...)`, `gs1.digital_link.build(...)`.
"""

from __future__ import annotations

from server.gs1 import digital_link, element_string
from server.gs1.checkdigit import (
    GCP_LENGTHS,
    GTIN_LENGTHS,
    SSCC_LENGTH,
    GS1Error,
    Problem,
    check,
    check_digit,
    is_valid_check_digit,
    normalise_gtin,
    sscc,
    validate_gtin,
    validate_sscc,
)
from server.gs1.dictionary import AISpec, Component, Dictionary, dictionary
from server.gs1.digital_link import DigitalLink
from server.gs1.errors import GS1SyntaxError, Reason

__all__ = [
    "GCP_LENGTHS",
    "GTIN_LENGTHS",
    "SSCC_LENGTH",
    "AISpec",
    "Component",
    "Dictionary",
    "DigitalLink",
    "GS1Error",
    "GS1SyntaxError",
    "Problem",
    "Reason",
    "check",
    "check_digit",
    "dictionary",
    "digital_link",
    "element_string",
    "is_valid_check_digit",
    "normalise_gtin",
    "sscc",
    "validate_gtin",
    "validate_sscc",
]
