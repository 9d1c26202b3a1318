from datetime import date

from desktop.ui.home import HomePage
from desktop.ui.targets_view import STEPS, TargetsView


def test_no_targets_says_so(ui, qtbot, workspace):
    view = TargetsView(workspace.targets)
    qtbot.addWidget(view)
    view.refresh()
    assert view.bars == {}
    assert "Chưa có chỉ tiêu" in view.empty.text()


def test_progress_bars_show_actual_against_target(ui, qtbot, workspace):
    year = date.today().year
    workspace.targets.set(year, "visits-served", 4)
    workspace.targets.set(year, "trainings-held", 1)
    for purposes in (["info"], ["health"], ["legal"]):
        workspace.visits.add(purposes)
    workspace.trainings.add("Hội nghị", "conference", date.today())
    view = TargetsView(workspace.targets)
    qtbot.addWidget(view)
    view.refresh()
    assert set(view.bars) == {"visits-served", "trainings-held"}
    assert view.bar_text("visits-served") == "3 / 4 lượt (75%)"
    assert view.bars["visits-served"].value() == int(0.75 * STEPS)
    assert view.bars["trainings-held"].value() == STEPS
    assert view.title.text() == f"Chỉ tiêu kế hoạch năm {year}"


def test_home_page_shows_targets_after_first_paint(ui, qtbot, workspace):
    workspace.targets.set(date.today().year, "visits-served", 10)
    page = HomePage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "visits-served" in page.targets.bars)
    assert page.targets.bar_text("visits-served").startswith("0 / 10")
