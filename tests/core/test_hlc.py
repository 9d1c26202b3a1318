"""Hybrid logical clock: order survives PC clocks that jump, stall or lie."""

import threading

import pytest

from desktop.core.hlc import HLC, MAX_COUNTER, Clock

HOUR = 60 * 60 * 1000
DAY = 24 * HOUR
YEAR = 365 * DAY
T0 = 1_767_225_600_000  # 2026-01-01 00:00 UTC, in ms


class FakeClock:
    """A PC clock the test can set, as operators' clocks really behave."""

    def __init__(self, ms: int = T0) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def assert_strictly_increasing(stamps: list[HLC]) -> None:
    for before, after in zip(stamps, stamps[1:], strict=False):
        assert before < after
        assert str(before) < str(after)  # text order (as stored in SQLite) agrees


def test_text_form_is_fixed_width_and_round_trips():
    stamp = HLC(T0, 7, "P0123")
    assert str(stamp) == "001767225600000-000007-P0123"
    assert HLC.parse(str(stamp)) == stamp


def test_text_order_equals_object_order():
    stamps = [
        HLC(5, 0, "b"),
        HLC(5, 0, "a"),
        HLC(40, 2, "a"),
        HLC(40, 10, "a"),
        HLC(T0, 0, "P1"),
        HLC(9, 999_999, "z"),
        HLC(10, 0, "a-b"),
        HLC(10, 0, "a"),
    ]
    assert [str(s) for s in sorted(stamps)] == sorted(str(s) for s in stamps)


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "hello",
        "1767225600000-1-P1",
        "001767225600000-000007-",
        "001767225600000-000007",
        "001767225600000-00000x-P1",
        "001767225600000-000007-P 1",
        " 001767225600000-000007-P1",
        "００１767225600000-000007-P1",
        None,
        12345,
    ],
)
def test_parse_rejects_garbage_with_a_clear_message(garbage):
    with pytest.raises(ValueError, match="not an HLC timestamp"):
        HLC.parse(garbage)


def test_physical_clock_going_back_an_hour_never_reorders():
    pc = FakeClock()
    clock = Clock("P1", physical=pc)
    stamps = [clock.now()]
    pc.ms += 1000
    stamps.append(clock.now())
    pc.ms -= HOUR  # operator "fixes" the clock
    stamps += [clock.now() for _ in range(5)]
    pc.ms += 2 * HOUR
    stamps.append(clock.now())
    assert_strictly_increasing(stamps)
    assert stamps[-1].wall_ms == pc.ms and stamps[-1].counter == 0


def test_physical_clock_jumping_ten_years_ahead_then_back():
    pc = FakeClock()
    clock = Clock("P1", physical=pc)
    stamps = [clock.now()]
    pc.ms += 10 * YEAR  # dead CMOS battery / wrong year typed in
    stamps.append(clock.now())
    pc.ms = T0 + 5
    stamps += [clock.now() for _ in range(100)]
    assert_strictly_increasing(stamps)


def test_stuck_physical_clock_for_ten_thousand_calls():
    clock = Clock("P1", physical=FakeClock())
    stamps = [clock.now() for _ in range(10_000)]
    assert_strictly_increasing(stamps)
    assert stamps[-1].wall_ms == T0 and stamps[-1].counter == 9_999


def test_counter_overflow_carries_into_wall_time_and_keeps_width():
    clock = Clock("P1", physical=FakeClock(), last=str(HLC(T0, MAX_COUNTER - 1, "P1")))
    stamps = [clock.now() for _ in range(3)]
    assert [(s.wall_ms, s.counter) for s in stamps] == [
        (T0, MAX_COUNTER),
        (T0 + 1, 0),
        (T0 + 1, 1),
    ]
    assert len({len(str(s)) for s in stamps}) == 1
    assert_strictly_increasing(stamps)


def test_remote_ten_years_ahead_does_not_drag_local_time():
    pc = FakeClock()
    clock = Clock("P1", physical=pc)
    before = clock.now()
    remote = HLC(T0 + 10 * YEAR, 3, "P9")
    merged = clock.observe(str(remote))
    assert clock.last_skew_ms == 10 * YEAR
    assert merged > before
    assert merged.wall_ms < T0 + DAY
    pc.ms += 1000
    assert clock.now().wall_ms == T0 + 1000


def test_remote_just_ahead_makes_next_local_event_sort_after_it():
    pc = FakeClock()
    clock = Clock("P1", physical=pc)
    clock.now()
    remote = HLC(T0 + 5 * 60 * 1000, 42, "HUB")  # hub 5 minutes ahead
    merged = clock.observe(remote)
    assert merged > remote and str(merged) > str(remote)
    assert clock.last_skew_ms == 5 * 60 * 1000
    local = clock.now()
    assert local > remote and str(local) > str(remote)
    assert local.node == "P1"


def test_remote_behind_still_advances_local_clock():
    pc = FakeClock()
    clock = Clock("P1", physical=pc)
    first = clock.now()
    merged = clock.observe(HLC(T0 - HOUR, 0, "P2"))
    assert merged > first
    assert clock.last_skew_ms == -HOUR


def test_state_round_trip_keeps_monotonic_across_restart():
    pc = FakeClock()
    clock = Clock("P1", physical=pc)
    pc.ms += 10 * YEAR
    last_before_restart = clock.now()
    saved = clock.state()
    assert saved == str(last_before_restart)
    pc.ms = T0  # PC restarted with the right (earlier) date
    restarted = Clock("P1", physical=pc, last=saved)
    assert restarted.now() > last_before_restart
    assert restarted.state() > saved


def test_restoring_garbage_state_fails_loudly():
    with pytest.raises(ValueError):
        Clock("P1", last="not a timestamp")


def test_threads_never_get_the_same_timestamp():
    clock = Clock("P1", physical=FakeClock())
    results: list[list[HLC]] = [[] for _ in range(8)]

    def worker(out: list[HLC]) -> None:
        out.extend(clock.now() for _ in range(2000))

    threads = [threading.Thread(target=worker, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stamps = [s for out in results for s in out]
    assert len(set(stamps)) == len(stamps) == 16_000
