#!/usr/bin/env python3
"""Fill Qt Linguist .ts files without Qt Linguist (standard library only).

  python scripts/ts_tool.py unfinished translations/commune_point_vi.ts [--template]
      print the source strings still unfinished, as a JSON list (or a {source: ""} object)
  python scripts/ts_tool.py apply translations/commune_point_vi.ts mapping.json
      fill translations from a {source: translation} JSON object and mark them finished
  python scripts/ts_tool.py fill-identity translations/commune_point_en.ts
      copy each unfinished source into its translation (English: the sources are English)

Regenerate the .ts after changing UI strings with
  .venv/bin/pyside6-lupdate -no-obsolete desktop/ui/*.py \\
      -ts translations/commune_point_vi.ts translations/commune_point_en.ts
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
INACTIVE = {"obsolete", "vanished"}  # kept by lupdate for history, never shown


def messages(root: ET.Element) -> Iterator[ET.Element]:
    """Every active <message> in a parsed .ts file."""
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in INACTIVE:
            continue
        yield message


def source_of(message: ET.Element) -> str:
    return message.findtext("source") or ""


def is_unfinished(message: ET.Element) -> bool:
    """Unfinished: marked so by lupdate, or with no translated text."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not all(t and t.strip() for t in texts)


def set_translation(message: ET.Element, text: str) -> None:
    """Write text as the message's translation (every plural form) and mark it finished."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    forms = translation.findall("numerusform")
    if forms:
        for form in forms:
            form.text = text
    else:
        translation.text = text
    translation.attrib.pop("type", None)


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: Path) -> None:
    """Write the .ts back with the header Qt's tools expect."""
    root = tree.getroot()
    # Same layout as lupdate writes (contexts flush left), so regenerating stays a small diff.
    root.text = "\n"
    for child in root:
        ET.indent(child, space="    ", level=0)
        child.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def unfinished(path: Path) -> list[str]:
    """Source strings (each once, in file order) whose translation is unfinished."""
    found: list[str] = []
    for message in messages(load(path).getroot()):
        source = source_of(message)
        if is_unfinished(message) and source not in found:
            found.append(source)
    return found


def fill(path: Path, choose: Callable[[str], str | None]) -> tuple[int, int]:
    """Fill unfinished messages with choose(source); returns (filled, still unfinished)."""
    tree = load(path)
    filled = left = 0
    for message in messages(tree.getroot()):
        if not is_unfinished(message):
            continue
        text = choose(source_of(message))
        if text:
            set_translation(message, text)
            filled += 1
        else:
            left += 1
    save(tree, path)
    return filled, left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_unfinished = sub.add_parser("unfinished", help="print unfinished source strings as JSON")
    p_unfinished.add_argument("ts", type=Path)
    p_unfinished.add_argument("--template", action="store_true",
                              help='print a {"source": ""} object to fill in and apply')
    p_apply = sub.add_parser("apply", help="fill translations from a {source: text} JSON file")
    p_apply.add_argument("ts", type=Path)
    p_apply.add_argument("mapping", type=Path)
    p_identity = sub.add_parser("fill-identity", help="copy sources into translations")
    p_identity.add_argument("ts", type=Path)
    args = parser.parse_args(argv)

    if args.command == "unfinished":
        found = unfinished(args.ts)
        result: object = dict.fromkeys(found, "") if args.template else found
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if args.command == "apply":
        mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
        if not isinstance(mapping, dict):
            parser.error("the mapping must be a JSON object {source: translation}")
        filled, left = fill(args.ts, lambda source: mapping.get(source))
    else:
        filled, left = fill(args.ts, lambda source: source)
    print(f"{args.ts}: {filled} filled, {left} still unfinished", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
