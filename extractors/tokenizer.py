"""``coopgraph.ThaiTokenizer.v2``: PyThaiNLP word tokens for the ``th`` pipeline, minus a trap.

The tokens are PyThaiNLP's newmm words, cut by ``nlpo3`` (PyThaiNLP's ``engine="nlpo3"``, the
same maximal-matching algorithm and dictionary in Rust): about six times faster than the
pure-Python newmm, which was half of what the pipeline cost. The components read character
offsets (gazetteers, rules), not tokens; tokens only anchor ``doc.spans`` for display, so the
records do not depend on the engine (the tests check that both give the same extraction).
``coopgraph.ThaiTokenizer.v1`` (pure-Python newmm, spaCy's ``th`` default) stays registered.

newmm walks a run of white space one character at a time through its dictionary graph:
100,000 spaces cost it over two seconds. Releases have such runs where the pipeline has
blanked what it need not read (``extractors.pipeline.focus``), so long runs become one
white-space token each and only the text between them is tokenised.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from extractors.thainlp import WORD_ENGINE, words as cut_words

NAME = "coopgraph.ThaiTokenizer.v2"
NAME_V1 = "coopgraph.ThaiTokenizer.v1"
#: The PyThaiNLP engine of the pipeline's tokens: the one the extractors cut words with.
ENGINE = WORD_ENGINE
#: White-space runs at least this long are one token and skip the tokeniser.
LONG_SPACE = 8
_LONG_SPACE = re.compile(rf"\s{{{LONG_SPACE},}}")


class ThaiTokenizer(DummyTokenizer):
    def __init__(self, vocab: Vocab, engine: str = ENGINE) -> None:
        self.vocab = vocab
        self.engine = engine

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        pos = 0
        for gap in _LONG_SPACE.finditer(text):
            if gap.start() > pos:
                words.extend(cut_words(text[pos:gap.start()], self.engine))
            words.append(gap.group())
            pos = gap.end()
        if pos < len(text):
            words.extend(cut_words(text[pos:], self.engine))
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


@registry.tokenizers(NAME)
def create_tokenizer(engine: str = ENGINE):
    def factory(nlp) -> ThaiTokenizer:
        return ThaiTokenizer(nlp.vocab, engine)

    return factory


@registry.tokenizers(NAME_V1)
def create_tokenizer_v1():
    return create_tokenizer("newmm")
