"""Recall: digital instruments a list announces, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from snippets import read_passage as _extract


def test_adopted_outcome_documents_listed_with_examples_are_signed():
    # สรุปข่าวการประชุม ครม. 7 พฤศจิกายน 2566 (news 74324): the 43rd ASEAN Summit adopted 11 documents, ``เช่น`` …
    body = ("การประชุมสุดยอดอาเซียน ครั้งที่ 43 (แบบเต็มคณะและแบบไม่เป็นทางการ)\nภาพรวม\n"
            "ประชุมรับรองเอกสารผลลัพธ์การประชุม 11 ฉบับ เช่น\n"
            "(1) ปฏิญญาจาการ์ตา “อาเซียนเป็นศูนย์กลาง: สรรค์สร้างความเจริญ”\n"
            "(2) แถลงการณ์ผู้นำว่าด้วยการจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน\n"
            "(3) กรอบความร่วมมือด้านเศรษฐกิจภาคทะเล\n")
    [defa] = [a for a in _extract(body, "วันอังคารที่ 7 พฤศจิกายน 2566").agreements
              if "เศรษฐกิจดิจิทัล" in a.title]
    assert (defa.kind, defa.status) == ("declaration", "signed")
    assert "asean" in {p.key for p in defa.parties}
    assert defa.fields


def test_a_summary_heading_over_drafts_is_no_adoption():
    # สรุปข่าวการประชุม ครม. (2022, ASEAN education ministers): ``สาระสำคัญเอกสารผลลัพธ์… มีดังนี้`` heads drafts the
    # cabinet approves, and an agenda ``การรับรองเอกสารผลลัพธ์… อาทิ ร่างปฏิญญา…`` (2025-01-03) a meeting still ahead.
    body = ("- การรับรองเอกสารผลลัพธ์สำคัญของการประชุมฯ อาทิ ร่างปฏิญญาดิจิทัลกรุงเทพ (Bangkok Digital Declaration) "
            "ร่างแถลงข่าวร่วมสำหรับการประชุม ADGMIN ครั้งที่ 5\n")
    found = [a for a in _extract(body, "วันศุกร์ที่ 3 มกราคม 2568").agreements if "กรุงเทพ" in a.title]
    assert all(a.status != "signed" for a in found)


def test_english_signing_list_gives_its_items_their_status():
    # Government News 2025-04-08 (news 95203): the two prime ministers witnessed the signing, then the list.
    body = ("April 3, 2025, at 1710hrs, at the Inner Santi Maitri Building, Government House, Prime Minister Paetongtarn "
            "Shinawatra and Prime Minister H.E. Mr. Narendra Modi of the Republic of India witnessed the signing of 6 "
            "declaration and MOUs, as follows:\n"
            "1) Joint Declaration on the Establishment of Thailand-India Strategic Partnership\n"
            "2) MOU Between The Ministry Of Digital Economy And Society And The Ministry Of Electronics And Information "
            "Technology Of India On Cooperation In The Fields Of Digital Technologies\n"
            "3) MOU Between National Small Industries Corporation Ltd. (NSIC), The Republic Of India And Office Of Small "
            "And Medium Enterprises Promotion (OSMEP), The Kingdom Of Thailand\n")
    title = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-Thailand – India relations elevated to strategic partnership"
    [digital] = [a for a in _extract(body, "วันอังคารที่ 8 เมษายน 2568", title).agreements if "Digital Economy" in a.title]
    assert (digital.kind, digital.status) == ("mou", "signed")
    assert {"mdes", "IN"} <= {p.key for p in digital.parties}
    assert digital.fields


CHINA_LIST = (  # Government News 2025-02-10 (news 93208): a count and a plural cue, then a list on its own lines
    "Government Spokesperson Jirayu Houngsub disclosed that on February 6, 2025, at 1745hrs (Beijing local time), at the "
    "Great Hall of the People, Beijing, People’s Republic of China, Prime Minister Paetongtarn Shinawatra and Chinese "
    "Prime Minister Li Qiang witnessed the adoption and signing of 14 Agreements and MoUs between Thailand and China.\n"
    "The 14 documents are as follows:\n"
    "1. Joint Statement between the Government of the Kingdom of Thailand and the Government of the People’s Republic of "
    "China on Advancing the Comprehensive Strategic Cooperative Partnership\n"
    "2. Memorandum of Understanding on Promotion of Cooperation in Artificial Intelligence between Ministry of Digital "
    "Economy and Society of the Kingdom of Thailand and National Development and Reform Commission of People's Republic "
    "of China\n"
    "11. Memorandum of Understanding between Ministry of Higher Education, Science, Research and Innovation and China "
    "Atomic Energy Authority on Cooperation in Peaceful Uses of Nuclear Technology\n"
    "12. Memorandum of Understanding on Postal Services Cooperation between Ministry of Digital Economy and Society and "
    "China Post\n")


def test_english_list_after_a_counted_signing_is_signed_item_by_item():
    title = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-Thailand – China sign 14 Agreements and MoUs"
    agreements = _extract(CHINA_LIST, "วันจันทร์ที่ 10 กุมภาพันธ์ 2568", title).agreements
    ai = [a for a in agreements if "Artificial Intelligence" in a.title]
    postal = [a for a in agreements if "Postal" in a.title]
    assert [(a.kind, a.status) for a in ai] == [("mou", "signed")] and "ai" in ai[0].fields
    assert [(a.kind, a.status) for a in postal] == [("mou", "signed")]
    assert "mdes" in {p.key for p in postal[0].parties}
    # the count's plural cue is no instrument of its own, and lends no item's field to another
    assert not [a for a in agreements if a.title.startswith("MoUs")]
    nuclear = [a for a in agreements if "Nuclear" in a.title]
    assert all(not a.fields for a in nuclear)
