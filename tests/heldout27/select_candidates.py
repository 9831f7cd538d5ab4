"""Candidate pool for the twenty-seventh held-out gold set (tests/heldout27).

heldout16's pool W2 was used up by heldout26 (W2 ends at #257). This listing adds pool **W3**: releases outside
pools W, W2 and N with a foreign name in the title (a country, ASEAN, APEC, ITU, UN, EU …) and at least two digital
words in the body, with or without an instrument word. So it holds international work that touches digital matters:
talks, visits, forums and statements as well as agreements whose digital words are far from the instrument, and the
near-misses a relevance judgement has to get right. W3 excludes every release of pools W, W2 and N and every
earlier gold file (devgold, heldout to heldout26, the samples) by news id and by ``source_member``; it is dealt out by
year with its own seed, as W and W2 were.

Reads only the release texts under CORPUS (the unpacked archive) and the earlier gold files; it does not use the
project's code. Reuses ``../heldout16/select_candidates.py`` and, through it, ``../heldout9/`` and ``../heldout3/``.

    python3 select_candidates.py /tmp/corpus > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import contextlib
import functools
import glob
import importlib.util
import io
import json
import re
import sys
from pathlib import Path

SEED_W3 = 20261124
#: A W3 release names digital matters at least this often.
MIN_DIGITAL_WORDS = 2
TESTS = Path(__file__).resolve().parent.parent
#: The gold sets that existed when the listing was made (a later set, this one included, would move every position).
EARLIER_SETS = ['devgold', 'heldout'] + [f'heldout{i}' for i in range(2, 27)]

_spec = importlib.util.spec_from_file_location("heldout16_select_candidates", TESTS / "heldout16" / "select_candidates.py")
_h16 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_h16)
_h9, _h3 = _h16._h9, _h16._h3
# The three listings read the same archive: read it once.
_h3.index = functools.lru_cache(maxsize=1)(_h3.index)


def _news_ids(listing, pool):
    """The news ids of one pool of a printed listing."""
    ids, current = set(), None
    for line in listing.splitlines():
        if line.startswith('== pool'):
            current = line.split()[2]
        elif current == pool:
            ids.add(line.split('\t')[2])
    return ids


def _printed(main, *args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(*args)
    return out.getvalue()


def main(root):
    pooled = set()
    for listing, pools in ((_printed(_h9.main, root, *[str(TESTS.parent / d) for d in _h9.EARLIER_SETS]), ('W', 'N')),
                           (_printed(_h16.main, root), ('W2',))):
        for pool in pools:
            pooled |= _news_ids(listing, pool)
    earlier = [json.load(open(f)) for d in EARLIER_SETS for f in glob.glob(str(TESTS / d / '*.json'))]
    ex_nid = {m.group(1) for d in earlier for m in [re.search(r'details/(\d+)', d.get('url') or '')] if m}
    ex_nid |= _h3.SAMPLE_IDS | pooled
    ex_sm = {d.get('source_member') for d in earlier}
    w3 = [r for r in _h9.eligible(root, ex_nid, ex_sm)
          if re.search(_h3.FOR, r['title']) and len(re.findall(_h3.DIG, r['body'])) >= MIN_DIGITAL_WORDS]
    w3 = _h9._by_year(w3, SEED_W3)
    print('== pool W3', len(w3))
    for i, r in enumerate(w3):
        print(i, r['date'], r['nid'], r['n'], r['title'].replace('รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-', '')[:140], r['p'],
              sep='\t')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/corpus')
