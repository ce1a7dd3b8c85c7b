"""The core never loads Textual: headless commands stay fast and the layers stay apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CORE = ["tuiarchive.dumps.parser", "tuiarchive.loader", "tuiarchive.store", "tuiarchive.query.language",
        "tuiarchive.model", "tuiarchive.dumps.serialize", "tuiarchive.cli.main", "tuiarchive.cli.report",
        "tuiarchive.research.trends", "tuiarchive.research.related", "tuiarchive.research.concordance", "tuiarchive.research.citation",
        "tuiarchive.research.quality", "tuiarchive.store.exports", "tuiarchive.research.export", "tuiarchive.research.facets",
        "tuiarchive.research.raw_dump",
        "tuiarchive.research.saved"]  # fmt: skip


@pytest.mark.parametrize("module", CORE)
def test_core_modules_do_not_import_textual(module: str) -> None:
    code = f"import {module}, sys; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_headless_import_and_list_never_load_textual(tmp_path: Path) -> None:
    dumps = Path(__file__).parents[2] / "data"
    code = (
        "import sys, tuiarchive.cli.main as c; "
        f"status = c.main(['--db', {str(tmp_path / 'a')!r}, '--import', {str(dumps)!r}, '--no-ui']); "
        f"status2 = c.main(['--db', {str(tmp_path / 'a')!r}, '--list', '--filter', 'ferry']); "
        "print('textual' in sys.modules, status, status2, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "False 0 0"


def test_the_parser_and_query_do_not_touch_the_store_or_the_ui() -> None:
    code = ("import tuiarchive.dumps.parser, tuiarchive.query.language, sys; "
            "print(sorted(m for m in sys.modules if m.startswith(('tuiarchive.store', 'tuiarchive.ui', 'tinydb', 'sqlite3'))))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


#: What counting a filter's posts must not load: each is only for importing, checking,
#: exporting or showing help, and each costs start-up time (issue 14: a count at a million
#: posts ≤ 100 ms).
NOT_FOR_A_COUNT = ["hashlib", "secrets", "shutil", "lzma", "bz2", "tuiarchive.store.check",
                   "tuiarchive.research.citation", "tuiarchive.research.export", "tuiarchive.loader",
                   "tuiarchive.dumps", "tinydb.middlewares", "textual", "rich"]  # fmt: skip
#: Nor must a short listing (it shows records, so it may cite them); piped, a table of
#: simple text is drawn without Rich (`cli.plain_table`).
NOT_FOR_A_LIST = ["hashlib", "secrets", "shutil", "lzma", "bz2", "tuiarchive.store.check",
                  "tuiarchive.research.export", "tuiarchive.loader", "tuiarchive.dumps",
                  "textual", "rich"]  # fmt: skip


@pytest.mark.parametrize(
    ("command", "unwanted"),
    [(["--count"], NOT_FOR_A_COUNT), (["--list", "--limit", "5"], NOT_FOR_A_LIST)],
)
def test_counting_and_listing_load_only_what_they_need(
    tmp_path: Path, command: list[str], unwanted: list[str]
) -> None:
    archive = tmp_path / "a"
    dumps = Path(__file__).parents[2] / "data"
    subprocess.run([sys.executable, "-m", "tuiarchive", "--db", str(archive), "--import",
                    str(dumps), "--no-ui"], capture_output=True, check=True)  # fmt: skip
    code = (
        "import sys, tuiarchive.cli.main as c; "
        f"status = c.main(['--db', {str(archive)!r}, *{command!r}, '--filter', 'ferry']); "
        f"print(status, [m for m in {unwanted!r} if m in sys.modules], file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "0 []"
