"""The filter language: what each operator matches, what it says, and how it fails."""

from __future__ import annotations

import pytest

from tests.memory_index import filter_posts
from tuiarchive.errors import FilterError
from tuiarchive.model import Post
from tuiarchive.query.language import Query, parse_filter


def make(title: str, body: str = "", date: str | None = "2014-05-23", **kw: object) -> Post:
    return Post(id=title.lower().replace(" ", "-")[:16], title=title, body=body, date=date, **kw)  # type: ignore[arg-type]


POSTS = [
    make("Kazakhstan Charges a Nationalist", "Staunton, May 23 – The Russian nationalist was charged.",
         "2014-05-23", author="Paul Goble", place="Staunton", series="Window on Eurasia",
         labels=("Kazakhstan", "Human Rights")),
    make("Pipeline Talks in Baku", "Baku, May 2 – Gas pipeline talks resumed. Kazakh officials came.",
         "2014-05-02", author="Mara Lindqvist", place="Baku", labels=("energy",)),
    make("Ferry Dispute", "Aktau, June 1 – The ferry dispute over tariffs continued.",
         "2014-06-01", author="Tomas Ebner", place="Aktau", labels=("energy", "economy")),
    make("Russian Nationalists Meet", "A meeting of nationalists. Russian speakers attended.",
         "2015-01-15", author="Paul Goble", series="Window on Eurasia"),
    make("An Undated Note", "Nothing to see; nationalist themes.", None),
    make("Harbour News", "Tallinn, Dec 31 – The harbour froze.", "2013-12-31", author="Aino Rask",
         place="Tallinn"),
]  # fmt: skip


def titles(text: str, **marks: object) -> list[str]:
    return [p.title for p in filter_posts(POSTS, parse_filter(text), **marks)]  # type: ignore[arg-type]


def test_empty_filter_is_everything_newest_first_undated_last() -> None:
    assert titles("") == [
        "Russian Nationalists Meet", "Ferry Dispute", "Kazakhstan Charges a Nationalist",
        "Pipeline Talks in Baku", "Harbour News", "An Undated Note",
    ]  # fmt: skip


def test_bare_word_is_a_case_insensitive_prefix_in_title_or_body() -> None:
    assert titles("kazakh") == ["Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku"]
    assert titles("KAZAKHSTAN") == ["Kazakhstan Charges a Nationalist"]
    assert titles("froze") == ["Harbour News"]
    assert titles("azakh") == []  # prefixes only, never the middle of a word


def test_every_bare_word_must_match() -> None:
    assert titles("russian nationalist") == [
        "Russian Nationalists Meet",
        "Kazakhstan Charges a Nationalist",
    ]
    assert titles("russian ferry") == []


def test_phrase_matches_consecutive_whole_words() -> None:
    assert titles('"russian nationalist"') == ["Kazakhstan Charges a Nationalist"]
    assert titles('"nationalist was"') == ["Kazakhstan Charges a Nationalist"]
    assert titles('"nationalist charged"') == []
    assert titles('"kazakh"') == ["Pipeline Talks in Baku"]  # whole word: not Kazakhstan


def test_exclusion() -> None:
    assert titles("nationalist -russian") == ["An Undated Note"]
    assert titles('nationalist -"russian speakers"') == [
        "Kazakhstan Charges a Nationalist", "An Undated Note",
    ]  # fmt: skip
    assert "Ferry Dispute" in titles("-kazakh")


def test_or_and_grouping() -> None:
    assert titles("ferry OR harbour") == ["Ferry Dispute", "Harbour News"]
    assert titles("(ferry OR pipeline) -label:economy") == ["Pipeline Talks in Baku"]
    assert titles("ferry OR pipeline label:energy") == ["Ferry Dispute", "Pipeline Talks in Baku"]


def test_fields_match_word_prefixes_in_that_field_only() -> None:
    assert titles("title:pipe") == ["Pipeline Talks in Baku"]
    assert titles("title:tariff") == []  # only in the body
    assert titles('author:"paul goble"') == [
        "Russian Nationalists Meet",
        "Kazakhstan Charges a Nationalist",
    ]
    assert titles("author:gob") == titles('author:"paul goble"')
    assert titles('author:"goble paul"') == []
    assert titles("place:tall") == ["Harbour News"]
    assert titles("series:window") == titles("author:goble")


def test_label_matches_a_whole_label_case_insensitively() -> None:
    assert titles("label:ENERGY") == ["Ferry Dispute", "Pipeline Talks in Baku"]
    assert titles('label:"human rights"') == ["Kazakhstan Charges a Nationalist"]
    assert titles("label:human") == []
    assert titles("label:ener") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date:2014", ["Ferry Dispute", "Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku"]),
        ("date:2014-05", ["Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku"]),
        ('date:"May 2014"', ["Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku"]),
        ("date:2014-05-23", ["Kazakhstan Charges a Nationalist"]),
        ('date:"23 May 2014"', ["Kazakhstan Charges a Nationalist"]),
        ("date:2013..2014-05", ["Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku", "Harbour News"]),
        ('date:"December 2013".."May 2014"',
         ["Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku", "Harbour News"]),
        ("since:2014-06", ["Russian Nationalists Meet", "Ferry Dispute"]),
        ("until:2014-05", ["Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku", "Harbour News"]),
        ("after:2014-05", ["Russian Nationalists Meet", "Ferry Dispute"]),
        ("after:2014-05-23", ["Russian Nationalists Meet", "Ferry Dispute"]),
        ("before:2014-05-23", ["Pipeline Talks in Baku", "Harbour News"]),
        ("before:2014", ["Harbour News"]),
        ("-date:2014", ["Russian Nationalists Meet", "Harbour News", "An Undated Note"]),
    ],
)  # fmt: skip
def test_dates_at_the_precision_written(text: str, expected: list[str]) -> None:
    assert titles(text) == expected


def test_marks() -> None:
    starred = {POSTS[2].id}
    read = {POSTS[2].id, POSTS[5].id}
    assert titles("is:starred", starred=starred) == ["Ferry Dispute"]
    assert titles("is:unread date:2014", read=read) == [
        "Kazakhstan Charges a Nationalist", "Pipeline Talks in Baku",
    ]  # fmt: skip
    assert titles("is:read", read=read) == ["Ferry Dispute", "Harbour News"]
    assert len(titles("is:unstarred", starred=starred)) == len(POSTS) - 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("kazakh", "posts mentioning “kazakh”"),
        ('kazakh date:"May 2014"', "posts mentioning “kazakh” in May 2014"),
        ('"a phrase"', "posts with the exact phrase “a phrase”"),
        ("-label:x date:2014-05-23", "posts not labelled “x” on 23 May 2014"),
        ("is:starred author:goble", "starred posts by “goble”"),
        ("a OR b", "posts (mentioning “a” or mentioning “b”)"),
        ("since:2014 until:2015-06", "posts since 2014 until June 2015"),
        ("", "all posts"),
    ],
)
def test_descriptions(text: str, words: str) -> None:
    assert parse_filter(text).description == words


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("date:Febtober", "date:Febtober"),
        ("date:Febtober", "not a date"),
        ("colour:red", "unknown field 'colour'"),
        ('"an unclosed phrase', "unclosed quote"),
        ("(ferry OR harbour", "missing ')'"),
        ("ferry)", "unexpected ')'"),
        ("ferry OR", "OR needs a term"),
        ("date:May", "four-digit year"),
        ("date:2015..2014", "ends before it starts"),
        ('date:"February 30, 2014"', "not a real date"),
        ("is:favourite", "unknown mark"),
        ("author:", "needs a value"),
        ("- ferry", "'-' must be followed"),
        ("!!!", "no letters or digits"),
    ],
)
def test_invalid_terms_are_named_with_the_problem(text: str, fragment: str) -> None:
    with pytest.raises(FilterError) as raised:
        parse_filter(text)
    assert fragment in str(raised.value)


def test_the_query_is_an_immutable_value() -> None:
    query = parse_filter("kazakh -label:x")
    assert query == parse_filter("kazakh -label:x")
    with pytest.raises(AttributeError):
        query.text = "other"  # type: ignore[misc]
    assert hash(query) == hash(parse_filter("kazakh -label:x"))


def test_highlights_are_the_positive_words_and_phrases() -> None:
    query = parse_filter('kazakh "ferry dispute" -russian title:pipe')
    assert [p.words for p in query.highlights] == [("kazakh",), ("ferry", "dispute"), ("pipe",)]


# -- blog: the blog's own name, matched like series: --------------------------------------

BLOG_POSTS = [
    make("Quay Fees Rise", "The fees went up.", "2014-05-23", blog="Harbour Ledger"),
    make("Night Ferry Returns", "The night ferry is back.", "2014-05-20", blog="Harbour Ledger"),
    make("Ledger Balances", "Columns of figures.", "2014-05-18", blog="Saltmarsh Notebook"),
    make("Reed Cutting Season", "The reeds are cut.", "2014-05-10", blog="Saltmarsh Notebook"),
    make("A Page Without a Header", "No blog name here.", "2014-05-01"),
]


def blog_titles(text: str) -> list[str]:
    return [p.title for p in filter_posts(BLOG_POSTS, parse_filter(text))]


def test_blog_matches_word_prefixes_of_the_blogs_name_only() -> None:
    assert blog_titles("blog:ledger") == ["Quay Fees Rise", "Night Ferry Returns"]
    assert blog_titles("blog:LEDG") == blog_titles("blog:ledger")  # a prefix, case ignored
    assert blog_titles("blog:salt") == ["Ledger Balances", "Reed Cutting Season"]
    assert blog_titles("blog:edger") == []  # never the middle of a word
    assert blog_titles("ledger") == ["Ledger Balances"]  # a bare word never looks at the blog


def test_blog_phrase_is_the_words_of_the_name_in_order() -> None:
    assert blog_titles('blog:"harbour ledger"') == ["Quay Fees Rise", "Night Ferry Returns"]
    assert blog_titles('blog:"harb led"') == blog_titles('blog:"harbour ledger"')
    assert blog_titles('blog:"ledger harbour"') == []
    assert blog_titles('blog:"saltmarsh ledger"') == []


def test_blog_negated_and_combined() -> None:
    assert blog_titles("-blog:ledger") == [
        "Ledger Balances", "Reed Cutting Season", "A Page Without a Header",
    ]  # fmt: skip
    assert blog_titles("ferry -blog:salt") == ["Night Ferry Returns"]
    assert blog_titles("blog:ledger OR blog:saltmarsh") == [p.title for p in BLOG_POSTS[:4]]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("blog:ledger", "posts in the blog “ledger”"),
        ('blog:"Harbour Ledger"', "posts in the blog “harbour ledger”"),
        ("ferry -blog:salt", "posts mentioning “ferry” not in the blog “salt”"),
    ],
)
def test_blog_descriptions(text: str, words: str) -> None:
    assert parse_filter(text).description == words


def test_an_empty_blog_term_says_how_to_write_one() -> None:
    with pytest.raises(FilterError, match=r'blog: needs a value, as in blog:"harbour ledger"'):
        parse_filter("blog:")
    assert "blog:" in str(pytest.raises(FilterError, parse_filter, "colour:red").value)


# -- a filter term for a post's own author, label, series or place (the palette uses them) --

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tuiarchive.query.language import term_for  # noqa: E402

NAMES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@given(NAMES, st.sampled_from(["author", "series", "place", "label", "blog"]))
def test_a_term_for_a_posts_value_finds_that_post(value: str, field: str) -> None:
    fields = {"labels": (value,)} if field == "label" else {field: value}
    own = make("Ledger Notes: Own", "text", **fields)
    other = make("Ledger Notes: Other", "text")
    term = term_for(field, value)
    if term is None:
        # Only a value without a single word, or a label with a double quote, has none.
        assert (field == "label" and ('"' in value or not value.strip())) or (
            field != "label" and not any(ch.isalnum() for ch in value)
        )
        return
    assert own in filter_posts([own, other], parse_filter(term))
    assert other not in filter_posts([own, other], parse_filter(term))


def test_terms_for_hostile_names_are_plain_filter_text() -> None:
    assert term_for("author", "[i]Mallory[/i] O'Brien") == 'author:"i mallory i o brien"'
    assert term_for("label", "  Central   Asia ") == 'label:"Central Asia"'
    assert term_for("label", 'say "no"') is None
    assert term_for("author", "\u2014 \u2014") is None
    with pytest.raises(ValueError):
        term_for("date", "2014")


# -- with_term / without_term: a facet chosen or taken back, without editing text by pattern --


def test_with_term_adds_a_term_at_the_end() -> None:
    query = parse_filter("ferry").with_term('label:"energy"')
    assert query.text == 'ferry label:"energy"'
    assert query.has_term('label:"energy"') and query.has_term("ferry")


def test_with_term_on_the_empty_filter_is_the_term() -> None:
    assert parse_filter("").with_term("date:2014").text == "date:2014"
    assert parse_filter("   ").with_term("date:2014").text == "date:2014"


def test_with_term_is_itself_when_the_term_is_there_in_other_words() -> None:
    query = parse_filter("ferry Label:Energy")
    assert query.with_term('label:"energy"') is query


def test_with_term_keeps_alternatives_together() -> None:
    query = parse_filter("ferry OR harbour").with_term("date:2014")
    assert query.text == "(ferry OR harbour) date:2014"
    assert query.has_term("date:2014") and not query.has_term("ferry")


def test_without_term_takes_out_every_top_level_occurrence() -> None:
    query = parse_filter('date:2014  ferry label:"energy" DATE:2014')
    assert query.without_term("date:2014").text == 'ferry label:"energy"'
    assert query.without_term('label:"energy"').text == "date:2014 ferry DATE:2014"


def test_without_term_leaves_an_excluded_or_nested_term_and_other_text_alone() -> None:
    query = parse_filter('-label:energy (label:energy OR ferry) "label:energy" energy')
    assert not query.has_term("label:energy")
    assert query.without_term("label:energy") is query


def test_a_term_is_not_a_word_it_contains() -> None:
    query = parse_filter('date:2014-05 author:"mara lind"')
    assert not query.has_term("date:2014")
    assert not query.has_term('author:"mara"')
    assert query.has_term('Author:"Mara Lind"')


def test_with_and_without_term_refuse_anything_but_one_term() -> None:
    for bad in ("ferry harbour", "-ferry", "(ferry)", "", "label:"):
        with pytest.raises(FilterError):
            parse_filter("ferry").with_term(bad)


def test_a_broken_filter_has_no_terms_to_take_out() -> None:
    query = Query('ferry "unclosed')
    assert not query.has_term("ferry")
    assert query.without_term("ferry") is query


def test_terms_named_gives_the_top_level_terms_of_a_field_as_written() -> None:
    query = parse_filter('ferry Date:2014 -date:2015 (date:2016 OR x) label:"a b"')
    assert query.terms_named("date") == ["Date:2014"]
    assert query.terms_named("label") == ['label:"a b"']
    assert parse_filter("a OR date:2014").terms_named("date") == []
