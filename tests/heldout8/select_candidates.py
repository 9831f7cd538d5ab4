"""Candidate pools for the eighth held-out gold set (tests/heldout8).

``../heldout7/select_candidates.py`` (heldout6's script, itself heldout5's, heldout4's and heldout3's) with another
seed, 20261129, and the heldout7 releases excluded as well. Reads only the release texts under CORPUS (the unpacked
archive) and the gold JSON files of the earlier sets (to exclude them); it does not use the project's code.

    python3 select_candidates.py /tmp/corpus tests/devgold tests/heldout tests/heldout2 tests/heldout3 tests/heldout4 tests/heldout5 tests/heldout6 tests/heldout7 > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import importlib.util
import sys
from pathlib import Path

SEED = 20261129
EARLIER_SETS = ['tests/devgold', 'tests/heldout', 'tests/heldout2', 'tests/heldout3', 'tests/heldout4',
                'tests/heldout5', 'tests/heldout6', 'tests/heldout7']

_spec = importlib.util.spec_from_file_location(
    "heldout7_select_candidates", Path(__file__).resolve().parent.parent / "heldout7" / "select_candidates.py")
_heldout7 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_heldout7)
_heldout7._heldout6._heldout5._heldout4._heldout3.SEED = SEED

if __name__ == "__main__":
    _heldout7._heldout6._heldout5._heldout4._heldout3.main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/corpus',
                                                            *(sys.argv[2:] or EARLIER_SETS))
