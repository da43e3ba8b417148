"""Response templates: every placeholder, the seeds' spellings, refusals, defaults, preview."""

from __future__ import annotations

import pytest

from client.connection import ServerError
from server.core.errors import DomainError
from server.scans import templates
from server.scans.templates import PLACEHOLDERS, Values, check, placeholders_in, render
from shared.pb import common_pb2, scans_pb2
from tests.support.scans import scans_stub
from tests.support.tenants import TenantFixture

S = scans_pb2
VALUES = Values(code="12345678901234567894", product_name="花生油 4L", query_count=7, ordinal=3,
                first_time="2019-12-04 08:47", first_place="山西省长治市襄垣县")


@pytest.mark.parametrize(("placeholder", "expected"), [
    ("${防伪码}", "12345678901234567894"),
    ("${产品名称}", "花生油 4L"),
    ("${已查询次数}", "7"),
    ("${当前第几次}", "3"),
    ("${首次查询时间}", "2019-12-04 08:47"),
    ("${首次查询地点}", "山西省长治市襄垣县"),
])
def test_every_placeholder_renders(placeholder: str, expected: str) -> None:
    assert render(f"[{placeholder}]", VALUES) == f"[{expected}]"


def test_the_seeds_spellings_read_the_same() -> None:
    # Seed 000 writes $(防伪码); seed 001 ${(当前第几次)}; both call it 当前第几次查询 once.
    text = "$(防伪码)|${(当前第几次)}|$(当前第几次查询)|${ 首次查询地点 }"
    assert render(text, VALUES) == "12345678901234567894|3|3|山西省长治市襄垣县"
    assert placeholders_in(text) == ["防伪码", "当前第几次", "当前第几次", "首次查询地点"]


def test_the_seed_template_in_full() -> None:
    seed = ("复查答复: 您所查询的防伪码为$(防伪码), 是本公司生产的$(产品名称), 为正品。"
            "该防伪码已被查询$(当前第几次查询)次, 首次查询时间为$(首次查询时间)。")
    assert render(seed, VALUES) == (
        "复查答复: 您所查询的防伪码为12345678901234567894, 是本公司生产的花生油 4L, 为正品。"
        "该防伪码已被查询3次, 首次查询时间为2019-12-04 08:47。")


def test_text_without_placeholders_and_unknown_ones() -> None:
    assert render("谨防假冒 $ {} ${未知}", VALUES) == "谨防假冒 $ {} ${未知}"
    with pytest.raises(DomainError) as err:
        check("first", "zh", "您好 ${未知}")
    assert err.value.reason.name == "TEMPLATE_PLACEHOLDER_UNKNOWN"
    assert err.value.field == "templates.first.zh"


def test_every_kind_has_a_default_in_both_languages_using_known_placeholders() -> None:
    from server.scans.models import LANGS, TEMPLATE_KINDS

    for kind in TEMPLATE_KINDS:
        for lang in LANGS:
            text = templates.DEFAULTS[(kind, lang)]
            assert set(placeholders_in(text)) <= set(PLACEHOLDERS), (kind, lang)
            assert "${" not in render(text, VALUES)


def test_templates_are_edited_previewed_and_reset(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    stub = scans_stub(admin)
    mine = "您好，$(防伪码) 是正品（第 ${当前第几次} 次查询）。"
    saved = admin.call(stub.UpdateTemplates, S.ResponseTemplates(templates=[
        S.ResponseTemplate(kind=S.TEMPLATE_KIND_REPEAT, lang="zh", text=mine)]))
    repeat = next(t for t in saved.templates
                  if t.kind == S.TEMPLATE_KIND_REPEAT and t.lang == "zh")
    assert repeat.text == mine and repeat.customised
    assert len(saved.templates) == 16 and "${首次查询地点}" in saved.placeholders
    preview = admin.call(stub.GetTemplatePreview, S.ResponseTemplates(templates=[
        S.ResponseTemplate(kind=S.TEMPLATE_KIND_REPEAT, lang="zh", text=mine)]))
    assert preview.templates[0].text == "您好，12345678901234567894 是正品（第 3 次查询）。"
    with pytest.raises(ServerError) as err:
        admin.call(stub.UpdateTemplates, S.ResponseTemplates(templates=[
            S.ResponseTemplate(kind=S.TEMPLATE_KIND_FIRST, lang="zh", text="ok"),
            S.ResponseTemplate(kind=S.TEMPLATE_KIND_REPEAT, lang="en", text="${nope}")]))
    assert err.value.reason == "TEMPLATE_PLACEHOLDER_UNKNOWN"
    unchanged = admin.call(stub.ListTemplates, common_pb2.Empty())
    first = next(t for t in unchanged.templates
                 if t.kind == S.TEMPLATE_KIND_FIRST and t.lang == "zh")
    assert not first.customised  # nothing half-applied
    reset = admin.call(stub.UpdateTemplates, S.ResponseTemplates(templates=[
        S.ResponseTemplate(kind=S.TEMPLATE_KIND_REPEAT, lang="zh", text="")]))
    assert not any(t.customised for t in reset.templates)
