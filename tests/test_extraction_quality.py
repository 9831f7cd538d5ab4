"""Extraction measured as spec/scoring.md says, on the samples' gold and on unseen releases.

The floors are what the project reaches today, a little below: a change that makes
extraction worse fails here. The dev gold (tests/devgold) was annotated by hand from
archive releases the extractors were never tuned on; its texts are read from ../shared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.build import build_dataset, build_members
from graph.evaluate import evaluate, load_gold

DEVGOLD = Path(__file__).parent / "devgold"
HELDOUT = Path(__file__).parent / "heldout"
HELDOUT2 = Path(__file__).parent / "heldout2"
HELDOUT3 = Path(__file__).parent / "heldout3"
HELDOUT4 = Path(__file__).parent / "heldout4"
HELDOUT5 = Path(__file__).parent / "heldout5"
HELDOUT6 = Path(__file__).parent / "heldout6"
HELDOUT7 = Path(__file__).parent / "heldout7"
HELDOUT8 = Path(__file__).parent / "heldout8"
HELDOUT9 = Path(__file__).parent / "heldout9"
HELDOUT10 = Path(__file__).parent / "heldout10"
HELDOUT11 = Path(__file__).parent / "heldout11"
HELDOUT12 = Path(__file__).parent / "heldout12"
HELDOUT13 = Path(__file__).parent / "heldout13"
HELDOUT14 = Path(__file__).parent / "heldout14"
HELDOUT15 = Path(__file__).parent / "heldout15"
HELDOUT16 = Path(__file__).parent / "heldout16"
HELDOUT17 = Path(__file__).parent / "heldout17"
HELDOUT18 = Path(__file__).parent / "heldout18"
HELDOUT19 = Path(__file__).parent / "heldout19"
HELDOUT20 = Path(__file__).parent / "heldout20"
HELDOUT21 = Path(__file__).parent / "heldout21"
HELDOUT22 = Path(__file__).parent / "heldout22"
HELDOUT23 = Path(__file__).parent / "heldout23"
HELDOUT24 = Path(__file__).parent / "heldout24"
HELDOUT25 = Path(__file__).parent / "heldout25"
HELDOUT26 = Path(__file__).parent / "heldout26"
HELDOUT27 = Path(__file__).parent / "heldout27"
HELDOUT28 = Path(__file__).parent / "heldout28"
HELDOUT29 = Path(__file__).parent / "heldout29"
HELDOUT30 = Path(__file__).parent / "heldout30"

#: figure -> lowest acceptable F1 on the five samples' gold.
SAMPLE_FLOORS = {"countries": 0.95, "organisations": 0.9, "persons": 0.9, "agreements": 0.99,
                 "party_countries": 0.95, "party_organisations": 0.9, "signatories": 0.9, "fields": 0.9}
#: figure -> lowest acceptable F1 on the dev gold (unseen releases).
DEVGOLD_FLOORS = {"countries": 0.98, "organisations": 0.93, "persons": 0.97, "agreements": 0.92,
                  "party_countries": 0.95, "party_organisations": 0.85, "signatories": 0.9, "fields": 0.80}
#: figure -> lowest acceptable F1 on the held-out set (measured blind once, now developed on).
HELDOUT_FLOORS = {"countries": 0.98, "organisations": 0.93, "persons": 0.97, "agreements": 0.92,
                  "party_countries": 0.91, "party_organisations": 0.8, "signatories": 0.85, "fields": 0.74}
#: figure -> lowest acceptable F1 on the second held-out set (measured blind twice, now developed on).
HELDOUT2_FLOORS = {"countries": 0.98, "organisations": 0.9, "persons": 0.97, "agreements": 0.93,
                   "party_countries": 0.93, "party_organisations": 0.78, "signatories": 0.9, "fields": 0.85}
#: figure -> lowest acceptable F1 on the third held-out set (measured blind six times, now developed on).
HELDOUT3_FLOORS = {"countries": 0.95, "organisations": 0.86, "persons": 0.95, "agreements": 0.75,
                   "party_countries": 0.91, "party_organisations": 0.86, "signatories": 0.95, "fields": 0.73}
#: figure -> lowest acceptable F1 on the fourth held-out set (measured blind three times, now developed on).
HELDOUT4_FLOORS = {"countries": 0.98, "organisations": 0.88, "persons": 0.96, "agreements": 0.9,
                   "party_countries": 0.91, "party_organisations": 0.8, "signatories": 0.75, "fields": 0.7}
#: figure -> lowest acceptable F1 on the fifth held-out set (measured blind three times, now developed on).
HELDOUT5_FLOORS = {"countries": 0.98, "organisations": 0.88, "persons": 0.95, "agreements": 0.85,
                   "party_countries": 0.95, "party_organisations": 0.9, "signatories": 0.95, "fields": 0.76}
#: figure -> lowest acceptable F1 on the sixth held-out set (measured blind twice, now developed on).
HELDOUT6_FLOORS = {"countries": 0.95, "organisations": 0.84, "persons": 0.94, "agreements": 0.88,
                   "party_countries": 0.95, "party_organisations": 0.84, "signatories": 0.95, "fields": 0.85}
#: figure -> lowest acceptable F1 on the seventh held-out set (measured blind twice, now developed on).
HELDOUT7_FLOORS = {"countries": 0.98, "organisations": 0.88, "persons": 0.95, "agreements": 0.85,
                   "party_countries": 0.84, "party_organisations": 0.68, "signatories": 0.95, "fields": 0.72}
#: figure -> lowest acceptable F1 on the eighth held-out set (measured blind three times, now developed on; its
#: agreement figures rest on five pairs).
HELDOUT8_FLOORS = {"countries": 0.98, "organisations": 0.85, "persons": 0.95, "agreements": 0.88,
                   "party_countries": 0.85, "party_organisations": 0.9, "signatories": 0.95, "fields": 0.85}
#: figure -> lowest acceptable F1 on the ninth held-out set (measured blind once, now developed on; its releases were
#: taken in pool order, look-alikes included). No gold pair names a signatory: its signatories figure has no floor.
HELDOUT9_FLOORS = {"countries": 0.96, "organisations": 0.78, "persons": 0.93, "agreements": 0.7,
                   "party_countries": 0.9, "party_organisations": 0.9, "signatories": 0.0, "fields": 0.88}
#: figure -> lowest acceptable F1 on the tenth held-out set (measured blind twice, now developed on).
HELDOUT10_FLOORS = {"countries": 0.97, "organisations": 0.8, "persons": 0.93, "agreements": 0.75,
                    "party_countries": 0.72, "party_organisations": 0.62, "signatories": 0.6, "fields": 0.7}
#: figure -> lowest acceptable F1 on the eleventh held-out set (measured blind three times, now developed on; its
#: agreement figures rest on six pairs, and its one signatory predicted is none in gold: no floor).
HELDOUT11_FLOORS = {"countries": 0.97, "organisations": 0.84, "persons": 0.93, "agreements": 0.95,
                    "party_countries": 0.7, "party_organisations": 0.3, "signatories": 0.0, "fields": 0.72}
#: figure -> lowest acceptable F1 on the twelfth held-out set (measured blind once, now developed on; its agreement
#: figures rest on 16 pairs, most of them earlier instruments named in passing).
#: (fields 0.81: its WSIS declaration, named beside MDES's nomination of Net Pracharat, is now found, with a field
#: of its own the gold does not give it; it had been missed.)
HELDOUT12_FLOORS = {"countries": 0.85, "organisations": 0.82, "persons": 0.93, "agreements": 0.9,
                    "party_countries": 0.95, "party_organisations": 0.88, "signatories": 0.6, "fields": 0.81}
#: figure -> lowest acceptable F1 on the thirteenth held-out set (measured blind twice, now developed on; 14
#: agreements, three dates). (agreements 0.92: 005's DEFA, named a second time as ``…อย่างเป็นทางการ``, is one record
#: since titles run over Thai abbreviations; the duplicate had paired with a gold agreement the build does not find.)
HELDOUT13_FLOORS = {"countries": 0.97, "organisations": 0.85, "persons": 0.93, "agreements": 0.94,
                    "party_countries": 0.93, "party_organisations": 0.73, "signatories": 0.9, "fields": 0.75}
#: figure -> lowest acceptable F1 on the fourteenth held-out set (measured blind once, now developed on; 19
#: agreements, two dates).
HELDOUT14_FLOORS = {"countries": 0.97, "organisations": 0.88, "persons": 0.95, "agreements": 0.86,
                    "party_countries": 0.95, "party_organisations": 0.95, "signatories": 0.8, "fields": 0.78}
#: figure -> lowest acceptable F1 on the fifteenth held-out set (measured blind once, now developed on; 10
#: agreements, two signing dates).
HELDOUT15_FLOORS = {"countries": 0.97, "organisations": 0.8, "persons": 0.9, "agreements": 0.9,
                    "party_countries": 0.95, "party_organisations": 0.95, "signatories": 0.9, "fields": 0.7}
#: figure -> lowest acceptable F1 on the sixteenth held-out set (measured blind once, now developed on). Its three gold
#: agreements are instruments whose digital side is read from what surrounds them (a meeting's agreed areas, a
#: domestic crackdown item, a trade plan's online channels): none is found, and no agreement is predicted, so the
#: agreement figures have no floor; its weak `true` flags (one line of a summit statement) keep relevance at 27/30.
HELDOUT16_FLOORS = {"countries": 0.96, "organisations": 0.85, "persons": 0.95, "agreements": 0.0,
                    "party_countries": 0.0, "party_organisations": 0.0, "signatories": 0.0, "fields": 0.0}
#: figure -> lowest acceptable F1 on the seventeenth held-out set (measured blind once, now developed on). One of its
#: four gold agreements is found (the others: a declaration the meeting "supported", a domestic science MOU with a
#: coding strand, a chambers' MOU in a release the screen passes by); three of its `true` releases, weak ones (a
#: greenhouse-gas system Australia funds, a postal hub visit, a chambers' MOU naming IT among sectors), are never
#: read, so their actors are missed and relevance stays at 24/30. Its one pair has no signatory to score.
HELDOUT17_FLOORS = {"countries": 0.88, "organisations": 0.81, "persons": 0.85, "agreements": 0.35,
                    "party_countries": 0.9, "party_organisations": 0.9, "signatories": 0.0, "fields": 0.9}
#: figure -> lowest acceptable F1 on the eighteenth held-out set (measured blind once, now developed on). Three of its
#: six gold agreements are found, with parties, signatories and fields right; most of its `true` releases rest on one
#: line (a talks topic, a stated priority), and one (a bank MOU whose digital areas the screen does not see) is never read.
HELDOUT18_FLOORS = {"countries": 0.95, "organisations": 0.88, "persons": 0.9, "agreements": 0.55,
                    "party_countries": 0.9, "party_organisations": 0.9, "signatories": 0.9, "fields": 0.9}
#: figure -> lowest acceptable F1 on the nineteenth held-out set (measured blind once, now developed on). Both of its
#: gold agreements are found (a planned MDES–China Telecom MOU, an ESCAP ministerial declaration in a radio-talk
#: transcript), and one MoU is predicted that gold does not list (no digital content); neither pair names a signatory.
#: Most of its `true` releases rest on one line.
HELDOUT19_FLOORS = {"countries": 0.97, "organisations": 0.89, "persons": 0.92, "agreements": 0.75,
                    "party_countries": 0.9, "party_organisations": 0.9, "signatories": 0.0, "fields": 0.9}
#: figure -> lowest acceptable F1 on the twentieth held-out set (measured blind once, now developed on). All three
#: gold agreements are found (DIPROM's MOUs with METI, an ASEAN TVET joint statement the meeting had, a TCG MOU with
#: Korea's KODIT and KOTEC); most of its `true` releases rest on one line or one listed area.
HELDOUT20_FLOORS = {"countries": 0.97, "organisations": 0.94, "persons": 0.93, "agreements": 0.9,
                    "party_countries": 0.9, "party_organisations": 0.9, "signatories": 0.0, "fields": 0.85}
#: figure -> lowest acceptable F1 on the twenty-first held-out set (measured blind once, now developed on). Both gold
#: agreements are found (a planned memorandum with the Eurasian Economic Commission, OSMEP's MOU with the HKTDC), with
#: their fields; their two signatories are not.
HELDOUT21_FLOORS = {"countries": 0.97, "organisations": 0.9, "persons": 0.94, "agreements": 0.9,
                    "party_countries": 0.9, "party_organisations": 0.9, "signatories": 0.0, "fields": 0.9}
#: figure -> lowest acceptable F1 on the twenty-second held-out set (measured blind once, now developed on). It has no
#: gold agreement; its countries are those of the `true` releases, one of which (an ASEAN insurance regulators' meeting
#: whose digital items are an InsurTech exchange and a data platform) the screen does not pass.
HELDOUT22_FLOORS = {"countries": 0.9, "organisations": 0.83, "persons": 0.92}
#: figure -> lowest acceptable F1 on the twenty-third held-out set (measured blind once, now developed on). All five
#: gold agreements are found: the three ASEAN statements a cabinet item approves among 15 numbered documents, the
#: planned renewal of the Bang Sue MOU and the planned Thai-Korean EPA, which takes the signed TOR's signatories and
#: parties.
HELDOUT23_FLOORS = {"countries": 0.96, "organisations": 0.92, "persons": 0.93, "agreements": 0.95,
                    "party_countries": 0.95, "party_organisations": 0.6, "signatories": 0.0, "fields": 0.95}
#: figure -> lowest acceptable F1 on the twenty-fourth held-out set (measured blind once, now developed on). Its one
#: found agreement is the ASEAN leaders' cybersecurity statement a summit preview lists among drafts; the Commerce-Alibaba
#: LOI and MOU, named with no verb of their own in a visit's programme, are not found. It has no party country.
HELDOUT24_FLOORS = {"countries": 0.99, "organisations": 0.93, "persons": 0.95, "agreements": 0.4,
                    "party_organisations": 0.9, "fields": 0.9}
#: figure -> lowest acceptable F1 on the twenty-fifth held-out set (measured blind once, now developed on). One of its
#: three agreements is found, the MOT-MLIT MOC whose committee's meeting the release reports; not the draft joint
#: statement whose one digital area is a heading, nor the labour MOU whose IT training is told in a review of its work.
HELDOUT25_FLOORS = {"countries": 0.95, "organisations": 0.9, "persons": 0.95, "agreements": 0.5,
                    "party_countries": 0.95, "party_organisations": 0.95, "fields": 0.75}
#: figure -> lowest acceptable F1 on the twenty-sixth held-out set (measured blind once, now developed on). Five of its
#: six agreements are found (the MOI-METI framework exchanged, the Vientiane statement, the Bang Sue MOU to be renewed,
#: the ASEAN declaration on children online, the IEAT-Anhui MOU); the SRT Asset-UR minutes of meeting are not.
HELDOUT26_FLOORS = {"countries": 0.99, "organisations": 0.9, "persons": 0.9, "agreements": 0.9,
                    "party_countries": 0.9, "party_organisations": 0.85, "fields": 0.85}
#: figure -> lowest acceptable F1 on the twenty-seventh held-out set (measured blind once, now developed on). Both of its
#: agreements are found (the MOI-METI memorandum of intent, typed with sara am as two marks; the Flex Campus paper,
#: one line of a signing's counted documents); RCEP, from a radio script's list of aims, is one too many.
HELDOUT27_FLOORS = {"countries": 0.98, "organisations": 0.87, "persons": 0.97, "agreements": 0.8,
                    "party_countries": 0.95, "party_organisations": 0.75, "fields": 0.8}
#: figure -> lowest acceptable F1 on the twenty-eighth held-out set (measured blind once, now developed on). Two of its
#: three agreements are found (the MOI-METI framework named in English, APEC's twelve health resolutions); the Thai-EU
#: FTA, whose digital trade is one of the negotiation's issues named far from it, is not.
HELDOUT28_FLOORS = {"countries": 0.96, "organisations": 0.92, "persons": 0.96, "agreements": 0.8,
                    "party_countries": 0.95, "party_organisations": 0.95, "fields": 0.9}
#: figure -> lowest acceptable F1 on the twenty-ninth held-out set (measured blind once, now developed on). Its one
#: agreement, the ASEAN-US leaders' statement on cybersecurity, is found with its parties and fields; the releases the
#: screen still passes over (a paid study tour to space plants, a post-cabinet press conference) cost it actors.
HELDOUT29_FLOORS = {"countries": 0.93, "organisations": 0.82, "persons": 0.94, "agreements": 1.0,
                    "party_countries": 1.0, "party_organisations": 1.0, "fields": 1.0}
#: figure -> lowest acceptable F1 on the thirtieth held-out set (measured blind once, now developed on). It lists no
#: agreement; the releases the judge passes over (a paid insurance study tour, a minister's factory visit) cost it actors.
HELDOUT30_FLOORS = {"countries": 0.83, "organisations": 0.88, "persons": 0.97}
#: set -> lowest acceptable (relevance, signing-date) accuracy; heldout3's digital releases include
#: instruments whose digital side the screen cannot see (a fund's projects named far from its MOU).
ACCURACY_FLOORS = {"devgold": (0.95, 0.9), "heldout": (0.95, 0.9), "heldout2": (0.95, 0.9), "heldout3": (0.88, 0.8),
                   "heldout4": (0.95, 0.8), "heldout5": (0.9, 0.66), "heldout6": (0.9, 0.9),
                   "heldout7": (0.95, 0.9), "heldout8": (0.95, 0.9), "heldout9": (0.73, 0.9),
                   "heldout10": (0.83, 0.3), "heldout11": (0.93, 0.9),
                   "heldout12": (0.93, 0.9), "heldout13": (0.9, 0.6), "heldout14": (0.93, 0.9),
                   "heldout15": (0.93, 0.9), "heldout16": (0.9, 0.9), "heldout17": (0.83, 0.9),
                   "heldout18": (0.93, 0.9), "heldout19": (0.96, 0.9),
                   "heldout20": (0.88, 0.9), "heldout21": (0.83, 0.9), "heldout22": (0.93, 0.0),
                   "heldout23": (0.9, 0.0), "heldout24": (0.96, 0.0), "heldout25": (0.9, 0.0),
                   "heldout26": (0.9, 0.6), "heldout27": (0.93, 0.9), "heldout28": (0.9, 0.9),
                   "heldout29": (0.93, 1.0), "heldout30": (0.76, 0.0)}


def _accuracy(pair: tuple[int, int]) -> float:
    correct, total = pair
    return correct / total if total else 1.0


def test_samples_against_their_gold(samples_dir: Path, gold_dir: Path) -> None:
    ds, _ = build_dataset([samples_dir], jobs=1)
    report = evaluate(load_gold(gold_dir), ds)
    low = {k: round(report.scores[k].f1, 3) for k, floor in SAMPLE_FLOORS.items() if report.scores[k].f1 < floor}
    assert not low, low
    assert _accuracy(report.issued_accuracy) == 1.0
    assert _accuracy(report.relevance_accuracy) == 1.0
    assert _accuracy(report.signing_date_accuracy) == 1.0


def _archive_report(corpus_path: Path, gold_dir: Path):
    """Build the archive members a gold set cites and score the build against it."""
    gold = load_gold(gold_dir)
    members = {g["source_member"] for g in gold}
    ds, summary = build_members(corpus_path, members)
    assert summary.read == len(members)
    return evaluate(gold, ds)


@pytest.mark.corpus
@pytest.mark.parametrize("gold_dir, floors", [(DEVGOLD, DEVGOLD_FLOORS), (HELDOUT, HELDOUT_FLOORS),
                                              (HELDOUT2, HELDOUT2_FLOORS), (HELDOUT3, HELDOUT3_FLOORS),
                                              (HELDOUT4, HELDOUT4_FLOORS), (HELDOUT5, HELDOUT5_FLOORS),
                                              (HELDOUT6, HELDOUT6_FLOORS), (HELDOUT7, HELDOUT7_FLOORS),
                                              (HELDOUT8, HELDOUT8_FLOORS), (HELDOUT9, HELDOUT9_FLOORS),
                                              (HELDOUT10, HELDOUT10_FLOORS), (HELDOUT11, HELDOUT11_FLOORS),
                                              (HELDOUT12, HELDOUT12_FLOORS), (HELDOUT13, HELDOUT13_FLOORS),
                                              (HELDOUT14, HELDOUT14_FLOORS), (HELDOUT15, HELDOUT15_FLOORS),
                                              (HELDOUT16, HELDOUT16_FLOORS), (HELDOUT17, HELDOUT17_FLOORS),
                                              (HELDOUT18, HELDOUT18_FLOORS), (HELDOUT19, HELDOUT19_FLOORS),
                                              (HELDOUT20, HELDOUT20_FLOORS), (HELDOUT21, HELDOUT21_FLOORS),
                                              (HELDOUT22, HELDOUT22_FLOORS), (HELDOUT23, HELDOUT23_FLOORS),
                                              (HELDOUT24, HELDOUT24_FLOORS), (HELDOUT25, HELDOUT25_FLOORS),
                                              (HELDOUT26, HELDOUT26_FLOORS), (HELDOUT27, HELDOUT27_FLOORS),
                                              (HELDOUT28, HELDOUT28_FLOORS), (HELDOUT29, HELDOUT29_FLOORS),
                                              (HELDOUT30, HELDOUT30_FLOORS)],
                         ids=["devgold", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                              "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
                              "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                              "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
                              "heldout26", "heldout27", "heldout28", "heldout29", "heldout30"])
def test_archive_releases_against_their_gold(corpus_path: Path, gold_dir: Path, floors: dict[str, float]) -> None:
    report = _archive_report(corpus_path, gold_dir)
    low = {k: round(report.scores[k].f1, 3) for k, floor in floors.items() if report.scores[k].f1 < floor}
    assert not low, low
    relevance, signing_date = ACCURACY_FLOORS[gold_dir.name]
    assert _accuracy(report.issued_accuracy) == 1.0
    assert _accuracy(report.relevance_accuracy) >= relevance
    assert _accuracy(report.signing_date_accuracy) >= signing_date
