"""The README's examples work as written on a fresh machine, after its first command.

The first `sh` block sets up a virtual environment and imports `data/` into
`sample-archive`; every `tuiarchive` command of the later `sh` blocks is then run as
written, by a shell, in a directory laid out as that first command leaves it (`.venv/bin/
tuiarchive`, `data/`, `sample-archive/`), with no `tuiarchive` on PATH and an empty home.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
README = ROOT / "README.md"
COMMAND = re.compile(r"^(\S*/)?tuiarchive\s")


def sh_blocks() -> list[str]:
    return re.findall(r"^```sh\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M)


def examples() -> list[str]:
    """Every line of the later sh blocks that runs the tuiarchive command."""
    _first, *rest = sh_blocks()
    return [line for block in rest for line in block.splitlines() if COMMAND.match(line)]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory as the README's first command leaves it; the sample imported once."""
    here = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "data", here / "data")
    exe = here / ".venv" / "bin" / "tuiarchive"
    exe.parent.mkdir(parents=True)
    exe.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m tuiarchive "$@"\n')
    exe.chmod(0o755)
    (here / "home").mkdir()
    first = sh_blocks()[0].strip()
    assert first.startswith("python3 -m venv .venv && .venv/bin/pip install -e . && ")
    opening = first.rpartition("&& ")[2]  # the command that imports and opens the browser
    done = shell(f"{opening} --no-ui", here)
    assert done.returncode == 0, done.stderr
    assert "81 post(s) added" in done.stderr
    return here


def shell(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`line` run by bash (a failing pipe stage fails it) in `cwd`: a fresh machine's environment, no tuiarchive on PATH."""
    path = [
        d
        for d in os.environ.get("PATH", "").split(os.pathsep)
        if d and shutil.which("tuiarchive", path=d) is None
    ]
    env = {
        "PATH": os.pathsep.join(path),
        "HOME": str(cwd / "home"),
        "XDG_DATA_HOME": str(cwd / "home" / ".local" / "share"),
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", line],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_readme_has_examples_of_every_kind() -> None:
    found = " ".join(examples())
    for option in ("--list", "--json", "--export", "--import", "--check", "--rebuild"):
        assert option in found, f"no README example uses {option}"


@pytest.mark.parametrize("line", examples())
def test_a_readme_example_works_as_written(checkout: Path, line: str) -> None:
    if "| jq" in line and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    done = shell(line, checkout)
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert said.strip(), "the example printed nothing"
    if "--count" in line:
        assert int(done.stdout) >= 1, said
    elif "--json" in line:
        assert len(done.stdout.splitlines()) >= 1, said
    elif "--list" in line:
        listed = re.search(r"^(\d+) of (\d+) posts", done.stdout, re.M)
        assert listed is not None, said
        assert int(listed[1]) >= 1 and int(listed[2]) == 81, said
    if "--export" in line:
        exported = re.search(r"exported (\d+) post", done.stdout)
        assert exported is not None and int(exported[1]) >= 1, said
    if "--import" in line:
        assert "already imported" in done.stderr, said
    if "--check" in line:
        assert "ok, 81 posts" in done.stdout, said
    if "--rebuild" in line:
        assert "81 post(s) kept" in said and "no longer exists" not in said, said
