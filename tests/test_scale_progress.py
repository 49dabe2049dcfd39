"""Progress and ETA: what the console bar draws and what the API reads."""

from __future__ import annotations

import pytest

from historiograph.scale.progress import (
    RATE_WINDOW_S,
    ProgressSnapshot,
    ProgressTracker,
    current_progress,
    tracking,
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_eta_is_the_files_left_at_the_recent_rate() -> None:
    clock = Clock()
    tracker = ProgressTracker(total_files=100, clock=clock)
    assert tracker.snapshot().eta_s is None  # no rate yet

    clock.now += 10
    tracker.advance(files=20, items=25)
    snapshot = tracker.snapshot()
    assert snapshot.files == 20 and snapshot.items == 25
    assert snapshot.files_per_s == pytest.approx(2.0)
    assert snapshot.eta_s == pytest.approx(40.0)


def test_a_slow_start_does_not_weigh_on_the_eta_for_long() -> None:
    clock = Clock()
    tracker = ProgressTracker(total_files=1000, clock=clock)
    clock.now += 120  # model loading, worker start-up
    tracker.advance(files=1)
    for _ in range(60):
        clock.now += 1
        tracker.advance(files=10)
    snapshot = tracker.snapshot()
    assert snapshot.files_per_s == pytest.approx(10.0, rel=0.05)
    assert snapshot.eta_s == pytest.approx((1000 - 601) / 10, rel=0.05)
    assert RATE_WINDOW_S < 60


def test_an_unknown_total_gives_a_rate_but_no_eta() -> None:
    clock = Clock()
    tracker = ProgressTracker(clock=clock)
    clock.now += 5
    tracker.advance(files=5)
    assert tracker.snapshot().files_per_s == pytest.approx(1.0)
    assert tracker.snapshot().eta_s is None


def test_records_of_one_file_count_it_once() -> None:
    tracker = ProgressTracker()
    for source in ("a.txt", "crawl.warc#1", "crawl.warc#4", "b.jsonl#1"):
        tracker.saw_source(source)
    assert (tracker.snapshot().files, tracker.snapshot().items) == (3, 4)


def test_running_ingests_are_listed_for_the_api_until_they_end() -> None:
    seen: list[ProgressSnapshot] = []
    tracker = ProgressTracker(total_files=3, engine="dask", listener=seen.append)
    with tracking(tracker):
        tracker.run_id = 7
        tracker.advance(files=1, items=1)
        listed = current_progress()
        assert [(s.run_id, s.engine, s.files) for s in listed] == [(7, "dask", 1)]
    assert current_progress() == []
    assert seen[-1].finished and seen[-1].eta_s == 0.0
