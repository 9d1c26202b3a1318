"""`commune-point report`: the period report (báo cáo định kỳ) as JSON, XLSX or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core.periods import parse_period

from .base import Context


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="the period report (báo cáo 6 tháng / năm) as json, xlsx or pdf")
    p.add_argument("--period", required=True,
                   help="2026, 2026-H1, 2026-H2, 2026-Q3 or 2026-01-01..2026-06-20")
    p.add_argument("--format", dest="fmt", choices=["json", "xlsx", "pdf"], default="json",
                   help="json (to stdout without -o), xlsx or pdf (to exports/ without -o)")
    p.add_argument("-o", "--output", type=Path, help="the file to write")
    p.set_defaults(handler=report)


def report(ctx: Context, args: argparse.Namespace) -> int:
    period = parse_period(args.period)  # a bad period fails before the data is opened
    with ctx.open() as ws:
        if args.fmt == "json" and args.output is None:
            from desktop.core.report_data import period_report, to_json

            sys.stdout.write(to_json(period_report(ws, period)) + "\n")
            return 0
        from desktop.reports.period_report import export  # openpyxl/ReportLab only when asked

        path = export(ws, period, args.fmt, args.output)
    ctx.emit({"file": str(path), "period": period.label, "format": args.fmt},
             str(path))
    return 0
