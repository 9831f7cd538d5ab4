"""How fast is a build, against bare PyThaiNLP tokenisation of the same texts?

Runs, one after the other and each in a fresh interpreter, as ``coopgraph build`` runs (so the ratios compare like
with like, and no run inherits another's state):

1. baseline: ``pythainlp.word_tokenize(text, engine="newmm")`` over every release text of
   the inputs, on all cores;
2. the default build (screen, then the pipeline on what passes), written to a temp file;
3. the ``--all`` build (the pipeline also on every off-topic release that names an agreement
   instrument: the others cannot yield an agreement).

and prints each time and its ratio to the baseline. Targets: default ≤ 1/6, ``--all`` ≤ 1.3.

    python benchmarks/bench_build.py                       # the whole archive in ../shared
    python benchmarks/bench_build.py --limit 5000          # its first 5,000 releases
    python benchmarks/bench_build.py data/samples --skip-all
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.thainlp import word_tokenize  # noqa: E402  (offline set-up first)
from extractors.reader import Source, iter_sources  # noqa: E402
from extractors.release import NotARelease, decode  # noqa: E402
from graph import store  # noqa: E402
from graph.build import build_dataset  # noqa: E402

DEFAULT_INPUT = ROOT.parent / "shared" / "corpus" / "thaigov-2016-2025.tar.xz"


def _tokenise(source: Source) -> int:
    try:
        text = decode(source.data)
    except NotARelease:
        return 0
    return len(word_tokenize(text, engine="newmm"))


def baseline(inputs: list[Path], jobs: int) -> tuple[float, int, int]:
    """Seconds to read and newmm-tokenise every text; (seconds, texts, tokens)."""
    started = time.perf_counter()
    sources = (s for s in iter_sources(inputs) if isinstance(s, Source))
    texts = tokens = 0
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for count in pool.imap(_tokenise, sources, chunksize=8):
            texts += 1
            tokens += count
    return time.perf_counter() - started, texts, tokens


def timed_build(inputs: list[Path], jobs: int, keep_all: bool) -> tuple[float, object]:
    started = time.perf_counter()
    ds, summary = build_dataset(inputs, keep_all=keep_all, jobs=jobs)
    with tempfile.TemporaryDirectory() as tmp:
        store.write_dataset(ds, Path(tmp) / "graph.trig")
    return time.perf_counter() - started, summary


def limited(inputs: list[Path], limit: int | None, workdir: Path) -> list[Path]:
    """The first ``limit`` releases of the inputs as one plain tar (so all runs read the same)."""
    if limit is None:
        return inputs
    out = workdir / "slice.tar"
    taken = 0
    with tarfile.open(out, "w") as tar:
        for source in iter_sources(inputs):
            if not isinstance(source, Source):
                continue
            info = tarfile.TarInfo(source.path)
            info.size = len(source.data)
            tar.addfile(info, io.BytesIO(source.data))
            taken += 1
            if taken >= limit:
                break
    return [out]


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(package)
    except PackageNotFoundError:
        return "absent"


def timed_part(part: str, inputs: list[Path], jobs: int) -> dict:
    """One timing, in this process: the baseline or a build (``--all`` with ``part == "all"``)."""
    if part == "baseline":
        seconds, texts, tokens = baseline(inputs, jobs)
        return {"seconds": seconds, "texts": texts, "tokens": tokens}
    seconds, summary = timed_build(inputs, jobs, keep_all=part == "all")
    return {"seconds": seconds, "read": summary.read, "relevant": summary.relevant, "agreements": summary.agreements}


def in_fresh_process(part: str, inputs: list[Path], jobs: int) -> dict:
    """:func:`timed_part` in a new interpreter (its own errors go to this one's stderr)."""
    done = subprocess.run([sys.executable, __file__, "--part", part, "--jobs", str(jobs), *map(str, inputs)],
                          stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[DEFAULT_INPUT])
    parser.add_argument("--limit", type=int, default=None, help="only the first N releases")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-all", action="store_true", help="do not time the --all build")
    parser.add_argument("--part", choices=("baseline", "build", "all"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:   # a child run: one timing, as one line of JSON
        print(json.dumps(timed_part(args.part, args.inputs, args.jobs)))
        return
    missing = [p for p in args.inputs if not p.exists()]
    if missing:
        sys.exit(f"bench_build: {missing[0]}: not found (the corpus lives in ../shared/corpus)")
    # the baseline's speed is PyThaiNLP's: runs compare only under the same versions (a fresh environment with
    # PyThaiNLP 5.4.0 tokenised the archive in 250 s; earlier runs, versions not recorded, took 490 s to 530 s)
    print("versions: " + ", ".join(f"{name} {_version(name)}" for name in ("pythainlp", "nlpo3", "spacy"))
          + f", Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = limited(args.inputs, args.limit, Path(tmp))
        run = in_fresh_process("baseline", inputs, args.jobs)
        base = run["seconds"]
        print(f"baseline newmm tokenisation: {base:8.1f} s  ({run['texts']} texts, {run['tokens']} tokens, "
              f"{args.jobs} processes)")
        run = in_fresh_process("build", inputs, args.jobs)
        print(f"build (default, screened):   {run['seconds']:8.1f} s  ratio {run['seconds'] / base:5.3f}  "
              f"(target ≤ 0.167)  read {run['read']}, relevant {run['relevant']}, agreements {run['agreements']}")
        if not args.skip_all:
            run = in_fresh_process("all", inputs, args.jobs)
            print(f"build --all:                 {run['seconds']:8.1f} s  ratio {run['seconds'] / base:5.3f}  "
                  f"(target ≤ 1.3)  agreements {run['agreements']}")


if __name__ == "__main__":
    main()
