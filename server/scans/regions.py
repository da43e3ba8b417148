"""Where a scan happened: a browser position (WGS-84) or an IP address mapped to a GB/T 2260
division (province, city, county) with the division data shipped in server/scans/data.

The centres are GCJ-02 (the offset datum of Chinese map services), so a position is converted
WGS-84 → GCJ-02 first (the public transform; a few hundred metres of offset otherwise). With
centres only and no boundaries, the nearest centre decides: a point near a county border may be
placed in the neighbour. Beyond MAX_KM of every centre (at sea, abroad) the place is unknown.

An IP database is optional: a CSV of `first_ip,last_ip,code` rows (IPv4 or IPv6, the code of a
province, city or county), configured with YIMA_IP_REGIONS. Without one, scans without a
position are placed nowhere.
"""

from __future__ import annotations

import bisect
import csv
import ipaddress
import math
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"
MAX_KM = 150.0
EARTH_KM = 6371.0088
# City names that are placeholders for a municipality's or province's directly governed units.
_PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@dataclass(frozen=True)
class Place:
    """A division: codes are six digits ('' when unknown at that level)."""

    province_code: str = ""
    city_code: str = ""
    district_code: str = ""
    latitude: float | None = None  # WGS-84, rounded: where, not who
    longitude: float | None = None
    source: str = ""  # gps | ip | ""

    @property
    def known(self) -> bool:
        return bool(self.province_code)

    @property
    def area_code(self) -> str:
        """The most precise code known."""
        return self.district_code or self.city_code or self.province_code


# --- WGS-84 → GCJ-02 ----------------------------------------------------------------------------

_A = 6378245.0
_EE = 0.00669342162296594323


def in_china(lat: float, lng: float) -> bool:
    """The rough box GCJ-02 applies to (outside it the datums agree)."""
    return 72.004 <= lng <= 137.8347 and 0.8293 <= lat <= 55.8271


def _t_lat(x: float, y: float) -> float:
    r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    r += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return r


def _t_lng(x: float, y: float) -> float:
    r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    r += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return r


def wgs84_to_gcj02(lat: float, lng: float) -> tuple[float, float]:
    """The GCJ-02 coordinates of a WGS-84 point (unchanged outside China)."""
    if not in_china(lat, lng):
        return lat, lng
    d_lat = _t_lat(lng - 105.0, lat - 35.0)
    d_lng = _t_lng(lng - 105.0, lat - 35.0)
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lng = (d_lng * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return lat + d_lat, lng + d_lng


def distance_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


# --- the division table -------------------------------------------------------------------------


class Divisions:
    """Names and parents of every division, and the county centres to map points with."""

    def __init__(self, data: Path = DATA) -> None:
        self.names: dict[str, str] = {}
        self.parent: dict[str, str] = {}
        with (data / "divisions.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self.names[row["code"]] = row["name"]
                self.parent[row["code"]] = row["parent"]
        lats, lngs, self._districts, self._cities = [], [], [], []
        with (data / "points.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                lngs.append(float(row["lng"]))
                lats.append(float(row["lat"]))
                self._districts.append(row["district"])
                self._cities.append(row["city"])
        self._lat = np.radians(np.array(lats))
        self._lng = np.radians(np.array(lngs))
        self.centres: dict[str, tuple[float, float]] = {}  # code → GCJ-02 (lat, lng)
        for lat, lng, district, city in zip(lats, lngs, self._districts, self._cities,
                                            strict=True):
            if district:
                self.centres.setdefault(district, (lat, lng))
            self.centres.setdefault(city, (lat, lng))

    def place_of(self, code: str, *, source: str = "") -> Place:
        """The division `code` (any level) with its parents filled in."""
        if code not in self.names:
            return Place()
        chain = [code]
        while self.parent.get(chain[-1]):
            chain.append(self.parent[chain[-1]])
        chain.reverse()  # province, city, county
        return Place(province_code=chain[0], city_code=chain[1] if len(chain) > 1 else "",
                     district_code=chain[2] if len(chain) > 2 else "", source=source)

    def locate(self, lat: float, lng: float) -> Place:
        """The division holding a WGS-84 point (nearest county centre), or an unknown place."""
        if not (-90 <= lat <= 90 and -180 <= lng <= 180) or not in_china(lat, lng):
            return Place(source="gps")
        g_lat, g_lng = wgs84_to_gcj02(lat, lng)
        p, l_ = math.radians(g_lat), math.radians(g_lng)
        h = (np.sin((self._lat - p) / 2) ** 2
             + math.cos(p) * np.cos(self._lat) * np.sin((self._lng - l_) / 2) ** 2)
        best = int(np.argmin(h))
        km = 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(float(h[best]))))
        rounded = (round(lat, 3), round(lng, 3))
        if km > MAX_KM:
            return Place(latitude=rounded[0], longitude=rounded[1], source="gps")
        found = self.place_of(self._districts[best] or self._cities[best], source="gps")
        return Place(found.province_code, found.city_code, found.district_code,
                     rounded[0], rounded[1], "gps")

    def name(self, place: Place, lang: str = "zh") -> str:
        """'山西省长治市襄垣县' (placeholder city names such as 市辖区 left out)."""
        parts = [self.names.get(c, "") for c in
                 (place.province_code, place.city_code, place.district_code) if c]
        parts = [p for p in parts if p and p not in _PLACEHOLDER_CITIES]
        return ("" if lang == "zh" else " ").join(parts)

    def city_name(self, code: str) -> str:
        """A city's name; a municipality's placeholder (市辖区) reads as the municipality."""
        name = self.names.get(code, "")
        if name in _PLACEHOLDER_CITIES:
            return self.names.get(self.parent.get(code, ""), "")
        return name

    def centre(self, place: Place) -> tuple[float, float] | None:
        """A point for a place known by code only (an IP region): its centre, in GCJ-02."""
        for code in (place.district_code, place.city_code):
            if code and code in self.centres:
                return self.centres[code]
        return None


@cache
def divisions() -> Divisions:
    """The shipped division table (loaded once per process, ~20 ms)."""
    return Divisions()


# --- IP database --------------------------------------------------------------------------------


class IpRegions:
    """An optional IP → division table: CSV rows `first_ip,last_ip,code` (ranges must not
    overlap), looked up by bisection."""

    def __init__(self, path: Path) -> None:
        rows: list[tuple[int, int, str]] = []
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh):
                if not row or row[0].startswith("#") or row[0] == "first_ip":
                    continue
                first, last = ipaddress.ip_address(row[0].strip()), \
                    ipaddress.ip_address(row[1].strip())
                rows.append((self._key(first), self._key(last), row[2].strip()))
        rows.sort()
        self._starts = [r[0] for r in rows]
        self._rows = rows

    @staticmethod
    def _key(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> int:
        # IPv4 below IPv6: one sorted table for both.
        return int(ip) if ip.version == 4 else (1 << 32) + int(ip)

    def code(self, ip: str) -> str:
        try:
            key = self._key(ipaddress.ip_address(ip))
        except ValueError:
            return ""
        i = bisect.bisect_right(self._starts, key) - 1
        if i >= 0 and self._rows[i][0] <= key <= self._rows[i][1]:
            return self._rows[i][2]
        return ""


_ip_lock = threading.Lock()
_ip_tables: dict[str, IpRegions] = {}


def ip_place(ip: str, database: str) -> Place:
    """The IP's place from the configured database ('' = none configured: unknown)."""
    if not database or not ip:
        return Place()
    with _ip_lock:
        table = _ip_tables.get(database)
        if table is None:
            table = _ip_tables[database] = IpRegions(Path(database))
    code = table.code(ip)
    return divisions().place_of(code, source="ip") if code else Place()


def ip_prefix(ip: str) -> str:
    """The network, not the person: /24 for IPv4, /48 for IPv6."""
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return ""
    bits = 24 if addr.version == 4 else 48
    return str(ipaddress.ip_network(f"{addr}/{bits}", strict=False))
