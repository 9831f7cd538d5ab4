"""Nothing reaches for the home folder or the network: PyThaiNLP is set up before import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_build_leaves_home_alone(tmp_path: Path, samples_dir: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP_")}
    env.update(HOME=str(home), http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9",
               HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9")
    out = tmp_path / "g.trig"
    result = subprocess.run(
        [sys.executable, "-m", "graph.cli", "build", str(samples_dir), "-o", str(out), "-j", "1", "-q"],
        env=env, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert not (home / "pythainlp-data").exists()
    assert list(home.iterdir()) == []
