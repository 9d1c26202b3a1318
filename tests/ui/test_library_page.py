"""The library page: search as you type, filters, lazy list, edit, withdraw, delete, import."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop.ui.import_report import report_lines, summary
from desktop.ui.library_model import MAX_PAGES, PAGE
from desktop.ui.library_page import LibraryPage

from .conftest import type_text
from .library_data import BREVE_TITLE, KHMER_TITLE, TAI_TITLE, fill
from .media_files import make_pdf, make_wav


@pytest.fixture
def library(workspace, tmp_path):
    return fill(workspace, tmp_path / "files")


def make_page(qtbot, workspace):
    page = LibraryPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(ui, qtbot, workspace, library):
    page = make_page(qtbot, workspace)
    yield page
    page.covers.shutdown()


def titles(page):
    return [page.model.row(n)["title"] for n in range(page.model.total)]


def test_lists_everything_newest_first_with_covers(qtbot, page, library):
    assert page.model.total == len(library.seeds) + 4
    assert page.count_label.text() == f"{page.model.total} tài liệu"
    assert set(titles(page)) >= {BREVE_TITLE, KHMER_TITLE, TAI_TITLE}
    # PDF and picture covers are rendered in the background, then cached on disk.
    qtbot.waitUntil(lambda: page.covers.pending() == 0, timeout=10000)
    page.view.viewport().repaint()
    qtbot.waitUntil(lambda: page.covers.pending() == 0, timeout=10000)
    assert list(page.workspace.paths.covers.glob("*.png"))


def test_search_as_you_type_finds_seed_documents_by_a_body_word_without_accents(qtbot, page, library):
    page.search_box.setFocus()
    # "nâng cao nhận thức" is in the body of the plans, not in their titles.
    type_text(page.search_box, "nang cao nhan thuc")
    assert page.model.total == len(library.seeds) + 4  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: 0 < page.model.total < len(library.seeds) + 4, timeout=3000)
    found = {page.model.row(n)["id"] for n in range(page.model.total)}
    assert found and found <= set(library.seeds)
    assert all("Kế hoạch" in t for t in titles(page))


def test_search_with_minority_letters_and_no_syntax_errors(qtbot, page, library):
    for query, expected in (("ơ̆", BREVE_TITLE), ("ŏ", BREVE_TITLE), ("ꪼꪕꪒꪾ", TAI_TITLE),
                            ("ខិត្តប័ណ្ណ", KHMER_TITLE), ('"nuôi gà*', BREVE_TITLE)):
        page.search_box.setText(query)
        page.refresh()
        assert expected in titles(page), query


def test_filters(qtbot, page, library):
    combo = page.filters["kind"]
    combo.setCurrentIndex(combo.findData("audio"))
    assert titles(page) == [TAI_TITLE]
    combo.setCurrentIndex(0)
    lang = page.filters["lang"]
    lang.setCurrentIndex(lang.findData("khm"))
    assert titles(page) == [KHMER_TITLE]
    assert "ភាសាខ្មែរ" in lang.currentText()
    lang.setCurrentIndex(0)
    topic = page.filters["topic"]
    topic.setCurrentIndex(topic.findData("agriculture"))
    assert set(titles(page)) == {TAI_TITLE, BREVE_TITLE}
    audience = page.filters["audience"]
    audience.setCurrentIndex(audience.findData("villager"))
    assert titles(page) == [TAI_TITLE]


def select(page, material_id):
    page.refresh()
    row = next(n for n in range(page.model.total) if page.model.row(n)["id"] == material_id)
    page.view.setCurrentIndex(page.model.index(row))


def test_withdraw_restore_and_delete(qtbot, page, workspace, library, monkeypatch):
    select(page, library.poster)
    assert page.buttons["withdraw"].text() == "Thu hồi"
    page.buttons["withdraw"].click()
    assert workspace.materials.get(library.poster)["withdrawn"]
    assert page.current_row()["withdrawn"] and page.buttons["withdraw"].text() == "Khôi phục"
    page.withdrawn_box.setChecked(False)
    assert KHMER_TITLE not in titles(page)
    page.withdrawn_box.setChecked(True)
    select(page, library.poster)
    page.buttons["withdraw"].click()
    assert not workspace.materials.get(library.poster)["withdrawn"]

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    page.buttons["delete"].click()  # the operator said no
    assert KHMER_TITLE in titles(page)
    select(page, library.poster)
    page.buttons["delete"].click()
    assert KHMER_TITLE not in titles(page)
    assert workspace.store.scalar("SELECT deleted FROM material WHERE id = ?", [library.poster]) == 1


def test_metadata_editor_saves_and_refuses_an_empty_title(qtbot, page, workspace, library):
    from desktop.ui.material_editor import MaterialEditor, checked_codes

    editor = MaterialEditor(workspace.materials, library.cham, page)
    qtbot.addWidget(editor)
    editor.title.setText("  ")
    editor.save()
    assert not editor.error.isHidden() and editor.error.text()
    editor.title.setText("Áp phích bầu cử — ꨌꩌ")
    editor.issuer.setText("Sở Văn hóa")
    editor.issue_date.set_value("2025-03-01")
    for n in range(editor.audiences.count()):
        if editor.audiences.item(n).data(Qt.ItemDataRole.UserRole) == "respected-person":
            editor.audiences.item(n).setCheckState(Qt.CheckState.Checked)
    assert checked_codes(editor.audiences) == ["respected-person"]
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    saved = workspace.materials.get(library.cham)
    assert (saved["title"], saved["issuer"], saved["issue_date"]) == ("Áp phích bầu cử — ꨌꩌ",
                                                                      "Sở Văn hóa", "2025-03-01")
    assert saved["audiences"] == ["respected-person"]


def test_open_shows_the_bilingual_view_and_counts_an_operator_use(qtbot, page, workspace, library):
    select(page, library.bilingual)
    page.buttons["open"].click()
    from desktop.ui.material_dialog import MaterialDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MaterialDialog))
    assert dialog.view.languages == ["vie", "bru"]
    dialog.view.pair_button.click()
    assert dialog.view.side_by_side and len(dialog.view.viewers) == 2
    dialog.reject()
    [use] = [dict(r) for r in workspace.store.query("SELECT material_id, channel, lang FROM material_use")]
    assert use == {"material_id": library.bilingual, "channel": "operator", "lang": "vie"}


def run_import(qtbot, page, paths, on_progress=None):
    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        controller = page.import_paths(paths)
        if on_progress:
            controller.worker.progress.connect(on_progress, Qt.ConnectionType.DirectConnection)
    return blocker.args[0]


def test_import_files_with_clear_messages_for_bad_ones(qtbot, page, workspace, tmp_path):
    files = tmp_path / "in"
    files.mkdir()
    good = make_pdf(files / "ban-tin_thang-3.pdf")
    fake = files / "not-a.pdf"
    fake.write_text("chỉ là chữ", encoding="utf-8")
    empty = files / "empty.mp3"
    empty.write_bytes(b"")
    odd = files / "bang.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    before = workspace.materials.count()
    report = run_import(qtbot, page, [good, fake, empty, odd])
    assert [name for name, _ in report.added] == ["ban-tin_thang-3.pdf"]
    assert {name for name, _, _ in report.failed} == {"not-a.pdf", "empty.mp3"}
    assert report.skipped == ["bang.xlsx"]
    lines = report_lines(report)
    assert len(lines) == 3 and not any("Lỗi:" in line for line in lines)
    assert "Đã thêm 1 tài liệu." in summary(report)
    assert workspace.materials.count() == before + 1
    assert "ban tin thang 3" in titles(page)
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.accept()
    # The same file again is recognised, not added twice.
    again = run_import(qtbot, page, [good])
    assert again.existing and not again.added


def test_cancelled_import_leaves_nothing_half_imported(qtbot, page, workspace, tmp_path):
    files = tmp_path / "in"
    files.mkdir()
    first = make_pdf(files / "first.pdf")
    big = make_wav(files / "big.wav", seconds=200)  # 3.2 MB: copied in several blocks
    before = workspace.materials.count()
    worker_box = {}

    def cancel_during_big(_per_mille, _n, name):
        if name == "big.wav":
            worker_box["worker"].cancel()

    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        controller = page.import_paths([first, big])
        worker_box["worker"] = controller.worker
        controller.worker.progress.connect(cancel_during_big, Qt.ConnectionType.DirectConnection)
    report = blocker.args[0]
    assert report.cancelled
    assert [name for name, _ in report.added] == ["first.pdf"]
    assert workspace.materials.count() == before + 1
    assert not workspace.store.scalar("SELECT count(*) FROM material_file WHERE filename = 'big.wav'")
    assert list(workspace.paths.media_tmp.iterdir()) == []
    from desktop.core.media import sha256_file

    assert not workspace.media.has(sha256_file(big))


def test_drop_files_to_import(qtbot, page, workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    pdf = make_pdf(tmp_path / "tha-vao.pdf")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pdf))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.import_finished, timeout=20000) as blocker:
        page.dropEvent(event)
    assert [name for name, _ in blocker.args[0].added] == ["tha-vao.pdf"]


def test_the_list_reads_only_the_pages_it_shows(ui, qtbot, workspace):
    n = PAGE * (MAX_PAGES + 10)
    rows = [{"id": f"m{i:06d}", "title": f"Tài liệu số {i}", "kind": "leaflet", "topics": json.dumps([]),
             "audiences": "[]", "created_at": f"2025-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z"}
            for i in range(n)]
    workspace.store.insert_many("material", rows)
    page = make_page(qtbot, workspace)
    assert page.model.total == n
    assert page.model.loaded_pages() <= 2
    bar = page.view.verticalScrollBar()
    for step in range(0, bar.maximum() + 1, max(1, bar.maximum() // 40)):
        bar.setValue(step)
        page.view.viewport().repaint()
    bar.setValue(bar.maximum())
    page.view.viewport().repaint()
    assert page.model.loaded_pages() <= MAX_PAGES
    assert page.model.row(n - 1)["title"] == "Tài liệu số 0"
    page.covers.shutdown()


def test_language_switch_retranslates(qtbot, page):
    from desktop.ui import i18n

    i18n.install(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: page.heading.text() == "Library of materials")
    assert page.filters["kind"].itemText(0) == "All kinds"
    i18n.install(QApplication.instance(), "vi")
    qtbot.waitUntil(lambda: page.heading.text() == "Thư viện tài liệu")
    assert Path(page.workspace.paths.root).exists()
