"""The period report at the province: one point's or the whole province's, from the hub's records.

The hub keeps every row a point sent as JSON text in `record` (origin, table_name, id, ...,
data). The figures here follow the point's own report (desktop/core/report_data.py) table
for table, so a point's report printed at the hub equals the one printed at the point after
a sync, and the province's report is the sum of its points' reports. Everything is counted
in SQL, grouped by origin. The two big tables, visits and material uses, are counted from
their report facts (province/report_facts.py: plain columns kept as rows are applied), the
visits twice (breakdowns; purposes) on their own connections beside the rest; the other
tables from the JSON (json_extract on SQLite, ->> on PostgreSQL). Codes come back as text on
both back ends, so SQLite and PostgreSQL give the same report, broken rows included (a wrong
type counts as "not recorded", never a crash).
The result is the same plain dict the point's writers (desktop/reports/period_report.py,
period_pdf.py) lay out as JSON, XLSX and PDF. bench/province_report.py measures it.

What the province does not hold is said in the report: participants' names and phones and
the names of people who gave an opinion stay at the point (desktop/sync/wire.PERSONAL_FIELDS),
and every figure is as of each point's last sync.
"""

from __future__ import annotations

import json
import threading
from collections import Counter, OrderedDict, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.engine import Connection

import desktop.core.reference as reference
from desktop.sync import wire

from .db import Database, point, stream
from .points import HubError

TOP_MATERIALS = 20
NONE_VI = "Không ghi"
TOTAL_VI = "Tổng cộng"
ERASED_VI = "Đã xóa khỏi danh sách"
PROVINCE_NAME = "Toàn tỉnh"
PROVINCE_TITLE = ("BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG CÁC ĐIỂM HỖ TRỢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN "
                  "TOÀN TỈNH")
USE_CHANNELS = ("kiosk", "operator")  # desktop.core.materials.USE_CHANNELS
STATUSES = ("new", "sent", "answered")  # desktop.core.feedback.STATUSES
CHANNEL_NAMES = {"kiosk": "Người dân tự xem (kiosk)", "operator": "Cán bộ mở giúp"}
STATUS_NAMES = {"new": "Mới", "sent": "Đã gửi tỉnh", "answered": "Đã trả lời"}
NOTE_PURPOSES = ("Một lượt phục vụ có nhiều mục đích được đếm một lần ở mỗi mục đích và một "
                 "lần trong tổng, nên cộng các dòng có thể lớn hơn tổng.")
NOTE_TARGETS = "Kết quả thực hiện tính lũy kế cả năm {year} đến ngày lập báo cáo."
NOTE_TARGETS_PROVINCE = " Kế hoạch và kết quả toàn tỉnh là tổng của các điểm."
NOTE_TRAININGS = ("Các lớp có ngày diễn ra trong kỳ; lượt điểm danh và học viên chỉ tính "
                  "những ngày nằm trong kỳ.")
NOTE_PROVINCE_MATERIALS = "Tài liệu do tỉnh phát hành được tính ở mỗi điểm nhận được."
UNAVAILABLE = ("Ở trung tâm tỉnh không có họ tên, số điện thoại của học viên và tên người góp ý "
               "(các thông tin này chỉ lưu tại điểm); báo cáo không dùng đến các thông tin đó.")
AS_OF_SYNC = "Số liệu tính đến lần đồng bộ gần nhất của mỗi điểm."


# -- table shapes (the same as desktop/core/report_data.py) --------------------------------
def _name(list_name: str, code: str | None) -> str:
    if code is None or code == "":
        return NONE_VI
    try:
        return reference.name_of(list_name, code, "vi")
    except LookupError:
        return code


def _column(key: str, title: str, number: bool = False, kind: str | None = None) -> dict[str, Any]:
    col: dict[str, Any] = {"key": key, "title": title, "number": number}
    if kind:
        col["kind"] = kind
    return col


def _coded_table(table_id: str, title: str, name_title: str, list_name: str | None,
                 counts: dict[str | None, int], value_key: str, value_title: str,
                 total: int | None = None, order: list[str] | None = None,
                 note: str | None = None) -> dict[str, Any]:
    codes = [c for c in (order or []) if counts.get(c)]
    rest = sorted((c for c in counts if c not in codes and counts[c]),
                  key=lambda c: (c is None, -counts[c], c or ""))
    rows = [{"code": code, "name": _name(list_name, code) if list_name else (code or NONE_VI),
             value_key: counts[code]} for code in codes + rest]
    return {
        "id": table_id, "title": title,
        "columns": [_column("code", "Mã"), _column("name", name_title), _column(value_key, value_title, True)],
        "rows": rows,
        "totals": {"name": TOTAL_VI, value_key: sum(counts.values()) if total is None else total},
        "note": note,
    }


def _order(list_name: str) -> list[str]:
    return [item.code for item in reference.load_list(list_name)]


@dataclass(frozen=True)
class Span:
    """The report's days, inclusive, as ISO texts (the period's label for the header)."""

    start: date
    end: date
    label: str

    @property
    def lo(self) -> str:
        return self.start.isoformat()

    @property
    def hi(self) -> str:
        return self.end.isoformat()

    @property
    def next_day(self) -> str:
        return date.fromordinal(self.end.toordinal() + 1).isoformat()


# -- SQL on both back ends -------------------------------------------------------------------
class _Sql:
    """JSON field access on the record table's data text, per dialect.

    Rows are read through a subquery (`rows`). SQLite parses the JSON text again at every
    json_extract call site, so fields read together come from one call with several paths
    (`pack`); PostgreSQL casts to jsonb once in a subquery kept apart by OFFSET 0 (otherwise
    the planner would inline one cast per field).
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.pg = conn.dialect.name == "postgresql"

    def f(self, alias: str, name: str) -> str:
        """A field as text (a JSON number comes back as a number on SQLite: only used on codes, dates)."""
        if self.pg:
            return f"({alias}.j ->> '{name}')"
        return f"json_extract({alias}.j, '$.{name}')"

    def num(self, alias: str, name: str) -> str:
        """A numeric field; anything that is not a JSON number counts as 0 on both back ends."""
        if self.pg:
            return (f"(CASE WHEN jsonb_typeof({alias}.j -> '{name}') = 'number' "
                    f"THEN ({alias}.j ->> '{name}')::numeric ELSE 0 END)")
        return (f"(CASE WHEN json_type({alias}.j, '$.{name}') IN ('integer', 'real') "
                f"THEN json_extract({alias}.j, '$.{name}') ELSE 0 END)")

    def pack(self, alias: str, *names: str) -> str:
        """Several fields as one JSON array text, from ONE parse of the row on SQLite (each
        json_extract call site parses the row again; one call with many paths parses once)."""
        assert len(names) >= 2, "json_extract with one path returns a value, not an array"
        if self.pg:
            return "jsonb_build_array(" + ", ".join(f"{alias}.j -> '{n}'" for n in names) + ")::text"
        return f"json_extract({alias}.j, " + ", ".join(f"'$.{n}'" for n in names) + ")"

    def raw(self, alias: str, name: str) -> str:
        """A field of a row joined straight from `record` (looked up by its key, not a subquery)."""
        if self.pg:
            return f"({alias}.data::jsonb ->> '{name}')"
        return f"json_extract({alias}.data, '$.{name}')"

    def lookup(self, alias: str, table: str, of: str, id_expr: str) -> str:
        """JOIN the live row of `table` whose id is id_expr, of the same origin as `of` (primary key)."""
        return (f"JOIN record {alias} ON {alias}.origin = {of}.origin AND {alias}.table_name = '{table}' "
                f"AND {alias}.id = {id_expr} AND {alias}.deleted = 0")

    def chunks(self, origins: list[str]) -> list[list[str]]:
        """Origins per query for the big tables: SQLite sorts each GROUP BY, and a few points'
        rows sort much faster than a province's million at once; PostgreSQL hashes them all."""
        size = (len(origins) or 1) if self.pg else 8
        return [origins[i:i + size] for i in range(0, len(origins), size)] or [["\x00none"]]

    def rows(self, table: str, live: bool = True, scope: str = "origin IN :origins") -> str:
        """A subquery over one table's records: origin, id, target, hlc, j (the parsed data)."""
        dead = " AND deleted = 0" if live else ""
        if self.pg:
            return (f"(SELECT origin, id, target, hlc, data::jsonb AS j FROM record "
                    f"WHERE table_name = '{table}'{dead} AND {scope} OFFSET 0)")
        return (f"(SELECT origin, id, target, hlc, data AS j FROM record "
                f"WHERE table_name = '{table}'{dead} AND {scope})")

    def joins_by_hash(self) -> None:
        """PostgreSQL: join JSON fields by hashing, for this transaction. The planner cannot
        estimate how many rows match `data ->> 'x' = id` and picks nested loops over fenced
        subqueries, which turns the report quadratic (3 s instead of 0.06 s for 10 points)."""
        if self.pg:
            self.conn.execute(text("SET LOCAL enable_nestloop = off"))

    def all(self, sql: str, **params: Any) -> list[Any]:
        statement = text(sql)
        if "origins" in params:
            statement = statement.bindparams(bindparam("origins", expanding=True))
        return self.conn.execute(statement, params).all()


def _int(value: Any) -> int:
    return int(value or 0)


def _num(value: Any) -> float:
    return float(value or 0)


# -- per-origin figures --------------------------------------------------------------------
class _Counts:
    """Every figure of the report per origin (point code), counted in SQL."""

    def __init__(self, conn: Connection, span: Span, origins: list[str]) -> None:
        self.q, self.span, self.origins = _Sql(conn), span, origins
        self.q.joins_by_hash()
        self.p = {"origins": origins or ["\x00none"], "lo": span.lo, "hi": span.hi}

    # visits ----------------------------------------------------------------------------------
    def visit_dims(self) -> tuple[dict[str, Counter], dict[str, dict[str, Counter]]]:
        """Live visits of the period per origin, and per sex, age band, ethnicity and village."""
        q = self.q
        dims = ("sex", "age_band", "ethnicity", "village")
        by: dict[str, dict[str, Counter]] = {d: defaultdict(Counter) for d in dims}
        total: dict[str, Counter] = defaultdict(Counter)
        for chunk in q.chunks(self.origins):
            for origin, packed, n in q.all(
                    "SELECT origin, dims, count(*) FROM report_visit "
                    "WHERE origin IN :origins AND day BETWEEN :lo AND :hi GROUP BY 1, 2",
                    **{**self.p, "origins": chunk}):
                n = _int(n)
                total[origin]["visits"] += n
                for dim, code in zip(dims, json.loads(packed), strict=True):
                    by[dim][origin][_key(code)] += n
        return total, by

    def visit_purposes(self) -> dict[str, Counter]:
        """Live visits per purpose, by the day of their time of visit (as the point's purpose index)."""
        q = self.q
        purposes: dict[str, Counter] = defaultdict(Counter)
        for chunk in q.chunks(self.origins):
            for origin, text_, n in q.all(
                    "SELECT origin, purposes, count(*) FROM report_visit "
                    "WHERE origin IN :origins AND visit_day BETWEEN :lo AND :hi GROUP BY 1, 2",
                    **{**self.p, "origins": chunk}):
                for purpose in _purposes(text_):
                    purposes[origin][purpose] += _int(n)
        return purposes

    def visits_in_year(self, year: int) -> dict[str, int]:
        return {o: _int(n) for o, n in self.q.all(
            "SELECT origin, count(*) FROM report_visit WHERE origin IN :origins AND day >= :ylo AND day <= :yhi "
            "GROUP BY 1", **self.p, **_year(year))}

    # material use ------------------------------------------------------------------------------
    def material_use(self) -> list[tuple[str, str, str | None, str, int, int]]:
        """(origin, material id, language, channel, uses, seconds) of live uses in the period."""
        q = self.q
        out = []
        for chunk in q.chunks(self.origins):
            for o, packed, n, seconds in q.all(
                    "SELECT origin, item, count(*), sum(seconds) FROM report_material_use "
                    "WHERE origin IN :origins AND day BETWEEN :lo AND :hi GROUP BY 1, 2",
                    **{**self.p, "origins": chunk}):
                material_id, lang, channel = json.loads(packed)
                out.append((o, _key(material_id) or "", _key(lang), _key(channel) or "", _int(n), _int(seconds)))
        return out

    def materials_info(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """Title, kind and day added of materials (the points' own and the province's, any state)."""
        q = self.q
        info: dict[str, dict[str, Any]] = {}
        wanted = sorted(ids)
        for start in range(0, len(wanted), 500):
            statement = text(
                f"SELECT m.id, {q.f('m', 'title')}, {q.f('m', 'kind')}, {q.f('m', 'created_at')} "
                f"FROM {q.rows('material', live=False, scope='id IN :ids AND origin IN :origins')} m"
            ).bindparams(bindparam("ids", expanding=True), bindparam("origins", expanding=True))
            scope = [*self.p["origins"], wire.PROVINCE_STREAM]
            for mid, title, kind, created in q.conn.execute(statement, {"ids": wanted[start:start + 500],
                                                                        "origins": scope}):
                info[mid] = {"title": None if title is None else str(title), "kind": _key(kind),
                             "added": _day(created)}
        return info

    # materials added ---------------------------------------------------------------------------
    def materials_added(self) -> tuple[dict[str, Counter], dict[str, Counter]]:
        """Per origin: live materials added in the period by kind, and by language (distinct
        materials with a live file in that language). A point holds its own materials and
        the province's published for all points or for it, so those count at each point."""
        q = self.q
        created = f"substr({q.f('m', 'created_at')}, 1, 10)"
        in_period = f"{created} >= :lo AND {created} <= :hi"
        kinds: dict[str, Counter] = defaultdict(Counter)
        langs: dict[str, Counter] = defaultdict(Counter)
        # The points' own.
        for origin, kind, n in q.all(
                f"SELECT m.origin, {q.f('m', 'kind')}, count(*) FROM {q.rows('material')} m "
                f"WHERE {in_period} GROUP BY 1, 2", **self.p):
            kinds[origin][_key(kind)] += _int(n)
        for origin, lang, n in q.all(
                f"SELECT m.origin, {q.f('f', 'lang')}, count(DISTINCT m.id) FROM {q.rows('material')} m "
                f"JOIN {q.rows('material_file')} f ON f.origin = m.origin AND {q.f('f', 'material_id')} = m.id "
                f"WHERE {in_period} GROUP BY 1, 2", **self.p):
            langs[origin][_key(lang)] += _int(n)
        # The province's: for all points (target NULL) or one (target = the point).
        prov = {"origins": [wire.PROVINCE_STREAM], "lo": self.span.lo, "hi": self.span.hi}
        prov_kinds: dict[str | None, Counter] = defaultdict(Counter)
        prov_langs: dict[str | None, Counter] = defaultdict(Counter)
        for target, kind, n in q.all(
                f"SELECT m.target, {q.f('m', 'kind')}, count(*) FROM {q.rows('material')} m "
                f"WHERE {in_period} GROUP BY 1, 2", **prov):
            prov_kinds[target][_key(kind)] += _int(n)
        pfiles = q.rows("material_file", scope=f"origin = '{wire.PROVINCE_STREAM}'")
        for target, lang, n in q.all(
                f"SELECT m.target, {q.f('f', 'lang')}, count(DISTINCT m.id) FROM {q.rows('material')} m "
                f"JOIN {pfiles} f ON {q.f('f', 'material_id')} = m.id WHERE {in_period} GROUP BY 1, 2", **prov):
            prov_langs[target][_key(lang)] += _int(n)
        for origin in self.origins:
            for source, into in ((prov_kinds, kinds), (prov_langs, langs)):
                into[origin].update(source.get(None, Counter()))
                into[origin].update(source.get(origin, Counter()))
        return kinds, langs

    # trainings ---------------------------------------------------------------------------------
    def trainings(self) -> tuple[dict[str, Counter], dict[str, list[tuple[str, str, int]]], dict[str, dict]]:
        """(trainings per origin per kind, attendance (kind, participant, n) per origin, participants)."""
        q = self.q
        t_start, t_end = q.f("t", "start_date"), q.f("t", "end_date")
        count: dict[str, Counter] = defaultdict(Counter)
        for origin, kind, n in q.all(
                f"SELECT t.origin, {q.f('t', 'kind')}, count(*) FROM {q.rows('training')} t "
                f"WHERE {t_start} <= :hi AND {t_end} >= :lo GROUP BY 1, 2", **self.p):
            count[origin][_key(kind)] += _int(n)
        attended: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        a_day = q.f("a", "day")
        t_start, t_end = q.raw("t", "start_date"), q.raw("t", "end_date")
        for origin, kind, pid, n in q.all(
                f"SELECT a.origin, {q.raw('t', 'kind')}, {q.f('a', 'participant_id')}, count(*) "
                f"FROM {q.rows('attendance')} a {q.lookup('t', 'training', 'a', q.f('a', 'training_id'))} "
                f"WHERE {t_start} <= :hi AND {t_end} >= :lo AND {a_day} BETWEEN :lo AND :hi "
                "GROUP BY 1, 2, 3", **self.p):
            attended[origin].append((_key(kind), str(pid), _int(n)))
        people: dict[str, dict[str, tuple[Any, Any, Any]]] = defaultdict(dict)
        for origin, pid, packed in q.all(
                f"SELECT p.origin, p.id, {q.pack('p', 'group_code', 'sex', 'ethnicity')} "
                f"FROM {q.rows('participant')} p", **self.p):
            people[origin][pid] = tuple(json.loads(packed))
        return count, attended, people

    # opinions ----------------------------------------------------------------------------------
    def opinions(self) -> dict[str, dict[str | None, Counter]]:
        """Per origin, per topic, per effective status, by the point's own rule (Feedback.list):
        answered once a live answer to it exists, else sent (the province holds it, so the point
        counts it as sent once the hub's acknowledgement reaches it)."""
        q = self.q
        created = f"substr({q.f('f', 'created_at')}, 1, 10)"
        # An answer is the point's own row or the province's (published for it).
        feedback_id = ("(a.data::jsonb ->> 'feedback_id')" if q.pg else "json_extract(a.data, '$.feedback_id')")
        has_answer = (f"EXISTS (SELECT 1 FROM record a WHERE a.table_name = 'feedback_answer' AND a.deleted = 0 "
                    f"AND a.origin IN (f.origin, '{wire.PROVINCE_STREAM}') AND {feedback_id} = f.id)")
        cells: dict[str, dict[str | None, Counter]] = defaultdict(lambda: defaultdict(Counter))
        for origin, topic, answered, status, n in q.all(
                f"SELECT f.origin, {q.f('f', 'topic')}, CASE WHEN {has_answer} THEN 1 ELSE 0 END, "
                f"{q.f('f', 'status')}, count(*) FROM {q.rows('feedback')} f "
                f"WHERE {created} >= :lo AND {created} <= :hi GROUP BY 1, 2, 3, 4", **self.p):
            effective = "answered" if answered else ("sent" if status in STATUSES else status)
            cells[origin][topic][effective] += _int(n)
        return cells

    # plan targets ------------------------------------------------------------------------------
    def targets(self, year: int) -> dict[str, dict[str, float]]:
        """Per origin: indicator -> target (the latest written of the point's and the province's)."""
        q = self.q
        chosen: dict[str, dict[str, tuple[str, float]]] = defaultdict(dict)
        year_match = (f"{q.num('t', 'year')} = :year")
        own = list(q.all(f"SELECT t.origin, {q.f('t', 'indicator')}, {q.num('t', 'target')}, t.hlc "
                         f"FROM {q.rows('plan_target')} t WHERE {year_match}", **self.p, year=year))
        prov = q.all(f"SELECT t.target, {q.f('t', 'indicator')}, {q.num('t', 'target')}, t.hlc "
                     f"FROM {q.rows('plan_target')} t WHERE {year_match}", origins=[wire.PROVINCE_STREAM], year=year)
        for target, indicator, value, hlc in prov:
            for origin in ([target] if target else self.origins):
                if origin in self.origins:
                    own.append((origin, indicator, value, hlc))
        for origin, indicator, value, hlc in own:
            indicator = _key(indicator)
            if indicator is None:
                continue  # a broken row names no indicator
            if indicator not in chosen[origin] or hlc > chosen[origin][indicator][0]:
                chosen[origin][indicator] = (hlc, _num(value))
        return {o: {k: v for k, (_, v) in sorted(c.items())} for o, c in chosen.items()}

    def actuals(self, year: int, visits: dict[str, int]) -> dict[str, Counter]:
        """Per origin: what was done in the year (desktop/core/targets.py Targets.actuals)."""
        q = self.q
        p = {**self.p, **_year(year), "vie": "vie"}
        out: dict[str, Counter] = defaultdict(Counter)
        for origin, n in visits.items():
            out[origin]["visits-served"] = n
        t_start = q.f("t", "start_date")
        in_year = f"{t_start} >= :ylo AND {t_start} <= :yhi"
        for origin, n in q.all(f"SELECT t.origin, count(*) FROM {q.rows('training')} t WHERE {in_year} "
                               "GROUP BY 1", **p):
            out[origin]["trainings-held"] = _int(n)
        for origin, funding, cost in q.all(
                f"SELECT t.origin, {q.f('t', 'funding')}, sum({q.num('t', 'cost')}) FROM {q.rows('training')} t "
                f"WHERE {in_year} GROUP BY 1, 2", **p):
            if funding in ("central", "local", "other"):
                out[origin][f"budget-{funding}"] = _num(cost) / 1000
        # People checked in on a day of the year at a live training; those of the group
        # `respected-person` among them (a participant row in any state, as the point joins it).
        respected: dict[str, set[str]] = defaultdict(set)
        for origin, pid, group in q.all(
                f"SELECT a.origin, {q.f('a', 'participant_id')}, {q.raw('p', 'group_code')} "
                f"FROM {q.rows('attendance')} a {q.lookup('t', 'training', 'a', q.f('a', 'training_id'))} "
                f"LEFT JOIN record p ON p.origin = a.origin AND p.table_name = 'participant' "
                f"AND p.id = {q.f('a', 'participant_id')} "
                f"WHERE {q.f('a', 'day')} BETWEEN :ylo AND :yhi GROUP BY 1, 2, 3", **p):
            out[origin]["participants-trained"] += 1
            if group == "respected-person":
                respected[origin].add(pid)
        for origin, people in respected.items():
            out[origin]["respected-persons-trained"] = len(people)
        f_day = f"substr({q.f('f', 'created_at')}, 1, 10)"
        for origin, n in q.all(f"SELECT f.origin, count(*) FROM {q.rows('feedback')} f "
                               f"WHERE {f_day} >= :ylo AND {f_day} <= :yhi GROUP BY 1", **p):
            out[origin]["feedback-received"] = _int(n)
        m_day = f"substr({q.f('m', 'created_at')}, 1, 10)"
        kinds = set(reference.codes("plan_indicators"))
        for origin, kind, n in q.all(f"SELECT m.origin, {q.f('m', 'kind')}, count(*) FROM {q.rows('material')} m "
                                     f"WHERE {m_day} >= :ylo AND {m_day} <= :yhi GROUP BY 1, 2", **p):
            if f"materials-{kind}" in kinds and kind != "minority-language":
                out[origin][f"materials-{kind}"] = _int(n)
        for origin, n in q.all(
                f"SELECT m.origin, count(DISTINCT m.id) FROM {q.rows('material')} m "
                f"JOIN {q.rows('material_file')} f ON f.origin = m.origin AND {q.f('f', 'material_id')} = m.id "
                f"WHERE {m_day} >= :ylo AND {m_day} <= :yhi AND {q.f('f', 'lang')} != :vie GROUP BY 1", **p):
            out[origin]["materials-minority-language"] = _int(n)
        return out


def _purposes(text_: Any) -> set[str]:
    """A visit's purposes as the point's trigger reads them: "info,legal" is two; text that
    would not make a JSON list (a damaged row) counts under no purpose."""
    if text_ is None:
        return set()
    try:
        values = json.loads('["' + str(text_).replace(",", '","') + '"]')
    except ValueError:
        return set()
    return {v for v in values if v != ""}


def _day(value: Any) -> str | None:
    """The day of an ISO time, or None when it is not one (a broken row must not break the report)."""
    text_ = str(value or "")[:10]
    try:
        return date.fromisoformat(text_).isoformat()
    except ValueError:
        return None


def _key(value: Any) -> str | None:
    """A code as the point's day tallies keep it: a missing or empty value is None."""
    if value is None or value == "":
        return None
    return str(value)


def _year(year: int) -> dict[str, str]:
    return {"ylo": f"{year:04d}-01-01", "yhi": f"{year:04d}-12-31"}


# -- the report ------------------------------------------------------------------------------
def _sum(per_origin: dict[str, Counter], origins: list[str]) -> Counter:
    total: Counter = Counter()
    for origin in origins:
        total.update(per_origin.get(origin, Counter()))
    return total


class _Builder:
    """Turns the per-origin figures into the report's tables for a set of points."""

    def __init__(self, counts: _Merged, span: Span) -> None:
        self.c, self.span = counts, span

    def build(self, origins: list[str]) -> tuple[list[dict[str, Any]], dict[str, dict[str, int]]]:
        """The tables (summary first) and, per origin, the figures of the per-point table."""
        c = self.c
        per: dict[str, dict[str, int]] = {o: Counter() for o in origins}
        use_totals, use_tables = self._material_use(origins, per)
        added_total, added_tables = self._materials_added(origins, per)
        training_totals, training_tables = self._trainings(origins, per)
        opinion_total, opinion_tables = self._opinions(origins, per)
        # visits (last: other threads may still be counting them)
        total, by, purposes = c.visits()
        visit_total = sum(total[o]["visits"] for o in origins)
        for o in origins:
            per[o]["visits"] = total[o]["visits"]
        order = _order("visit_purposes")
        by_purpose = {code: _sum(purposes, origins)[code] for code in order}
        merged = {d: dict(_sum(by[d], origins)) for d in by}
        visit_tables = [
            _coded_table("visits_by_purpose", "Lượt phục vụ theo mục đích", "Mục đích", "visit_purposes",
                         by_purpose, "visits", "Số lượt", total=visit_total, order=order, note=NOTE_PURPOSES),
            _coded_table("visits_by_sex", "Lượt phục vụ theo giới tính", "Giới tính", "sexes",
                         merged["sex"], "visits", "Số lượt", order=_order("sexes")),
            _coded_table("visits_by_age_band", "Lượt phục vụ theo độ tuổi", "Độ tuổi", "age_bands",
                         merged["age_band"], "visits", "Số lượt", order=_order("age_bands")),
            _coded_table("visits_by_ethnicity", "Lượt phục vụ theo dân tộc", "Dân tộc", reference.ETHNIC_GROUPS,
                         merged["ethnicity"], "visits", "Số lượt"),
            _coded_table("visits_by_village", "Lượt phục vụ theo thôn, bản", "Thôn, bản", None,
                         merged["village"], "visits", "Số lượt"),
        ]
        village = visit_tables[-1]
        village["columns"] = village["columns"][1:]
        for row in village["rows"]:
            del row["code"]
        target_tables = self._targets(origins)
        summary_rows = [
            {"code": "visits", "name": "Lượt người dân được phục vụ", "value": visit_total},
            {"code": "material-uses", "name": "Lượt sử dụng tài liệu", "value": use_totals["uses"]},
            {"code": "material-seconds", "name": "Tổng thời gian dùng tài liệu (giây)",
             "value": use_totals["seconds"]},
            {"code": "materials-added", "name": "Tài liệu mới", "value": added_total},
            {"code": "trainings", "name": "Lớp bồi dưỡng, tập huấn", "value": training_totals["trainings"]},
            {"code": "attendances", "name": "Lượt học viên điểm danh", "value": training_totals["attendances"]},
            {"code": "participants", "name": "Học viên (không trùng)", "value": training_totals["participants"]},
            {"code": "opinions", "name": "Ý kiến của người dân", "value": opinion_total},
        ]
        empty = not any(r["value"] for r in summary_rows)
        summary = {"id": "summary", "title": "Tổng hợp", "columns": [
            _column("code", "Mã"), _column("name", "Nội dung"), _column("value", "Số lượng", True)],
            "rows": summary_rows, "totals": None,
            "note": "Không có số liệu hoạt động nào trong kỳ này." if empty else None}
        tables = [summary, *visit_tables, *use_tables, *added_tables, *training_tables,
                  *opinion_tables, *target_tables]
        return tables, per

    def _material_use(self, origins: list[str], per: dict[str, Counter]) -> tuple[dict[str, int], list]:
        wanted = set(origins)
        per_material: Counter = Counter()
        seconds_per_material: Counter = Counter()
        by_lang: Counter = Counter()
        by_channel: Counter = Counter()
        seconds_by_channel: Counter = Counter()
        for origin, material_id, lang, channel, n, seconds in self.c.material_use():
            if origin not in wanted or not n:
                continue
            per[origin]["material_uses"] += n
            per_material[material_id] += n
            seconds_per_material[material_id] += seconds
            by_lang[lang] += n
            by_channel[channel] += n
            seconds_by_channel[channel] += seconds
        info = self.c.materials_info(set(per_material))
        by_kind: Counter = Counter()
        for material_id, n in per_material.items():
            by_kind[info.get(material_id, {}).get("kind")] += n
        total = sum(per_material.values())
        top = sorted(per_material, key=lambda m: (-per_material[m], str(info.get(m, {}).get("title", m))))
        top_rows = []
        for rank, material_id in enumerate(top[:TOP_MATERIALS], 1):
            meta = info.get(material_id, {})
            top_rows.append({
                "rank": rank, "id": material_id, "title": meta.get("title", ERASED_VI),
                "kind": meta.get("kind"), "kind_name": _name("material_kinds", meta.get("kind")),
                "added": meta.get("added"), "uses": per_material[material_id],
                "seconds": seconds_per_material[material_id],
            })
        channel_rows = [{"code": ch, "name": CHANNEL_NAMES.get(ch, ch), "uses": by_channel[ch],
                         "seconds": seconds_by_channel[ch]}
                        for ch in [*USE_CHANNELS, *sorted(set(by_channel) - set(USE_CHANNELS))] if by_channel[ch]]
        total_seconds = sum(seconds_by_channel.values())
        return {"uses": total, "seconds": total_seconds}, [
            {"id": "materials_top", "title": f"{TOP_MATERIALS} tài liệu được dùng nhiều nhất",
             "columns": [_column("rank", "STT", True), _column("title", "Tài liệu"),
                         _column("kind_name", "Loại"), _column("added", "Ngày thêm", kind="date"),
                         _column("uses", "Lượt dùng", True), _column("seconds", "Số giây", True)],
             "rows": top_rows, "totals": None, "note": None},
            _coded_table("material_use_by_language", "Lượt dùng tài liệu theo ngôn ngữ", "Ngôn ngữ",
                         "languages", dict(by_lang), "uses", "Lượt dùng", order=_order("languages")),
            _coded_table("material_use_by_kind", "Lượt dùng tài liệu theo loại", "Loại tài liệu",
                         "material_kinds", dict(by_kind), "uses", "Lượt dùng", order=_order("material_kinds")),
            {"id": "material_use_by_channel", "title": "Lượt dùng: người dân tự xem và cán bộ mở giúp",
             "columns": [_column("code", "Mã"), _column("name", "Cách dùng"),
                         _column("uses", "Lượt dùng", True), _column("seconds", "Số giây", True)],
             "rows": channel_rows,
             "totals": {"name": TOTAL_VI, "uses": total, "seconds": total_seconds}, "note": None},
        ]

    def _materials_added(self, origins: list[str], per: dict[str, Counter]) -> tuple[int, list]:
        kinds, langs = self.c.materials_added()
        for o in origins:
            per[o]["materials_added"] = sum(kinds[o].values())
        by_kind = {k: n for k, n in _sum(kinds, origins).items() if n}
        by_lang = {k: n for k, n in _sum(langs, origins).items() if n}
        total = sum(by_kind.values())
        note = "Một tài liệu có nhiều bản ngôn ngữ được đếm ở mỗi ngôn ngữ."
        return total, [
            _coded_table("materials_added_by_kind", "Tài liệu mới theo loại", "Loại tài liệu",
                         "material_kinds", by_kind, "materials", "Số tài liệu", order=_order("material_kinds")),
            _coded_table("materials_added_by_language", "Tài liệu mới theo ngôn ngữ", "Ngôn ngữ",
                         "languages", by_lang, "materials", "Số tài liệu", total=total,
                         order=_order("languages"), note=note),
        ]

    def _trainings(self, origins: list[str], per: dict[str, Counter]) -> tuple[dict[str, int], list]:
        count_by, attended, people = self.c.trainings()
        count = _sum(count_by, origins)
        attendances: Counter = Counter()
        kind_people: dict[str, set[tuple[str, str]]] = defaultdict(set)
        everyone: set[tuple[str, str]] = set()
        for o in origins:
            mine: set[str] = set()
            for kind, pid, n in attended.get(o, []):
                attendances[kind] += n
                kind_people[kind].add((o, pid))
                everyone.add((o, pid))
                mine.add(pid)
            per[o]["trainings"] = sum(count_by[o].values())
            per[o]["participants"] = len(mine)
        kinds = [k for k in _order("training_kinds") if count[k]]
        kinds += sorted((k for k in count if k not in kinds), key=lambda k: (k is None, k or ""))
        rows = [{"code": k, "name": _name("training_kinds", k), "trainings": count[k],
                 "attendances": attendances[k], "participants": len(kind_people[k])} for k in kinds]
        totals = {"trainings": sum(count.values()), "attendances": sum(attendances.values()),
                  "participants": len(everyone)}
        by_group: Counter = Counter()
        by_sex: Counter = Counter()
        by_eth: Counter = Counter()
        found = 0
        for o, pid in everyone:
            person = people.get(o, {}).get(pid)
            if person is None:
                continue
            found += 1
            group, sex, eth = (_key(v) for v in person)
            by_group[group] += 1
            by_sex[sex] += 1
            by_eth[eth] += 1
        erased = len(everyone) - found
        note_erased = (f"{erased} người đã được xóa khỏi danh sách học viên theo yêu cầu; "
                       "họ vẫn được tính trong tổng." if erased else None)
        for counter in (by_group, by_sex, by_eth):
            if erased:
                counter["(erased)"] += erased
        tables = [
            {"id": "trainings_by_kind", "title": "Lớp bồi dưỡng, tập huấn theo loại",
             "columns": [_column("code", "Mã"), _column("name", "Loại hình"), _column("trainings", "Số lớp", True),
                         _column("attendances", "Lượt điểm danh", True),
                         _column("participants", "Số học viên", True)],
             "rows": rows, "totals": {"name": TOTAL_VI, **totals}, "note": NOTE_TRAININGS},
            _coded_table("participants_by_group", "Học viên theo đối tượng", "Đối tượng", "participant_groups",
                         dict(by_group), "participants", "Số học viên", order=_order("participant_groups"),
                         note=note_erased),
            _coded_table("participants_by_sex", "Học viên theo giới tính", "Giới tính", "sexes",
                         dict(by_sex), "participants", "Số học viên", order=_order("sexes")),
            _coded_table("participants_by_ethnicity", "Học viên theo dân tộc", "Dân tộc",
                         reference.ETHNIC_GROUPS, dict(by_eth), "participants", "Số học viên"),
        ]
        for table in tables[1:]:
            for row in table["rows"]:
                if row["code"] == "(erased)":
                    row["code"], row["name"] = None, ERASED_VI
        return totals, tables

    def _opinions(self, origins: list[str], per: dict[str, Counter]) -> tuple[int, list]:
        cells: dict[str | None, Counter] = defaultdict(Counter)
        opinions = self.c.opinions()
        for o in origins:
            for topic, statuses in opinions.get(o, {}).items():
                cells[_key(topic)].update(statuses)
                per[o]["opinions"] += sum(statuses.values())
        order = [t for t in _order("topics") if t in cells]
        order += sorted((t for t in cells if t not in order), key=lambda t: (t is None, t or ""))
        rows = []
        for topic in order:
            row: dict[str, Any] = {"code": topic, "name": _name("topics", topic)}
            for status in STATUSES:
                row[status] = cells[topic][status]
            row["total"] = sum(cells[topic].values())
            rows.append(row)
        totals: dict[str, Any] = {"name": TOTAL_VI}
        for key in (*STATUSES, "total"):
            totals[key] = sum(r[key] for r in rows)
        return totals["total"], [{
            "id": "opinions_by_topic", "title": "Ý kiến của người dân theo chủ đề và tình trạng",
            "columns": [_column("code", "Mã"), _column("name", "Chủ đề"),
                        *[_column(s, STATUS_NAMES[s], True) for s in STATUSES], _column("total", "Cộng", True)],
            "rows": rows, "totals": totals, "note": None,
        }]

    def _targets(self, origins: list[str]) -> list[dict[str, Any]]:
        year = self.span.end.year
        targets, actuals = self.c.targets(), self.c.actuals()
        rows = []
        for item in reference.load_list("plan_indicators"):
            given = [targets[o][item.code] for o in origins if item.code in targets.get(o, {})]
            target = sum(given) if given else None
            done = float(sum(actuals.get(o, Counter()).get(item.code, 0.0) for o in origins))
            if target is None and not done:
                continue
            ratio = round(done / target, 4) if target else None
            rows.append({"code": item.code, "name": item.name_vi, "unit": item.extra.get("unit", ""),
                         "target": target, "actual": done,
                         "percent": round(ratio * 100, 1) if ratio is not None else None})
        note = NOTE_TARGETS.format(year=year) + (NOTE_TARGETS_PROVINCE if len(origins) > 1 else "")
        return [{
            "id": "targets", "title": f"Chỉ tiêu kế hoạch năm {year} và kết quả thực hiện",
            "columns": [_column("code", "Mã"), _column("name", "Chỉ tiêu"), _column("unit", "Đơn vị"),
                        _column("target", "Kế hoạch", True), _column("actual", "Thực hiện", True),
                        _column("percent", "Tỷ lệ (%)", True, kind="percent")],
            "rows": rows, "totals": None, "note": note, "year": year,
        }]


def _points(conn: Connection) -> list[dict[str, Any]]:
    """Registered points with their name and last contact, and what their own `point` row says."""
    rows = conn.execute(select(point.c.code, point.c.name, point.c.status, point.c.last_contact_at)
                        .order_by(point.c.code)).all()
    q = _Sql(conn)
    own = {o: (name, prov, commune) for o, name, prov, commune in q.all(
        f"SELECT p.origin, {q.f('p', 'name')}, {q.f('p', 'province_code')}, {q.f('p', 'commune_code')} "
        f"FROM {q.rows('point')} p", origins=[r.code for r in rows] or ["\x00none"])}
    out = []
    for r in rows:
        name, prov, commune = own.get(r.code, (None, None, None))
        out.append({"code": r.code, "name": name or r.name or r.code, "province": prov, "commune": commune,
                    "status": r.status, "last_contact": r.last_contact_at})
    return out


def _in_own_read(db: Database, span: Span, origins: list[str], count: Any) -> Any:
    with db.read() as conn:
        return count(_Counts(conn, span, origins))


@dataclass
class _Slice:
    """Everything counted for one point over one period; the tables are sums of slices."""

    visits: Counter
    by: dict[str, Counter]
    purposes: Counter
    uses: list[tuple[str, str | None, str, int, int]]
    kinds: Counter
    langs: Counter
    trainings: Counter
    attended: list[tuple[str | None, str, int]]
    people: dict[str, tuple[Any, Any, Any]]
    opinions: dict[str | None, Counter]
    targets: dict[str, float]
    actuals: Counter


def _count_slices(db: Database, conn: Connection, span: Span, origins: list[str]) -> dict[str, _Slice]:
    """Count these points' figures. The two passes over the visits (the most rows by far) run on
    their own connections while this one counts the rest: on SQLite each query uses one core."""
    year = span.end.year
    whole_year = span.lo == f"{year:04d}-01-01" and span.hi == f"{year:04d}-12-31"
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="report") as pool:
        dims = pool.submit(_in_own_read, db, span, origins, _Counts.visit_dims)
        purposes = pool.submit(_in_own_read, db, span, origins, _Counts.visit_purposes)
        c = _Counts(conn, span, origins)
        uses: dict[str, list] = defaultdict(list)
        for origin, *use in c.material_use():
            uses[origin].append(tuple(use))
        kinds, langs = c.materials_added()
        t_count, attended, people = c.trainings()
        opinions = c.opinions()
        targets = c.targets(year)
        year_visits = None if whole_year else c.visits_in_year(year)
        total, by = dims.result()
        if year_visits is None:
            year_visits = {o: n["visits"] for o, n in total.items()}
        actuals = c.actuals(year, year_visits)
        per_purpose = purposes.result()
    return {o: _Slice(total[o], {d: by[d][o] for d in by}, per_purpose[o], uses[o], kinds[o], langs[o],
                      t_count[o], attended[o], people[o], opinions[o], targets.get(o, {}), actuals[o])
            for o in origins}


class _Merged:
    """The slices of the report's points, seen per origin as _Builder reads them."""

    def __init__(self, conn: Connection, span: Span, origins: list[str], slices: dict[str, _Slice]) -> None:
        self.conn, self.span, self.origins, self.s = conn, span, origins, slices

    def visits(self) -> tuple[dict[str, Counter], dict[str, dict[str, Counter]], dict[str, Counter]]:
        dims = ("sex", "age_band", "ethnicity", "village")
        return ({o: s.visits for o, s in self.s.items()},
                {d: {o: s.by.get(d, Counter()) for o, s in self.s.items()} for d in dims},
                {o: s.purposes for o, s in self.s.items()})

    def material_use(self) -> list[tuple[str, str, str | None, str, int, int]]:
        return [(o, *use) for o, s in self.s.items() for use in s.uses]

    def materials_info(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        return _Counts(self.conn, self.span, self.origins).materials_info(ids)

    def materials_added(self) -> tuple[dict[str, Counter], dict[str, Counter]]:
        return {o: s.kinds for o, s in self.s.items()}, {o: s.langs for o, s in self.s.items()}

    def trainings(self) -> tuple[dict[str, Counter], dict[str, list], dict[str, dict]]:
        return ({o: s.trainings for o, s in self.s.items()}, {o: s.attended for o, s in self.s.items()},
                {o: s.people for o, s in self.s.items()})

    def opinions(self) -> dict[str, dict[str | None, Counter]]:
        return {o: s.opinions for o, s in self.s.items()}

    def targets(self) -> dict[str, dict[str, float]]:
        return {o: s.targets for o, s in self.s.items()}

    def actuals(self) -> dict[str, Counter]:
        return {o: s.actuals for o, s in self.s.items()}


# A point's slice is kept while neither its stream nor the province's moves (every record
# written moves its origin's stream: a sync, a USB import, a publication, an answer), so
# after one point syncs the province's report counts that point again, not all 200.
_SLICES: OrderedDict[tuple[Any, ...], _Slice] = OrderedDict()
_SLICES_LOCK = threading.Lock()
SLICE_CACHE = 4000


def forget_counted() -> None:
    """Drop the figures kept per point (benchmarks measure counting from nothing)."""
    with _SLICES_LOCK:
        _SLICES.clear()


def _versions(conn: Connection, origins: list[str]) -> dict[str, tuple[int, int]]:
    last = dict(conn.execute(select(stream.c.origin, stream.c.last_seq).where(
        stream.c.origin.in_([*origins, wire.PROVINCE_STREAM]))).all())
    province = int(last.get(wire.PROVINCE_STREAM) or 0)
    return {o: (int(last.get(o) or 0), province) for o in origins}


def _slices(db: Database, conn: Connection, span: Span, origins: list[str]) -> dict[str, _Slice]:
    versions = _versions(conn, origins)  # read before counting: a slice is never older than its key
    keys = {o: (db.url, span.lo, span.hi, o, versions[o]) for o in origins}
    with _SLICES_LOCK:
        found = {o: _SLICES[k] for o, k in keys.items() if k in _SLICES}
        for o in found:
            _SLICES.move_to_end(keys[o])
    missing = [o for o in origins if o not in found]
    fresh = _count_slices(db, conn, span, missing) if missing else {}
    with _SLICES_LOCK:
        for o, one in fresh.items():
            _SLICES[keys[o]] = one
        while len(_SLICES) > SLICE_CACHE:
            _SLICES.popitem(last=False)
    return {o: found.get(o) or fresh[o] for o in origins}


def _report(db: Database, span: Span, code: str | None, now: datetime | None) -> dict[str, Any]:
    with db.read() as conn:
        points = _points(conn)
        if code is not None:
            wanted = code.strip().upper()
            points = [p for p in points if p["code"] == wanted]
            if not points:
                raise HubError("point-not-found", code=code)
        origins = [p["code"] for p in points]
        merged = _Merged(conn, span, origins, _slices(db, conn, span, origins))
        tables, per = _Builder(merged, span).build(origins)
    generated = (now or datetime.now()).isoformat(timespec="seconds")
    period = {"label": span.label, "start": span.lo, "end": span.hi, "days": (span.end - span.start).days + 1}
    empty = not any(r["value"] for r in tables[0]["rows"])
    notes = [AS_OF_SYNC, UNAVAILABLE]
    if code is not None:
        p = points[0]
        return {"report": "period", "scope": "point", "source": "province",
                "point": {"code": p["code"], "name": p["name"], "province": p["province"], "commune": p["commune"]},
                "period": period, "generated_at": generated, "empty": empty, "notes": notes,
                "last_contact": p["last_contact"], "tables": tables}
    for table in tables:
        if table["id"] == "materials_added_by_kind":
            table["note"] = NOTE_PROVINCE_MATERIALS
    tables.append(_points_table(points, per))
    return {"report": "period", "scope": "province", "source": "province", "title": PROVINCE_TITLE,
            "point": {"code": "toan-tinh", "name": PROVINCE_NAME, "province": None, "commune": None},
            "points": [{"code": p["code"], "name": p["name"], "last_contact": p["last_contact"]} for p in points],
            "period": period, "generated_at": generated, "empty": empty, "notes": notes, "tables": tables}


def _points_table(points: list[dict[str, Any]], per: dict[str, dict[str, int]]) -> dict[str, Any]:
    keys = ("visits", "material_uses", "materials_added", "trainings", "participants", "opinions")
    rows = []
    for p in points:
        figures = per.get(p["code"], {})
        rows.append({"code": p["code"], "name": p["name"],
                     "last_contact": (p["last_contact"] or "")[:10] or None,
                     **{k: int(figures.get(k, 0)) for k in keys}})
    totals: dict[str, Any] = {"name": f"{TOTAL_VI} ({len(points)} điểm)"}
    for k in keys:
        totals[k] = sum(r[k] for r in rows)
    return {"id": "points", "title": "Số liệu theo từng điểm",
            "columns": [_column("code", "Mã điểm"), _column("name", "Điểm hỗ trợ"),
                        _column("last_contact", "Đồng bộ gần nhất", kind="date"),
                        _column("visits", "Lượt phục vụ", True), _column("material_uses", "Lượt dùng TL", True),
                        _column("materials_added", "Tài liệu mới", True), _column("trainings", "Số lớp", True),
                        _column("participants", "Học viên", True), _column("opinions", "Ý kiến", True)],
            "rows": rows, "totals": totals,
            "note": "Học viên được đếm không trùng trong từng điểm."}


def parse_period(text: str) -> Span:
    """A period's text (2026, 2026-H1, 2026-Q3, 2026-01-01..2026-06-30) the way the point reads it;
    HubError period-invalid / period-reversed otherwise."""
    import desktop.core.periods as periods

    try:
        return _span(periods.parse_period(text))
    except Exception as exc:  # desktop's ValidationError: the hub speaks HubError
        code = getattr(exc, "code", "")
        if code in ("period-invalid", "period-reversed"):
            raise HubError(code, value=text) from exc
        raise


def _span(period: Any) -> Span:
    """A desktop.core.periods.Period (or anything with start, end, label) as a Span."""
    return period if isinstance(period, Span) else Span(period.start, period.end, period.label)


def point_report(db: Database, period: Any, code: str, now: datetime | None = None) -> dict[str, Any]:
    """One point's report for the period, from what the hub holds (HubError point-not-found)."""
    return _report(db, _span(period), code, now)


def province_report(db: Database, period: Any, now: datetime | None = None) -> dict[str, Any]:
    """The whole province's report: every table summed over the points, plus a table per point."""
    return _report(db, _span(period), None, now)


def point_choices(db: Database) -> list[dict[str, Any]]:
    """Registered points (code, name) for choosing a report, in code order."""
    with db.read() as conn:
        return [{"code": p["code"], "name": p["name"], "last_contact": p["last_contact"]} for p in _points(conn)]


def data_version(db: Database) -> tuple[Any, ...]:
    """Changes whenever a report could: any record written (every write moves its origin's
    stream), a point registered, a point's last contact. For caching finished reports."""
    with db.read() as conn:
        streams = conn.execute(select(func.count(), func.coalesce(func.sum(stream.c.last_seq), 0))).one()
        points = conn.execute(select(func.count(), func.max(point.c.created_at),
                                     func.max(point.c.last_contact_at))).one()
    return (*streams, *points)
