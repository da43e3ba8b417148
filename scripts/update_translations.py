"""Refresh the client's translations: pyside6-lupdate collects every tr()/translate() string
from client/ into client/translations/yima_zh_CN.ts (keeping what is already translated), then
pyside6-lrelease compiles it to yima_zh_CN.qm, which ships with the client.

    python scripts/update_translations.py           # update .ts and compile .qm
    python scripts/update_translations.py --check   # fail when a message is untranslated
    python scripts/update_translations.py --fill-from OTHER.ts   # after a merge: take the
        translations another branch made for messages still untranslated here
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENT = ROOT / "client"
TRANSLATIONS = CLIENT / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in CLIENT.rglob("*.py"))


def untranslated(ts: Path) -> list[str]:
    """Source texts whose translation is missing or unfinished."""
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished",):
            out.append(source)
        elif translation.get("type") == "obsolete" or translation.get("type") == "vanished":
            continue
        elif not (translation.text or "").strip() and not list(translation):
            out.append(source)
    return out


def lupdate(ts: Path, lang: str) -> None:
    # No source locations: the .ts then changes only when messages do, and merges cleanly.
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", lang, "-ts", str(ts.relative_to(ROOT))],
                   cwd=ROOT, check=True)


def fill_from(ts: Path, other: Path) -> int:
    """Copy translations from `other` into untranslated messages of `ts` (same context and
    source); returns how many were filled."""
    known: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(other).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in (
                    "unfinished", "obsolete", "vanished"):
                known[(name, message.findtext("source") or "")] = translation
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found = known.get((name, message.findtext("source") or ""))
            if found is None or translation is None or translation.get("type") != "unfinished":
                continue
            message.remove(translation)
            message.append(found)
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report untranslated texts")
    parser.add_argument("--fill-from", type=Path, action="append", default=[],
                        help="a .ts whose translations fill untranslated messages")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"yima_{lang}.ts"
        if not args.check:
            TRANSLATIONS.mkdir(parents=True, exist_ok=True)
            lupdate(ts, lang)
            filled = sum(fill_from(ts, other) for other in args.fill_from)
            if filled:  # lupdate again: back to its own formatting
                print(f"{filled} filled from {', '.join(map(str, args.fill_from))}")
                lupdate(ts, lang)
            subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
        missing = untranslated(ts)
        if missing:
            status = 1
            print(f"{ts.name}: {len(missing)} untranslated:", *missing, sep="\n  ")
    return status


if __name__ == "__main__":
    sys.exit(main())
