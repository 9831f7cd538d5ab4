"""The pipeline's plumbing: tokenizer, offsets, the screen and the focus on long releases."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extractors.components.relevance import cooperation_weight, in_industry_list
from extractors.pipeline import build_nlp, doc_text, extract, focus, read
from extractors.tokenizer import NAME_V1 as TOKENIZER_V1
from extractors.reader import Source, iter_releases, read_release
from extractors.records import Extraction, Release
from extractors.release import parse_release
from extractors.screen import COMPONENT_WINDOW, SUBJECT_COOPERATION, has_agreement_cue, may_pass, screen, signals
from extractors.text import normalise, sentence_spans


@pytest.fixture(scope="module")
def samples(samples_dir: Path) -> list[Release]:
    return [r for r in iter_releases([samples_dir]) if isinstance(r, Release)]


def test_v1_words_are_spacy_th_words(samples: list[Release]) -> None:
    """Only long white-space runs are grouped differently; every word is spaCy th's."""
    nlp, reference = build_nlp(TOKENIZER_V1), spacy.blank("th")
    for release in samples:
        text = doc_text(release)
        ours = nlp.make_doc(text)
        assert ours.text == text
        words = [t.text for t in ours if not t.text.isspace()]   # (our vocab computes no lexical flags)
        assert words == [t.text for t in reference.make_doc(text) if not t.is_space]


def test_nlpo3_tokens_cover_the_text_and_extract_the_same(samples: list[Release]) -> None:
    """The default tokens come from nlpo3; the records read character offsets, so the
    extraction is the same as with the pure-Python newmm."""
    fast, slow = build_nlp(), build_nlp(TOKENIZER_V1)
    for release in samples:
        text = doc_text(release)
        doc = fast.make_doc(text)
        assert doc.text == text and len(doc) > 100
        assert read(release, text, fast) == read(release, text, slow)


def test_long_blank_runs_are_one_token() -> None:
    nlp = build_nlp()
    text = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n" + " " * 50_000 + "\nลงนามบันทึกความเข้าใจ"
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert " " * 50_000 in [t.text.strip("\n") for t in doc]
    assert len(doc) < 20


def test_normalise_keeps_length_and_offsets() -> None:
    text = "เมื่อวันที่ ๒๕\u00a0มีนาคม ๒๕๖๔\u200bณ กรุงเทพ"
    assert len(normalise(text)) == len(text)
    assert normalise(text).startswith("เมื่อวันที่ 25 มีนาคม 2564 ")


def test_sentences_cover_lines_and_cut_long_ones() -> None:
    text = "บรรทัดแรก\n\nบรรทัดที่สอง  ยาว\n" + ("คำ " * 400)
    spans = sentence_spans(text)
    assert text[spans[0][0]:spans[0][1]] == "บรรทัดแรก"
    assert all(end - start <= 600 for start, end in spans)
    assert all(not text[start].isspace() and not text[end - 1].isspace() for start, end in spans)


def test_samples_pass_the_screen(samples: list[Release]) -> None:
    for release in samples:
        assert screen(release.text[:release.body_end], release.body_start), release.source_path


def test_every_record_offset_points_into_the_release(samples: list[Release]) -> None:
    for release in samples:
        found = extract(release)
        spans = [m.span for m in (*found.countries, *found.organisations, *found.persons)]
        spans += [a.span for a in found.agreements] + [e.span for e in found.events]
        for span in spans:
            assert normalise(release.text[span.start:span.end]) == span.text, span


def test_focus_blanks_far_lines_and_keeps_offsets() -> None:
    filler = "\n".join(f"{i}. เรื่อง การแต่งตั้งข้าราชการ ตำแหน่งที่ {i}" for i in range(200))
    mou = "ครม. เห็นชอบร่างบันทึกความเข้าใจด้านความมั่นคงปลอดภัยไซเบอร์ระหว่างไทยกับญี่ปุ่น"
    text = "หัวข้อ\n" + filler + "\n" + mou + "\n" + filler
    kept = focus(text, body_start=len("หัวข้อ\n"))
    assert len(kept) == len(text) and kept.index(mou) == text.index(mou)
    assert "ตำแหน่งที่ 50\n" not in kept and kept.count("ตำแหน่ง") == 20 and "ตำแหน่งที่ 199" in kept[text.index(mou) - 400:text.index(mou)]


@pytest.mark.corpus
def test_screen_and_relevance_on_real_off_topic_releases(corpus_path: Path) -> None:
    """Agriculture and health news from the archive: screened out or judged off-topic."""
    seen = 0
    for item in iter_releases([corpus_path]):
        if not isinstance(item, Release) or not any(w in item.title for w in ("เกษตรกร", "โรงพยาบาล", "ข้าว")):
            continue
        seen += 1
        assert not extract(item).relevant, item.title
        if seen >= 40:
            break
    assert seen == 40


def test_signals_find_title_and_instrument_terms(samples: list[Release]) -> None:
    release = next(r for r in samples if r.id == "thaigov-78348")
    found = signals(release.text[:release.body_end], release.body_start)
    assert found.title_digital > 0 and found.cooperation >= 2 and found.foreign >= 1
    assert found.instrument_near_digital


def test_an_instrument_whose_subject_is_digital_passes_the_screen() -> None:
    # ข่าวนายกรัฐมนตรี 2021-10-28 (news 47551): one digital statement among 25 summit documents;
    # "ดิจิทัล" alone weighs little, but it is the subject of the statement named right before it.
    item = ("6. แถลงการณ์ผู้นำอาเซียนว่าด้วยการยกระดับการปรับเปลี่ยนไปสู่ดิจิทัลของภูมิภาคอาเซียน "
            "(ASEAN Leaders’ Statement on Advancing Digital Transformation in ASEAN)")
    assert signals(item).instrument_near_digital
    far = "6. แถลงการณ์ผู้นำอาเซียนว่าด้วยความร่วมมือด้านสุขภาพจิตในวัยรุ่นและเด็ก " + "การประชุม " * 12 + "ดิจิทัล"
    assert not signals(far).instrument_near_digital


#: ปฏิรูปการศึกษาฯ 2024-02-07 (news 78576): a science MOU signed during Hun Manet's visit; digital is
#: one of its eleven areas, far from the title and thin in the body.
COMPONENT_MOU = (
    "ข่าว\nวันพุธที่ 7 กุมภาพันธ์ 2567\n“ศุภมาส” ลงนาม MOU ความร่วมมือกับกระทรวงอุตสาหกรรม วิทยาศาสตร์ "
    "เทคโนโลยีและนวัตกรรมของกัมพูชาพร้อมตั้งคณะกรรมการร่วมดำเนินการ 11 ด้าน\n"
    "เมื่อวันที่ 7 ก.พ. นายเศรษฐา ทวีสิน นายกรัฐมนตรีราชอาณาจักรไทย และ สมเด็จมหาบวรธิบดี ฮุน มาเนต "
    "นายกรัฐมนตรีราชอาณาจักรกัมพูชา ร่วมเป็นประธานและสักขีพยานในพิธีลงนามในบันทึกความเข้าใจ (MOU) "
    "ระหว่างกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.) แห่งราชอาณาจักรไทย กับ กระทรวงอุตสาหกรรม "
    "วิทยาศาสตร์ เทคโนโลยีและนวัตกรรมแห่งราชอาณาจักรกัมพูชา\n"
    "น.ส.ศุภมาส กล่าวว่า บันทึกความเข้าใจฯ นี้จัดทำขึ้นเพื่อยกระดับความร่วมมือในการพัฒนาองค์ความรู้และกำลังคน"
    "ด้านวิทยาศาสตร์ วิจัยและนวัตกรรมระหว่างไทยกับกัมพูชา โดยเน้นการพัฒนาองค์ความรู้และบุคลากรในสาขาวิชาที่"
    "ทั้งสองประเทศให้ความสำคัญ ได้แก่ 1. วิทยาศาสตร์ชีวภาพ และเทคโนโลยีชีวภาพ 2. หุ่นยนต์ อิเล็กทรอนิกส์ "
    "เทคโนโลยีดิจิทัลและเศรษฐกิจดิจิทัล 3. ความมั่นคงทางอาหาร น้ำ และพลังงาน 4. ภูมิสารสนเทศและเทคโนโลยีอวกาศ\n"
)


def test_an_instrument_with_a_digital_component_passes_the_screen_and_is_judged_by_its_fields() -> None:
    release = parse_release(COMPONENT_MOU, "snippet.txt")
    found = signals(release.text[:release.body_end], release.body_start)
    assert not found.instrument_near_digital and found.title_digital == 0
    assert found.instrument_digital_gap is not None and found.instrument_digital_gap <= COMPONENT_WINDOW
    extraction = extract(release)
    assert extraction.relevant
    assert [(a.kind, a.status, "digital-economy" in a.fields) for a in extraction.agreements] == [("mou", "signed", True)]


def test_one_digital_term_beside_a_statement_is_enough_to_be_read() -> None:
    # ด้านสังคม 2017-09-08 (news 6523): the ASEAN–China health ministers' statement, whose one digital item is health IT
    text = ("ไทย ตั้งศูนย์เรียนรู้อาเซียนพัฒนาสุขภาวะผู้สูงวัย ในการประชุมรัฐมนตรีสาธารณสุขกรอบอาเซียน ที่บรูไน\n"
            "วันศุกร์ที่ 8 กันยายน 2560\n"
            "ไทย ตั้งศูนย์เรียนรู้อาเซียนพัฒนาสุขภาวะผู้สูงวัย ในการประชุมรัฐมนตรีสาธารณสุขกรอบอาเซียน ที่บรูไน\n"
            "สำหรับช่วงบ่ายได้ร่วมการประชุมรัฐมนตรีสาธารณสุขอาเซียน-จีน ครั้งที่ 6 ภายใต้หัวข้อ “เทคโนโลยีเพื่อการพัฒนาสุขภาพ” "
            "(Technology to improve health) โดยเน้นความสำคัญของเทคโนโลยีที่ก้าวหน้า ทำให้ประชาชนได้รับการดูแลสุขภาพที่ดี "
            "ขณะเดียวกัน จะต้องคำนึงถึงการใช้เทคโนโลยีที่เหมาะสมเหมาะกับบริบทของประเทศ ซึ่งจะต้องนำการประเมินเทคโนโลยีทางสุขภาพ"
            "เข้ามาช่วยประเมินความคุ้มค่า พร้อมทั้งได้รับรองแถลงการณ์ร่วมรัฐมนตรีสาธารณสุขอาเซียน-จีน ที่เน้นประเด็นการส่งเสริม"
            "สุขภาพและเทคโนโลยีสารสนเทศด้านสุขภาพในการดำเนินการปี 2560-2561\n")
    release = parse_release(text, "snippet.txt")
    assert signals(release.text[:release.body_end], release.body_start).digital == 1
    assert screen(release.text[:release.body_end], release.body_start)
    extraction = extract(release)
    assert extraction.relevant
    [statement] = extraction.agreements
    assert (statement.kind, statement.status, statement.fields) == ("declaration", "signed", ("ict",))
    assert {"asean", "CN"} <= {p.key for p in statement.parties}


KOREA_TALKS = (  # ข่าวทำเนียบรัฐบาล 2016-11-01 (news 554): the PM's talks with Korea's PM; THEOS-2 is one topic among many
    "นายกรัฐมนตรีหารือทวิภาคีกับนายกรัฐมนตรีสาธารณรัฐเกาหลี\nวันอังคารที่ 1 พฤศจิกายน 2559\n"
    "นายกรัฐมนตรีหารือทวิภาคีกับนายกรัฐมนตรีสาธารณรัฐเกาหลี\n"
    "ไทยและเกาหลีใต้ต่างยินดีกับการจัดตั้งคณะทำงานร่วมในโครงการพัฒนาลุ่มน้ำห้วยหลวง จ.หนองคายและอุดรธานี "
    "ซึ่งเกาหลีใต้จะให้ความร่วมมือด้านเทคนิคในการบริหารจัดการน้ำในโครงการดังกล่าว นายกรัฐมนตรีเกาหลีใต้หวังว่าโครงนี้จะเป็น"
    "จุดเริ่มต้นของความร่วมมือด้านการบริหารจัดการน้ำของทั้งสองประเทศ ต่อไปนอกจากนี้ นายกรัฐมนตรียังสนับสนุนเกาหลีใต้ในการ"
    "ศึกษาเส้นทางระเบียงเศรษฐกิจแนวตะวันออก-ตะวันตก แม่สอด - มุกดาหาร รวมทั้งยินดีที่เกาหลีใต้สนใจลงทุนในโครงการ"
    "รถไฟความเร็วสูง โครงการดาวเทียม THEOS-2 รวมถึงพิจารณาการใช้ยางพาราจากไทย\n"
    "ภายหลังการหารือนายกรัฐมนตรีทั้งสองฝ่ายได้ร่วมเป็นสักขีพยานในการลงนามความตกลงและบันทึกความเข้าใจ ณ โถงกลาง "
    "ตึกสันติไมตรี ทำเนียบรัฐบาล ดังนี้\n"
    "(2) บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษาไทย - เกาหลีใต้ ซึ่งลงนามโดยปลัดกระทรวงศึกษาธิการของทั้งสองฝ่าย "
    "มีจุดประสงค์เพื่อส่งเสริมการแลกเปลี่ยนองค์ความรู้ บุคลากร งานวิจัยระหว่างกัน รวมทั้งพัฒนาระบบอาชีวศึกษาของไทย"
    "ผ่านการฝึกอบรมโดยเกาหลีใต้\n")


def test_one_digital_topic_in_talks_with_a_partner_abroad_is_digital_cooperation() -> None:
    release = parse_release(KOREA_TALKS, "snippet.txt")
    found = signals(release.text[:release.body_end], release.body_start)
    assert found.title_digital == 0 and found.density < 2.5       # digital is not the subject
    extraction = extract(release)
    assert extraction.relevant
    assert not any(a.fields for a in extraction.agreements)        # and no digital instrument was signed


TOKYO_FISCAL_FORUM = (  # การประชุม Tokyo Fiscal Forum 2018 (news 12765): e-payment, one item of the talks, beside Japan
    "การประชุม Tokyo Fiscal Forum 2018 ณ กรุงโตเกียว ประเทศญี่ปุ่น\nวันอังคารที่ 5 มิถุนายน 2561\n"
    "การประชุม Tokyo Fiscal Forum 2018 ณ กรุงโตเกียว ประเทศญี่ปุ่น\n"
    "ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง เข้าร่วมการประชุม Tokyo Fiscal Forum 2018 และร่วมเสวนาในช่วง Roundtable "
    "Discussion ณ กรุงโตเกียว ประเทศญี่ปุ่น ระหว่างวันที่ 4-5 มิถุนายน 2561\n"
    "การประชุมมีหัวข้อหลักคือ Strengthened Fiscal Management in Asia โดยแบ่งออกเป็นการเสวนาย่อย ได้แก่ 1) Innovations "
    "in fiscal rules after the global financial crisis 2) Enhanced framework for public investment – public investment "
    "processes and benchmarking 3) Enhanced framework for public investment - mitigating fiscal risks for "
    "public-private partnership (PPP) 4) Digital innovations in revenues and spending program และ 5) Roundtable "
    "discussion\n"
    "ผู้อำนวยการสำนักงานเศรษฐกิจการคลังได้ร่วมแลกเปลี่ยนประสบการณ์ด้านการคลังกับผู้บริหารจากหลากหลายประเทศ เช่น "
    "ญี่ปุ่นและกัมพูชา รวมถึงผู้บริหารกองทุนการเงินระหว่างประเทศ และคณะกรรมาธิการยุโรป โดยได้นำเสนอประสบการณ์ของไทย"
    "เกี่ยวกับกฎเกณฑ์ทางการคลังที่สำคัญ เช่น พ.ร.บ. วินัยการเงินการคลังของรัฐ พ.ศ. 2561 และแผนการคลังระยะปานกลาง "
    "การบริหาร  การลงทุนของภาครัฐซึ่งมุ่งเน้นการลงทุนในโครงสร้างพื้นฐานเพื่อยกระดับขีดความสามารถในการแข่งขันของประเทศ "
    "รวมถึงการปรับตัวเข้าสู่ยุคดิจิทัลโดยการผลักดันนโยบาย National e-Payment ของกระทรวงการคลัง\n"
    "ในโอกาสนี้ ผู้แทนจากหลากหลายประเทศในภูมิภาคเอเชียร่วมแลกเปลี่ยนประสบการณ์และความคิดเห็นระหว่างกัน "
    "เพื่อนำไปปรับใช้กับการกำหนดนโยบายและการบริหารการคลังในแต่ละประเทศต่อไป\n"
)


def test_a_digital_item_beside_a_partner_named_in_the_title_passes_the_screen() -> None:
    """Digital is neither the title's subject nor dense, but one topic of a meeting abroad named in the title: the
    screen lets the relevance component judge it (heldout12 027 and 029, 2 of its 6 missed releases)."""
    release = parse_release(TOKYO_FISCAL_FORUM, "snippet.txt")
    found = signals(release.text[:release.body_end], release.body_start)
    assert found.title_digital == 0 and found.density < 2.5 and found.title_foreign > 0
    assert found.topic_beside_foreign
    assert screen(release.text[:release.body_end], release.body_start)
    assert extract(release).relevant


def test_a_digital_item_in_no_partner_s_paragraph_does_not_pass_the_screen() -> None:
    # the same release with its digital item in a paragraph of its own: no partner's topic (and with no digital
    # session on the forum's agenda, which would be one: the screen's agenda test)
    alone = TOKYO_FISCAL_FORUM.replace("รวมถึงการปรับตัวเข้าสู่ยุคดิจิทัล", "\nรวมถึงการปรับตัวเข้าสู่ยุคดิจิทัล") \
        .replace("4) Digital innovations", "4) Innovations")
    release = parse_release(alone, "snippet.txt")
    found = signals(release.text[:release.body_end], release.body_start)
    assert found.title_foreign > 0 and not found.topic_beside_foreign
    assert not screen(release.text[:release.body_end], release.body_start)


MICROSOFT_AI = (  # ​เสมา1 หารือ Microsoft Team นำ AI ประยุกต์ใช้ด้านการศึกษา (news 85116): AI is its only digital word
    "เสมา1 หารือ Microsoft Team นำ AI ประยุกต์ใช้ด้านการศึกษา\nวันศุกร์ที่ 28 มิถุนายน 2567\n"
    "เสมา1 หารือ Microsoft Team นำ AI ประยุกต์ใช้ด้านการศึกษา\n"
    "พลตำรวจเอก เพิ่มพูน ชิดชอบ รัฐมนตรีว่าการกระทรวงศึกษาธิการ (รมว.ศธ.) ให้การต้อนรับและหารือร่วมกับผู้แทนจาก Microsoft "
    "Team ณ ห้องประชุมวชิราวุธ กระทรวงศึกษาธิการ\n"
    "ผู้แทน Microsoft Team กล่าวว่า บริษัท Microsoft Team ได้ลงนามบันทึกความร่วมมือร่วมกับรัฐบาลไทย "
    "ซี่งมีส่วนที่เกี่ยวข้องกับการสนับสนุนด้านการศึกษา โดยต้องการจะนำเสนอการประยุกต์ใช้ AI ในการเรียนการสอนของครู\n"
)


def test_ai_as_a_word_of_its_own_is_a_digital_term_of_the_screen() -> None:
    release = parse_release(MICROSOFT_AI, "snippet.txt")
    assert may_pass(MICROSOFT_AI)
    assert screen(release.text[:release.body_end], release.body_start)
    extraction = extract(release)
    assert extraction.relevant
    assert [a.fields for a in extraction.agreements if a.status] == [("ai",)]


def test_ai_inside_a_latin_word_is_not() -> None:
    # ``THAI``, ``Thailand`` and ``email`` hold the letters, in either case
    assert not may_pass("การประชุม THAI AIRWAYS และ MAIL ของ Thailand ทาง email กับญี่ปุ่น")
    assert may_pass("ความร่วมมือด้าน AI กับญี่ปุ่น")


def test_a_release_that_names_nothing_foreign_is_settled_by_the_first_look() -> None:
    # the screen needs a partner abroad: domestic digital work is rejected before the release is parsed (news 5229,
    # MDES's MOU with the Public Relations Department); the same words beside a partner abroad are read
    domestic = "ได้ร่วมลงนามบันทึกความเข้าใจ (MOU) ว่าด้วยการแลกเปลี่ยนข้อมูลข่าวสาร ระหว่างกระทรวงดิจิทัลฯ กับกรมประชาสัมพันธ์"
    assert not may_pass(domestic)
    assert may_pass(domestic.replace("กรมประชาสัมพันธ์", "กระทรวงการสื่อสารของญี่ปุ่น"))


def test_a_short_latin_acronym_counts_only_as_a_word_of_its_own() -> None:
    # news 86609 (the PM's visit to Sungai Kolok district): ``district`` is no ICT, ``amount`` no MOU, ``democracy``
    # no MOC, ``concert`` no CERT
    visit = ("August 2, 2024, Government Spokesperson Chai Wacharonke disclosed that Prime Minister Srettha Thavisin is "
             "scheduled to travel to Narathiwat’s Sungai Kolok district and Rantau Panjang town in Kelantan, Malaysia "
             "on August 3, 2024, the amount of trade, democracy and a concert")
    found = signals("PM scheduled for joint field visit\n" + visit, 35)
    assert found.digital == 0 and found.cooperation == 0
    # their own words, and their plurals, still count: ``MOUs on ICTs`` (an instrument next to a digital term)
    found = signals("ข่าว\nThe two sides signed two MOUs on ICTs and Cloud services", 5)
    assert found.digital == 2 and found.instrument_near_digital


MALAYSIA_VISIT = (  # แถลงข่าวร่วมสำหรับการเยือนไทยอย่างเป็นทางการของ… นายกรัฐมนตรีมาเลเซีย (news 51958): six of its paragraphs
    "แถลงข่าวร่วมสำหรับการเยือนไทยอย่างเป็นทางการของนายกรัฐมนตรีมาเลเซีย\nวันศุกร์ที่ 25 กุมภาพันธ์ 2565\n"
    "แถลงข่าวร่วมสำหรับการเยือนไทยอย่างเป็นทางการของนายกรัฐมนตรีมาเลเซีย\n"
    "ดาโตะ ซรี อิซมาอิล ซาบรี ยาคบ นายกรัฐมนตรีแห่งมาเลเซีย เยือนประเทศไทยอย่างเป็นทางการ ระหว่างวันที่ 24 – 26 กุม"
    "ภาพันธ์ 2565 ตามคำเชิญของ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี โดยเป็นส่วนหนึ่งของการเดินทางเยือนประเทศสมาชิ"
    "กอาเซียนเพื่อเแนะนำตัวในโอกาสที่นายกรัฐมนตรีมาเลเซียเข้ารับตำแหน่งใหม่ โดยนายกรัฐมนตรีทั้งสองฝ่ายได้หารือทวิภา"
    "คีร่วมกันในวันที่ 25 กุมภาพันธ์ 2565 ณ ทำเนียบรัฐบาล\n"
    "ทั้งสองฝ่ายตระหนักว่าการเยือนประเทศไทยครั้งแรกของนายกรัฐมนตรีอิซมาอิลฯ มีความสำคัญในการส่งเสริมมิตรภาพอันแน่นแ"
    "ฟ้นและยาวนานระหว่างทั้งสองประเทศ ผู้นำทั้งสองได้เน้นย้ำความมุ่งมั่นที่จะขับเคลื่อนความเป็นหุ้นส่วนยุทธศาสตร์ระ"
    "หว่างประเทศไทยกับมาเลเซีย และปูทางไปสู่การยกระดับความสัมพันธ์ทวิภาคีของทั้งสองประเทศให้ก้าวหน้าขึ้นอีก\n"
    "ทั้งสองฝ่ายเห็นพ้องที่จะส่งเสริมความเชื่อมโยงที่ไร้รอยต่อและครอบคลุมระหว่างทั้งสองประเทศ ซึ่งรวมถึงการอำนวยควา"
    "มสะดวกสำหรับการเดินทางข้ามพรมแดนทางอากาศ ทางบก และทางทะเล และการผลักดันโครงการความเชื่อมโยงที่คั่งค้างให้มีควา"
    "มคืบหน้า ทั้งสองฝ่ายได้หารือการเปิดพรมแดนสำหรับผู้ที่จะเดินทางจากอีกประเทศ ซึ่งได้รับวัคซีนครบโดส เพื่อช่วยฟื้"
    "นฟูเศรษฐกิจและให้ประชาชนสามารถไปมาหาสู่กันได้อีกครั้งในโอกาสแรก โดยยังต้องให้ความสำคัญกับมาตรการด้านสาธารณสุขแ"
    "ละการควบคุมโรค โดยในประเด็นนี้ ทั้งสองฝ่ายหวังที่จะมีการกลับมาเปิดพรมแดนทางอากาศร่วมกันอีกครั้งโดยเร็วสำหรับผู"
    "้ที่ได้วัคซีนครบโดส โดยไม่ต้องกักกันตัวเพื่อช่วยกระตุ้นภาคการท่องเที่ยวและสนับสนุนการฟื้นฟูเศรษฐกิจของทั้งสองป"
    "ระเทศ ทั้งสองฝ่ายยังได้มอบหมายให้หน่วยงานที่เกี่ยวข้องจัดตั้งคณะทำงานร่วมเพื่อหารือแนวทาง โดยเฉพาะสำหรับการเดิ"
    "นทางข้ามพรมแดนทางบก\n"
    "ทั้งสองฝ่ายยืนยันความมุ่งมั่นที่จะส่งเสริมการค้าและการลงทุนทวิภาคี รวมทั้งจะทำงานร่วมกันอย่างใกล้ชิดต่อไปเพื่อ"
    "บรรลุเป้าหมายมูลค่าการค้าระหว่างกันจำนวน 3 หมื่นล้านดอลลาร์สหรัฐ โดยขยายกรอบระยะเวลาเป็นภายในปี ค.ศ. 2025 ทั้ง"
    "สองฝ่ายเห็นพ้องด้วยว่าควรจัดการประชุมคณะกรรมการร่วมทางการค้า ครั้งที่ 3 ในโอกาสแรกเพื่อขับเคลื่อนสู่เป้าหมายดั"
    "งกล่าว\n"
    "ทั้งสองฝ่ายเห็นพ้องที่จะแสวงหาความร่วมมือด้านใหม่ ๆ ซึ่งรวมถึงเศรษฐกิจดิจิทัล เศรษฐกิจหมุนเวียน และเศรษฐกิจสีเ"
    "ขียว ซึ่งสอดคล้องกับรูปแบบเศรษฐกิจชีวภาพ เศรษฐกิจหมุนเวียน และเศรษฐกิจสีเขียว สู่การพัฒนาที่ยั่งยืนและอนาคตที่"
    "ครอบคลุม รวมทั้งความเป็นไปได้ที่จะร่วมมือกันในด้านการวิจัยวัคซีน\n"
    "ทั้งสองฝ่ายแสดงความพร้อมที่จะลงนามในบันทึกความเข้าใจที่ยั่งคั่งค้างในเรื่องการขนส่งสินค้าและการขนส่งผู้โดยสารท"
    "างถนนข้ามพรมแดน และความร่วมมือด้านศุลกากร เมื่อได้ข้อสรุปสุดท้ายร่วมกัน และต่างฝ่ายได้ดำเนินกระบวนการภายในที่เ"
    "กี่ยวข้องเสร็จสิ้นแล้ว\n")


def test_a_digital_topic_the_two_sides_agree_on_is_digital_cooperation() -> None:
    # the paragraph names the partners only as "both sides"; Malaysia is named in the ones before it
    release = parse_release(MALAYSIA_VISIT, "snippet.txt")
    assert extract(release).relevant


def test_a_joint_statement_the_cabinet_approves_passes_the_screen() -> None:
    # ข่าวคณะโฆษก 2022-07-21 (news 57088): ``ถ้อยแถลงร่วม`` is an instrument to the screen as it is to the extractor
    text = ("โฆษกรัฐบาลเผย นายกฯ สั่งการทุกหน่วยงานเกี่ยวข้องเร่งพัฒนาบทบาทสตรีทุกมิติ\nวันพฤหัสบดีที่ 21 กรกฎาคม 2565\n"
            "โฆษกรัฐบาลเผย นายกฯ สั่งการทุกหน่วยงานเกี่ยวข้องเร่งพัฒนาบทบาทสตรีทุกมิติ\n"
            "ภายหลังที่ประชุมคณะรัฐมนตรี รับทราบผลการประชุมรัฐมนตรีอาเซียนด้านสตรี ครั้งที่ 4 (The Fourth ASEAN Ministerial "
            "Meeting on Women: 4th AMMW) และเห็นชอบร่างถ้อยแถลงร่วมการประชุมรัฐมนตรีอาเซียนด้านสตรี ครั้งที่ 4 (Joint Statement "
            "of the Fourth ASEAN Ministerial Meeting on Women) ที่มุ่งเน้นประเด็นต่างๆ อาทิ การตระหนักถึงผลกระทบด้านเพศภาวะใน"
            "สถานการณ์โรคระบาดโควิด-19 ต่อสตรีและเด็กหญิง การส่งเสริมสตรีในเศรษฐกิจดิจิทัลเพื่อโอกาสด้านการตลาด การเงิน "
            "และการพัฒนาตนเอง\n")
    release = parse_release(text, "snippet.txt")
    assert screen(release.text[:release.body_end], release.body_start)
    extraction = extract(release)
    assert extraction.relevant
    [statement] = extraction.agreements
    assert (statement.kind, statement.status, statement.fields) == ("declaration", "approved", ("digital-economy",))


def test_a_convention_counts_for_the_screen_only_with_a_digital_subject() -> None:
    # ด้านสังคม 2023-02-02 (news 64490): the UN convention on electronic communications; a convention with a digital
    # word merely near it (most are on the environment, labour or rights) does not count
    text = ("ปลัดดีอี ประชุมคณะทำงานเพื่อเตรียมความพร้อมในการเข้าเป็นภาคีอนุสัญญาสหประชาชาติ\n"
            "วันพฤหัสบดีที่ 2 กุมภาพันธ์ 2566\n"
            "ปลัดดีอี ประชุมคณะทำงานเพื่อเตรียมความพร้อมในการเข้าเป็นภาคีอนุสัญญาสหประชาชาติ\n"
            "ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานการประชุมคณะทำงานเพื่อ"
            "เตรียมความพร้อมในการเข้าเป็นภาคีอนุสัญญาสหประชาชาติว่าด้วยการใช้การติดต่อสื่อสารอิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ\n")
    release = parse_release(text, "snippet.txt")
    found = signals(release.text[:release.body_end], release.body_start)
    assert found.instrument_near_digital and found.instrument_digital_gap is None
    assert screen(release.text[:release.body_end], release.body_start)


def test_an_instrument_far_from_any_digital_word_does_not_pass_the_screen() -> None:
    mou = COMPONENT_MOU.split("\n")[3]          # the signing sentence alone: no digital word in it
    text = "ข่าว\nวันพุธที่ 7 กุมภาพันธ์ 2567\nลงนามความร่วมมือ\n" + mou + "\n" + "การประชุม " * 100 + "\nดิจิทัล ดิจิทัล\n"
    release = parse_release(text, "snippet.txt")
    found = signals(release.text[:release.body_end], release.body_start)
    assert found.instrument_digital_gap > COMPONENT_WINDOW
    assert not screen(release.text[:release.body_end], release.body_start)


def test_a_product_named_after_its_maker_is_no_organisation() -> None:
    # ด้านเศรษฐกิจ 2020-05-22 (news 31318): a domestic MOU signed online; Microsoft is not a party
    text = ("ข่าว\nวันศุกร์ที่ 22 พฤษภาคม 2563\nข่าว\nกรมสรรพากร และ สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (ดีป้า) "
            "ได้ลงนามในบันทึกข้อตกลงความร่วมมือ เรื่อง การพัฒนาฐานข้อมูลขนาดใหญ่ และการวิเคราะห์ข้อมูลด้านภาษี "
            "โดยการลงนามในบันทึกข้อตกลงครั้งนี้เป็นการลงนามบันทึกข้อตกลงแบบ Online ผ่านโปรแกรม Microsoft Teams\n")
    found = extract(parse_release(text, "snippet.txt"), keep_all=True)
    assert "microsoft" not in {o.key for o in found.organisations}
    assert not found.relevant


def _archive_releases(corpus_path: Path, count: int) -> list[Release]:
    releases = []
    for item in iter_releases([corpus_path]):
        if isinstance(item, Release):
            releases.append(item)
            if len(releases) >= count:
                break
    return releases


@pytest.mark.corpus
def test_agreement_cue_is_exactly_the_agreement_extractors_instruments(corpus_path: Path, samples: list[Release]) -> None:
    """``build --all`` skips releases without a cue: the extractor must find no instrument there either."""
    from extractors.agreements import find_instruments

    texts = [doc_text(r) for r in (*samples, *_archive_releases(corpus_path, 1500))]
    with_cue = [has_agreement_cue(text) for text in texts]
    assert with_cue == [bool(find_instruments(text)) for text in texts]
    assert 0 < sum(with_cue) < len(texts)
    # Masked leftovers can make a cue that the raw text does not have: hence the pipeline's text.
    assert has_agreement_cue("MOU") and not has_agreement_cue("นางปฏิญญา") and has_agreement_cue("Memorandum  of\nUnderstanding")


@pytest.mark.corpus
def test_keep_all_reads_off_topic_releases_with_an_instrument(corpus_path: Path) -> None:
    """Off-topic releases: with ``keep_all`` those naming an instrument get the full
    pipeline (the same agreements as reading them unscreened), the others are not read."""
    off_topic = [r for r in _archive_releases(corpus_path, 600) if not screen(r.text[:r.body_end], r.body_start)]
    with_cue = [r for r in off_topic if has_agreement_cue(doc_text(r))][:12]
    without = [r for r in off_topic if not has_agreement_cue(doc_text(r))][:12]
    assert len(with_cue) == 12 and len(without) == 12
    for release in with_cue:
        assert extract(release, keep_all=True) == read(release, doc_text(release))
        assert not extract(release, keep_all=True).relevant   # judged as the default build judges it
    assert any(extract(r, keep_all=True).agreements for r in with_cue)
    for release in without:
        assert extract(release, keep_all=True) == Extraction(release=release, relevant=False)
        assert read(release, doc_text(release)).agreements == ()


@pytest.mark.corpus
def test_may_pass_holds_for_whatever_the_screen_passes(corpus_path: Path) -> None:
    releases = _archive_releases(corpus_path, 3000)
    passed = [r for r in releases if screen(r.text[:r.body_end], r.body_start)]
    assert passed and all(may_pass(r.text) for r in passed)
    assert sum(may_pass(r.text) for r in releases) < len(releases) / 2


def test_verbs_of_cooperating_and_calls_count_as_cooperation() -> None:
    # ข่าวทำเนียบรัฐบาล: NEC Corporation (Thailand)'s president calls on the deputy PM; a release
    # that says only ``เข้าเยี่ยมคารวะ`` and ``ร่วมมือกับ`` reported no cooperation before
    plain = signals("นายกฯ พบประชาชน ที่จังหวัดเชียงใหม่")
    calls = signals("ประธานบริษัท NEC Corporation (ประเทศไทย) เข้าเยี่ยมคารวะรองนายกรัฐมนตรี "
                    "และพร้อมร่วมมือกับรัฐบาลไทย จับมือพัฒนา Digital Park Thailand (a courtesy call)")
    assert plain.cooperation == 0
    assert calls.cooperation >= 4


def test_attending_a_forum_and_exchanging_views_count_as_cooperation() -> None:
    # ด้านเศรษฐกิจ 2019-10-18 (news 23919): MDES at the Global Mobile Broadband Forum in Zurich, then
    # views exchanged with Huawei's deputy chairman; no other cooperation word
    forum = signals("นายพุทธิพงษ์ ปุณณกันต์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ร่วมประชุม “Global Mobile "
                    "Broadband Forum ครั้งที่ 10” ทั้งนี้ รมว.กระทรวงดิจิทัลฯ ยังได้มีโอกาสแลกเปลี่ยนวิสัยทัศน์ร่วมกับ "
                    "Mr. Ken Hu รองประธานบริษัท Huawei")
    assert forum.cooperation >= SUBJECT_COOPERATION


AMRI16_ITEM = (  # สรุปข่าวการประชุม ครม. 18 กันยายน 2566 (news 72332), item 5: no MOU, no specific digital term
    '5. เรื่อง ขอความเห็นชอบต่อร่างเอกสารผลลัพธ์เพื่อรับรองในที่ประชุมรัฐมนตรีสารนิเทศอาเซียน ครั้งที่ 16\n'
    'คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักนายกรัฐมนตรี โดยกรมประชาสัมพันธ์ เสนอ ดังนี้\n'
    '1. เห็นชอบต่อร่างเอกสารผลลัพธ์สำหรับรับรองในที่ประชุมรัฐมนตรีสารนิเทศอาเซียน ครั้งที่ 16 จำนวน 5 ฉบับ ได้แก่\n'
    '(1) ร่างแผนปฏิบัติการคณะทำงานเฉพาะกิจอาเซียนด้านการรับมือข่าวลวง\n'
    '(2) ร่างแถลงการณ์วิสัยทัศน์ของรัฐมนตรีสารนิเทศอาเซียน อาเซียน 2573 : มุ่งสู่สารนิเทศอาเซียนที่พร้อมเปลี่ยนแปลง พร้อมตอบสนอง และยืดหยุ่น\n'
    '(3) ร่างแถลงการณ์ร่วมการประชุมรัฐมนตรีสารนิเทศอาเซียน ครั้งที่ 16 และการประชุมรัฐมนตรีสารนิเทศอาเซียนกับประเทศคู่เจรจา+3 ครั้งที่ 7\n'
    '(4) ร่างปฏิญญาดานังว่าด้วย “สื่อ : จากข้อมูลสู่ความรู้เพื่ออาเซียนที่ยืดหยุ่นและพร้อมตอบสนอง”\n'
    '(5) ร่างแนวทางการจัดการข้อมูลภาครัฐเพื่อต่อต้านข่าวปลอมและข้อมูลบิดเบือนในสื่อ\n')


def test_focus_keeps_a_cabinet_item_on_outcome_documents_that_names_anything_digital() -> None:
    filler = "\n".join(f"{i}. เรื่อง การแต่งตั้งข้าราชการ ตำแหน่งที่ {i}" for i in range(200))
    text = "หัวข้อ\n" + filler + "\n" + AMRI16_ITEM + "\n" + filler
    kept = focus(text, body_start=len("หัวข้อ\n"))
    assert AMRI16_ITEM in kept   # its drafts, among them (4) ร่างปฏิญญาดานัง…, and their descriptions
    other_head = AMRI16_ITEM.replace("5. เรื่อง ขอความเห็นชอบต่อร่างเอกสารผลลัพธ์", "5. เรื่อง ขอความเห็นชอบต่อร่างแผนงาน")
    assert "ร่างปฏิญญาดานัง" not in focus(text.replace(AMRI16_ITEM, other_head), body_start=len("หัวข้อ\n"))


STARTUP_INDEX = (  # โฆษกรัฐบาลเผย นายกฯ สนับสนุนสตาร์ทอัพไทย… (news 69482, 21 มิถุนายน 2566): a ranking, no cooperation
    "วันนี้ (21 มิถุนายน 2566) นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายก"
    "รัฐมนตรี เปิดเผยว่า พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม ยินดีที่ประเทศไทยได้รับการจัด"
    "อันดับดัชนีระบบนิเวศทางสตาร์ทอัพโลกประจำปี 2566 (Global Startup Ecosystem Index 2023) อยู่ในอันดับ 52 ของโลก "
    "อันดับที่ 4 ของอาเซียน โดยผลการจัดอันดับขยับขึ้นสูงกว่าปี 2565\n"
    "โฆษกประจำสำนักนายกรัฐมนตรีกล่าวว่า เว็บไซต์ StartupBlink ศูนย์กลางข้อมูลด้านระบบนิเวศสตาร์ทอัพทั่วโลก ได้จัดอันดับ "
    "100 ประเทศ และ 1,000 เมือง ที่มีระบบนิเวศทางสตาร์ทอัพที่ดีที่สุดของโลกตั้งแต่ปี 2560 โดยผลการจัดอันดับ Global Startup "
    "Ecosystem Index 2023 ในปีนี้ประเทศไทยได้ลำดับที่ 52 ของประเทศที่มีระบบนิเวศทางสตาร์ทอัพที่ดีที่สุดในโลก ซึ่งสูงกว่า"
    "ปีที่แล้ว 1 อันดับ ถือเป็นอันดับ 4 ของอาเซียน รองจากสิงคโปร์ (อันดับ 6) อินโดนีเซีย (อันดับ 41) และมาเลเซีย (อันดับ 43)")


def test_a_ranking_within_asean_is_no_cooperation() -> None:
    """ASEAN as the scope of a rank, and the neighbours ranked above, make no partner abroad to cooperate with."""
    title = ("โฆษกรัฐบาลเผย นายกฯ สนับสนุนสตาร์ทอัพไทย จนเห็นผลจากการจัดอันดับดัชนีระบบนิเวศทางสตาร์ทอัพโลกประจำปี 2566 "
             "ไทยที่ 4 อาเซียน และขยับสูงขึ้นกว่าปีก่อนเป็นอันดับที่ 52 ของโลก")
    text = f"{title}\nวันพุธที่ 21 มิถุนายน 2566\n{title}\n{STARTUP_INDEX}\n"
    release = parse_release(text, "snippet.txt")
    assert screen(release.text[:release.body_end], release.body_start)   # read, then judged
    assert not extract(release).relevant



def test_the_ranking_forms_the_cooperation_weight_leaves_out() -> None:
    """Each rank scoped by the bloc takes one off the weight, however it is spaced; a rank alone does not."""
    forms = ["ไทยที่ 4 อาเซียน", "อันดับที่ 4 ของอาเซียน", "อันดับ 12ใน ASEAN", "ที่ 4\n" + " " * 3000 + "\nอาเซียน"]
    for form in forms:
        assert cooperation_weight(f"ข่าว {form} ข่าว", 3) == 2, form
    assert cooperation_weight("ไทยที่ 4 อาเซียน และอันดับ 2 ของ ASEAN", 3) == 1
    assert cooperation_weight("ที่ 4 ของโลก" + " " * 3000 + "ความร่วมมือ", 3) == 3
    assert cooperation_weight("ไทยที่ 4 อาเซียน", 0) == 0

INVESTMENT_MISSION = (  # รองนายกฯ สมคิด… ชักจูงการลงทุนมณฑลกวางตุ้งและฮ่องกง (news 23961, 22 ตุลาคม 2562)
    "บีโอไอ เผยรองนายกรัฐมนตรีเตรียมนำคณะหน่วยงานด้านเศรษฐกิจเดินทางไปชักจูงการลงทุน ณ มณฑลกวางตุ้ง และเขตบริหารพิเศษ"
    "ฮ่องกง สาธารณรัฐประชาชนจีน เพื่อพบหารือกับบริษัทชั้นนำในกลุ่มอุตสาหกรรมเครื่องใช้ไฟฟ้า อิเล็กทรอนิกส์ เทคโนโลยี"
    "ชีวภาพ อุปกรณ์เครือข่ายและโทรคมนาคม และ        การพัฒนาบุคลากร\n"
    "นางสาวดวงใจ อัศวจินตจิตร์ เลขาธิการคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) เปิดเผยว่า ระหว่างวันที่ 20 ตุลาคม ถึง "
    "25 ตุลาคม 2562 นายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรี จะเป็นหัวหน้าคณะรัฐบาลไทยนำหน่วยงานของภาครัฐไทยเดินทางไป"
    "ชักจูงการลงทุน ณ มณฑลกวางตุ้ง และเขตบริหารพิเศษฮ่องกง สาธารณรัฐประชาชนจีน โดยจะมีการพบหารือกับบริษัทชั้นนำของจีน "
    "เพื่อชักชวนให้เข้ามาลงทุนในประเทศไทย ทั้งนี้ กลุ่มบริษัทที่จะพบหารือนั้นล้วนเป็นบริษัทที่อยู่ในอุตสาหกรรมเป้าหมาย "
    "ได้แก่ กลุ่มอุตสาหกรรมเครื่องใช้ไฟฟ้า อิเล็กทรอนิกส์ เทคโนโลยีชีวภาพ อุปกรณ์เครือข่ายและโทรคมนาคม และการพัฒนาบุคลากร")


def test_telecom_equipment_in_a_list_of_target_industries_is_no_digital_topic() -> None:
    """An investment mission to China whose only digital word is one target industry among several."""
    title = "รองนายกฯ สมคิด สานสัมพันธ์ไทย-จีน เดินหน้าชักจูงการลงทุนมณฑลกวางตุ้งและฮ่องกง"
    release = parse_release(f"{title}\nวันอังคารที่ 22 ตุลาคม 2562\n{title}\n{INVESTMENT_MISSION}\n", "snippet.txt")
    assert screen(release.text[:release.body_end], release.body_start)
    assert not extract(release).relevant
    listed = "บริษัทที่อยู่ในอุตสาหกรรมเป้าหมาย ได้แก่ เครื่องใช้ไฟฟ้า อิเล็กทรอนิกส์ เทคโนโลยีชีวภาพ โทรคมนาคม"
    assert in_industry_list(listed, listed.index("โทรคมนาคม"))   # (``ได้แก่`` introduces the list, no clause)
    talks = "ความร่วมมือด้านอุตสาหกรรมดิจิทัล และปัญญาประดิษฐ์"   # the industry itself, and an item after it, are topics
    assert not in_industry_list(talks, talks.index("ดิจิทัล")) and not in_industry_list(talks, talks.index("ปัญญา"))


def test_internet_spelt_with_to_is_a_digital_term_of_the_screen() -> None:
    # the ASEAN drug-enforcement heads' meeting (news 15824): ``การค้ายาเสพติดทางอินเตอร์เน็ต`` (379 archive releases
    # spell internet so); without it the one digital term left was ``ดิจิตอล``
    from extractors.screen import term_hits

    text = "อาทิ การค้ายาเสพติดทางอินเตอร์เน็ต และการใช้เงินสกุลดิจิตอลในการค้ายาเสพติด"
    assert [t.term for _, t in term_hits(text) if t.kind == "digital"] == ["อินเตอร์เน็ต", "ดิจิตอล"]


# ด้านกฎหมายฯ 2023-02-17 (news 65080, heldout24 015): the justice ministry at the 2nd Crim-AP forum in Tokyo, whose one
# digital item is electronic evidence, a working group's subject
CRIM_AP_TITLE = (
    'การประชุมความยุติธรรมทางอาญาภูมิภาคเอเชียและแปซิฟิก ครั้งที่ ๒ (The Criminal Justice Forum for Asia and '
    'the Pacific: Crim-AP)')
CRIM_AP = (
    'พันตำรวจโท ประวุธ วงศ์สีนิล รองปลัดกระทรวงยุติธรรม เข้าร่วมการประชุมความยุติธรรมทางอาญาภูมิภาคเอเชียและแ'
    'ปซิฟิก ครั้งที่ ๒ (The 2nd Justice Forum for Asia and the Pacific: Crim-AP) ในฐานะหัวหน้าคณะผู้แทนไทย พร'
    '้อมด้วย นายวีระกิตติ์ หาญปริพรรณ์ อธิบดีกรมคุมประพฤติ ผู้แทนกรมราชทัณฑ์ ผู้แทนกองการต่างประเทศ สำนักงานป'
    'ลัดกระทรวงยุติธรรม และผู้แทนสำนักงานอัยการสูงสุด ระหว่างวันที่ ๑๓ - ๑๔ กุมภาพันธ์ ๒๕๖๖ ณ โรงแรม Westin T'
    'okyo กรุงโตเกียว ประเทศญี่ปุ่น\nการประชุมฯ ครั้งนี้ มีกระทรวงยุติธรรมญี่ปุ่นเป็นเจ้าภาพร่วมกับสำนักงานว่า'
    'ด้วยยาเสพติดและอาชญากรรมแห่งสหประชาชาติ (United Nations Office on Drugs and Crime: UNODC) ซึ่งจัดขึ้นในร'
    'ูปแบบการประชุม ณ สถานที่จริง (in-person) และการประชุมแบบออนไลน์ โดยมี นายไซโตะ เคน (Mr. SAITO Ken) รัฐมน'
    'ตรีว่าการกระทรวงยุติธรรมญี่ปุ่น\xa0กล่าวต้อนรับและเปิดการประชุมฯ ภายใต้หัวข้อหลัก “การดำเนินการตามปฏิญญาเกี'
    'ยวโต: การส่งเสริมความร่วมมือระหว่างประเทศเพื่อต่อต้านอาชญากรรมในภูมิภาคเอเชียแปซิฟิก (Implementing the K'
    'yoto Declaration : Strengthening International Cooperation against Crime in the Asia-Pacific) เพื่อส่งเส'
    'ริมความร่วมมือระหว่างประเทศใน ๒ ประเด็นหลัก ได้แก่ (๑) ความร่วมมือระหว่างประเทศในเรื่องทางอาญา และ (๒) ค'
    'วามร่วมมือด้านการปฏิบัติต่อผู้กระทำผิด และการฟื้นฟูผู้กระทำผิด โดยมีผู้เข้าร่วมการประชุมจากภูมิภาคเอเชีย'
    'แปซิฟิก จำนวน ๑๘ ประเทศ\nทั้งนี้ การประชุม Crim-AP ครั้งที่ ๒ ประกอบด้วย การประชุมเชิงปฏิบัติการว่าด้วยคว'
    'ามร่วมมือระหว่างประเทศในเรื่องทางอาญา (Working Group on Mutual Legal Assistance : WG-MLA) ภายใต้หัวข้อ ร'
    'ูปแบบเฉพาะของคำร้องขอความร่วมมือระหว่างประเทศในเรื่องทางอาญา - การขอพยานหลักฐานทางอิเล็กทรอนิกส์ และคำให'
    '้การของพยาน ซึ่งมี นายจุมพล พันธุ์สัมฤทธิ์ รองอัยการสูงสุด เป็นหัวหน้าคณะ WG-MLA และผู้แทนจากสำนักงานอัย'
    'การสูงสุดเข้าร่วม และการประชุมเชิงปฏิบัติการว่าด้วยการปฏิบัติต่อผู้กระทำผิดและการฟื้นฟูผู้กระทำผิด (Work'
    'ing Group on Offender Treatment and Rehabilitation : WG-OTR) ซึ่งมี นายวีระกิตติ์ หาญปริพรรณ์ อธิบดีกรมค'
    'ุมประพฤติ เป็นหัวหน้าคณะ WG-OTR และผู้แทนจากกรมคุมประพฤติและกรมราชทัณฑ์ เข้าร่วม')


def test_electronic_evidence_is_a_digital_term_of_the_screen() -> None:
    day = "วันศุกร์ที่ 17 กุมภาพันธ์ 2566"
    found = extract(parse_release(f"{CRIM_AP_TITLE}\n{day}\n{CRIM_AP_TITLE}\n{CRIM_AP}\n", "crim_ap.txt"))
    # read by the pipeline, so its actors are in the graph
    assert {c.code for c in found.countries} == {"TH", "JP"}
    assert {"ประวุธ วงศ์สีนิล", "ไซโตะ เคน"} <= {p.name for p in found.persons}
