"""A new point is made whole in a staging folder, then moved into the data folder."""

import pytest

from desktop.core import new_point, settings
from desktop.core.errors import StoreError, ValidationError
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace

PLAN = new_point.NewPoint(code="XA-03405", name="Điểm hỗ trợ CNTT Xã Tả Lèng", province_code="12",
                          commune_code="03405", username="quantri", password="mat-khau-1",
                          full_name="Lò Thị Mai", ui_language="en")


def test_prepare_then_install_keeps_the_logs_already_there(tmp_path):
    target = Paths(tmp_path / "data")
    target.logs.mkdir(parents=True)
    target.log_file.write_text("started\n", encoding="utf-8")  # the app logs before the wizard
    staged = new_point.prepare(target, PLAN)
    assert staged.exists() and not target.exists()
    new_point.install(staged, target)
    assert not staged.root.exists()
    assert target.log_file.read_text(encoding="utf-8") == "started\n"
    assert settings.ui_language(target) == "en"
    with Workspace.open(target) as ws:
        assert ws.point.code == "XA-03405" and ws.point.commune_code == "03405"
        assert ws.accounts.login("quantri", "mat-khau-1").role == "admin"


def test_bad_input_leaves_no_staging_folder_and_no_point(tmp_path):
    target = Paths(tmp_path / "data")
    bad = new_point.NewPoint(**{**PLAN.__dict__, "username": "có dấu"})
    with pytest.raises(ValidationError):
        new_point.prepare(target, bad)
    assert not new_point.staging(target).root.exists() and not target.root.exists()


def test_an_existing_point_is_never_replaced(tmp_path):
    target = Paths(tmp_path / "data")
    Workspace.create(target, "XA-OLD", "Điểm cũ").close()
    with pytest.raises(StoreError) as err:
        new_point.prepare(target, PLAN)
    assert err.value.code == "already-exists"
    with Workspace.open(target) as ws:
        assert ws.point.code == "XA-OLD"


def test_settings_file_survives_damage(tmp_path):
    paths = Paths(tmp_path / "data")
    assert settings.ui_language(paths) is None
    settings.set_ui_language(paths, "en")
    assert settings.ui_language(paths) == "en"
    paths.settings_file.write_text("{not json", encoding="utf-8")
    assert settings.ui_language(paths) is None  # defaults, no crash
    settings.set_ui_language(paths, "vi")
    assert settings.ui_language(paths) == "vi"
