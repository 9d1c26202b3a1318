"""What the province dashboard shows, read from the hub database (a store module: its SQL lives here).

Last contact: `point.last_contact_at` is set by every signed network request and by every
bundle import; bundles imported and replies written leave a line in `point_contact`, so a
last contact with no USB line at or after it was a network sync.
"""

from __future__ import annotations

import bisect
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, column, desc, func, insert, or_, select, table

from desktop.sync import wire

from .db import Database, hub_meta, point, point_key, record
from .points import HubError, iso_now
from .records import write_province_rows

point_contact = table("point_contact", column("id"), column("point_code"), column("at"), column("transport"),
                      column("detail"))
USB_IMPORT, USB_REPLY = "usb-import", "usb-reply"
# bundles.py keeps how far a USB point has pulled the province stream under this hub_meta key.
USB_CURSOR_KEY = "usb_province_cursor:{}"
MAX_ANSWER = 4000


@dataclass
class PointSummary:
    """One line of the province page."""

    code: str
    name: str
    status: str
    last_contact: str | None
    transport: str | None  # network, usb, or None (never)
    rows: int
    rows_by_table: dict[str, int]
    acked_seq: int
    pending_rows: int = 0
    reply_due: bool = False  # a USB point with province rows no reply bundle has carried yet
    reply_written_at: str | None = None  # a reply written after the point's last bundle
    unanswered: int = 0
    stale: bool = False
    deleted_rows: int = 0


@dataclass
class Opinion:
    point: str
    id: str
    text: str
    topic: str | None
    village: str | None
    channel: str | None
    has_audio: bool
    created_at: str | None
    received_at: str
    answer: dict[str, Any] | None = None
    answers: int = 0

    @property
    def answered(self) -> bool:
        return self.answer is not None


@dataclass
class PointDetail:
    summary: PointSummary
    created_at: str | None
    enrolled_at: str | None
    revoked_at: str | None
    keys: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    own: dict[str, Any] = field(default_factory=dict)  # the point's own `point` row, as it describes itself
    materials: list[dict[str, Any]] = field(default_factory=list)  # its latest own materials


def log_contact(db: Database, code: str, transport: str, detail: str | None = None) -> None:
    """Note a USB contact (bundle imported, reply written) for the point's page."""
    with db.write() as conn:
        conn.execute(insert(point_contact).values(point_code=code, at=iso_now(), transport=transport,
                                                  detail=detail))


def log_bundles(db: Database, results: list[dict[str, Any]], transport: str) -> None:
    """Note imported bundles (USB_IMPORT) or written replies (USB_REPLY), as bundles.py reports them."""
    for r in results:
        detail = (f"{r['seq_from']}-{r['seq_to']}" if transport == USB_IMPORT
                  else str(r["bundle"]).replace("\\", "/").rsplit("/", 1)[-1])
        log_contact(db, r["point"], transport, detail)


def _json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _answers(conn: Any, codes: list[str] | None) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(point, feedback id) -> the province's answers, newest first."""
    query = select(record.c.target, record.c.data).where(and_(
        record.c.origin == wire.PROVINCE_STREAM, record.c.table_name == "feedback_answer", record.c.deleted == 0))
    if codes is not None:
        query = query.where(record.c.target.in_(codes))
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for target, text in conn.execute(query):
        data = _json(text)
        if isinstance(data.get("feedback_id"), str) and target:
            found.setdefault((target, data["feedback_id"]), []).append(data)
    for answers in found.values():
        answers.sort(key=lambda a: str(a.get("answered_at") or ""), reverse=True)
    return found


def _feedback_rows(conn: Any, codes: list[str]) -> list[Any]:
    if not codes:
        return []
    # origin first: the primary key (origin, table_name, id) serves this without a scan.
    return conn.execute(select(record.c.origin, record.c.id, record.c.data, record.c.received_at).where(and_(
        record.c.origin.in_(codes), record.c.table_name == "feedback", record.c.deleted == 0))).all()


def overview(db: Database, stale_days: float = 14, now: datetime | None = None,
             only: str | None = None) -> list[PointSummary]:
    """Every point (or `only` that one) with last contact, transport, what is pending and rows received."""
    now = now or datetime.now(UTC)
    stale_before = (now - timedelta(days=stale_days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with db.read() as conn:
        points_q = select(point).order_by(point.c.code)
        held_q = select(record.c.origin, func.count()).group_by(record.c.origin)
        if only is not None:
            points_q, held_q = points_q.where(point.c.code == only), held_q.where(record.c.origin == only)
        found = conn.execute(points_q).all()
        acked = dict(conn.execute(select(point_key.c.point_code, point_key.c.acked_seq).where(
            point_key.c.revoked_at.is_(None))).all())
        # One count per origin walks the (origin, stream_seq) index only: ~0.2 s for 1M rows, where
        # counting per table and tombstone reads every row (points.status; the point page does it for one).
        held = dict(conn.execute(held_q).all())
    summaries = [PointSummary(code=p.code, name=p.name, status=p.status, last_contact=p.last_contact_at,
                              transport=None, rows=int(held.get(p.code, 0)), rows_by_table={},
                              acked_seq=int(acked.get(p.code, 0) or 0)) for p in found]
    if not summaries:
        return []
    codes = [s.code for s in summaries]
    with db.read() as conn:
        usb = {(c, t): at for c, t, at in conn.execute(
            select(point_contact.c.point_code, point_contact.c.transport, func.max(point_contact.c.at)).group_by(
                point_contact.c.point_code, point_contact.c.transport))}
        cursors = dict(conn.execute(select(hub_meta.c.key, hub_meta.c.value).where(
            hub_meta.c.key.in_([USB_CURSOR_KEY.format(c) for c in codes]))).all())
        published = conn.execute(select(record.c.stream_seq, record.c.received_at, record.c.target).where(
            record.c.origin == wire.PROVINCE_STREAM).order_by(record.c.stream_seq)).all()
        answers = _answers(conn, codes)
        feedback = _feedback_rows(conn, codes)
    unanswered: dict[str, int] = {}
    for origin, fid, _data, _at in feedback:
        if (origin, fid) not in answers:
            unanswered[origin] = unanswered.get(origin, 0) + 1
    # The province stream in seq order; received_at grows with seq (rows get both in one locked
    # transaction), so both cursors are found by bisection.
    common = _Published([(r.stream_seq, r.received_at) for r in published if r.target is None])
    targeted: dict[str, list[tuple[int, str]]] = {}
    for r in published:
        if r.target is not None:
            targeted.setdefault(r.target, []).append((r.stream_seq, r.received_at))
    for s in summaries:
        imported = usb.get((s.code, USB_IMPORT))
        if s.last_contact:
            s.transport = "usb" if imported and imported >= s.last_contact else "network"
        s.unanswered = unanswered.get(s.code, 0)
        s.stale = s.status != "revoked" and (not s.last_contact or s.last_contact < stale_before)
        mine = _Published(targeted.get(s.code, []))
        if s.transport == "usb":
            cursor = int(cursors.get(USB_CURSOR_KEY.format(s.code)) or 0)
            s.pending_rows = common.after_seq(cursor) + mine.after_seq(cursor)
            replied = usb.get((s.code, USB_REPLY))
            if replied and imported and replied >= imported:
                s.reply_written_at = replied
            else:
                s.reply_due = s.pending_rows > 0
        elif s.last_contact and s.status == "active":
            # Rows published after the last contact cannot have been pulled yet.
            s.pending_rows = common.after_time(s.last_contact) + mine.after_time(s.last_contact)
        elif s.status == "active":
            s.pending_rows = len(common.seqs) + len(mine.seqs)
    return summaries


class _Published:
    """Province rows (seq, received_at), in seq order, counted from a cursor."""

    def __init__(self, rows: list[tuple[int, str]]) -> None:
        self.seqs = [r[0] for r in rows]
        self.times = [r[1] for r in rows]

    def after_seq(self, seq: int) -> int:
        return len(self.seqs) - bisect.bisect_right(self.seqs, seq)

    def after_time(self, at: str) -> int:
        return len(self.times) - bisect.bisect_right(self.times, at)


def point_detail(db: Database, code: str, stale_days: float = 14) -> PointDetail:
    """One point: details, keys, recent contacts, counts per record type."""
    code = (code or "").strip().upper()
    summary = next(iter(overview(db, stale_days, only=code)), None)
    if summary is None:
        raise HubError("point-not-found", code=code)
    with db.read() as conn:
        per_table = select(record.c.table_name, func.count(), func.sum(record.c.deleted)).where(
            record.c.origin == code).group_by(record.c.table_name)
        for table_name, n, dead in conn.execute(per_table):
            if int(n) - int(dead or 0):
                summary.rows_by_table[table_name] = int(n) - int(dead or 0)
            summary.deleted_rows += int(dead or 0)
        row = conn.execute(select(point).where(point.c.code == code)).one()
        keys = conn.execute(select(point_key).where(point_key.c.point_code == code).order_by(
            desc(point_key.c.id))).all()
        contacts = conn.execute(select(point_contact.c.at, point_contact.c.transport, point_contact.c.detail).where(
            point_contact.c.point_code == code).order_by(desc(point_contact.c.at), desc(point_contact.c.id)).limit(
            20)).all()
        own = conn.execute(select(record.c.data).where(and_(
            record.c.origin == code, record.c.table_name == "point", record.c.deleted == 0)).order_by(
            desc(record.c.received_at)).limit(1)).scalar()
        materials = conn.execute(select(record.c.data, record.c.received_at).where(and_(
            record.c.origin == code, record.c.table_name == "material", record.c.deleted == 0)).order_by(
            desc(record.c.stream_seq)).limit(10)).all()
    found = [{"at": c.at, "kind": c.transport, "detail": c.detail} for c in contacts]
    if summary.transport == "network":
        found.insert(0, {"at": summary.last_contact, "kind": "network", "detail": None})
    return PointDetail(summary, row.created_at, row.enrolled_at, row.revoked_at,
                       [{"id": k.id, "created_at": k.created_at, "revoked_at": k.revoked_at,
                         "last_used_at": k.last_used_at, "acked_seq": int(k.acked_seq or 0),
                         "fingerprint": str(k.public_key)[:12]} for k in keys],
                       found, _json(own) if own else {},
                       [{**_json(m.data), "received_at": m.received_at} for m in materials])


def opinions(db: Database, point_code: str | None = None, status: str | None = None,
             limit: int = 200, offset: int = 0) -> tuple[list[Opinion], int]:
    """Opinions from every point (or one), newest first, each with the latest answer; and the total."""
    with db.read() as conn:
        codes = [r[0] for r in conn.execute(select(point.c.code).order_by(point.c.code))]
        if point_code:
            codes = [c for c in codes if c == point_code]
        answers = _answers(conn, codes)
        rows = _feedback_rows(conn, codes)
    found = []
    for origin, fid, text, received in rows:
        data = _json(text)
        given = answers.get((origin, fid), [])
        if status == "answered" and not given or status == "unanswered" and given:
            continue
        found.append(Opinion(
            point=origin, id=fid, text=str(data.get("text") or ""), topic=data.get("topic"),
            village=data.get("village"), channel=data.get("channel"), has_audio=bool(data.get("audio_hash")),
            created_at=data.get("created_at") if isinstance(data.get("created_at"), str) else None,
            received_at=received, answer=given[0] if given else None, answers=len(given)))
    found.sort(key=lambda o: (o.created_at or o.received_at, o.id), reverse=True)
    return found[offset:offset + limit], len(found)


def point_codes(db: Database) -> list[str]:
    with db.read() as conn:
        return [r[0] for r in conn.execute(select(point.c.code).order_by(point.c.code))]


def answer_opinion(db: Database, point_code: str, feedback_id: str, text: str, answered_by: str) -> dict[str, Any]:
    """Publish a `feedback_answer` row for that point only; it reaches the point with its next sync."""
    text = (text or "").strip()
    if not text:
        raise HubError("answer-missing")
    if len(text) > MAX_ANSWER:
        raise HubError("answer-too-long", max=MAX_ANSWER)
    with db.read() as conn:
        exists = conn.execute(select(record.c.id).where(and_(
            record.c.origin == point_code, record.c.table_name == "feedback", record.c.id == feedback_id,
            record.c.deleted == 0))).first()
    if exists is None:
        raise HubError("opinion-not-found", point=point_code)
    answer_id = str(uuid.uuid4())
    # Milliseconds: the point shows the answer with the latest answered_at, and two answers
    # may come within one second.
    answered_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    data = {"feedback_id": feedback_id, "text": text, "answered_by": answered_by, "answered_at": answered_at}
    write_province_rows(db, [("feedback_answer", answer_id, data, 0)], target=point_code)
    return {"id": answer_id, "point": point_code, **data}


def usb_points(db: Database) -> list[dict[str, Any]]:
    """Points that can get a USB reply bundle (the hub holds the key their last bundle carried)."""
    with db.read() as conn:
        keyed = {k.split(":", 1)[1] for (k,) in conn.execute(select(hub_meta.c.key).where(
            hub_meta.c.key.like("usb_reply_key:%")))}
        rows = conn.execute(select(point.c.code, point.c.name, point.c.status).where(or_(
            point.c.status == "active", point.c.status == "pending")).order_by(point.c.code)).all()
    return [{"code": r.code, "name": r.name} for r in rows if r.code in keyed]
