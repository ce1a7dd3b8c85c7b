"""Saved searches: kept in state.json beside the marks, counted live with what is new."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.archives import add_posts
from tuiarchive.cli.main import main
from tuiarchive.errors import StoreError
from tuiarchive.loader import import_dumps
from tuiarchive.query.language import parse_filter
from tuiarchive.research.saved import count_search, new_matches, newest_key
from tuiarchive.store import archive as archive_module
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store
from tuiarchive.store.state import NAME_LIMIT, SavedSearch

DATA = Path(__file__).parents[2] / "data"


def names(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.name for s in store.saved_searches()]


# -- the store ------------------------------------------------------------------------------


def test_saved_searches_persist_across_reopening(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        newest = newest_key(store.catalogue())
        store.save_search("  Ferries  ", "ferry -harbour", newest)
        store.save_search("berths", '"grain berth"', "")
    with open_store(sample_archive) as store:
        saved = store.saved_searches()
    assert [(s.name, s.filter, s.seen) for s in saved] == [
        ("berths", '"grain berth"', ""),
        ("Ferries", "ferry -harbour", newest),
    ]
    assert all(s.saved_at for s in saved)


def test_a_used_name_is_refused_unless_replacing(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        store.save_search("ferries", "ferry", "k10")
        with pytest.raises(StoreError, match="already named 'ferries'"):
            store.save_search("FERRIES", "harbour", "k20")
        assert store.saved_searches()[0].filter == "ferry"
        store.save_search("Ferries ", "harbour", "k20", replace=True)
    with open_store(sample_archive) as store:
        saved = store.saved_searches()
    assert [(s.name, s.filter, s.seen) for s in saved] == [("Ferries", "harbour", "k20")]


def test_rename_and_delete(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        store.save_search("one", "ferry", "k5")
        store.save_search("two", "harbour", "k6")
        with pytest.raises(StoreError, match="already named 'two'"):
            store.rename_search("one", "two")
        store.rename_search("one", "three")
        store.rename_search("three", "Three")  # only its case: still the same search
        with pytest.raises(StoreError, match="no saved search named"):
            store.rename_search("missing", "four")
    with open_store(sample_archive) as store:
        assert [(s.name, s.filter, s.seen) for s in store.saved_searches()] == [
            ("Three", "ferry", "k5"),
            ("two", "harbour", "k6"),
        ]
        store.delete_search("three")
        store.mark_search_seen("two", "k99")
    with open_store(sample_archive) as store:
        assert [(s.name, s.seen) for s in store.saved_searches()] == [("two", "k99")]


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "needs a name"), ("   \t", "needs a name"), ("x" * (NAME_LIMIT + 1), "at most 80")],
)
def test_bad_names_are_refused_clearly(sample_archive: Path, name: str, message: str) -> None:
    with open_store(sample_archive) as store:
        with pytest.raises(ValueError, match=message):
            store.save_search(name, "ferry", "k1")
        store.save_search("fine", "ferry", "k1")
        with pytest.raises(ValueError, match=message):
            store.rename_search("fine", name)
        with pytest.raises(ValueError, match="no filter"):
            store.save_search("empty", "   ", "k1")
        store.save_search("y" * NAME_LIMIT, "ferry", "k1")
        assert names(store) == ["fine", "y" * NAME_LIMIT]


def test_read_only_lists_but_refuses_changes(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(sample_archive) as store:
        store.save_search("ferries", "ferry", "k3")
    before = (sample_archive / "state.json").read_bytes()
    monkeypatch.setattr(archive_module, "can_write", lambda directory: False)
    with open_store(sample_archive) as store:
        assert store.readonly
        assert names(store) == ["ferries"]
        for change in (
            lambda: store.save_search("more", "harbour", "k3"),
            lambda: store.rename_search("ferries", "boats"),
            lambda: store.delete_search("ferries"),
            lambda: store.mark_search_seen("ferries", "k9"),
        ):
            with pytest.raises(StoreError, match="read-only"):
                change()
    assert (sample_archive / "state.json").read_bytes() == before


def test_marks_and_searches_do_not_undo_each_other(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        ids = list(store.catalogue().ids[:3])
        store.mark("starred", ids, True)
        store.save_search("ferries", "ferry", "k4")
        store.mark("read", ids[:1], True)
        store.delete_search("nothing")
    with open_store(sample_archive) as store:
        assert store.state.marks["starred"] == set(ids)
        assert store.state.marks["read"] == {ids[0]}
        assert names(store) == ["ferries"]
    assert check_store(sample_archive).ok


@pytest.mark.parametrize("damage", ['"garbage"', "[1, 2]", '{"not-a-number": {}}'])
def test_a_damaged_searches_table_keeps_the_marks(sample_archive: Path, damage: str) -> None:
    with open_store(sample_archive) as store:
        first = store.catalogue().ids[0]
        store.mark("starred", [first], True)
    state = sample_archive / "state.json"
    data = json.loads(state.read_bytes())
    data["searches"] = json.loads(damage)
    state.write_text(json.dumps(data))
    with open_store(sample_archive) as store:
        assert store.state.marks["starred"] == {first}  # the marks still read
        assert store.saved_searches() == ()
        assert "damaged" in store.state.searches_problem
        with pytest.raises(StoreError, match="damaged"):
            store.save_search("ferries", "ferry", "k1")  # never overwrites what is there
        second = store.catalogue().ids[1]
        store.mark("starred", [second], True)  # marks still save, keeping the damaged table
    after = json.loads(state.read_bytes())
    assert after["searches"] == json.loads(damage)
    assert {d["post"] for d in after["starred"].values()} == {first, second}
    assert check_store(sample_archive).ok  # a note, not damage: the posts are fine


def test_a_damaged_saved_search_is_skipped_and_kept(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        store.save_search("good", "ferry", "k2")
    state = sample_archive / "state.json"
    data = json.loads(state.read_bytes())
    data["searches"]["7"] = {"name": 42, "filter": None}
    data["searches"]["8"] = "nonsense"
    data["searches"]["9"] = {"name": "no seen", "filter": "harbour", "seen_post": 7}
    state.write_text(json.dumps(data))
    with open_store(sample_archive) as store:
        assert [(s.name, s.seen) for s in store.saved_searches()] == [
            ("good", "k2"),
            ("no seen", None),
        ]
        assert "2 damaged saved search(es)" in store.state.searches_problem
        store.save_search("another", "pipeline", "k3")
    after = json.loads(state.read_bytes())
    assert after["searches"]["8"] == "nonsense"
    assert len(after["searches"]) == 5


def test_damaged_marks_leave_the_searches_in_the_file(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        store.save_search("ferries", "ferry", "k2")
    state = sample_archive / "state.json"
    data = json.loads(state.read_bytes())
    data["starred"] = "garbage"
    state.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="marks"):
        open_store(sample_archive)  # as before: the file is left as it is
    assert json.loads(state.read_bytes())["searches"] == data["searches"]
    data["starred"] = {}  # the marks mended by hand: the searches are all there
    state.write_text(json.dumps(data))
    with open_store(sample_archive) as store:
        assert names(store) == ["ferries"]


def test_a_rebuild_keeps_the_saved_searches(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        store.save_search("ferries", "ferry", "k1")
        store.mark("starred", [store.catalogue().ids[0]], True)
    assert main(["--db", str(sample_archive), "--rebuild", "--no-ui"]) == 0
    with open_store(sample_archive) as store:
        saved = store.saved_searches()
        assert [(s.name, s.filter) for s in saved] == [("ferries", "ferry")]
        assert saved[0].seen == "k1"  # a post's key, kept as it was
        assert len(store.state.marks["starred"]) == 1


# -- counting ---------------------------------------------------------------------------


def test_new_since_survives_a_rebuild(tmp_path: Path) -> None:
    archive, first, second = _two_batches(tmp_path)
    with open_store(archive) as store:
        import_dumps([first], store, workers=1)
        catalogue = store.catalogue()
        before = {catalogue.ids[p] for p in parse_filter("the").run(catalogue)}
        store.save_search("mine", "the", "")
        store.mark_search_seen("mine", newest_key(catalogue))  # opened: all seen
    with open_store(archive) as store:
        import_dumps([second], store, workers=1)
    with open_store(archive) as store:
        catalogue = store.catalogue()
        counted = count_search(catalogue, store.saved_searches()[0])
        after = {catalogue.ids[p] for p in parse_filter("the").run(catalogue)}
    assert counted.new == len(after - before) > 0
    assert main(["--db", str(archive), "--rebuild", "--no-ui"]) == 0
    with open_store(archive) as store:
        rebuilt = count_search(store.catalogue(), store.saved_searches()[0])
        store.rebuild_index()  # the index alone, thrown away and made again
        again = count_search(store.catalogue(), store.saved_searches()[0])
    assert (rebuilt.total, rebuilt.new) == (again.total, again.new) == (counted.total, counted.new)


def test_an_update_to_an_old_post_is_not_new(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        catalogue = store.catalogue()
        old = store.post(catalogue.ids[-1])
        store.save_search("all", "-xyzzyplugh", newest_key(catalogue))
        add_posts(store, [old.with_changes(labels=(*old.labels, "a new label"))])
        counted = count_search(store.catalogue(), store.saved_searches()[0])
    assert counted.new == 0 and counted.total == len(catalogue)


def _old_version_search(archive: Path, seen: int) -> None:
    """Write a saved search as an older version did: `seen`, the index's row number."""
    state = archive / "state.json"
    data = json.loads(state.read_bytes()) if state.exists() else {}
    data["searches"] = {"1": {"name": "old", "filter": "the", "seen": seen, "saved_at": ""}}
    state.write_text(json.dumps(data))


def test_an_older_versions_row_number_is_carried_over_to_a_key(tmp_path: Path) -> None:
    archive, first, second = _two_batches(tmp_path)
    with open_store(archive) as store:
        import_dumps([first], store, workers=1)
        catalogue = store.catalogue()
        watermark, newest = max(zip(catalogue.docs, catalogue.ids, strict=True))
        import_dumps([second], store, workers=1)
        catalogue = store.catalogue()
        expected = len(
            [p for p in parse_filter("the").run(catalogue) if catalogue.docs[p] > watermark]
        )
    _old_version_search(archive, watermark)
    with open_store(archive) as store:
        (search,) = store.saved_searches()
        assert search.seen == newest and store.state.searches_problem == ""
        assert count_search(store.catalogue(), search).new == expected > 0
    data = json.loads((archive / "state.json").read_bytes())
    assert data["searches"]["1"]["seen_post"] == newest and "seen" not in data["searches"]["1"]


def test_a_row_number_the_index_no_longer_has_is_a_note(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        newest = newest_key(store.catalogue())
    _old_version_search(sample_archive, 10**6)
    with open_store(sample_archive) as store:
        (search,) = store.saved_searches()
        problem = store.state.searches_problem
        assert "'old'" in problem and "counted from now" in problem and "\n" not in problem
        assert search.seen == newest
        assert count_search(store.catalogue(), search).new == 0
        assert store.saved_searches()[0].seen == newest  # carried over once, no note again
        assert store.state.searches_problem == ""


def _two_batches(tmp_path: Path) -> tuple[Path, Path, Path]:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for dump in sorted(DATA.iterdir()):
        target = first if dump.name.startswith("a-") else second
        (target / dump.name).write_bytes(dump.read_bytes())
    return tmp_path / "two-batches", first, second


@pytest.mark.parametrize("text", ["the", "ferry OR harbour", "date:2012..2015", "-the"])
def test_new_counts_the_matches_of_the_second_batch(tmp_path: Path, text: str) -> None:
    archive, first, second = _two_batches(tmp_path)
    with open_store(archive) as store:
        import_dumps([first], store, workers=1)
        catalogue = store.catalogue()
        first_ids = set(catalogue.ids)
        before = {catalogue.ids[p] for p in parse_filter(text).run(catalogue)}
        store.save_search("mine", text, newest_key(catalogue))
    with open_store(archive) as store:
        import_dumps([second], store, workers=1)
    with open_store(archive) as store:
        catalogue = store.catalogue()
        counted = count_search(catalogue, store.saved_searches()[0])
        after = {catalogue.ids[p] for p in parse_filter(text).run(catalogue)}
        second_ids = set(catalogue.ids) - first_ids  # ids are read late: while it is open
    assert counted.error == ""
    assert counted.total == len(after)
    assert counted.new == len(after - before)
    assert counted.new == len(after & second_ids)
    assert counted.new > 0 or text == "-the"


def test_opened_after_the_import_nothing_is_new(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        catalogue = store.catalogue()
        search = SavedSearch("all", "the", newest_key(catalogue), "")
        counted = count_search(catalogue, search)
        assert counted.new == 0 and counted.total == len(parse_filter("the").run(catalogue))
        everything = count_search(catalogue, SavedSearch("x", "the", "", ""))
        assert everything.new == everything.total > 0
        unknown = count_search(catalogue, SavedSearch("x", "the", None, ""))
        assert unknown.new is None
        gone = count_search(catalogue, SavedSearch("x", "the", "0123456789abcdef", ""))
        assert gone.new is None  # the post it saw is no longer in the archive


@pytest.mark.parametrize("text", ['"unclosed', "date:2014-13", "(ferry"])
def test_a_filter_that_no_longer_parses_is_a_message(sample_archive: Path, text: str) -> None:
    with open_store(sample_archive) as store:
        counted = count_search(store.catalogue(), SavedSearch("hand-edited", text, "", ""))
    assert counted.error.startswith("the filter no longer parses")
    assert counted.total == 0 and counted.new is None


@given(
    docs=st.lists(st.integers(1, 500), unique=True, max_size=60),
    seen=st.integers(0, 500),
    data=st.data(),
)
def test_new_matches_counts_docs_above_seen(
    docs: list[int], seen: int, data: st.DataObject
) -> None:
    positions = data.draw(st.lists(st.sampled_from(range(len(docs))), unique=True)) if docs else []
    assert new_matches(positions, docs, seen) == len([p for p in positions if docs[p] > seen])
    assert new_matches(positions, docs, max(docs, default=0)) == 0
    assert new_matches(positions, docs, 0) == len(positions)
