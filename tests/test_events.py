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
