"""Score a built graph against the hand-made gold annotations, as ``scoring.md`` defines.

The scoring is a library so the CLI, the tests and notebooks all count the same way.
Where ``scoring.md`` is silent this module decides, and says so where it decides:

* Entities (organisations, persons, party organisations, signatories) are matched
  one-to-one: a maximum bipartite matching between predicted resources and gold
  entities, an edge wherever a normalised label is shared.  So a resource matching
  two gold entities is credited once, and a second resource for an already credited
  entity (a failed entity resolution) is a false positive, as is any resource that
  matches no gold entity.  Countries are compared as sets of ISO codes; a country
  resource without ``cg:iso3166Alpha2`` is a false positive.
* Agreement pairing is greedy over all (predicted, gold) pairs of a release, best
  first by party-country overlap, then closest date, then party-organisation overlap,
  then gold order.  A zero overlap still pairs (a found agreement with wrong parties
  scores as found; its parties are scored wrong).  Only paired agreements contribute
  to party countries, party organisations, signatories, fields and signing date.
* Releases the gold marks ``digital_cooperation: false`` count for relevance only;
  whatever the graph extracted from them is not scored.  ``dcterms:issued`` is scored
  on the releases that are about digital cooperation.  Graph releases absent from the
  gold are ignored.  A gold release absent from the graph is wrong for issued and
  relevance, and all its gold entities and agreements are false negatives.
* A gold release may carry a news id (``news_id``, or a thaigov URL in ``source`` or
  ``url``); it is looked up by that first, then by ``doc`` as a path suffix of
  ``cg:sourcePath`` (so ``doc`` may also hold ``folder/file.txt``).
* Literal values (issued, signing date) are right when the resource's distinct
  lexical values are exactly the gold value: two conflicting dates are wrong.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Iterator

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

CG = Namespace("https://w3id.org/coopgraph/ontology#")
CGF = Namespace("https://w3id.org/coopgraph/field/")
ORG = Namespace("http://www.w3.org/ns/org#")

#: The figures scored as precision / recall / F1, in report order.
FIGURES: tuple[str, ...] = (
    "countries",
    "organisations",
    "persons",
    "agreements",
    "party_countries",
    "party_organisations",
    "signatories",
    "fields",
)

LABEL_PREDICATES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, FOAF.name)

_PROJECT = Path(__file__).resolve().parents[1]
FIELD_SCHEME_FILES: tuple[Path, ...] = (
    _PROJECT / "ontology" / "cooperation-fields.tsv",
    _PROJECT.parent / "shared" / "spec" / "cooperation-fields.tsv",
)


class GoldFileError(ValueError):
    """A gold file is unreadable or malformed: the message names the file and the problem."""


# --------------------------------------------------------------------------- labels


#: Thai honorifics, academic, medical, royal and military titles.  Matched as plain
#: prefixes (Thai writes them glued to the name), longest first, white space inside ignored.
_THAI_TITLES: tuple[str, ...] = (
    "นาย", "นาง", "นางสาว", "น.ส.", "คุณหญิง", "ท่านผู้หญิง", "ฯพณฯ", "พณฯ",
    "ดร.", "ศาสตราจารย์พิเศษ", "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์",
    "ศ.", "รศ.", "ผศ.", "นายแพทย์", "แพทย์หญิง", "นพ.", "พญ.", "ทันตแพทย์", "ทพ.",
    "หม่อมเจ้า", "หม่อมราชวงศ์", "หม่อมหลวง", "ม.จ.", "ม.ร.ว.", "ม.ล.",
    "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
    "พลเรือเอก", "พลเรือโท", "พลเรือตรี", "นาวาเอก", "นาวาโท", "นาวาตรี",
    "พลอากาศเอก", "พลอากาศโท", "พลอากาศตรี", "นาวาอากาศเอก", "นาวาอากาศโท", "นาวาอากาศตรี",
    "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี",
    "ว่าที่ร้อยเอก", "ว่าที่ร้อยโท", "ว่าที่ร้อยตรี", "ว่าที่ร.ต.",
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
    "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.", "น.ต.",
    "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.",
)

#: Latin titles (lower case, regex).  They must end at a dot or white space, so that
#: "Mrs" is not read as "Mr" + "s".  Bare words that also open organisation names
#: ("General", "Admiral", "Police General") are deliberately left out.
_LATIN_TITLES: tuple[str, ...] = (
    r"h\.\s*e", r"h\.\s*r\.\s*h", r"his\s+excellency", r"her\s+excellency",
    r"the\s+hon(?:ou?rable)?", r"hon(?:ou?rable)?",
    r"mrs", r"mr", r"ms", r"miss", r"mx", r"dr", r"prof", r"professor",
    r"assoc(?:iate)?\.?\s*prof(?:essor)?", r"asst\.?\s*prof", r"assistant\s+professor",
    r"sir", r"dame", r"khunying", r"khun", r"m\.\s*r", r"m\.\s*l",
    r"dato'?\s+sri", r"dato'?", r"datuk", r"tan\s+sri",
    r"gen", r"lt\.?\s*gen", r"maj\.?\s*gen", r"pol\.?\s*gen", r"pol\.?\s*lt\.?\s*gen",
    r"pol\.?\s*col", r"col", r"adm", r"capt", r"lt",
)


def _thai_pattern(title: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in title)


_TITLE_RE = re.compile(
    r"\s*(?:"
    + "|".join(r"(?:%s)(?:\.|\s)" % t for t in _LATIN_TITLES)
    + "|"
    + "|".join(_thai_pattern(t) for t in sorted(_THAI_TITLES, key=len, reverse=True))
    + r")\s*"
)
# Zero-width characters separate Thai words like spaces do; treat them as white space.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), " ")


@lru_cache(maxsize=65536)
def normalise_label(label: str) -> str:
    """The matching key of a name: NFC, titles dropped, no white space, Latin lower-cased.

    The build keys entity resolution on the same function, so a name scores as
    matched exactly when the build would have merged it.
    """
    text = unicodedata.normalize("NFC", str(label)).translate(_INVISIBLE).lower()
    while True:
        m = _TITLE_RE.match(text)
        if not m or not text[m.end():].strip():
            break  # nothing to drop, or the title is the whole label: keep it
        text = text[m.end():]
    return "".join(text.split())


_NEWS_ID_RE = re.compile(r"/details/0*(\d+)/*(?:[?#].*)?$")


def news_id(url: str) -> str | None:
    """The thaigov news id of ``url`` (the trailing number of ``…/details/NNN``), else None."""
    m = _NEWS_ID_RE.search(str(url).strip())
    return m.group(1) if m else None


# --------------------------------------------------------------------------- gold


_DIGITAL_KEYS = ("issued", "countries", "organisations", "persons", "agreements")
_AGREEMENT_KEYS = ("party_countries", "party_orgs", "signatories", "fields", "date")


def load_gold(gold_dir: Path) -> list[dict]:
    """Every ``*.json`` of ``gold_dir``, checked, sorted by file name."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldFileError(f"{gold_dir}: no such gold folder")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldFileError(f"{gold_dir}: no *.json gold files")
    gold: list[dict] = []
    seen: dict[tuple[str, str], Path] = {}
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldFileError(f"{path}: not readable JSON ({exc})") from exc
        problem = _gold_problem(doc)
        if problem:
            raise GoldFileError(f"{path}: {problem}")
        key = gold_release_key(doc)
        if key in seen:
            what = f"news {key[1]}" if key[0] == "news" else f"doc {doc['doc']!r}"
            raise GoldFileError(f"{path}: {what} is also annotated in {seen[key].name}")
        seen[key] = path
        gold.append(doc)
    return gold


def gold_release_key(doc: dict) -> tuple[str, str]:
    """What identifies the release a gold annotation is about: its news id when it names one (the archive repeats file
    names across folders: two releases called ``ด้านความมั่นคง_1.txt``), else its file name."""
    nid = gold_news_id(doc)
    return ("news", nid) if nid else ("doc", doc["doc"])


def _gold_problem(doc: Any) -> str | None:
    """What is wrong with one gold annotation, or None when it can be scored."""
    if not isinstance(doc, dict):
        return "top level is not a JSON object"
    if not isinstance(doc.get("doc"), str) or not doc["doc"]:
        return "missing key 'doc' (the release file name)"
    if not isinstance(doc.get("digital_cooperation"), bool):
        return "missing or non-boolean key 'digital_cooperation'"
    if not doc["digital_cooperation"]:
        return None
    for key in _DIGITAL_KEYS:
        if key not in doc:
            return f"missing key {key!r}"
    for kind in ("organisations", "persons"):
        for i, ent in enumerate(doc[kind]):
            if not isinstance(ent, dict) or "key" not in ent or not isinstance(ent.get("labels"), list):
                return f"{kind}[{i}] needs 'key' and a 'labels' list"
    orgs = {o["key"] for o in doc["organisations"]}
    persons = {p["key"] for p in doc["persons"]}
    for i, agr in enumerate(doc["agreements"]):
        if not isinstance(agr, dict):
            return f"agreements[{i}] is not an object"
        for key in _AGREEMENT_KEYS:
            if key not in agr:
                return f"agreements[{i}] missing key {key!r}"
        if unknown := set(agr["party_orgs"]) - orgs:
            return f"agreements[{i}] party_orgs {sorted(unknown)} not among organisations"
        if unknown := set(agr["signatories"]) - persons:
            return f"agreements[{i}] signatories {sorted(unknown)} not among persons"
    return None


def gold_news_id(doc: dict) -> str | None:
    """The news id a gold annotation names, if any (``news_id``, ``source`` or ``url``)."""
    if doc.get("news_id") not in (None, ""):
        return str(doc["news_id"]).lstrip("0") or "0"
    for key in ("source", "url"):
        if isinstance(doc.get(key), str) and (nid := news_id(doc[key])):
            return nid
    return None


# --------------------------------------------------------------------------- fields


def load_field_broader(path: Path | None = None) -> dict[str, str]:
    """``notation -> broader notation`` from a ``cooperation-fields.tsv`` (project copy first)."""
    candidates = (Path(path),) if path else FIELD_SCHEME_FILES
    for candidate in candidates:
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as handle:
                rows = csv.DictReader(handle, delimiter="\t")
                return {
                    r["notation"].strip(): (r.get("broader") or "").strip()
                    for r in rows
                    if r.get("notation") and (r.get("broader") or "").strip()
                }
    return {}


def _with_ancestors(notations: Iterable[str], broader: dict[str, str]) -> set[str]:
    out: set[str] = set()
    for n in notations:
        while n and n not in out:  # `not in out` also stops a cycle
            out.add(n)
            n = broader.get(n, "")
    return out


# --------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """True / false positives and false negatives of one figure; 0/0 counts as perfect."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class FigureDetail:
    """One figure of one release: its counts and what was missed or extra, for debugging."""

    score: Score
    missed: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReleaseReport:
    """How one gold release scored: where it was found and what differed."""

    doc: str
    release: str | None  # the graph's release IRI, None when not found
    found_by: str | None  # "news_id", "source_path" or None
    figures: dict[str, FigureDetail]
    pairs: tuple[tuple[str, int], ...] = ()  # (predicted agreement IRI, gold agreement index)
    issued: tuple[str | None, str | None] = (None, None)  # (predicted, gold)
    relevance: tuple[bool | None, bool] = (None, False)  # (predicted, gold)
    signing_dates: tuple[tuple[int, str | None, str], ...] = ()  # (gold index, predicted, gold)


@dataclass(frozen=True)
class EvalReport:
    """Micro-averaged scores over all gold releases, plus per-release detail."""

    scores: dict[str, Score]
    issued_accuracy: tuple[int, int]
    signing_date_accuracy: tuple[int, int]
    relevance_accuracy: tuple[int, int]
    per_release: dict[str, ReleaseReport] = field(default_factory=dict)


# --------------------------------------------------------------------------- graph index


class _Index:
    """The graph's facts that scoring reads, gathered in one pass over every named graph."""

    def __init__(self, graph: Graph) -> None:
        self.types: dict[Any, set] = defaultdict(set)
        self.labels: dict[Any, set[str]] = defaultdict(set)  # normalised
        self.shown: dict[Any, str] = {}
        self.values: dict[tuple[Any, Any], set] = defaultdict(set)
        self.subjects_of: dict[tuple[Any, Any], set] = defaultdict(set)  # (p, o) -> s
        subclass: dict[Any, set] = defaultdict(set)
        wanted = {
            CG.mentions, CG.iso3166Alpha2, CG.country, CG.party, CG.signatory, CG.field,
            CG.signingDate, CG.sourcePath, CG.aboutDigitalCooperation, DCTERMS.source,
            DCTERMS.issued, SKOS.broader, SKOS.notation,
        }
        for s, p, o in _triples(graph):
            if p == RDF.type:
                self.types[s].add(o)
            elif p in LABEL_PREDICATES:
                key = normalise_label(o)
                if key:
                    self.labels[s].add(key)
                if s not in self.shown or (p == RDFS.label and str(o) < self.shown[s]):
                    self.shown[s] = str(o)
            elif p == RDFS.subClassOf:
                subclass[o].add(s)
            elif p == PROV.wasDerivedFrom:
                self.subjects_of[(p, o)].add(s)
            elif p in wanted:
                self.values[(s, p)].add(o)
        self._subclass = subclass
        # Releases by the two keys gold can find them by, in IRI order for determinism.
        releases = {s for s, ts in self.types.items() if CG.Release in ts}
        releases |= {s for (s, p) in self.values if p == CG.sourcePath}
        self.by_news_id: dict[str, list] = defaultdict(list)
        self.by_file_name: dict[str, list] = defaultdict(list)
        for r in sorted(releases, key=str):
            for nid in sorted({news_id(str(src)) for src in self.get(r, DCTERMS.source)} - {None}):
                self.by_news_id[nid].append(r)
            for path in sorted(self.get(r, CG.sourcePath), key=str):
                parts = _path_parts(str(path))
                self.by_file_name[parts[-1]].append((parts, r))

    def kinds_of(self, cls: URIRef) -> set:
        """``cls`` and every class declared (transitively) its subclass."""
        out, todo = set(), [cls]
        while todo:
            c = todo.pop()
            if c not in out:
                out.add(c)
                todo.extend(self._subclass.get(c, ()))
        return out

    def get(self, s: Any, p: URIRef) -> set:
        return self.values.get((s, p), set())

    def show(self, s: Any) -> str:
        return self.shown.get(s, str(s))

    def codes(self, s: Any) -> set[str]:
        return {str(c).strip().upper() for c in self.get(s, CG.iso3166Alpha2)}


def _triples(graph: Graph) -> Iterator[tuple]:
    """Every triple of ``graph``; for a dataset, of the union of all its graphs."""
    if isinstance(graph, ConjunctiveGraph):  # rdflib's Dataset is one
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


def _lexical(values: set) -> str | None:
    """The single distinct lexical value, None when absent; '|'-joined when conflicting."""
    forms = sorted({str(v).strip() for v in values})
    return "|".join(forms) if forms else None


def _boolean(values: set) -> bool | None:
    forms = set()
    for v in values:
        py = v.toPython() if isinstance(v, Literal) else v
        forms.add(py if isinstance(py, bool) else str(py).strip().lower() in ("true", "1"))
    return forms.pop() if len(forms) == 1 else None


# --------------------------------------------------------------------------- matching


def _max_matching(edges: list[set[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): left index -> right index."""
    right_of: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in sorted(edges[left]):
            if right in seen:
                continue
            seen.add(right)
            if right not in right_of or augment(right_of[right], seen):
                right_of[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    return {left: right for right, left in right_of.items()}


def _match_entities(
    index: _Index, predicted: Iterable[Any], gold: list[tuple[str, Iterable[str]]]
) -> FigureDetail:
    """Score predicted resources against gold ``(key, labels)`` one-to-one, by shared labels."""
    preds = sorted(set(predicted), key=str)
    keys = [(key, {normalise_label(l) for l in labels} - {""}) for key, labels in gold]
    edges = [{j for j, (_, ls) in enumerate(keys) if index.labels.get(p, set()) & ls} for p in preds]
    matched = _max_matching(edges)
    tp = len(matched)
    hit = set(matched.values())
    return FigureDetail(
        Score(tp, len(preds) - tp, len(keys) - tp),
        missed=tuple(keys[j][0] for j in range(len(keys)) if j not in hit),
        extra=tuple(index.show(preds[i]) for i in range(len(preds)) if i not in matched),
    )


def _match_sets(predicted: set[str], gold: set[str]) -> FigureDetail:
    return FigureDetail(
        Score(len(predicted & gold), len(predicted - gold), len(gold - predicted)),
        missed=tuple(sorted(gold - predicted)),
        extra=tuple(sorted(predicted - gold)),
    )


def _prefixed(detail: FigureDetail, prefix: str) -> FigureDetail:
    return FigureDetail(
        detail.score,
        tuple(prefix + m for m in detail.missed),
        tuple(prefix + e for e in detail.extra),
    )


def _merge(details: Iterable[FigureDetail]) -> FigureDetail:
    score, missed, extra = Score(), [], []
    for d in details:
        score += d.score
        missed.extend(d.missed)
        extra.extend(d.extra)
    return FigureDetail(score, tuple(missed), tuple(extra))


# --------------------------------------------------------------------------- evaluation


def _find_release(index: _Index, doc: dict) -> tuple[Any, str | None]:
    """The graph's release for a gold annotation: by news id, else by source-path suffix."""
    nid = gold_news_id(doc)
    if nid and index.by_news_id.get(nid):
        return index.by_news_id[nid][0], "news_id"
    want = _path_parts(doc["doc"])
    for parts, release in index.by_file_name.get(want[-1], ()):
        if parts[-len(want):] == want:
            return release, "source_path"
    return None, None


def _path_parts(path: str) -> tuple[str, ...]:
    return PurePosixPath(str(path).strip().replace("\\", "/")).parts or ("",)


def _typed(index: _Index, resources: Iterable[Any], cls: URIRef) -> set:
    kinds = index.kinds_of(cls)
    return {r for r in resources if index.types.get(r, set()) & kinds}


def _agreement_parties(index: _Index, agreement: Any) -> tuple[set[str], set]:
    """(party country codes, party organisation resources) of a predicted agreement."""
    countries = index.kinds_of(CG.Country)
    codes: set[str] = set()
    orgs: set = set()
    for party in index.get(agreement, CG.party):
        if index.types.get(party, set()) & countries or index.codes(party):
            codes |= index.codes(party) or {str(party)}
        else:
            orgs.add(party)
            for c in index.get(party, CG.country):
                codes |= index.codes(c) or {str(c)}
    return codes, orgs


def _field_notation(index: _Index, concept: Any) -> str:
    text = str(concept)
    if text.startswith(str(CGF)):
        return text[len(str(CGF)):]
    notations = index.get(concept, SKOS.notation)
    if notations:
        return str(sorted(notations, key=str)[0])
    return re.split(r"[/#]", text.rstrip("/#"))[-1]


def _graph_broader(index: _Index) -> dict[str, str]:
    out: dict[str, str] = {}
    for (s, p), objects in index.values.items():
        if p == SKOS.broader and str(s).startswith(str(CGF)):
            for o in sorted(objects, key=str):
                out.setdefault(_field_notation(index, s), _field_notation(index, o))
    return out


def _date_distance(a: str | None, b: str | None) -> float:
    try:
        return abs((date.fromisoformat(str(a)[:10]) - date.fromisoformat(str(b)[:10])).days)
    except (TypeError, ValueError):
        return float("inf")


def _score_release(
    index: _Index, doc: dict, broader: dict[str, str]
) -> tuple[ReleaseReport, tuple[int, int], tuple[int, int], tuple[int, int]]:
    """One gold release: its report and its (correct, total) for issued, signing date, relevance."""
    release, found_by = _find_release(index, doc)
    gold_relevant = bool(doc["digital_cooperation"])
    predicted_relevant = _boolean(index.get(release, CG.aboutDigitalCooperation)) if release else None
    relevance = (int(predicted_relevant is gold_relevant), 1)
    if not gold_relevant:
        report = ReleaseReport(doc["doc"], _iri(release), found_by, {}, relevance=(predicted_relevant, False))
        return report, (0, 0), (0, 0), relevance

    gold_issued = doc.get("issued")
    predicted_issued = _lexical(index.get(release, DCTERMS.issued)) if release else None
    issued = (int(release is not None and predicted_issued == gold_issued), 1)

    mentions = index.get(release, CG.mentions) if release else set()
    country_codes: set[str] = set()
    for c in _typed(index, mentions, CG.Country):
        country_codes |= index.codes(c) or {str(c)}
    orgs = doc.get("organisations", [])
    persons = doc.get("persons", [])
    org_labels = {o["key"]: o.get("labels", []) for o in orgs}
    person_labels = {p["key"]: p.get("labels", []) for p in persons}
    figures: dict[str, FigureDetail] = {
        "countries": _match_sets(country_codes, set(doc.get("countries", []))),
        "organisations": _match_entities(
            index, _typed(index, mentions, ORG.Organization), [(k, v) for k, v in org_labels.items()]
        ),
        "persons": _match_entities(
            index, _typed(index, mentions, FOAF.Person), [(k, v) for k, v in person_labels.items()]
        ),
    }

    gold_agreements = doc.get("agreements", [])
    predicted = sorted(
        _typed(index, index.subjects_of.get((PROV.wasDerivedFrom, release), set()), CG.Agreement)
        if release
        else set(),
        key=str,
    )
    parties = {a: _agreement_parties(index, a) for a in predicted}
    candidates = []
    for a in predicted:
        codes, party_orgs = parties[a]
        signed = _lexical(index.get(a, CG.signingDate))
        for gi, g in enumerate(gold_agreements):
            overlap = len(codes & set(g.get("party_countries", [])))
            org_overlap = _match_entities(
                index, party_orgs, [(k, org_labels.get(k, [])) for k in g.get("party_orgs", [])]
            ).score.tp
            candidates.append((-overlap, _date_distance(signed, g.get("date")), -org_overlap, gi, str(a), a))
    pairs: list[tuple[Any, int]] = []
    paired_pred: set = set()
    paired_gold: set[int] = set()
    for *_, gi, _name, a in sorted(candidates, key=lambda c: c[:5]):
        if a not in paired_pred and gi not in paired_gold:
            pairs.append((a, gi))
            paired_pred.add(a)
            paired_gold.add(gi)
    pairs.sort(key=lambda pair: pair[1])

    figures["agreements"] = FigureDetail(
        Score(len(pairs), len(predicted) - len(pairs), len(gold_agreements) - len(pairs)),
        missed=tuple(
            f"#{gi} {g.get('title') or g.get('party_countries')}"
            for gi, g in enumerate(gold_agreements)
            if gi not in paired_gold
        ),
        extra=tuple(index.show(a) for a in predicted if a not in paired_pred),
    )
    party_c, party_o, signers, fields_ = [], [], [], []
    dates: list[tuple[int, str | None, str]] = []
    for a, gi in pairs:
        g = gold_agreements[gi]
        tag = f"#{gi}:"
        codes, party_orgs = parties[a]
        party_c.append(_prefixed(_match_sets(codes, set(g.get("party_countries", []))), tag))
        party_o.append(
            _prefixed(
                _match_entities(index, party_orgs, [(k, org_labels.get(k, [])) for k in g.get("party_orgs", [])]),
                tag,
            )
        )
        signers.append(
            _prefixed(
                _match_entities(
                    index,
                    index.get(a, CG.signatory),
                    [(k, person_labels.get(k, [])) for k in g.get("signatories", [])],
                ),
                tag,
            )
        )
        predicted_fields = _with_ancestors((_field_notation(index, f) for f in index.get(a, CG.field)), broader)
        fields_.append(_prefixed(_match_sets(predicted_fields, _with_ancestors(g.get("fields", []), broader)), tag))
        if g.get("date"):
            dates.append((gi, _lexical(index.get(a, CG.signingDate)), str(g["date"])))
    figures["party_countries"] = _merge(party_c)
    figures["party_organisations"] = _merge(party_o)
    figures["signatories"] = _merge(signers)
    figures["fields"] = _merge(fields_)

    report = ReleaseReport(
        doc=doc["doc"],
        release=_iri(release),
        found_by=found_by,
        figures=figures,
        pairs=tuple((str(a), gi) for a, gi in pairs),
        issued=(predicted_issued, gold_issued),
        relevance=(predicted_relevant, True),
        signing_dates=tuple(dates),
    )
    signing = (sum(p == g for _, p, g in dates), len(dates))
    return report, issued, signing, relevance


def _iri(node: Any) -> str | None:
    return None if node is None else str(node)


def evaluate(gold: list[dict], graph: Graph, field_broader: dict[str, str] | None = None) -> EvalReport:
    """Score ``graph`` (a Graph, or a Dataset read as the union of its graphs) against ``gold``.

    Field ancestors come from the graph's own ``cgf:`` scheme when it has one, else from
    ``field_broader``, else from ``cooperation-fields.tsv`` (project copy, then the spec's).
    """
    index = _Index(graph)
    broader = _graph_broader(index) or field_broader or load_field_broader()
    totals = {name: Score() for name in FIGURES}
    issued, signing, relevance = [0, 0], [0, 0], [0, 0]
    per_release: dict[str, ReleaseReport] = {}
    shared = {name for name, n in Counter(doc["doc"] for doc in gold).items() if n > 1}
    for doc in gold:
        report, iss, sig, rel = _score_release(index, doc, broader)
        # (a file name two releases share is told apart by the news id)
        per_release[f"{doc['doc']} (news {gold_news_id(doc)})" if doc["doc"] in shared else doc["doc"]] = report
        for name, detail in report.figures.items():
            totals[name] += detail.score
        for acc, (right, total) in ((issued, iss), (signing, sig), (relevance, rel)):
            acc[0] += right
            acc[1] += total
    return EvalReport(
        scores=totals,
        issued_accuracy=(issued[0], issued[1]),
        signing_date_accuracy=(signing[0], signing[1]),
        relevance_accuracy=(relevance[0], relevance[1]),
        per_release=per_release,
    )


# --------------------------------------------------------------------------- output


def _ratio(pair: tuple[int, int]) -> float:
    right, total = pair
    return right / total if total else 1.0


def format_report(report: EvalReport, details: bool = False) -> str:
    """A plain-text table of precision / recall / F1 per figure, then the accuracies."""
    lines = [f"{'figure':<21}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name in FIGURES:
        s = report.scores[name]
        if s.tp + s.fp + s.fn:
            prf = f"{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
        else:  # nothing expected, nothing predicted: 1.0 by definition, but say so plainly
            prf = f"{'-':>7}{'-':>7}{'-':>7}"
        lines.append(f"{name:<21}{prf}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    lines.append("")
    for name, pair in (
        ("issued", report.issued_accuracy),
        ("signing_date", report.signing_date_accuracy),
        ("relevance", report.relevance_accuracy),
    ):
        value = f"{_ratio(pair):>7.3f}" if pair[1] else f"{'-':>7}"
        lines.append(f"{name + ' accuracy':<21}{value}   ({pair[0]}/{pair[1]})")
    if details:
        for doc, rel in report.per_release.items():
            lines.append("")
            lines.append(f"{doc}: {rel.release or 'NOT FOUND'}" + (f" (by {rel.found_by})" if rel.found_by else ""))
            for name, d in rel.figures.items():
                if d.missed:
                    lines.append(f"  {name} missed: {', '.join(d.missed)}")
                if d.extra:
                    lines.append(f"  {name} extra:  {', '.join(d.extra)}")
    return "\n".join(lines)


def _score_dict(s: Score) -> dict[str, Any]:
    return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}


def report_as_dict(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON-ready data (for ``--json``)."""
    def accuracy(pair: tuple[int, int]) -> dict[str, Any]:
        return {"correct": pair[0], "total": pair[1], "accuracy": _ratio(pair)}

    return {
        "scores": {name: _score_dict(report.scores[name]) for name in FIGURES},
        "issued_accuracy": accuracy(report.issued_accuracy),
        "signing_date_accuracy": accuracy(report.signing_date_accuracy),
        "relevance_accuracy": accuracy(report.relevance_accuracy),
        "per_release": {
            doc: {
                "release": rel.release,
                "found_by": rel.found_by,
                "issued": {"predicted": rel.issued[0], "gold": rel.issued[1]},
                "relevance": {"predicted": rel.relevance[0], "gold": rel.relevance[1]},
                "pairs": [{"agreement": a, "gold_index": gi} for a, gi in rel.pairs],
                "signing_dates": [{"gold_index": gi, "predicted": p, "gold": g} for gi, p, g in rel.signing_dates],
                "figures": {
                    name: {**_score_dict(d.score), "missed": list(d.missed), "extra": list(d.extra)}
                    for name, d in rel.figures.items()
                },
            }
            for doc, rel in report.per_release.items()
        },
    }
