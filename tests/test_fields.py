"""Fields: real sentences from the samples and the corpus."""

import doctest

import extractors.fields as fields_mod
from extractors.fields import find_fields, most_specific


def notations(text):
    return [m.notation for m in find_fields(text)]


def test_doctests():
    assert doctest.testmod(fields_mod).failed == 0


def test_mou_areas_000():
    text = ("อาทิ ข้อมูลขนาดใหญ่ เทคโนโลยีสารสนเทศและการสื่อสาร คลาวด์คอมพิวติ้ง เทคโนโลยีบล็อกเชน "
            "ปัญญาประดิษฐ์ พาณิชย์อิเล็กทรอนิกส์ และการทำธุรกรรมทางออนไลน์")
    assert notations(text) == ["big-data", "ict", "cloud", "blockchain", "ai", "e-commerce", "e-transactions"]


def test_english_forms_001():
    text = "ซึ่งประกอบด้วย 5G Use Cases, Artificial Intelligence, Cloud Computing, Big Data, Digital Governance, Smart Cities, และ Future Networks"
    assert notations(text) == ["5g", "ai", "cloud", "big-data", "digital-government", "smart-city", "telecom"]


def test_longest_match_wins():
    assert notations("ความมั่นคงปลอดภัยทางไซเบอร์และความมั่นคงปลอดภัยทางข้อมูล") == ["cybersecurity", "data-security"]


def test_word_boundaries():
    assert notations("ระบบ MAIL และ PAID") == []          # no "AI" inside Latin words


def test_spans_point_into_text():
    text = "ว่าด้วยความร่วมมือในด้านเศรษฐกิจดิจิทัล"
    m = find_fields(text, offset=10)[0]
    assert (m.notation, text[m.span.start - 10:m.span.end - 10]) == ("digital-economy", "เศรษฐกิจดิจิทัล")


def test_most_specific():
    assert most_specific(["security", "cybersecurity", "ai"]) == ("cybersecurity", "ai")


def test_payment_and_mass_media_forms():
    # ด้านเศรษฐกิจ 2022-05-23 (DEPA): "3.การชำระเงินอิเล็กทรอนิกส์เทคโนโลยีการชำระเงิน";
    # ข่าวรองนายกฯ 2023-10-15: "ความร่วมมือ (MOU) ด้านสื่อสารมวลชนและสารสนเทศ"
    assert "e-transactions" in notations("3.การชำระเงินอิเล็กทรอนิกส์ 4.การยืนยันตัวตนทางดิจิทัล")
    assert notations("ความร่วมมือด้านสื่อสารมวลชนและสารสนเทศ") == ["media"]


def test_organisation_names_are_not_field_mentions():
    # ด้านเศรษฐกิจ 2022 (depa–Ericsson 5G): the agency's name is no digital-economy mention, the topic is
    assert [(m.notation, m.span.text) for m in find_fields(
        "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (ดีป้า) ลงนามเพื่อขับเคลื่อนเศรษฐกิจดิจิทัล")] == [
        ("digital-economy", "เศรษฐกิจดิจิทัล")]
    # the NBTC's name holds การกระจายเสียง and โทรคมนาคม: neither is a field of the agreement
    assert notations("สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (กสทช.)") == []


def test_archive_forms_for_emerging_tech_and_data_flows():
    # ด้านเศรษฐกิจ 2022-05-23: "ระบบการดูแลข้อมูลไหลเวียนระหว่างประเทศ … เทคโนโลยีอุบัติใหม่ เช่น AI blockchain"
    assert notations("ระบบการดูแลข้อมูลไหลเวียนระหว่างประเทศ การคุ้มครองผู้บริโภคทางออนไลน์ "
                     "เทคโนโลยีอุบัติใหม่  เช่น AI  blockchain") == ["data-flows", "technology", "ai", "blockchain"]
    # ข่าวทำเนียบรัฐบาล (Bahrain): medical research is no digital research
    assert "research" not in notations("ไทยพร้อมที่จะร่วมมือกับบาห์เรนในด้านการค้นคว้าวิจัยทางการแพทย์")


def test_scope_area_forms_from_the_heldout_review():
    # ด้านเศรษฐกิจ 2022-07-04 (MDES–Finland): "3. การพัฒนาการบริการด้านโครงสร้างพื้นฐานบรอดแบนด์"
    assert notations("3. การพัฒนาการบริการด้านโครงสร้างพื้นฐานบรอดแบนด์") == ["connectivity"]
    # ด้านเศรษฐกิจ 2022 (MDES–DCMS): "ความร่วมมือด้านกฎหมายและกฎระเบียบดิจิทัล การเปลี่ยนไปเป็นดิจิทัล"
    assert notations("การส่งเสริมความร่วมมือด้านกฎหมายและกฎระเบียบดิจิทัล การเปลี่ยนไปเป็นดิจิทัลของทั้งภาครัฐ") == [
        "policy", "digital-transformation"]
    # ข่าวทำเนียบรัฐบาล 2017 (Commerce–Alibaba): "(2) การพัฒนาศักยภาพบุคลากรด้านดิจิทัลและเทคโนโลยี"
    assert notations("(2)  การพัฒนาศักยภาพบุคลากรด้านดิจิทัลและเทคโนโลยี") == ["digital-skills"]
    assert notations("ความร่วมมือ อาทิ การวิจัยนวัตกรรม รวมถึงการพัฒนาบุคลากรภาครัฐ") == ["research", "digital-skills"]


def test_forms_naming_two_concepts_and_stop_names():
    # ด้านสังคม 2022-02-25 (MDES–AWS, news 51953): the government cloud is cloud and digital government
    assert notations("จะใช้ AWS เป็นส่วนหนึ่งของคลาวด์ภาครัฐ (Government Cloud)") == [
        "cloud", "digital-government", "cloud", "digital-government"]
    # ด้านเศรษฐกิจ 2018-11-13 (ASEAN e-commerce agreement, news 16754): ICT infrastructure, and the digital gap
    assert notations("อาทิ การพัฒนาโครงสร้างพื้นฐานด้านเทคโนโลยีสารสนเทศและการสื่อสาร "
                     "ซึ่งจะช่วยลดช่องว่างด้านดิจิทัล") == ["infrastructure", "ict", "digital-inclusion"]
    # ด้านสังคม 2022-07-11 (MDES–MPTC call-centre MOU, news 56776): Cambodia's ministry names no postal field
    assert notations("รัฐมนตรีว่าการกระทรวงการไปรษณีย์และโทรคมนาคมแห่งราชอาณาจักรกัมพูชา") == []


def test_vocabulary_review_forms():
    # ข่าวคณะโฆษก 2024-05-10 (APEC trade ministers' statement, news 82861): the transition to a digital economy
    assert notations("ตลอดจนการเปลี่ยนผ่านสู่เศรษฐกิจดิจิทัลในภูมิภาค") == ["digital-transformation"]
    # ข่าวนายกรัฐมนตรี 2024-11-28 (PM Lawrence Wong's visit, news 90739): AI governance
    assert notations("ความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ การกำกับดูแลปัญญาประดิษฐ์") == [
        "cybersecurity", "ai-governance"]
    # ด้านสังคม 2024-03-15 (Ramathibodi–USTDA, news 80371): a frequency band is spectrum
    assert notations("ว่าด้วยโครงการความร่วมมือ 6 Gigahertz Wi-Fi Pilot Project") == ["spectrum", "connectivity"]
    # ด้านสังคม 2024-03-20 (depa–Digital China Group, news 80635): "เศรษฐกิจและนวัตกรรมดิจิทัล" names both
    assert notations("บันทึกข้อตกลงความร่วมมือการพัฒนาเศรษฐกิจและนวัตกรรมดิจิทัล") == ["digital-economy", "research"]


def test_bare_digital_technology_is_no_field():
    # a company of digital technology names no cooperation field (bringing it into use does: below)
    assert notations("ร่วมกับบริษัทเทคโนโลยีดิจิทัลชั้นนำของโลก") == []
    # ด้านสังคม 2025-01-18 (ADGMIN 5, news 92518): the area of the Thai–Cambodian MOU does
    assert notations("เป็นความร่วมมือด้านเทคโนโลยีดิจิทัลระหว่างกระทรวง") == ["technology"]
    # ข่าวทำเนียบรัฐบาล (Thailand–Korea, news 12289): the digital industry is the ICT sector
    assert notations("(4) อุตสาหกรรมดิจิทัล และ (5) อุตสาหกรรมการแพทย์ครบวงจร") == ["ict"]


def test_a_relief_depot_called_satellite_warehouse_names_no_field():
    # สรุปข่าวการประชุม ครม.: ASEAN's "Satellite Warehouse" is a disaster-relief depot, not a satellite
    text = "บันทึกความเข้าใจสำหรับการจัดตั้งคลังเก็บสิ่งของช่วยเหลือทางไกลของอาเซียน (Satellite Warehouse) ภายใต้โครงการ DELS"
    assert find_fields(text) == []
    assert [m.notation for m in find_fields("ความร่วมมือด้านดาวเทียม (Satellite)")] == ["satellite", "satellite"]


def test_names_whose_field_words_name_no_field():
    # สรุปข่าว ครม.: the ASEAN secretariat circulates a draft "by e-mail" (ไปรษณีย์อิเล็กทรอนิกส์):
    # no postal field; nor does the name of Germany's transport ministry make a rail agreement digital.
    assert notations("สำนักเลขาธิการอาเซียนได้มีไปรษณีย์อิเล็กทรอนิกส์แจ้งเวียนรัฐมนตรีอาเซียนด้านการพัฒนาชนบท") == []
    assert notations("กระทรวงคมนาคมและโครงสร้างพื้นฐานดิจิทัลแห่งสหพันธ์สาธารณรัฐเยอรมนี") == []
    assert notations("ความร่วมมือด้านไปรษณีย์และโทรคมนาคม") == ["postal", "telecom"]


def test_fake_news_synonyms_are_media():
    # สรุปข่าวการประชุม ครม. 25 สิงหาคม 2563 (news 34533): what the ASEAN information ministers' draft
    # joint statement is about
    text = ("และพัฒนาความร่วมมือในการจัดการกับข่าวลวงและข้อมูลบิดเบือนเกี่ยวกับโรคติดเชื้อไวรัสโคโรนา 2019 (โควิด-19)")
    assert notations(text) == ["media", "media"]
    # สรุปข่าวการประชุม ครม. (news 74324): the AMRI guideline against fake news
    assert notations("(Guideline on Management of Government Information in Combating Fake News and Disinformation "
                     "in the Media)") == ["media", "media"]


def test_financial_and_insurance_technology():
    # ด้านเศรษฐกิจ 2019-09-26 (news 23427): InsurTech as heldout5 015 reads it; FinTech as payments (heldout4 015's note)
    assert notations("การนำองค์ความรู้จากประเทศสิงคโปร์ด้าน InsurTech มาพัฒนาการประกันภัย") == ["digital-transformation"]
    assert notations("ความร่วมมือด้าน FinTech และฟินเทค") == ["e-transactions", "e-transactions"]
    # ด้านเศรษฐกิจ 2023-11-13 (news 74624): digital assets as payments, not as blockchain (heldout5 011)
    assert notations("4. สินทรัพย์ดิจิทัล ที่ประชุมตระหนักถึงการขยายตัวทางเศรษฐกิจ") == ["e-transactions"]


def test_digital_divide_forms():
    # ข่าวคณะโฆษก 2023-08-15 (news 71312), and the archive's other forms of a digital gap
    assert notations("2.ลดช่องว่างระหว่างเพศทางด้านดิจิทัล โดยเพิ่มการเข้าถึงเทคโนโลยี") == ["digital-inclusion"]
    assert notations("ลดช่องว่างการเข้าถึงดิจิทัล และช่องว่างดิจิทัล") == ["digital-inclusion", "digital-inclusion"]


def test_online_threats_digital_marketing_and_computer_technology():
    # news 80575, 5034, 73407
    assert notations("สามารถทำหลาย ๆ เรื่องในการป้องกันภัยจากเทคโนโลยีได้เพิ่มมากขึ้น") == ["online-scam"]
    assert notations("การส่งเสริมช่องทางการค้าการลงทุน การทำ Digital Marketing รวมทั้ง") == ["e-commerce"]
    assert notations("(4) เทคโนโลยีอิเล็กทรอนิกส์และคอมพิวเตอร์ (5) เครื่องสำอางนวัตกรรม") == ["ict"]


def test_spaced_start_ups_and_smart_mobility():
    # news 78264 (an industry MoU with Russia) and news 94252 (a transport MOU with Spain's activities)
    assert notations("สร้างความร่วมมือในการพัฒนาอุตสาหกรรมโดยเฉพาะผู้ประกอบการ Start Up และ SMEs") == ["startups"]
    assert notations("การซ่อมบำรุงถนนและสะพาน การเดินทางและขนส่งอัจฉริยะ (Smart Mobility) การพัฒนาระบบขนส่งและจราจร"
                     "อัจฉริยะ (ITS)") == ["smart-city", "smart-city", "smart-city"]


def test_digital_technology_in_business_is_digital_transformation():
    # ข่าวทันสถานการณ์โควิด-19 2020-04-23 (news 29626): the ASEAN–Japan economic ministers' statement
    assert notations("โดยเฉพาะวิสาหกิจขนาดกลาง ขนาดย่อม และรายย่อย (MSMEs) และส่งเสริมการใช้ประโยชน์จากเทคโนโลยีดิจิทัล"
                     "ในการดำเนินธุรกิจ เพื่อเอื้อให้ภูมิภาคนี้เป็นศูนย์กลางทางการค้า") == ["digital-transformation"]


def test_english_titles_and_posts_of_the_digital_economy():
    # Cabinet Meeting Synopsis (news 43252): the adjective names the field; the MDES minister's post names none
    title = ("Title: Draft Memorandum of Understanding on Digital Economic Cooperation between Ministry of Digital "
             "Economy and Society of the Kingdom of Thailand and Ministry of Communications and Information")
    assert notations(title.split(" between")[0]) == ["digital-economy"]
    assert notations("Minister of Digital Economy and Society or a representative is authorized as signatory") == []


def test_buying_and_selling_online_is_e_commerce():
    # news 74835 (a DITP-TAT-Thai Airways MOU's activities), and the commonest archive forms
    assert notations("การส่งเสริมผู้ประกอบการผ่านช่องทางการตลาดทั้งออนไลน์และออฟไลน์ของแต่ละฝ่าย") == ["e-commerce"]
    assert notations("ส่งเสริมการค้าขายออนไลน์ของวิสาหกิจชุมชน") == ["e-commerce"]
    assert notations("ผู้ประกอบการที่ขายของออนไลน์") == ["e-commerce"]
    assert notations("เพิ่มช่องทางการจำหน่ายออนไลน์ให้สินค้าโอทอป") == ["e-commerce"]


def test_bringing_digital_technology_into_use_names_digital_technology():
    # the PM at the 23rd ASEAN-Japan Summit (news 36721); the gold sets' reading (heldout9 003, heldout3 011)
    text = ("ไทยพร้อมร่วมมือในการดำเนินงานตามแผนปฏิบัติการด้านความยืดหยุ่นทางเศรษฐกิจอาเซียน-ญี่ปุ่น "
            "โดยเฉพาะการนำเทคโนโลยีดิจิทัลมาใช้ส่งเสริมการฟื้นตัวทางเศรษฐกิจ")
    assert notations(text) == ["technology"]
    assert notations("การนำเทคโนโลยีดิจิทัลมาส่งเสริมสุขภาพจิตและสุขภาพผู้สูงวัย") == ["technology"]


def test_a_hotline_and_the_meeting_software_name_no_field():
    # news 25154: ``Call Center`` alone is a hotline (2,000+ archive lines); news 52928:
    # ``ZOOM Cloud Meeting`` is the software a meeting ran on (147 releases)
    assert find_fields("Facebook : @MHESIThailand Call Center โทร.1313") == []
    assert find_fields("การประชุม ครั้งที่ 2/2565 เมื่อวันที่ 23 มีนาคม ที่ผ่านมา ผ่านระบบ ZOOM Cloud Meeting") == []
    # the gangs are the crime
    assert [f.notation for f in find_fields("to crack down on call center gangs operating")] == ["online-scam"]


def test_digital_currencies_are_blockchain_and_central_bank_ones_payments():
    # ด้านกฎหมายฯ 2018-10-17 (news 16139, heldout16 020): Thailand's statement to ASEAN law ministers
    text = "ประเด็นความท้าทายที่มีความก้าวหน้าของเทคโนโลยี เช่น สกุลเงินดิจิตอล รวมถึงได้ขอให้ที่ประชุม"
    assert [f.notation for f in find_fields(text)] == ["blockchain"]
    assert [f.notation for f in find_fields("การพัฒนาสกุลเงินดิจิทัลของธนาคารกลาง")] == ["e-transactions"]


def test_drug_trafficking_over_the_internet_is_cybercrime():
    # 2018-10-03 (news 15824, heldout16 002): HONLEA 42: the new forms of the drug trade the meeting takes up
    text = "การรับมือกับปัญหายาเสพติดในรูปแบบใหม่ๆ อาทิ การค้ายาเสพติดทางอินเตอร์เน็ต และการใช้เงินสกุลดิจิตอลในการค้ายาเสพติด"
    assert [f.notation for f in find_fields(text)] == ["online-scam", "blockchain"]


def test_electronic_evidence_in_criminal_matters_is_cybercrime_work():
    # ด้านกฎหมายฯ 2023-02-17 (news 65080, heldout24 015): a working group of the Crim-AP forum in Tokyo
    text = ("ภายใต้หัวข้อ รูปแบบเฉพาะของคำร้องขอความร่วมมือระหว่างประเทศในเรื่องทางอาญา - "
            "การขอพยานหลักฐานทางอิเล็กทรอนิกส์ และคำให้การของพยาน")
    assert [f.notation for f in find_fields(text)] == ["online-scam"]


def test_it_goods_in_a_tariff_list_name_no_field():
    # ข่าวคณะโฆษก 2022-09-06 (news 58911, heldout25 010): one of twelve AEM 54 documents the cabinet approves
    text = ("4.ร่างบัญชีรายการสินค้าเทคโนโลยีสารสนเทศ ภายใต้ความตกลงการค้าสินค้าของอาเซียน (ATIGA) ในระบบพิกัดศุลกากร"
            "ฮาร์โมไนซ์อาเซียน ฉบับปี 2022 (The Transposed ATIGA List of Information Technology Agreement (ITA) Products "
            "in AHTN 2022)")
    assert find_fields(text) == []
    assert [f.notation for f in find_fields("ความร่วมมือด้านเทคโนโลยีสารสนเทศ")] == ["ict"]


def test_the_entry_into_the_digital_era_as_a_topic_is_digital_transformation():
    # ข่าวคณะโฆษก 2022-11-18 (news 61740, heldout21 017): what APEC's FTAAP work plan answers; the verb alone sets
    # a speech's scene (a constructed guard)
    text = ("ที่มุ่งสู่การจัดทำ FTAAP เพื่อตอบสนองสถานการณ์เศรษฐกิจโลก ด้านการค้า การลงทุน นวัตกรรม การเข้าสู่ยุคดิจิทัล")
    assert [f.notation for f in find_fields(text)] == ["digital-transformation"]
    assert find_fields("ในขณะที่โลกก้าวเข้าสู่ยุคดิจิทัล") == []


def test_no_surface_form_is_listed_twice():
    # (a form listed twice is a table grown in two places: the second copy says nothing and hides where it was read)
    rows = [line for line in fields_mod.DATA.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert sorted({row for row in rows if rows.count(row) > 1}) == []
