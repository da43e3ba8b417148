"""The page's own words in Chinese and English. What the brand says (verdict, templates,
reasons, timeline titles) comes from the server already in the request's language."""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("防伪查询", "Product check"),
    "code": ("防伪码", "Code"),
    "queries": ("查询次数", "Queries"),
    "first_query_at": ("首次查询", "First checked"),
    "where": ("查询地点", "Checked in"),
    "enter_code": ("输入验证码", "Enter the verification code"),
    "enter_code_hint": ("刮开包装内的涂层，输入 {n} 位验证码", "Scratch the coating inside the "
                        "package and enter the {n}-digit code"),
    "confirm": ("验证", "Check"),
    "product": ("产品信息", "Product"),
    "name": ("产品名称", "Name"),
    "spec": ("规格", "Size"),
    "lot": ("生产批次", "Lot"),
    "produced": ("生产日期", "Produced on"),
    "journey": ("产品旅程", "Journey"),
    "documents": ("证书与质检报告", "Certificates and quality reports"),
    "brand": ("品牌介绍", "About the brand"),
    "service": ("客服电话", "Service line"),
    "complain": ("投诉与建议", "Complaints and suggestions"),
    "kind_complaint": ("投诉", "Complaint"),
    "kind_suggestion": ("建议", "Suggestion"),
    "kind_counterfeit": ("举报假冒", "Report a counterfeit"),
    "your_message": ("内容", "Your message"),
    "contact": ("联系方式（选填）", "Phone or email (optional)"),
    "send": ("提交", "Send"),
    "thanks": ("已收到", "Received"),
    "back": ("返回", "Back"),
    "locating": ("正在获取位置，用于识别被复制的标签…",
                 "Getting your position to spot copied labels…"),
    "located": ("已根据位置更新查询结果。", "Updated with your position."),
    "position_note": ("位置仅用于判断标签是否被复制，精确到约百米。",
                      "Your position only helps to spot copied labels (kept to ~100 m)."),
    "check_other": ("查询其他防伪码", "Check another code"),
    "home_title": ("产品防伪查询", "Check a product"),
    "home_intro": ("请用手机扫描包装上的二维码，或输入标签上的防伪码。",
                   "Scan the QR code on the package with your phone, or type the code printed "
                   "on the label."),
    "code_placeholder": ("防伪码", "Code"),
    "check": ("查询", "Check"),
    "kiosk_title": ("公共防伪查询机", "Public product check"),
    "kiosk_intro": ("请将标签上的二维码对准扫描器，或输入防伪码。",
                    "Hold the label's QR code to the scanner, or type the code."),
    "not_found_title": ("页面不存在", "Page not found"),
    "not_found": ("这里没有页面。请扫描包装上的二维码，或在下方输入防伪码。",
                  "There is no page here. Scan the QR code on the package, or type the code "
                  "below."),
    "busy_title": ("服务繁忙", "Service busy"),
    "busy": ("查询服务暂时不可用，请稍后再试。", "Checking is not available right now; please "
             "try again shortly."),
    "limited_title": ("请稍后再试", "Please try again later"),
    "limited": ("查询过于频繁，请 {s} 秒后再试。", "Too many queries: please try again in {s} "
                "seconds."),
    "expired_title": ("页面已过期", "This page has expired"),
    "expired": ("请重新扫描包装上的二维码。", "Please scan the QR code on the package again."),
    "error_title": ("出错了", "Something went wrong"),
    "error": ("请稍后再试。如果问题持续，请告诉品牌客服编号 {id}。",
              "Please try again later. If it keeps happening, quote reference {id} to the "
              "brand."),
    "language": ("English", "中文"),
    "powered": ("一物一码防伪溯源", "One item, one code"),
    "verified": ("验证码正确", "Verification code correct"),
}


def t(key: str, lang: str, **params: object) -> str:
    zh, en = _TEXTS[key]
    text = zh if lang == "zh" else en
    return text.format(**params) if params else text


def choose_lang(accept_language: str, override: str = "") -> str:
    """Chinese unless the query asks otherwise or the browser prefers English."""
    if override in ("zh", "en"):
        return override
    best, best_q = "zh", -1.0
    for part in accept_language.split(","):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip().lower()
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if tag and q > best_q:
            best, best_q = ("en" if tag.startswith("en") else "zh"), q
    return best
