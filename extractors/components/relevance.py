"""``coopgraph_relevance_v1``: is this release about digital cooperation?

Digital vocabulary alone is not enough (a domestic e-government speech is digital but not
cooperation), nor is cooperation alone (an agriculture MOU). A release is relevant when it
carries both, with the digital side dense enough to be its subject, or when an agreement
with a digital field was found in it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.screen import term_hits

NAME = "coopgraph_relevance_v1"
#: Digital weight per 1,000 characters of body that makes digital the subject.
MIN_DIGITAL_DENSITY = 1.0
#: Digital weight in the title that makes digital the subject whatever the body's length.
MIN_TITLE_DIGITAL = 1
MIN_COOPERATION_WEIGHT = 2


@Language.factory(NAME)
def make_relevance(nlp: Language, name: str) -> "RelevanceJudge":
    return RelevanceJudge()


class RelevanceJudge:
    def __call__(self, doc: Doc) -> Doc:
        release = doc.user_data.get("release")
        body_start = release.body_start if release else 0
        title_digital = digital = cooperation = 0
        for end, term in term_hits(doc.text):
            if term.kind == "digital":
                digital += term.weight
                if end < body_start:
                    title_digital += term.weight
            else:
                cooperation += term.weight
        foreign = {m.code for m in doc._.countries or []} - {"TH"}
        international = any(m.country != "TH" for m in doc._.organisations or [])
        if foreign or international:
            cooperation += 2
        body_len = max(1, len(doc.text) - body_start)
        digital_subject = title_digital >= MIN_TITLE_DIGITAL or digital * 1000 / body_len >= MIN_DIGITAL_DENSITY
        with_field = any(a.fields for a in doc._.agreements or [])
        doc._.relevant = with_field or (digital_subject and cooperation >= MIN_COOPERATION_WEIGHT)
        return doc
