"""Candidate pools for the fifteenth held-out gold set (tests/heldout15).

The same listing as ``../heldout9/select_candidates.py`` (same seed, 20261130, and the same exclusions, devgold to
heldout8), continued once more: heldout9 took pool W positions 0–21 and 217–224 and pool N 0–3, heldout10 W 22–48 and
207–216 and N 4–7, heldout11 W 47–70 and 201–206 and N 8–11, heldout12 W 71–94 and 193–200 and N 12–15, heldout13
W 95–121 and 187–192 and N 16–19, heldout14 W 118–144 and 176–185 and N 20–23, and heldout15's annotators went on from
there (W 143 and 146 upwards in two interleaved groups, W 175 downwards, N 24 upwards; when pool W ran out, the two
upward groups went on in pool N after the downward group's last pick, up to N 32). Rerunning the script with the
later sets excluded would deal the pools out again and move every position, so it is run as it was: this script runs
``../heldout14/select_candidates.py``, which runs heldout13's, heldout12's, heldout11's, heldout10's and so heldout9's.

    python3 select_candidates.py /tmp/corpus > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout14" / "select_candidates.py"),
                   run_name="__main__")
