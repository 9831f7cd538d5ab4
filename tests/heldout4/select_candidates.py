"""Candidate pools for the fourth held-out gold set (tests/heldout4).

Re-creates the shuffled candidate lists the 30 releases were picked from.
Reads only the release texts under CORPUS (the unpacked archive) and the
devgold, heldout, heldout2 and heldout3 JSON files (to exclude them); it does not use the project's code.

    python3 select_candidates.py /tmp/corpus tests/devgold tests/heldout tests/heldout2 tests/heldout3 > pools.txt

Not a test; the picks themselves are listed in README.md.
"""
import glob, json, os, random, re, sys

SEED = 20261125
TH = dict(zip("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(), range(1, 13)))
THS = dict(zip("ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(), range(1, 13)))
AGR = r'บันทึกความเข้าใจ|MOU|MoU|MOC|ลงนาม|หนังสือแสดงเจตจำนง|ปฏิญญา|ความตกลง|แถลงการณ์ร่วม|กรอบความร่วมมือ|Letter of Intent'
DIG = (r'ดิจิทัล|ดิจิตอล|ไซเบอร์|ปัญญาประดิษฐ์|\bAI\b|5G|5 จี|โทรคมนาคม|คลาวด์|ไปรษณีย์|อิเล็กทรอนิกส์|สารสนเทศ|ICT|'
       r'ดาวเทียม|สมาร์ทซิตี้|เมืองอัจฉริยะ|อีคอมเมิร์ซ|Digital|ดีป้า|depa|กสทช|สตาร์ทอัพ')
MIN = r'ดีอีเอส|ดีอี|กระทรวงดิจิทัล'
FOR = ('จีน|ญี่ปุ่น|เกาหลี|สิงคโปร์|มาเลเซีย|อินโดนีเซีย|เวียดนาม|ลาว|กัมพูชา|เมียนมา|ฟิลิปปินส์|บรูไน|อินเดีย|สหรัฐ|อเมริกา|อังกฤษ|'
       'สหราชอาณาจักร|ฝรั่งเศส|เยอรมนี|อิตาลี|สเปน|รัสเซีย|ออสเตรเลีย|นิวซีแลนด์|แคนาดา|อิสราเอล|ซาอุ|สหรัฐอาหรับ|ยูเออี|กาตาร์|บาห์เรน|'
       'ตุรกี|ฮังการี|เช็ก|โปแลนด์|เอสโตเนีย|ฟินแลนด์|สวีเดน|นอร์เวย์|เดนมาร์ก|เนเธอร์แลนด์|สวิส|ออสเตรีย|เบลเยียม|บังกลาเทศ|ศรีลังกา|'
       'ปากีสถาน|เนปาล|ภูฏาน|มองโกเลีย|คาซัค|อุซเบกิ|บราซิล|ชิลี|เปรู|เม็กซิโก|อาร์เจนตินา|แอฟริกาใต้|อียิปต์|เคนยา|ไต้หวัน|ฮ่องกง|'
       'อาเซียน|ASEAN|เอเปค|APEC|ITU|สหประชาชาติ|ต่างประเทศ|อียู|สหภาพยุโรป|อิหร่าน|โอมาน|คูเวต|จอร์แดน|โมร็อกโก|ไนจีเรีย|ติมอร์|'
       'ลักเซมเบิร์ก|ไอร์แลนด์|โปรตุเกส|กรีซ|โรมาเนีย|ยูเครน|เบลารุส|เซอร์เบีย|ลิทัวเนีย|ลัตเวีย|สโลวา')
SECT = r'เกษตร|สาธารณสุข|การศึกษา|การค้า|ท่องเที่ยว|แรงงาน|ยาเสพติด|พลังงาน|วัฒนธรรม|การลงทุน|ประมง|ป่าไม้|น้ำ|คมนาคม|การบิน|ราง|สุขภาพ|ยา|กีฬา'
SAMPLE_IDS = {'78348', '40408', '87382', '82320'}   # the fifth sample (China NDA MOU, Oct 2023) has no URL: excluded by title


def index(root):
    out = []
    for dp, _, fn in os.walk(root):
        for f in fn:
            if not f.endswith('.txt'):
                continue
            p = os.path.join(dp, f)
            try:
                t = open(p, encoding='utf-8').read()
            except UnicodeDecodeError:
                continue
            m = re.search(r'ที่มา\s*:\s*(\S+)', t)
            m = re.search(r'details/(\d+)', m.group(1)) if m else None
            nid = m.group(1) if m else None
            date = None
            m = re.search(r'วัน\S*ที่\s*(\d{1,2})\s+(\S+)\s+(\d{4})', t[:2000])
            if m and m.group(2) in TH:
                date = '%04d-%02d-%02d' % (int(m.group(3)) - 543, TH[m.group(2)], int(m.group(1)))
            else:
                m = re.search(r'^(\d{1,2}) (\S+) (\d{4})', t[:200], re.M)
                if m and m.group(2) in THS:
                    date = '%04d-%02d-%02d' % (int(m.group(3)) - 543, THS[m.group(2)], int(m.group(1)))
            lines = [l.strip() for l in t.split('\n') if l.strip()]
            title = next((l for l in lines[:6] if not re.match(r'^[\d\s,.:]+$', l)
                          and not re.match(r'^\d{1,2} \S+ \d{4}', l) and not l.startswith('วัน')), '')
            out.append(dict(p=os.path.relpath(p, root), nid=nid, date=date, title=title, n=len(t),
                            nthai=len(re.findall(r'[\u0e00-\u0e7f]', t)), body=t))
    return out


def main(root, *gold_dirs):
    dev = [json.load(open(f)) for d in gold_dirs for f in glob.glob(os.path.join(d, '*.json'))]
    ex_nid = {re.search(r'details/(\d+)', d['url']).group(1) for d in dev} | SAMPLE_IDS
    ex_sm = {d['source_member'] for d in dev}
    seen, docs = set(), []
    for r in sorted(index(root), key=lambda r: r['p']):
        if r['p'] in ex_sm or r['nid'] in ex_nid or not r['nid'] or r['nid'] in seen:
            continue
        if not r['date'] or not ('2016' <= r['date'][:4] <= '2025') or r['n'] > 10000 or r['nthai'] < 300:
            continue
        if 'สรุปข่าวการประชุม' in r['title'] or 'High-level จับมือสำนักข้อมูลจีน' in r['title']:
            continue
        seen.add(r['nid']); docs.append(r)
    P = {k: [] for k in ['A', 'A2', 'A3', 'B', 'C', 'D2', 'E1', 'E2', 'F', 'Y', 'S']}
    for r in docs:
        t, b = r['title'], r['body']
        nd = len(re.findall(DIG, b)); forb = re.search(FOR, b); fort = re.search(FOR, t)
        ta = re.search(AGR, t); td = re.search(DIG, t) or re.search(MIN, t)
        if ta and td and forb and nd >= 3:
            P['A'].append(r)
        elif td and fort and re.search(r'หารือ|ประชุม|เยือน|ร่วมมือ|ต้อนรับ|เข้าเยี่ยมคารวะ', t) and not ta:
            P['B'].append(r)
        if nd >= 5 and re.search(AGR, b) and (fort or ta) and td and \
                re.search(r'(' + FOR + r').{0,150}(' + AGR + r')|(' + AGR + r').{0,150}(' + FOR + r')', b, re.S):
            P['A2'].append(r)
        if re.search(AGR + r'|ร่วมมือ|จับมือ', t) and nd >= 4 and forb and \
                re.search(r'บันทึกความเข้าใจ|MOU|MoU|MOC|หนังสือแสดงเจตจำนง|ปฏิญญา|ความตกลง|แถลงการณ์ร่วม|Declaration|Letter of Intent|ลงนาม', b):
            P['A3'].append(r)
        if re.search(r'(ครม\.|คณะรัฐมนตรี).{0,300}(เห็นชอบ|อนุมัติ).{0,200}ร่าง(บันทึกความเข้าใจ|หนังสือแสดงเจตจำนง|ปฏิญญา|แถลงการณ์|ความตกลง|กรอบความร่วมมือ)', b, re.S) and nd >= 3 and forb:
            P['C'].append(r)
        if td and not forb and not ta and re.search(r'มิจฉาชีพ|หลอกลวง|ข่าวปลอม|แพลตฟอร์ม|Digital ID|ภัยไซเบอร์', t):
            P['D2'].append(r)
        if ta and not re.search(DIG, b) and fort and re.search(SECT, t):
            P['E1'].append(r)
        if re.search(r'หารือ|เยือน|เข้าเยี่ยมคารวะ', t) and fort and not re.search(DIG, b):
            P['E2'].append(r)
        if ta and td and not forb:
            P['F'].append(r)
        # Y: year-gap pool (2016, 2017, 2020, 2021): an instrument word in the body with a foreign name
        # within 300 characters of it, and >= 4 digital terms
        m = re.search(r'(บันทึกความเข้าใจ|MOU|MoU|MOC|หนังสือแสดงเจตจำนง|ปฏิญญา|แถลงการณ์ร่วม|Declaration|Letter of Intent)', b)
        if r['date'][:4] in ('2016', '2017', '2020', '2021') and nd >= 4 and m and \
                re.search(FOR, b[max(0, m.start() - 300):m.end() + 300]):
            P['Y'].append(r)
        # S (added for heldout2): instruments the other pools miss because the body has few digital words:
        # a cabinet decision on a draft instrument, or a letter of intent, with >= 1 digital word and a foreign name
        if nd >= 1 and forb and (
                (re.search(r'ครม|คณะรัฐมนตรี', t) and re.search(r'ร่าง\s*(MOU|MoU|บันทึกความเข้าใจ|บันทึกความร่วมมือ|หนังสือแสดงเจตจำนง)', b))
                or re.search(r'หนังสือแสดงเจตจำนง|Letter of Intent', b)):
            P['S'].append(r)
    for k, rs in P.items():
        rs.sort(key=lambda r: r['p'])
        random.Random(SEED).shuffle(rs)
        print('== pool', k, len(rs))
        for i, r in enumerate(rs):
            print(i, r['date'], r['nid'], r['n'], r['title'].replace('รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-', '')[:140], r['p'], sep='\t')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/corpus',
         *(sys.argv[2:] or ['tests/devgold', 'tests/heldout', 'tests/heldout2', 'tests/heldout3']))
