"""heldout15's agreement misses, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from datetime import date

from extractors.agreements import in_english_version
from extractors.instruments import find_instruments
from snippets import agreements_with_status, only_agreement, read_passage

# ก.อุตฯ จับมือ ดีอี สภาอุตฯ เป็นเจ้าภาพประชุม ISO/IEC JTC 1/SC 7 (news 96626, 21 พฤษภาคม 2568): the countries at the
# meeting, listed before the MoU TISI will sign with depa and FTI, and TISI's standards today, named after it
STANDARDS_MEETING = (
    'นายวันชัย พนมชัย เลขาธิการสำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม (สมอ.) กล่าวเพิ่มเติมว่า '
    '\xa0การประชุมดังกล่าวจะมีผู้แทนจากประเทศสมาชิก ISO เข้าร่วมกว่า 38 ประเทศ อาทิ จีน ญี่ปุ่น เกาหลีใต้ ฟินแลนด์ '
    'มาเลเซีย เยอรมนี สหรัฐอเมริกา สหราชอาณาจักร ออสเตรเลีย อินเดีย และอิสราเอล เป็นต้น '
    'โดยภายหลังเสร็จสิ้นการประชุมในเดือนมิถุนายน สมอ. จะเตรียมการลงนามความร่วมมือ (MoU) '
    'กับสำนักงานส่งเสริมเศรษฐกิจดิจิทัล และสภาอุตสาหกรรมแห่งประเทศไทย '
    'เพื่อร่วมมือกันดำเนินการยกระดับอุตสาหกรรมดิจิทัลไทยสู่ระดับสากล '
    'โดยใช้มาตรฐานผลิตภัณฑ์อุตสาหกรรมเป็นเครื่องมือหลักในการส่งเสริมผู้ประกอบการไทยให้สามารถแข่งขันได้ในระดับสากล '
    'และร่วมกันขับเคลื่อนการประยุกต์ใช้เทคโนโลยีและนวัตกรรมดิจิทัล '
    'ทำให้เกิดการพัฒนามาตรฐานดิจิทัลในภาคอุตสาหกรรมไทยเพิ่มมากขึ้น ซึ่งปัจจุบัน สมอ. '
    'มีมาตรฐานที่เกี่ยวข้องกับอุตสาหกรรมดิจิทัล มากกว่า 100 มาตรฐาน ครอบคลุมหลากหลายสาขา เช่น ปัญญาประดิษฐ์ (AI) '
    '\xa0อินเทอร์เน็ตของสรรพสิ่ง (IoT) บล็อกเชน และศูนย์ข้อมูล (Data Centers) '
    'และในปีนี้จะมีการออกมาตรฐานในสาขาใหม่อย่างเทคโนโลยีควอนตัม (Quantum Technology)')


def test_the_countries_of_an_example_list_are_no_parties_of_the_mou_after_it():
    mou = only_agreement(STANDARDS_MEETING, "วันพุธที่ 21 พฤษภาคม 2568")
    assert (mou.kind, mou.status) == ("mou", "planned")
    assert sorted(p.key for p in mou.parties) == ["depa", "fti", "tisi"]


def test_what_a_party_has_today_is_not_the_instruments_area():
    mou = only_agreement(STANDARDS_MEETING, "วันพุธที่ 21 พฤษภาคม 2568")
    assert not {"ai", "iot", "blockchain"} & set(mou.fields)


# ปลัดดีอี ยื่นภาคยานุวัติสาร เข้าร่วมอนุสัญญา ECC (news 95012, 2 เมษายน 2568): the deposit, and the paragraphs that
# describe the convention by its acronym
ECC_DEPOSIT = (
    'วันที่ 28 มีนาคม 2568 ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) '
    'เป็นตัวแทนรัฐบาลไทย ยื่นภาคยานุวัติสาร ณ สำนักงานเลขาธิการสหประชาชาติ นครนิวยอร์ก สหรัฐอเมริกา '
    'เพื่อให้ประเทศไทยเข้าร่วมเป็นภาคีอนุสัญญาสหประชาชาติว่าด้วยการใช้การสื่อสารทางอิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ'
    ' (United Nations Convention on the Use of Electronic Communications in International Contracts: ECC) '
    'ตามมติที่ประชุมคณะรัฐมนตรี เมื่อวันที่ 11 ธันวาคม 2567 ที่ผ่านมา\n'
    'สำหรับอนุสัญญา ECC จัดทำขึ้นโดยคณะกรรมาธิการกฎหมายการค้าระหว่างประเทศแห่งสหประชาชาติ (UNCITRAL)\xa0 '
    'เป็นข้อตกลงระหว่างประเทศที่ยอมรับการใช้เอกสารและลายมือชื่ออิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ '
    'เพื่อการลดข้อจำกัดทางกฎหมาย และเพิ่มความเชื่อมั่นในการใช้เทคโนโลยีดิจิทัลในสัญญาการค้าระหว่างประเทศ '
    'ปัจจุบันมีหลายประเทศให้สัตยาบันและเข้าร่วมเป็นภาคีอย่างต่อเนื่อง '
    'สะท้อนให้เห็นถึงการยอมรับในหลักการและความสำคัญของการค้าดิจิทัลในระดับโลก\n'
    'ดังนั้นการเข้าร่วมเป็นภาคีในอนุสัญญา ECC '
    'จึงถือเป็นอีกหนึ่งก้าวสำคัญของประเทศไทยในการยกระดับระบบนิติกรรมสัญญาระหว่างประเทศให้ทันสมัย '
    'และสอดคล้องกับบริบทเศรษฐกิจดิจิทัล '
    'โดยเฉพาะในด้านการสนับสนุนให้เอกสารอิเล็กทรอนิกส์มีสถานะทางกฎหมายเทียบเท่ากับเอกสารกระดาษ '
    'ซึ่งจะช่วยส่งเสริมความน่าเชื่อถือของการทำธุรกรรมอิเล็กทรอนิกส์ระหว่างประเทศ '
    'และสร้างความเชื่อมั่นให้กับภาคธุรกิจไทย')


def test_a_deposited_instrument_of_accession_is_signed_on_its_day():
    ecc = only_agreement(ECC_DEPOSIT, "วันพุธที่ 2 เมษายน 2568")
    assert (ecc.kind, ecc.status, ecc.signing_date) == ("agreement", "signed", date(2025, 3, 28))
    assert [p.key for p in ecc.parties] == ["un"]


def test_the_convention_named_by_its_acronym_below_is_the_same_one():
    ecc = only_agreement(ECC_DEPOSIT, "วันพุธที่ 2 เมษายน 2568")
    assert {"e-transactions", "digital-trade", "digital-economy"} <= set(ecc.fields)


def test_an_instrument_of_accession_to_be_deposited_is_no_signing():
    # (guard) a ministry told to prepare and deposit it, as cabinet decisions say
    told = ("2. ให้กระทรวงการต่างประเทศจัดทำและดำเนินการยื่นภาคยานุวัติสารเพื่อเข้าเป็นภาคีอนุสัญญาสหประชาชาติว่าด้วย"
            "การใช้การสื่อสารทางอิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ")
    assert "signed" not in [a.status for a in agreements_with_status(told, "วันอังคารที่ 10 ธันวาคม 2567")]


# โฆษกรัฐบาล เผย นายกฯ สั่งการเด็ดขาด… เว็บพนันออนไลน์ (news 53085, 30 มีนาคม 2565): an MOU being drafted, named by the
# acronym that glosses ``ร่างข้อตกลง``
CALL_CENTRE_GANGS = (
    'นอกจากนี้ ที่ผ่านมา '
    'เจ้าหน้าที่ตำรวจไทยได้ประสานความร่วมมือกับทางการของประเทศกัมพูชาในการกวาดล้างแก๊งคอลเซ็นเตอร์ '
    'จนสามารถนำตัวผู้กระทำผิดมาดำเนินคดีที่ประเทศไทยได้ '
    'นำไปสู่การขยายความร่วมมือในการประสานงานแก้ไขปัญหาและปราบปรามมิจฉาชีพออนไลน์ข้ามเขตแดนไทยและกัมพูชา '
    'โดยรัฐบาลของทั้งสองฝ่ายอยู่ระหว่างการหารือเพื่อจัดทำร่างข้อตกลง (MOU) '
    'เกี่ยวกับการส่งเสริมความร่วมมือด้านดิจิทัลระหว่างกัน โดยเฉพาะการปราบปรามแก๊งคอลเซ็นเตอร์')


def test_the_status_of_a_glossed_acronym_is_read_before_the_thai_word():
    mou = only_agreement(CALL_CENTRE_GANGS, "วันพุธที่ 30 มีนาคม 2565")
    assert (mou.kind, mou.status) == ("mou", "planned")
    assert sorted(p.key for p in mou.parties) == ["KH", "TH"]
    assert mou.fields == ("online-scam",)


# NT จับมือกรมศุลกากร เปิดระบบ NSW ใหม่ (news 64426, 1 กุมภาพันธ์ 2566): a customs form, no declaration
NSW_FORMS = (
    'โดยระบบ NSW ใหม่มีประสิทธิภาพสูง และรองรับรูปแบบธุรกรรมอิเล็กทรอนิกส์ใหม่เพิ่มขึ้น เช่น คำขอใบอนุญาตยางพารา '
    'เอกสารใบรับรองสุขอนามัยพืชหรือ e-Phyto Certificate ใบขนสินค้าอาเซียน ACDD (ASEAN Customs Declaration Document) '
    'และหนังสือรับรองถิ่นกำเนิดสินค้าแบบอิเล็กทรอนิกส์ในรูปแบบ e-Form หรือ ATIGA')


def test_a_customs_declaration_document_is_no_declaration():
    found = read_passage(NSW_FORMS, "วันพุธที่ 1 กุมภาพันธ์ 2566").agreements
    assert not [a for a in found if a.kind == "declaration"]


# EXIM BANK ลงนาม MOU กับ HKTDC (news 79365, 23 กุมภาพันธ์ 2567): the Thai text, then, past a
# paragraph on the FTA, its English version
EXIM_HKTDC = (
    'นายจุลพันธ์ อมรวิวัฒน์ รัฐมนตรีช่วยว่าการกระทรวงการคลัง ดร.ปีเตอร์ เคเอ็น แลม ประธานองค์การสภาพัฒนาการค้าฮ่องกง '
    '(HKTDC) และนางสาวมากาเร็ต ฟง กรรมการบริหาร HKTDC '
    'ร่วมเป็นสักขีพยานกิตติมศักดิ์ในพิธีลงนามบันทึกข้อตกลงความร่วมมือเพื่อพัฒนาผู้ประกอบการต่อเนื่องเป็นฉบับที่ 3 '
    'ระหว่าง ดร.รักษ์ วรกิจโภคาทร กรรมการผู้จัดการ ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย (EXIM BANK) '
    'กับนางสาวโซเฟีย ชอง รองกรรมการบริหาร HKTDC ณ HKTDC สำนักงานใหญ่ เขตบริหารพิเศษฮ่องกงแห่งสาธารณรัฐประชาชนจีน '
    'เมื่อวันที่ 22 กุมภาพันธ์ 2567\n'
    'บันทึกข้อตกลงดังกล่าวมีวัตถุประสงค์เพื่อเสริมสร้างความร่วมมือระหว่าง EXIM BANK และ HKTDC '
    'ในการยกระดับการสนับสนุนผู้ประกอบการไทยและฮ่องกงให้มีความสามารถในการแข่งขันในระบบเศรษฐกิจ '
    'การค้าและการลงทุนระหว่างประเทศ รวมถึงความร่วมมือด้านอื่น ๆ ที่เกี่ยวข้อง อาทิ '
    'การบูรณาการความร่วมมือกับหน่วยงานภาครัฐและภาคเอกชนเพื่อสนับสนุนภารกิจของ EXIM BANK และ HKTDC '
    'ในการส่งเสริมการค้าและการลงทุนระหว่างไทยกับฮ่องกง การจับคู่ธุรกิจ '
    'การให้สิทธิประโยชน์เพื่อส่งเสริมให้ผู้ประกอบการไทยจำหน่ายสินค้าผ่านช่องทางออนไลน์ '
    'รวมถึงการแลกเปลี่ยนข้อมูลผู้ประกอบการที่อาจมีโอกาสเป็นลูกค้าของ EXIM BANK และ HKTDC เพื่อสนับสนุนการเข้าถึงบริกา'
    'รทางการเงินและการรับประกันความเสี่ยงทางการค้าและการลงทุนให้แก่ผู้ประกอบการไทยกับฮ่องกง\n'
    'ปัจจุบันไทยและฮ่องกงมีความตกลงการค้าเสรีภายใต้เขตการค้าเสรีอาเซียน–ฮ่องกง (AHKFTA) '
    'ซึ่งมีผลบังคับใช้เมื่อเดือนกุมภาพันธ์ 2564 '
    'โดยฮ่องกงยกเว้นภาษีนำเข้าสินค้าจากอาเซียนทุกรายการและผูกพันไม่ขึ้นภาษีสินค้าทุกรายการภายใต้ AHKFTA ในอนาคต '
    'ขณะเดียวกัน ฮ่องกงเป็นคู่ค้าสำคัญอันดับที่ 13 ของไทยในปี 2566 โดยมีมูลค่าการค้าระหว่างกัน 1.37 '
    'หมื่นล้านดอลลาร์สหรัฐ คิดเป็นสัดส่วน 2.4% ของมูลค่าการค้ารวมของไทย สินค้าส่งออกสำคัญของไทยไปฮ่องกง ได้แก่ '
    'อัญมณีและเครื่องประดับ แผงวงจรไฟฟ้า เครื่องคอมพิวเตอร์ โทรศัพท์ และเครื่องยนต์สันดาปภายใน '
    'สินค้านำเข้าของไทยจากฮ่องกง ได้แก่ อัญมณี เครื่องประดับ เครื่องจักรไฟฟ้า เครื่องจักรกล และสินแร่โลหะ นอกจากนี้ '
    'ฮ่องกงยังเป็นแหล่งรองรับการลงทุนโดยตรงในต่างประเทศ (Thai Direct Investment : TDI) สำคัญของไทย '
    'โดยถือเป็นแหล่งลงทุนอันดับ 1 ของไทยในแง่มูลค่าเงินลงทุนโดยตรงสะสมที่ 2.65 หมื่นล้านดอลลาร์สหรัฐ ณ ไตรมาส 3 ปี '
    '2566 โดย TDI Outflow ของไทยไปฮ่องกงอยู่ที่ 2.6 พันล้านดอลลาร์สหรัฐในปี 2565 มากเป็นอันดับ 5 รองจากสิงคโปร์ '
    'สหรัฐฯ ญี่ปุ่น และมอริเชียส โดยธุรกิจที่นักลงทุนไทยเข้าไปลงทุนในฮ่องกง อาทิ การเงินการธนาคาร ประกันภัย '
    'ค้าปลีกค้าส่ง อาหารและเครื่องดื่ม ขณะที่ธุรกิจที่นักลงทุนฮ่องกงเข้ามาลงทุนในไทย ได้แก่ โลจิสติกส์ '
    'อุตสาหกรรมอิเล็กทรอนิกส์ และอุตสาหกรรมดิจิทัล\n'
    'EXIM Thailand Inks MOU with Hong Kong Trade Development Council to Foster Thailand-Hong Kong Trade and '
    'Investment\n'
    'Mr. Julapan Amornvivat, Deputy Minister of Finance, Dr. Peter K N Lam, Chairman of the Hong Kong Trade '
    'Development Council (HKTDC), and Ms. Margaret Fong, Executive Director of HKTDC, served as honorary witnesses in'
    ' the signing ceremony of the third iteration of the memorandum of understanding (MOU) aimed at ongoing '
    'entrepreneur development between Dr. Rak Vorrakitpokatorn, President of the Export-Import Bank of Thailand (EXIM'
    ' Thailand), and Ms. Sophia Chong, Deputy Executive Director of HKTDC, at the HKTDC headquarters in the Hong Kong'
    " Special Administrative Region of the People's Republic of China on February 22, 2024.\n"
    'The MOU aims to strengthen collaboration between EXIM Thailand and HKTDC to enhance support for entrepreneurs in'
    ' both Thailand and Hong Kong, thereby boosting their competitiveness across economic, trade, and investment '
    'sectors. This encompasses collaboration across various areas, including partnering with public and private '
    'sector entities to fulfill the missions of EXIM Thailand and HKTDC in fostering trade and investment between '
    'Thailand and Hong Kong. It involves activities such as business matching, offering incentives to streamline the '
    "online distribution of Thai entrepreneurs' products, and sharing information on potential entrepreneurs who "
    'could become clients of EXIM Thailand and HKTDC. ')


def test_the_english_version_tells_of_the_same_mou():
    mou = only_agreement(EXIM_HKTDC, "วันศุกร์ที่ 23 กุมภาพันธ์ 2567")
    assert sorted(p.key for p in mou.parties) == ["exim", "hktdc"]
    assert not in_english_version(mou.title, 0)


def test_selling_goods_online_is_e_commerce():
    mou = only_agreement(EXIM_HKTDC, "วันศุกร์ที่ 23 กุมภาพันธ์ 2567")
    assert "e-commerce" in mou.fields


def test_a_thai_paragraph_quoting_latin_names_is_not_the_english_version():
    assert not in_english_version(EXIM_HKTDC, EXIM_HKTDC.index("HKTDC"))
    assert in_english_version(EXIM_HKTDC, EXIM_HKTDC.index("memorandum of understanding"))


# รมว.กห. ต้อนรับ รมว.กห.สาธารณรัฐเช็ก (news 80834, 25 มีนาคม 2567): the Czech minister's interest in cyber, added with
# อีกทั้ง after what the MOU will do, and the MOU on military-technical cooperation signed after it
CZECH_DEFENCE = (
    'สำหรับการลงนาม MOU ในวันนี้ ก็จะทำให้ทั้งสองประเทศมีความร่วมมือระหว่างกันเพิ่มมากขึ้น '
    'อีกทั้งให้ความสนใจในด้านไซเบอร์ที่จะพัฒนาร่วมกัน '
    'สำหรับในส่วนของด้านอุตสาหกรรมป้องกันประเทศนั้นก็มีความประสงค์ที่จะดำเนินการในรูปแบบรัฐบาลต่อรัฐบาล\n'
    'หลังจากนั้น ณ ห้องสุรศักดิ์มนตรี นายสุทิน คลังแสง รมว.กห. และ นางสาว Jana Cemochova (ยานา เซร์โนโควา) '
    'รมว.กห.สาธารณรัฐเช็ก ได้ลงนามร่วมกันในบันทึกความเข้าใจระหว่าง กห. - กห.เช็ก ว่าด้วยความร่วมมือด้านเทคนิคทางทหาร '
    '(Memorandum of Understanding between the Ministry of Defence of the Kingdom of Thailand and the Ministry of '
    'Defence of the Czech Republic on Military and Military-Technical Cooperation)'
)


def test_moreover_adds_another_act_not_the_instruments_area():
    mou = only_agreement(CZECH_DEFENCE, "วันจันทร์ที่ 25 มีนาคม 2567")
    assert "cybersecurity" not in mou.fields


def test_signatories_named_after_the_purpose_that_ends_the_title():
    mou = only_agreement(EXIM_HKTDC, "วันศุกร์ที่ 23 กุมภาพันธ์ 2567")
    assert mou.signatories == ("รักษ์ วรกิจโภคาทร", "โซเฟีย ชอง")



# สรุปข่าวการประชุม ครม. 8 พฤศจิกายน 2565 (news 60588), item 11: the tax-reporting agreement named again by its acronym
# inside another act (what must be done before it binds), not as the topic of a paragraph about it
COUNTRY_BY_COUNTRY_REPORTS = (
    '11. เรื่อง การดำเนินการตามคำมั่นที่ให้กับสหภาพยุโรปในการเข้าเป็นภาคีในความตกลงพหุภาคีระหว่างเจ้าหน้าที่ผู้มีอำนา'
    'จในการแลกเปลี่ยนรายงานข้อมูลรายประเทศ\n'
    'คณะรัฐมนตรีมีมติเห็นชอบและอนุมัติตามที่กระทรวงการคลัง (กค.) เสนอ ดังนี้\n'
    '1. เห็นชอบการเข้าเป็นภาคีในความตกลงพหุภาคีระหว่างเจ้าหน้าที่ผู้มีอำนาจในการแลกเปลี่ยนรายงานข้อมูลรายประเทศ '
    '(Multilateral Competent Authority Agreement on the Exchange of Country-by-Country Reports: CbC MCAA) (ความตกลง '
    'CbC MCAA) แบบส่งและรับข้อมูลแบบต่างตอบแทนกับประเทศคู่สัญญา (Reciprocal)\n'
    '2. ให้ กค. มีหนังสือถึงเลขาธิการองค์การเพื่อความร่วมมือทางเศรษฐกิจและการพัฒนา (The Organisation for Economic '
    'Co-operation and Development: OECD) เพื่อแจ้งความจำนงในการลงนามเข้าเป็นภาคีในความตกลง CbC MCAA\n'
    '3. อนุมัติให้รัฐมนตรีว่าการกระทรวงการคลังในฐานะเจ้าหน้าที่ผู้มีอำนาจตามความตกลงพหุภาคีว่าด้วยการให้ความช่วยเหลือ'
    'ด้านการบริหารภาษี (Multilateral Convention on Mutual Administrative Assistance in Tax Matters) (ความตกลง MAC) '
    'เป็นผู้ลงนามในร่างคำแถลงการณ์ (Declaration) เพื่อเข้าร่วมเป็นภาคีในความตกลง CbC MCAA '
    'เมื่อประเทศไทยได้รับร่างคำแถลงการณ์จาก OECD และเมื่อลงนามแล้ว ให้กระทรวงการต่างประเทศ (กต.) '
    'ส่งคำแถลงการณ์ดังกล่าว ให้เลขาธิการ OECD ผ่านช่องทางการทูต\n'
    '4. ให้ กค. จัดเตรียมเอกสารที่เกี่ยวข้องทั้งหมดในการแจ้งให้ความตกลง CbC MCAA มีผลผูกพัน '
    'เมื่อประเทศไทยได้รับหนังสือแจ้งผ่านการประเมินเรื่องการรักษาความลับและความปลอดภัยของข้อมูล (Confidentiality and '
    'Data Safeguards Assessment) จาก Global Forum on Transparency and Exchange of Information for Tax Purposes '
    '(Global Forum)1 โดยจัดทำเป็นเอกสารอิเล็กทรอนิกส์ทั้งหมด และส่งให้ฝ่ายเลขาธิการ OECD '
    'ผ่านทางไปรษณีย์อิเล็กทรอนิกส์ เพื่อแจ้งให้ความตกลง CbC MCAA มีผลผูกผัน'
)


def test_an_acronym_inside_another_act_is_no_mention_that_describes_the_instrument():
    found = {m.start: m for m in find_instruments(COUNTRY_BY_COUNTRY_REPORTS)}
    inside_an_act = COUNTRY_BY_COUNTRY_REPORTS.index("ความตกลง CbC MCAA มีผลผูกพัน")
    assert not found[inside_an_act].anaphoric


def test_an_acronym_opening_a_paragraph_is_the_instrument_named_before():
    found = {m.start: m for m in find_instruments(ECC_DEPOSIT)}
    assert found[ECC_DEPOSIT.index("อนุสัญญา ECC จัดทำขึ้น")].anaphoric
