"""Hostile input files: each is imported or skipped with its reason, nothing hangs, nothing leaks."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.dumps import INDENT, archive_page, item_page, post
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store

GOLDEN = Path(__file__).parent / "hostile_report.json"


def write_hostile(directory: Path) -> None:
    """One file per kind of trouble (most made here: binary and huge files are not committed)."""
    d = directory
    d.mkdir(parents=True, exist_ok=True)
    (d / "utf16-with-bom.txt").write_bytes(
        item_page(title="Ledger Notes: Sixteen Bits").encode("utf-16")
    )
    (d / "cp1252.txt").write_bytes(
        item_page(title="Ledger Notes: Quotes \u201cand\u201d Dashes \u2013 Here",
                  paragraphs=["Riga, May 2 \u2013 It\u2019s \u201cquoted\u201d\u2026 caf\u00e9."]).encode("cp1252")
    )  # fmt: skip
    latin = item_page(
        title="Ledger Notes: Latin One", paragraphs=["P\u00e4rnu, May 2 \u2013 caf\u00e9 X Y Z."]
    )
    latin_bytes = (
        latin.replace("\u2013", "-").encode("latin-1").replace(b"X Y Z", b"\x85 \x96 \x81")
    )
    (d / "latin1-with-c1-bytes.txt").write_bytes(latin_bytes)
    (d / "lone-cr.txt").write_bytes(
        item_page(title="Ledger Notes: Old Mac").replace("\n", "\r").encode()
    )
    (d / "line-separators.txt").write_text(
        item_page(title="Ledger Notes: Separators",
                  paragraphs=["Baku, May 3 \u2013 one\u2028two\u0085three \u2029four."]),
        encoding="utf-8",
    )  # fmt: skip
    (d / "nul-bytes.txt").write_bytes(
        item_page(title="Ledger Notes: Nulls").encode().replace(b"harbour", b"har\x00bour")
    )
    (d / "one-line-10mb.txt").write_text("word " * 2_000_000)
    (d / "invalid-date.txt").write_text(
        item_page(date="Sunday, February 30, 2014", title="Ledger Notes: No Such Day")
    )
    (d / "far-future.txt").write_text(
        item_page(date="Friday, May 23, 9999", title="Ledger Notes: Far Ahead")
    )
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"\n \n\t\r\n")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "not-a-blog.txt").write_text("Shopping list\n\neggs\nmilk\n")
    os.symlink(d / "loop-b.txt", d / "loop-a.txt")
    os.symlink(d / "loop-a.txt", d / "loop-b.txt")
    os.mkfifo(d / "named-pipe.txt")
    with open(os.fsencode(str(d)) + b"/undecodable-\xff\xfe.txt", "wb") as handle:
        handle.write(item_page(title="Ledger Notes: Odd File Name").encode())
    # About 100 MB: an archive page of 50 posts, each with 200 paragraphs of 10 KB.
    paragraph = ("The harbour board met again. " * 350)[:10_000]
    posts = [post(title=f"Ledger Notes: Big Post {n}", paragraphs=[paragraph] * 200,
                  footer=["Posted by Mara Lindqvist at 9:10 AM"]) for n in range(50)]  # fmt: skip
    (d / "hundred-mb.txt").write_text(archive_page([("Friday, May 30, 2014", posts)]))


def report_of(directory: Path, archive: Path) -> dict[str, object]:
    with open_store(archive) as store:
        report = import_dumps([directory], store)
        catalogue = store.catalogue()
        found: dict[str, dict[str, set[str]]] = {}
        counts: dict[str, int] = {}
        for summary_id in catalogue.ids:
            stored = store.post(summary_id)
            source = Path(stored.source).name
            counts[source] = counts.get(source, 0) + 1
            seen = found.setdefault(source, {"dates": set(), "warnings": set()})
            seen["dates"].add(stored.date or "no date")
            seen["warnings"].update(stored.warnings)
    files: dict[str, object] = {
        name: {"posts": n, **{k: sorted(v) for k, v in found[name].items()}}
        for name, n in counts.items()
    }
    for path, reason in report.skipped:
        files[Path(path).name] = {"skipped": reason}
    return {"added": report.added, "files": dict(sorted(files.items()))}


def test_the_hostile_corpus_imports_as_the_golden_report_says(tmp_path: Path) -> None:
    write_hostile(tmp_path / "hostile")
    got = report_of(tmp_path / "hostile", tmp_path / "archive")
    if os.environ.get("TUIARCHIVE_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n")
    assert got == json.loads(GOLDEN.read_text())
    assert check_store(tmp_path / "archive").ok


def test_no_control_character_from_a_decoding_guess_reaches_a_post(tmp_path: Path) -> None:
    write_hostile(tmp_path / "hostile")
    with open_store(tmp_path / "archive") as store:
        import_dumps([tmp_path / "hostile"], store)
        for post_id in store.catalogue().ids:
            p = store.post(post_id)
            if p.source.endswith(("cp1252.txt", "latin1-with-c1-bytes.txt")):
                assert not any("\x80" <= ch <= "\x9f" for ch in p.title + p.body)
            if p.source.endswith("line-separators.txt"):
                assert "\u2028" in p.body and "\u0085" in p.body  # kept inside the paragraph
            assert "\x00" not in p.body
    assert INDENT  # (the fixtures indent paragraphs as real dumps do)
