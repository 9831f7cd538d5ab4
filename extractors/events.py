"""Events a release names: meetings, forums, conferences, visits and calls.

>>> [(e.label, e.kind) for e in find_events("เข้าร่วมการประชุม High - level Forum on Digital Economy ภายใต้หัวข้อ")]
[('High - level Forum on Digital Economy', 'forum')]
>>> [(e.label, e.kind) for e in find_events("ได้หารือทวิภาคีกับรัฐมนตรีญี่ปุ่น ณ กรุงโตเกียว")]
[('หารือทวิภาคีกับรัฐมนตรีญี่ปุ่น', 'meeting')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from extractors.records import ActorRef, EventRecord, Span

__all__ = ["EventPhrase", "find_events", "read_events"]

_EN_WORD = r"(?:[A-Z0-9][\w&’'.-]*|[a-z]+(?=[ \t]+[A-Z-])|[A-Z0-9][\w&’'.-]*|of|on|and|for|the|in|to|-|–|&)"
_EN_EVENT = re.compile(
    rf"(?:{_EN_WORD}[ \t]+){{0,10}}?{_EN_WORD}?[ \t]*(?:Forum|Summit|Conference|Congress|Meeting|Retreat|Expo|Dialogue|Symposium|Roundtable|Week|Fair)"
    rf"(?:[ \t]+(?:on|of|for)[ \t]+(?:{_EN_WORD}[ \t]*){{1,8}}|[ \t]+\(?\d{{4}}\)?)?"
)
_EN_KEY = re.compile(r"Forum|Summit|Conference|Congress|Meeting|Retreat|Expo|Dialogue|Symposium|Roundtable|Week|Fair")
_EN_HEAD = re.compile(rf"(?:{_EN_WORD}[ \t]+){{0,10}}{_EN_WORD}?[ \t]*\Z")
#: Up to the last character that no part of ``_EN_HEAD`` matches (it matches the empty string when there is none).
_LAST_NON_EN = re.compile(r"(?:.*[^\w&’'.\-– \t])?", re.DOTALL)
_EN_TAIL = re.compile(rf"(?:[ \t]+(?:on|of|for)[ \t]+(?:{_EN_WORD}[ \t]*){{1,8}}|[ \t]+\(?\d{{4}}\)?)?")
_EN_WINDOW = 320
_TH_EVENT = re.compile(
    r"(?:การประชุม|การหารือ|หารือทวิภาคี|การเยือน|เยือน(?=ประเทศ|สาธารณรัฐ|ราชอาณาจักร|อย่างเป็นทางการ)|การสัมมนา|งานสัมมนา|การพบหารือ|ประชุมทางไกล|การประชุมสุดยอด)"
)
_TH_STOP = re.compile(
    r"\s{2,}|\n|\s*(?:(?<![ก-๙])ณ(?=\s|[ก-๙])|เมื่อ|โดย|ผ่าน(?!ระบบการประชุมทางไกล)|ซึ่ง|เพื่อ|ภายใต้|ในหัวข้อ|ในห้วง|ในช่วง|ที่จัด|ที่จะ|ที่ได้|จัดขึ้น|ระหว่างวันที่|วันที่|พร้อม|จากนั้น|ทั้งนี้|และได้|และมี|และร่วม|ได้|จะ|ยัง|ครั้งนี้|ดังกล่าว|ถึง|(?<!ระห)ว่า(?!ด้วย)|ร่วมกับ|แล้ว|สรุป|(?<=\s)(?:นาย|นาง|นางสาว|ดร\.|พล\.?[ อตร])|ดังนี้|เช่น|จำนวน|ในเดือน|ในวันที่|ในปี|ที่ผ่านมา|,|\(|\)|“|\[)"
)
_GENERIC = re.compile(r"^(?:การประชุม|การหารือ|การเยือน|การพบหารือ|การสัมมนา)(?:ฯ|ดังกล่าว|ครั้งนี้|ในครั้งนี้|ครั้งนั้น|ครั้งต่อไป|ครั้งหน้า|ยัง|ร่วม(?:กัน)?|หารือ|ของ\S*|กับ\S*|อย่างเป็นทางการ|ทวิภาคี|ผ่าน\S*)(?:\s|$)|^(?:การประชุม|การหารือ|การเยือน|การพบหารือ|การสัมมนา)$")
_KINDS = ((re.compile(r"(?i)forum|เวที"), "forum"), (re.compile(r"(?i)summit|conference|congress|symposium|สุดยอด|สัมมนา|expo"), "conference"),
          (re.compile(r"(?i)เยือน|visit"), "visit"), (re.compile(r"(?i)ทางไกล|ทางโทรศัพท์|video|call"), "call"))
# Words a clause may leave hanging at a label's end: ``การประชุมสุดยอดอาเซียน และ``.
_TRAILING = re.compile(r"(?:\s*(?:และ|หรือ|ของ|กับ|ที่|ใน|แห่ง|ระหว่าง|ครั้งที่|ประจำ|[-–:/(\[]))+\s*$")
_LEADING_NOISE = re.compile(r"^(?:(?:of|on|and|for|the|in|to|-|–|&)\s+)+")


@dataclass(frozen=True)
class EventPhrase:
    label: str
    start: int
    end: int
    kind: str


def _kind(label: str) -> str:
    for rx, kind in _KINDS:
        if rx.search(label):
            return kind
    return "meeting"


def _english_events(text: str):
    """(start, end) of English event names: found from their head word (``Forum``,
    ``Meeting`` …) backwards, so the text is scanned once by a cheap pattern."""
    last = 0
    for k in _EN_KEY.finditer(text):
        if k.start() < last:
            continue
        lo = max(last, k.start() - _EN_WINDOW)
        # A head cannot reach over a character none of its words holds (a Thai vowel, a line
        # break): searched from after the last one, the same head is found, without trying a
        # match at every one of up to 320 positions before it.
        lo = _LAST_NON_EN.match(text, lo, k.start()).end()
        head = _EN_HEAD.search(text, lo, k.start())
        start = head.start() if head else k.start()
        tail = _EN_TAIL.match(text, k.end())
        end = tail.end() if tail else k.end()
        last = end
        yield start, end


def find_events(text: str) -> list[EventPhrase]:
    """Named events, left to right; an English name inside a Thai one is the same event."""
    out: list[EventPhrase] = []
    last = -1
    for m in _TH_EVENT.finditer(text):
        s = m.start()
        if s < last:              # inside the name read just before
            continue
        stop = _TH_STOP.search(text, m.end(), min(len(text), m.end() + 160))
        if stop:
            e = stop.start()
        else:   # no clause break: end at the last space, never inside a word
            e = min(len(text), m.end() + 120)
            cut = text.rfind(" ", m.end(), e)
            e = cut if cut > m.end() and e < len(text) and not text[e].isspace() else e
        # ``ครั้งที่ 3``, ``ประจำปี 2567`` belong to the name
        tail = re.match(r"\s*(?:ครั้งที่\s*\d+|ประจำปี\s*\d{4}|\d{4})(?:\s*ปี\s*\d{4})?", text[e:e + 30])
        if tail:
            e += tail.end()
        e = s + len(_TRAILING.sub("", text[s:e]))
        if text[s:e].endswith(")") and text[s:e].count(")") > text[s:e].count("("):   # ``…ร่วม) ครั้ง``
            e = s + len(_TRAILING.sub("", text[s:e - 1]))
        label = re.sub(r"\s+", " ", text[s:e]).strip()
        if len(label) < 8 or _GENERIC.match(label):
            continue
        # ``การประชุม High - level Forum …``: keep the English name as the label
        en = _EN_EVENT.search(label)
        if en and re.fullmatch(r"(?:การประชุม|การประชุมระดับสูง)\s*", label[:en.start()]):
            s2 = s + text[s:e].find(en.group().split()[0])
            out.append(EventPhrase(_LEADING_NOISE.sub("", en.group().strip()), s2, s2 + len(en.group().strip()), _kind(en.group())))
            continue
        out.append(EventPhrase(label, s, e, _kind(label)))
        last = e
    taken = [(p.start, p.end) for p in out]
    for start, end in _english_events(text):
        raw = text[start:end]
        label = _LEADING_NOISE.sub("", raw.strip())
        if len(label.split()) < 2 or any(a <= start < b or a < end <= b for a, b in taken):
            continue
        out.append(EventPhrase(label, end - len(raw.lstrip()), end, _kind(label)))
    out.sort(key=lambda p: p.start)
    return out


def _key(label: str) -> str:
    return re.sub(r"[\s\-–]+", "", label).lower()


def read_events(text: str, *, dates=(), countries=(), organisations=(), sentences=()) -> list[EventRecord]:
    """One record per distinct event: its nearest date, its country (``ณ <country>``),
    and the actors named in its sentence."""
    sentences = sorted(sentences) or [(0, len(text))]
    starts = [s for s, _ in sentences]
    seen: dict[str, int] = {}
    out: list[EventRecord] = []
    for p in find_events(text):
        k = _key(p.label)
        if k in seen:
            continue
        i = bisect_right(starts, p.start) - 1
        sent = sentences[i] if i >= 0 and p.start < sentences[i][1] else (max(0, p.start - 200), min(len(text), p.end + 300))
        near = [d for d in dates if sent[0] <= d.start < sent[1] and d.start_date]
        near.sort(key=lambda d: (abs(d.start - p.start), d.precision != "day"))
        start = end = None
        if near:
            d = near[0]
            if d.precision in ("day", "month"):
                start, end = d.start_date, d.end_date
        country = None
        m = re.search(r"ณ\s*|(?i:\bin\s)", text[p.end:min(sent[1], p.end + 80)])
        if m:
            at = p.end + m.end()
            cs = [c for c in countries if at <= c.span.start < at + 50]
            country = cs[0].code if cs else None
        parts: list[ActorRef] = []
        for c in countries:
            if sent[0] <= c.span.start < sent[1] and ActorRef("country", c.code) not in parts:
                parts.append(ActorRef("country", c.code))
        for o in organisations:
            if sent[0] <= o.span.start < sent[1] and ActorRef("org", o.key) not in parts:
                parts.append(ActorRef("org", o.key))
        seen[k] = len(out)
        # the evidence is the sentence that names the event, whole
        lo, hi = (sent if sent[0] <= p.start and p.end <= sent[1] + 1 else (min(sent[0], p.start), max(sent[1], p.end)))
        out.append(EventRecord(p.label, Span(lo, hi, text[lo:hi]), p.kind, start, end, country, tuple(parts)))
    return out
