"""``coopgraph.ThaiTokenizer.v1``: spaCy's Thai tokenizer (PyThaiNLP newmm), minus a trap.

newmm walks a run of white space one character at a time through its dictionary graph:
100,000 spaces cost it over two seconds. Releases have such runs where the pipeline has
blanked what it need not read (``extractors.pipeline.focus``), so long runs become one
white-space token each and only the text between them goes through newmm. Every other token is
``spacy.lang.th.ThaiTokenizer``'s.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from extractors.thainlp import word_tokenize

NAME = "coopgraph.ThaiTokenizer.v1"
#: White-space runs at least this long are one token and skip newmm.
LONG_SPACE = 8
_LONG_SPACE = re.compile(rf"\s{{{LONG_SPACE},}}")


class ThaiTokenizer(DummyTokenizer):
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        pos = 0
        for gap in _LONG_SPACE.finditer(text):
            if gap.start() > pos:
                words.extend(word_tokenize(text[pos:gap.start()], engine="newmm", keep_whitespace=True))
            words.append(gap.group())
            pos = gap.end()
        if pos < len(text):
            words.extend(word_tokenize(text[pos:], engine="newmm", keep_whitespace=True))
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


@registry.tokenizers(NAME)
def create_tokenizer():
    def factory(nlp) -> ThaiTokenizer:
        return ThaiTokenizer(nlp.vocab)

    return factory
