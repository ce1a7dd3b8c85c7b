"""A deterministic synthetic blog archive in the dump format, for benchmarks.

Posts have Zipf-distributed words (common English words at the top ranks,
made-up words below), dates spread over 20 years, series prefixes, authors,
labels, datelines and every footer variant; most files are archive pages of a
day or two, some are item pages with comments, some carry a sidebar.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GENERATOR_VERSION = "1"
FIRST_DAY = dt.date(2005, 1, 1)
DAYS = 20 * 365

COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "it",
    "as",
    "was",
    "with",
    "be",
    "by",
    "on",
    "not",
    "he",
    "this",
    "are",
    "or",
    "his",
    "from",
    "at",
    "which",
    "but",
    "have",
    "an",
    "they",
    "you",
    "were",
    "her",
    "she",
    "there",
    "been",
    "one",
    "all",
    "we",
    "their",
    "has",
    "would",
    "when",
    "if",
    "so",
    "no",
    "will",
    "what",
    "can",
    "out",
    "up",
    "more",
    "about",
    "into",
    "them",
    "than",
    "its",
    "other",
    "some",
    "could",
    "time",
    "these",
    "two",
    "may",
    "then",
    "do",
    "first",
    "any",
    "my",
    "now",
    "such",
    "like",
    "our",
    "over",
    "only",
    "new",
    "also",
    "years",
    "most",
    "way",
    "many",
    "after",
    "where",
    "much",
    "even",
    "because",
    "those",
    "through",
    "still",
    "should",
    "people",
    "state",
    "government",
    "moscow",
    "russian",
    "russia",
    "officials",
    "region",
    "ethnic",
    "language",
    "national",
    "political",
    "president",
    "kremlin",
    "federal",
    "republic",
    "minister",
    "war",
    "economic",
    "regime",
    "experts",
    "media",
    "leaders",
]
SYLLABLES = [
    "ka",
    "za",
    "kh",
    "ru",
    "ss",
    "ia",
    "mo",
    "sc",
    "ow",
    "pu",
    "tin",
    "go",
    "ble",
    "an",
    "er",
    "on",
    "st",
    "re",
    "ni",
    "ta",
    "la",
    "bo",
    "de",
    "mi",
    "ve",
    "tat",
    "bash",
    "ir",
    "ch",
    "uv",
    "ya",
    "ku",
    "sh",
    "ev",
    "ov",
    "sk",
    "yi",
    "zh",
    "da",
    "gu",
    "li",
    "nar",
    "ber",
    "dag",
    "os",
    "et",
    "al",
]
PLACES = ["Staunton", "Moscow", "Kazan", "Nizhny Novgorod", "Baku", "Tbilisi", "Almaty", "Riga",
          "Tallinn", "Vilnius", "Minsk", "Kyiv", "Ufa", "Makhachkala", "Yekaterinburg"]  # fmt: skip
AUTHORS = ["Paul Goble", "Mara Lindqvist", "Tomas Ebner", "Aino Rask"]
SERIES = ["Window on Eurasia: ", "Window on Eurasia -- New Series: ", "Ledger Notes: ", ""]
LABELS = ["Russia", "Kazakhstan", "Tatarstan", "language policy", "elections", "economy", "energy",
          "religion", "media", "migration", "Ukraine", "Caucasus", "Central Asia", "Baltics",
          "demography", "military", "regions", "history", "Islam", "minorities"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
NBSP_INDENT = "\u00a0" * 11 + " "
GLUED_SHARE = "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest"


def _vocabulary(rng: random.Random, size: int = 60_000) -> list[str]:
    words = list(COMMON)
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


@dataclass
class Post:
    day: dt.date
    title: str
    author: str
    paragraphs: list[str]
    labels: list[str]
    comments: int
    time: str


class Generator:
    """Posts in date order, newest first, from one seed."""

    def __init__(self, seed: int = 20141123) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(self.rng)
        weights = [1.0 / (rank + 1) ** 1.07 for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))

    def _sentence(self, n: int) -> str:
        picked = self.rng.choices(self.words, cum_weights=self.cumulative, k=n)
        picked[0] = picked[0].capitalize()
        return " ".join(picked) + self.rng.choice(".....?;")

    def _paragraph(self) -> str:
        return " ".join(
            self._sentence(self.rng.randint(8, 24)) for _ in range(self.rng.randint(4, 7))
        )

    def post(self, day: dt.date) -> Post:
        rng = self.rng
        title_words = rng.choices(self.words, cum_weights=self.cumulative, k=rng.randint(5, 11))
        title = rng.choice(SERIES) + " ".join(w.capitalize() for w in title_words)
        place = rng.choice(PLACES)
        paragraphs = [self._paragraph() for _ in range(rng.randint(7, 12))]
        paragraphs[0] = f"{place}, {MONTHS[day.month - 1]} {day.day} \u2013 " + paragraphs[0]
        hour, minute = rng.randint(1, 12), rng.randint(0, 59)
        return Post(
            day=day,
            title=title,
            author=rng.choice(AUTHORS),
            paragraphs=paragraphs,
            labels=rng.sample(LABELS, rng.randint(0, 4)),
            comments=rng.choice((0, 0, 0, 1, 2, 3, 7, 12)),
            time=f"{hour}:{minute:02d} {rng.choice(('AM', 'PM'))}",
        )

    def days(self, posts: int) -> Iterator[tuple[dt.date, list[Post]]]:
        """Days newest first, with their posts, until `posts` posts were made."""
        per_day = max(1, round(posts / DAYS * 1.0)) if posts >= DAYS else 1
        span = DAYS if posts >= DAYS else posts
        made = 0
        for offset in range(span - 1, -1, -1):
            day = FIRST_DAY + dt.timedelta(days=offset)
            count = max(1, per_day + self.rng.randint(-1, 1)) if posts >= DAYS else 1
            count = min(count, posts - made)
            if count <= 0:
                return
            yield day, [self.post(day) for _ in range(count)]
            made += count
        while made < posts:  # top up on the oldest day
            extra = min(10, posts - made)
            yield FIRST_DAY, [self.post(FIRST_DAY) for _ in range(extra)]
            made += extra


def _header(day: dt.date, style: int) -> str:
    month = MONTHS[day.month - 1]
    return [
        f"{day:%A}, {month} {day.day}, {day.year}",
        f"{day:%A}, {day.day} {month} {day.year}",
        f"{day:%A} {day.day} {month} {day.year}",
        f"{day:%A}, {month} {day.day:02d}, {day.year}",
        day.isoformat(),
        f"{day.month}/{day.day}/{day.year}",
    ][style]


def _footer(post: Post, item_page: bool) -> list[str]:
    count = "No comments:" if post.comments == 0 else (
        "1 comment:" if post.comments == 1 else f"{post.comments} comments:")  # fmt: skip
    lines = [f"Posted by {post.author} at {post.time}", count, GLUED_SHARE]
    if post.labels:
        lines.append("Labels: " + ", ".join(post.labels))
    if item_page:
        lines += ["Post a Comment", "Newer Post Older Post Home",
                  "Subscribe to: Post Comments (Atom)"]  # fmt: skip
    return lines


def _post_text(post: Post, header: str | None, item_page: bool, author_line: bool) -> str:
    blocks = ([header] if header else []) + [post.title]
    if author_line:
        blocks.append(post.author)
    blocks.extend(NBSP_INDENT + p for p in post.paragraphs)
    return "\n\n".join(blocks) + "\n\n\n" + "\n\n".join(_footer(post, item_page))


SIDEBAR = "\n\n".join([
    "Search This Blog", "Blog Archive", "\u25bc\u00a0 2014 (3003)", "\u25ba\u00a0 May (301)",
    "Total Pageviews", "12,345,678", "Popular Posts", "Followers", "About Me", "Paul Goble",
    "View my complete profile", "Report Abuse", "Awesome Inc. theme. Powered by Blogger.",
])  # fmt: skip


def write_corpus(directory: Path, posts: int, seed: int = 20141123) -> list[Path]:
    """Write dump files holding `posts` posts; returns them in the order written."""
    directory.mkdir(parents=True, exist_ok=True)
    generator = Generator(seed)
    rng = random.Random(seed + 1)
    files: list[Path] = []
    batch: list[tuple[dt.date, list[Post]]] = []
    for day, day_posts in generator.days(posts):
        if rng.random() < 0.1 and len(day_posts) == 1 and not batch:
            post = day_posts[0]
            text = _post_text(post, _header(day, rng.randrange(6)), True, True)
            files.append(_write(directory, len(files), text, rng))
            continue
        batch.append((day, day_posts))
        if len(batch) >= rng.randint(1, 2):
            style = rng.randrange(6)
            parts = []
            for batch_day, batch_posts in batch:
                for k, post in enumerate(batch_posts):
                    header = _header(batch_day, style) if k == 0 else None
                    parts.append(_post_text(post, header, False, rng.random() < 0.3))
            text = (
                "\n\n".join(parts)
                + "\n\nNewer Posts Older Posts Home\n\nSubscribe to: Posts (Atom)"
            )
            if rng.random() < 0.3:
                text += "\n\n" + SIDEBAR
            files.append(_write(directory, len(files), text, rng))
            batch = []
    if batch:
        parts = [_post_text(p, _header(d, 0) if k == 0 else None, False, False)
                 for d, ps in batch for k, p in enumerate(ps)]  # fmt: skip
        files.append(_write(directory, len(files), "\n\n".join(parts), rng))
    return files


def _write(directory: Path, number: int, text: str, rng: random.Random) -> Path:
    path = directory / f"{number // 1000:03d}" / f"dump-{number:06d}.txt"
    path.parent.mkdir(exist_ok=True)
    if rng.random() < 0.05:
        data = text.replace("\n", "\r\n").encode("utf-8")
    else:
        data = text.encode("utf-8")
    path.write_bytes(data)
    return path
