"""Positions to GB/T 2260 divisions on known coordinates (WGS-84 from the browser, GCJ-02 in
the data), and the optional IP database."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.scans.regions import (
    distance_km,
    divisions,
    ip_place,
    ip_prefix,
    wgs84_to_gcj02,
)


@pytest.mark.parametrize(("lat", "lng", "code", "name"), [
    (36.5325, 113.0458, "140423", "山西省长治市襄垣县"),  # 襄垣县 county seat
    (39.9087, 116.3975, "110101", "北京市东城区"),        # Tian'anmen
    (31.2304, 121.4737, "310101", "上海市黄浦区"),        # People's Square
    (36.0671, 120.3826, "370202", "山东省青岛市市南区"),  # Qingdao, Zhanqiao
    (22.5431, 114.0579, "440304", "广东省深圳市福田区"),  # Shenzhen civic centre
    (29.6578, 91.1172, "540102", "西藏自治区拉萨市城关区"),  # Potala Palace
])
def test_known_points_map_to_their_division(lat: float, lng: float, code: str,
                                            name: str) -> None:
    place = divisions().locate(lat, lng)
    assert place.district_code == code, divisions().name(place)
    assert divisions().name(place) == name
    assert place.source == "gps" and place.latitude == round(lat, 3)


def test_outside_china_is_unknown() -> None:
    for lat, lng in ((51.5007, -0.1246), (35.6586, 139.7454), (0.0, 0.0)):
        place = divisions().locate(lat, lng)
        assert not place.known


def test_wgs84_is_converted_to_gcj02() -> None:
    lat, lng = wgs84_to_gcj02(39.9087, 116.3975)
    # The published offset around Beijing is roughly +0.0014° latitude, +0.0062° longitude.
    assert 0.5 < distance_km(39.9087, 116.3975, lat, lng) < 0.8
    assert wgs84_to_gcj02(51.5, -0.12) == (51.5, -0.12)  # no offset outside China


def test_municipality_city_and_renamed_counties() -> None:
    d = divisions()
    assert d.city_name("110100") == "北京市"
    assert d.city_name("140400") == "长治市"
    # 屯留县 became 屯留区 (140405) in 2018: its old centre now places the new district.
    assert d.locate(36.316, 112.886).district_code == "140405"


def test_ip_database_csv(tmp_path: Path) -> None:
    table = tmp_path / "ip.csv"
    table.write_text("first_ip,last_ip,code\n111.53.0.0,111.53.255.255,140400\n"
                     "2408:8000::,2408:8000:ffff:ffff:ffff:ffff:ffff:ffff,110000\n")
    place = ip_place("111.53.10.20", str(table))
    assert (place.province_code, place.city_code, place.source) == ("140000", "140400", "ip")
    assert ip_place("2408:8000::1", str(table)).province_code == "110000"
    assert not ip_place("8.8.8.8", str(table)).known
    assert not ip_place("111.53.10.20", "").known  # none configured: unknown


def test_ip_prefix_keeps_the_network_not_the_person() -> None:
    assert ip_prefix("111.53.10.20") == "111.53.10.0/24"
    assert ip_prefix("2408:8000:1:2:3:4:5:6") == "2408:8000:1::/48"
    assert ip_prefix("junk") == ""
