"""The operator's daily work on the command line: visit, participant, training, feedback, target."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.core.periods import optional_period

from .base import CommandFailed, Context

LIST_BATCH = 5000


def register(sub: argparse._SubParsersAction) -> None:
    _register_visit(sub)
    _register_participant(sub)
    _register_training(sub)
    _register_feedback(sub)
    _register_target(sub)


# -- visits (lượt phục vụ) ---------------------------------------------------------------
def _register_visit(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("visit", help="visits (lượt phục vụ)")
    vsub = p.add_subparsers(dest="visit_command", required=True, metavar="COMMAND")
    a = vsub.add_parser("add", help="log a visit")
    a.add_argument("--purpose", action="append", required=True,
                   help="what the visitor was helped with (repeat for several): info, public-service, "
                        "e-commerce, learning, legal, agriculture, health, other")
    a.add_argument("--purpose-note", help="what 'other' means (needed with other)")
    a.add_argument("--sex", help="female, male or other")
    a.add_argument("--age-band", help="under-16, 16-30, 31-45, 46-60, over-60")
    a.add_argument("--ethnicity", help="two-digit official code (01 Kinh ... 54)")
    a.add_argument("--village", help="the visitor's village (thôn/bản)")
    a.add_argument("--self-service", action="store_true", help="the visitor was not assisted")
    a.add_argument("--duration", help="minutes")
    a.add_argument("--note", help="a note")
    a.add_argument("--at", dest="visited_at", help="when (YYYY-MM-DDTHH:MM; default now)")
    a.set_defaults(handler=visit_add)
    ls = vsub.add_parser("list", help="visits, newest first")
    ls.add_argument("--period", help="2026, 2026-H1, 2026-Q3 or 2026-01-01..2026-06-20")
    ls.add_argument("--purpose", help="only visits with this purpose")
    ls.add_argument("--limit", type=int, help="at most this many")
    ls.set_defaults(handler=visit_list)
    d = vsub.add_parser("delete", help="delete a visit (kept as history)")
    d.add_argument("id")
    d.set_defaults(handler=visit_delete)


def visit_add(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        visit_id = ws.visits.add(
            args.purpose, purpose_note=args.purpose_note, sex=args.sex, age_band=args.age_band,
            ethnicity=args.ethnicity, village=args.village, assisted=not args.self_service,
            duration_min=args.duration, note=args.note, visited_at=args.visited_at)
        visit = ws.visits.get(visit_id)
    data = visit.as_dict() if visit else {"id": visit_id}
    ctx.emit(data, ctx.t(f"Đã ghi lượt phục vụ {visit_id}.", f"Visit {visit_id} logged."))
    return 0


def visit_list(ctx: Context, args: argparse.Namespace) -> int:
    period = optional_period(args.period)
    if args.limit is not None and args.limit < 0:
        raise CommandFailed("count-negative", name="limit")
    with ctx.open() as ws:
        total = ws.visits.count(period, args.purpose)
        # Streamed in keyset pages: a million visits never sit in memory at once.
        out = sys.stdout
        wanted = total if args.limit is None else min(args.limit, total)
        if ctx.json:
            out.write("[")
        written, last = 0, None
        while written < wanted:
            page = ws.visits.page_after(last, min(LIST_BATCH, wanted - written), period, args.purpose)
            if not page:
                break
            for visit in page:
                if ctx.json:
                    out.write(("," if written else "") + "\n  ")
                    out.write(json.dumps(visit.as_dict(), ensure_ascii=False))
                else:
                    out.write("\t".join([visit.visited_at, ",".join(visit.purposes), visit.sex or "",
                                         visit.age_band or "", visit.ethnicity or "",
                                         visit.village or "", visit.id]) + "\n")
                written += 1
            last = page[-1]
        if ctx.json:
            out.write("\n]\n")
        else:
            print(ctx.t(f"{written} / {total} lượt phục vụ.", f"{written} of {total} visits."),
                  file=sys.stderr)
    return 0


def visit_delete(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        ws.visits.delete(args.id)
    ctx.emit({"id": args.id, "deleted": True},
             ctx.t(f"Đã xóa lượt phục vụ {args.id}.", f"Visit {args.id} deleted."))
    return 0


# -- participants (học viên) --------------------------------------------------------------
def _register_participant(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("participant", help="participants (học viên)")
    psub = p.add_subparsers(dest="participant_command", required=True, metavar="COMMAND")
    a = psub.add_parser("add", help="register a participant; prints {id}")
    a.add_argument("--name", required=True, help="full name")
    a.add_argument("--sex", required=True, help="female, male or other")
    a.add_argument("--birth-year", required=True, help="YYYY")
    a.add_argument("--ethnicity", help="two-digit official code (01 Kinh ... 54)")
    a.add_argument("--village", help="village (thôn/bản)")
    a.add_argument("--group", help="commune-cadre, village-head, village-elder, respected-person, "
                                   "operator, teacher, student, villager, enterprise, other")
    a.add_argument("--phone", help="phone number (digits)")
    a.add_argument("--consent", action="store_true",
                   help="the person agreed after hearing the notice (`participant notice`)")
    a.add_argument("--consent-note", help="how consent was given")
    a.set_defaults(handler=participant_add)
    ls = psub.add_parser("list", help="participants in name order (personal data: logged)")
    ls.set_defaults(handler=participant_list)
    s = psub.add_parser("search", help="find participants by part of the name, accent-insensitive")
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=20)
    s.set_defaults(handler=participant_search)
    e = psub.add_parser("erase", help="erase a participant on request (hard delete, propagated)")
    e.add_argument("id")
    e.set_defaults(handler=participant_erase)
    n = psub.add_parser("notice", help="print the consent notice to read out or show")
    n.set_defaults(handler=participant_notice)


def _person(p) -> dict:  # noqa: ANN001
    return p.as_dict()


def participant_add(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        similar = ws.participants.similar(args.name, _int_or_none(args.birth_year), args.village)
        pid = ws.participants.add(args.name, args.sex, args.birth_year, ethnicity=args.ethnicity,
                                  village=args.village, group_code=args.group, phone=args.phone,
                                  consent=args.consent, consent_note=args.consent_note)
    likely = [s for s in similar if s.score >= 1.0]
    if likely:
        print(ctx.t("Lưu ý: có thể trùng với ", "Note: may duplicate ")
              + ", ".join(f"{s.participant.full_name} ({s.participant.birth_year or '?'}, "
                          f"{s.participant.id})" for s in likely), file=sys.stderr)
    ctx.emit({"id": pid}, pid)
    return 0


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def participant_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        people = ws.participants.list()
        ws.store.log_audit("participant-list", None, {"count": len(people), "via": "cli"})
    ctx.emit([_person(p) for p in people], lambda: "\n".join(
        f"{p.full_name}\t{p.birth_year or ''}\t{p.sex}\t{p.village or ''}\t{p.id}" for p in people))
    return 0


def participant_search(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        people = ws.participants.search(args.query, max(args.limit, 1))
    ctx.emit([_person(p) for p in people], lambda: "\n".join(
        f"{p.full_name}\t{p.birth_year or ''}\t{p.village or ''}\t{p.id}" for p in people))
    return 0


def participant_erase(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        kept = ws.participants.erase(args.id)
        ws.store.log_audit("participant-erase", None, {"id": args.id, "via": "cli"})
    ctx.emit({"id": args.id, "erased": True, "attendance_kept": kept},
             ctx.t(f"Đã xóa học viên {args.id}; giữ {kept} lượt điểm danh (không còn tên).",
                   f"Participant {args.id} erased; {kept} check-ins kept (without the name)."))
    return 0


def participant_notice(ctx: Context, args: argparse.Namespace) -> int:
    from desktop.core.participants import consent_notice

    ctx.emit({"vi": consent_notice("vi"), "en": consent_notice("en")}, consent_notice(ctx.lang))
    return 0


# -- trainings and attendance (lớp bồi dưỡng, điểm danh) -----------------------------------
def _register_training(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("training", help="trainings and attendance (lớp bồi dưỡng, điểm danh)")
    tsub = p.add_subparsers(dest="training_command", required=True, metavar="COMMAND")
    a = tsub.add_parser("add", help="create a training; prints {id}")
    a.add_argument("--title", required=True)
    a.add_argument("--kind", required=True, help="training, workshop, conference, dialogue or contest")
    a.add_argument("--start", required=True, help="YYYY-MM-DD")
    a.add_argument("--end", help="YYYY-MM-DD (default: the start date)")
    a.add_argument("--place")
    a.add_argument("--trainers")
    a.add_argument("--topic", action="append", default=[], help="topic code (repeatable)")
    a.add_argument("--mode", default="in-person", help="in-person or online")
    a.add_argument("--funding", help="central, local or other")
    a.add_argument("--cost", help="cost in đồng")
    a.add_argument("--target-group", action="append", default=[], help="participant group (repeatable)")
    a.set_defaults(handler=training_add)
    at = tsub.add_parser("attend", help="check participants in (idempotent)")
    at.add_argument("training_id")
    at.add_argument("participant_ids", nargs="+", metavar="PARTICIPANT_ID")
    at.add_argument("--day", help="YYYY-MM-DD (default: today, or the only day)")
    at.set_defaults(handler=training_attend)
    sh = tsub.add_parser("show", help="a training with its attendance")
    sh.add_argument("training_id")
    sh.set_defaults(handler=training_show)
    ls = tsub.add_parser("list", help="trainings, newest first")
    ls.add_argument("--period", help="2026, 2026-H1, 2026-Q3 or 2026-01-01..2026-06-20")
    ls.set_defaults(handler=training_list)
    s = tsub.add_parser("sheet", help="the printable sign-in sheet (PDF, one per day)")
    s.add_argument("training_id")
    s.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    s.add_argument("--day", action="append", help="only this day (repeatable)")
    s.add_argument("--blank-rows", type=int, default=5, help="empty rows for walk-ins (default 5)")
    s.set_defaults(handler=training_sheet)
    att = tsub.add_parser("attach-sheet", help="attach a photo or PDF scan of the signed sheet")
    att.add_argument("training_id")
    att.add_argument("file", type=Path)
    att.set_defaults(handler=training_attach)


def training_add(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        tid = ws.trainings.add(args.title, args.kind, args.start, args.end, place=args.place,
                               trainers=args.trainers, topics=args.topic, mode=args.mode,
                               funding=args.funding, cost=args.cost, target_groups=args.target_group)
    ctx.emit({"id": tid}, tid)
    return 0


def training_attend(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        result = ws.trainings.attend(args.training_id, args.participant_ids, args.day)
    ctx.emit(result.as_dict(), ctx.t(
        f"Ngày {result.day}: điểm danh thêm {len(result.added)}, đã điểm danh trước đó {len(result.already)}.",
        f"{result.day}: {len(result.added)} checked in, {len(result.already)} already checked in."))
    return 0


def training_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        data = ws.trainings.show(args.training_id)

    def human() -> str:
        lines = [f"{data['title']} ({data['kind']}) {data['start_date']}..{data['end_date']}"]
        for day in data["days"]:
            lines.append(f"  {day['day']}: {day['count']}")
            lines += [f"    {p.get('full_name', ctx.t('(đã xóa)', '(erased)'))}" for p in day["participants"]]
        return "\n".join(lines)

    ctx.emit(data, human)
    return 0


def training_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        trainings = ws.trainings.list(args.period)
    ctx.emit([t.as_dict() for t in trainings], lambda: "\n".join(
        f"{t.start_date}..{t.end_date}\t{t.kind}\t{t.title}\t{t.id}" for t in trainings))
    return 0


def training_sheet(ctx: Context, args: argparse.Namespace) -> int:
    from desktop.reports.signin_sheet import sheet_for_training  # ReportLab only when printing

    if args.blank_rows < 0:
        raise CommandFailed("count-negative", name="blank-rows")
    with ctx.open() as ws:
        training = ws.trainings.get(args.training_id)
        days = None
        if args.day and training:
            days = [ws.trainings.check_day(training, d) for d in args.day]
        path = sheet_for_training(ws, args.training_id, args.output, days, args.blank_rows)
    ctx.emit({"file": str(path), "training_id": args.training_id},
             ctx.t(f"Đã ghi danh sách ký tên vào {path}", f"Sign-in sheet written to {path}"))
    return 0


def training_attach(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        sha = ws.trainings.attach_sheet(args.training_id, args.file)
    ctx.emit({"training_id": args.training_id, "sheet_hash": sha},
             ctx.t("Đã đính kèm bản ký tên.", "Signed sheet attached."))
    return 0


# -- opinions (ý kiến) ----------------------------------------------------------------------
def _register_feedback(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("feedback", help="villagers' opinions (ý kiến, phản ánh)")
    fsub = p.add_subparsers(dest="feedback_command", required=True, metavar="COMMAND")
    a = fsub.add_parser("add", help="record an opinion")
    a.add_argument("text")
    a.add_argument("--topic", help="topic code")
    a.add_argument("--village")
    a.add_argument("--author", help="who gave it (only with --consent)")
    a.add_argument("--participant", help="a registered participant's id (only with --consent)")
    a.add_argument("--consent", action="store_true", help="the person agreed to be named")
    a.set_defaults(handler=feedback_add)
    ls = fsub.add_parser("list", help="opinions with status and any answer")
    ls.add_argument("--status", help="new, sent or answered")
    ls.set_defaults(handler=feedback_list)


def feedback_add(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        fid = ws.feedback.add(args.text, topic=args.topic, village=args.village,
                              author_name=args.author, participant_id=args.participant,
                              consent=args.consent)
    ctx.emit({"id": fid}, fid)
    return 0


def feedback_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        opinions = ws.feedback.list(args.status)
    ctx.emit([o.as_dict() for o in opinions], lambda: "\n".join(
        f"{o.created_at[:10]}\t{o.status}\t{o.topic or ''}\t{o.text[:60]}\t{o.id}" for o in opinions))
    return 0


# -- plan targets (chỉ tiêu) ----------------------------------------------------------------
def _register_target(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("target", help="yearly plan targets and progress (chỉ tiêu)")
    tsub = p.add_subparsers(dest="target_command", required=True, metavar="COMMAND")
    s = tsub.add_parser("set", help="set a target for a year and indicator")
    s.add_argument("--year", required=True)
    s.add_argument("--indicator", required=True, help="e.g. visits-served, trainings-held")
    s.add_argument("--value", required=True)
    s.add_argument("--note")
    s.set_defaults(handler=target_set)
    sh = tsub.add_parser("show", help="targets and progress for a year")
    sh.add_argument("--year", required=True)
    sh.set_defaults(handler=target_show)


def target_set(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        row_id = ws.targets.set(args.year, args.indicator, args.value, args.note)
        value = ws.targets.get(args.year).get(args.indicator)
    ctx.emit({"id": row_id, "year": int(args.year), "indicator": args.indicator, "target": value},
             ctx.t("Đã lưu chỉ tiêu.", "Target saved."))
    return 0


def target_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        rows = ws.targets.progress(args.year)
    ctx.emit([r.as_dict() for r in rows], lambda: "\n".join(
        f"{r.indicator}\t{r.actual:g}\t/ {'' if r.target is None else f'{r.target:g}'}" for r in rows))
    return 0
