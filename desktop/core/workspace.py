"""The Workspace: one object that owns an open point's data and hands out managers."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import reference
from .accounts import Accounts
from .errors import StoreError, ValidationError
from .media import MediaStore
from .paths import Paths
from .store import Store, utc_now_iso
from .textfold import nfc

if TYPE_CHECKING:
    from .feedback import Feedback
    from .materials import Materials
    from .participants import Participants
    from .search import Search
    from .targets import Targets
    from .trainings import Trainings
    from .visits import Visits

log = logging.getLogger("point.workspace")
POINT_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")
PROVINCE_ORIGIN = "province"


@dataclass(frozen=True)
class PointInfo:
    code: str
    name: str
    province_code: str | None
    commune_code: str | None
    is_demo: bool


class Workspace:
    """An open point: store, media, accounts, and the domain managers (Anki's Collection)."""

    def __init__(self, paths: Paths, store: Store) -> None:
        self.paths = paths
        self.store = store
        self.media = MediaStore(paths)
        self.accounts = Accounts(store)

    # -- lifecycle ---------------------------------------------------------------------
    @classmethod
    def open(cls, paths: Paths) -> Workspace:
        """Open an existing point's data folder."""
        if not paths.exists():
            raise StoreError("no-database", path=str(paths.root))
        paths.ensure()
        return cls(paths, Store.open(paths.database))

    @classmethod
    def create(
        cls,
        paths: Paths,
        code: str,
        name: str,
        province_code: str | None = None,
        commune_code: str | None = None,
        demo: bool = False,
    ) -> Workspace:
        """Create a new point's data folder with its identity and the reference lists."""
        code = (code or "").strip().upper()
        name = nfc((name or "").strip())
        if not POINT_CODE_RE.match(code):
            raise ValidationError("point-code-invalid", field="code", code=code)
        if not name:
            raise ValidationError("point-name-missing", field="name")
        if province_code and province_code not in {u["province_code"] for u in reference.admin_units()}:
            raise ValidationError("province-unknown", field="province", code=province_code)
        if commune_code and commune_code not in {u["commune_code"] for u in reference.admin_units()}:
            raise ValidationError("commune-unknown", field="commune", code=commune_code)
        if paths.exists():
            raise StoreError("already-exists", path=str(paths.root))
        paths.ensure()
        store = Store.open(paths.database, create=True)
        store.set_origin(code)
        with store.atomic():
            store.insert("point", {
                "id": code, "code": code, "name": name, "province_code": province_code,
                "commune_code": commune_code, "created_at": utc_now_iso(),
            })
            store.set_meta("demo", "1" if demo else "0")
            store.set_meta("created_at", utc_now_iso())
        ws = cls(paths, store)
        log.info("created point %s in %s", code, paths.root)
        return ws

    # -- the operator's daily work (lazily made: each imports its module on first use) --
    @cached_property
    def visits(self) -> Visits:
        from .visits import Visits

        return Visits(self.store)

    @cached_property
    def participants(self) -> Participants:
        from .participants import Participants

        return Participants(self.store)

    @cached_property
    def trainings(self) -> Trainings:
        from .trainings import Trainings

        return Trainings(self.store, self.media)

    @cached_property
    def feedback(self) -> Feedback:
        from .feedback import Feedback

        return Feedback(self.store)

    @cached_property
    def targets(self) -> Targets:
        from .targets import Targets

        return Targets(self.store)

    # -- the library (tài liệu) --------------------------------------------------------
    @cached_property
    def materials(self) -> Materials:
        from .materials import Materials

        return Materials(self.store, self.media)

    @cached_property
    def search(self) -> Search:
        from .search import Search

        return Search(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity ----------------------------------------------------------------------
    @property
    def point(self) -> PointInfo:
        code = self.store.origin
        row = self.store.get("point", code) or {}
        return PointInfo(
            code=code,
            name=row.get("name") or code,
            province_code=row.get("province_code"),
            commune_code=row.get("commune_code"),
            is_demo=self.store.get_meta("demo") == "1",
        )

    # -- status ------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Live (not deleted) rows per record type."""
        tables = ["material", "material_file", "participant", "training", "attendance",
                  "visit", "material_use", "feedback", "feedback_answer", "plan_target"]
        return {t: self.store.count(t) for t in tables}

    def home_figures(self, today: date | None = None) -> dict[str, Any]:
        """The figures the home page shows."""
        return home_figures(self.store, today)

    def status(self) -> dict[str, Any]:
        """What `status --json` prints: counts, last sync, what the province acknowledged."""
        p = self.point
        return {
            "point": {"code": p.code, "name": p.name, "province": p.province_code,
                      "commune": p.commune_code, "demo": p.is_demo},
            "data_dir": str(self.paths.root),
            "counts": self.counts(),
            "local_seq": self.store.max_seq(),
            "acknowledged_seq": int(self.store.get_meta("acked_seq") or 0),
            "last_sync": self.store.get_meta("last_sync_at"),
            "enrolled": bool(self.store.get_meta("hub_url")),
            "schema_version": self.store.scalar("PRAGMA user_version"),
        }


def home_figures(store: Store, today: date | None = None) -> dict[str, Any]:
    """The home page's figures, read from any open store (the UI reads them off its thread)."""
    today = today or date.today()
    month_start = today.replace(day=1).isoformat()
    s = store
    return {
        "materials": s.count("material"),
        "visits_today": s.count("visit", "deleted = 0 AND day = ?", [today.isoformat()]),
        "visits_month": s.count(
            "visit", "deleted = 0 AND day >= ? AND day <= ?", [month_start, today.isoformat()]
        ),
        "trainings_year": s.count(
            "training", "deleted = 0 AND start_date >= ?", [f"{today.year}-01-01"]
        ),
        "participants": s.count("participant"),
        "feedback_open": s.count("feedback", "deleted = 0 AND status != 'answered'"),
        "last_sync": s.get_meta("last_sync_at"),
    }


def parse_iso_date(text: str, field: str) -> date:
    """A YYYY-MM-DD date or a ValidationError naming the field."""
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except (TypeError, ValueError) as exc:
        raise ValidationError("date-invalid", field=field, value=text) from exc
