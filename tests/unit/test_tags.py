"""User tags and notes on posts: kept in state.json by the store, asked for by the filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.archives import add_posts
from tests.memory_index import filter_posts
from tests.unit.test_query import POSTS
from tests.unit.test_store import digest, sample_posts
from tuiarchive.errors import FilterError
from tuiarchive.query.language import parse_filter, term_for
from tuiarchive.research.facets import count_facets, post_facts
from tuiarchive.research.tags import read_tag_words
from tuiarchive.store import TagChange, open_store


def test_tags_are_added_and_removed_in_one_write_and_persist(archive_path: Path) -> None:
    posts = sample_posts()
    a, b, c = (p.id for p in posts)
    with open_store(archive_path) as store:
        add_posts(store, posts)
    segment = next((archive_path / "posts").glob("*.json"))
    before = digest(segment)
    with open_store(archive_path) as store:
        change = store.tag([a, b], add=("ferry", "todo"))
        assert change.post_ids == (a, b)
        assert change.before == {a: (), b: ()}
        assert store.tags_of(a) == ("ferry", "todo")
        change = store.tag([a, c], add=("Caspian",), remove=("todo",))
        assert store.tags_of(a) == ("caspian", "ferry")  # tags are lower case, sorted
        assert change.before == {a: ("ferry", "todo"), c: ()}
        # A change that changes nothing says so.
        assert store.tag([b], remove=("caspian",)).post_ids == ()
    assert digest(segment) == before  # tags never rewrite the posts
    with open_store(archive_path) as store:
        assert store.tags_of(a) == ("caspian", "ferry")
        assert store.tags_of(b) == ("ferry", "todo")
        assert store.tag_counts() == {"ferry": 2, "caspian": 2, "todo": 1}
        catalogue = store.catalogue()
        position = catalogue.position_of_id
        assert parse_filter("tag:ferry").run(catalogue) == sorted([position[a], position[b]])
        assert parse_filter("tag:Caspian -tag:ferry").run(catalogue) == [position[c]]
        assert parse_filter("tag:none").run(catalogue) == []


def test_undoing_a_tag_change_puts_back_the_tags_before_it(archive_path: Path) -> None:
    posts = sample_posts()
    a, b, _ = (p.id for p in posts)
    with open_store(archive_path) as store:
        add_posts(store, posts)
        store.tag([a], add=("ferry",))
        change = store.tag([a, b], add=("todo",), remove=("ferry",))
        undone = store.set_tags(change.before)
        assert isinstance(undone, TagChange)
        assert store.tags_of(a) == ("ferry",) and store.tags_of(b) == ()
        assert set(undone.post_ids) == {a, b}


@pytest.mark.parametrize("bad", ["two words", 'quo"te', "", "x" * 41])
def test_a_tag_is_one_short_word(archive_path: Path, bad: str) -> None:
    posts = sample_posts()
    with open_store(archive_path) as store:
        add_posts(store, posts)
        with pytest.raises(ValueError, match="tag"):
            store.tag([posts[0].id], add=(bad,))


def test_tag_words_plus_adds_minus_removes_bare_adds() -> None:
    assert read_tag_words("+ferry -todo caspian") == (("ferry", "caspian"), ("todo",))
    with pytest.raises(ValueError, match="no tags"):
        read_tag_words("  + - ")


def test_tag_in_the_filter_language() -> None:
    tags = {POSTS[2].id: ("ferry",), POSTS[5].id: ("ferry", "ice")}
    found = filter_posts(POSTS, parse_filter("tag:Ferry"), tags=tags)
    assert [p.title for p in found] == ["Ferry Dispute", "Harbour News"]
    found = filter_posts(POSTS, parse_filter("tag:ferry -tag:ice"), tags=tags)
    assert [p.title for p in found] == ["Ferry Dispute"]
    assert parse_filter("tag:ferry").description == "posts tagged \u201cferry\u201d"
    assert term_for("tag", "ferry") == "tag:ferry"
    with pytest.raises(FilterError, match="tag:"):
        parse_filter("tag:")


def test_tags_are_a_facet(archive_path: Path) -> None:
    posts = sample_posts()
    a, b, c = (p.id for p in posts)
    with open_store(archive_path) as store:
        add_posts(store, posts)
        store.tag([a, b], add=("ferry",))
        store.tag([a], add=("todo",))
        catalogue = store.catalogue()
        facets = {f.name: f for f in count_facets(range(3), post_facts(catalogue))}
        assert facets["tag"].field == "tag"
        assert facets["tag"].values == (("ferry", 2), ("todo", 1))
        only_c = {
            f.name: f for f in count_facets([catalogue.position_of_id[c]], post_facts(catalogue))
        }
        assert only_c["tag"].values == ()


def test_list_json_gives_each_post_its_tags(
    sample_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from tuiarchive.cli.main import main

    with open_store(sample_archive) as store:
        ids = store.catalogue().ids
        store.tag([ids[2]], add=("ferry", "todo"))
    assert main(["--db", str(sample_archive), "--list", "--json", "--filter", "tag:ferry"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["id"] == ids[2] and record["tags"] == ["ferry", "todo"]
    assert main(["--db", str(sample_archive), "--list", "--json", "--limit", "1"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["tags"] == []


def test_a_rebuild_keeps_the_tags(sample_archive: Path) -> None:
    from tuiarchive.cli.main import main

    with open_store(sample_archive) as store:
        ids = store.catalogue().ids
        store.tag([ids[2], ids[7]], add=("ferry",))
    assert main(["--db", str(sample_archive), "--rebuild", "--no-ui"]) == 0
    with open_store(sample_archive) as store:
        assert store.tags_of(ids[2]) == ("ferry",) and store.tags_of(ids[7]) == ("ferry",)
