"""heldout10's, heldout11's and heldout12's misses and the archive precision reading's false fields, from real releases
of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from datetime import date

from extractors.instruments import find_instruments
from snippets import only_agreement, read_passage

ANWAR_VISIT = (  # นายกฯ แถลงร่วม นายกฯ มาเลเซีย (news 64756, 9 กุมภาพันธ์ 2566): the fourth of four instruments exchanged
    "อนึ่ง นายกรัฐมนตรีของทั้งสองประเทศได้ร่วมเป็นสักขีพยานในพิธีแลกเปลี่ยนความตกลง 4 ฉบับ ได้แก่\n"
    "3. บันทึกความตกลงระหว่าง TNB Power Generation Sdn. Bhd. (“GenCo”) และ B Grimm Power Public Co. Ltd. (“B Grimm”) "
    "ซึ่งเกี่ยวกับข้อเสนอในการแสวงหาโอกาสในการทำงานร่วมกัน การมีส่วนร่วม และการพัฒนาโครงการพลังงานหมุนเวียนต่าง ๆ "
    "ในภูมิภาคเอเชียตะวันออกเฉียงใต้\n"
    "4. บันทึกความเข้าใจระหว่าง Malaysia Digital Economy Corporation SDN. BHD. (MDEC) และสำนักงานส่งเสริมเศรษฐกิจดิจิทัล "
    "(depa)")


def test_a_malaysian_company_form_does_not_end_the_title():
    extraction = read_passage(ANWAR_VISIT, "วันพฤหัสบดีที่ 9 กุมภาพันธ์ 2566")
    mdec = [a for a in extraction.agreements if "Malaysia Digital Economy" in (a.title or "")]
    assert len(mdec) == 1 and "(depa)" in mdec[0].title
    assert {p.key for p in mdec[0].parties if p.kind == "org"} == {"mdec_my", "depa"}


def test_an_mou_of_two_digital_economy_agencies_is_about_the_digital_economy():
    extraction = read_passage(ANWAR_VISIT, "วันพฤหัสบดีที่ 9 กุมภาพันธ์ 2566")
    fields = {a.title.split(" Sdn")[0].split(" SDN")[0]: a.fields for a in extraction.agreements}
    assert fields["บันทึกความเข้าใจระหว่าง Malaysia Digital Economy Corporation"] == ("digital-economy",)
    assert fields["บันทึกความตกลงระหว่าง TNB Power Generation"] == ()     # energy companies: no mandate


# The archive's 50-agreement precision reading: an instrument inside one act of a list written without markers took
# the next act's field.
GEOPARKS = (  # สรุปข่าวการประชุม ครม. 3 สิงหาคม 2564 (news 44386), the IMT-GT ministers' statement on 2021's work
    "2. ยินดีต่อผลการดำเนินงานของคณะทำงานแต่ละสาขาในปี 2564 และความสำเร็จของการประชุมคณะทำงานด้านสิ่งแวดล้อมครั้งแรก "
    "โดยรับทราบการดำเนินงานที่สำคัญ ดังนี้ การลงนามบันทึกความเข้าใจ (MoU) ระหว่างอุทยานธรณีโลกลังกาวี (มาเลเซีย) "
    "อุทยาธรณีโลกสตูล (ไทย) และอุทยานธรณีโลกทะเลสาบโตบา (อินโดนีเซีย) การดำเนินโครงการแพลตฟอร์มการพาณิชย์อิเล็กทรอนิกส์"
    "ของ IMT-GT การจัดทำกรอบความร่วมมือต้านการศุลกากร การตรวจคนเข้าเมือง และการตรวจโรคพืชและสัตว์  (CIQ)")
RCEP_TALK = (  # ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน, the PM's talk of 16 พฤศจิกายน 2561 (news 16871)
    "รวมถึงการลดอุปสรรคทางการค้า, การเพิ่มมูลค่าการค้าระหว่างกันภายในภูมิภาค และการเร่งรัดการเจรจาความตกลงหุ้นส่วนทาง"
    "เศรษฐกิจระดับภูมิภาค (RCEP) ซึ่งมีความสำคัญที่สุดสำหรับอาเซียนเรา ให้แล้วเสร็จโดยเร็วภายในปีหน้า การส่งเสริมความเชื่อม"
    "โยงในภูมิภาค และยุทธศาสตร์ความเชื่อมโยงด้านต่าง ๆ ทั้งโครงสร้างพื้นฐานด้านคมนาคม โทรคมนาคมและการสื่อสาร กฎระเบียบ")


def test_the_next_act_of_an_unmarked_list_is_not_the_instruments_subject():
    geoparks = only_agreement(GEOPARKS, "วันอังคารที่ 3 สิงหาคม 2564")
    assert geoparks.title.startswith("บันทึกความเข้าใจ (MoU) ระหว่างอุทยานธรณีโลกลังกาวี")
    assert geoparks.fields == ()                     # the e-commerce platform is the next act
    rcep = only_agreement(RCEP_TALK, "วันอาทิตย์ที่ 18 พฤศจิกายน 2561")
    assert "(RCEP)" in rcep.title and rcep.status == "planned"
    assert rcep.fields == ()                         # telecom is in the next act, connectivity


IDA_PLATFORM = (  # 13 พันธมิตร จับมือเดินหน้าพัฒนาเขตนวัตกรรม… (news 33225, 9 กรกฎาคม 2563)
    "(19 มิถุนายน 2563) ณ อุทยานวิทยาศาสตร์ประเทศไทย จัดพิธีลงนามความร่วมมือแบบพหุพาคี ซึ่งเป็นความร่วมมือระหว่างภาครัฐ"
    "และภาคเอกชน ผ่านระบบออนไลน์ CISCO Webex ครั้งแรกในประเทศไทย ประกาศเจตนารมณ์ในความร่วมมือเพื่อยกระดับภาคอุตสาหกรรม"
    "ไทยสู่อุตสาหกรรม 4.0 โดยการผลักดันแพลตฟอร์ม IDA หรือ Industrial IoT and Data Analytics Platfom ซึ่งเป็นแพลตฟอร์มไอโอที "
    "(IoT) และระบบวิเคราะห์ข้อมูล สำหรับโรงงานอุตสาหกรรม")


def test_a_signing_ceremony_of_cooperation_is_an_mou_signed():
    ida = only_agreement(IDA_PLATFORM, "วันพฤหัสบดีที่ 9 กรกฎาคม 2563")
    assert (ida.kind, ida.status, ida.signing_date) == ("mou", "signed", date(2020, 6, 19))
    assert "iot" in ida.fields


ASEAN_JAPAN_STATEMENT = (  # อาเซียน-ญี่ปุ่นแถลงการณ์สู้โควิด-19 (news 29626, 23 เมษายน 2563), heldout10's miss
    "นางอรมน ทรัพย์ทวีธรรม อธิบดีกรมเจรจาการค้าระหว่างประเทศ เปิดเผยว่า เมื่อวันที่ 22 เม.ย.2563 ที่ผ่านมา รัฐมนตรีเศรษฐกิจ"
    "อาเซียนและญี่ปุ่นได้ออกถ้อยแถลงร่วม “ข้อริเริ่มด้านความยืดหยุ่นทางเศรษฐกิจเพื่อรับมือกับการแพร่ระบาดของไวรัสโควิด-19” "
    "มีเป้าหมายหลัก 3 ประการ คือ 1.รักษาความสัมพันธ์ทางเศรษฐกิจอันใกล้ชิดระหว่างอาเซียนและญี่ปุ่น\n"
    "ทั้งนี้ ถ้อยแถลงดังกล่าว ยังให้ความสำคัญกับการรักษาตลาดที่เปิดกว้างและส่งเสริมให้เกิดห่วงโซ่อุปทานที่ยืดหยุ่น ตลอดจน"
    "ร่วมมือกันแก้ไขปัญหาอย่างสร้างสรรค์ให้กับภาคธุรกิจ โดยเฉพาะวิสาหกิจขนาดกลาง ขนาดย่อม และรายย่อย (MSMEs) และส่งเสริม"
    "การใช้ประโยชน์จากเทคโนโลยีดิจิทัลในการดำเนินธุรกิจ")


def test_a_later_paragraph_about_the_statement_gives_it_its_fields():
    statement = only_agreement(ASEAN_JAPAN_STATEMENT, "วันพฤหัสบดีที่ 23 เมษายน 2563")
    assert statement.kind == "declaration" and statement.fields == ("digital-transformation",)
    assert {p.key for p in statement.parties} == {"asean", "JP"}    # the economic ministers adopt it for ASEAN


SPAIN_TRANSPORT_MOU = (  # “สุริยะ” จับมือสเปน เตรียมลงนาม MOU… (news 94252, 11 มีนาคม 2568), heldout10's miss
    "นายสุริยะ จึงรุ่งเรืองกิจ รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงคมนาคม เปิดเผยว่า เมื่อวันที่ 10 มีนาคม 2568 ได้หารือร่วมกับ"
    "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งราชอาณาจักรสเปนประจำประเทศไทย เกี่ยวกับกำหนดการลงนามในบันทึกความเข้าใจ (MOU) "
    "ระหว่างกระทรวงคมนาคมแห่งราชอาณาจักรไทย และกระทรวงคมนาคมและการเคลื่อนย้ายอย่างยั่งยืนแห่งราชอาณาจักรสเปน ด้านโครงสร้าง"
    "พื้นฐานและการคมนาคม ซึ่งคณะรัฐมนตรีได้มีมติให้ความเห็นชอบร่าง MOU ดังกล่าว เมื่อวันที่ 25 มิถุนายน 2567\n"
    "สำหรับการดำเนินกิจกรรมภายใต้ MOU ประกอบด้วยความร่วมมือในด้านการวางแผน ออกแบบ ก่อสร้าง การซ่อมบำรุงถนนและสะพาน "
    "การเดินทางและขนส่งอัจฉริยะ (Smart Mobility) การพัฒนาระบบขนส่งและจราจรอัจฉริยะ (ITS)")


def test_the_activities_under_the_mou_are_its_fields():
    mou = only_agreement(SPAIN_TRANSPORT_MOU, "วันอังคารที่ 11 มีนาคม 2568")
    assert mou.kind == "mou" and "smart-city" in mou.fields


SAN_FRANCISCO = (  # นายกฯ เยือน ซานฟรานซิสโก… (news 74781, 15 พฤศจิกายน 2566): one bullet per company
    "นายเศรษฐา ทวีสิน นายกรัฐมนตรี นำเสนอนโยบายรัฐบาลและศักยภาพของไทย ต่อบริษัทชั้นนำในหลายประเทศตั้งแต่ช่วงต้นของการเดินทาง"
    "เยือน นครซานฟรานซิสโก สหรัฐอเมริกา ซึ่งเห็นผลเป็นการลงทุนในไทยจาก 3 บริษัทชั้นนำระดับโลก ด้วยมูลค่ามากกว่า 100,000 "
    "ล้านบาทต่อบริษัท ดังนี้\n"
    "- Amazon Web Service (AWS) ลงทุนก่อสร้าง AWS Asia Pacific (Bangkok) Region สร้างประโยชน์ทางเศรษฐกิจในไทย "
    "เพิ่มขีดความสามารถในการแข่งขัน ปรับปรุงประสิทธิภาพภาครัฐ และช่วยสร้างแรงงานทักษะสูงที่ไทยขาดแคลน\n"
    "- Microsoft ลงนาม MOU กับไทย เพิ่มโอกาสพัฒนาเทคโนโลยีดิจิทัล ช่วยปรับปรุงการให้บริการสาธารณะผ่านการเปลี่ยนแปลง"
    "บริการรัฐบาลอิเล็กทรอนิกส์\n"
    "- Google ลงนาม MOU กับ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เพิ่มขีดความสามารถในการแข่งขันทางดิจิทัล "
    "และพิจารณาไทยเป็นสถานที่ตั้งศูนย์ข้อมูล")


def test_the_mous_of_two_bullets_are_two_instruments():
    """Two companies' MOUs, one per item of an unnumbered list, are not one MOU (heldout12 001); digital
    competitiveness, the second's purpose, is the digital economy."""
    signed = [a for a in read_passage(SAN_FRANCISCO, "วันพุธที่ 15 พฤศจิกายน 2566").agreements if a.status]
    assert [sorted(p.key for p in a.parties if p.kind == "org") for a in signed] == [["microsoft"], ["google", "mdes"]]
    assert "digital-government" in signed[0].fields and "digital-government" not in signed[1].fields
    assert "digital-economy" in signed[1].fields


RUTH_PORAT = (  # นายกรัฐมนตรีให้การต้อนรับ Ruth Porat… (news 88584, 30 กันยายน 2567): the MOU of November 2023, as past
    "นายกรัฐมนตรียินดีที่ได้ต้อนรับนาง Ruth Porat และทีมจากบริษัท Google ซึ่งเป็นบริษัทที่เป็นที่รู้จักกันดีในหมู่คนไทย "
    "นอกจากนี้ รัฐบาลยังมีความร่วมมือที่เข้มแข็งกับบริษัทฯ โดยเมื่อเดือนพฤศจิกายน 2566 นายเศรษฐา ทวีสิน อดีตนายกรัฐมนตรี "
    "ได้ผลักดันให้เกิดการลงนามในบันทึกความเข้าใจ (MOU) ระหว่างบริษัท Google กับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
    "เพื่อเสริมสร้างขีดความสามารถทางการแข่งขันด้านดิจิทัลของไทย และเร่งกระบวนการเปลี่ยนผ่านสู่ยุคดิจิทัลด้วยการให้ความสำคัญ"
    "กับระบบคลาวด์")


def test_a_signing_pushed_through_in_a_month_named_is_signed_then_not_on_the_release_day():
    mou = only_agreement(RUTH_PORAT, "วันจันทร์ที่ 30 กันยายน 2567")
    assert (mou.kind, mou.status, mou.signing_date) == ("mou", "signed", None)
    assert {"digital-economy", "cloud"} <= set(mou.fields)


KAZAKHSTAN = (  # ดีอี… คาซัคสถาน (news 87702): pushing for making an MOU is a plan, ``ได้`` or not
    "นอกจากนี้ ศาสตราจารย์พิเศษวิศิษฏ์ ยังได้ผลักดันเรื่องการจัดทำบันทึกความเข้าใจด้านดิจิทัลและเทคโนโลยีสารสนเทศระหว่าง "
    "กระทรวงดีอี และกระทรวงการพัฒนาดิจิทัล นวัตกรรม และอุตสาหกรรมอวกาศ โดยจะมีการดำเนินการความร่วมมือผ่านกลไกที่เป็น"
    "รูปธรรมต่อไป")


def test_pushing_for_making_an_mou_is_still_a_plan():
    assert only_agreement(KAZAKHSTAN, "วันพุธที่ 4 กันยายน 2567").status == "planned"


MWC_HUAWEI = (  # ดีอี… MWC 2024 (news 79646, 1 มีนาคม 2567): an earlier MOU that the visit follows on from
    "โดยได้เยี่ยมชมเทคโนโลยี จากค่ายต่าง ๆ อาทิ บริษัท Huawei Technologies สืบต่อเนื่องจากบันทึกความเข้าใจระหว่างกระทรวงฯ "
    "และบริษัท Huawei Technologies (Thailand) ด้านการพัฒนาดิจิทัลของประเทศไทย ซึ่งการหารือในครั้งนี้ ทาง Huawei Technologies "
    "ได้เน้นย้ำที่จะส่งเสริมและสนับสนุนประเทศไทยในการปรับเปลี่ยนไปสู่ดิจิทัลในประเด็น National Government Network, "
    "National Communication Network, Cloud First Policy และ Data & AI Platform")


def test_an_mou_a_visit_follows_on_from_is_signed_and_the_talks_after_it_are_not_its_fields():
    mou = only_agreement(MWC_HUAWEI, "วันศุกร์ที่ 1 มีนาคม 2567")
    assert (mou.kind, mou.status) == ("mou", "signed")
    assert "huawei_th" in {p.key for p in mou.parties}      # Huawei's Thai company, as gold has it
    assert not {"cloud", "ai"} & set(mou.fields)


def test_a_declaration_named_in_english_that_a_project_is_under_is_an_existing_one():
    # เน็ตประชารัฐ… WSIS Prizes 2019 (news 18362): ``ภายใต้ปฏิญญา… (Declaration of Principles…)``
    text = ("การดำเนินโครงการเน็ตประชารัฐของกระทรวงฯ สอดคล้องกับ WSIS Action Line C2 (โครงสร้างพื้นฐานของสารสนเทศและการสื่อสาร) "
            "และ WSIS Action Line C3 (การเข้าถึงข่าวสารและความรู้) ภายใต้ปฏิญญาว่าด้วยหลักการสร้างสังคมสารสนเทศ (Declaration "
            "of Principles on Building the Information Society) การที่เราเสนอโครงการเน็ตประชารัฐเข้าร่วมประกวด")
    [declaration] = find_instruments(text)
    assert (declaration.kind, declaration.status) == ("declaration", "signed")


TISI_ETDA = (  # สมอ. ผนึก ETDA… (news 88699, 3 ตุลาคม 2567): an MoU under an ASEAN agreement
    "“สมอ. และ ETDA ได้บูรณาการการทำงานร่วมกันมาตั้งแต่ปี 2562 โดยลงนาม MoU ความร่วมมือตามแนวทางข้อตกลงว่าด้วย e-Commerce "
    "ของอาเซียน ด้าน Online Consumer Protection มีการแลกเปลี่ยนข้อมูลที่เป็นประโยชน์ระหว่างกัน เพื่อเฝ้าระวังการจำหน่ายสินค้า"
    "ออนไลน์ที่ไม่ได้มาตรฐาน")


def test_the_agreement_an_mou_follows_is_an_instrument_of_its_own():
    found = read_passage(TISI_ETDA, "วันพฤหัสบดีที่ 3 ตุลาคม 2567").agreements
    titles = [a.title for a in found if a.status]
    assert titles[0] == "MoU ความร่วมมือ"
    asean = next(a for a in found if a.kind == "agreement")
    assert asean.title.startswith("ข้อตกลงว่าด้วย e-Commerce ของอาเซียน")
    assert [p.key for p in asean.parties] == ["asean"] and "e-commerce" in asean.fields


WSIS_SAUDI = (  # ชัยวุฒิ… WSIS Forum 2023 (news 66181, 15 มีนาคม 2566): a country interested in an MoU
    "นอกจากนี้ นายชัยวุฒิ ยังได้หารือทวิภาคีร่วมกับ Dr. Mohammed Saud Al Tamimi ตำแหน่ง Governor of the Communications, "
    "Space and Technology Commission (CST) จากประเทศซาอุดิอาระเบีย โดยมีประเด็นหารือที่สำคัญ คือ การสนับสนุนงานของ ITU "
    "ในเรื่องการเชื่อมต่ออินเทอร์เน็ตให้ครอบคลุมประชากรโลก อีกทั้ง ประเทศซาอุดิอาระเบีย ยังสนใจทำความร่วมมือ (MoU) "
    "ด้านการพัฒนาเทคโนโลยีสารสนเทศและการสื่อสารร่วมกับประเทศไทย")


def test_an_mou_a_country_is_interested_in_making_is_planned():
    mou = only_agreement(WSIS_SAUDI, "วันพุธที่ 15 มีนาคม 2566")
    assert (mou.kind, mou.status, mou.fields) == ("mou", "planned", ("ict",))
    assert {p.key for p in mou.parties if p.kind == "country"} == {"SA", "TH"}



FAR_EAST_UNIVERSITY = (  # ก.แรงงาน ผนึก Far East University… (news 6443, 5 กันยายน 2560): the lead, then the signing
    "ก.แรงงาน ลงนามบันทึกความเข้าใจร่วมมือทางวิชาการพัฒนาทรัพยากรมนุษย์ กับ Far East University สาธารณรัฐเกาหลี "
    "แลกเปลี่ยนประสบการณ์ระหว่างบุคลากร พร้อมเรียนรู้ระบบความก้าวหน้าด้าน Cyber Security เท่าทันสถานการณ์ "
    "สร้างความเชื่อมั่นแก่ประชาชนผู้รับบริการ\n"
    "ก.แรงงาน ลงนามบันทึกความเข้าใจร่วมมือทางวิชาการพัฒนาทรัพยากรมนุษย์ กับ Far East University สาธารณรัฐ"
    "เกาหลี แลกเปลี่ยนประสบการณ์ระหว่างบุคลากร พร้อมเรียนรู้ระบบความก้าวหน้าด้าน Cyber Security เท่าทันสถ"
    "านการณ์ สร้างความเชื่อมั่นแก่ประชาชนผู้รับบริการเพิ่มประสิทธิภาพการทำงาน\n"
    "พลเอก ศิริชัย ดิษฐกุล รัฐมนตรีว่าการกระทรวงแรงงาน ให้การต้อนรับ Dr.LYU KEE ILL ประธานใหญ่คณะกรรมการ "
    "Far East University สาธารณรัฐเกาหลี และคณะ ในโอกาสเข้าเยี่ยมคารวะ ณ ห้องรับรองรัฐมนตรีว่าการกระทรวงแ"
    "รงงาน ชั้น 6 อาคารกระทรวงแรงงาน โดยมี หม่อมหลวงปุณฑริก สมิติ ปลัดกระทรวงแรงงาน และผู้บริหารระดับสูงข"
    "องกระทรวงแรงงาน เข้าร่วมการสนทนาด้วย\n"
    "รัฐมนตรีว่าการกระทรวงแรงงาน กล่าวว่า กระทรวงแรงงาน เล็งเห็นถึงความสำคัญในภารกิจของบุคลากรที่จำเป็นต้"
    "องใช้ระบบเทคโนโลยีสารสนเทศและการสื่อสารเข้ามาช่วยเพิ่มประสิทธิภาพในการทำงาน และการดูแลกระบวนการบริหา"
    "รจัดการระบบข้อมูลสารสนเทศ รวมทั้งเครือข่ายที่ต้องมีความปลอดภัย สร้างความเชื่อมั่น และเป็นที่ไว้วางใจ"
    " สามารถให้บริการด้านแรงงานได้อย่างกว้างขวาง บุคลากรของกระทรวงแรงงานจึงจำเป็นต้องรู้เท่าทันสถานการณ์ป"
    "ัญหา ความก้าวหน้าด้าน Cyber Security เทคนิค วิธีการป้องกันและการแก้ไขปัญหาต่างๆ ที่เกี่ยวข้อง เพื่อน"
    "ำไปประยุกต์ใช้ในการทำงาน สร้างความมั่นใจแก่ประชาชน ผู้มาใช้บริการออนไลน์ต่างๆ ของกระทรวงแรงงาน ซึ่งส"
    "อดคล้องกับ 8 วาระปฏิรูปแรงงาน และยุทธศาสตร์ 20 ปี ของรัฐบาล และด้านการพัฒนาระบบดิจิทัลของกระทรวงให้ส"
    "ามารถสร้างกำลังคนรองรับไทยแลนด์ 4.0\n"
    "ทั้งนี้ หม่อมหลวงปุณฑริก สมิติ ปลัดกระทรวงแรงงาน ได้เป็นประธานลงนามในบันทึกความเข้าใจความร่วมมือทางว"
    "ิชาการและการพัฒนาทรัพยากรมนุษย์ระหว่าง Far East University สาธารณรัฐเกาหลีกับกระทรวงแรงงาน ร่วมกับ D"
    "r.LYU KEE ILL")


def test_a_lead_and_a_signing_far_below_with_the_same_partner_abroad_are_one_mou():
    """The lead names the MOU with Far East University, Korea; the signing 1,500 characters below names it again
    ``ระหว่าง`` the university and the ministry: one instrument (heldout12 005)."""
    title = "ก.แรงงาน ผนึก Far East University เกาหลีใต้ ลงนามร่วมมือทางวิชาการพัฒนาทรัพยากรมนุษย์"
    [mou] = [a for a in read_passage(FAR_EAST_UNIVERSITY, "วันอังคารที่ 5 กันยายน 2560", title).agreements if a.status]
    assert {p.key for p in mou.parties} >= {"mol", "KR"}


ISRAEL_CALL = (  # รองนายกรัฐมนตรี… เอกอัครราชทูตอิสราเอล (news 59542, 22 กันยายน 2565): "both sides signed", the partner named
    "นอกจากนี้ เอกอัครราชทูตอิสราเอลฯ ยังยินดีที่ทั้งสองฝ่ายได้ลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการรักษาความมั่นคง"
    "ปลอดภัยทางไซเบอร์ เพื่อส่งเสริมศักยภาพ และพัฒนาความปลอดภัยทางไซเบอร์ระหว่างกันให้มีประสิทธิภาพยิ่งขึ้น "
    "โดยอิสราเอลยินดีให้ความร่วมมือกับไทย")


def test_both_sides_that_signed_are_the_partner_named_and_thailand():
    mou = only_agreement(ISRAEL_CALL, "วันพฤหัสบดีที่ 22 กันยายน 2565")
    assert (mou.kind, mou.status, mou.fields) == ("mou", "signed", ("cybersecurity",))
    assert {p.key for p in mou.parties} == {"IL", "TH"}
