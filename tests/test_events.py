"""Events: real sentences from the samples."""

import doctest

import extractors.events as events_mod
from extractors.events import find_events, read_events


def test_doctests():
    assert doctest.testmod(events_mod).failed == 0


def test_forum_and_numbered_meeting_000():
    text = ("เข้าร่วมการประชุม High - level Forum on Digital Economy ภายใต้หัวข้อ “Digital Economy as a new Source of Growth” "
            "ในห้วงการประชุมเวทีข้อริเริ่มสายแถบและเส้นทาง  ครั้งที่ 3 จากนั้น")
    labels = [(e.label, e.kind) for e in find_events(text)]
    assert ("High - level Forum on Digital Economy", "forum") in labels
    assert ("การประชุมเวทีข้อริเริ่มสายแถบและเส้นทาง ครั้งที่ 3", "forum") in labels


def test_generic_mentions_are_not_events():
    assert find_events("ทั้งนี้ ในการประชุมดังกล่าว ปลัดกระทรวงฯ ได้ร่วมกล่าว") == []


def test_english_name_kept_002():
    text = "(The 1st ASEAN ADGSOM – ATRC Leaders’ Retreat of 2021) ที่จะจัดขึ้น"
    assert [e.label for e in find_events(text)] == ["The 1st ASEAN ADGSOM – ATRC Leaders’ Retreat of 2021"]


def test_read_events_dedupes():
    text = "เข้าร่วมการประชุม APEC 2024 ณ กรุงลิมา  ทั้งนี้ ในการประชุม APEC 2024 ยังได้หารือ"
    assert len(read_events(text)) == 1


def test_no_word_is_cut_at_na():
    # ณ inside คณะ / สาธารณรัฐ is no "at": "การประชุมค", "เยือนสาธาร" were labels
    assert [e.label for e in find_events("ภายหลังการประชุมคณะรัฐมนตรี นายกฯ")] == ["การประชุมคณะรัฐมนตรี"]
    assert [e.label for e in find_events("มีกำหนดเดินทางเยือนสาธารณรัฐประชาชนจีน เพื่อลงนาม")] == ["เยือนสาธารณรัฐประชาชนจีน"]


def test_no_trailing_junk():
    # ครม. 2566: "…ครั้งที่ 3 อาทิ การจัดทำบันทึกความเข้าใจ…", "…สรุปสาระสำคัญดังนี้", "…การประชุมใน"
    assert [e.label for e in find_events("ผลการประชุมกลุ่มหารือระหว่างผู้บริหารระดับสูงในเดือนกรกฎาคม 2564")] == \
        ["การประชุมกลุ่มหารือระหว่างผู้บริหารระดับสูง"]
    assert find_events("ภายหลังการหารือ นางสาวทิพานัน ศิริชนะ รองโฆษกประจำสำนักนายกรัฐมนตรี สรุปสาระสำคัญดังนี้") == []
    assert [e.label for e in find_events("ในการประชุมคณะกรรมการเขตแดนร่วม) ครั้ง")] == ["การประชุมคณะกรรมการเขตแดนร่วม"]


def test_long_label_ends_on_a_word():
    text = "การประชุม" + "ระดับรัฐมนตรีว่าด้วยความร่วมมือทางเศรษฐกิจ " * 6
    [e] = find_events(text)
    assert text.startswith(e.label) and text[len(e.label)] == " "


def test_evidence_is_the_whole_sentence():
    from extractors.text import sentence_spans
    text = "หัวข้อ\nนายกฯ เข้าร่วมการประชุม APEC 2024 ณ กรุงลิมา ประเทศเปรู\nย่อหน้าถัดไป"
    [e] = read_events(text, sentences=sentence_spans(text))
    assert e.label == "การประชุม APEC 2024" and e.span.text == text.splitlines()[1]


def test_english_events_are_cheap_and_unchanged():
    text = "ร่วมงาน ASEAN Digital Ministers’ Meeting และ World Economic Forum (WEF) ณ ดาวอส " * 200
    labels = {e.label for e in find_events(text)}
    assert labels == {"ASEAN Digital Ministers’ Meeting", "World Economic Forum"}
