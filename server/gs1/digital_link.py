"""GS1 Digital Link URIs (GS1 Digital Link standard 1.x, URI syntax): build one from AIs and a base
URL, and parse one back into AIs, validated the way GS1's syntax engine does with default options.

    build("https://brand.example.com", [("01", "09520123456788"), ("21", "ABC123")])
    -> "https://brand.example.com/01/09520123456788/21/ABC123"
    parse(uri).ais -> (("01", "09520123456788"), ("21", "ABC123"))

Default options mean: no convenience alphas ("/gtin/…"), no zero-suppressed GTINs ("/01/" followed
by 8, 12 or 13 digits), no unknown AIs. Everything after the rightmost primary key in the path is
key, qualifiers and values; query parameters whose names are all digits must be known AIs and
permitted data attributes; other query parameters and the fragment are ignored.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from server.gs1 import element_string
from server.gs1.dictionary import AISpec, dictionary
from server.gs1.element_string import AIPair, check_length, spec_for
from server.gs1.errors import GS1SyntaxError, Reason

CANONICAL_STEM = "https://id.gs1.org"
URI_CHARS = frozenset(string.ascii_letters + string.digits + "-._~:/?#[]@!$&'()*+,;=%")
BAD_DOMAIN_CHARS = frozenset("_~?#@!$&'()*+,;=%")
SCHEMES = ("https://", "HTTPS://", "http://", "HTTP://")  # mixed case is refused, as GS1 does
HEX = frozenset(string.hexdigits)


@dataclass(frozen=True)
class DigitalLink:
    """A parsed Digital Link: AIs in URI order (path first), their element string and HRI."""

    ais: tuple[AIPair, ...]
    element_string: str  # unbracketed barcode data, GS ("\x1d") as FNC1 separator
    hri: str  # "(01)…(21)…"
    stem: str  # everything before the key: scheme, domain and any leading path
    path_length: int  # how many of `ais` came from the path (key + qualifiers)
    ignored_query: tuple[str, ...] = ()  # non-AI query parameters, as given
    fragment: str = ""

    @property
    def key(self) -> AIPair:
        """The primary key, e.g. ("01", gtin) or ("00", sscc)."""
        return self.ais[0]

    @property
    def qualifiers(self) -> tuple[AIPair, ...]:
        """Key qualifiers from the path, e.g. (22), (10), (21)."""
        return self.ais[1:self.path_length]

    @property
    def attributes(self) -> tuple[AIPair, ...]:
        """Data attributes from the query string."""
        return self.ais[self.path_length:]

    def get(self, ai: str) -> str | None:
        """The value of `ai`, or None when absent."""
        return next((value for a, value in self.ais if a == ai), None)

    @property
    def gtin(self) -> str | None:
        """AI (01)."""
        return self.get("01")

    @property
    def serial(self) -> str | None:
        """AI (21)."""
        return self.get("21")

    @property
    def lot(self) -> str | None:
        """AI (10)."""
        return self.get("10")

    @property
    def sscc(self) -> str | None:
        """AI (00)."""
        return self.get("00")


def _unescape(raw: str, ai: str, query: bool) -> str:
    # Percent-escapes become single characters; "+" means space in the query only. A "%" not
    # followed by two hex digits stays literal (CSET 82 allows it).
    out: list[str] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "%" and len(raw[i + 1:i + 3]) == 2 and set(raw[i + 1:i + 3]) <= HEX:
            code = int(raw[i + 1:i + 3], 16)
            if code == 0:
                raise GS1SyntaxError(Reason.ILLEGAL_NUL, ai)
            out.append(chr(code))
            i += 3
            continue
        out.append(" " if query and ch == "+" else ch)
        i += 1
    return "".join(out)


def _split_scheme(uri: str) -> tuple[str, str]:
    bad = sorted({ch for ch in uri if ch not in URI_CHARS})
    if bad:
        raise GS1SyntaxError(Reason.URI_ILLEGAL_CHARACTER, detail=" ".join(map(repr, bad)))
    scheme = next((s for s in SCHEMES if uri.startswith(s)), None)
    if scheme is None:
        raise GS1SyntaxError(Reason.URI_ILLEGAL_SCHEME)
    return scheme, uri[len(scheme):]


def _check_domain(domain: str) -> None:
    bad = sorted({ch for ch in domain if ch in BAD_DOMAIN_CHARS})
    if bad:
        raise GS1SyntaxError(Reason.DOMAIN_ILLEGAL_CHARACTER, detail=" ".join(map(repr, bad)))


def _belongs_in_path(ai: str, path: Sequence[str]) -> bool:
    # A query AI that would make a valid key-qualifier sequence somewhere after the key is one
    # the URI should have carried in its path.
    sequences = dictionary().dl_sequences
    return any((*path[:i], ai, *path[i:]) in sequences for i in range(1, len(path) + 1))


def _query_ais(query: str, path: list[AIPair]) -> tuple[list[AIPair], list[str]]:
    ais: list[AIPair] = []
    ignored: list[str] = []
    for param in query.split("&"):
        if not param:
            continue
        name, eq, raw = param.partition("=")
        if not eq or not (name.isascii() and name.isdigit()):
            ignored.append(param)
            continue
        spec = dictionary().lookup(name)
        if spec is None:
            raise GS1SyntaxError(Reason.UNKNOWN_QUERY_AI, name)
        if not raw:
            raise GS1SyntaxError(Reason.QUERY_VALUE_EMPTY, name)
        value = _unescape(raw, name, query=True)
        check_length(spec, value)
        ais.append((name, value))
    path_ais = [ai for ai, _ in path]
    seen = set(path_ais)
    for ai, _ in ais:
        if ai in seen:
            raise GS1SyntaxError(Reason.DUPLICATE_AI, ai)
        seen.add(ai)
        if not spec_for(ai).dl_attribute:
            raise GS1SyntaxError(Reason.NOT_DATA_ATTRIBUTE, ai)
        if _belongs_in_path(ai, path_ais):
            raise GS1SyntaxError(Reason.AI_BELONGS_IN_PATH, ai)
    return ais, ignored


def _key_index(segments: list[str]) -> int:
    # Walk back from the end of the path in /AI/value pairs; stop at the rightmost primary key.
    dic = dictionary()
    i = len(segments) - 2
    while i >= 1:
        ai = segments[i]
        if dic.lookup(ai) is None:
            break
        if dic.is_primary_key(ai):
            return i
        i -= 2
    raise GS1SyntaxError(Reason.NO_PRIMARY_KEY)


def parse(uri: str) -> DigitalLink:
    """Parse and validate a Digital Link URI; GS1SyntaxError says why one is refused."""
    scheme, rest = _split_scheme(uri)
    slash = rest.find("/")
    if slash < 1:
        raise GS1SyntaxError(Reason.URI_MISSING_DOMAIN_OR_PATH)
    domain = rest[:slash]
    _check_domain(domain)
    before_fragment, _, fragment = rest[slash:].partition("#")
    path, _, query = before_fragment.partition("?")
    segments = path.split("/")
    start = _key_index(segments)
    path_ais: list[AIPair] = []
    for i in range(start, len(segments), 2):
        ai, raw = segments[i], segments[i + 1]
        if not raw:
            raise GS1SyntaxError(Reason.PATH_VALUE_EMPTY, ai)
        value = _unescape(raw, ai, query=False)
        check_length(spec_for(ai), value)
        path_ais.append((ai, value))
    if tuple(ai for ai, _ in path_ais) not in dictionary().dl_sequences:
        raise GS1SyntaxError(Reason.BAD_KEY_QUALIFIERS,
                             detail="".join(f"({ai})" for ai, _ in path_ais))
    query_ais, ignored = _query_ais(query, path_ais)
    ais = element_string.validate(path_ais + query_ais)
    stem = scheme + domain + "/".join(segments[:start])
    return DigitalLink(ais=tuple(ais), element_string=element_string.unbracketed(ais),
                       hri=element_string.hri(ais), stem=stem, path_length=len(path_ais),
                       ignored_query=tuple(ignored), fragment=fragment)


def _base(base_url: str) -> str:
    scheme = next((s for s in SCHEMES if base_url.startswith(s)), None)
    if scheme is None:
        raise GS1SyntaxError(Reason.BASE_URL_INVALID, detail=base_url)
    domain, slash, path = base_url[len(scheme):].partition("/")
    if not domain.isascii():
        # Internationalised domain names (e.g. Chinese) travel as punycode.
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise GS1SyntaxError(Reason.BASE_URL_INVALID, detail=base_url) from exc
    base = f"{scheme}{domain}{slash}{path}".rstrip("/")
    try:
        _split_scheme(base)
        _check_domain(domain)
    except GS1SyntaxError as exc:
        raise GS1SyntaxError(Reason.BASE_URL_INVALID, detail=str(exc)) from exc
    if not domain or "?" in base or "#" in base:
        raise GS1SyntaxError(Reason.BASE_URL_INVALID, detail=base_url)
    return base


def _layout(ais: list[AIPair], key: AISpec) -> tuple[list[AIPair], list[AIPair]]:
    # Try the qualifier alternatives with the most AIs present first (ties: dictionary order);
    # keep the first whose leftover AIs are all valid query attributes.
    present = [ai for ai, _ in ais]
    alternatives = sorted(key.dl_qualifiers or ((),),
                          key=lambda alt: -sum(q in present for q in alt))
    errors: list[GS1SyntaxError] = []
    for alternative in alternatives:
        path_order = [key.ai, *(q for q in alternative if q in present)]
        path = [next(p for p in ais if p[0] == ai) for ai in path_order]
        rest: list[AIPair] = []
        done = set(path_order)
        for ai, value in ais:
            if ai not in done:  # repeats were checked to carry the same value
                rest.append((ai, value))
                done.add(ai)
        try:
            for ai, _ in rest:
                if not spec_for(ai).dl_attribute:
                    raise GS1SyntaxError(Reason.NOT_DATA_ATTRIBUTE, ai)
                if _belongs_in_path(ai, path_order):
                    raise GS1SyntaxError(Reason.AI_BELONGS_IN_PATH, ai)
        except GS1SyntaxError as exc:
            errors.append(exc)
            continue
        # Fixed-length attributes first, as GS1's syntax engine writes them.
        query = sorted(rest, key=lambda pair: spec_for(pair[0]).fnc1)
        return path, query
    raise errors[0]


def build(base_url: str, ais: Iterable[AIPair]) -> str:
    """A validated Digital Link URI: key and qualifiers in the path, other AIs in the query."""
    # The key is the first primary-key AI given; qualifiers follow the dictionary's order; values
    # are percent-encoded except RFC 3986 unreserved characters, as GS1's syntax engine does.
    pairs = element_string.validate(ais)
    base = _base(base_url)
    key = next((spec for spec in (spec_for(ai) for ai, _ in pairs) if spec.dl_primary_key), None)
    if key is None:
        raise GS1SyntaxError(Reason.NO_KEY_TO_BUILD)
    path, query = _layout(pairs, key)
    uri = base + "".join(f"/{ai}/{quote(value, safe='')}" for ai, value in path)
    if query:
        uri += "?" + "&".join(f"{ai}={quote(value, safe='')}" for ai, value in query)
    return uri
