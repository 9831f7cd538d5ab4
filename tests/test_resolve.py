"""Agreements read from several releases resolve to one IRI; different ones stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractors.records import ActorRef, AgreementRecord, Extraction, OrgMention, Release, Span
from graph.resolve import resolve_agreements

MDES = ActorRef("org", "mdes")
KOMINFO = ActorRef("org", "kominfo")
ID = ActorRef("country", "ID")


def _extraction(release_id: str, issued: date, *agreements: AgreementRecord) -> Extraction:
    text = "ข่าว" * 20
    release = Release(release_id, f"{release_id}.txt", text, "t", issued, 0, len(text))
    return Extraction(release, True, agreements=agreements)


def _mou(status: str, signed: date | None = None, title: str | None = None, parties=(MDES, KOMINFO)) -> AgreementRecord:
    return AgreementRecord("mou", status, Span(0, 4, "ข่าว"), title=title, parties=parties, signing_date=signed)


def test_approval_then_signing_is_one_agreement() -> None:
    approved = _extraction("r1", date(2023, 11, 7), _mou("approved"))
    signed = _extraction("r2", date(2024, 2, 2), _mou("signed", date(2024, 2, 2)))
    iris = resolve_agreements([signed, approved])  # input order does not matter
    assert iris[("r1", 0)] == iris[("r2", 0)]


def test_re_mentions_of_a_signing_are_one_agreement() -> None:
    first = _extraction("r1", date(2024, 2, 2), _mou("signed", date(2024, 2, 2)))
    later = _extraction("r2", date(2024, 2, 9), _mou("signed"))
    assert len(set(resolve_agreements([first, later]).values())) == 1


def test_same_parties_signing_again_years_later_is_another_agreement() -> None:
    first = _extraction("r1", date(2019, 5, 1), _mou("signed", date(2019, 5, 1)))
    renewal = _extraction("r2", date(2024, 2, 2), _mou("signed", date(2024, 2, 2)))
    iris = resolve_agreements([first, renewal])
    assert iris[("r1", 0)] != iris[("r2", 0)]


def test_different_parties_or_kinds_stay_apart() -> None:
    a = _extraction("r1", date(2024, 2, 2), _mou("signed", date(2024, 2, 2)),
                    _mou("signed", date(2024, 2, 2), parties=(MDES, ID)))
    iris = resolve_agreements([a])
    assert iris[("r1", 0)] != iris[("r1", 1)]


def test_two_instruments_of_the_same_parties_and_year_get_two_iris() -> None:
    # ข่าวคณะโฆษก 2024-04-04 (news 81299): the cabinet approves two MHESI–CNSA MOUs, one on the
    # lunar research station, one on peaceful uses of outer space; neither is dated.
    lunar = "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านสถานีวิจัยดวงจันทร์ระหว่างประเทศ"
    space = "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการสำรวจและการใช้อวกาศส่วนนอกเพื่อสันติ"
    a = _extraction("r1", date(2024, 4, 4), _mou("approved", title=lunar), _mou("approved", title=space))
    iris = resolve_agreements([a])
    assert iris[("r1", 0)] != iris[("r1", 1)]


def test_same_title_joins_whatever_the_dates() -> None:
    title = "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล"
    a = _extraction("r1", date(2023, 1, 10), _mou("planned", title=title))
    b = _extraction("r2", date(2025, 6, 1), _mou("signed", date(2025, 6, 1), title=title))
    iris = resolve_agreements([a, b])
    assert iris[("r1", 0)] == iris[("r2", 0)]


def test_resolution_is_reproducible() -> None:
    items = [_extraction("r1", date(2023, 11, 7), _mou("approved")),
             _extraction("r2", date(2024, 2, 2), _mou("signed", date(2024, 2, 2)))]
    assert resolve_agreements(items) == resolve_agreements(list(reversed(items)))


def test_two_bloc_declarations_named_apart_stay_apart() -> None:
    # news 60837 (cabinet approves an ASEAN declaration on education) and news 66419 (the
    # Boracay Digital Declaration adopted five months later): same party, two instruments
    asean = (ActorRef("org", "asean"),)
    education = AgreementRecord("declaration", "approved", Span(0, 4, "ข่าว"), parties=asean,
                                title="ปฏิญญาอาเซียนว่าด้วยการเปลี่ยนแปลงทางดิจิทัลของระบบการศึกษาในอาเซียน")
    boracay = AgreementRecord("declaration", "signed", Span(0, 4, "ข่าว"), parties=asean,
                              title="ปฏิญญาดิจิทัลโบราไคย์ที่ประชุมรัฐมนตรีดิจิทัลอาเซียน")
    iris = resolve_agreements([_extraction("r1", date(2022, 10, 25), education),
                               _extraction("r2", date(2023, 3, 21), boracay)])
    assert iris[("r1", 0)] != iris[("r2", 0)]


ASEAN = ActorRef("org", "asean")


def _defa(title: str) -> AgreementRecord:
    return AgreementRecord("agreement", "planned", Span(0, 4, "ข่าว"), title=title, parties=(ASEAN,))


def test_a_name_run_on_into_its_sentence_is_the_same_agreement() -> None:
    # DEFA as the cabinet summary of 15 Aug 2023 names it (news 71313) and as later releases run its name on into the
    # sentence (news 84970, 89413): one agreement, months apart
    named = _extraction("r1", date(2023, 8, 15), _defa(
        "กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (Study on the ASEAN Digital Economy Framework Agreement : DEFA)"))
    run_on = _extraction("r2", date(2024, 6, 25), _defa("กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียนมีคุณภาพสูง มองไปข้างหน้า"))
    short = _extraction("r3", date(2024, 10, 22), _defa("กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียนให้"))
    assert len(set(resolve_agreements([named, run_on, short]).values())) == 1


def test_a_name_that_goes_on_with_more_name_is_another_agreement() -> None:
    afta = _extraction("r1", date(2023, 8, 15), _defa("ความตกลงการค้าเสรีอาเซียน"))
    acfta = _extraction("r2", date(2025, 8, 15), _defa("ความตกลงการค้าเสรีอาเซียน-จีน ฉบับยกระดับ"))
    iris = resolve_agreements([afta, acfta])
    assert iris[("r1", 0)] != iris[("r2", 0)]


def test_a_known_instrument_is_one_agreement_whatever_each_release_calls_it() -> None:
    # DEFA, named three ways by three releases over two years (news 79893, the ASEAN-Australia summit; an English
    # release's run-on "Agreement (DEFA) this year to unlock…"; news 71313's study): one agreement, ASEAN's
    asean = (ActorRef("org", "asean"),)
    names = ["ความตกลง DEFA (Digital Economy Framework Agreement)",
             "Agreement (DEFA) this year to unlock new growth avenue",
             "กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (Study on the ASEAN Digital Economy Framework Agreement : DEFA)"]
    releases = [_extraction(f"r{i}", date(2023 + i // 2, 3, 6), AgreementRecord("agreement", "planned", Span(0, 4, "ข่าว"),
                                                                             title=name, parties=asean))
                for i, name in enumerate(names)]
    assert len(set(resolve_agreements(releases).values())) == 1


def test_a_blocs_statements_named_otherwise_stay_apart_however_close() -> None:
    # news 83022 (May 2024): the cabinet approves APEC's women-and-economy statement; the leaders' declaration it
    # approved in November 2023 is another paper of the same bloc, pending as well
    apec = (ActorRef("org", "apec"),)
    leaders = AgreementRecord("declaration", "approved", Span(0, 4, "ข่าว"), parties=apec, title="ปฏิญญาผู้นำเอเปค")
    women = AgreementRecord("declaration", "approved", Span(0, 4, "ข่าว"), parties=apec,
                            title="แถลงการณ์รัฐมนตรีเอเปคด้านสตรีและเศรษฐกิจ ประจำปี 2567")
    again = AgreementRecord("declaration", "signed", Span(0, 4, "ข่าว"), parties=apec, title="ปฏิญญาผู้นำเอเปค")
    iris = resolve_agreements([_extraction("r1", date(2023, 11, 8), leaders), _extraction("r2", date(2024, 5, 14), women)])
    assert iris[("r1", 0)] != iris[("r2", 0)]
    # (the leaders' declaration adopted nine days after its approval is still that one)
    iris = resolve_agreements([_extraction("r1", date(2023, 11, 8), leaders), _extraction("r3", date(2023, 11, 17), again)])
    assert iris[("r1", 0)] == iris[("r3", 0)]


def test_a_country_its_own_ministry_already_stands_for_adds_nothing() -> None:
    # the Google–MDES MoU: one release reads Thailand as a party beside its ministry, the next week's does not
    google, thailand = ActorRef("org", "google"), ActorRef("country", "TH")
    ministry = OrgMention("mdes", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", Span(0, 4, "ข่าว"), country="TH")

    def release(release_id: str, issued: date, parties: tuple[ActorRef, ...]) -> Extraction:
        record = _mou("signed", parties=parties)
        return replace(_extraction(release_id, issued, record), organisations=(ministry,))

    with_thailand = release("r1", date(2024, 9, 30), (google, MDES, thailand))
    without = release("r2", date(2024, 10, 3), (google, MDES))
    iris = resolve_agreements([with_thailand, without])
    assert iris[("r1", 0)] == iris[("r2", 0)]
    # (a country no party organisation belongs to is a party of its own: another paper)
    with_indonesia = release("r3", date(2024, 10, 3), (google, MDES, ID))
    iris = resolve_agreements([with_thailand, with_indonesia])
    assert iris[("r1", 0)] != iris[("r3", 0)]
