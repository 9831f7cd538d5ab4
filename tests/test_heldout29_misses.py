"""What heldout29's releases taught once it opened: real passages of its misses, each with its news id."""

from __future__ import annotations

from extractors.components.relevance import in_a_profile, in_industry_list, names_a_market
from extractors.persons import find_named
from snippets import read_passage, relevant_as_written_and_changed

#: ด้านการศึกษาฯ 2017-05-08 (news 3599, heldout29 008): the digital minister opens a Japanese ministry's wireless expo
EXPO_DAY = "วันจันทร์ที่ 8 พฤษภาคม 2560"
EXPO_TITLE = "ดร.พิเชฐฯ ร่วมเปิดนิทรรศการ Japan Wireless Expo ฉลอง 130 ปี ความสัมพันธ์ไทย-ญี่ปุ่น"
EXPO = (
    'ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) ร่วมกล่าวในพิธีเปิดนิ'
    'ทรรศการงานและสัมมนา Japan Wireless Expo จัดขึ้นเพื่อเป็นการเฉลิมฉลองเนื่องในโอกาสครบรอบ 130 ปี ความส'
    'ัมพันธ์ทางการทูตระหว่างไทยและญี่ปุ่น ซึ่งกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น รวมทั้งเป็นกา'
    'รแบ่งปันความรู้และความเชี่ยวชาญด้านเทคโนโลยีไร้สายที่ทันสมัย ซึ่งภายในงานประกอบไปด้วยการจัดนิทรรศการ'
    'และการสัมมนาในหัวข้อ การตรวจคลื่นความถี่ (Spectrum Monitoring) การป้องกันภัยพิบัติ และกิจการด้านอวกา'
    'ศและการคมนาคม นอกจากนี้ ดร.พิเชฐฯ ยังได้เชิญ คุณจิโร อาคามะ (Mr. Jiro AKAMA) รัฐมนตรีช่วยว่าการกระทร'
    'วงกิจการภายในและการสื่อสารของประเทศญี่ปุ่น และคณะไปเยี่ยมชมโครงการ Eastern Economic Corridor (EEC) แ'
    'ละโครงการ Digital Park ที่ อ.ศรีราชา จ.ชลบุรี ในโอกาสหน้า ณ โรงแรมพูลแมน กรุงเทพ แกรนด์ สุขุมวิท กรุ'
    'งเทพฯ'
)

#: รายการวิทยุไทยคู่ฟ้า 2019-08-21 (news 22376, heldout29 009): US firms offer to hand over technology
RADIO_DAY = "วันพุธที่ 21 สิงหาคม 2562"
RADIO_TITLE = "เอกชนสหรัฐฯ เชื่อมั่นในศักยภาพเศรษฐกิจไทย"
RADIO = (
    'ภาคธุรกิจเอกชนของสหรัฐอเมริกาเชื่อมั่นในศักยภาพด้านเศรษฐกิจของไทยและมองเห็นโอกาสในการลงทุน โดยได้เยี'
    '่ยมชมโครงการ EEC เพื่อแสวงหาการลงทุนและความร่วมมือในมิติต่าง ๆ ทั้งนี้ภาคเอกชนสหรัฐฯ ยืนยันความพร้อม'
    'ที่จะขยายการลงทุนที่สอดรับกับนโยบาย Thailand 4.0 และยินดีส่งเสริมการพัฒนาเศรษฐกิจและสังคมไทยในด้านอื'
    '่น ๆ ด้วย เช่น การพัฒนาคนรองรับการเติบโตของภาคอุตสาหกรรมในอนาคต การส่งเสริมความรับผิดชอบต่อสังคม การ'
    'ดูแลรักษาสิ่งแวดล้อม และการถ่ายทอดเทคโนโลยีและนวัตกรรมในสาขาที่สหรัฐฯ มีความเชี่ยวชาญ โดยเฉพาะการส่ง'
    'เสริมเศรษฐกิจดิจิทัล ความมั่นคงทางไซเบอร์ ความมั่นคงทางพลังงาน การลงทุนด้านวิจัยและนวัตกรรมด้านสาธาร'
    'ณสุข เป็นต้น'
)

#: ด้านเศรษฐกิจ 2018-10-09 (news 15969, heldout29 030): the preview of APEC's 25th finance ministers' meeting, its lead
#: paragraph and its topics
APEC_DAY = "วันอังคารที่ 9 ตุลาคม 2561"
APEC_TITLE = "การประชุมรัฐมนตรีว่าการกระทรวงการคลังเอเปค ครั้งที่ 25 และการประชุมอื่น ๆ ที่เกี่ยวข้อง"
APEC_LEAD = (
    'นางสาวกุลยา ตันติเตมิท ผู้ตรวจราชการกระทรวงการคลัง ในฐานะโฆษกกระทรวงการคลัง แถลงว่า นายอภิศักดิ์ ตัน'
    'ติวรวงศ์ รัฐมนตรีว่าการกระทรวงการคลัง ได้รับมอบหมายจากนายกรัฐมนตรีให้เป็นหัวหน้าคณะผู้แทนไทยเข้าร่วม'
    'การประชุมรัฐมนตรีว่าการกระทรวงการคลังเอเปค (APEC Finance Ministers’ Meeting: APEC FMM) ครั้งที่ 25 แ'
    'ละการประชุมอื่น ๆ ที่เกี่ยวข้อง ระหว่างวันที่ 15 - 17 ตุลาคม 2561 ณ กรุงพอร์ตมอร์สบี รัฐเอกราชปาปัวน'
    'ิวกินี โดยมีรัฐมนตรีว่าการกระทรวงการคลังหรือผู้แทนจากสมาชิกเอเปค จำนวน 21 เขตเศรษฐกิจ ประกอบด้วยออสเ'
    'ตรเลีย บรูไน แคนาดา ชิลี จีน เขตบริหารพิเศษฮ่องกง อินโดนีเซีย ญี่ปุ่น เกาหลีใต้ มาเลเซีย เม็กซิโก นิ'
    'วซีแลนด์ ปาปัวนิวกินี เปรู ฟิลิปปินส์ รัสเซีย สิงคโปร์ จีนไทเป ไทย สหรัฐอเมริกา และเวียดนาม รวมทั้งผ'
    'ู้แทนจากองค์กรระหว่างประเทศเข้าร่วมการประชุมด้วย'
)
APEC = (
    'การประชุม APEC FMM ในครั้งนี้ มุ่งเน้นหารือใน 4 ประเด็นสำคัญ ได้แก่ (1) การเร่งรัดการลงทุนและระดมทุน'
    'เพื่อพัฒนาโครงสร้างพื้นฐาน (Accelerating Infrastructure Development and Financing) (2) การสนับสนุนกา'
    'รเข้าถึงบริการทางการเงิน (Advancing Financial Inclusion) (3) การผลักดันความร่วมมือด้านภาษีและความโปร'
    '่งใส (Fostering International Tax Cooperation and Transparency) และ (4) การดำเนินการตามแผนปฏิบัติการ'
    'เซบู (Cebu Action Plan) ของสมาชิกเอเปค รวมทั้งหารือถึงสถานการณ์เศรษฐกิจและการเงินโลก นอกจากนี้ รัฐมน'
    'ตรีว่าการกระทรวงการคลังเอเปคจะมีการหารือภายใต้หัวข้อกลยุทธ์ทางการคลังในยุคดิจิทัล\xa0\xa0 (Public Finance '
    'Strategies in the Digital Age) ระหว่างการประชุมดังกล่าวอีกด้วย'
)

#: ด้านเศรษฐกิจ 2022-11-09 (news 61419, heldout29 021): TCG at a credit-guarantee conference in Korea, and its issues
#: (the whole body: digital words are dense in any shorter passage)
ACSIC_DAY = "วันพุธที่ 9 พฤศจิกายน 2565"
ACSIC_TITLE = ("บสย. ร่วมงานประชุมสมาพันธ์ประกันสินเชื่อแห่งภูมิภาคเอเชีย ครั้งที่ 34 (34th ACSIC Conference) ณ เมืองแทกู "
               "สาธารณรัฐเกาหลี")
ACSIC = (
    'กรรมการและ ผจก.ทั่วไป บสย. ร่วมประชุมสมาพันธ์ประกันสินเชื่อแห่งภูมิภาคเอเชีย (Asian Credit Supplemen'
    'tation Institution Confederation: ACSIC) ครั้งที่ 34 ประจำปี 2565 (34th ACSIC  Conference) ณ เมืองแท'
    'กู สาธารณรัฐเกาหลี\nนายสิทธิกร ดิเรกสุนทร กรรมการและผู้จัดการทั่วไป บรรษัทประกันสินเชื่ออุตสาหกรรมขนา'
    'ดย่อม (บสย.) และคณะผู้แทน เข้าร่วมประชุมสมาพันธ์ประกันสินเชื่อแห่งภูมิภาคเอเชีย (Asian Credit Supple'
    'mentation Institution Confederation: ACSIC) ครั้งที่ 34 ประจำปี 2565 (34th ACSIC\xa0 Conference) ร่วมกั'
    'บผู้แทนระดับสูงจากกลุ่มประเทศสมาชิก 12 ประเทศ 17 สถาบัน ได้แก่ อินเดีย อินโดนีเซีย ญี่ปุ่น เกาหลี มา'
    'เลเซีย มองโกเลีย เนปาล ไต้หวัน ฟิลิปปินส์ ศรีลังกา ปาปัวนิวกีนี และไทย\xa0 หัวข้อ\xa0 “The Great Journey: '
    'How to Enhance SME Financing for Resilient and Sustainable Growth” ภายใต้แนวคิด “Tomorrow for SMEs, '
    'ACSIC Together”\xa0 โดยมี Mr.CHOI Won-mok, Chairman and CEO สถาบัน Korea Credit Guarantee Fund (KODIT) '
    'สาธารณรัฐเกาหลี ในฐานะสถาบันเจ้าภาพ ให้การต้อนรับและกล่าวเปิดประชุม ระหว่างวันที่ 7-11 พฤศจิกายน 256'
    '5\xa0 ณ โรงแรม Inter-Burgu-Daegu เมืองแทกู (Daegu) สาธารณรัฐเกาหลี\nสำหรับวัตถุประสงค์หลักการประชุมครั้ง'
    'นี้ เพื่อร่วมแลกเปลี่ยนความรู้ระบบค้ำประกันสินเชื่อของกลุ่มประเทศสมาชิกแห่งภูมิภาค ตามการเปลี่ยนแปลง'
    'ของกระแสโลก โดยมุ่งเน้นใน 3 ประเด็นหลัก คือ 1.การส่งเสริมธุรกิจ Start-up\xa0 2.Digital\xa0 Transformation '
    'เพื่อการค้ำประกันสินเชื่อ และ 3.Environmental,Social and corporate Governance (ESG) การพัฒนาองค์กรสู'
    '่ความยั่งยืน ทั้งด้าน สิ่งแวดล้อม สังคม และการกำกับดูแล\nในโอกาสนี้ นายสิทธิกร ดิเรกสุนทร กรรมการและผ'
    'ู้จัดการทั่วไป ได้รับเชิญร่วมเวทีเสวนา ในวันที่ 8 พฤศจิกายน 2565 หัวข้อ “Start-up of TCG” เพื่อนำเสน'
    'อมุมมองการค้ำประกันสินเชื่อและการสนับสนุนการเข้าถึงแหล่งทุนในประเทศไทย โดยสะท้อนให้เห็นถึงการดำเนินธ'
    'ุรกิจของกลุ่ม Start-up ในประเทศไทย ซึ่งพบว่า มากกว่า 70%\xa0 ยังไม่สามารถเข้าถึงแหล่งทุนได้\xa0 อีกทั้งต้อ'
    'งปรับตัวและเพิ่มทักษะด้านเทคโนโลยี เพื่อรองรับกับการเข้าสู่ยุค Digital Technology\nนอกจากนี้ยังได้เข้'
    'าร่วมประชุม Chief Delegates’ Meeting ซึ่งเป็นเวที หารือประเด็นสำคัญต่างๆระหว่างผู้นำสูงสุดของกลุ่มปร'
    'ะเทศสมาชิก\xa0 ณ โรงแรม Inter-Burgu-Daegu เมืองแทกู (Daegu) สาธารณรัฐเกาหลี\xa0 เมื่อวันที่ 8 พฤศจิกายน 25'
    '65'
)

#: ข่าวนายกรัฐมนตรี 2025-02-06 (news 93111, heldout29 029): the PM asks Xiaomi to invest, and the company's profile
XIAOMI_ASKED = (
    'นายกรัฐมนตรีหวังว่า บริษัทฯ จะพิจารณาให้ไทยเป็นฐานสำคัญของบริษัท หรือพัฒนาห่วงโซ่อุปทานในประเทศไทย เ'
    'พื่อสนับสนุนตลาด IoT และอุปกรณ์อัจฉริยะในประเทศไทยและตลาดอาเซียน'
)
XIAOMI_PROFILE = (
    'บริษัท Xiaomi Corporation ก่อตั้งเมื่อปี พ.ศ. 2553 (ค.ศ. 2010) ที่ตั้งสำนักงานใหญ่ กรุงปักกิ่ง สาธาร'
    'ณรัฐประชาชนจีน เริ่มต้นความเชี่ยวชาญด้านเทคโนโลยีสำหรับโทรศัพท์มือถือ โดยในปี 2567 ติดอันดับที่ 397 '
    'จากการจัดอันดับ Fortune Global 500 ติดต่อกันเป็นปีที่หก และ Fortune China 500 ในอันดับที่ 102 Xiaomi'
    ' เป็นหนึ่งในบริษัทชั้นนำด้านการผลิตอุปกรณ์ IoT, AIoT (อุปกรณ์ IoT ที่นำเทคโนโลยี AI เข้ามาประยุกต์ใช'
    '้ในอุปกรณ์ IoT ให้มีความอัจฉริยะยิ่งขึ้น) และ Smart Devices'
)
#: ด้านเศรษฐกิจ 2017-07-21 (news 5360): a channel to market through, with a partner abroad
ALIBABA = (
    'สำหรับในด้านการส่งเสริมการใช้ช่องทางตลาด E-commerce นั้น ปัจจุบันกระทรวงพาณิชย์ โดยกรมส่งเสริมการค้า'
    'ระหว่างประเทศ ก็ได้มีความร่วมมือกับเว็บไซต์ชื่อดังอย่าง Alibaba.com ของจีน'
)

#: ข่าวทำเนียบรัฐบาล 2025-05-12 (news 96278, heldout29 003): a team listed after its leader
TEAM = (
    'ทีมประเทศไทยที่นำโดย ดร.นลินี ประกอบด้วยนายชุตินทร คงศักดิ์ เลขานุการรัฐมนตรีว่าการกระทรวงการต่างประ'
    'เทศ นายวิรัตน์ ธัชศฤงคารสกุล รองเลขาธิการคณะกรรมการส่งเสริมการลงทุน'
)

#: ข่าวทำเนียบรัฐบาล 2025-05-12 (news 96278, heldout29 003): the industries the Thai team will cooperate in with the US
FUTURE_INDUSTRIES = (
    'ในช่วงการประชุม SelectUSA 2025 คณะของไทยยังมีกำหนดเข้าพบเจ้าหน้าที่รัฐบาลกลางสหรัฐฯ นักลงทุนรายสำคัญ และหอการค้าท้'
    'องถิ่น เพื่อขับเคลื่อนความร่วมมือในอุตสาหกรรมแห่งอนาคต เช่น พลังงานสะอาด เทคโนโลยีชีวภาพ สุขภาพ และ AI'
)


def test_knowledge_shared_at_a_partners_expo_is_cooperation():
    assert relevant_as_written_and_changed(
        EXPO, EXPO_DAY, EXPO_TITLE, "รวมทั้งเป็นการแบ่งปันความรู้และความเชี่ยวชาญด้าน", "รวมทั้งจัดแสดง") == (True, False)


def test_technology_handed_over_by_a_partner_is_cooperation():
    assert relevant_as_written_and_changed(
        RADIO, RADIO_DAY, RADIO_TITLE, "การถ่ายทอดเทคโนโลยีและนวัตกรรม", "การลงทุน") == (True, False)


def test_a_discussion_titled_for_the_digital_age_is_a_digital_topic():
    assert relevant_as_written_and_changed(
        f"{APEC_LEAD}\n{APEC}", APEC_DAY, APEC_TITLE, "ในยุคดิจิทัล\xa0\xa0 (Public Finance Strategies in the Digital Age)",
        " (Public Finance Strategies)") == (True, False)


def test_the_digital_age_as_scene_setting_is_no_topic():
    scene = APEC.replace("หารือภายใต้หัวข้อกลยุทธ์ทางการคลังในยุคดิจิทัล\xa0\xa0 (Public Finance Strategies in the Digital Age)",
                         "หารือกลยุทธ์ทางการคลังในยุคดิจิทัล")
    assert scene != APEC
    assert not read_passage(f"{APEC_LEAD}\n{scene}", APEC_DAY, APEC_TITLE).relevant


def test_a_market_for_products_is_no_topic():
    assert names_a_market(XIAOMI_ASKED, XIAOMI_ASKED.index("IoT"))
    assert not names_a_market(ALIBABA, ALIBABA.index("E-commerce"))


def test_what_a_company_makes_in_its_profile_is_no_topic():
    assert in_a_profile(XIAOMI_PROFILE, XIAOMI_PROFILE.index("IoT"))
    assert not in_a_profile(XIAOMI_ASKED, XIAOMI_ASKED.index("IoT"))


def test_a_list_of_members_after_a_leader_starts_a_new_name():
    assert [h.name for h in find_named(TEAM)] == ["นลินี", "ชุตินทร คงศักดิ์", "วิรัตน์ ธัชศฤงคารสกุล"]


def test_digital_among_the_issues_of_a_meeting_abroad_is_a_topic():
    assert relevant_as_written_and_changed(ACSIC, ACSIC_DAY, ACSIC_TITLE, "โดยมุ่งเน้นใน 3 ประเด็นหลัก คือ", "และ") \
        == (True, False)


def test_the_industries_the_sides_cooperate_in_are_no_sectors():
    assert not in_industry_list(FUTURE_INDUSTRIES, FUTURE_INDUSTRIES.index("AI"))
    invested = FUTURE_INDUSTRIES.replace("ขับเคลื่อนความร่วมมือใน", "ขยายการลงทุนใน")
    assert in_industry_list(invested, invested.index("AI"))
