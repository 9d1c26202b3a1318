"""PySide6 6.12 on CPython 3.11 loses a reference to None on every void call (see desktop/ui)."""

import sys

from PySide6.QtWidgets import QLabel

import desktop.ui


def test_void_calls_cannot_use_up_none_true_or_false(qapp):
    label = QLabel()
    for _ in range(20_000):
        label.hide()
        label.isHidden()
    if sys.version_info < (3, 12):
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > desktop.ui.NONE_REFS_FLOOR // 2
