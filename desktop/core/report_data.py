"""The period report's figures (số liệu báo cáo định kỳ), as one plain dict of tables.

Every table is counted with GROUP BY over an indexed day range. The visit breakdowns and
material-use figures sum trigger-kept day tallies (visit_day_tally, material_use_day_tally,
schema m005) instead of the rows, so a year at a point with a million visits reads a few
index ranges and never the year's visits themselves. The figures follow the lists' own
definitions, so the report always agrees with what the operator sees on screen for the
same period:

- visits: live visits whose day falls in the period (Visits.count); per purpose from the
  trigger-kept purpose index (Visits.count(period, purpose)); a visit with two purposes
  counts once per purpose and once in the total;
- trainings: those overlapping the period (Trainings.list); attendances and people only
  on days inside the period;
- opinions and materials added: by the day they were recorded;
- plan targets: the year of the period's end, actual figures for the whole year.

The writers in desktop/reports turn this dict into JSON, XLSX and PDF without any SQL.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import reference
from .feedback import EFFECTIVE_STATUS, STATUSES
from .materials import USE_CHANNELS
from .periods import Period
from .schema import VISIT_DAY_TALLY_KEY

if TYPE_CHECKING:
    from .workspace import Workspace

TOP_MATERIALS = 20
NONE_VI, NONE_EN = "Không ghi", "Not recorded"
TOTAL_VI = "Tổng cộng"
ERASED_VI = "Đã xóa khỏi danh sách"
CHANNEL_NAMES = {"kiosk": ("Người dân tự xem (kiosk)", "Kiosk (self-service)"),
                 "operator": ("Cán bộ mở giúp", "Operator")}
STATUS_NAMES = {"new": ("Mới", "New"), "sent": ("Đã gửi tỉnh", "Sent"),
                "answered": ("Đã trả lời", "Answered")}
NOTE_PURPOSES = ("Một lượt phục vụ có nhiều mục đích được đếm một lần ở mỗi mục đích và một "
                 "lần trong tổng, nên cộng các dòng có thể lớn hơn tổng.")
NOTE_TARGETS = "Kết quả thực hiện tính lũy kế cả năm {year} đến ngày lập báo cáo."
NOTE_TRAININGS = ("Các lớp có ngày diễn ra trong kỳ; lượt điểm danh và học viên chỉ tính "
                  "những ngày nằm trong kỳ.")


def _name(list_name: str, code: str | None, lang: str = "vi") -> str:
    if code is None or code == "":
        return NONE_VI if lang == "vi" else NONE_EN
    try:
        return reference.name_of(list_name, code, lang)
    except LookupError:
        return code  # a code the reference list no longer has: show it as it is


def _column(key: str, title: str, number: bool = False, kind: str | None = None) -> dict[str, Any]:
    col: dict[str, Any] = {"key": key, "title": title, "number": number}
    if kind:
        col["kind"] = kind
    return col


def _coded_table(table_id: str, title: str, name_title: str, list_name: str | None,
                 counts: dict[str | None, int], value_key: str, value_title: str,
                 total: int | None = None, order: list[str] | None = None,
                 note: str | None = None) -> dict[str, Any]:
    """A table of code, name, count, in reference-list order (then by count), with a total."""
    codes = [c for c in (order or []) if counts.get(c)]
    rest = sorted((c for c in counts if c not in codes and counts[c]),
                  key=lambda c: (c is None, -counts[c], c or ""))
    rows = []
    for code in codes + rest:
        rows.append({"code": code, "name": _name(list_name, code) if list_name else (code or NONE_VI),
                     value_key: counts[code]})
    return {
        "id": table_id, "title": title,
        "columns": [_column("code", "Mã"), _column("name", name_title),
                    _column(value_key, value_title, True)],
        "rows": rows,
        "totals": {"name": TOTAL_VI, value_key: sum(counts.values()) if total is None else total},
        "note": note,
    }


def _order(list_name: str) -> list[str]:
    return [item.code for item in reference.load_list(list_name)]


class ReportData:
    """Counts one period's tables from an open workspace (read-only)."""

    def __init__(self, ws: Workspace, period: Period) -> None:
        self.ws, self.store, self.period = ws, ws.store, period
        self.day_lo, self.day_hi = period.bounds()

    # -- visits (lượt phục vụ) -------------------------------------------------------------
    def visits(self) -> tuple[int, list[dict[str, Any]]]:
        visits = self.ws.visits
        total = visits.count(self.period)
        by_purpose = {code: visits.count(self.period, code) for code in _order("visit_purposes")}
        by = {key: self._day_tally("visit_day_tally", key, "n") for key in VISIT_DAY_TALLY_KEY}
        tables = [
            _coded_table("visits_by_purpose", "Lượt phục vụ theo mục đích", "Mục đích",
                         "visit_purposes", by_purpose, "visits", "Số lượt", total=total,
                         order=_order("visit_purposes"), note=NOTE_PURPOSES),
            _coded_table("visits_by_sex", "Lượt phục vụ theo giới tính", "Giới tính", "sexes",
                         by["sex"], "visits", "Số lượt", order=_order("sexes")),
            _coded_table("visits_by_age_band", "Lượt phục vụ theo độ tuổi", "Độ tuổi", "age_bands",
                         by["age_band"], "visits", "Số lượt", order=_order("age_bands")),
            _coded_table("visits_by_ethnicity", "Lượt phục vụ theo dân tộc", "Dân tộc",
                         reference.ETHNIC_GROUPS, by["ethnicity"], "visits", "Số lượt"),
            _coded_table("visits_by_village", "Lượt phục vụ theo thôn, bản", "Thôn, bản", None,
                         by["village"], "visits", "Số lượt"),
        ]
        village = tables[-1]  # villages are free text: no code column
        village["columns"] = village["columns"][1:]
        for row in village["rows"]:
            del row["code"]
        return total, tables

    def _day_tally(self, tally: str, key: str, value: str) -> dict[str | None, int]:
        """Sum of a trigger-kept day tally's `value` per `key` over the period's days."""
        counts: dict[str | None, int] = {}
        for code, n in self.store.conn.execute(
                f"SELECT {key}, sum({value}) FROM {tally} WHERE day >= ? AND day <= ? GROUP BY 1",
                (self.day_lo, self.day_hi)):
            if n:
                counts[code or None] = n  # the tally keeps a missing value as ''
        return counts

    # -- material use (lượt sử dụng tài liệu) ------------------------------------------------
    def material_use(self) -> tuple[dict[str, int], list[dict[str, Any]]]:
        per_material: Counter = Counter()
        seconds_per_material: Counter = Counter()
        by_lang: Counter = Counter()
        by_channel: Counter = Counter()
        seconds_by_channel: Counter = Counter()
        for material_id, lang, channel, n, seconds in self.store.conn.execute(
                "SELECT material_id, lang, channel, sum(n), sum(seconds) "
                "FROM material_use_day_tally WHERE day >= ? AND day <= ? GROUP BY 1, 2, 3",
                (self.day_lo, self.day_hi)):
            if not n:
                continue  # only uses since removed
            lang = lang or None  # the tally keeps a missing language as ''
            per_material[material_id] += n
            seconds_per_material[material_id] += seconds
            by_lang[lang] += n
            by_channel[channel] += n
            seconds_by_channel[channel] += seconds
        info = self._materials_info(list(per_material))
        by_kind: Counter = Counter()
        for material_id, n in per_material.items():
            by_kind[info.get(material_id, {}).get("kind")] += n
        total = sum(per_material.values())
        top = sorted(per_material, key=lambda m: (-per_material[m], info.get(m, {}).get("title", m)))
        top_rows = []
        for rank, material_id in enumerate(top[:TOP_MATERIALS], 1):
            meta = info.get(material_id, {})
            top_rows.append({
                "rank": rank, "id": material_id, "title": meta.get("title", ERASED_VI),
                "kind": meta.get("kind"), "kind_name": _name("material_kinds", meta.get("kind")),
                "added": meta.get("added"), "uses": per_material[material_id],
                "seconds": seconds_per_material[material_id],
            })
        channel_rows = [{"code": c, "name": CHANNEL_NAMES.get(c, (c, c))[0], "uses": by_channel[c],
                         "seconds": seconds_by_channel[c]}
                        for c in [*USE_CHANNELS, *sorted(set(by_channel) - set(USE_CHANNELS))]
                        if by_channel[c]]
        total_seconds = sum(seconds_by_channel.values())
        tables = [
            {"id": "materials_top", "title": f"{TOP_MATERIALS} tài liệu được dùng nhiều nhất",
             "columns": [_column("rank", "STT", True), _column("title", "Tài liệu"),
                         _column("kind_name", "Loại"), _column("added", "Ngày thêm", kind="date"),
                         _column("uses", "Lượt dùng", True), _column("seconds", "Số giây", True)],
             "rows": top_rows, "totals": None, "note": None},
            _coded_table("material_use_by_language", "Lượt dùng tài liệu theo ngôn ngữ", "Ngôn ngữ",
                         "languages", dict(by_lang), "uses", "Lượt dùng", order=_order("languages")),
            _coded_table("material_use_by_kind", "Lượt dùng tài liệu theo loại", "Loại tài liệu",
                         "material_kinds", dict(by_kind), "uses", "Lượt dùng",
                         order=_order("material_kinds")),
            {"id": "material_use_by_channel", "title": "Lượt dùng: người dân tự xem và cán bộ mở giúp",
             "columns": [_column("code", "Mã"), _column("name", "Cách dùng"),
                         _column("uses", "Lượt dùng", True), _column("seconds", "Số giây", True)],
             "rows": channel_rows,
             "totals": {"name": TOTAL_VI, "uses": total, "seconds": total_seconds}, "note": None},
        ]
        return {"uses": total, "seconds": total_seconds}, tables

    def _materials_info(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        info: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for mid, title, kind, created in self.store.conn.execute(
                    f"SELECT id, title, kind, created_at FROM material WHERE id IN ({marks})", chunk):
                info[mid] = {"title": title, "kind": kind, "added": (created or "")[:10] or None}
        return info

    # -- materials added (tài liệu mới) ----------------------------------------------------
    def materials_added(self) -> tuple[int, list[dict[str, Any]]]:
        where = "m.deleted = 0 AND substr(m.created_at, 1, 10) BETWEEN ? AND ?"
        params = (self.day_lo, self.day_hi)
        by_kind = {k: n for k, n in self.store.conn.execute(
            f"SELECT kind, count(*) FROM material m WHERE {where} GROUP BY kind", params)}
        by_lang = {k: n for k, n in self.store.conn.execute(
            "SELECT f.lang, count(DISTINCT f.material_id) FROM material m JOIN material_file f "
            f"ON f.material_id = m.id AND f.deleted = 0 WHERE {where} GROUP BY f.lang", params)}
        total = sum(by_kind.values())
        return total, [
            _coded_table("materials_added_by_kind", "Tài liệu mới theo loại", "Loại tài liệu",
                         "material_kinds", by_kind, "materials", "Số tài liệu",
                         order=_order("material_kinds")),
            _coded_table("materials_added_by_language", "Tài liệu mới theo ngôn ngữ", "Ngôn ngữ",
                         "languages", by_lang, "materials", "Số tài liệu", total=total,
                         order=_order("languages"),
                         note="Một tài liệu có nhiều bản ngôn ngữ được đếm ở mỗi ngôn ngữ."),
        ]

    # -- trainings (lớp bồi dưỡng, tập huấn) -------------------------------------------------
    def trainings(self) -> tuple[dict[str, int], list[dict[str, Any]]]:
        trainings = self.ws.trainings.list(self.period)
        kind_of = {t.id: t.kind for t in trainings}
        count = Counter(t.kind for t in trainings)
        attendances: Counter = Counter()
        people: dict[str, set[str]] = defaultdict(set)
        everyone: set[str] = set()
        ids = list(kind_of)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for tid, pid, n in self.store.conn.execute(
                    "SELECT training_id, participant_id, count(*) FROM attendance "
                    f"WHERE training_id IN ({marks}) AND deleted = 0 AND day >= ? AND day <= ? "
                    "GROUP BY 1, 2", [*chunk, self.day_lo, self.day_hi]):
                attendances[kind_of[tid]] += n
                people[kind_of[tid]].add(pid)
                everyone.add(pid)
        kinds = [k for k in _order("training_kinds") if count[k]]
        kinds += sorted(k for k in count if k not in kinds)
        rows = [{"code": k, "name": _name("training_kinds", k), "trainings": count[k],
                 "attendances": attendances[k], "participants": len(people[k])} for k in kinds]
        totals = {"trainings": len(trainings), "attendances": sum(attendances.values()),
                  "participants": len(everyone)}
        by_group: Counter = Counter()
        by_sex: Counter = Counter()
        by_eth: Counter = Counter()
        found: set[str] = set()
        people_ids = sorted(everyone)
        for start in range(0, len(people_ids), 500):
            chunk = people_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for pid, group, sex, eth in self.store.conn.execute(
                    f"SELECT id, group_code, sex, ethnicity FROM participant WHERE id IN ({marks}) "
                    "AND deleted = 0", chunk):
                found.add(pid)
                by_group[group] += 1
                by_sex[sex] += 1
                by_eth[eth] += 1
        erased = len(everyone) - len(found)
        note_erased = (f"{erased} người đã được xóa khỏi danh sách học viên theo yêu cầu; "
                       "họ vẫn được tính trong tổng." if erased else None)
        for counter in (by_group, by_sex, by_eth):
            if erased:
                counter["(erased)"] += erased
        tables = [
            {"id": "trainings_by_kind", "title": "Lớp bồi dưỡng, tập huấn theo loại",
             "columns": [_column("code", "Mã"), _column("name", "Loại hình"),
                         _column("trainings", "Số lớp", True),
                         _column("attendances", "Lượt điểm danh", True),
                         _column("participants", "Số học viên", True)],
             "rows": rows, "totals": {"name": TOTAL_VI, **totals}, "note": NOTE_TRAININGS},
            _coded_table("participants_by_group", "Học viên theo đối tượng", "Đối tượng",
                         "participant_groups", dict(by_group), "participants", "Số học viên",
                         order=_order("participant_groups"), note=note_erased),
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

    # -- opinions (ý kiến) -------------------------------------------------------------------
    def opinions(self) -> tuple[int, list[dict[str, Any]]]:
        # The same effective status as Feedback.list (answered / sent once acknowledged / new).
        effective = EFFECTIVE_STATUS.replace(
            "a.text IS NOT NULL", "EXISTS (SELECT 1 FROM feedback_answer a WHERE a.feedback_id = f.id "
            "AND a.deleted = 0)")
        cells: dict[str | None, Counter] = defaultdict(Counter)
        for topic, status, n in self.store.conn.execute(
                f"SELECT f.topic, {effective}, count(*) FROM feedback f WHERE f.deleted = 0 "
                "AND substr(f.created_at, 1, 10) BETWEEN ? AND ? GROUP BY 1, 2",
                (self.day_lo, self.day_hi)):
            cells[topic][status] += n
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
                        *[_column(s, STATUS_NAMES[s][0], True) for s in STATUSES],
                        _column("total", "Cộng", True)],
            "rows": rows, "totals": totals, "note": None,
        }]

    # -- plan targets (chỉ tiêu kế hoạch) ----------------------------------------------------
    def targets(self) -> list[dict[str, Any]]:
        year = self.period.end.year
        rows = []
        for p in self.ws.targets.progress(year):
            if p.target is None and not p.actual:
                continue
            rows.append({"code": p.indicator, "name": p.name_vi, "unit": p.unit,
                         "target": p.target, "actual": p.actual,
                         "percent": round(p.ratio * 100, 1) if p.ratio is not None else None})
        return [{
            "id": "targets", "title": f"Chỉ tiêu kế hoạch năm {year} và kết quả thực hiện",
            "columns": [_column("code", "Mã"), _column("name", "Chỉ tiêu"),
                        _column("unit", "Đơn vị"), _column("target", "Kế hoạch", True),
                        _column("actual", "Thực hiện", True),
                        _column("percent", "Tỷ lệ (%)", True, kind="percent")],
            "rows": rows, "totals": None, "note": NOTE_TARGETS.format(year=year), "year": year,
        }]


def period_report(ws: Workspace, period: Period, now: datetime | None = None) -> dict[str, Any]:
    """Every table of the period report for the open point, as a plain JSON-ready dict."""
    data = ReportData(ws, period)
    visit_total, visit_tables = data.visits()
    use_totals, use_tables = data.material_use()
    added_total, added_tables = data.materials_added()
    training_totals, training_tables = data.trainings()
    opinion_total, opinion_tables = data.opinions()
    target_tables = data.targets()
    point = ws.point
    summary_rows = [
        {"code": "visits", "name": "Lượt người dân được phục vụ", "value": visit_total},
        {"code": "material-uses", "name": "Lượt sử dụng tài liệu", "value": use_totals["uses"]},
        {"code": "material-seconds", "name": "Tổng thời gian dùng tài liệu (giây)",
         "value": use_totals["seconds"]},
        {"code": "materials-added", "name": "Tài liệu mới", "value": added_total},
        {"code": "trainings", "name": "Lớp bồi dưỡng, tập huấn", "value": training_totals["trainings"]},
        {"code": "attendances", "name": "Lượt học viên điểm danh",
         "value": training_totals["attendances"]},
        {"code": "participants", "name": "Học viên (không trùng)",
         "value": training_totals["participants"]},
        {"code": "opinions", "name": "Ý kiến của người dân", "value": opinion_total},
    ]
    empty = not any(r["value"] for r in summary_rows)
    summary = {"id": "summary", "title": "Tổng hợp", "columns": [
        _column("code", "Mã"), _column("name", "Nội dung"), _column("value", "Số lượng", True)],
        "rows": summary_rows, "totals": None,
        "note": "Không có số liệu hoạt động nào trong kỳ này." if empty else None}
    return {
        "report": "period",
        "point": {"code": point.code, "name": point.name, "province": point.province_code,
                  "commune": point.commune_code},
        "period": {"label": period.label, "start": period.start.isoformat(),
                   "end": period.end.isoformat(), "days": period.days},
        "generated_at": (now or datetime.now()).isoformat(timespec="seconds"),
        "empty": empty,
        "tables": [summary, *visit_tables, *use_tables, *added_tables, *training_tables,
                   *opinion_tables, *target_tables],
    }


def table(report: dict[str, Any], table_id: str) -> dict[str, Any]:
    """One table of a report by its id."""
    for item in report["tables"]:
        if item["id"] == table_id:
            return item
    raise KeyError(table_id)


def to_json(report: dict[str, Any]) -> str:
    """The report as UTF-8 JSON text (names in Vietnamese, not escaped)."""
    return json.dumps(report, ensure_ascii=False, indent=2)
