"""Industries named as a list: their items are sectors (to invest in, to develop), not the subjects of talks or
the fields of an agreement.

Read by the relevance component (an industry item is no digital topic of talks) and by the agreements reader (nor a
field of the instrument whose paragraph lists it).
"""

from __future__ import annotations

import re

from extractors.patterns import last_match

#: A list of industries that investors are in or sought for: ``…บริษัทชั้นนำในกลุ่มอุตสาหกรรมเครื่องใช้ไฟฟ้า
#: อิเล็กทรอนิกส์ เทคโนโลยีชีวภาพ อุปกรณ์เครือข่ายและโทรคมนาคม…`` (news 23961, an investment mission): telecom
#: equipment as an industry is no digital item of the talks. Only an item after others: ``อุตสาหกรรมดิจิทัล`` alone
#: names the field. Two items may be joined by และ inside a run (``…ทั้งจากอุตสาหกรรมยานยนต์ อิเล็กทรอนิกส์และ
#: เครื่องใช้ไฟฟ้า ดิจิทัล การแพทย์…``, news 87482, a BOI roadshow in Seoul).
_INDUSTRY_LIST = re.compile(r"อุตสาหกรรม(?:เป้าหมาย)?(?:\s*(?:ได้แก่|เช่น|อาทิ|คือ)\s*(?:กลุ่ม)?(?:อุตสาหกรรม)?)?"
                            r"[ก-๙]+?(?:(?:[ \t]*,?[ \t]+|และ)[ก-๙]+?){2,}[ \t]*,?[ \t]*(?:และ)?$")
_CLAUSE_WORD = re.compile(r"ซึ่ง|โดย|เพื่อ|ได้(?!แก่)|จะ|ที่|ของ|กับ|ใน(?!อุตสาหกรรม)|ให้|เป็น")


#: An invitation to invest in industries, up to the word that opens their list: ``นายกรัฐมนตรีได้เชิญชวนนักลงทุน
#: ออสเตรียให้เข้ามาลงทุนในเขตพัฒนาพิเศษภาคตะวันออก (EEC) ในอุตสาหกรรมที่มีศักยภาพสูง 3 กลุ่ม ได้แก่ กลุ่มดิจิทัลและ
#: เทคโนโลยี 5G…`` (news 51252, a farewell call): the digital industry is a target of investment, not a subject of the
#: talks (gold convention: heldout14 009, heldout17 014, heldout18 019).
#: Or persuaded into (``การชักจูงการลงทุนในอุตสาหกรรมเป้าหมายพิเศษ… ชักจูงนักลงทุนเป้าหมายจากประเทศต่าง ๆ… โดยเน้น
#: 4 กลุ่มอุตสาหกรรมและ 1 แนวคิด คือ อุตสาหกรรมหุ่นยนต์… อุตสาหกรรมดิจิทัล``, news 67634, the EEC Office's annual
#: report).
#: The sectors may be called so (``…พร้อมเชิญชวนภาคเอกชนฟินแลนด์ให้มาลงทุนในโครงการ EEC ในสาขาที่มีศักยภาพ อาทิ
#: เศรษฐกิจดิจิทัล เศรษฐกิจชีวภาพ…``, news 32674, the PM's talks with Finland's ambassador), but not areas of cooperation
#: (``เชิญชวนเกาหลีใต้ร่วมลงทุน… เน้นย้าสาขาความร่วมมือที่เกาหลีใต้สนใจ ๔ สาขา คือ… (๓) เทคโนโลยีสารสนเทศและการสื่อสาร``,
#: news 16220, the PM at ASEM 12).
#: Or drawn in (``…ยังช่วยดึงดูดการลงทุนจากสาธารณรัฐเกาหลีเข้ามาในไทยเพิ่มขึ้น อาทิ ยานยนต์ไฟฟ้าและชิ้นส่วนและเทคโนโลยีสารสนเทศ``,
#: news 81001, what a Thai-Korean EPA is to attract), the word for industries then unsaid.
_INVITED_INDUSTRIES = re.compile(r"(?:เชิญชวน|ชักชวน|ชักจูง|เชิญ)[^\n]{0,80}?ลงทุน[^\n]{0,200}?(?:อุตสาหกรรม|สาขา)[^\n]{0,40}?"
                                 r"(?:ได้แก่|เช่น|อาทิ|คือ)|ดึงดูด(?:การ)?(?:เงิน)?ลงทุน[^\n]{0,80}?(?:ได้แก่|เช่น|อาทิ)")


#: Or the sectors a delegation's firms are in (``…จาก 20 บริษัทชั้นนำในสาขาต่าง ๆ อาทิ วิศวกรรมก่อสร้าง… อากาศยานและ
#: อวกาศยาน…``, news 56407, MEDEF International's call on the PM): who came, not what was discussed.
_FIRMS_IN_SECTORS = re.compile(r"(?:บริษัท|ผู้ประกอบการ|นักธุรกิจ|นักลงทุน)[^\n]{0,40}?(?:ใน|จาก)(?:สาขา|ภาคธุรกิจ|ธุรกิจ)"
                               r"[^\n]{0,20}?(?:ได้แก่|เช่น|อาทิ|คือ)")


#: Areas of cooperation named in the invitation: its list is of those, not of sectors.
_COOPERATION_AREAS = re.compile(r"สาขาความร่วมมือ|ความร่วมมือ(?:ใน|ด้าน)")


#: A list the word for industries opens (``…ทั้งในด้านการพัฒนาอุตสาหกรรมขนาดใหญ่ อาทิ อุตสาหกรรมปิโตรเคมี
#: อุตสาหกรรมยานยนต์และรถยนต์ไฟฟ้า อุตสาหกรรมอิเล็กทรอนิกส์ อุตสาหกรรมเพื่อการก่อสร้าง ธุรกิจโทรคมนาคม``, news 3588, the
#: EEC's industries after OSMEP's MOU with the HKTDC): each item names an industry or a business, or is a phrase with
#: no clause word in it. An item may hold one when it names an industry (``เพื่อ``), where :data:`_INDUSTRY_LIST` stops.
#: The word may stand further back when the first item names an industry too (``…โดยอุตสาหกรรมหลักที่มูลนิธิฯ มุ่งเน้น
#: ส่งเสริม คือ อุตสาหกรรมเทคโนโลยีเครื่องมือแพทย์… อุตสาหกรรมยานยนต์ และอุตสาหกรรม AI & Robotics``, news 90550, the
#: Saitama business foundation's sectors), unless cooperation comes between (``อุตสาหกรรมไทยและญี่ปุ่นจะสามารถพัฒนา
#: ความร่วมมือระหว่างกันได้ อาทิ… อุตสาหกรรมการบินและอวกาศ``, news 89927: the industries the sides cooperate in).
_LIST_OF_INDUSTRIES = re.compile(r"อุตสาหกรรม(?:\S{0,30}?|(?:(?!ร่วมมือ)[^\n]){0,60}?"
                                 r"(?=[ \t]*(?:ได้แก่|เช่น|อาทิ|คือ)[ \t]*อุตสาหกรรม))"
                                 r"[ \t]*(?:ได้แก่|เช่น|อาทิ|คือ)[ \t]*")
_INDUSTRY_ITEM = re.compile(r"(?:และ)?(?:อุตสาหกรรม|ธุรกิจ|กลุ่ม)\S*")


#: What no item of a list of industries holds, unless it names one: a clause word, or cooperation (``…อาทิ
#: อุตสาหกรรมปิโตรเคมี และความร่วมมือด้านโทรคมนาคม`` goes on to the talks' own topic).
_NO_INDUSTRY = re.compile(_CLAUSE_WORD.pattern + r"|ร่วมมือ")


#: Lists whose items are fields after all: the parts of the digital industry (``…ส่งเสริมด้านไอซีทีและ
#: อุตสาหกรรมดิจิทัล อาทิ ฮาร์ดแวร์ ซอฟต์แวร์ ดิจิทัล คอนเทนต์``, news 56520's MOU with Finland), and the industries the
#: sides cooperate in (``ทั้งสองฝ่ายจะส่งเสริมความร่วมมือในอุตสาหกรรมที่ใช้เทคโนโลยีขั้นสูง เช่น… เมืองอัจฉริยะ``,
#: the EEC Office's MOU with KOTRA; gold: heldout 006, heldout2 012).
_DIGITAL_INDUSTRY = re.compile(r"อุตสาหกรรม(?:ด้าน)?ดิจิทัล")
_COOPERATION_IN = re.compile(r"ร่วมมือ(?:กัน)?[ \t]*(?:ใน|ด้าน)?[ \t]*$")


def _an_item(item: str) -> bool:
    return _INDUSTRY_ITEM.fullmatch(item) is not None or _NO_INDUSTRY.search(item) is None


#: Target industries, the digital one first (``…การฝึกอบรมสำหรับอุตสาหกรรมเป้าหมาย เช่น อุตสาหกรรมดิจิทัล ยานยนต์
#: ไบโอเทคโนโลยี และอุตสาหกรรมหุ่นยนต์ เป็นต้น``, news 22743, the BOI's MOU with the KCCI): sectors, whichever comes first,
#: when at least two more follow it.
_TARGETS = re.compile(r"อุตสาหกรรมเป้าหมาย")


def _items_after(text: str, at: int) -> int:
    """How many list items follow the word at ``at`` on its line before something that is no item."""
    line_end = text.find("\n", at)
    count = 0
    for item in text[at:len(text) if line_end < 0 else line_end].split()[1:]:
        if not _an_item(item.strip(",")):
            break
        count += 1
    return count


def in_listed_industries(text: str, at: int) -> bool:
    """Whether a field term at ``at`` is an item of a list the word for industries opens (after other items), of the
    industries investors are invited into, or of the sectors a delegation's firms are in. What the agreements reader
    leaves out of an instrument's fields.

    >>> t = "การพัฒนาอุตสาหกรรมขนาดใหญ่ อาทิ อุตสาหกรรมปิโตรเคมี อุตสาหกรรมเพื่อการก่อสร้าง ธุรกิจโทรคมนาคม ซึ่งในอนาคต"
    >>> in_listed_industries(t, t.index("โทรคมนาคม"))
    True
    >>> t = "อุตสาหกรรมขนาดใหญ่ อาทิ อุตสาหกรรมปิโตรเคมี และความร่วมมือด้านโทรคมนาคม"
    >>> in_listed_industries(t, t.index("โทรคมนาคม"))   # (an item of cooperation ends the list)
    False
    """
    lo = max(text.rfind("\n", 0, at) + 1, at - 300)
    opened = last_match(_LIST_OF_INDUSTRIES, text, lo, at)
    if opened is not None and not _DIGITAL_INDUSTRY.match(opened.group()) \
            and not _COOPERATION_IN.search(text, max(0, opened.start() - 25), opened.start()):
        item_start = max(text.rfind(" ", opened.end(), at), text.rfind("\t", opened.end(), at)) + 1
        before = text[opened.end():item_start].split()   # (the items before the term's own)
        if before and all(_an_item(item) for item in before) and _an_item(text[item_start:at]):
            return True
        if not before and _TARGETS.match(opened.group()) and _items_after(text, at) >= 2:
            return True
    lo = max(text.rfind("\n", 0, at) + 1, at - 400)
    for listing in (_INVITED_INDUSTRIES, _FIRMS_IN_SECTORS):
        opened = last_match(listing, text, lo, at)
        if opened is not None and not _CLAUSE_WORD.search(text, opened.end(), at) \
                and not _COOPERATION_AREAS.search(text, opened.start(), opened.end()):
            return True
    return False


def in_industry_list(text: str, at: int) -> bool:
    """:func:`in_listed_industries`, or an item of a bare run of industries after the word for them (``…กลุ่ม
    อุตสาหกรรมเครื่องใช้ไฟฟ้า อิเล็กทรอนิกส์ เทคโนโลยีชีวภาพ อุปกรณ์เครือข่ายและโทรคมนาคม``). What the relevance judge
    leaves out of the talks' topics; the bare run is too loose for an instrument's fields (``…โดยเฉพาะในอุตสาหกรรมอาหาร
    และเกษตรแปรรูป การส่งเสริมช่องทางการค้าการลงทุน การทำ Digital Marketing``, news 5034, is the MOU's own list)."""
    if in_listed_industries(text, at):
        return True
    lo = max(text.rfind("\n", 0, at) + 1, at - 120)
    head = text.rfind("อุตสาหกรรม", lo, at)
    # (not the industries the sides cooperate in: ``…เพื่อขับเคลื่อนความร่วมมือในอุตสาหกรรมแห่งอนาคต เช่น พลังงานสะอาด
    # เทคโนโลยีชีวภาพ สุขภาพ และ AI``, news 96278, the Thai trade representative's meetings in Washington)
    return head >= 0 and not _CLAUSE_WORD.search(text, head + 10, at) \
        and _INDUSTRY_LIST.search(text, head, at) is not None \
        and not _COOPERATION_IN.search(text, max(0, head - 25), head)
