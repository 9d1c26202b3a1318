"""The app's log file: it rolls over into numbered backups and keeps only the newest."""

import logging

from desktop.core.logs import RotatingFile


def test_log_file_rolls_over_into_numbered_backups_and_drops_the_oldest(tmp_path):
    target = tmp_path / "commune-point.log"
    handler = RotatingFile(str(target), max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test.rotating_file")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    try:
        for number in range(30):
            log.info("line %02d %s", number, "x" * 20)  # 29 bytes with its newline: 6 fit in 200
    finally:
        log.removeHandler(handler)
        handler.close()

    def numbers(path):
        return [int(line.split()[1]) for line in path.read_text(encoding="utf-8").splitlines()]

    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "commune-point.log", "commune-point.log.1", "commune-point.log.2"]
    assert numbers(target) == list(range(24, 30))
    assert numbers(tmp_path / "commune-point.log.1") == list(range(18, 24))
    assert numbers(tmp_path / "commune-point.log.2") == list(range(12, 18))
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())
