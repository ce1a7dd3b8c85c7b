"""Related posts: telling words chosen by rarity, neighbours found by them, reasons given."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.dumps import item_page
from tuiarchive.loader import import_dumps
from tuiarchive.research.related import (
    candidate_words,
    explain,
    key_terms,
    most_holders,
    related_posts,
)
from tuiarchive.store import open_store
from tuiarchive.words import tokens

COMMON = "The council met on Tuesday and the council agreed on the budget for the year."


def test_key_terms_prefer_words_frequent_here_and_rare_elsewhere() -> None:
    counts = candidate_words("Sturgeon quotas", "sturgeon caviar council council council")
    assert counts["sturgeon"] == 3 and counts["council"] == 3  # title words count twice
    holders = {"sturgeon": 3, "quotas": 40, "caviar": 3, "council": 900}
    terms = key_terms(counts, holders, total=1000)
    assert terms[0] == "sturgeon"  # as frequent as "council", far rarer
    assert "council" not in terms  # in 90% of posts: says nothing
    assert key_terms(counts, {"sturgeon": 1}, total=1000) == []  # in no other post


@given(
    st.dictionaries(st.text("abcdef", min_size=3, max_size=6), st.integers(1, 9), max_size=30),
    st.integers(2, 5000),
)
def test_key_terms_are_words_of_the_post_others_share(counts: dict[str, int], total: int) -> None:
    holders = {word: (len(word) * 37) % max(2, total) + 1 for word in counts}
    terms = key_terms(counts, holders, total)
    assert len(terms) == len(set(terms)) <= 12
    for term in terms:
        assert term in counts and 2 <= holders[term] <= most_holders(total)


def test_explain_keeps_neighbour_order_and_term_order() -> None:
    holders = {"a": ["p2"], "b": ["p1", "p2"], "c": []}
    found = explain(["p2", "p1"], ["a", "b", "c"], lambda t: holders[t])
    assert [(r.post_id, r.shared) for r in found] == [("p2", ("a", "b")), ("p1", ("b",))]


def test_the_store_finds_the_post_sharing_the_rare_words(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    pages = {
        "sturgeon": ("Caspian Sturgeon Quotas", [COMMON, "Sturgeon caviar quotas at Atyrau."]),
        "fishery": ("Atyrau Fishery Report", [COMMON, "The sturgeon fishery near Atyrau."]),
    }
    for n in range(40):  # filler, so that the council words are common
        pages[f"filler{n}"] = (f"Council Notes {n}", [COMMON, f"Item {n} was agreed."])
    pages["tram"] = ("Riga Trams", [COMMON, "Trams and caviar in Riga."])
    for name, (title, paragraphs) in pages.items():
        (dumps / f"{name}.txt").write_text(item_page(title=title, paragraphs=paragraphs))
    with open_store(tmp_path / "archive") as store:
        import_dumps([str(dumps)], store)
        catalogue = store.catalogue()
        by_title = {catalogue.summary(p).title: catalogue.ids[p] for p in range(len(catalogue))}
        post = store.post(by_title["Caspian Sturgeon Quotas"])
        related = related_posts(store, post)
        assert related and related[0].post_id == by_title["Atyrau Fishery Report"]
        assert post.id not in [r.post_id for r in related]
        assert set(related[0].shared) >= {"sturgeon", "atyrau"}
        for found in related:  # every reason is true of both posts
            other = store.post(found.post_id)
            for word in found.shared:
                assert word in tokens(other.title + " " + other.body)
                assert word in tokens(post.title + " " + post.body)
