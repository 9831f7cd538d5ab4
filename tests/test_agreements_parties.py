"""Who the parties are: real sentences from the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from extractors.records import ActorRef

from passages import APEC_EDUCATION_APPROVAL
from snippets import agreements_with_status


_agreements = agreements_with_status


def _orgs(agreement) -> list[str]:
    return [p.key for p in agreement.parties if p.kind == "org"]


FIVE_MOUS = (  # ด้านเศรษฐกิจ 2018-09-21 (news 15560)
    "ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) ร่วมเป็นสักขีพยานในพิธีลงนามความร่วมมือ "
    "ระหว่างสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (depa) หน่วยงานในสังกัดกระทรวงฯ กับ หน่วยงานจากภาคเอกชนทั้งในและต่างประเทศ "
    "จำนวน 5 ฉบับ เมื่อวันที่ 20 กันยายน 2561 ณ อาคารชาเลนเจอร์ ฮอลล์ 1-3 ศูนย์แสดงสินค้าและการประชุมอิมแพ็ค เมืองทองธานี "
    "โดย MOU ทั้ง 5 ฉบับ มีดังนี้ 1) ความร่วมมือ Memorandum of Understanding on IoT Device/Application Testing Lab "
    "กับ บริษัท โนเกีย (ประเทศไทย) จํากัด 2) บันทึกข้อตกลงความร่วมมือว่าด้วยการพัฒนาโครงสร้างพื้นฐานรองรับนวัตกรรมดิจิทัล "
    "กับ บริษัท ดีแทค ไตรเน็ต จำกัด 3) Memorandum of Understanding on Collaborate and Promoting and Strengthen Digital "
    "Startup Ecosystem in Thailand กับ THE NEXT WEB B.V.")


def test_items_of_a_list_take_the_side_its_intro_names():
    nokia, trinet, tnw = _agreements(FIVE_MOUS, "วันศุกร์ที่ 21 กันยายน 2561")
    assert _orgs(nokia) == ["depa", "nokia"]
    assert ActorRef("country", "TH") not in nokia.parties        # "(ประเทศไทย)" is part of Nokia's name
    assert _orgs(trinet)[0] == "depa" and "dtac" not in _orgs(trinet)   # the subsidiary signs, not dtac
    assert _orgs(tnw)[0] == "depa" and "mdes" not in _orgs(tnw)  # never the minister's ministry
    assert len(_orgs(tnw)) == 2                                   # and THE NEXT WEB B.V., discovered by its legal form


def test_parent_ministry_after_its_department_is_no_party():
    # ข่าวทำเนียบรัฐบาล 2019-01-17 (news 18194)
    [a] = _agreements("หลังจากนั้น ทั้งสองฝ่ายได้ร่วมกันลงนามบันทึกความเข้าใจระหว่างกรมประชาสัมพันธ์ "
                      "สำนักนายกรัฐมนตรีแห่งราชอาณาจักรไทยและสำนักงานประชาสัมพันธ์ ทำเนียบประธานาธิบดีแห่งสาธารณรัฐฟิลิปปินส์"
                      "ว่าด้วยความร่วมมือด้านสารสนเทศและสื่อสารมวลชน", "วันพฤหัสบดีที่ 17 มกราคม 2562")
    assert "prd" in _orgs(a) and "pmo" not in _orgs(a)


def test_the_cabinet_approves_and_is_no_party():
    # ข่าวคณะโฆษก 2022-10-25 (news 60837)
    [a] = _agreements("วันที่ 25 ตุลาคม 2565 น.ส. ทิพานัน กล่าวว่า ครม. มีมติเห็นชอบรับรองปฏิญญาอาเซียนว่าด้วยการเปลี่ยนแปลงทางดิจิทัล"
                      "ของระบบการศึกษาในอาเซียน (Declaration on the Digital Transformation of Education Systems in ASEAN) "
                      "พร้อมกับอนุมัติให้รัฐมนตรีว่าการกระทรวงศึกษาธิการหรือผู้ที่ได้รับมอบหมายรับรองร่างปฏิญญาอาเซียนดังกล่าว",
                      "วันอังคารที่ 25 ตุลาคม 2565")
    assert a.status == "approved"
    assert "cabinet" not in _orgs(a) and "asean" in _orgs(a)


def test_parties_after_a_quoted_title_run_over_an_alias_in_brackets():
    # ด้านเศรษฐกิจ 2018-07-05 (news 13616)
    [a] = _agreements("ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เป็นประธานเปิดงาน "
                      "และเป็นสักขีพยานในพิธีลงนามบันทึกข้อตกลงความร่วมมือว่าด้วยการสนับสนุนผู้ประกอบการด้านสตาร์ตอัพจากประเทศญี่ปุ่น"
                      "เข้าร่วมงาน “CEBIT ASEAN Thailand 2018” ระหว่างองค์การส่งเสริมการค้าต่างประเทศของญี่ปุ่น (เจโทร กรุงเทพฯ) "
                      "กับบริษัท อิมแพ็ค เอ็กซิบิชั่น แมเนจเม้นท์ จำกัด", "วันพฤหัสบดีที่ 5 กรกฎาคม 2561")
    assert _orgs(a)[0] == "jetro" and len(_orgs(a)) == 2


def test_a_thai_subsidiary_is_its_registered_company():
    # ด้านสังคม 2025-09-04 (news 100399)
    [a] = _agreements("นายณัฐพล ณัฏฐสมบูรณ์ รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) ร่วมเป็นสักขีพยานในพิธีลงนาม"
                      "บันทึกความเข้าใจว่าด้วยความร่วมมือในการส่งเสริมและแลกเปลี่ยนความรู้ขั้นสูง ด้านการประยุกต์ใช้ 5G ในภาคอุตสาหกรรม "
                      "ระหว่างสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (depa) และบริษัท อีริคสัน (ประเทศไทย) จำกัด (Ericsson ) โดยมี ดร.วาริน "
                      "รัชนานุสรณ์ รักษาการรองผู้อำนวยการใหญ่ depa ร่วมลงนามในพิธี", "วันพฤหัสบดีที่ 4 กันยายน 2568")
    assert _orgs(a) == ["depa", "ericsson"]


def test_the_spokespersons_office_is_no_party():
    # ข่าวคณะโฆษก 2022-06-15: the deputy spokesperson's post names the Office of the Prime Minister
    [a] = _agreements("วันที่ 15 มิถุนายน 2565 นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุมคณะรัฐมนตรี "
                      "(ครม.) เมื่อวันที่ 14 มิถุนายน 2565 เห็นชอบให้ไทยร่วมรับรองปฏิญญาร่วมว่าด้วยความเป็นส่วนตัวและการคุ้มครอง"
                      "ข้อมูลส่วนบุคคล ที่จะมีการรับรองในการประชุมระดับรัฐมนตรีว่าด้วยความร่วมมือในภูมิภาคอินโด - แปซิฟิก "
                      "(Ministerial Forum for Cooperation in the Indo - Pacific) ณ กรุงปารีส ฝรั่งเศส ตามที่กระทรวงการต่างประเทศเสนอ",
                      "วันพุธที่ 15 มิถุนายน 2565")
    assert a.status == "approved"
    assert ActorRef("country", "TH") in a.parties
    assert "pmo" not in _orgs(a) and "cabinet" not in _orgs(a)


def test_an_item_describes_itself_not_the_next_item():
    # the same list (news 15560): "… ไตรเน็ต จำกัด 3) Memorandum … Digital Startup Ecosystem …" is item 3's
    _, trinet, tnw = _agreements(FIVE_MOUS, "วันศุกร์ที่ 21 กันยายน 2561")
    assert "startups" not in trinet.fields
    assert "startups" in tnw.fields


def test_thailand_in_brackets_after_a_company_is_its_name():
    # ข่าวทำเนียบรัฐบาล 2017-11-22 (news 8281), "จากัด" misspelt in the source
    [a] = _agreements("ซึ่งเดินทางมาเข้าร่วมพิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กับ บริษัท หัวเว่ย "
                      "เทคโนโลยี (ประเทศไทย) จากัด ว่าด้วยความร่วมมือระหว่างภาครัฐและภาคเอกชนด้านการเปลี่ยนผ่านทางดิจิทัลเพื่อขับเคลื่อน"
                      "นโยบายไทยแลนด์ 4.0", "วันพุธที่ 22 พฤศจิกายน 2560")
    assert _orgs(a) == ["mdes", "huawei_th"]      # Huawei's Thai company (gold: heldout, news 8281)
    assert ActorRef("country", "TH") not in a.parties


HLJC5 = (  # ด้านสังคม 2021-08-11 (news 44676); the release separates its words with no-break spaces
    "ในโอกาสนี้ ผู้ช่วยรัฐมนตรีว่าการกระทรวงดิจิทัลฯ ได้ร่วมแสดงบันทึกความร่วมมือด้านกิจการไปรษณีย์ระหว่าง "
    "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น "
    "และเป็นสักขีพยานการลงนามบันทึกความร่วมมือเรื่อง Lean IoT Plant Management and Execution (LIPE)\xa0ระหว่าง\xa03\xa0"
    "หน่วยงาน\xa0ได้แก่\xa01)\xa0กรมส่งเสริมอุตสาหกรรม\xa0กระทรวงอุตสาหกรรม\xa02)\xa0สำนักงานส่งเสริมเศรษฐกิจดิจิทัล\xa0ดศ."
    "\xa0และ\xa03)\xa0สำนักนโยบายการค้า\xa0กระทรวงเศรษฐกิจ การค้า และอุตสาหกรรมแห่งประเทศญี่ปุ่น "
    "ซึ่งการบันทึกความร่วมมือทั้งสองฉบับนี้ หน่วยงานที่เกี่ยวข้องทั้งสองฝ่ายจะมีการดำเนินการให้เป็นความร่วมมือที่เป็นรูปธรรมต่อไป")


def test_a_counted_list_of_parties_is_the_between_clause():
    postal, lipe = _agreements(HLJC5, "วันพุธที่ 11 สิงหาคม 2564")
    assert _orgs(postal) == ["mdes", "mic_jp"]
    assert "Lean IoT" in lipe.title                      # not swallowed by the title before it ("… และเป็นสักขีพยาน")
    assert {"diprom", "depa"} <= set(_orgs(lipe)) and "mdes" not in _orgs(lipe)
    assert ActorRef("country", "JP") in lipe.parties or "meti_jp" in _orgs(lipe)


def test_a_long_english_alias_in_brackets_does_not_end_the_parties():
    # ด้านสังคม 2023-08-03 (news 70944)
    [a] = _agreements("นางสาวอังคณา ใจกิจสุวรรณ รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เป็นประธานพิธีประกาศเจตนารมณ์ "
                      "และลงนามหนังสือแสดงเจตจำนงระหว่างศูนย์ฝึกอบรมเอเชียและแปซิฟิกด้านเทคโนโลยีสารสนเทศเพื่อการพัฒนา "
                      "(Asian and Pacific Training Centre for Information and Communication Technology for Development: APCICT) "
                      "กับ กรมกิจการผู้สูงอายุ (Department of Older Persons: DOP) เพื่อพัฒนาทักษะดิจิทัลของผู้สูงอายุ",
                      "วันพฤหัสบดีที่ 3 สิงหาคม 2566")
    assert a.kind == "loi" and {"apcict", "dop"} <= set(_orgs(a))


def test_english_name_in_brackets_is_the_partys_own_and_its_country_goes_on_to_the_other_side():
    # ปฏิรูปการศึกษาฯ 2024-02-07 (news 78576): "(อว.) แห่งราชอาณาจักรไทย กับ" goes on to the other
    # side; "Ministry of Industry" inside the Cambodian ministry's English name is not Thailand's
    [a] = _agreements("นายเศรษฐา ทวีสิน นายกรัฐมนตรีราชอาณาจักรไทย ร่วมเป็นประธานและสักขีพยานในพิธีลงนามในบันทึกความเข้าใจ (MOU) "
                      "ระหว่างกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.) แห่งราชอาณาจักรไทย กับ กระทรวงอุตสาหกรรม "
                      "วิทยาศาสตร์ เทคโนโลยีและนวัตกรรมแห่งราชอาณาจักรกัมพูชา (Ministry of Industry, Science, Technology & "
                      "Innovation หรือ MISTI) โดยมี ศุภมาส อิศรภักดี รมว.อว. ร่วมลงนาม ณ ตึกสันติไมตรีหลังใน ทำเนียบรัฐบาล",
                      "วันพุธที่ 7 กุมภาพันธ์ 2567")
    assert _orgs(a)[0] == "mhesi" and len(_orgs(a)) == 2 and "moind" not in _orgs(a)


def test_a_discovered_piece_of_an_english_alias_is_no_party():
    # ด้านเศรษฐกิจ 2022-09-19 (news 59436): "S Trade and Development Agency" is USTDA's English name, cut
    [a] = _agreements("จากนั้น นายชัยวุฒิ ธนาคมานุสรณ์ ได้ร่วมเป็นสักขีพยานการลงนามร่างข้อตกลงการรับทุน (Grant Agreement) "
                      "โครงการความร่วมมือ Phuket Smart City Technical Assistant Package ระหว่างสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (ดีป้า) "
                      "และองค์การการค้าและการพัฒนาแห่งสหรัฐอเมริกา (U.S Trade and Development Agency: USTDA) ร่วมกับนายอรุณ เวนคาทารามาน",
                      "วันจันทร์ที่ 19 กันยายน 2565")
    assert _orgs(a) == ["depa", "ustda"]


CNSA_MOUS = (  # ข่าวคณะโฆษก 2024-04-04 (news 81299)
    "รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า ที่ประชุม ครม. มีมติเห็นชอบร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านสถานีวิจัยดวงจันทร์"
    "ระหว่างประเทศ  และร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการสำรวจและการใช้อวกาศส่วนนอกเพื่อสันติ ระหว่างกระทรวงการอุดมศึกษา "
    "วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.) แห่งราชอาณาจักรไทย และสำนักงานบริหารอวกาศแห่งชาติจีน เพื่อเป็นการวางรากฐานความร่วมมือ"
    "ในการร่วมสร้างสถานีวิจัยดวงจันทร์ระหว่างประเทศ")


def test_two_titles_joined_by_and_share_the_parties_the_second_names():
    lunar, outer_space = _agreements(CNSA_MOUS, "วันพฤหัสบดีที่ 4 เมษายน 2567")
    assert "สถานีวิจัยดวงจันทร์" in lunar.title and "เพื่อสันติ ระหว่าง" in outer_space.title   # เพื่อสันติ ends no title
    assert _orgs(lunar) == _orgs(outer_space) == ["mhesi", "cnsa"]                     # never the spokesperson's office
    assert lunar.status == outer_space.status == "approved"


def test_an_mou_the_two_sides_signed_is_theirs_and_an_earlier_signing_names_no_signatories():
    # ด้านสังคม 2025-01-16 (news 92437): the talks' two ministers, the MOU they "both signed in 2022"
    [a] = _agreements("เมื่อวันที่ 15 มกราคม 2568 นายประเสริฐ จันทรรวงทอง รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                      "และศาสตราจารย์บ่อเวียงคำ วงดาลา รัฐมนตรีว่าการกระทรวงเทคโนโลยีและการสื่อสาร สปป.ลาว ได้ร่วมประชุมหารือระดับรัฐมนตรี "
                      "ณ โรงแรมอวานี พลัส ริเวอร์ไซด์ กรุงเทพฯ เพื่อกระชับความสัมพันธ์และขับเคลื่อนความร่วมมือด้านดิจิทัลระหว่างทั้งสองประเทศ\n"
                      "การประชุมครั้งนี้มีการทบทวนความร่วมมือภายใต้บันทึกความเข้าใจ (MOU) ว่าด้วยความร่วมมือด้านไปรษณีย์ โทรคมนาคม "
                      "เทคโนโลยีสารสนเทศ และเทคโนโลยีดิจิทัล ที่ทั้งสองฝ่ายได้ร่วมลงนามไปเมื่อปี 2565 พร้อมได้หารือเกี่ยวกับการพัฒนาแผนงาน"
                      "หรือกิจกรรมความร่วมมือที่ประสงค์จะดำเนินร่วมกันในด้านต่าง ๆ ได้แก่ การไปรษณีย์ การพัฒนาโครงสร้างพื้นฐานบรอดแบนด์ "
                      "ความมั่นคงปลอดภัยทางไซเบอร์", "วันพฤหัสบดีที่ 16 มกราคม 2568")
    assert a.status == "signed" and a.title.endswith("เทคโนโลยีดิจิทัล")   # ``ที่ทั้งสองฝ่าย…`` ends the title
    assert _orgs(a)[0] == "mdes" and len(_orgs(a)) == 2                    # and the Lao ministry
    assert a.signatories == ()                                              # signed in 2022, by whoever then
    assert "cybersecurity" not in a.fields                                  # the talks' list, after ``พร้อมได้หารือ``


def test_the_two_sides_of_a_courtesy_call_are_the_parties_of_the_mou_they_signed():
    # ด้านสังคม 2019-11-22 (news 24806): the permanent secretary's ministry and the ambassador's country
    [a] = _agreements("นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้ให้การต้อนรับ H.E. Mr. Allan McKinnon PSM "
                      "เอกอัครราชทูตเครือรัฐออสเตรเลียประจำประเทศไทย และคณะ ในโอกาสเข้าหารือแนวทางในการดำเนินความร่วมมือตามบันทึกความเข้าใจ "
                      "ซึ่งทั้งสองฝ่ายได้ลงนามร่วมกัน (ความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์และเศรษฐกิจดิจิทัล รวมถึงเทคโนโลยี 5G)",
                      "วันศุกร์ที่ 22 พฤศจิกายน 2562")
    assert _orgs(a) == ["mdes"] and ActorRef("country", "AU") in a.parties


def test_an_mou_the_two_sides_agreed_to_make_is_between_the_sides_of_the_talks():
    # ด้านสังคม 2024-03-19 (news 80575): Thailand and Cambodia, not ASEAN, the forum named in passing
    [a] = _agreements("ด้านประธาน TRC กล่าวว่า ปัญหาอาชญากรรมออนไลน์เป็นเรื่องที่รัฐบาลกัมพูชาให้ความสำคัญเพราะกัมพูชาประสบปัญหา"
                      "เช่นเดียวกับไทย พร้อมกันนี้ได้กล่าวชื่นชมการทำงานของไทยในการเสนอเรื่อง Anti Online Scam ในเวทีอาเซียน\n"
                      "อย่างไรก็ตาม ทั้งสองฝ่ายเห็นชอบร่วมกันในการขยายกรอบความร่วมมือเดิม โดยจัดทำความร่วมมือ (Memorandum of "
                      "Understanding: MOU) ฉบับใหม่ เพื่อขยายขอบเขตของความร่วมมือ ที่จะทำให้ทั้งไทยและกัมพูชาสามารถทำหลาย ๆ เรื่อง"
                      "ในการป้องกันภัยจากเทคโนโลยีได้เพิ่มมากขึ้น", "วันอังคารที่ 19 มีนาคม 2567")
    assert (a.kind, a.status) == ("mou", "planned")
    assert {ActorRef("country", "TH"), ActorRef("country", "KH")} == set(a.parties)
    assert a.fields == ("online-scam",)


def test_the_partners_after_a_quoted_name_the_instrument_sets_up_are_its_parties():
    # ดีอี ร่วมประชุมจัดตั้ง RAPA (news 96144, 7 พฤษภาคม 2568): the alliance's name in quotes, then ``ร่วมกับ`` its partners
    body = ("งานดังกล่าวจัดขึ้นต่อเนื่องจากที่บริษัทไปรษณีย์ไทย จำกัด ได้ลงนามในข้อตกลงและบันทึกความเข้าใจ ในการจัดตั้ง "
            "\"Regional Asian Post Alliance - RAPA\" ร่วมกับการไปรษณีย์เวียดนาม การไปรษณีย์อินโดนีเซีย พร้อมด้วยที่ปรึกษาพิเศษ"
            "จำนวน 2 ราย คือ PayTech JSC (บริษัทจดทะเบียนตามกฎหมายเวียดนาม) และ Kota Capital Advisors (บริษัทจดทะเบียนตาม"
            "กฎหมายสิงคโปร์) เมื่อเดือนมิถุนายน 2567")
    [mou] = _agreements(body, "วันพุธที่ 7 พฤษภาคม 2568")
    assert "Regional Asian Post Alliance" in mou.title
    assert {"thailandpost", "vnpost"} <= {p.key for p in mou.parties}
    assert "ID" in {p.key for p in mou.parties}


def test_the_ministry_after_a_spokesmans_words_is_the_subject_that_signs():
    # โฆษกรัฐบาลเผย รัฐบาลร่วม Huawei ยกระดับ Cloud - AI ในไทย (news 76362, 19 ธันวาคม 2566): the spokesman's post ends at
    # ``เปิดเผยว่า``; the ministry after it signs with Huawei
    body = ("วันนี้ (19 ธันวาคม 2566) นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
            "ได้ร่วมงาน Huawei Cloud AI Summit Thailand 2023 พร้อมลงนามความร่วมมมือ (MOU) กับ บริษัท หัวเว่ย เทคโนโลยี่ "
            "ประเทศไทย ในวันที่ 18 ธ.ค. 2566 เพื่อการพัฒนาด้านดิจิทัล สนับสนุนการสร้าง Ecosystem ด้านคลาวด์ และ AI")
    [mou] = _agreements(body, "วันอังคารที่ 19 ธันวาคม 2566")
    assert {"mdes", "huawei"} <= set(_orgs(mou))


def test_the_ministry_written_short_is_the_one_named_before():
    # ดีอี… MWC 2024 บาร์เซโลนา (news 79646, 2567): ``กระทรวงฯ`` is the ministry the release has named
    body = ("นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้เยี่ยมชมเทคโนโลยี จากค่ายต่าง ๆ "
            "อาทิ บริษัท Huawei Technologies สืบต่อเนื่องจากบันทึกความเข้าใจระหว่างกระทรวงฯ และบริษัท Huawei Technologies "
            "(Thailand) ด้านการพัฒนาดิจิทัลของประเทศไทย ซึ่งการหารือในครั้งนี้ ทาง Huawei Technologies ได้เน้นย้ำที่จะส่งเสริม")
    [mou] = _agreements(body, "วันพฤหัสบดีที่ 29 กุมภาพันธ์ 2567")
    assert "mdes" in _orgs(mou)


def test_the_ministry_a_body_belongs_to_is_no_party_beside_it():
    # ETDA–Cisco (news 15082): ``หน่วยงานในสังกัดกระทรวงฯ`` names ETDA's parent
    body = ("ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เป็นประธานในพิธี  ลงนามบันทึกข้อตกลง"
            "ความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ ระหว่างสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (องค์การมหาชน) หรือ เอ็ตด้า "
            "หน่วยงานในสังกัดกระทรวงฯ กับ บริษัท ซิสโก้ ซีสเต็มส์ (ประเทศไทย) จํากัด ซึ่งเป็นบริษัทที่พัฒนาโซลูชั่นด้านการรักษา"
            "และป้องกันภัยคุกคามทางไซเบอร์")
    [mou] = _agreements(body, "วันศุกร์ที่ 31 สิงหาคม 2561")
    assert "etda" in _orgs(mou) and "mdes" not in _orgs(mou)


def test_an_instrument_with_one_country_abroad_and_no_one_else_is_thailands_with_it():
    # ชัยวุฒิ… แก๊งคอลเซ็นเตอร์ (news 51778): ``การเตรียมลงนาม MOU กับประเทศกัมพูชา`` names only Cambodia
    body = ("ขณะนี้ รัฐบาล โดยท่านนายกรัฐมนตรี พลเอกประยุทธ์ จันทร์โอชา ได้มีคำสั่งให้ทุกฝ่ายที่เกี่ยวข้อง ช่วยกัน กวดขันดูเเล "
            "เเละมีมาตรการเชิงรุกปราบปรามแก๊งคอลเซ็นเตอร์อย่างหนัก จะเห็นได้จากการเตรียมลงนาม MOU กับประเทศกัมพูชา และ "
            "การเเก้กฎหมายเกี่ยวกับบัญชีม้า")
    [mou] = _agreements(body, "วันพฤหัสบดีที่ 24 กุมภาพันธ์ 2565")
    assert {p.key for p in mou.parties} == {"KH", "TH"}


def test_a_partys_signer_between_the_parties_does_not_end_the_list():
    # ด้านเศรษฐกิจ 2022-11-21 (news 61829): ``ระหว่าง A โดย <signer> กับ B``
    [a] = _agreements("นายศักดิ์สยาม ชิดชอบ รัฐมนตรีว่าการกระทรวงคมนาคม เป็นประธานในพิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือ"
                      "ในการเชื่อมโยงระบบคอมพิวเตอร์และแลกเปลี่ยนข้อมูลในระบบสารสนเทศ ระหว่าง การทางพิเศษแห่งประเทศไทย "
                      "โดย นายสุรเชษฐ์ เหล่าพูลสุข ผู้ว่าการการทางพิเศษแห่งประเทศไทย กับกองบัญชาการตำรวจสอบสวนกลาง (บช.ก.) "
                      "สำนักงานตำรวจแห่งชาติ โดย พล.ต.ท.จิรภพ ภูริเดช ผู้บัญชาการตำรวจสอบสวนกลาง โดยมี นายชยธรรม์ พรหมศร "
                      "ปลัดกระทรวงคมนาคม", "วันจันทร์ที่ 21 พฤศจิกายน 2565")
    assert _orgs(a) == ["exat", "cib"]


def test_a_signers_post_between_the_parties_names_no_party():
    # ด้านเศรษฐกิจ 2018-05-15 (news 12241): the second party after the first one's signer, whose post
    # names the first party again; the third side, after ``กับ`` a person, is read from the sentence
    [a] = _agreements("โดยในวันที่ 17 พฤษภาคม 2561 จะมีพิธีลงนามบันทึกความเข้าใจระหว่างบีโอไอ โดยนางสาวดวงใจ อัศวจินตจิตร์ "
                      "เลขาธิการบีโอไอ และกระทรวงอุตสาหกรรม โดยนายพสุ โลหารชุน ปลัดกระทรวงอุตสาหกรรม กับนายจอง ซอน ซอ "
                      "(Mr. Jeong-Sun Seo) ประธานโคเรียไบโอ", "วันอังคารที่ 15 พฤษภาคม 2561")
    assert _orgs(a)[:2] == ["boi", "moind"]


def test_an_english_party_after_the_first_ones_alias_in_brackets():
    # Cabinet Meeting Synopsis 2022-06-21 (news 55903): ``… Agency (NCSA) and Cyberspace Administration of…``
    found = agreements_with_status(
        "สรุปผลการประชุมคณะรัฐมนตรี The Cabinet approved the draft memorandum of understanding on cyber security "
        "between National Cybersecurity Agency (NCSA) and Cyberspace Administration of the People’s Republic of China. "
        "Should there be an amendment in parts that are not gist nor against the principles approved by the Cabinet.",
        "วันอังคารที่ 21 มิถุนายน 2565")
    assert [_orgs(a) for a in found] == [["ncsa", "cac_cn"]]


AOC_MOU = (  # ด้านสังคม 2024-05-31 (news 83955): the first side signs through its unit, the others are listed after it
    "เมื่อวันที่ 28 พฤษภาคม 2567 กระทรวง ดีอี โดยศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดีอี ได้ลงนามบันทึกข้อตกลง "
    "MOU ว่าด้วยการให้ความเห็นชอบระบบหรือกระบวนการเปิดเผยหรือแลกเปลี่ยนข้อมูล โดยศูนย์ปฏิบัติการแก้ไขปัญหาอาชญากรรม"
    "ออนไลน์ (Anti Online Scam Operation Center: AOC) ร่วมกับ  กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี "
    "(บช.สอท.) สำนักงานตำรวจแห่งชาติ (ตร.) กรมสอบสวนคดีพิเศษ (ดีเอสไอ) สำนักงานป้องกันและปราบปรามการฟอกเงิน (ปปง.) "
    "ธนาคารแห่งประเทศไทย (ธปท.) และสำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (กสทช.)"
)


def test_the_sides_listed_after_the_unit_that_signs_for_the_first_are_parties():
    [a] = agreements_with_status(AOC_MOU, "วันศุกร์ที่ 31 พฤษภาคม 2567")
    keys = {p.key for p in a.parties}
    assert {"mdes", "ccib", "dsi", "amlo", "bot", "nbtc"} <= keys
    assert "police" not in keys   # the unit's parent, named after it, does not sign and does not end the list


def test_a_members_ministry_is_no_party_of_a_blocs_statement():
    [a] = agreements_with_status(APEC_EDUCATION_APPROVAL, "วันอังคารที่ 13 พฤษภาคม 2568")
    assert a.kind == "declaration"
    assert a.parties == (ActorRef("org", "apec"),)   # not MOE, which proposes it and whose minister adopts it
