"""The one door to PyThaiNLP: it is configured for offline use before it is imported.

Importing PyThaiNLP creates ``~/pythainlp-data`` (and fails where it cannot) and may try
the network. Every module that needs PyThaiNLP imports it from here, so the data folder
lives inside the virtual environment and nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from bisect import bisect_left
from itertools import accumulate, chain
from pathlib import Path


def _data_dir() -> Path:
    """A writable PyThaiNLP data folder: inside the venv, else a per-user temp folder."""
    for candidate in (Path(sys.prefix) / "pythainlp-data",
                      Path(tempfile.gettempdir()) / f"coopgraph-pythainlp-{os.getuid()}"):
        try:
            candidate.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    raise RuntimeError("coopgraph: no writable folder for PyThaiNLP data (set PYTHAINLP_DATA)")


os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
if "PYTHAINLP_DATA" not in os.environ:
    os.environ["PYTHAINLP_DATA"] = str(_data_dir())

import pythainlp  # noqa: E402  (must follow the environment set-up above)
from pythainlp import word_tokenize  # noqa: E402

#: The engine the extractors cut words with: PyThaiNLP's newmm algorithm and dictionary, in
#: Rust (``nlpo3``); about six times faster than the pure-Python ``newmm`` and, on the gold
#: sets, the same extraction.
WORD_ENGINE = "nlpo3"

__all__ = ["pythainlp", "word_tokenize", "WORD_ENGINE", "words", "rejoin_numbers"]


def words(text: str, engine: str = WORD_ENGINE) -> list[str]:
    """The words of ``text`` as the extractors cut them (:data:`WORD_ENGINE`), white space
    kept as tokens so that their lengths add up to the text's, formatted numbers one word.

    >>> words("กระทรวงดิจิทัล ไทย")
    ['กระทรวง', 'ดิจิทัล', ' ', 'ไทย']
    >>> words("อัตรา 1,234.5 บาท เวลา 12:00 น")    # formatted numbers stay one word
    ['อัตรา', ' ', '1,234.5', ' ', 'บาท', ' ', 'เวลา', ' ', '12:00', ' ', 'น']
    """
    return rejoin_numbers(word_tokenize(text, engine=engine, keep_whitespace=True, join_broken_num=False))


def rejoin_numbers(tokens: list[str]) -> list[str]:
    """PyThaiNLP's ``rejoin_formatted_num`` (``join_broken_num=True``), token for token, in fewer steps.

    PyThaiNLP tries its pattern at every character and walks the tokens one at a time up to the
    last formatted number; this finds the same numbers with a pattern ``re`` scans faster and
    jumps from number to number by bisecting the tokens' offsets. Each number's tokens are
    joined from the first that starts inside it to the last that does.

    >>> rejoin_numbers(["เวลา", " ", "12", ":", "00น", " ", "1", ",", "234", ".", "5", " ", "บาท"])
    ['เวลา', ' ', '12:00น', ' ', '1,234.5', ' ', 'บาท']
    >>> rejoin_numbers(["IP", " ", "127", ".", "0", ".", "0", ".", "1", " ", "ครับ"])
    ['IP', ' ', '127.0.0.1', ' ', 'ครับ']
    >>> rejoin_numbers(["ก1", ".", "5"])   # a number that starts inside a word joins from the next token
    ['ก1', '.5']
    """
    text = "".join(tokens)
    numbers = _FORMATTED_NUMBER.finditer(text)
    first = next(numbers, None)
    if first is None:
        return tokens
    starts = list(accumulate(map(len, tokens), initial=0))
    out: list[str] = []
    i, n = 0, len(tokens)
    for number in chain((first,), numbers):
        k = bisect_left(starts, number.start(), i, n)       # the first token at or after the number's start
        out.extend(tokens[i:k])
        i = k
        if i == n:
            break
        j = bisect_left(starts, number.end(), i, n)         # the tokens that start inside it
        if joined := "".join(tokens[i:j]):
            out.append(joined)
        i = j
    out.extend(tokens[i:])
    return out


#: What PyThaiNLP's ``rejoin_formatted_num`` looks for, ``(\d+[\.\,:])+\d+``, written to find the same spans
#: three times faster: opening with one digit lets ``re`` skip to the digits instead of trying every character.
_FORMATTED_NUMBER = re.compile(r"\d\d*(?:[.,:]\d+)+")
