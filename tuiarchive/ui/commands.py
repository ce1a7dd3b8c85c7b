"""Command palette entries about the highlighted post: star it, mark it, find its kin."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from tuiarchive.query.language import term_for
from tuiarchive.query.periods import read_period
from tuiarchive.ui.safe import quoted
from tuiarchive.ui.screens.archive import ArchiveScreen


@dataclass(frozen=True)
class PostCommand:
    """One palette entry: `name` holds post text, so it is shown as plain text, never markup.
    `help` is the palette's markup: it must never hold post text."""

    name: str
    run: Callable[[], object]
    help: str


def post_commands(screen: ArchiveScreen) -> Iterator[PostCommand]:
    """What can be done with the highlighted post, named with its title, author, labels."""
    post = screen.current_post
    position = screen.highlighted_position()
    if post is None or position is None or screen.results is None:
        return
    catalogue = screen.results.catalogue
    title = quoted(post.title or "(untitled)")
    starred = catalogue.is_starred(position)
    yield PostCommand(
        f"{'Remove the star from' if starred else 'Star'} {title}",
        screen.action_star,
        "Starred posts are found again with is:starred (s)",
    )
    read = catalogue.is_read(position)
    yield PostCommand(
        f"Mark {title} as {'unread' if read else 'read'}",
        screen.action_toggle_read,
        "Toggle the read mark (u)",
    )
    finders = [("author", post.author, "Posts by {}", "Filter by this post's author")]
    finders += [
        ("label", label, "Posts labelled {}", "Filter by this label") for label in post.labels
    ]
    finders += [
        ("series", post.series, "Posts in the series {}", "Filter by this post's series"),
        ("blog", post.blog, "Posts in the blog {}", "Filter by this post's blog"),
        ("place", post.place, "Posts datelined {}", "Filter by this post's dateline"),
    ]
    for field, value, name, help_text in finders:
        term = term_for(field, value) if value else None
        if term is not None:
            yield PostCommand(
                name.format(quoted(value or "")), partial(screen.set_filter, term), help_text
            )
    if post.date:
        month = post.date[:7]
        yield PostCommand(
            f"Posts from {read_period(month, month).label}",
            partial(screen.set_filter, f"date:{month}"),
            "Filter by this post's month",
        )


class PostCommandsProvider(Provider):
    """The palette's commands for the highlighted post."""

    def _commands(self) -> list[PostCommand]:
        # The screen the palette was opened over: the post commands belong to the main one.
        screen = self.screen
        return list(post_commands(screen)) if isinstance(screen, ArchiveScreen) else []

    async def discover(self) -> Hits:
        # Scored hits rather than discovery hits (which all score 0): the palette sorts by
        # score, so the highlighted post's commands come first whichever provider answers first.
        for command in self._commands():
            yield Hit(1.0, Content(command.name), command.run, command.name, command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(score, _highlight(matcher, command.name), command.run, command.name,
                          command.help)  # fmt: skip


def _highlight(matcher: Matcher, text: str) -> Content:
    """`text` as plain content with the letters the query matched marked (Textual's own
    highlighter reads the text as markup, which post text must never be)."""
    content = Content(text)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
