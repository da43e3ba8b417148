"""Label fonts: Helvetica for ASCII, a CJK font for Chinese (an embeddable system TrueType font,
else reportlab's CID font STSong-Light); unusable font files are skipped, not fatal."""

from __future__ import annotations

from pathlib import Path

from client.labels import fonts


def test_ascii_and_chinese_text_get_fonts() -> None:
    assert fonts.font_for("L20260105", bold=True) == ("Helvetica-Bold", False)
    name, fake_bold = fonts.font_for("花生油", bold=True)
    assert fake_bold  # CJK fonts have no bold face: stroked instead
    assert name == fonts.cjk_font()
    assert name == fonts.CID_FALLBACK or name.startswith("YimaCJK-")
    assert fonts.text_width("花生油", name, 10) > fonts.text_width("ab", "Helvetica", 10)


def test_a_file_that_is_no_font_is_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font")
    assert fonts._try(bad) is None
