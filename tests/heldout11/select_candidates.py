"""Candidate pools for the eleventh held-out gold set (tests/heldout11).

The same listing as ``../heldout9/select_candidates.py`` (same seed, 20261130, and the same exclusions, devgold to
heldout8), continued once more: heldout9 took pool W positions 0–21 and 217–224 and pool N 0–3, heldout10 W 22–48 and
207–216 and N 4–7, and heldout11's annotators went on from there (W 50 and 47 upwards in two interleaved groups, W 206
downwards, N 8 upwards). Rerunning the script with the later sets excluded would deal the pools out again and move
every position, so it is run as it was.

    python3 select_candidates.py /tmp/corpus > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "heldout9_select_candidates", Path(__file__).resolve().parent.parent / "heldout9" / "select_candidates.py")
_heldout9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_heldout9)

if __name__ == "__main__":
    _heldout9.main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/corpus', *(sys.argv[2:] or _heldout9.EARLIER_SETS))
