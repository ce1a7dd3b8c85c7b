"""The filter language: text → an immutable query value with a description; running it on an index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from tuiarchive.errors import FilterError
from tuiarchive.query.periods import Period, read_period
from tuiarchive.words import Pattern, label_key, tokens

#: Fields whose value is matched as word prefixes, and the post fields they search.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "body": ("body",),
    "author": ("author",),
    "place": ("place",),
    "series": ("series",),
    "blog": ("blog",),
}
DATE_FIELDS = ("date", "since", "until", "after", "before")
STATUSES = ("read", "unread", "starred", "unstarred")
FIELDS = (*TEXT_FIELDS, "label", "tag", "note", *DATE_FIELDS, "is")
ANYWHERE = ("title", "body")  # where bare words and phrases are looked for
#: How deep '(' groups and '-' exclusions may nest: deeper trees are refused with a message
#: (reading and running them recurses, and nobody writes a filter that deep by hand).
MAX_NESTING = 100


# -- the query value ------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Words that must occur, consecutively, in one of `fields`."""

    fields: tuple[str, ...]
    pattern: Pattern
    written: str


@dataclass(frozen=True)
class Label:
    """A whole label, compared without regard to case."""

    name: str
    written: str


@dataclass(frozen=True)
class Tag:
    """A reader's tag on a post, compared without regard to case."""

    name: str


@dataclass(frozen=True)
class NoteText:
    """Words that must occur, consecutively, in the reader's note on a post."""

    pattern: Pattern


@dataclass(frozen=True)
class DateSpan:
    """Posts dated from `first` to `last` (ISO, inclusive); None leaves that end open."""

    first: str | None
    last: str | None
    words: str  # "in May 2014", "since 2014" ...


@dataclass(frozen=True)
class Status:
    """A reader's mark on a post: read, unread, starred, unstarred."""

    what: str


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Everything:
    """The empty filter: every post."""


Node = Text | Label | Tag | NoteText | DateSpan | Status | Not | And | Or | Everything


class Found(Protocol):
    """A set of posts as an index holds it (a set of positions, a bitmap of docs ...):
    combined with &, | and -, each making a new set."""

    def __len__(self) -> int: ...
    def __and__(self, other: Any, /) -> Any: ...
    def __or__(self, other: Any, /) -> Any: ...
    def __sub__(self, other: Any, /) -> Any: ...


class PostIndex(Protocol):
    """What a query needs from an archive: the posts each kind of term matches, as sets
    of the index's own kind, and those sets as positions (0 = newest) in order."""

    def everything(self) -> Found: ...
    def in_order(self, found: Any) -> Sequence[int]: ...
    def text_matches(self, fields: tuple[str, ...], pattern: Pattern) -> Found: ...
    def labelled(self, name: str) -> Found: ...
    def dated(self, first: str | None, last: str | None) -> Found: ...
    def status(self, what: str) -> Found: ...
    def tagged(self, name: str) -> Found: ...
    def noted(self, pattern: Pattern) -> Found: ...


@dataclass(frozen=True)
class Query:
    """A parsed filter: what was typed, its meaning as a tree, and that meaning in words."""

    text: str
    root: Node = field(default_factory=Everything)

    @property
    def is_everything(self) -> bool:
        return isinstance(self.root, Everything)

    @property
    def description(self) -> str:
        """The filter in words: 'posts mentioning "kazakh" in May 2014'."""
        return describe(self.root)

    @property
    def highlights(self) -> tuple[Pattern, ...]:
        """The words and phrases to highlight in a matching post's title and body."""
        found: list[Pattern] = []
        _collect_highlights(self.root, found, negated=False)
        return tuple(dict.fromkeys(found))

    @property
    def warning(self) -> str:
        """What in the filter looks like an operator but is searched as a word ("or",
        "not", "a|b"), with the filter it probably meant; "" when nothing does."""
        return filter_warning(self.text)

    def run(self, index: PostIndex) -> Sequence[int]:
        """The positions of the matching posts, newest first."""
        return index.in_order(_evaluate(self.root, index))

    def count(self, index: PostIndex) -> int:
        """How many posts match: `len(self.run(index))`, without putting them in order."""
        return len(index.everything() & _evaluate(self.root, index))

    # -- changing the filter a term at a time (a facet chosen, say) --------------------------

    def has_term(self, term: str) -> bool:
        """Whether the single filter `term` (`label:"energy"`, `date:2014`) is one of the
        terms every matching post must satisfy: at the top level, not excluded, not inside
        parentheses or an OR. Terms are compared by meaning (`Label:Energy` is
        `label:"energy"`). Raises `FilterError` if `term` is not a single valid term."""
        wanted = _term_meaning(term)
        return any(meaning == wanted for _, meaning in _top_terms(self.text))

    def terms_named(self, name: str) -> list[str]:
        """The terms written with the field `name` (`date:2014` for "date") that every match
        must satisfy (see `has_term`), as written: what `without_term` takes out."""
        text = self.text
        return [
            text[start:end]
            for (start, end), _ in _top_terms(text)
            if text[start:end].casefold().startswith(f"{name}:")
        ]

    def with_term(self, term: str) -> Query:
        """The filter narrowed by the single term `term` (itself if it holds it already); a
        filter of alternatives (`a OR b`) is put in parentheses first. Raises `FilterError`
        if `term` is not a single valid term."""
        if self.has_term(term):
            return self
        text = self.text.strip()
        if not text:
            return parse_filter(term)
        if isinstance(self.root, Or):
            text = f"({text})"
        return parse_filter(f"{text} {term}")

    def without_term(self, term: str) -> Query:
        """The filter with every top-level occurrence of `term` taken out (see `has_term`);
        itself if it has none. Raises `FilterError` if `term` is not a single valid term."""
        wanted = _term_meaning(term)
        spans = [span for span, meaning in _top_terms(self.text) if meaning == wanted]
        if not spans:
            return self
        kept, at = [], 0
        for start, end in spans:
            kept.append(self.text[at:start])
            at = end
        kept.append(self.text[at:])
        return parse_filter(" ".join("".join(kept).split()))


def parse_filter(text: str) -> Query:
    """Read a filter; raises `FilterError` naming the term that is wrong and why."""
    lexemes = _lex(text)
    if not lexemes:
        return Query(text)
    parser = _Parser(lexemes)
    root = parser.expression()
    if parser.peek() is not None:
        lexeme = parser.peek()
        assert lexeme is not None
        raise FilterError(f"unexpected {lexeme.text!r}: there is no '(' for it", lexeme.text)
    return Query(text, root)


#: Words people type for an operator that the language spells otherwise: each is searched
#: as a word (a filter bar that quietly finds nothing is worse than a warning).
_TRAP_WORDS = ("or", "not", "and")


def filter_warning(text: str) -> str:
    """A warning for the words of `text` that look like operators but are searched as
    words (lowercase "or", "not" / "NOT", lowercase "and", "a|b" written without spaces),
    ending with the filter they probably meant: '"or" is searched as a word; did you mean
    ferry OR harbour?'. "" when there are none (or the text does not read)."""
    try:
        lexemes = _lex(text)
    except FilterError:
        return ""
    trapped: list[str] = []
    pieces: list[str] = []
    negate = False
    for n, lexeme in enumerate(lexemes):
        piece = lexeme.text
        if lexeme.kind == "term" and lexeme.name is None and not lexeme.quoted:
            word = lexeme.value
            if word.lower() in _TRAP_WORDS and word not in ("OR", "AND"):
                trapped.append(word)
                if word.lower() == "or":
                    piece = "OR"
                elif word.lower() == "and":
                    continue  # terms side by side must all match already
                else:  # "not x": "-x", when something follows to exclude
                    negate = n + 1 < len(lexemes) and lexemes[n + 1].kind in ("term", "(")
                    continue
            elif "|" in word and word.strip("|"):
                trapped.append(word)
                piece = " OR ".join(part for part in word.split("|") if part)
        if negate:
            piece, negate = "-" + piece, False
        pieces.append(piece)
    if not trapped:
        return ""
    names = ", ".join(f'"{word}"' for word in dict.fromkeys(trapped))
    said = "is searched as a word" if len(set(trapped)) == 1 else "are searched as words"
    suggestion = _rejoined(pieces)
    try:
        parse_filter(suggestion)
    except FilterError:
        return f"{names} {said}"
    return f"{names} {said}; did you mean {suggestion}?"


def _rejoined(pieces: list[str]) -> str:
    """Lexemes' texts written back as a filter: spaces between terms, none inside ( )."""
    out = ""
    for piece in pieces:
        if out and not out.endswith(("(", "-")) and piece != ")":
            out += " "
        out += piece
    return out


def _meaning(node: Node) -> Node:
    """`node` without the text it was written as (for comparing terms by what they select)."""
    if isinstance(node, Text | Label):
        return replace(node, written="")
    return node


def _term_meaning(term: str) -> Node:
    lexemes = [lx for lx in _lex(term) if lx.kind != "AND"]
    if len(lexemes) != 1 or lexemes[0].kind != "term":
        raise FilterError(f"{term!r} is not a single term", term)
    return _meaning(_term(lexemes[0]))


def _top_terms(text: str) -> list[tuple[tuple[int, int], Node]]:
    """The terms of `text` every match must satisfy (outside parentheses, not excluded),
    each with where it is written in `text` and its meaning. None when the top level is an
    OR of alternatives, or when the text does not read as a filter."""
    try:
        lexemes = [lx for lx in _lex(text) if lx.kind != "AND"]
    except FilterError:
        return []
    found: list[tuple[tuple[int, int], Node]] = []
    depth = 0
    for n, lexeme in enumerate(lexemes):
        if lexeme.kind == "(":
            depth += 1
        elif lexeme.kind == ")":
            depth = max(0, depth - 1)
        elif lexeme.kind == "OR" and depth == 0:
            return []
        elif lexeme.kind == "term" and depth == 0 and (n == 0 or lexemes[n - 1].kind != "-"):
            try:
                meaning = _meaning(_term(lexeme))
            except FilterError:
                continue
            found.append(((lexeme.position, lexeme.position + len(lexeme.text)), meaning))
    return found


# -- reading the text ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexeme:
    kind: str  # "(", ")", "OR", "-", "term"
    text: str
    position: int
    name: str | None = None  # field name of a field:value term
    value: str = ""
    quoted: bool = False


def _read_quoted(text: str, start: int, term_start: int) -> tuple[str, int]:
    end = text.find('"', start + 1)
    if end < 0:
        raise FilterError(
            f'unclosed quote in {text[term_start:]!r}: add the closing "',
            text[term_start:],
            term_start,
        )
    return text[start + 1 : end], end + 1


def _lex(text: str) -> list[_Lexeme]:
    out: list[_Lexeme] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(_Lexeme(ch, ch, i))
            i += 1
        elif ch == "-":
            if i + 1 >= n or text[i + 1].isspace() or text[i + 1] == ")":
                raise FilterError("'-' must be followed directly by the term to exclude", "-", i)
            out.append(_Lexeme("-", "-", i))
            i += 1
        elif ch == '"':
            value, end = _read_quoted(text, i, i)
            out.append(_Lexeme("term", text[i:end], i, value=value, quoted=True))
            i = end
        else:
            out.append(_lex_word(text, i))
            i = out[-1].position + len(out[-1].text)
    return out


def _lex_word(text: str, start: int) -> _Lexeme:
    n = len(text)
    i = start
    while i < n and not text[i].isspace() and text[i] not in '()"':
        if text[i] == ":":
            break
        i += 1
    word = text[start:i]
    if i < n and text[i] == ":" and word.isalpha():
        name = word.lower()
        if name not in FIELDS:
            raise FilterError(
                f"unknown field {word!r} in {word}:… — known fields are "
                + ", ".join(f + ":" for f in FIELDS)
                + "; to search for the text, put it in quotes",
                word,
                start,
            )
        value, end, quoted = _lex_value(text, i + 1, start)
        return _Lexeme("term", text[start:end], start, name=name, value=value, quoted=quoted)
    while i < n and not text[i].isspace() and text[i] not in '()"':
        i += 1
    word = text[start:i]
    if word in ("OR", "|"):
        return _Lexeme("OR", word, start)
    if word == "AND":
        return _Lexeme("AND", word, start)
    return _Lexeme("term", word, start, value=word)


def _lex_value(text: str, i: int, term_start: int) -> tuple[str, int, bool]:
    """A field's value: bare, quoted, or a range of them (a..b, "a".."b")."""
    n = len(text)
    parts: list[str] = []
    quoted = False
    while True:
        if i < n and text[i] == '"':
            part, i = _read_quoted(text, i, term_start)
            quoted = True
        else:
            begin = i
            while i < n and not text[i].isspace() and text[i] not in '()"':
                if text.startswith("..", i) and i > begin:
                    break
                i += 1
            part = text[begin:i]
        parts.append(part)
        if text.startswith("..", i):
            parts.append("..")
            i += 2
            if i >= n or text[i].isspace() or text[i] in "()":
                break
            continue
        break
    return "".join(parts), i, quoted


class _Parser:
    """Recursive descent over lexemes: OR binds loosest, then juxtaposition (AND), then '-'."""

    def __init__(self, lexemes: list[_Lexeme]) -> None:
        self.lexemes = [lx for lx in lexemes if lx.kind != "AND"]
        self.at = 0
        self.depth = 0  # the '(' and '-' the current term is inside

    def peek(self) -> _Lexeme | None:
        return self.lexemes[self.at] if self.at < len(self.lexemes) else None

    def take(self) -> _Lexeme:
        lexeme = self.lexemes[self.at]
        self.at += 1
        return lexeme

    def expression(self) -> Node:
        branches = [self.conjunction()]
        while (lexeme := self.peek()) is not None and lexeme.kind == "OR":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in (")", "OR"):
                raise FilterError("OR needs a term on both sides", "OR", lexeme.position)
            branches.append(self.conjunction())
        return branches[0] if len(branches) == 1 else Or(tuple(branches))

    def conjunction(self) -> Node:
        parts: list[Node] = []
        while (lexeme := self.peek()) is not None and lexeme.kind not in (")", "OR"):
            parts.append(self.unary())
        if not parts:
            lexeme = self.peek()
            where = lexeme.text if lexeme else "the end"
            raise FilterError(f"a term is missing before {where!r}", where)
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def unary(self) -> Node:
        lexeme = self.take()
        if lexeme.kind in ("-", "("):
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise FilterError(
                    f"the filter nests too deeply: at most {MAX_NESTING} levels of '(' and '-' "
                    f"(this {lexeme.text!r} is at character {lexeme.position + 1})",
                    lexeme.text,
                    lexeme.position,
                )
            try:
                return self._nested(lexeme)
            finally:
                self.depth -= 1
        if lexeme.kind == "OR":
            raise FilterError("OR needs a term on both sides", "OR", lexeme.position)
        return _term(lexeme)

    def _nested(self, lexeme: _Lexeme) -> Node:
        """What follows a '-' or a '(' (which `lexeme` is)."""
        if lexeme.kind == "-":
            return Not(self.unary())
        if (nxt := self.peek()) is not None and nxt.kind == ")":
            raise FilterError("empty parentheses '()'", "()", lexeme.position)
        inner = self.expression()
        closing = self.peek()
        if closing is None or closing.kind != ")":
            raise FilterError("missing ')': a '(' is never closed", "(", lexeme.position)
        self.take()
        return inner


def _term(lexeme: _Lexeme) -> Node:
    if lexeme.name is None:
        words = tuple(tokens(lexeme.value))
        if not words:
            what = "phrase" if lexeme.quoted else "term"
            raise FilterError(
                f"the {what} {lexeme.text!r} has no letters or digits to search for", lexeme.text
            )
        # A bare word is a prefix ("kazakh" finds "Kazakhstan"); a quoted phrase is exact.
        return Text(ANYWHERE, Pattern(words, prefix=not lexeme.quoted), lexeme.text)
    name, value = lexeme.name, lexeme.value
    if not value.strip():
        raise FilterError(f"{name}: needs a value, as in {name}:{_EXAMPLES[name]}", lexeme.text)
    if name in TEXT_FIELDS:
        words = tuple(tokens(value))
        if not words:
            raise FilterError(f"{lexeme.text}: the value has no letters or digits", lexeme.text)
        return Text(TEXT_FIELDS[name], Pattern(words, prefix=True), lexeme.text)
    if name == "label":
        return Label(label_key(value), lexeme.text)
    if name == "tag":
        return Tag(value.strip().lower())
    if name == "note":
        words = tuple(tokens(value))
        if not words:
            raise FilterError(f"{lexeme.text}: the value has no letters or digits", lexeme.text)
        return NoteText(Pattern(words, prefix=not lexeme.quoted))
    if name == "is":
        what = value.lower()
        if what not in STATUSES:
            raise FilterError(
                f"{lexeme.text}: unknown mark {value!r}; use "
                + ", ".join(f"is:{s}" for s in STATUSES),
                lexeme.text,
            )
        return Status(what)
    return _date_term(name, value, lexeme.text)


_EXAMPLES = {
    "title": "pipeline", "body": "harbour", "author": '"mara lindqvist"', "place": "tallinn",
    "series": "ledger", "blog": '"harbour ledger"', "label": "energy", "tag": "ferry", "note": "check", "date": "2014-05",
    "since": "2014", "until": "2015", "after": '"May 2014"', "before": "2016", "is": "starred",
}  # fmt: skip


def _date_term(name: str, value: str, written: str) -> DateSpan:
    if ".." in value:
        if name != "date":
            raise FilterError(f"{written}: a range a..b only works with date:", written)
        start_text, _, end_text = value.partition("..")
        if ".." in end_text:
            raise FilterError(f"{written}: a range has one '..'", written)
        if not start_text.strip() and not end_text.strip():
            raise FilterError(f"{written}: the range has neither start nor end", written)
        start = read_period(start_text, written) if start_text.strip() else None
        end = read_period(end_text, written) if end_text.strip() else None
        if start and end and start.first > end.last:
            raise FilterError(f"{written}: the range ends before it starts", written)
        first = start.first.isoformat() if start else None
        last = end.last.isoformat() if end else None
        if start and end:
            words = f"from {start.label} to {end.label}"
        elif start:
            words = f"since {start.label}"
        else:
            assert end is not None
            words = f"until {end.label}"
        return DateSpan(first, last, words)
    period = read_period(value, written)
    return _span(name, period, written)


def _span(name: str, period: Period, written: str) -> DateSpan:
    day = dt.timedelta(days=1)
    value = written.partition(":")[2].strip('"')
    if name == "date":
        preposition = "on" if period.precision == "day" else "in"
        return DateSpan(
            period.first.isoformat(), period.last.isoformat(), f"{preposition} {period.label}"
        )
    if name == "since":
        return DateSpan(period.first.isoformat(), None, f"since {period.label}")
    if name == "until":
        return DateSpan(None, period.last.isoformat(), f"until {period.label}")
    if name == "after":
        if period.last == dt.date.max:
            raise FilterError(f"{written}: there are no dates after {value}", written)
        return DateSpan((period.last + day).isoformat(), None, f"after {period.label}")
    if period.first == dt.date.min:
        raise FilterError(f"{written}: there are no dates before {value}", written)
    return DateSpan(None, (period.first - day).isoformat(), f"before {period.label}")


# -- describing -----------------------------------------------------------------------------

_FIELD_WORDS: dict[tuple[str, ...], str] = {
    ("title",): "with {} in the title",
    ("body",): "with {} in the body",
    ("author",): "by {}",
    ("place",): "datelined {}",
    ("series",): "in the series {}",
    ("blog",): "in the blog {}",
}


def _quote(words: str) -> str:
    return f"\u201c{words}\u201d"


def _describe_term(node: Node, nested: bool = True) -> str:
    if isinstance(node, Text):
        shown = _quote(" ".join(node.pattern.words))
        if node.fields == ANYWHERE:
            if node.pattern.prefix:
                return f"mentioning {shown}"
            return f"with the exact {'phrase' if len(node.pattern.words) > 1 else 'word'} {shown}"
        return _FIELD_WORDS[node.fields].format(shown)
    if isinstance(node, Label):
        return f"labelled {_quote(node.name)}"
    if isinstance(node, Tag):
        return f"tagged {_quote(node.name)}"
    if isinstance(node, NoteText):
        return f"with {_quote(' '.join(node.pattern.words))} in your note"
    if isinstance(node, DateSpan):
        return node.words
    if isinstance(node, Status):
        return {"unstarred": "not starred"}.get(node.what, node.what)
    if isinstance(node, Not):
        return "not " + _describe_term(node.child)
    if isinstance(node, Or):
        return "(" + " or ".join(_describe_term(c) for c in node.children) + ")"
    if isinstance(node, And) and nested:
        return "(" + " and ".join(_describe_term(c) for c in node.children) + ")"
    if isinstance(node, And):
        return " and ".join(_describe_term(c) for c in node.children)
    return "all posts"


def describe(root: Node) -> str:
    """A query tree in words, as the filter bar and `--list` show it."""
    if isinstance(root, Everything):
        return "all posts"
    parts = list(root.children) if isinstance(root, And) else [root]
    marks = [p.what for p in parts if isinstance(p, Status)]
    rest = [p for p in parts if not isinstance(p, Status)]
    adjectives = " ".join(marks)
    head = f"{adjectives} posts" if adjectives else "posts"
    if not rest:
        return head
    return head + " " + " ".join(_describe_term(p, nested=False) for p in rest)


def _collect_highlights(node: Node, found: list[Pattern], negated: bool) -> None:
    if isinstance(node, Text) and not negated and set(node.fields) & set(ANYWHERE):
        found.append(node.pattern)
    elif isinstance(node, Not):
        _collect_highlights(node.child, found, not negated)
    elif isinstance(node, And | Or):
        for child in node.children:
            _collect_highlights(child, found, negated)


# -- running --------------------------------------------------------------------------------


def _evaluate(node: Node, index: PostIndex) -> Found:
    """The posts matching `node`, as a set of the index's own kind (never changed after:
    every step makes a new set, so an index may hand out sets it keeps)."""
    if isinstance(node, Text):
        return index.text_matches(node.fields, node.pattern)
    if isinstance(node, Label):
        return index.labelled(node.name)
    if isinstance(node, Tag):
        return index.tagged(node.name)
    if isinstance(node, NoteText):
        return index.noted(node.pattern)
    if isinstance(node, DateSpan):
        return index.dated(node.first, node.last)
    if isinstance(node, Status):
        return index.status(node.what)
    if isinstance(node, Not):
        return index.everything() - _evaluate(node.child, index)
    if isinstance(node, Or):
        parts = [_evaluate(child, index) for child in node.children]
        result = parts[0]
        for part in parts[1:]:
            result = result | part
        return result
    if isinstance(node, And):
        wanted = [c for c in node.children if not isinstance(c, Not)]
        unwanted = [c.child for c in node.children if isinstance(c, Not)]
        found = sorted((_evaluate(c, index) for c in wanted), key=len)
        current = found[0] if found else index.everything()
        for other in found[1:]:
            current = current & other
        for child in unwanted:
            if not current:
                break
            current = current - _evaluate(child, index)
        return current
    return index.everything()


def term_for(field: str, value: str) -> str | None:
    """A filter term selecting posts whose `field` holds `value`, or None if none can say it
    (a label with a double quote in it, a name without a single word)."""
    if field == "label":
        name = " ".join(value.split())
        return f'label:"{name}"' if name and '"' not in name else None
    if field == "tag":
        return (
            f"tag:{value}" if value and not any(c.isspace() or c in '"()' for c in value) else None
        )
    if field not in TEXT_FIELDS:
        raise ValueError(f"no filter field {field!r}")
    words = tokens(value)
    return f'{field}:"{" ".join(words)}"' if words else None
