"""The scanning helpers' own examples: fast phrase scans (``extractors.patterns``), the written stretches of a
focused text (``extractors.stretches``), the foreign-place lookup (``extractors.places``) and the relevance judge's
scans (``extractors.components.relevance``)."""

from __future__ import annotations

import doctest

import pytest

import extractors.components.relevance as relevance
import extractors.patterns as patterns
import extractors.places as places
import extractors.stretches as stretches


@pytest.mark.parametrize("module", [patterns, stretches, places, relevance])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_stretches_skip_only_long_blank_runs():
    text = "ก" * 30 + " " * 500 + "ข" * 30 + " " * 100 + "ค" * 30
    long_text = text * 40                     # (short texts are one stretch)
    spans = stretches.written_stretches(long_text, 10)
    # each stretch runs over the 100-space run, into the 500-space runs by the margin only
    assert spans[:2] == [(0, 40), (520, 730)]
    assert all(long_text[a + 10:b - 10].strip() for a, b in spans[1:-1])
    assert stretches.written_stretches(text, 10) == [(0, len(text))]
