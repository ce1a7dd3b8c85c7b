"""Words that look like operators but are searched as words: the filter says so and suggests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.cli.main import main
from tuiarchive.query.language import filter_warning, parse_filter


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("ferry or harbour", "ferry OR harbour"),
        ("ferry Or harbour", "ferry OR harbour"),
        ("ferry not pipeline", "ferry -pipeline"),
        ("NOT ferry", "-ferry"),
        ("not (ferry OR harbour)", "-(ferry OR harbour)"),
        ("ferry|harbour", "ferry OR harbour"),
        ("label:energy ferry|harbour|grain", "label:energy ferry OR harbour OR grain"),
        ("ferry and harbour", "ferry harbour"),
    ],
)
def test_a_lowercase_operator_is_named_with_a_suggestion(typed: str, suggested: str) -> None:
    warning = filter_warning(typed)
    assert "searched as" in warning
    assert warning.endswith(f"did you mean {suggested}?")
    parse_filter(suggested)  # the suggestion reads


@pytest.mark.parametrize(
    "typed",
    ["ferry OR harbour", "ferry | harbour", '"or"', "title:or", "-ferry", "ferry AND harbour",
     "oregon notes", "", 'unclosed "quote'],
)  # fmt: skip
def test_operators_written_as_the_language_has_them_are_not_warned(typed: str) -> None:
    assert filter_warning(typed) == ""


def test_the_query_carries_the_warning_and_still_searches_the_word() -> None:
    query = parse_filter("ferry or harbour")
    assert query.warning == filter_warning("ferry or harbour")
    assert "\u201cor\u201d" in query.description  # searched as written: the warning says so


def test_the_command_line_warns_on_stderr_and_still_runs(
    sample_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--db", str(sample_archive), "--count", "--filter", "ferry or harbour"])
    captured = capsys.readouterr()
    assert status == 0
    assert captured.out.strip().isdigit()  # the count, of the filter as written
    assert captured.err.splitlines() == [
        'tuiarchive: warning: "or" is searched as a word; did you mean ferry OR harbour?'
    ]
    main(["--db", str(sample_archive), "--count", "--filter", "ferry OR harbour"])
    assert capsys.readouterr().err == ""
