"""A reader's note on a post: kept in state.json, searchable with note:, exported and cited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.archives import add_posts
from tests.memory_index import filter_posts
from tests.unit.test_query import POSTS
from tests.unit.test_store import sample_posts
from tuiarchive.query.language import parse_filter
from tuiarchive.research.citation import cite_paragraph, cite_post, to_json_line, to_markdown
from tuiarchive.store import open_store


def test_a_note_is_kept_changed_and_cleared_in_state_json(archive_path: Path) -> None:
    posts = sample_posts()
    a, b, _ = (p.id for p in posts)
    with open_store(archive_path) as store:
        add_posts(store, posts)
        change = store.set_note(a, "  Compare with the 2012 ferry strike.  ")
        assert (change.post_id, change.before, change.note) == (
            a, "", "Compare with the 2012 ferry strike.",
        )  # fmt: skip
        store.set_note(b, "tariffs")
    with open_store(archive_path) as store:
        assert store.note_of(a) == "Compare with the 2012 ferry strike."
        catalogue = store.catalogue()
        where = catalogue.position_of_id
        assert parse_filter("note:strike").run(catalogue) == [where[a]]
        assert parse_filter('note:"ferry strike"').run(catalogue) == [where[a]]
        assert parse_filter("note:tariff -note:ferry").run(catalogue) == [where[b]]
        assert store.set_note(a, "").before == "Compare with the 2012 ferry strike."
        assert store.note_of(a) == "" and parse_filter("note:strike").run(catalogue) == []


def test_note_in_the_filter_language() -> None:
    notes = {POSTS[1].id: "Gas pipeline: ask Mara"}
    found = filter_posts(POSTS, parse_filter("note:mara"), notes=notes)
    assert [p.title for p in found] == ["Pipeline Talks in Baku"]
    assert parse_filter("note:mara").description == "posts with \u201cmara\u201d in your note"
    assert parse_filter("note:mara").highlights == ()  # the note is not the post's text


def test_the_note_goes_with_the_exported_post_and_its_citation() -> None:
    post = POSTS[2]
    note = "Check the tariff figures"
    assert cite_post(post, note=note).endswith("\nNote: Check the tariff figures")
    assert cite_paragraph(post, 0, note=note).endswith("\nNote: Check the tariff figures")
    assert "Note:" not in cite_post(post)
    markdown = to_markdown(post, tags=("ferry",), note=note)
    assert "tags: ferry" in markdown and "> Note: Check the tariff figures" in markdown
    record = json.loads(to_json_line(post, ("ferry",), note))
    assert record["tags"] == ["ferry"] and record["note"] == note
    assert json.loads(to_json_line(post))["note"] is None


def test_notes_are_exported_and_listed_and_survive_a_rebuild(
    sample_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tuiarchive.cli.main import main

    with open_store(sample_archive) as store:
        ids = store.catalogue().ids
        store.set_note(ids[0], "Bukhara: write to the conservators")
    db = str(sample_archive)
    assert main(["--db", db, "--list", "--json", "--filter", "note:conservators"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["note"] == "Bukhara: write to the conservators"
    out = tmp_path / "md"
    assert (
        main(["--db", db, "--export", str(out), "--format", "markdown", "--filter", "note:write"])
        == 0
    )
    assert "> Note: Bukhara: write to the conservators" in (out / "posts.md").read_text()
    assert main(["--db", db, "--rebuild", "--no-ui"]) == 0
    with open_store(sample_archive) as store:
        assert store.note_of(ids[0]) == "Bukhara: write to the conservators"
