"""The Qt user interface. Importing it first guards the interpreter against a PySide6 bug.

PySide6/shiboken6 6.12.0 on CPython 3.11 returns None from every void method (label.hide(),
setText(), setChecked() ...) without taking a reference to it, so each call lowers None's
reference count by one; some calls do the same to True and False. When a count reaches
zero the process aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"); in the app
that happened after about 240 visits saved in one session. CPython 3.12 made these
singletons immortal, which hides the bug there; on 3.11 we give them reference counts so
large that no session can use them up, which is what 3.12 does.
"""

from __future__ import annotations

import sys

NONE_REFS_FLOOR = 1 << 40


def _make_singletons_immortal() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "gettotalrefcount"):
        return  # a debug build lays objects out differently
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object (Py_ssize_t) in release builds.
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < NONE_REFS_FLOOR:
            refcount.value += NONE_REFS_FLOOR


_make_singletons_immortal()
