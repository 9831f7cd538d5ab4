"""Conventions, statements ``ว่าด้วย`` a subject and plans pushed for: heldout8's misses, from real releases of the
thaigov archive, through the whole pipeline."""

from __future__ import annotations

from snippets import agreements_with_status, only_agreement, read_passage

UN_CYBERCRIME = (  # ดีอี ร่วมประชุม WG-AS ครั้งที่ 5 (news 95636, 23 เมษายน 2568): the fourth of four topics
    "และ (4) การเข้าเป็นภาคีอนุสัญญาสหประชาชาติว่าด้วยการต่อต้านอาชญากรรมไซเบอร์ (United Nations Convention against "
    "Cybercrime) ซึ่งไทยอยู่ระหว่างการดำเนินการเข้าร่วมภาคีอนุสัญญาดังกล่าว และจะเข้าร่วมพิธีลงนาม ณ กรุงฮานอย "
    "สาธารณรัฐสังคมนิยมเวียดนาม ในเดือนตุลาคม 2568 โดยประเทศไทยขอให้ประเทศสมาชิกอาเซียนพิจารณาการลงนามในอนุสัญญาฯ "
    "เพื่อแสดงถึงความพยายามที่จะต่อสู้กับปัญหาการหลอกลวงออนไลน์และแสดงถึงความเป็นน้ำหนึ่งใจเดียวกันของภูมิภาคอาเซียน")


def test_a_convention_thailand_is_acceding_to_is_a_planned_agreement_of_the_un():
    convention = only_agreement(UN_CYBERCRIME, "วันพุธที่ 23 เมษายน 2568")
    assert (convention.kind, convention.status) == ("agreement", "planned")
    assert convention.title.startswith("อนุสัญญาสหประชาชาติว่าด้วยการต่อต้านอาชญากรรมไซเบอร์")
    assert "un" in {p.key for p in convention.parties}
    assert "online-scam" in convention.fields


def test_a_convention_pointed_back_to_is_not_the_declaration_beside_it():
    # สรุปข่าวการประชุม ครม. 30 พฤศจิกายน 2564 (news 50437), COP15 of the Convention on Biological Diversity:
    # ``ปฏิญญาคุนหมิง`` is the declaration the cabinet let Thailand adopt, ``อนุสัญญาฯ`` the convention whose parties
    # commented on it; a record of the one never takes the other's kind
    body = ('คณะรัฐมนตรีรับทราบตามที่กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (ทส.) เสนอ ผลการประชุมสมัชชาภาคีอนุสัญ'
            'ญาว่าด้วยความหลากหลายทางชีวภาพ สมัยที่ 15 และการประชุมที่เกี่ยวข้อง ช่วงที่หนึ่ง ณ สาธารณรัฐประชาชนจ'
            'ีน ผ่านระบบการประชุมทางไกล ระหว่างวันที่ 11 - 15 ตุลาคม 2564 [(คณะรัฐมนตรีมีมติ \xa0\xa0\xa0\xa0\xa0(5 ตุลาคม 2564)'
            ' เห็นชอบท่าทีไทยสำหรับการประชุมสมัชชาภาคีอนุสัญญาฯ สมัยที่ 15 และการประชุมที่เกี่ยวข้อง และเห็นชอบใน'
            'การรับรองปฏิญญาคุนหมิงโดยไม่มีการลงนาม] โดยมีรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อมเป็น'
            'หัวหน้าคณะผู้แทนไทยเข้าร่วมการประชุมดังกล่าว มีสาระสำคัญสรุปได้ ดังนี้\n'
            '1. การประชุมระดับสูง ระหว่างวันที่ 12 - 13 ตุลาคม 2564 มีการอภิปรายร่วมภายใต้หัวข้อหลัก “Ecological '
            'Civilization-Building a Shared Future for All Life on Earth” และการรับรองปฏิญญาคุนหมิง สรุปได้ ดังนี'
            '้\n'
            '1.3 การรับรองปฏิญญาคุนหมิง เป็นการแสดงเจตนารมณ์และความมุ่งมั่นในการมีส่วนร่วมร่วมกับประชาคมโลกเพื่อก'
            'ารอนุรักษ์และคุ้มครองความหลากหลายทางชีวภาพในมิติต่าง ๆ ซึ่งปฏิญญาคุนหมิงที่มีการรับรองในระหว่างการปร'
            'ะชุมระดับรัฐมนตรีเมื่อวันที่ 13 ตุลาคม 2564 ได้มีการปรับปรุงเนื้อหาบางส่วนตามความเห็นของประเทศภาคีอน'
            'ุสัญญาฯ โดยไม่กระทบกับสาระสำคัญตามที่คณะรัฐมนตรีได้มีมติเห็นชอบในคราวประชุมเมื่อวันที่ 5 ตุลาคม 2564\n'
            '2. การประชุมระดับเจ้าหน้าที่ ระหว่างวันที่ 11 และ 14 - 15 ตุลาคม 2564 ที่ประชุมรับทราบรายงานผลการดำเ'
            'นินงานขององค์กรย่อยและคณะทำงานต่าง ๆ ภายใต้อนุสัญญาฯ และรับรองกรอบงบประมาณปี ค.ศ. 2020 สำหรับการดำเน'
            'ินงานของอนุสัญญาฯ และพิธีสารภายใต้อนุสัญญาฯ (เช่น พิธีสารคาร์ตาเฮน่า เกี่ยวกับความตกลงระหว่างประเทศท'
            'ี่เน้นเรื่องการเคลื่อนย้ายข้ามแดนของสิ่งมีชีวิตใด ๆ ก็ตาม ที่ได้รับการดัดแปลงพันธุกรรม ซึ่งเป็นผลมาจ'
            'ากเทคโนโลยีสมัยใหม่ และพิธีสารนาโงย่า เกี่ยวกับการเข้าถึงทรัพยากรพันธุกรรมและการแบ่งปันผลประโยชน์ที่'
            'ได้จากการใช้ทรัพยากรพันธุกรรมอย่างยุติธรรมและเท่าเทียม)')
    found = read_passage(body, "วันอังคารที่ 30 พฤศจิกายน 2564").agreements
    kunming = [a for a in found if "คุนหมิง" in a.title]
    assert kunming and all(a.kind == "declaration" for a in kunming)


def test_a_statement_on_a_subject_a_summit_adopts_is_thailands_declaration():
    # ปลัดดีอี ร่วมประชุม AI Action Summit (news 93323, 12 กุมภาพันธ์ 2568): the outcome document, no side named
    body = ("เมื่อวันที่ 11 กุมภาพันธ์ 2568 ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
            "เข้าร่วมการประชุม AI Action Summit ณ กรุงปารีส สาธารณรัฐฝรั่งเศส\n"
            "โดยมีเอกสารผลลัพธ์ของการประชุมฯ คือ ถ้อยแถลงว่าด้วยปัญญาประดิษฐ์ที่ครอบคลุมและยั่งยืนเพื่อประชาชนและโลก "
            "(Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet) "
            "ซึ่งระบุถึงความสำคัญในการลดความเหลื่อมล้ำด้านดิจิทัล การส่งเสริมความยั่งยืน และการปกป้องสิทธิมนุษย์ชนผ่าน AI "
            "ที่น่าเชื่อถือ โปร่งใส และเป็นธรรม พร้อมทั้งผลักดันความร่วมมือระดับโลกในด้านการกำกับดูแล AI อย่างยั่งยืน")
    statement = only_agreement(body, "วันพุธที่ 12 กุมภาพันธ์ 2568")
    assert (statement.kind, statement.status) == ("declaration", "signed")
    assert [(p.kind, p.key) for p in statement.parties] == [("country", "TH")]
    assert {"ai", "ai-governance"} <= set(statement.fields)


def test_a_statement_given_as_a_speech_is_no_instrument():
    # สรุปข่าวการประชุม ครม. 19 เมษายน 2565 (news 53723): leaders ``ร่วมกล่าวถ้อยแถลง (Statement)`` at the opening and
    # adopt the Kumamoto Declaration; the statement is what they say, the declaration the paper
    body = ("การประชุมระดับผู้นำด้านน้ำแห่งภูมิภาคเอเชีย - แปซิฟิก ครั้งที่ 4 กำหนดจัดขึ้นระหว่างวันที่  23 – 24 เมษายน 2565 "
            "ณ เมืองคุมาโมโตะ ประเทศญี่ปุ่น ภายใต้หัวข้อ “Water for Sustainable Development - Best Practices and the Next "
            "Generation” ซึ่งจะมีพิธีเปิดการประชุมในวันที่ 23เมษายน 2565 โดยมีผู้นำของประเทศที่เข้าร่วมประชุมร่วมกล่าวถ้อยแถลง "
            "(Statement) และรับรองปฏิญญาคุมาโมโตะที่เป็นเอกสารของผลลัพธ์ของการประชุม ในวันที่ 24 เมบายน 2565")
    found = read_passage(body, "วันอังคารที่ 19 เมษายน 2565").agreements
    assert not [a for a in found if a.title.startswith("ถ้อยแถลง")]


def test_an_mou_whose_making_an_official_pushed_for_is_planned():
    # ปลัดดีอี หารือคาซัคสถาน (news 87702, 3 กันยายน 2567): ``ผลักดันเรื่องการจัดทำ`` — the matter of making one
    body = ("นอกจากนี้ ศาสตราจารย์พิเศษวิศิษฏ์ ยังได้ผลักดันเรื่องการจัดทำบันทึกความเข้าใจด้านดิจิทัลและเทคโนโลยีสารสนเทศ"
            "ระหว่าง กระทรวงดีอี และกระทรวงการพัฒนาดิจิทัล นวัตกรรม และอุตสาหกรรมอวกาศ สาธารณรัฐคาซัคสถาน "
            "โดยจะมีการดำเนินการความร่วมมือผ่านกลไกที่เป็นรูปธรรมต่อไป")
    mou = only_agreement(body, "วันอังคารที่ 3 กันยายน 2567")
    assert (mou.kind, mou.status) == ("mou", "planned")
    assert "mdes" in {p.key for p in mou.parties}
    assert "ict" in mou.fields


def test_the_convention_on_electronic_communications_is_about_e_transactions():
    # ด้านสังคม 2023-02-02 (news 64490): the working group preparing Thailand's accession to the UN ECC
    body = ("ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานการประชุมคณะทำงานเพื่อ"
            "เตรียมความพร้อมในการเข้าเป็นภาคีอนุสัญญาสหประชาชาติว่าด้วยการใช้การติดต่อสื่อสารอิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ")
    convention = only_agreement(body, "วันพฤหัสบดีที่ 2 กุมภาพันธ์ 2566")
    assert (convention.kind, convention.status) == ("agreement", "planned")
    assert "e-transactions" in convention.fields


def test_joining_a_convention_is_a_plan():
    # ด้านเศรษฐกิจ 2025-07-16 (news 98459), the space policy committee: ``(2) การเข้าร่วมอนุสัญญา…``, joining it
    body = ("(2) การเข้าร่วมอนุสัญญาว่าด้วยความรับผิดระหว่างประเทศฯ (Liability Convention): เป็นการยกระดับมาตรฐานการดำเนิน"
            "กิจการอวกาศของไทยให้ทัดเทียมนานาชาติ โดยการเข้าเป็นภาคีอนุสัญญาดังกล่าว จะเป็นการแสดงความรับผิดชอบต่อความเสียหาย"
            "ที่อาจเกิดจากวัตถุอวกาศของไทย ซึ่งจะช่วยสร้างความเชื่อมั่นให้กับประชาคมโลกในการทำกิจกรรมอวกาศร่วมกับประเทศไทย")
    convention = only_agreement(body, "วันพุธที่ 16 กรกฎาคม 2568")
    assert (convention.kind, convention.status) == ("agreement", "planned")
    assert convention.title.startswith("อนุสัญญาว่าด้วยความรับผิดระหว่างประเทศ")


def test_an_instrument_joined_to_the_one_before_shares_its_status():
    # ข่าวนายกรัฐมนตรี 2025-01-06 (news 92066): the youth team's issues are in line with both APEC documents (in force)
    body = ("ด้านตัวแทนคณะผู้แทนเยาวชนของไทยกล่าวขอบคุณนายกรัฐมนตรีที่ให้เข้าพบ โดยภายหลังจากที่เดินทางกลับมา ได้นำความคิดเห็น"
            "มาแลกเปลี่ยนแบ่งปันกัน โดยมีหลายประเด็นที่สอดคล้องอย่างยิ่งกับปฏิญญาผู้นำเอเปคและถ้อยแถลงร่วมรัฐมนตรีเอเปค ประจำปี 2567 "
            "อาทิ ด้านการศึกษา การแลกเปลี่ยนทางวัฒนธรรมที่ต้องมาควบคู่กัน รวมถึง AI ความมั่นคงทางไซเบอร์ และบล็อกเชน "
            "ซึ่งสามารถนำมาปรับใช้ในชีวิตประจำวันและกับธุรกิจ SMEs")
    found = agreements_with_status(body, "วันจันทร์ที่ 6 มกราคม 2568")
    assert sorted(a.title.split()[0] for a in found) == ["ถ้อยแถลงร่วมรัฐมนตรีเอเปค", "ปฏิญญาผู้นำเอเปค"], found
    assert {a.status for a in found} == {"signed"}


SPACE_POLICY_BOARD = (  # “สุดาวรรณ” รมว.อว. ร่วมประชุมบอร์ดนโยบายอวกาศแห่งชาติ (news 98459, 16 กรกฎาคม 2568)
    "ในส่วนของวาระการประชุมที่น่าจับตามองเป็นพิเศษประกอบด้วยประเด็นสำคัญ ได้แก่ (1)(ร่าง) นโยบายการอนุญาตให้ใช้ดาวเทียม"
    "ต่างชาติในประเทศ (2) การเข้าร่วมอนุสัญญาว่าด้วยความรับผิดระหว่างประเทศฯ (Liability Convention): เป็นการยกระดับมาตรฐาน"
    "การดำเนินกิจการอวกาศของไทยให้ทัดเทียมนานาชาติ โดยการเข้าเป็นภาคีอนุสัญญาดังกล่าว จะเป็นการแสดงความรับผิดชอบต่อความ"
    "เสียหายที่อาจเกิดจากวัตถุอวกาศของไทย\n"
    "สำหรับการประชุมดังกล่าวที่มีประชุมได้รับทราบความคืบหน้าการดำเนินงานที่สำคัญหลายด้าน ไม่ว่าจะเป็น การลงนามข้อตกลง"
    "อาร์เทมิส (Artemis Accords) ซึ่งเป็นความร่วมมือด้านการสำรวจดวงจันทร์อย่างสันติร่วมกับนานาชาติที่นำโดยสหรัฐอเมริกา")


def test_accords_are_agreements_and_never_the_convention_beside_them():
    found = {a.title: a for a in agreements_with_status(SPACE_POLICY_BOARD, "วันพุธที่ 16 กรกฎาคม 2568")}
    assert set(found) == {"ข้อตกลงอาร์เทมิส (Artemis Accords)",
                          "อนุสัญญาว่าด้วยความรับผิดระหว่างประเทศฯ (Liability Convention)"}
    accords = found["ข้อตกลงอาร์เทมิส (Artemis Accords)"]
    assert (accords.kind, accords.status) == ("agreement", "signed")
    assert "US" in {p.key for p in accords.parties}      # the accords led by the United States


ECC_WORKING_GROUP = (  # ดีอี ประชุมคณะทำงาน เตรียมพร้อมเข้าเป็นภาคีอนุสัญญา ECC (news 79334, 22 กุมภาพันธ์ 2567)
    "วันนี้ (22 กุมภาพันธ์ 2567) ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เป็นประธาน"
    "การประชุมคณะทำงานเพื่อเตรียมความพร้อมในการเข้าเป็นภาคีอนุสัญญาสหประชาชาติว่าด้วยการใช้การติดต่อสื่อสารอิเล็กทรอนิกส์"
    "ในสัญญาระหว่างประเทศ (United Nations Convention on the Use of Electronic Communications in international Contracts "
    "(New York, 2005)) ครั้งที่ 1/2567")


def test_a_convention_named_after_its_body_is_that_bodys_not_the_working_groups():
    convention = only_agreement(ECC_WORKING_GROUP, "วันพฤหัสบดีที่ 22 กุมภาพันธ์ 2567",
                                title="ดีอี ประชุมคณะทำงาน เตรียมพร้อมเข้าเป็นภาคีอนุสัญญา ECC")
    assert (convention.kind, convention.status) == ("agreement", "planned")
    assert [p.key for p in convention.parties] == ["un"]


UN_AD_HOC_COMMITTEE = (  # ดีอี เปิดประชุม ติดตามความก้าวหน้าการจัดทำอนุสัญญา… (news 76206, 16 ธันวาคม 2566): the UN is not named
    "วันนี้ (15 ธันวาคม 2566) นายเอกพงษ์ หริ่มเจริญ ผู้ตรวจราชการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานการประชุมเพื่อ"
    "ติดตามความก้าวหน้าของการประชุมคณะกรรมการระหว่างรัฐเฉพาะกิจเพื่อจัดทำอนุสัญญาระหว่างประเทศอย่างครอบคลุมว่าด้วยการต่อต้าน"
    "การใช้เทคโนโลยีสารสนเทศและการสื่อสารเพื่อวัตถุประสงค์ทางอาชญากรรม และประเด็นที่เกี่ยวข้องกับ กระทรวงดิจิทัลเพื่อเศรษฐกิจ"
    "และสังคม ร่วมกับนางสาวกัลยา ชินาธิวร ที่ปรึกษาด้านต่างประเทศกระทรวงดิจิทัลฯ และคณะทำงาน พร้อมด้วยผู้แทนจาก "
    "สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส) ผู้แทนจาก สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ) "
    "และผู้แทนกระทรวงการต่างประเทศ ณ ห้องประชุม 801 กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และผ่านระบบการประชุมออนไลน์")


def test_a_convention_whose_making_is_followed_belongs_to_the_body_drafting_it():
    """The UN's ad hoc committee drafts the cybercrime convention; the Thai ministry following its progress is no
    party, and ICT used for crime is cybercrime, not ICT cooperation (heldout12 006)."""
    extraction = read_passage(UN_AD_HOC_COMMITTEE, "วันเสาร์ที่ 16 ธันวาคม 2566", title=(
        "ดีอี เปิดประชุม ติดตามความก้าวหน้าการจัดทำอนุสัญญาระหว่างประเทศว่าด้วยการต่อต้านการใช้ไอซีทีเพื่อก่ออาชญากรรม"),
        keep_all=False)
    assert extraction.relevant
    [convention] = [a for a in extraction.agreements if a.status]
    assert (convention.kind, convention.status) == ("agreement", "planned")
    assert [p.key for p in convention.parties] == ["un_ahc_ict_crime"]
    assert convention.fields == ("online-scam",)


ECC_ACCESSION = (  # ดีอี เตรียมร่วมภาคีอนุสัญญา ECC… (news 91543, 19 ธันวาคม 2567): the headline names it by its acronym only
    "ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เปิดเผยว่า รัฐบาลโดยกระทรวงดีอี "
    "ได้เตรียมความพร้อมประเทศไทย เพื่อการภาคยานุวัติ (การเข้าร่วมเป็นภาคีสนธิสัญญา และผูกพันตามสนธิสัญญาที่มีผลใช้บังคับอยู่"
    "ก่อนแล้ว) เป็นภาคีอนุสัญญาสหประชาชาติว่าด้วยการใช้การสื่อสารทางอิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ (United Nations "
    "Convention on the Use of Electronic Communications in International Contracts: ECC) ตามมติที่ประชุมคณะรัฐมนตรี "
    "เมื่อวันที่ 11 ธันวาคม 2567 ที่ผ่านมา\n"
    "สำหรับภาคีอนุสัญญา ECC เป็นข้อตกลงระหว่างประเทศที่ยอมรับการใช้เอกสารและลายมือชื่ออิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ "
    "เพื่อการลดข้อจำกัดทางกฎหมาย และเพิ่มความเชื่อมั่นในการใช้เทคโนโลยีดิจิทัลในสัญญาการค้าระหว่างประเทศ")


def test_a_convention_named_by_its_acronym_belongs_to_the_body_its_full_name_gives():
    """The headline's ``อนุสัญญา ECC`` has no body of its own; the body names it in full as the UN's: the UN is its
    party, not the Thai ministry preparing to accede, and the release is about digital cooperation."""
    extraction = read_passage(ECC_ACCESSION, "วันพฤหัสบดีที่ 19 ธันวาคม 2567", keep_all=False,
                              title="ดีอี เตรียมร่วมภาคีอนุสัญญา ECC เพิ่มศักยภาพการค้าระหว่างประเทศ ลุยขับเคลื่อนเศรษฐกิจดิจิทัล")
    assert extraction.relevant
    [convention] = [a for a in extraction.agreements if a.status]
    assert [p.key for p in convention.parties] == ["un"]
    assert convention.fields
