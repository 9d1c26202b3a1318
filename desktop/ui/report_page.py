"""The Reports page (Báo cáo): choose a period, see the tables and charts, export XLSX or PDF.

Counting a year at a point with a million visits takes about a second, and writing a PDF
as long, so both run on a worker thread with its own Workspace (a SQLite connection is
used only on the thread that opened it). QtCharts is imported only when the charts are
first drawn, never at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import report_dates
from desktop.core.errors import PointError
from desktop.core.paths import Paths
from desktop.core.periods import Period, parse_period
from desktop.core.workspace import Workspace

from . import i18n

log = logging.getLogger("point.ui.report")
KINDS = ("quarter", "half", "year", "custom")


class _Job(QObject):
    """Runs fn(workspace) on a worker thread with its own Workspace; emits the result."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, paths: Paths, fn: Callable[[Workspace], Any]) -> None:
        super().__init__()
        self.paths, self.fn = paths, fn

    def run(self) -> None:
        try:
            with Workspace.open(self.paths) as ws:
                result = self.fn(ws)
        except PointError as exc:
            self.failed.emit(i18n.explain(exc.code, **exc.params))
        except Exception as exc:  # noqa: BLE001 - shown to the operator, logged with its trace
            log.exception("report job failed")
            self.failed.emit(str(exc))
        else:
            self.finished.emit(result)


def period_for(kind: str, year: int, part: int, start: date, end: date) -> Period:
    """The period the controls describe (part: quarter 1-4 or half 1-2)."""
    if kind == "quarter":
        return parse_period(f"{year}-Q{part}")
    if kind == "half":
        return parse_period(f"{year}-H{part}")
    if kind == "year":
        return parse_period(str(year))
    return parse_period(f"{start.isoformat()}..{end.isoformat()}")


class ReportPage(QWidget):
    """Period controls, the report's tables and charts, and the export buttons."""

    report_ready = Signal()
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report: dict[str, Any] | None = None
        self._threads: list[tuple[QThread, _Job]] = []
        self.kind = QComboBox(objectName="kind")
        self.year = QSpinBox(objectName="year")
        self.year.setRange(2000, 2100)
        self.part = QComboBox(objectName="part")
        self.start = QDateEdit(objectName="start", calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.end = QDateEdit(objectName="end", calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.show_button = QPushButton(objectName="show")
        self.xlsx_button = QPushButton(objectName="export_xlsx")
        self.pdf_button = QPushButton(objectName="export_pdf")
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        self.tables = QListWidget(objectName="tables")
        # Long table names wrap in the narrow list (1024x768) instead of being cut off.
        self.tables.setWordWrap(True)
        self.tables.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables.setSpacing(1)
        self.grid = QTableWidget(objectName="grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.charts = QWidget(objectName="charts")
        self.charts_layout = QHBoxLayout(self.charts)
        self.chart_views: list[QWidget] = []
        self.tabs = QTabWidget(objectName="tabs")
        split = QSplitter()
        split.addWidget(self.tables)
        split.addWidget(self.grid)
        split.setStretchFactor(1, 3)
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.charts, "")

        controls = QHBoxLayout()
        for w in (self.kind, self.year, self.part, self.start, self.end, self.show_button):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.xlsx_button)
        controls.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.retranslate()
        self._choose_default(date.today())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button.clicked.connect(self.build)
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.tables.currentRowChanged.connect(self._show_table)
        self.tabs.currentChanged.connect(lambda i: i == 1 and self._draw_charts())
        self._set_busy(False)

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        index = max(self.kind.currentIndex(), 0)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems([self.tr("Quarter"), self.tr("Half-year"), self.tr("Year"),
                            self.tr("Custom range")])
        self.kind.setCurrentIndex(index)
        self.kind.blockSignals(False)
        self._fill_parts()
        self.show_button.setText(self.tr("Show report"))
        self.xlsx_button.setText(self.tr("Export Excel"))
        self.pdf_button.setText(self.tr("Export PDF"))
        self.tabs.setTabText(0, self.tr("Tables"))
        self.tabs.setTabText(1, self.tr("Charts"))
        if self.report is None:
            self.status.setText(self.tr("Choose a period and press Show report."))

    # -- period ------------------------------------------------------------------------
    def _choose_default(self, today: date) -> None:
        """The report due next (half-year or annual), else the current half-year."""
        due = report_dates.due_reports(self.workspace.store, today)
        self.year.setValue(today.year)
        self.start.setDate(QDate(today.year, 1, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        if due and due[0].kind == "year":
            self.set_period("year", int(due[0].period[:4]), 1)
        elif due:
            self.set_period("half", int(due[0].period[:4]), 1)
        else:
            self.set_period("half", today.year, 1 if today.month <= 6 else 2)

    def set_period(self, kind: str, year: int, part: int = 1,
                   start: date | None = None, end: date | None = None) -> None:
        """Set the controls (for the home page's reminder and for tests)."""
        self.kind.setCurrentIndex(KINDS.index(kind))
        self._kind_changed()
        self.year.setValue(year)
        self.part.setCurrentIndex(max(part - 1, 0))
        if start:
            self.start.setDate(QDate(start.year, start.month, start.day))
        if end:
            self.end.setDate(QDate(end.year, end.month, end.day))

    def _fill_parts(self) -> None:
        kind = KINDS[max(self.kind.currentIndex(), 0)]
        index = self.part.currentIndex()
        self.part.clear()
        if kind == "quarter":
            self.part.addItems([self.tr("Quarter {n}").format(n=n) for n in range(1, 5)])
        elif kind == "half":
            self.part.addItems([self.tr("First 6 months"), self.tr("Last 6 months")])
        self.part.setCurrentIndex(min(max(index, 0), self.part.count() - 1))

    def _kind_changed(self) -> None:
        kind = KINDS[self.kind.currentIndex()]
        self._fill_parts()
        self.part.setVisible(kind in ("quarter", "half"))
        self.year.setVisible(kind != "custom")
        self.start.setVisible(kind == "custom")
        self.end.setVisible(kind == "custom")

    def period(self) -> Period:
        """The period the controls describe (raises ValidationError for a reversed range)."""
        return period_for(KINDS[self.kind.currentIndex()], self.year.value(),
                          self.part.currentIndex() + 1, self.start.date().toPython(),
                          self.end.date().toPython())

    # -- work off the UI thread ---------------------------------------------------------
    def _run(self, fn: Callable[[Workspace], Any], done: Callable[[Any], None]) -> None:
        thread, job = QThread(self), _Job(self.workspace.paths, fn)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.finished.connect(done)
        job.failed.connect(self._failed)
        for signal in (job.finished, job.failed):
            # QThread.quit is thread-safe: called directly, it needs no turn of our event loop.
            signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(lambda: self._forget(thread))
        self._threads.append((thread, job))
        self._set_busy(True)
        thread.start()

    def _forget(self, thread: QThread) -> None:
        self._threads = [(t, j) for t, j in self._threads if t is not thread]
        thread.deleteLater()
        self._set_busy(bool(self._threads))

    def _set_busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)
        ready = self.report is not None and not busy
        self.xlsx_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def _failed(self, text: str) -> None:
        self.status.setText(text)
        self.failed.emit(text)

    def wait(self) -> None:
        """Wait for running work (closing the page)."""
        for thread, _job in list(self._threads):
            thread.quit()  # the job, if still running, finishes first; the loop then ends
            thread.wait()

    # -- building and showing ------------------------------------------------------------
    def build(self) -> None:
        """Count the chosen period's report on a worker thread."""
        try:
            period = self.period()
        except PointError as exc:
            self._failed(i18n.explain(exc.code, **exc.params))
            return
        from desktop.core.report_data import period_report

        self.status.setText(self.tr("Counting…"))
        self._run(lambda ws: period_report(ws, period), self._show_report)

    def _show_report(self, report: dict[str, Any]) -> None:
        from desktop.reports.period_report import period_title

        self.report = report
        self.tables.clear()
        for t in report["tables"]:
            self.tables.addItem(t["title"])
            self.tables.item(self.tables.count() - 1).setToolTip(t["title"])
        self.tables.setCurrentRow(0)
        text = self.tr("{period}: {start} to {end}.").format(
            period=period_title(report["period"]), start=_vn(report["period"]["start"]),
            end=_vn(report["period"]["end"]))
        if report["empty"]:
            text += " " + self.tr("There is no activity in this period.")
        self.status.setText(text)
        for view in self.chart_views:
            view.deleteLater()
        self.chart_views = []
        if self.tabs.currentIndex() == 1:
            self._draw_charts()
        self._set_busy(bool(self._threads))
        self.report_ready.emit()

    def _show_table(self, row: int) -> None:
        from desktop.reports.period_report import _cell_text

        self.grid.clear()
        if self.report is None or row < 0:
            return
        table = self.report["tables"][row]
        columns = table["columns"]
        rows = list(table["rows"])
        if table.get("totals"):
            rows.append(table["totals"])
        self.grid.setColumnCount(len(columns))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels([c["title"] for c in columns])
        locale = i18n.locale()
        for i, data in enumerate(rows):
            for j, column in enumerate(columns):
                value = data.get(column["key"])
                if column.get("number") and isinstance(value, int | float):
                    text = locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)
                else:
                    text = _cell_text(value, column)
                item = QTableWidgetItem(text)
                if column.get("number"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if data is table.get("totals"):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.grid.setItem(i, j, item)

    def table_rows(self, table_id: str) -> list[list[str]]:
        """The shown texts of one table (for tests)."""
        assert self.report is not None
        index = [t["id"] for t in self.report["tables"]].index(table_id)
        self.tables.setCurrentRow(index)
        return [[self.grid.item(i, j).text() for j in range(self.grid.columnCount())]
                for i in range(self.grid.rowCount())]

    def _draw_charts(self) -> None:
        """Two charts on screen: visits by purpose (bars) and by sex (pie)."""
        if self.report is None or self.chart_views:
            return
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalBarSeries,
            QPieSeries,
            QValueAxis,
        )
        from PySide6.QtGui import QPainter

        from desktop.core.report_data import table

        purposes = table(self.report, "visits_by_purpose")
        bars = QBarSet(self.tr("Visits"))
        names = []
        for r in reversed(purposes["rows"]):
            bars.append(r["visits"])
            names.append(r["name"])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart = QChart()
        chart.setTitle(purposes["title"])
        chart.addSeries(series)
        axis_y, axis_x = QBarCategoryAxis(), QValueAxis()
        axis_y.append(names)
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        chart.legend().setVisible(False)
        sexes = table(self.report, "visits_by_sex")
        pie = QPieSeries()
        for r in sexes["rows"]:
            pie.append(f"{r['name']}: {r['visits']}", r["visits"])
        pie_chart = QChart()
        pie_chart.setTitle(sexes["title"])
        pie_chart.addSeries(pie)
        for c in (chart, pie_chart):
            view = QChartView(c)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setObjectName("chart")
            self.charts_layout.addWidget(view)
            self.chart_views.append(view)

    # -- export --------------------------------------------------------------------------
    def ask_export(self, fmt: str) -> None:
        """Ask where to save, then write the file on a worker thread."""
        if self.report is None:
            return
        from desktop.reports.period_report import default_name

        self.workspace.paths.exports.mkdir(parents=True, exist_ok=True)
        suggested = str(self.workspace.paths.exports / default_name(self.report, fmt))
        pattern = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF document (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested, pattern)
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> None:
        """Write the shown period's report as xlsx or pdf."""
        from desktop.reports.period_report import export

        period = parse_period(self.report["period"]["label"]) if self.report else self.period()
        self.status.setText(self.tr("Writing {file}…").format(file=path.name))
        self._run(lambda ws: str(export(ws, period, fmt, path)), self._exported)

    def _exported(self, path: str) -> None:
        self.status.setText(self.tr("Saved: {file}").format(file=path))
        self.exported.emit(path)


def _vn(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")
