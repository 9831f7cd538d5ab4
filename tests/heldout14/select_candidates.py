"""Candidate pools for the fourteenth held-out gold set (tests/heldout14).

The same listing as ``../heldout9/select_candidates.py`` (same seed, 20261130, and the same exclusions, devgold to
heldout8), continued once more: heldout9 took pool W positions 0–21 and 217–224 and pool N 0–3, heldout10 W 22–48 and
207–216 and N 4–7, heldout11 W 47–70 and 201–206 and N 8–11, heldout12 W 71–94 and 193–200 and N 12–15, heldout13
W 95–121 and 187–192 and N 16–19, and heldout14's annotators went on from there (W 118 and 123 upwards in two
interleaved groups, W 185 downwards, N 20 upwards). Rerunning the script with the later sets excluded would deal the
pools out again and move every position, so it is run as it was: this script runs
``../heldout13/select_candidates.py``, which runs heldout12's, heldout11's, heldout10's and so heldout9's.

    python3 select_candidates.py /tmp/corpus > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout13" / "select_candidates.py"),
                   run_name="__main__")
