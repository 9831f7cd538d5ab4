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

__all__ = ["pythainlp", "word_tokenize", "WORD_ENGINE", "words"]


def words(text: str) -> list[str]:
    """The words of ``text`` as the extractors cut them (:data:`WORD_ENGINE`), white space
    kept as tokens so that their lengths add up to the text's.

    >>> words("กระทรวงดิจิทัล ไทย")
    ['กระทรวง', 'ดิจิทัล', ' ', 'ไทย']
    >>> words("อัตรา 1,234.5 บาท เวลา 12:00 น")    # formatted numbers stay one word
    ['อัตรา', ' ', '1,234.5', ' ', 'บาท', ' ', 'เวลา', ' ', '12:00', ' ', 'น']
    """
    # (PyThaiNLP's rejoining of formatted numbers, ``12:00``, ``1,234.5``, re-reads every token list; where the text
    # has none it has nothing to do, and skipping it is 3% of the pipeline's time)
    return word_tokenize(text, engine=WORD_ENGINE, keep_whitespace=True,
                         join_broken_num=_FORMATTED_NUMBER.search(text) is not None)


#: What PyThaiNLP's ``rejoin_formatted_num`` looks for (its own pattern).
_FORMATTED_NUMBER = re.compile(r"(\d+[\.\,:])+\d+")
