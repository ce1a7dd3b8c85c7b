"""Damage to a compressed segment costs only the posts whose members are damaged; what an
interrupted import leaves compressed is recovered or set aside; never a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.archives import add_posts
from tests.dumps import archive_page, post
from tests.unit.test_compressed_segments import members
from tuiarchive.cli.main import main
from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import StoreError
from tuiarchive.model import Post
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store
from tuiarchive.store.segments import salvage_records, write_segment


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def some_posts(count: int, title: str = "Ledger Notes") -> list[Post]:
    page = archive_page(
        [("Friday, May 30, 2014", [post(title=f"{title}: Post {n}") for n in range(count)])]
    )
    return parse_text(page, "page.txt")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "archive"
    with open_store(path) as store:
        add_posts(store, some_posts(6))
    return path


def damage_member_of(archive: Path, post_id: str) -> Path:
    """Flip a byte inside the compressed data of the member holding the post `post_id`."""
    with open_store(archive) as store:
        place = store.index.locate(post_id)
    assert place is not None
    segment = archive / "posts" / place.segment
    raw = bytearray(segment.read_bytes())
    at = place.offset + place.length // 2
    raw[at] ^= 0x55
    segment.write_bytes(bytes(raw))  # the same size: only the digest tells
    return segment


def test_a_damaged_member_loses_only_its_post(archive: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    posts = some_posts(6)
    lost = posts[2]
    segment = damage_member_of(archive, lost.id)
    salvaged = salvage_records(segment)
    assert [r["id"] for _n, r in salvaged if r is not None] == [
        p.id for p in posts if p is not lost
    ]
    assert sum(1 for _n, r in salvaged if r is None) == 1
    # --check names the file, in one line each, and changes nothing.
    before = digest(segment)
    assert main(["--db", str(archive), "--check"]) == 2
    err = capsys.readouterr().err
    assert f"damaged: {segment}" in err and "Traceback" not in err
    # The others still read; the damaged one says so in one line.
    with open_store(archive) as store:
        assert store.post(posts[0].id) == posts[0]
        with pytest.raises(StoreError, match="cannot be read") as raised:
            store.post(lost.id)
        assert "\n" not in str(raised.value) and str(segment) in str(raised.value)
    assert digest(segment) == before
    # --rebuild keeps every post that still reads.
    assert main(["--db", str(archive), "--rebuild", "--no-ui"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert check_store(archive).ok
    with open_store(archive) as store:
        assert sorted(store.catalogue().ids) == sorted(p.id for p in posts if p is not lost)


def test_a_cut_short_segment_keeps_the_members_before_the_cut(archive: Path) -> None:
    segment = archive / "posts" / "000001.json"
    raw = segment.read_bytes()
    found = members(raw)
    fourth = [m for m in found if b'"title":"Ledger Notes: Post 3"' in m[2]][0]
    segment.write_bytes(raw[: fourth[0] + fourth[1] // 2])
    salvaged = salvage_records(segment)
    titles = [r["title"] for _n, r in salvaged if r is not None]
    assert titles == [f"Ledger Notes: Post {n}" for n in range(3)]
    assert [r for _n, r in salvaged][-1] is None  # the post cut in two
    report = check_store(archive)
    assert not report.ok and all(str(segment) in p for p in report.problems)


def test_garbage_in_place_of_a_compressed_segment_is_one_line(archive: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    segment = archive / "posts" / "000001.json"
    size = segment.stat().st_size
    segment.write_bytes(b"\x1f\x8b" + b"\x00" * (size - 2))  # the magic, then nothing
    assert main(["--db", str(archive), "--check"]) == 2
    err = capsys.readouterr().err
    assert str(segment) in err and "Traceback" not in err
    assert salvage_records(segment) == [(1, None)]


def test_a_compressed_leftover_of_a_killed_batch_is_recovered(archive: Path) -> None:
    extra = some_posts(2, title="Field Report")
    write_segment(archive / "posts" / "000002.json", [p.to_record() for p in extra], [])
    assert (archive / "posts" / "000002.json").read_bytes()[:2] == b"\x1f\x8b"
    report = check_store(archive)
    assert report.ok and any("2 posts an interrupted import wrote" in n for n in report.notes)
    with open_store(archive) as store:
        assert any("recovered 2 posts" in note for note in store.notes)
        assert len(store.catalogue()) == 8
        assert store.post(extra[1].id) == extra[1]
    assert check_store(archive).ok


def test_a_cut_short_compressed_leftover_is_set_aside(archive: Path) -> None:
    extra = some_posts(2, title="Field Report")
    leftover = archive / "posts" / "000002.json"
    write_segment(leftover, [p.to_record() for p in extra], [])
    raw = leftover.read_bytes()
    leftover.write_bytes(raw[: len(raw) - 30])  # cut in its last members
    with open_store(archive) as store:
        assert len(store.catalogue()) == 6
        (note,) = [n for n in store.notes if "000002.json" in n]
        assert "damaged" in note and "moved it to 000002.json.uncommitted" in note
        assert "\n" not in note
    aside = archive / "posts" / "000002.json.uncommitted"
    assert aside.read_bytes() == raw[: len(raw) - 30]  # kept, for whoever wants it
