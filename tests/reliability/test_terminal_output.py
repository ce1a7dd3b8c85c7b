"""Text from dumps and file names reaches the terminal visibly: escape sequences are never obeyed.

Every line the command prints for a person (the `--list` table, the import summary, skip
reasons, the progress bar, `--check` and `--rebuild` messages) shows control, C1 and bidi
characters as marks; `--json` is data for programs and keeps the exact text; citations
and Markdown exports write the marks too.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.dumps import item_page
from tuiarchive.cli.main import main
from tuiarchive.research.citation import cite_paragraph, cite_post
from tuiarchive.store import open_store
from tuiarchive.store.exports import append_clipping

OSC52 = "\x1b]52;c;cHduZWQ=\x07"  # writes "pwned" to the clipboard
CSI = "\x1b[2J"  # clears the screen
DCS = "\x1bP1$r\x1b\\"  # a device control string (asks the terminal to answer)
C1 = "\x9b6n"  # an 8-bit CSI asking for the cursor position (typed back into the shell)
BIDI = "\u202e"  # right-to-left override

TITLE = f"[bold]Ferry{OSC52} Talk{CSI}{C1}{BIDI}lave"
AUTHOR = f"Mal{CSI}lory{OSC52}"
LABELS = (f"ev{DCS}il{C1}", f"[bold]plain{BIDI}")
BODY_TEXT = f"Body {OSC52}{CSI}{DCS}{C1}{BIDI} [bold]x[/bold] end."

#: What must never reach a terminal raw (Rich's own styling codes aside).
RAW = ("\x1b]", "\x1b[2J", "\x1bP", "\x1b\\", "\x07", "\x9b", "\u202e")
#: How the hostile text shows instead.
VISIBLE_TITLE = (
    "[bold]Ferry\u241b]52;c;cHduZWQ=\u2407 Talk\u241b[2J\u27e89B\u27e96n\u27e8RLO\u27e9lave"
)
VISIBLE_AUTHOR = "Mal\u241b[2Jlory\u241b]52;c;cHduZWQ=\u2407"
#: Ordinary text, so that the dump is not taken for a binary file (a few controls in much text).
FILLER = "The harbour board met again on Thursday and nothing much was decided. " * 40

VISIBLE_LABEL = "ev\u241bP1$r\u241b\\il\u27e89B\u27e96n"


def hostile_dump(directory: Path, name: str = "hostile.txt") -> Path:
    page = item_page(
        title=TITLE,
        author=None,
        paragraphs=[f"Riga, May 2 \u2013 {BODY_TEXT}", f"Second {OSC52} paragraph.", FILLER],
        footer=(f"Posted by {AUTHOR} at 5:43 AM", "Labels: " + ", ".join(LABELS), "No comments:"),
    )
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(page, encoding="utf-8")
    return path


@pytest.fixture
def archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "archive"
    assert main(["--db", str(db), "--import", str(hostile_dump(tmp_path / "d")), "--no-ui"]) == 0
    capsys.readouterr()
    return db


def as_terminal(monkeypatch: pytest.MonkeyPatch, *, colours: bool = False) -> None:
    """Make Rich take the captured output for a terminal 200 columns wide."""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("TTY_INTERACTIVE", "1")
    monkeypatch.setenv("TERM", "xterm-256color" if colours else "dumb")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.delenv("NO_COLOR", raising=False)


def assert_nothing_raw(text: str) -> None:
    for raw in RAW:
        assert raw not in text, f"{raw!r} reached the terminal"


def test_the_list_shows_escape_sequences_as_marks_on_a_terminal(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_terminal(monkeypatch)
    assert main(["--db", str(archive), "--list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out  # no colours on this terminal: no ESC at all
    assert_nothing_raw(out)
    assert VISIBLE_TITLE in out and VISIBLE_AUTHOR in out and VISIBLE_LABEL in out
    assert "[bold]plain\u27e8RLO\u27e9" in out  # markup in a label stays literal too


def test_the_list_piped_shows_the_same_marks(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(archive), "--list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert_nothing_raw(out)
    assert VISIBLE_TITLE in out and VISIBLE_AUTHOR in out and VISIBLE_LABEL in out


def test_a_hostile_filter_is_described_visibly(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_terminal(monkeypatch)
    assert main(["--db", str(archive), "--list", "--filter", f'label:"ev{CSI}"']) == 0
    out = capsys.readouterr().out
    assert_nothing_raw(out)
    assert "\u201cev\u241b[2j\u201d" in out  # label terms are matched in lower case


def test_json_keeps_the_exact_text_for_programs(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_terminal(monkeypatch)
    assert main(["--db", str(archive), "--list", "--json"]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["title"] == TITLE and record["author"] == AUTHOR
    assert tuple(record["labels"]) == LABELS and BODY_TEXT in record["body"]


def hostile_names(directory: Path) -> dict[str, Path]:
    """Dumps whose names hold escape sequences: one good, one empty, one not a blog."""
    directory.mkdir(parents=True)
    good = hostile_dump(directory, f"good{OSC52}.txt")
    empty = directory / f"empty{CSI}{C1}.txt"
    empty.write_bytes(b"")
    shopping = directory / f"shopping{BIDI}{DCS}.txt"
    shopping.write_text("Shopping list\n\neggs\nmilk\n")
    return {"good": good, "empty": empty, "shopping": shopping}


@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
def test_the_import_summary_progress_and_skip_reasons_show_file_names_visibly(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    terminal: bool,
) -> None:
    if terminal:
        as_terminal(monkeypatch, colours=True)  # the progress bar is drawn
    hostile_names(tmp_path / "d")
    status = main(["--db", str(tmp_path / "a"), "--import", str(tmp_path / "d"), "--no-ui"])
    assert status == 1  # two files skipped
    captured = capsys.readouterr()
    err = captured.err + captured.out
    assert_nothing_raw(err)
    if terminal:  # the progress bar (drawn once more at its end) names a file: visibly
        bar = err.split("file(s) read")[0]
        assert "importing" in bar and ".txt" in bar and "\u241b" in bar
    else:
        assert "\x1b" not in err
    lines = [line for line in err.splitlines() if "skipped " in line and ": " in line]
    assert len(lines) == 2, err
    assert any("empty\u241b[2J\u27e89B\u27e96n.txt" in line for line in lines)
    assert any("shopping\u27e8RLO\u27e9\u241bP1$r\u241b\\.txt" in line for line in lines)
    assert "1 post(s) added" in err


def test_check_and_rebuild_messages_show_paths_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = hostile_names(tmp_path / "d")
    db = tmp_path / f"arch{CSI}ive{C1}"
    main(["--db", str(db), "--import", str(tmp_path / "d"), "--no-ui"])
    capsys.readouterr()
    assert main(["--db", str(db), "--check"]) == 0
    out = capsys.readouterr()
    assert_nothing_raw(out.out + out.err)
    assert "arch\u241b[2Jive\u27e89B\u27e96n: ok" in out.out
    names["good"].unlink()  # a recorded dump that no longer exists
    assert main(["--db", str(db), "--rebuild", "--no-ui"]) == 0
    out = capsys.readouterr()
    assert_nothing_raw(out.out + out.err)
    assert "a recorded dump no longer exists: " in out.err and "good\u241b]52;c;" in out.err
    assert "rebuilt " in out.err and "arch\u241b[2Jive\u27e89B\u27e9" in out.err
    (db / "archive.json").write_bytes(b"{broken")
    (db / "posts" / f"note{OSC52}.txt").write_text("mine")  # now it is no archive's
    assert main(["--db", str(db), "--check"]) == 2
    out = capsys.readouterr()
    assert_nothing_raw(out.out + out.err)
    assert main(["--db", str(db), "--rebuild", "--no-ui"]) == 2
    out = capsys.readouterr()
    assert_nothing_raw(out.out + out.err)
    assert "arch\u241b[2Jive\u27e89B\u27e9" in out.err and "note\u241b]52;c;" in out.err


def test_an_unusable_archive_is_named_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / f"not{OSC52}a-dir"
    file.write_text("x")
    assert main(["--db", str(file), "--list"]) == 2
    err = capsys.readouterr().err
    assert_nothing_raw(err)
    assert "not\u241b]52;c;cHduZWQ=\u2407a-dir" in err


def test_the_export_line_names_the_directory_visibly(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / f"out{CSI}"
    assert main(["--db", str(archive), "--export", str(out_dir), "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert_nothing_raw(out)
    assert "out\u241b[2J" in out
    [line] = (out_dir / "posts.jsonl").read_text().splitlines()
    assert json.loads(line)["title"] == TITLE  # JSON Lines are data: exact


def test_markdown_export_and_citations_write_the_marks(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    md = tmp_path / "md"
    assert main(["--db", str(archive), "--export", str(md), "--format", "markdown"]) == 0
    text = (md / "posts.md").read_text(encoding="utf-8")
    assert "\x1b" not in text
    assert_nothing_raw(text)
    assert VISIBLE_TITLE in text and VISIBLE_AUTHOR in text and VISIBLE_LABEL in text
    with open_store(archive) as store:
        post = store.post(store.catalogue().ids[0])
    clippings = tmp_path / "home" / "tuiarchive-clippings.md"
    clippings.parent.mkdir(parents=True, exist_ok=True)
    for cited in (cite_post(post, "ledger"), cite_paragraph(post, 0, "ledger")):
        assert "\x1b" not in cited
        assert_nothing_raw(cited)
        append_clipping(cited, clippings)
    saved = clippings.read_text(encoding="utf-8")
    assert "\x1b" not in saved
    assert_nothing_raw(saved)
    assert f'"{VISIBLE_TITLE}"' in saved and "Body \u241b]52;c;cHduZWQ=\u2407" in saved


def test_a_dump_export_keeps_the_text_exactly(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Dumps are for re-import, like JSON Lines: they keep the text as it was."""
    out = tmp_path / "dumps"
    assert main(["--db", str(archive), "--export", str(out)]) == 0
    [page] = list(out.rglob("*.txt"))
    assert TITLE in page.read_text(encoding="utf-8")
    shutil.rmtree(out)
    assert not os.path.exists(out)
