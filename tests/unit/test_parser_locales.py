"""Every language's footer, built from the phrase files, is read as a footer and kept out of the body."""

from __future__ import annotations

import tomllib
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.dumps.parser import parse_text

LOCALES = {
    entry.name.removesuffix(".toml"): tomllib.loads(entry.read_text(encoding="utf-8"))
    for entry in resources.files("tuiarchive.dumps").joinpath("locales").iterdir()
    if entry.name.endswith(".toml")
}

#: Paragraphs of our own in the languages whose chrome we know.
PARAGRAPHS = [
    "The ferry to the grain berth ran late again on Friday, the harbour office said.",
    "Паром к зерновому причалу снова опоздал в пятницу, сообщили в порту.",
    "El ferri al muelle de grano volvió a llegar tarde el viernes.",
    "Le bac pour le quai aux grains est encore arrivé en retard vendredi.",
    "Die Fähre zum Getreidekai kam am Freitag wieder zu spät.",
    "Il traghetto per la banchina del grano è arrivato di nuovo in ritardo venerdì.",
]


def _filled(phrase: str, name: str) -> str:
    return (
        phrase.replace("{name}", name)
        .replace("{time}", "17:05")
        .replace("{n}", "3")
        .replace("{site}", "Facebook")
        .replace("{labels}", "porty, promy")
        .replace("{any}", "Atom")
    )


@st.composite
def item_page(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    code = draw(st.sampled_from(sorted(LOCALES)))
    phrases = LOCALES[code]
    bylines = [
        p for p in phrases.get("posted_by", [])
        if "{name}" in p and "{time}" in p and "{labels}" not in p and "{n}" not in p
    ]  # fmt: skip
    byline = _filled(draw(st.sampled_from(bylines)), "Ada Kask") if bylines else None
    labels_key = draw(st.sampled_from(phrases["labels"])) if phrases.get("labels") else None
    none = draw(st.sampled_from(phrases["no_comments"])) if phrases.get("no_comments") else None
    shares = [_filled(p, "") for p in phrases.get("share", [])[:4] if len(p) > 3]
    body = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=3))
    lines = ["Friday, May 23, 2014", "", "Ferry talks resume", ""]
    for paragraph in body:
        lines += [paragraph, ""]
    footer: list[str] = []
    if byline:
        footer.append(byline)
    footer += shares
    if labels_key:
        footer.append(f"{labels_key} porty, promy")
    if none:
        footer.append(none)
    for name in ("post_a_comment", "navigation", "subscribe"):
        if phrases.get(name):
            footer.append(_filled(phrases[name][0], ""))
    lines += footer
    want = {
        "body": "\n\n".join(body),
        "author": "Ada Kask" if byline else None,
        "labels": ("porty", "promy") if labels_key else (),
        "comments": 0 if none else None,
        "code": code,
    }
    return "\n".join(lines) + "\n", want


@settings(max_examples=300, deadline=None)
@given(item_page())
def test_each_languages_footer_is_read_and_kept_out_of_the_body(
    page: tuple[str, dict[str, object]],
) -> None:
    text, want = page
    posts = parse_text(text, "x.txt")
    assert [p.title for p in posts] == ["Ferry talks resume"], (want["code"], text)
    (post,) = posts
    assert post.body == want["body"], (want["code"], text)
    assert post.author == want["author"], (want["code"], text)
    assert post.labels == want["labels"], (want["code"], text)
    assert post.comments == want["comments"], (want["code"], text)
