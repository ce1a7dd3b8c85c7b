"""Export and cite: citation lines, Markdown and JSON Lines, dump exports that re-import."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_parser_properties import content, posts_strategy
from tuiarchive.cli.main import main
from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import StoreError
from tuiarchive.loader import import_dumps
from tuiarchive.model import Comment, Post
from tuiarchive.research.citation import (
    blog_name,
    citation,
    cite_paragraph,
    cite_post,
    dump_file,
    to_dump_page,
    to_json_line,
    to_markdown,
)
from tuiarchive.research.export import export_posts
from tuiarchive.store import open_store
from tuiarchive.store.exports import append_clipping

DATA = Path(__file__).parents[2] / "data"
HOSTILE = "[bold]x[/] \x1b]0;t\x07"

POST = Post(
    id="p1",
    title="Ledger Notes: Ferry Talk",
    body="Staunton, May 23 \u2013 First paragraph.\n\nSecond one, with \u201cquotes\u201d.\n\nThird.",
    date="2014-05-23",
    time="05:43",
    series="Ledger Notes",
    author="Mara Lind",
    place="Staunton",
    labels=("energy", "Azerbaijan"),
    comments=1,
    comment_list=(Comment("Juris K.", "2014-05-24T09:14", "Well put."),),
)


# -- citations ------------------------------------------------------------------------


def test_citation_names_author_title_blog_date_place() -> None:
    assert citation(POST, "ledger") == (
        'Mara Lind, "Ledger Notes: Ferry Talk", ledger, 23 May 2014, Staunton.'
    )


def test_citation_leaves_out_what_the_post_lacks() -> None:
    bare = Post(id="x", title="Untold", date=None)
    assert citation(bare) == '"Untold".'
    assert citation(dataclasses.replace(POST, author=None, place=None)) == (
        '"Ledger Notes: Ferry Talk", 23 May 2014.'
    )


def test_cite_paragraph_holds_that_paragraph_and_counts_from_one() -> None:
    cited = cite_paragraph(POST, 1, "ledger")
    text, _, line = cited.partition("\n\n")
    assert text == "Second one, with \u201cquotes\u201d."
    assert line == (
        '\u2014 Mara Lind, "Ledger Notes: Ferry Talk", ledger, 23 May 2014, Staunton, paragraph 2.'
    )
    with pytest.raises(IndexError):
        cite_paragraph(POST, 3)


def test_cite_post_holds_the_whole_body() -> None:
    cited = cite_post(POST)
    assert cited.startswith(POST.title + "\n\n" + POST.body + "\n\n")
    assert cited.endswith(citation(POST))


def test_a_hostile_title_is_cited_literally_with_its_control_characters_visible() -> None:
    post = dataclasses.replace(POST, title=HOSTILE)
    visible = "[bold]x[/] \u241b]0;t\u2407"  # markup kept, ESC and BEL shown, never obeyed
    assert f'"{visible}"' in citation(post)
    for text in (citation(post), cite_post(post), to_markdown(post)):
        assert visible in text and "\x1b" not in text and "\x07" not in text


def test_a_title_with_a_line_break_cites_on_one_line() -> None:
    post = dataclasses.replace(POST, title="Two\nlines")
    assert '"Two lines"' in citation(post) and "\n" not in citation(post)


OWN_BLOG = dataclasses.replace(
    POST, blog="Harbour Ledger", url="https://harbour-ledger.example/2014/05/ferry-talk.html"
)


def test_a_post_with_its_own_blog_is_cited_by_it_and_its_url_ends_the_line() -> None:
    assert citation(OWN_BLOG, "ledger-notes") == (
        'Mara Lind, "Ledger Notes: Ferry Talk", Harbour Ledger, 23 May 2014, Staunton. '
        "https://harbour-ledger.example/2014/05/ferry-talk.html"
    )
    assert citation(OWN_BLOG) == citation(OWN_BLOG, "ledger-notes")  # the archive's name: unused
    line = cite_paragraph(OWN_BLOG, 2, "ledger-notes").partition("\n\n")[2]
    assert line == (
        '\u2014 Mara Lind, "Ledger Notes: Ferry Talk", Harbour Ledger, 23 May 2014, Staunton, '
        "paragraph 3. https://harbour-ledger.example/2014/05/ferry-talk.html"
    )
    assert cite_post(OWN_BLOG).endswith(citation(OWN_BLOG))
    assert f"*Cite as:* {citation(OWN_BLOG)}" in to_markdown(OWN_BLOG, "ledger-notes")


def test_the_archives_name_is_the_fallback_and_a_url_alone_is_still_cited() -> None:
    only_url = dataclasses.replace(OWN_BLOG, blog=None)
    assert citation(only_url, "ledger-notes") == (
        'Mara Lind, "Ledger Notes: Ferry Talk", ledger-notes, 23 May 2014, Staunton. '
        "https://harbour-ledger.example/2014/05/ferry-talk.html"
    )
    assert citation(dataclasses.replace(OWN_BLOG, url=None)) == (
        'Mara Lind, "Ledger Notes: Ferry Talk", Harbour Ledger, 23 May 2014, Staunton.'
    )
    broken = dataclasses.replace(OWN_BLOG, blog="Harbour\nLedger", url="https://h.example/a\nb")
    assert "\n" not in citation(broken) and ", Harbour Ledger, " in citation(broken)


def test_blog_name_is_the_archive_directory_unless_it_names_nothing(tmp_path: Path) -> None:
    assert blog_name(tmp_path / "ledger-notes") == "ledger-notes"
    assert blog_name(tmp_path / "archive") is None
    assert blog_name(tmp_path / "mine", default=tmp_path / "mine") is None


# -- formats ----------------------------------------------------------------------------


def test_markdown_section() -> None:
    text = to_markdown(POST, "ledger")
    assert text.startswith("## Ledger Notes: Ferry Talk\n")
    assert "23 May 2014 05:43 \u00b7 Mara Lind \u00b7 Staunton" in text
    assert "labels: energy, Azerbaijan" in text
    assert "Third.\n" in text and "**Juris K.** (2014-05-24 09:14):" in text
    assert text.rstrip().endswith("*Cite as:* " + citation(POST, "ledger"))


def test_json_line_is_the_full_record() -> None:
    line = to_json_line(POST)
    assert "\n" not in line
    assert Post.from_record(json.loads(line)) == POST
    odd = dataclasses.replace(POST, body="lone \ud800 surrogate")
    assert Post.from_record(json.loads(to_json_line(odd))).body == odd.body


def test_dump_files_are_per_month() -> None:
    assert dump_file("2014-05-23") == "2014/2014-05.txt"
    assert dump_file(None) == "undated.txt"


def test_the_example_post_reads_back_from_its_dump_page() -> None:
    again = parse_text(to_dump_page([POST]), "x")
    assert [content(p) for p in again] == [content(dataclasses.replace(POST, id=again[0].id))]


@settings(max_examples=150, deadline=None)
@given(st.lists(posts_strategy, min_size=1, max_size=6))
def test_exported_dump_pages_read_back_as_the_same_posts(readings: list[list[Post]]) -> None:
    posts = [reading[0] for reading in readings]
    assume(len({p.id for p in posts}) == len(posts))
    again = parse_text(to_dump_page(posts), "export")
    key = lambda p: p.id  # noqa: E731
    assert sorted(map(content, again), key=key) == sorted(map(content, posts), key=key)


# -- writing files ----------------------------------------------------------------------


def _all_posts(path: Path) -> dict[str, Post]:
    with open_store(path) as store:
        catalogue = store.catalogue()
        return {p.id: content(p) for p in store.posts(list(catalogue.ids))}


def test_export_refuses_a_directory_that_is_not_empty(sample_archive: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    with open_store(sample_archive) as store, pytest.raises(StoreError, match="not empty"):
        export_posts(store, [], [], tmp_path / "out", "dump")
    assert (tmp_path / "out" / "keep.txt").read_text() == "mine"


def test_export_refuses_the_inside_of_the_archive(sample_archive: Path) -> None:
    with open_store(sample_archive) as store, pytest.raises(StoreError, match="inside the archive"):
        export_posts(store, [], [], sample_archive / "out", "jsonl")


def test_export_into_an_unwritable_place_names_it(sample_archive: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with open_store(sample_archive) as store, pytest.raises(StoreError, match=str(blocker)):
        export_posts(store, [], [], blocker / "out", "dump")


def test_clippings_are_appended(tmp_path: Path) -> None:
    path = tmp_path / "clips.md"
    append_clipping("first", path)
    append_clipping("second\n", path)
    assert path.read_text() == "first\n\n---\n\nsecond\n\n---\n\n"
    with pytest.raises(StoreError, match="no-such-dir"):
        append_clipping("x", tmp_path / "no-such-dir" / "clips.md")


# -- the command line -------------------------------------------------------------------


def test_cli_dump_export_reimports_as_the_same_posts(
    sample_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    status = main(
        ["--db", str(sample_archive), "--export", str(out), "--filter", "ferry OR label:energy"]
    )
    assert status == 0
    with open_store(sample_archive) as store:
        catalogue = store.catalogue()
        from tuiarchive.query.language import parse_filter

        wanted = {catalogue.ids[n] for n in parse_filter("ferry OR label:energy").run(catalogue)}
    assert 0 < len(wanted) < 81
    assert f"exported {len(wanted)} post(s) to {out} (dumps)" in capsys.readouterr().out
    assert sorted(p.relative_to(out).parts[0] for p in out.rglob("*.txt"))[0] == "2012"

    fresh = tmp_path / "fresh"
    with open_store(fresh) as store:
        report = import_dumps([str(out)], store)
    assert report.added == len(wanted) and not report.skipped
    original = {i: p for i, p in _all_posts(sample_archive).items() if i in wanted}
    assert _all_posts(fresh) == original


def test_cli_exports_the_whole_sample_and_it_reimports(
    sample_archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert main(["--db", str(sample_archive), "--export", str(out)]) == 0
    fresh = tmp_path / "fresh"
    with open_store(fresh) as store:
        import_dumps([str(out)], store)
    assert _all_posts(fresh) == _all_posts(sample_archive)


def test_cli_jsonl_export(
    sample_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "j"
    assert main(["--db", str(sample_archive), "--export", str(out), "--format", "jsonl",
                 "--filter", "label:energy"]) == 0  # fmt: skip
    assert "(JSON Lines)" in capsys.readouterr().out
    records = [json.loads(line) for line in (out / "posts.jsonl").read_text().splitlines()]
    with open_store(sample_archive) as store:
        from tuiarchive.query.language import parse_filter

        count = len(parse_filter("label:energy").run(store.catalogue()))
    assert len(records) == count > 1
    assert all("energy" in [x.lower() for x in r["labels"]] for r in records)


def test_cli_markdown_export_cites_each_post(sample_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "m"
    assert main(["--db", str(sample_archive), "--export", str(out), "--format", "markdown",
                 "--filter", 'ferry date:"May 2014"']) == 0  # fmt: skip
    text = (out / "posts.md").read_text()
    assert text.count("\n## ") == text.count("*Cite as:*") > 0
    assert '"Ledger Notes: Caspian Ferry Dispute Reaches the Ministers", sample-archive' in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "jsonl"], "--format needs --export"),
        (["--export", "OUT", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["--export", "OUT", "--filter", "colour:red"], "unknown field 'colour'"),
    ],
)
def test_cli_export_errors_give_status_2_and_one_line(
    sample_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    args: list[str], message: str,
) -> None:  # fmt: skip
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    assert main(["--db", str(sample_archive), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_cli_export_into_a_file_fails_cleanly(
    sample_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "f").write_text("x")
    assert main(["--db", str(sample_archive), "--export", str(tmp_path / "f")]) == 2
    err = capsys.readouterr().err
    assert f"tuiarchive: {tmp_path / 'f'} is a file" in err and "Traceback" not in err


def test_exporting_never_loads_textual(sample_archive: Path, tmp_path: Path) -> None:
    code = (
        "import sys, tuiarchive.research.citation, tuiarchive.research.export, tuiarchive.store.exports, "
        "tuiarchive.cli.main as c; "
        f"s = c.main(['--db', {str(sample_archive)!r}, '--export', {str(tmp_path / 'o')!r}]); "
        "print('textual' in sys.modules, s, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "False 0"


def test_undated_posts_read_back_from_their_page() -> None:
    undated = [
        Post(id="", title="No Day Given", author="Aino Rask", body="Text one.", labels=("x",)),
        Post(id="", title="Another Undated", author="Mara Lind", body="Text two.", comments=0),
    ]
    assert {dump_file(p.date) for p in undated} == {"undated.txt"}
    again = parse_text(to_dump_page(undated), "undated.txt")
    assert [(p.title, p.author, p.body, p.labels, p.date) for p in again] == [
        (p.title, p.author, p.body, p.labels, p.date) for p in undated
    ]
