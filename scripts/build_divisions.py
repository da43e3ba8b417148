"""Derive server/scans/data/ (the division names and centre points the server maps positions
with) from ../shared/data/cn-divisions. Run again when that data changes; the output is
committed, so the installed server never needs ../shared.

Usage: python scripts/build_divisions.py [--source DIR]

Writes:
- divisions.csv: code,name,parent for the 31 provinces, their cities and county-level divisions
  (National Bureau of Statistics codes as of 2023-06-30, six digits: 140000, 140400, 140423).
- points.csv: lng,lat (GCJ-02),district,city: one centre per county with a known centre. A
  county renamed or re-coded since the 2016 centres (屯留县 → 屯留区) takes its old centre by
  name; old centres that match no county of today still place the city (长治市城区 → 长治市).
  Development zones (经济开发区 …) overlap real counties and get no point of their own.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "server" / "scans" / "data"
_SUFFIX = re.compile(r"(自治县|自治旗|林区|特区|新区|区|县|市|旗)$")
_ZONE = re.compile(r"开发区|园区|管理区|高新|示范区|新城|工业|产业|试验区|度假区|保税|港区|"
                   r"农场|合作区|风景名胜区|食品区|实验区")


def stem(name: str) -> str:
    return _SUFFIX.sub("", name)


def six(code: str) -> str:
    return code.ljust(6, "0")


def build(source: Path) -> tuple[int, int, int]:
    provinces = list(csv.DictReader((source / "provinces.csv").open(encoding="utf-8")))
    cities = list(csv.DictReader((source / "cities.csv").open(encoding="utf-8")))
    areas = list(csv.DictReader(
        (source / "DERIVED_areas_with_vonng_centroid_gcj02.csv").open(encoding="utf-8")))
    old = [r for r in csv.DictReader(
        (source / "adcode_county_and_above_gcj02.csv").open(encoding="utf-8"))
        if r["level"] in ("city", "county") and r["virtual"] == "f" and r["longitude"]]

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "divisions.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["code", "name", "parent"])
        for p in provinces:
            out.writerow([six(p["code"]), p["name"], ""])
        for c in cities:
            out.writerow([six(c["code"]), c["name"], six(c["provinceCode"])])
        for a in areas:
            out.writerow([a["code"], a["name"], six(a["cityCode"])])

    today = {a["code"] for a in areas}
    city_codes = {six(c["code"]) for c in cities}
    points: list[tuple[str, str, str, str]] = []
    used: set[str] = set()
    for a in areas:
        if a["lng_gcj02"]:
            points.append((a["lng_gcj02"], a["lat_gcj02"], a["code"], six(a["cityCode"])))
    matched = 0
    for a in areas:
        if a["lng_gcj02"] or _ZONE.search(a["name"]):
            continue
        found = [r for r in old if r["adcode"][:2] == a["code"][:2]
                 and r["adcode"] not in today and stem(r["name"]) == stem(a["name"])
                 and r["adcode"] not in used]
        if found:
            best = found[0]
            used.add(best["adcode"])
            points.append((best["longitude"], best["latitude"], a["code"], six(a["cityCode"])))
            matched += 1
    city_only = 0
    for r in old:
        if r["level"] != "county" or r["adcode"] in today or r["adcode"] in used:
            continue
        city = r["adcode"][:4] + "00"
        if city in city_codes:
            points.append((r["longitude"], r["latitude"], "", city))
            city_only += 1
    with (OUT / "points.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["lng", "lat", "district", "city"])
        out.writerows(sorted(points, key=lambda p: (p[3], p[2], p[0])))
    for name in ("LICENSE", "LICENSE-adcode-CC-BY-4.0.md"):
        shutil.copyfile(source / name, OUT / name)
    return len(points), matched, city_only


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path,
                        default=ROOT.parent / "shared" / "data" / "cn-divisions")
    args = parser.parse_args()
    total, matched, city_only = build(args.source)
    print(f"{total} points ({matched} renamed counties matched by name, "
          f"{city_only} old centres placing the city only) in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
