"""The build's ordered parallel map: input order, errors raised in the parent, early stops."""

from __future__ import annotations

import os

import pytest

from graph.workers import WorkerFailed, ordered_map


def _square(n: int) -> int:
    return n * n


def _fail_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


def _die_on_seven(n: int) -> int:
    if n == 7:
        os._exit(3)
    return n


def test_results_come_in_input_order_whatever_the_chunking():
    for jobs, chunk_size in ((1, 1), (2, 3), (3, 64)):
        assert list(ordered_map(_square, range(200), jobs=jobs, chunk_size=chunk_size)) == [n * n for n in range(200)]


def test_no_items_no_results():
    assert list(ordered_map(_square, [], jobs=2, chunk_size=4)) == []


def test_an_error_in_a_worker_is_raised_in_the_parent():
    with pytest.raises(WorkerFailed, match="ValueError: seven"):
        list(ordered_map(_fail_on_seven, range(20), jobs=2, chunk_size=2))


def test_a_worker_that_dies_is_reported_not_waited_for():
    with pytest.raises(WorkerFailed, match="died"):
        list(ordered_map(_die_on_seven, range(20), jobs=2, chunk_size=2))


def test_stopping_early_ends_the_workers():
    results = ordered_map(_square, range(10_000), jobs=2, chunk_size=8)
    assert next(results) == 0
    results.close()
