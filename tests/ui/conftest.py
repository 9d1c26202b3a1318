"""Qt fixtures for the UI tests: offscreen, fonts loaded, Vietnamese catalogue compiled."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.core.accounts import User  # noqa: E402
from desktop.core.paths import Paths  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.ui import appearance, i18n  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "translations"
# Xã Tả Lèng, Tỉnh Lai Châu (admin_units_2026.csv)
PROVINCE, COMMUNE = "12", "03405"
ADMIN_PASSWORD = "mat-khau-1"


def lrelease() -> str:
    return str(Path(sys.executable).parent / "pyside6-lrelease")


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled afresh, so tests never see a stale or missing .qm."""
    out = tmp_path_factory.mktemp("qm")
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
                       check=True)
    return out


@pytest.fixture
def ui(qapp, qm_dir):  # noqa: ANN001
    """The test QApplication with our fonts and the Vietnamese UI."""
    flush_deleted_widgets(qapp)
    appearance.apply(qapp)
    i18n.set_translations_dir(qm_dir)
    assert i18n.install(qapp, "vi")
    yield qapp
    # Widgets of the test are closed by now; delete them before they hear the language
    # change below (their workspace is already closed).
    flush_deleted_widgets(qapp)
    i18n.install(qapp, "vi")
    i18n.set_translations_dir(None)


def flush_deleted_widgets(app) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_workspace(root: Path, demo: bool = False) -> Workspace:
    ws = Workspace.create(Paths(root), "XA-03405", "Điểm hỗ trợ CNTT xã Tả Lèng",
                          province_code=PROVINCE, commune_code=COMMUNE, demo=demo)
    ws.accounts.add("admin", ADMIN_PASSWORD, "admin")
    return ws


@pytest.fixture
def workspace(tmp_path: Path):
    ws = make_workspace(tmp_path / "data")
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(tmp_path: Path):
    ws = make_workspace(tmp_path / "demo", demo=True)
    yield ws
    ws.close()


@pytest.fixture
def operator() -> User:
    return User("van.a", "operator", "Lò Văn A")


@pytest.fixture
def log_handlers_closed(tmp_path: Path):
    """Close file handlers that run() attaches under tmp_path (no leaked open files)."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(tmp_path)):
            root.removeHandler(handler)
            handler.close()


def insert_visit(ws: Workspace, day: date, hour: int = 9) -> str:
    return ws.store.insert("visit", {
        "visited_at": f"{day.isoformat()}T{hour:02d}:00:00+07:00",
        "day": day.isoformat(),
        "purposes": '["information"]',
    })


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type text key by key, Vietnamese letters included (QTest.keyClicks is ASCII-only)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
