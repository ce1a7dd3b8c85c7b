"""A damaged or unknown archive is reported, never overwritten and never read as empty."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.archives import add_posts, make_plain, rewrite_segment
from tests.dumps import archive_page, post
from tests.ui.helpers import settle
from tuiarchive.cli.main import main
from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import StoreError
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store
from tuiarchive.ui.app import make_app


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    page = archive_page(
        [("Friday, May 30, 2014", [post(title=f"Ledger Notes: Post {n}") for n in range(4)])]
    )
    path = tmp_path / "archive"
    with open_store(path) as store:
        add_posts(store, parse_text(page, "page.txt"))
        store.mark("starred", [store.catalogue().ids[0]], True)
    return path


def manifest_damage() -> dict[str, Callable[[bytes], bytes]]:
    damage: dict[str, Callable[[bytes], bytes]] = {
        "trailing garbage": lambda raw: raw + b"\x00garbage{",
        "zero bytes": lambda raw: b"",
        "only spaces": lambda raw: b"   \n",
        "a JSON list": lambda raw: b"[]",
        "wrong types": lambda raw: raw.replace(b'"size":', b'"size":"big","was":'),
        "unknown schema": lambda raw: raw.replace(b'"schema":1', b'"schema":7'),
        "not ours": lambda raw: raw.replace(b'"format":"tuiarchive"', b'"format":"other"'),
    }
    for cut in (1, 10, 25, 40, 60, 100, 150):
        damage[f"truncated at {cut}"] = lambda raw, cut=cut: raw[:cut]  # type: ignore[misc]
    for at in (3, 30, 70):
        damage[f"byte {at} flipped"] = lambda raw, at=at: (
            raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1 :]
        )  # type: ignore[misc]
    return damage


@pytest.mark.parametrize("how", sorted(manifest_damage()))
def test_a_damaged_manifest_is_never_overwritten_or_read_as_empty(archive: Path, how: str) -> None:
    manifest = archive / "archive.json"
    manifest.write_bytes(manifest_damage()[how](manifest.read_bytes()))
    before = digest(manifest)
    try:
        with open_store(archive) as store:
            # Some flips leave valid JSON that still describes the archive: then it must
            # still hold all its posts, never none.
            assert len(store.catalogue()) == 4
    except StoreError as error:
        assert "archive.json" in str(error) or "store" in str(error)
    assert main(["--db", str(archive), "--list"]) in (0, 2)
    assert main(["--db", str(archive), "--check"]) in (0, 2)
    assert digest(manifest) == before


def test_segments_the_manifest_lost_are_recovered_not_dropped(archive: Path) -> None:
    # The manifest of a fresh archive, as if the list of segments had been lost: the
    # segment files still hold the posts, and opening the archive must not show it empty.
    (archive / "archive.json").write_bytes(b'{"store":{"1":{"format":"tuiarchive","schema":1}}}')
    with open_store(archive) as store:
        assert len(store.catalogue()) == 4
        assert any("recovered 4 posts" in note for note in store.notes)
        assert store.state.has("starred", store.catalogue().ids[0])
    assert check_store(archive).ok


@pytest.mark.parametrize("how", ["truncated", "grown", "flipped", "emptied", "removed"])
def test_a_damaged_segment_is_found_and_left_alone(archive: Path, how: str, capsys) -> None:  # type: ignore[no-untyped-def]
    segment = next((archive / "posts").glob("*.json"))
    raw = segment.read_bytes()
    if how == "truncated":
        segment.write_bytes(raw[: len(raw) // 2])
    elif how == "grown":
        segment.write_bytes(raw + b" ")
    elif how == "flipped":
        middle = len(raw) // 2
        segment.write_bytes(raw[:middle] + bytes([raw[middle] ^ 0x01]) + raw[middle + 1 :])
    elif how == "emptied":
        segment.write_bytes(b"")
    else:
        segment.unlink()
    before = digest(segment) if segment.exists() else None
    assert main(["--db", str(archive), "--check"]) == 2
    err = capsys.readouterr().err
    assert f"damaged: {segment}" in err
    if how != "flipped":  # a flip keeps the size: only --check's digest can tell
        assert main(["--db", str(archive), "--list"]) == 2
        assert "Traceback" not in capsys.readouterr().err
    assert (digest(segment) if segment.exists() else None) == before


def test_damaged_marks_are_reported_and_kept(archive: Path) -> None:
    state = archive / "state.json"
    state.write_bytes(state.read_bytes()[:20])
    before = digest(state)
    with pytest.raises(StoreError, match="marks"):
        open_store(archive)
    assert not check_store(archive).ok
    assert digest(state) == before


async def test_the_browser_leaves_a_damaged_archive_as_it_found_it(archive: Path) -> None:
    manifest = archive / "archive.json"
    manifest.write_bytes(manifest.read_bytes()[:-9])
    before = digest(manifest)
    app = make_app(archive)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        assert app.is_running
        # The notification's message, not the screen: how a long path wraps is no matter.
        said = [n.message for n in app._notifications]
        assert any(
            m.startswith(f"{manifest} is damaged (") and "it was left untouched" in m for m in said
        ), said
    assert digest(manifest) == before


def test_rebuild_from_a_damaged_archive_keeps_posts_and_marks(
    archive: Path, tmp_path: Path
) -> None:
    (archive / "archive.json").write_bytes(b"{broken")
    assert main(["--db", str(archive), "--rebuild", "--no-ui"]) == 0
    assert check_store(archive).ok
    with open_store(archive) as store:
        catalogue = store.catalogue()
        assert len(catalogue) == 4
        assert len(store.state.marks["starred"]) == 1
    kept = [p for p in tmp_path.iterdir() if ".before-rebuild-" in p.name]
    assert len(kept) == 1 and (kept[0] / "archive.json").read_bytes() == b"{broken"


@pytest.mark.parametrize("kind", ["compressed", "plain"])
def test_the_check_names_each_bad_record(archive: Path, kind: str, capsys) -> None:  # type: ignore[no-untyped-def]
    if kind == "plain":
        make_plain(archive)  # as an older tuiarchive wrote it
    segment = next((archive / "posts").glob("*.json"))
    rewrite_segment(  # a faulty writer's record, listed as it is
        archive, segment.name, lambda raw: raw.replace(b'"2014-05-30"', b'"2014-13-45"', 1)
    )
    assert main(["--db", str(archive), "--check"]) == 2
    err = capsys.readouterr().err
    assert "2014-13-45" in err and str(segment) in err
