"""The built-in demo data set: the real seed documents plus generated, realistic activity."""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import reference
from .materials import MaterialFileIn, Materials
from .media import sha256_file
from .paths import Paths
from .trainings import attendance_id
from .workspace import Workspace

log = logging.getLogger("point.demo")

DEMO_CODE = "DEMO-MUONGPHANG"
DEMO_NAME = "Điểm hỗ trợ CNTT xã Mường Phăng (dữ liệu mẫu)"
DEMO_PROVINCE, DEMO_COMMUNE = "11", "03325"  # Tỉnh Điện Biên, Xã Mường Phăng
DEMO_USERS = (("admin", "admin123", "admin"), ("vanhanh", "vanhanh123", "operator"))
VILLAGES = ["Bản Khá", "Bản Co Mận", "Bản Phăng", "Bản Tân Bình", "Bản Kéo",
            "Bản Nghịu", "Bản Yên", "Bản Pá Khoang"]
# Weighted like a Thái/H'Mông commune of Điện Biên: Thái, H'Mông, Kinh, Khơ Mú, Dao, Lào.
ETHNICITIES = [("03", 50), ("08", 22), ("01", 14), ("23", 6), ("09", 4), ("38", 4)]
PURPOSES = [("info", 30), ("public-service", 22), ("agriculture", 12), ("learning", 10),
            ("health", 9), ("e-commerce", 7), ("legal", 6), ("other", 4)]
AGE_BANDS = [("16-30", 30), ("31-45", 32), ("46-60", 22), ("over-60", 9), ("under-16", 7)]
GIVEN = ["Lò Văn", "Quàng Thị", "Lường Văn", "Cà Thị", "Vàng A", "Giàng Thị", "Sùng A",
         "Nguyễn Văn", "Tòng Thị", "Lò Thị", "Mùa A", "Vừ Thị", "Điêu Văn", "Bạc Thị"]
NAMES = ["Pánh", "Xuân", "Dũng", "Phương", "Dình", "Mai", "Chứ", "Hùng", "Ênh", "Hoa",
         "Sểnh", "Lả", "Tiến", "Dua", "Chinh", "Nhung", "Ninh", "Thoan"]
TITLE_PARTS = [
    ("Hướng dẫn", ["sử dụng dịch vụ công trực tuyến", "đăng ký tài khoản định danh điện tử",
                   "thanh toán không dùng tiền mặt", "bán nông sản trên sàn thương mại điện tử",
                   "phòng chống lừa đảo qua mạng", "chăm sóc sức khỏe bà mẹ và trẻ em",
                   "kỹ thuật trồng cà phê", "nuôi gà thả đồi", "tham gia bảo hiểm xã hội tự nguyện"]),
    ("Bản tin", ["nông nghiệp tháng", "pháp luật cho đồng bào dân tộc thiểu số",
                 "y tế cộng đồng", "chuyển đổi số ở bản", "phòng chống thiên tai mùa mưa lũ"]),
    ("Tờ rơi", ["tuyên truyền về bầu cử", "phòng chống ma túy", "an toàn giao thông",
                "giữ gìn bản sắc văn hóa dân tộc", "người có uy tín với chuyển đổi số"]),
    ("Sổ tay", ["kỹ năng số cho người dân", "cán bộ thôn, bản", "tiếp cận vốn vay ưu đãi"]),
]
KIND_BY_PREFIX = {"Hướng dẫn": "handbook", "Bản tin": "bulletin", "Tờ rơi": "leaflet",
                  "Sổ tay": "handbook"}
TOPIC_BY_WORD = [("công", "public-services"), ("thương mại", "e-commerce"),
                 ("lừa đảo", "digital-skills"), ("sức khỏe", "health"), ("y tế", "health"),
                 ("trồng", "agriculture"), ("nuôi", "agriculture"), ("nông", "agriculture"),
                 ("pháp luật", "legal"), ("bảo hiểm", "social-insurance"),
                 ("số", "digital-skills"), ("thiên tai", "disaster-prevention")]
LANGS = [("vie", 70), ("tdd", 0), ("hnj", 15), ("blt", 15)]


@dataclass
class DemoSizes:
    materials: int = 40
    visits: int = 1500
    trainings: int = 12
    participants: int = 150
    seed: int = 2026


def _existing_ids(ws: Workspace, table: str) -> set[str]:
    """Ids already in a table, so running demo again skips rows it made before."""
    return {r[0] for r in ws.store.query(f"SELECT id FROM {table}")}


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    codes, weights = zip(*pairs, strict=True)
    return rng.choices(codes, weights=weights)[0]


def open_or_create(paths: Paths) -> Workspace:
    """Open the demo folder, or create it (keeps an existing point's identity)."""
    if paths.exists():
        return Workspace.open(paths)
    ws = Workspace.create(paths, DEMO_CODE, DEMO_NAME, DEMO_PROVINCE, DEMO_COMMUNE, demo=True)
    for username, password, role in DEMO_USERS:
        ws.accounts.add(username, password, role)
    return ws


def import_seed_documents(ws: Workspace) -> list[str]:
    """Import the real provincial plan documents shipped in resources/demo (once each)."""
    materials = Materials(ws.store, ws.media)
    folder = reference.RESOURCES_DIR / "demo"
    ids = []
    with open(folder / "titles.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            path = folder / row["file"]
            existing = materials.find_by_hash(sha256_file(path))
            if existing:
                ids.append(existing)
                continue
            topics = [t for t in (row.get("topics") or "").split(";") if t]
            ids.append(materials.add(
                [MaterialFileIn(path, "vie")], title=row["title"], kind=row["kind"],
                topics=topics, issuer=row.get("issuer") or None,
                issue_date=row.get("issue_date") or None, origin="province",
            ).id)
    return ids


def generate(
    ws: Workspace, sizes: DemoSizes, today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Add generated activity to the workspace; returns how many rows of each kind."""
    today = today or date.today()
    rng = random.Random(sizes.seed)
    say = progress or (lambda _msg: None)
    made: dict[str, int] = {}
    say("materials")
    made["material"] = _materials(ws, rng, sizes.materials)
    say("participants")
    participant_ids, made["participant"] = _participants(ws, rng, sizes.participants, today)
    say("trainings")
    made["training"], made["attendance"] = _trainings(ws, rng, sizes.trainings,
                                                      participant_ids, today)
    say("visits")
    made["visit"] = ws.store.insert_many("visit", _visits(rng, sizes.visits, today))
    say("material use")
    material_ids = [r[0] for r in ws.store.query("SELECT id FROM material WHERE deleted = 0")]
    made["material_use"] = ws.store.insert_many(
        "material_use", _uses(rng, material_ids, max(sizes.visits // 2, 10), today))
    say("opinions")
    made["feedback"] = _feedback(ws, rng, today)
    made["plan_target"] = _targets(ws, today.year)
    ws.store.set_meta("demo_generated_at", datetime.now().isoformat(timespec="seconds"))
    return made


def _materials(ws: Workspace, rng: random.Random, count: int) -> int:
    """Generated materials share a few small text files (content-addressed, stored once)."""
    kinds = reference.codes("material_kinds")
    topics = reference.codes("topics")
    bodies: dict[str, str] = {}
    folder = ws.paths.media_tmp
    folder.mkdir(parents=True, exist_ok=True)
    for prefix, subjects in TITLE_PARTS:
        for subject in subjects:
            text = f"{prefix} {subject}.\n\nTài liệu mẫu do tỉnh biên soạn cho đồng bào dân tộc " \
                   f"thiểu số: {subject}. Liên hệ điểm hỗ trợ CNTT của xã để được hướng dẫn.\n"
            sha, size = ws.media.put_bytes(text.encode("utf-8"))
            bodies[f"{prefix} {subject}"] = f"{sha}:{size}"
    keys = sorted(bodies)
    now = datetime.now().strftime("%Y-%m-%dT%H:%M:%SZ")

    def rows() -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        for n in range(count):
            base = keys[n % len(keys)]
            prefix = base.split(" ")[0] if not base.startswith("Hướng dẫn") else "Hướng dẫn"
            prefix = next(p for p, _ in TITLE_PARTS if base.startswith(p))
            kind = KIND_BY_PREFIX.get(prefix, "other")
            kind = kind if kind in kinds else "other"
            found = [t for w, t in TOPIC_BY_WORD if w in base and t in topics]
            title = base if n < len(keys) else f"{base} (số {n // len(keys) + 1})"
            material_id = hashlib.sha1(f"demo-material-{n}-{title}".encode()).hexdigest()
            sha, size = bodies[base].split(":")
            lang = _weighted(rng, [(c, w) for c, w in LANGS if w])
            material = {"id": material_id, "title": title, "kind": kind,
                        "topics": json.dumps(found[:2]), "audiences": "[]",
                        "issuer": "Sở Khoa học và Công nghệ", "created_at": now}
            file = {"id": material_id + "-f", "material_id": material_id, "lang": lang,
                    "role": "main", "media_hash": sha, "filename": f"{material_id[:8]}.txt",
                    "mime": "text/plain", "size": int(size), "created_at": now}
            yield material, file

    existing = _existing_ids(ws, "material")
    pairs = [(m, f) for m, f in rows() if m["id"] not in existing]
    with ws.store.atomic():
        ws.store.insert_many("material", (m for m, _ in pairs))
        ws.store.insert_many("material_file", (f for _, f in pairs))
    return len(pairs)


def _participants(ws: Workspace, rng: random.Random, count: int, today: date) -> tuple[list[str], int]:
    groups = [("villager", 45), ("village-head", 10), ("respected-person", 10),
              ("village-elder", 5), ("commune-cadre", 15), ("teacher", 5), ("student", 5),
              ("enterprise", 5)]
    rows = []
    for n in range(count):
        given = rng.choice(GIVEN)
        sex = "female" if "Thị" in given else "male"
        rows.append({
            "id": f"demo-participant-{n:06d}",
            "full_name": f"{given} {rng.choice(NAMES)}", "sex": sex,
            "birth_year": rng.randint(today.year - 70, today.year - 16),
            "ethnicity": _weighted(rng, ETHNICITIES), "village": rng.choice(VILLAGES),
            "group_code": _weighted(rng, groups),
            "consent_at": (today - timedelta(days=rng.randint(1, 300))).isoformat(),
            "created_at": today.isoformat(),
        })
    existing = _existing_ids(ws, "participant")
    added = ws.store.insert_many("participant", [r for r in rows if r["id"] not in existing])
    return [r["id"] for r in rows], added


def _trainings(ws: Workspace, rng: random.Random, count: int, participants: list[str],
               today: date) -> tuple[int, int]:
    titles = [("training", "Bồi dưỡng kỹ năng số cho người có uy tín"),
              ("workshop", "Tập huấn sử dụng dịch vụ công trực tuyến"),
              ("conference", "Hội nghị tuyên truyền chuyển đổi số ở thôn, bản"),
              ("dialogue", "Tọa đàm: thương mại điện tử cho hợp tác xã"),
              ("contest", "Cuộc thi tìm hiểu pháp luật bằng tiếng dân tộc")]
    trainings, attendance = [], []
    for n in range(count):
        kind, title = titles[n % len(titles)]
        start = today - timedelta(days=rng.randint(0, 330))
        days = rng.choice([1, 1, 2, 3])
        training_id = f"demo-training-{n:05d}"
        trainings.append({
            "id": training_id, "kind": kind, "title": f"{title} ({start.year}, đợt {n + 1})",
            "start_date": start.isoformat(),
            "end_date": (start + timedelta(days=days - 1)).isoformat(),
            "place": "Nhà văn hóa xã Mường Phăng", "trainers": "Sở Khoa học và Công nghệ",
            "funding": rng.choice(["central", "local"]), "cost": rng.randint(5, 40) * 1_000_000,
            "topics": "[]", "target_groups": "[]", "created_at": start.isoformat(),
        })
        if not participants:
            continue
        for pid in rng.sample(participants, min(len(participants), rng.randint(15, 40))):
            for d in range(days):
                day = (start + timedelta(days=d)).isoformat()
                attendance.append({
                    "id": attendance_id(training_id, pid, day), "training_id": training_id,
                    "participant_id": pid, "day": day, "checked_in_at": f"{day}T08:00:00",
                })
    # Deterministic ids: a second run of the same demo adds no duplicate trainings or
    # check-ins (as two copies of one check-in merge in sync).
    known_trainings, known_attendance = _existing_ids(ws, "training"), _existing_ids(ws, "attendance")
    trainings = [t for t in trainings if t["id"] not in known_trainings]
    attendance = [a for a in attendance if a["id"] not in known_attendance]
    with ws.store.atomic():
        ws.store.insert_many("training", trainings)
        ws.store.insert_many("attendance", attendance)
    return len(trainings), len(attendance)


def _visits(rng: random.Random, count: int, today: date) -> Iterator[dict[str, Any]]:
    start = today - timedelta(days=365)
    latest_hour = max(7, min(datetime.now().hour, 16))
    for n in range(count):
        # Spread over the last year, fewer on Sundays; the last few fall on today, before now.
        day = start + timedelta(days=int(365 * (n / max(count - 1, 1))))
        if day != today and day.weekday() == 6 and rng.random() < 0.7:
            day -= timedelta(days=1)
        hour = rng.randint(7, latest_hour if day == today else 16)
        when = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))
        purposes = [_weighted(rng, PURPOSES)]
        if rng.random() < 0.15:
            second = _weighted(rng, PURPOSES)
            if second not in purposes:
                purposes.append(second)
        yield {
            "visited_at": when.isoformat(timespec="minutes"), "day": day.isoformat(),
            "purposes": ",".join(purposes),
            "sex": "female" if rng.random() < 0.48 else "male",
            "age_band": _weighted(rng, AGE_BANDS), "ethnicity": _weighted(rng, ETHNICITIES),
            "village": rng.choice(VILLAGES), "assisted": 1 if rng.random() < 0.8 else 0,
            "duration_min": rng.choice([5, 10, 15, 20, 30, 45]),
        }


def _uses(rng: random.Random, materials: list[str], count: int, today: date) -> Iterator[dict]:
    if not materials:
        return
    for _ in range(count):
        day = today - timedelta(days=rng.randint(0, 364))
        yield {"material_id": rng.choice(materials), "lang": "vie",
               "channel": "kiosk" if rng.random() < 0.6 else "operator",
               "seconds": rng.randint(10, 600), "used_at": f"{day.isoformat()}T10:00:00",
               "day": day.isoformat()}


def _feedback(ws: Workspace, rng: random.Random, today: date) -> int:
    texts = [("agriculture", "Bà con mong được hướng dẫn thêm về kỹ thuật trồng cà phê."),
             ("public-services", "Đề nghị hướng dẫn làm thủ tục cấp giấy khai sinh trực tuyến."),
             ("health", "Trạm y tế cần thêm tài liệu tiếng Thái về tiêm chủng cho trẻ."),
             ("digital-skills", "Người dân bị gọi điện lừa đảo, mong có buổi tuyên truyền."),
             ("e-commerce", "Hợp tác xã muốn bán mật ong trên mạng nhưng chưa biết cách.")]
    topics = reference.codes("topics")
    rows = []
    for n in range(20):
        topic, text = texts[n % len(texts)]
        created = today - timedelta(days=rng.randint(0, 200))
        rows.append({"text": text, "topic": topic if topic in topics else None,
                     "village": rng.choice(VILLAGES), "channel": rng.choice(["operator", "kiosk"]),
                     "status": rng.choice(["new", "sent"]), "created_at": created.isoformat()})
    return ws.store.insert_many("feedback", rows)


def _targets(ws: Workspace, year: int) -> int:
    wanted = {"visits-served": 2000, "trainings-held": 12, "participants-trained": 300,
              "respected-persons-trained": 40, "materials-minority-language": 10}
    known = reference.codes("plan_indicators")
    rows = [{"id": f"{ws.store.origin}:{year}:{k}", "year": year, "indicator": k, "target": v}
            for k, v in wanted.items() if k in known]
    existing = {r[0] for r in ws.store.query("SELECT id FROM plan_target")}
    return ws.store.insert_many("plan_target", [r for r in rows if r["id"] not in existing])
