"""Candidate pools for the thirteenth held-out gold set (tests/heldout13).

The same listing as ``../heldout9/select_candidates.py`` (same seed, 20261130, and the same exclusions, devgold to
heldout8), continued once more: heldout9 took pool W positions 0–21 and 217–224 and pool N 0–3, heldout10 W 22–48 and
207–216 and N 4–7, heldout11 W 47–70 and 201–206 and N 8–11, heldout12 W 71–94 and 193–200 and N 12–15, and
heldout13's annotators went on from there (W 95 and 96 upwards in two interleaved groups, W 192 downwards, N 16
upwards). Rerunning the script with the later sets excluded would deal the pools out again and move every position,
so it is run as it was: this script runs ``../heldout12/select_candidates.py``, which runs heldout11's, heldout10's
and so heldout9's.

    python3 select_candidates.py /tmp/corpus > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout12" / "select_candidates.py"),
                   run_name="__main__")
