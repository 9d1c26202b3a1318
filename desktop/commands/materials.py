"""Materials on the command line: material add, material search, material list."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.errors import ValidationError
from desktop.core.materials import MaterialFileIn

from .base import Context


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("material", help="materials (tài liệu): import, search, list")
    msub = p.add_subparsers(dest="material_command", required=True, metavar="COMMAND")

    # The material's language is --lang here; the global --lang (messages) comes before
    # the command, so these keep their own dest names.
    a = msub.add_parser("add", help="import files as one material (one file per language version)")
    a.add_argument("files", nargs="+", type=Path, metavar="FILE",
                   help="PDF, image, audio, video, text or HTML files")
    a.add_argument("--title", required=True, help="the material's title")
    a.add_argument("--lang", dest="file_langs", action="append", metavar="CODE",
                   help="language of the files (ISO 639-3, e.g. vie, khm, bru): once for all, "
                        "or once per file in the same order (default vie)")
    a.add_argument("--kind", help="bulletin, leaflet, poster, handbook, video, audio, ... "
                                  "(default: audio/video by the file, else other)")
    a.add_argument("--topic", dest="topics", action="append", default=[], metavar="T",
                   help="a topic code (repeat for several)")
    a.add_argument("--audience", dest="audiences", action="append", default=[], metavar="GROUP",
                   help="who it is for, a participant group code (repeat for several)")
    a.add_argument("--description", help="a short description")
    a.add_argument("--issuer", help="who issued it")
    a.add_argument("--issue-date", help="when it was issued (YYYY-MM-DD)")
    a.add_argument("--force", action="store_true",
                   help="import even when the same files are already a material")
    a.set_defaults(handler=material_add)

    s = msub.add_parser("search", help="search titles and body text, accent-insensitive")
    s.add_argument("query", help="words to find; the last may be the start of a word")
    s.add_argument("--lang", dest="filter_lang", metavar="CODE",
                   help="only materials with a version in this language")
    s.add_argument("--kind", help="only this kind of material")
    s.add_argument("--topic", help="only this topic")
    s.add_argument("--include-withdrawn", action="store_true", help="also withdrawn materials")
    s.add_argument("--limit", type=_positive, default=20, help="at most this many (default 20)")
    s.set_defaults(handler=material_search)

    ls = msub.add_parser("list", help="all materials, newest first")
    ls.set_defaults(handler=material_list)


def material_add(ctx: Context, args: argparse.Namespace) -> int:
    langs = args.file_langs or ["vie"]
    if len(langs) == 1:
        langs = langs * len(args.files)
    if len(langs) != len(args.files):
        raise ValidationError("lang-count-mismatch", field="lang", langs=len(langs),
                              files=len(args.files))
    files = [MaterialFileIn(path, lang) for path, lang in zip(args.files, langs, strict=True)]
    with ctx.open() as ws:
        kind = args.kind or ws.materials.guess_kind(args.files)
        result = ws.materials.add(
            files, title=args.title, kind=kind, topics=args.topics, audiences=args.audiences,
            description=args.description, issuer=args.issuer, issue_date=args.issue_date,
            force=args.force)
        material = ws.materials.get(result.id)
    data = {
        "id": result.id, "existed": result.existed, "title": material["title"],
        "kind": material["kind"], "langs": material["langs"],
        "files": [{k: f[k] for k in ("filename", "lang", "mime", "size", "pages", "duration_s",
                                      "media_hash")} for f in material["files"]],
    }
    if result.existed:
        human = ctx.t(f"Tài liệu này đã có (mã {result.id}): {material['title']}. "
                      "Không nhập lại; dùng --force nếu vẫn muốn thêm một bản nữa.",
                      f"This material is already there (id {result.id}): {material['title']}. "
                      "Not imported again; use --force to add another copy anyway.")
    else:
        human = ctx.t(f"Đã nhập tài liệu {result.id}: {material['title']} ({len(files)} tệp)",
                      f"Imported material {result.id}: {material['title']} ({len(files)} files)")
    ctx.emit(data, human)
    return 0


def material_search(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        hits = ws.search.search(args.query, kind=args.kind, topic=args.topic,
                                lang=args.filter_lang, include_withdrawn=args.include_withdrawn,
                                limit=args.limit)
    ctx.emit([h.as_dict() for h in hits], lambda: "\n".join(
        f"{h.id}\t{h.title}\t{h.kind}\t{','.join(h.langs)}" for h in hits)
        or ctx.t("Không tìm thấy tài liệu nào.", "No materials found."))
    return 0


def material_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        rows = ws.materials.list()
    keys = ("id", "title", "kind", "langs", "topics", "audiences", "issuer", "issue_date",
            "withdrawn", "created_at")
    ctx.emit([{k: r[k] for k in keys} for r in rows], lambda: "\n".join(
        f"{r['id']}\t{r['title']}\t{r['kind']}\t{','.join(r['langs'])}" for r in rows))
    return 0
