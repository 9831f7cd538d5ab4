"""Candidate pools for the ninth held-out gold set (tests/heldout9).

A new design. Eight earlier sets drew on pools built mostly from titles (an instrument word and a digital word in
the title), and those pools are depleted: heldout8 held only five agreements. Here the main pool **W** looks at the
body instead: a release is a candidate when one of its instrument words has a digital word within 300 characters
and a foreign name (a country, ASEAN, APEC, ITU, UN, EU …) within 500. The pool is shuffled within each year and
then dealt out one year at a time, so its first positions cover every year of the archive rather than the busiest
ones. Pool **N** holds the negatives the set also needs: international meetings with digital words but no
instrument word anywhere, and international instruments with no digital word, also dealt out by year.

Reads only the release texts under CORPUS (the unpacked archive) and the gold JSON files of the earlier sets (to
exclude them); it does not use the project's code. Reuses ``../heldout3/select_candidates.py`` for the index and the
word lists (``DIG``, ``FOR``).

    python3 select_candidates.py /tmp/corpus tests/devgold tests/heldout tests/heldout2 ... tests/heldout8 > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import glob
import importlib.util
import json
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261130
EARLIER_SETS = ['tests/devgold', 'tests/heldout'] + [f'tests/heldout{i}' for i in range(2, 9)]
#: Instrument words, wider than heldout3's AGR: cooperation and agreement memoranda, conventions, joint statements.
INSTRUMENT = (r'บันทึกความเข้าใจ|บันทึกความร่วมมือ|บันทึกความตกลง|MOU|MoU|MOC|หนังสือแสดงเจตจำนง|ปฏิญญา|'
              r'แถลงการณ์ร่วม|ถ้อยแถลงร่วม|Declaration|Letter of Intent|Joint Statement|อนุสัญญา')
DIGITAL_WINDOW = 300
FOREIGN_WINDOW = 500

_spec = importlib.util.spec_from_file_location(
    "heldout3_select_candidates", Path(__file__).resolve().parent.parent / "heldout3" / "select_candidates.py")
_heldout3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_heldout3)


def _instrument_near_digital(body):
    for m in re.finditer(INSTRUMENT, body):
        near = body[max(0, m.start() - DIGITAL_WINDOW):m.end() + DIGITAL_WINDOW]
        around = body[max(0, m.start() - FOREIGN_WINDOW):m.end() + FOREIGN_WINDOW]
        if re.search(_heldout3.DIG, near) and re.search(_heldout3.FOR, around):
            return True
    return False


def _by_year(releases, seed):
    """Shuffle within each year, then deal one release per year in turn (years in order)."""
    years = defaultdict(list)
    for r in sorted(releases, key=lambda r: r['p']):
        years[r['date'][:4]].append(r)
    for y in sorted(years):
        random.Random(f"{seed}-{y}").shuffle(years[y])
    out, i = [], 0
    while any(i < len(v) for v in years.values()):
        out.extend(years[y][i] for y in sorted(years) if i < len(years[y]))
        i += 1
    return out


def eligible(root, ex_nid, ex_sm):
    """The archive's releases a pool may hold, in path order: one per news id, not excluded by news id or
    ``source_member``, dated 2016-2025, 300+ Thai characters, at most 12,000 characters, no cabinet digest.
    (heldout16's listing reads the archive through this too.)"""
    seen, docs = set(), []
    for r in sorted(_heldout3.index(root), key=lambda r: r['p']):
        if r['p'] in ex_sm or r['nid'] in ex_nid or not r['nid'] or r['nid'] in seen:
            continue
        if not r['date'] or not ('2016' <= r['date'][:4] <= '2025') or r['n'] > 12000 or r['nthai'] < 300:
            continue
        if 'สรุปข่าวการประชุม' in r['title'] or 'High-level จับมือสำนักข้อมูลจีน' in r['title']:
            continue
        seen.add(r['nid'])
        docs.append(r)
    return docs


def main(root, *gold_dirs):
    earlier = [json.load(open(f)) for d in gold_dirs for f in glob.glob(os.path.join(d, '*.json'))]
    ex_nid = {m.group(1) for d in earlier for m in [re.search(r'details/(\d+)', d.get('url') or '')] if m}
    ex_nid |= _heldout3.SAMPLE_IDS
    ex_sm = {d['source_member'] for d in earlier}
    docs = eligible(root, ex_nid, ex_sm)
    pools = {'W': [], 'N': []}
    for r in docs:
        b, t = r['body'], r['title']
        if _instrument_near_digital(b):
            pools['W'].append(r)
        elif re.search(_heldout3.FOR, t) and (
                (len(re.findall(_heldout3.DIG, b)) >= 3 and not re.search(INSTRUMENT, b))
                or (re.search(INSTRUMENT, b) and not re.search(_heldout3.DIG, b))):
            pools['N'].append(r)
    for name, rs in pools.items():
        rs = _by_year(rs, SEED)
        print('== pool', name, len(rs))
        for i, r in enumerate(rs):
            print(i, r['date'], r['nid'], r['n'], r['title'].replace('รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-', '')[:140], r['p'],
                  sep='\t')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/corpus', *(sys.argv[2:] or EARLIER_SETS))
