"""Demo anti-counterfeiting: the brand's page settings, SMS recipients, a product that asks for
the verification code, a quality report and a certificate (entered as the brand's administrator
would), then consumer queries through the gateway's own calls, and the links a newcomer opens."""

from __future__ import annotations

import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.accounts.models import Tenant
from server.codes import checks
from server.codes import verification as vcodes
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.demo import data
from shared.pb import scans_pb2, scans_pb2_grpc

BRAND_INTRO = ("丰源粮油创立于1998年，专注压榨花生油二十余年。原料来自山东、河南的自有基地，"
               "物理压榨、低温精滤，每一瓶都可追溯到生产批次与产线。")
# Where the demo's earlier consumers stood (WGS-84): 长治市襄垣县, 长治市潞州区, 北京市东城区.
XIANGYUAN, CHANGZHI, BEIJING = (36.5325, 113.0458), (36.1953, 113.1163), (39.9087, 116.3975)


def seed_scan_settings(conn: Connection, product_ids: dict[str, int],
                       lot_ids: dict[str, int]) -> None:
    scans = conn.stub(scans_pb2_grpc.ScanServiceStub)
    conn.call(scans.UpdateScanSettings, scans_pb2.ScanSettings(
        max_queries=5, normal_threshold=10, important_threshold=20, sms_enabled=True,
        suspect_alerts=True, brand_name="丰源粮油", brand_intro=BRAND_INTRO,
        service_phone="400-800-1998", enumeration_threshold=30,
        default_verification="optional"))
    for name, phone, normal in (("测试管理员", "15135887700", True),
                                ("品牌保护部 王经理", "13905321998", False)):
        conn.call(scans.CreateRecipient, scans_pb2.AlertRecipient(
            name=name, phone=phone, normal=normal, important=True, enabled=True))
    conn.call(scans.SetProductVerification, scans_pb2.ProductVerification(
        product_id=product_ids["10120092"], mode="required"))
    conn.call(scans.AddDocument, scans_pb2.DocumentUpload(
        lot_id=lot_ids["20261013/01"], kind="quality_report", title="出厂检验报告 20261013/01",
        mime="application/pdf", data=_report_pdf("20261013/01", "0.8")))
    conn.call(scans.AddDocument, scans_pb2.DocumentUpload(
        product_id=product_ids["10120091"], kind="certificate", title="食品生产许可证",
        mime="application/pdf", data=_report_pdf("", "")))


def _report_pdf(lot_no: str, acid: str) -> bytes:
    """A one-page PDF in Chinese (reportlab's built-in CID font, no font file needed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    pdf.setFont("STSong-Light", 20)
    title = f"出厂检验报告  批次 {lot_no}" if lot_no else "食品生产许可证（演示）"
    pdf.drawString(60, 780, title)
    pdf.setFont("STSong-Light", 12)
    lines = ([f"产品：花生油 4L    批次：{lot_no}", f"酸价（KOH）：{acid} mg/g  合格",
              "过氧化值：0.10 g/100g  合格", "检验结论：符合 GB/T 1534 一级压榨花生油"]
             if lot_no else ["许可证编号：SC10237020000000（演示数据）", "生产者：丰源粮油一厂",
                             "食品类别：食用油、油脂及其制品"])
    for i, line in enumerate(lines):
        pdf.drawString(60, 740 - 24 * i, line)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@dataclass(frozen=True)
class DemoLink:
    label: str
    url: str
    verification_code: str = ""


def _tenant_id(s: Session) -> int:
    return int(s.execute(select(Tenant.id).where(Tenant.code == data.TENANT_CODE)).scalar_one())


def _batch(s: Session, tenant_id: int, note: str) -> CodeBatch:
    return s.execute(select(CodeBatch).where(CodeBatch.tenant_id == tenant_id,
                                             CodeBatch.note == note)).scalar_one()


def demo_links(sessions: sessionmaker[Session], keys: KeyStore,
               base: str = data.GATEWAY_BASE_URL) -> list[DemoLink]:
    """Consumer URLs of the demo's codes: fresh genuine, voided, never activated, unknown, and a
    case's GS1 Digital Link."""
    item = next(b for b in data.BATCHES if b.key == "item")
    case = next(b for b in data.BATCHES if b.key == "case")
    with sessions() as s:
        tenant_id = _tenant_id(s)
        batch = _batch(s, tenant_id, item.note)
        space = Space.parse(batch.space)
        codec = keys.codec(s, tenant_id, space)
        vkey = keys.verification_key(s, tenant_id, space)
        case_batch = _batch(s, tenant_id, case.note)
        case_code = keys.codec(s, tenant_id, Space.parse(case_batch.space)).encode(
            case_batch.seq_start + 9)

    def code(serial: int) -> str:
        return codec.encode(batch.seq_start + serial - 1)

    def vc(serial: int) -> str:
        return vcodes.code(vkey, batch.seq_start + serial - 1, item.verification_digits)

    unknown = checks.crockford_text(987654321987, 12) + checks.crockford_check(987654321987)
    root = base.rstrip("/").rsplit("/", 1)[0]
    return [
        DemoLink("正品 genuine", base + code(1), vc(1)),
        DemoLink("正品 genuine (another)", base + code(2), vc(2)),
        DemoLink("已被复制 copied label", base + code(7)),
        DemoLink("已注销 voided", base + code(3991)),
        DemoLink("未激活 not activated", base + code(9001)),
        DemoLink("不存在 unknown", base + unknown),
        DemoLink("箱码 GS1 Digital Link", f"{root}/01/{case_batch.gtin}/21/{case_code}"),
    ]


def sample_scans(gateway: scans_pb2_grpc.GatewayServiceStub, metadata: tuple[tuple[str, str]],
                 links: list[DemoLink]) -> None:
    """Earlier consumers: a first query in 襄垣县, the same phone again, another phone in
    长治市, then the copied label turning up in 北京 — the scan log and alerts have content."""
    copied = next(link for link in links if link.label.startswith("已被复制")).url

    def ask(url: str, ip: str, device: str,
            where: tuple[float, float] | None) -> scans_pb2.Verification:
        req = scans_pb2.VerifyRequest(url=url, method=scans_pb2.SCAN_METHOD_QR,
                                      requester=scans_pb2.Requester(
                                          ip=ip, device_id=device, lang="zh",
                                          user_agent="Mozilla/5.0 (Linux; Android 14) "
                                                     "MicroMessenger/8.0"))
        if where:
            req.position.CopyFrom(scans_pb2.Position(latitude=where[0], longitude=where[1],
                                                     accuracy_m=30))
        answer: scans_pb2.Verification = gateway.Verify(req, metadata=metadata, timeout=10)
        return answer

    ask(copied, "111.53.10.20", "demo-phone-a-000001", XIANGYUAN)
    ask(copied, "111.53.10.20", "demo-phone-a-000001", XIANGYUAN)
    ask(copied, "111.53.77.8", "demo-phone-b-000002", CHANGZHI)
    beijing = ask(copied, "123.112.5.9", "demo-phone-c-000003", BEIJING)
    gateway.SubmitComplaint(scans_pb2.ComplaintRequest(
        scan_token=beijing.scan_token, kind="counterfeit",
        text="在北京某小超市买的，价格比别处便宜很多，扫码提示可能被复制。瓶盖封口也不太一样。",
        contact="13800138000", requester=scans_pb2.Requester(ip="123.112.5.9", lang="zh")),
        metadata=metadata, timeout=10)
    for link in links:
        if link.label.startswith(("已注销", "不存在", "未激活")):
            ask(link.url, "222.173.4.4", "demo-phone-d-000004", None)
