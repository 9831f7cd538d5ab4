"""Agreements: real sentences from the samples and the corpus, and the samples end to end."""

import doctest
from datetime import date
from pathlib import Path

import pytest

import extractors.agreements as agreements_mod
from extractors.agreements import duration_years, find_instruments
from extractors.records import ActorRef

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def test_doctests():
    assert doctest.testmod(agreements_mod).failed == 0


def test_title_to_end_of_about_clause_000():
    text = ("จากนั้นได้มีพิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย "
            "และสำนักงานข้อมูลแห่งสาธารณรัฐประชาชนจีน ว่าด้วยการส่งเสริมความร่วมมือด้านเศรษฐกิจดิจิทัล ณ กรุงปักกิ่ง")
    org = text.index("กระทรวงดิจิทัล"), text.index("แห่งราชอาณาจักรไทย")
    [inst] = find_instruments(text, protected=[org])
    assert inst.status == "signed"
    assert inst.title.endswith("ว่าด้วยการส่งเสริมความร่วมมือด้านเศรษฐกิจดิจิทัล")
    assert inst.between is not None


def test_draft_expected_is_planned_002():
    text = ("ภายใต้ (ร่าง) บันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และกระทรวงการสื่อสารและสารสนเทศแห่งสาธารณรัฐสิงคโปร์ "
            "ว่าด้วยความร่วมมือในด้านเศรษฐกิจดิจิทัล ซึ่งคาดว่าจะมีการลงนามบันทึกความเข้าใจดังกล่าวภายในปี 2564")
    assert find_instruments(text)[0].status == "planned"


def test_cabinet_approval_is_approved():
    # สรุปข่าวการประชุม ครม. 13 มกราคม 2568
    text = ("คณะรัฐมนตรีมีมติเห็นชอบต่อร่างบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย "
            "และกระทรวงเทคโนโลยีสารสนเทศและการสื่อสารแห่งสาธารณรัฐฟิลิปปินส์ ว่าด้วยความร่วมมือด้านดิจิทัล")
    assert [(i.kind, i.status) for i in find_instruments(text)] == [("mou", "approved")]


def test_kinds():
    assert find_instruments("ได้ร่วมลงนามหนังสือแสดงเจตจำนงว่าด้วยความร่วมมือด้าน AI")[0].kind == "loi"
    assert find_instruments("ที่ประชุมได้รับรองแถลงการณ์ร่วมว่าด้วยเศรษฐกิจดิจิทัล")[0].kind == "declaration"
    assert find_instruments("นางสาวปฏิญญา บ่มไล่ กล่าว") == []


def test_duration():
    assert duration_years("โดยบันทึกความเข้าใจดังกล่าวจะมีระยะเวลา 5 ปี") == 5


@pytest.fixture(scope="module")
def samples():
    from extractors.pipeline import extract
    from extractors.reader import iter_releases

    return {Path(r.source_path).name[:3]: extract(r, keep_all=True) for r in iter_releases([SAMPLES])
            if hasattr(r, "text")}


def test_sample_000(samples):
    [a] = samples["000"].agreements
    assert (a.kind, a.status, a.signing_date) == ("mou", "signed", date(2023, 10, 18))
    assert ActorRef("org", "mdes") in a.parties and len(a.parties) == 2
    assert set(a.fields) >= {"big-data", "ict", "cloud", "blockchain", "ai", "e-commerce", "e-transactions"}
    assert "connectivity" not in a.fields          # the forum's paragraph, not the MOU's
    assert [s.replace(" ", "") for s in a.signatories] == ["ประเสริฐจันทรรวงทอง", "ฉงเลี่ยง"]
    assert len(a.witnesses) == 2


def test_sample_001_two_mous(samples):
    asean, indonesia = samples["001"].agreements
    assert set(asean.parties) == {ActorRef("org", "asean"), ActorRef("country", "CN")}
    assert asean.duration_years == 5 and asean.signing_date == date(2024, 2, 2)
    assert {"spectrum", "digital-literacy", "cybersecurity", "data-security", "5g"} <= set(asean.fields)
    assert ActorRef("org", "kominfo") in indonesia.parties
    assert indonesia.signing_date == date(2024, 2, 2)
    assert {"online-scam", "digital-skills", "digital-inclusion", "digital-platforms"} <= set(indonesia.fields)
    assert len(indonesia.signatories) == 1 and len(indonesia.witnesses) == 1


def test_sample_002_planned(samples):
    [a] = samples["002"].agreements
    assert (a.status, a.signing_date) == ("planned", None)
    assert set(a.fields) == {"digital-economy", "connectivity", "open-data", "digital-trade", "data-flows"}


def test_samples_without_agreements(samples):
    assert samples["003"].agreements == () and samples["004"].agreements == ()
