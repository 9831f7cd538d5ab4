"""Candidate pools for the sixteenth held-out gold set (tests/heldout16).

heldout9's pool W (an instrument word in the body with a digital word within 300 characters and a foreign name
within 500) was used up by heldout15. This listing adds pool **W2**: releases outside pool W where an instrument
word has a digital word within 800 characters and a foreign name within 1,500 (a looser reach, so more agreements
whose fields are spread over a long release, and more near-misses). Pool **N** is heldout9's pool N, unchanged: its
positions are read from heldout9's listing (heldout15 used N 24–32), so this script reprints it with the same
seed and exclusions. W2 excludes every release of pool W and every earlier gold file (devgold, heldout to
heldout15, the samples) by news id and by ``source_member``; it is dealt out by year with its own seed.

Reads only the release texts under CORPUS (the unpacked archive) and the earlier gold files; it does not use the
project's code. Reuses ``../heldout9/select_candidates.py`` and, through it, ``../heldout3/select_candidates.py``.

    python3 select_candidates.py /tmp/corpus > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import contextlib
import glob
import importlib.util
import io
import json
import os
import re
import sys
from pathlib import Path

SEED_W2 = 20261123
DIGITAL_WINDOW_W2 = 800
FOREIGN_WINDOW_W2 = 1500
TESTS = Path(__file__).resolve().parent.parent
#: The gold sets that existed when the listing was made (a later set, this one included, would move every position).
EARLIER_SETS = ['devgold', 'heldout'] + [f'heldout{i}' for i in range(2, 16)]

_spec = importlib.util.spec_from_file_location("heldout9_select_candidates", TESTS / "heldout9" / "select_candidates.py")
_h9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_h9)
_h3 = _h9._heldout3


def _instrument_near_digital_w2(body):
    for m in re.finditer(_h9.INSTRUMENT, body):
        near = body[max(0, m.start() - DIGITAL_WINDOW_W2):m.end() + DIGITAL_WINDOW_W2]
        around = body[max(0, m.start() - FOREIGN_WINDOW_W2):m.end() + FOREIGN_WINDOW_W2]
        if re.search(_h3.DIG, near) and re.search(_h3.FOR, around):
            return True
    return False


def main(root):
    listing = io.StringIO()
    with contextlib.redirect_stdout(listing):
        _h9.main(root, *[str(TESTS.parent / d) for d in _h9.EARLIER_SETS])
    text = listing.getvalue()
    in_pool_w = set()
    pool = None
    for line in text.splitlines():
        if line.startswith('== pool'):
            pool = line.split()[2]
        elif pool == 'W':
            in_pool_w.add(line.split('\t')[2])
    earlier = [json.load(open(f)) for d in EARLIER_SETS for f in glob.glob(str(TESTS / d / '*.json'))]
    ex_nid = {m.group(1) for d in earlier for m in [re.search(r'details/(\d+)', d.get('url') or '')] if m}
    ex_nid |= _h3.SAMPLE_IDS | in_pool_w
    ex_sm = {d.get('source_member') for d in earlier}
    w2 = [r for r in _h9.eligible(root, ex_nid, ex_sm) if _instrument_near_digital_w2(r['body'])]
    w2 = _h9._by_year(w2, SEED_W2)
    print('== pool W2', len(w2))
    for i, r in enumerate(w2):
        print(i, r['date'], r['nid'], r['n'], r['title'].replace('รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-', '')[:140], r['p'],
              sep='\t')
    n_part = text[text.index('== pool N'):]
    sys.stdout.write(n_part)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/corpus')
