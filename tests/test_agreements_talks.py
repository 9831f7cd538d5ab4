"""Instruments that talks and meetings only plan, name in passing or adopt: real passages from the thaigov
archive, through the whole pipeline."""

from __future__ import annotations

from extractors.pipeline import extract
from extractors.records import ActorRef
from extractors.release import parse_release


def _agreements(body: str, day: str, *, title: str = "ข่าว"):
    """Every agreement with a status in a release made of a real passage, its title and its date line."""
    release = parse_release(f"{title}\n{day}\n{title}\n{body}\n", "snippet.txt")
    return [a for a in extract(release, keep_all=True).agreements if a.status]


def test_a_memorandum_of_agreement_is_an_mou_with_the_cue_before_it():
    # ด้านเศรษฐกิจ 2023-06-12 (news 69175): ``บันทึกความตกลง`` was read as the bare ``ความตกลง`` inside it,
    # without the plan (``ให้มีการจัดทำ``) written before ``บันทึก``
    found = _agreements("โดยได้มีการหารือแลกเปลี่ยนแนวทางในการพัฒนาไปรษณีย์ของจีนและไทย นอกจากนี้ ได้เห็นชอบร่วมกันให้มีการจัดทำ"
                        "บันทึกความตกลงเพื่อดำเนินการโครงการแลกเปลี่ยนบุคลากรทางไปรษณีย์เพื่อพัฒนาศักยภาพบุคลากรระหว่างกันอย่างต่อเนื่อง",
                        "วันจันทร์ที่ 12 มิถุนายน 2566")
    assert [(a.kind, a.status) for a in found] == [("mou", "planned")]
    assert found[0].title.startswith("บันทึกความตกลง")


CHILE = (  # ด้านวัฒนธรรมท่องเที่ยวฯ 2018-01-18 (news 9458)
    "ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) ให้การต้อนรับ นายคริสเตียน เรเรน บาร์เกตโต "
    "เอกอัคราชทูตสาธารณรัฐชิลีประจำประเทศไทย โดยทั้งสองฝ่ายได้ร่วมหารือเกี่ยวกับการค้า การลงทุน และการส่งเสริมความร่วมมือด้านธุรกิจ"
    "ระหว่างทั้งสองประเทศ ซึ่งปัจจุบันประเทศชิลีมีอัตรานักท่องเที่ยวเดินทางมายังประเทศไทยเพิ่มมากขึ้น ส่งผลให้มีการพิจารณาการสร้าง"
    "ความร่วมมือด้านการท่องเที่ยวโดยใช้เทคโนโลยีเป็นกลไกสำคัญ พร้อมกันนี้ทั้งสองฝ่ายได้เห็นชอบร่วมกันในการจัดทำความร่วมมือด้าน Startup "
    "รวมถึงการสร้างความสัมพันธ์ระหว่างหน่วยงานของไทยและชิลีเพื่อพิจารณาการจัดทำความร่วมมือในสาขาที่ทั้งสองประเทศเห็นชอบร่วมกัน "
    "และอาจพิจารณาจัดทำเป็นบันทึกความเข้าใจฯ ร่วมกันในอนาคต รวมทั้งได้ให้ความสำคัญต่อการดำเนินความร่วมมือที่จะเกิดขึ้นในกรอบ"
    "ความร่วมมือทางเศรษฐกิจในภูมิภาคเอเชีย-แปซิฟิก")


def test_an_mou_the_sides_may_consider_is_planned_for_the_areas_just_talked_about():
    [a] = _agreements(CHILE, "วันพฤหัสบดีที่ 18 มกราคม 2561")
    assert (a.kind, a.status) == ("mou", "planned")
    assert a.fields == ("startups",)
    assert ActorRef("country", "CL") in a.parties


UAE = (  # ด้านเศรษฐกิจ 2022-07-26 (news 55921)
    "ในโอกาสนี้ นายชัยวุฒิ ธนาคมานุสรณ์ และนายอับดุลนัซเซอร์ จามาล อัลชะลี ได้ร่วมแลกเปลี่ยนแนวทางและมาตรการสำคัญในประเด็นต่าง ๆ "
    "อาทิ การท่องเที่ยว เศรษฐกิจและการลงทุน ความมั่นคง และสาธารณสุข รูปแบบใหม่ นอกจากนี้ ได้ร่วมหารือนโยบายสำคัญเกี่ยวกับดิจิทัล"
    "เพื่อเศรษฐกิจและสังคมของแต่ละฝ่าย รวมถึงแนวทางการสร้างความร่วมมือระหว่างไทยและสหรัฐอาหรับเอมิเรตส์ในสาขาที่มีความสนใจร่วมกัน "
    "อาทิ เศรษฐกิจดิจิทัลและพาณิชย์อิเล็กทรอนิกส์ เกษตรอัจฉริยะ นวัตกรรมและเทคโนโลยี และการเปลี่ยนเป็นดิจิทัล โดยทั้งสองฝ่ายได้เห็นพ้อง"
    "ให้มีการจัดตั้งคณะทำงานร่วมกัน เพื่อหารือการจัดทำบันทึกความเข้าใจระหว่างกันและหารือรายละเอียดแนวทางเพื่อส่งเสริมความร่วมมือ"
    "ระหว่างกันต่อไป")


def test_an_mou_between_the_sides_takes_the_areas_of_cooperation_they_talked_about():
    [a] = _agreements(UAE, "วันอังคารที่ 26 กรกฎาคม 2565")
    assert a.status == "planned"
    assert {"digital-economy", "e-commerce", "digital-transformation"} <= set(a.fields)
    assert {ActorRef("country", "TH"), ActorRef("country", "AE")} <= set(a.parties)


def test_an_mou_with_a_subject_of_its_own_does_not_take_the_areas_before_it():
    # the same areas, then an MOU on another subject (a made-up sentence on news 55921's pattern, to pin the guard):
    # its own subject, not the talks', gives its fields
    found = _agreements(UAE.replace("บันทึกความเข้าใจระหว่างกัน", "บันทึกความเข้าใจด้านการท่องเที่ยวระหว่างกัน"),
                        "วันอังคารที่ 26 กรกฎาคม 2565")
    assert all(not a.fields for a in found)


def test_making_an_mou_as_the_last_topic_of_talks_is_a_plan():
    # ด้านเศรษฐกิจ 2017-05-05 (news 3602): ``การหารือในครั้งนี้ประกอบด้วย ประเด็น… ตลอดจนการจัดทำบันทึกความร่วมมือ…``
    [a] = _agreements("สำหรับไทยและญี่ปุ่นมีความสัมพันธ์อันดีต่อกันมาอย่างยาวนาน และการหารือในครั้งนี้ประกอบด้วย ประเด็นความร่วมมือ"
                      "ด้านอุตุนิยมวิทยา ด้านไปรษณีย์ ด้าน Cyber security และความร่วมมือในกรอบ ASEAN-Japan: Cyber security hub "
                      "รวมถึงการสมัครเข้ารับตำแหน่งผู้บริหาร Asia-Pacific Telecommunity ของทั้งสองฝ่าย การจัดงาน World expo 2025 "
                      "ของญี่ปุ่น ตลอดจนการจัดทำบันทึกความร่วมมือด้านดิจิทัลระหว่างไทยและญี่ปุ่น โดยทั้งสองฝ่ายยินดีให้การสนับสนุน "
                      "ซึ่งกันและกันอย่างเต็มกำลัง", "วันศุกร์ที่ 5 พฤษภาคม 2560")
    assert (a.kind, a.status) == ("mou", "planned")
    assert {ActorRef("country", "TH"), ActorRef("country", "JP")} <= set(a.parties)


def test_a_ministerial_statement_on_a_subject_is_a_declaration():
    # ด้านสังคม 2019-08-19 (news 22284): ``แถลงการณ์รัฐมนตรีด้าน ICT…`` with no ``ว่าด้วย`` and no bracket after it
    found = _agreements("ในโอกาสนี้ ปลัดกระทรวงดิจิทัลฯ ได้เข้าร่วมการอภิปรายกับผู้แทนระดับสูงของประเทศสมาชิก APT ในช่วง Roundtable on "
                        "Singapore Statement and its key takeaways เพื่อแลกเปลี่ยนประสบการณ์ และรายงานผลการดำเนินการตามแนวทางแถลงการณ์"
                        "รัฐมนตรีด้าน ICT ของภูมิภาคเอเชียและแปซิฟิกที่ได้มีการรับรองเมื่อเดือนมิถุนายน 2562 ณ ประเทศสิงคโปร์",
                        "วันจันทร์ที่ 19 สิงหาคม 2562")
    assert [(a.kind, a.status) for a in found] == [("declaration", "signed")]
    assert "ict" in found[0].fields


def test_a_ministers_post_is_no_statement():
    assert not _agreements("นายกรัฐมนตรีรับฟังแถลงการณ์รัฐมนตรีว่าการกระทรวงการต่างประเทศ เรื่องสถานการณ์ชายแดน",
                           "วันจันทร์ที่ 19 สิงหาคม 2562")


TOKYO = (  # ด้านสังคม 2025-05-31 (news 96988)
    "ซึ่งการดำเนินการดังกล่าว สอดคล้องกับปฏิญญาโตเกียวว่าด้วยความน่าเชื่อถือและความปลอดภัย (Tokyo Statement on Trust and Safety) "
    "ที่ให้ความสำคัญกับการรักษาความปลอดภัยและตระหนักถึงช่องโหว่ของทั้งบุคคลและชุมชนต่อภัยคุกคามที่เป็นอันตราย รวมถึงการทำงานร่วมกัน"
    "ในระดับนานาชาติ โดยเฉพาะอย่างยิ่งในภูมิภาคเอเชียและแปซิฟิก เนื่องจากอาชญากรรมและการหลอกลวงไซเบอร์เป็นปัญหาข้ามพรมแดน "
    "การแบ่งปันแนวปฏิบัติที่ดีที่สุด การพัฒนาระบบที่เข้ากันได้ และการสร้างระบบนิเวศดิจิทัลที่ปลอดภัยยิ่งขึ้น "
    "จะช่วยปกป้องประชาชนและเศรษฐกิจของประเทศต่างๆ ได้")


def test_what_a_statement_stresses_gives_its_fields_and_the_body_whose_meeting_the_title_names_its_party():
    [a] = _agreements(TOKYO, "วันเสาร์ที่ 31 พฤษภาคม 2568", title="ดีอี ร่วมประชุม APT MM 2025 ณ เมืองโตเกียว ประเทศญี่ปุ่น")
    assert (a.kind, a.status) == ("declaration", "signed")
    assert a.title == "ปฏิญญาโตเกียวว่าด้วยความน่าเชื่อถือและความปลอดภัย (Tokyo Statement on Trust and Safety)"
    assert "online-scam" in a.fields
    assert a.parties == (ActorRef("org", "apt"),)


def test_a_statement_with_no_side_named_keeps_none_when_the_title_names_no_body():
    assert all(not a.parties for a in _agreements(TOKYO, "วันเสาร์ที่ 31 พฤษภาคม 2568"))


ALMM = (  # ด้านความมั่นคง 2022-10-29 (news 61009)
    "นายสุเทพ กล่าวต่อว่า การประชุมในครั้งนี้กระทรวงแรงงานได้เห็นชอบในหลักการต่อร่างแถลงการณ์ร่วมรัฐมนตรีแรงงานอาเซียนบวกสาม ครั้งที่ 12 "
    "ซึ่งสะท้อนถึงลำดับความสำคัญและความร่วมมืออย่างต่อเนื่องระหว่างอาเซียนกับสาธารณรัฐประชาชนจีน ญี่ปุ่น และสาธารณรัฐเกาหลี "
    "ซึ่งกระทรวงแรงงานจะได้เสนอขอความเห็นชอบจากคณะรัฐมนตรีต่อไป\n"
    "“ผลจากการประชุมในครั้งนี้ จะเป็นประโยชน์อย่างยิ่งต่อการยกระดับทักษะฝีมือแรงงานในประเทศไทยให้มีทักษะด้านดิจิทัล รองรับงาน"
    "ในรูปแบบใหม่ๆ ที่เปลี่ยนแปลงไปตามสถานการณ์ เพื่อให้แรงงานสามารถใช้ประโยชน์จากเทคโนโลยีดิจิทัลได้ ”นายสุเทพ กล่าวท้ายสุด")


def test_what_a_meeting_brings_is_what_its_outcome_statement_is_about():
    [a] = _agreements(ALMM, "วันเสาร์ที่ 29 ตุลาคม 2565")
    assert (a.kind, a.status) == ("declaration", "planned")
    assert "digital-skills" in a.fields


def test_gender_equality_names_no_sides():
    # ข่าวคณะโฆษก 2023-08-15 (news 71312), the headline: ``…ส่งเสริมความเสมอภาคระหว่างเพศ…`` is no ``ระหว่าง`` of parties
    title = ("ครม.เห็นชอบร่างแถลงการณ์รัฐมนตรี APEC ด้านสตรีและเศรษฐกิจ ส่งเสริมความเสมอภาคระหว่างเพศ เสริมพลังสตรีร่วมขับเคลื่อนเศรษฐกิจ "
             "สหรัฐฯ เป็นเจ้าภาพ 20 ส.ค. นี้")
    found = _agreements("คณะรัฐมนตรีเห็นชอบต่อร่างแถลงการณ์รัฐมนตรีเอเปคด้านสตรีและเศรษฐกิจ ประจำปี พ.ศ.2566 (APEC 2023 Women and the "
                        "Economy Statement) ตามที่กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์เสนอ", "วันอังคารที่ 15 สิงหาคม 2566",
                        title=title)
    assert [a.parties for a in found] == [(ActorRef("org", "apec"),)]


GREEN_INVESTMENT = (  # สรุปข่าวการประชุม ครม 2025-02-04 (news 93037), item 24
    "24. เรื่อง ร่างบันทึกความเข้าใจว่าด้วยการส่งเสริมความร่วมมือในการลงทุนด้านการพัฒนาสีเขียวระหว่างกระทรวงพลังงานแห่งราชอาณาจักรไทย"
    "กับกระทรวงพาณิชย์แห่งสาธารณรัฐประชาชนจีน\n"
    "คณะรัฐมนตรีมีมติเห็นชอบและอนุมัติตามที่กระทรวงพลังงาน (พน.) เสนอ ดังนี้\n"
    "1. เห็นชอบต่อร่างบันทึกความเข้าใจว่าด้วยการส่งเสริมความร่วมมือในการลงทุนด้านการพัฒนาสีเขียวระหว่างกระทรวงพลังงานแห่งราชอาณาจักรไทย"
    "กับกระทรวงพาณิชย์แห่งสาธารณรัฐประชาชนจีน\n"
    "สาระสำคัญ\n"
    "ร่างบันทึกความเข้าใจว่าด้วยการส่งเสริมความร่วมมือในการลงทุนด้านการพัฒนาสีเขียวระหว่างกระทรวงพลังงานแห่งราชอาณาจักรไทยกับกระทรวง"
    "พาณิชย์แห่งสาธารณรัฐประชาชนจีน มีสาระสำคัญที่มุ่งเน้นการยกระดับความร่วมมือทางธุรกิจระหว่างสองประเทศในด้านการลงทุนในโครงการ"
    "พลังงานสะอาด การส่งเสริมการวิจัยและพัฒนานวัตกรรมและเทคโนโลยีพลังงานสะอาด การผลักดันให้เกิดการลงทุนในธุรกิจพลังงานสะอาดและ"
    "เทคโนโลยีสีเขียว เพื่อเร่งไปสู่การเปลี่ยนผ่านด้านพลังงานและการบรรลุเป้าหมายความเป็นกลางทางคาร์บอนร่วมกันในอนาคต")


def test_research_and_development_in_a_restated_summary_makes_no_instrument_digital():
    # weak forms (R&D) only add to an instrument already digital, in the summary that restates a draft as anywhere else
    found = _agreements(GREEN_INVESTMENT, "วันอังคารที่ 4 กุมภาพันธ์ 2568")
    assert found and all(not a.fields for a in found)
