"""The reader's own state (read and starred marks, tags, notes, saved searches), apart from the posts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, MutableMapping
from dataclasses import asdict, dataclass
from dataclasses import replace as with_fields
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from tuiarchive.errors import StoreError
from tuiarchive.store.atomic import AtomicJSONStorage
from tuiarchive.store.lock import hold

MARKS = ("read", "starred")

#: The TinyDB table of saved searches, beside the marks' tables in the same file.
SEARCHES = "searches"

#: The TinyDB table of a reader's tags: one document per tagged post, its tags sorted.
TAGS = "tags"

#: The longest a tag may be.
TAG_LIMIT = 40

#: The TinyDB table of a reader's notes: one document per post with a note.
NOTES = "notes"

#: The longest a note may be.
NOTE_LIMIT = 10_000

#: A saved search's field for the key of the newest post when it was last opened, and the
#: field older versions kept an index row number in (carried over, then dropped).
SEEN = "seen_post"
OLD_SEEN = "seen"

#: The entry of the last session (filter, order, post, theme): one document, apart from
#: the marks and searches, so that a damaged one is simply replaced.
SESSION = "session"
SESSION_DOC = "1"

#: The longest name a saved search may have.
NAME_LIMIT = 80


@dataclass(frozen=True)
class MarkChange:
    """What one change of a reader's mark did: `post_ids` now have `mark` set (`on`) or
    cleared; posts that already had it so are not among them (then it is empty)."""

    mark: str
    post_ids: tuple[str, ...]
    on: bool


@dataclass(frozen=True)
class TagChange:
    """What one change of tags did: `post_ids` had their tags changed, and `before` holds
    each one's tags before it (so setting them back undoes the change); empty when the
    change changed nothing."""

    post_ids: tuple[str, ...]
    before: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class NoteChange:
    """What one change of a note did: the post's note was `before` and is now `note`
    ("": none); both are the same when nothing changed."""

    post_id: str
    before: str
    note: str


def clean_tag(tag: str) -> str:
    """A tag as kept: one word, lower case; ValueError if it cannot be one."""
    tag = tag.strip().lower()
    if not tag:
        raise ValueError("a tag cannot be empty")
    if any(ch.isspace() for ch in tag) or any(ch in tag for ch in '"()'):
        raise ValueError(f"a tag is one word without quotes or brackets, not {tag!r}")
    if len(tag) > TAG_LIMIT:
        raise ValueError(f"a tag is at most {TAG_LIMIT} characters (this one has {len(tag)})")
    return tag


def _tags_of(document: Any) -> tuple[str, tuple[str, ...]] | None:
    """The post and tags a stored tags document holds; None if it holds none."""
    if not isinstance(document, dict):
        return None
    post, tags = document.get("post"), document.get("tags")
    if not isinstance(post, str) or not isinstance(tags, list):
        return None
    kept = tuple(sorted({t for t in tags if isinstance(t, str) and t}))
    return (post, kept) if kept else None


@dataclass(frozen=True)
class SavedSearch:
    """A named filter, and `seen`: the key (post id) of the post the archive took in last
    when the search was last opened ("" if it held none); the posts it took in after
    that one are new. A post's key outlives a rebuild, as does the order posts came in.

    `seen` is None if the file lost it; `old_seen` is what a file of an older version
    held instead (the index's row number, which a rebuild starts again), for the store
    to carry over (`Store.saved_searches`).
    """

    name: str
    filter: str
    seen: str | None
    saved_at: str
    old_seen: int | None = None


@dataclass(frozen=True)
class Session:
    """Where the reader left the archive: the filter as typed, the order's name, the id of
    the post under the cursor, the theme's name ("" for each one not known)."""

    filter: str = ""
    order: str = ""
    post: str = ""
    theme: str = ""


def _session_of(table: Any) -> Session:
    """The session a stored entry holds; the defaults for what is missing or damaged."""
    document = table.get(SESSION_DOC) if isinstance(table, dict) else None
    if not isinstance(document, dict):
        return Session()
    values = {
        name: value
        for name in ("filter", "order", "post", "theme")
        if isinstance(value := document.get(name), str)
    }
    return Session(**values)


def clean_name(name: str) -> str:
    """A saved search's name, trimmed; ValueError if it is empty or too long."""
    name = name.strip()
    if not name:
        raise ValueError("a saved search needs a name")
    if len(name) > NAME_LIMIT:
        raise ValueError(
            f"a saved search's name is at most {NAME_LIMIT} characters (this one has {len(name)})"
        )
    return name


def _search_of(document: Any) -> SavedSearch | None:
    """The saved search a stored document holds; None if it is not one (a hand edit, say)."""
    if not isinstance(document, dict):
        return None
    name, text = document.get("name"), document.get("filter")
    if not isinstance(name, str) or not isinstance(text, str) or not name.strip():
        return None
    seen = document.get(SEEN)
    old_seen = document.get(OLD_SEEN) if SEEN not in document else None
    saved_at = document.get("saved_at")
    return SavedSearch(
        name=name,
        filter=text,
        seen=seen if isinstance(seen, str) else None,
        saved_at=saved_at if isinstance(saved_at, str) else "",
        old_seen=old_seen if isinstance(old_seen, int) and not isinstance(old_seen, bool) else None,
    )


def _seeing(seen: str) -> Callable[[MutableMapping[Any, Any]], None]:
    """A TinyDB update that records `seen` (and drops an older version's row number)."""

    def update(document: MutableMapping[Any, Any]) -> None:
        document[SEEN] = seen
        document.pop(OLD_SEEN, None)

    return update


def _is_doc_id(key: object) -> bool:
    try:
        int(str(key))
    except ValueError:
        return False
    return True


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _doc_id(post_id: str) -> int:
    return int(post_id, 16)  # post ids are 16 hex digits: a stable TinyDB document id


class UserState:
    """`state.json`: one TinyDB table per mark, one small document per marked post, and
    the table `searches`, one document per saved search.

    Changing a mark or a search rewrites only this file, never the posts. Each
    change re-reads the file under `state.lock`, so two windows on the same
    archive do not undo each other's changes. The tables are read apart: a
    damaged searches table leaves the marks usable, and is never overwritten.
    """

    def __init__(self, path: Path, lock_path: Path, readonly: bool = False) -> None:
        self.path = path
        self.lock_path = lock_path
        self.readonly = readonly
        #: The marked posts' ids. Each set is replaced whole, never changed in place, and only
        #: by this class (`set`, `toggle`, `reload`): a reader on another thread (a filter's
        #: `is:starred`, the list's rows) always sees one complete set.
        self.marks: dict[str, frozenset[str]] = {mark: frozenset() for mark in MARKS}
        #: Each tagged post's tags, sorted; replaced whole, never changed in place (as marks).
        self.tags: dict[str, tuple[str, ...]] = {}
        #: Each post's note; replaced whole, never changed in place (as marks).
        self.notes: dict[str, str] = {}
        self.searches: tuple[SavedSearch, ...] = ()
        #: What is wrong with the saved searches on disk ("" when nothing is).
        self.searches_problem = ""
        self.reload()

    def _db(self) -> TinyDB:
        return TinyDB(self.path, storage=AtomicJSONStorage, create=not self.readonly)

    def reload(self) -> None:
        """Read the marks from disk (another process may have changed them)."""
        if not self.path.exists():
            return
        try:
            db = self._db()
            for mark in MARKS:
                self.marks[mark] = frozenset(str(doc.get("post")) for doc in db.table(mark).all())
            self.tags = self._read_tags(db)
            self.notes = self._read_notes(db)
        except (ValueError, TypeError, AttributeError) as error:
            raise StoreError(
                f"{self.path} (read and starred marks) is damaged: {error}; it was left "
                "untouched. Move it aside to start with no marks."
            ) from None
        except OSError as error:
            raise StoreError(
                f"{self.path} (read and starred marks) cannot be read ({error.strerror}); "
                "it was left untouched"
            ) from None
        self._read_searches(db)

    def has(self, mark: str, post_id: str) -> bool:
        return post_id in self.marks[mark]

    def set(self, mark: str, post_ids: list[str], value: bool) -> tuple[str, ...]:
        """Mark or unmark posts, in one write; the ids whose mark this changed (those
        already so, here or by another window, are left out)."""
        return self._change(mark, post_ids, value)[0]

    def toggle(self, mark: str, post_id: str) -> tuple[tuple[str, ...], bool]:
        """Mark the post if it is not marked, unmark it if it is (as the file holds it now,
        so two quick toggles undo each other); the ids changed and the mark's new value."""
        return self._change(mark, [post_id], None)

    def _change(
        self, mark: str, post_ids: list[str], value: bool | None
    ) -> tuple[tuple[str, ...], bool]:
        """Set `mark` on `post_ids` to `value` (None: the opposite of the first post's mark
        now), in one write under the lock; the ids changed and the value set."""
        if mark not in MARKS:
            raise ValueError(f"there is no mark {mark!r} (there are {', '.join(MARKS)})")
        if self.readonly:
            raise StoreError("the archive is open read-only; marks cannot be saved")
        wanted = list(dict.fromkeys(post_ids))
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db = self._db()
            table = db.table(mark)
            present = {doc.doc_id for doc in table.all()}
            if value is None:
                value = bool(wanted) and _doc_id(wanted[0]) not in present
            changed = [p for p in wanted if (_doc_id(p) in present) != value]
            if changed and value:
                stamp = _now()
                table.insert_multiple(
                    [Document({"post": p, "at": stamp}, doc_id=_doc_id(p)) for p in changed]
                )
            elif changed:
                table.remove(doc_ids=[_doc_id(p) for p in changed])
            self.marks[mark] = frozenset(str(doc.get("post")) for doc in table.all())
        return tuple(changed), value

    # -- tags -------------------------------------------------------------------------------

    @staticmethod
    def _read_tags(db: TinyDB) -> dict[str, tuple[str, ...]]:
        found = (_tags_of(doc) for doc in db.table(TAGS).all())
        return dict(item for item in found if item is not None)

    def change_tags(
        self, post_ids: list[str], add: tuple[str, ...], remove: tuple[str, ...]
    ) -> TagChange:
        """Add the tags `add` to the posts and take `remove` off them, in one write under
        the lock (as the file holds them now); what that changed."""
        adding = {clean_tag(t) for t in add}
        removing = {clean_tag(t) for t in remove} - adding
        return self._write_tags(
            lambda now: {
                p: tuple(sorted((set(now.get(p, ())) | adding) - removing))
                for p in dict.fromkeys(post_ids)
            }  # fmt: skip
        )

    # -- notes ------------------------------------------------------------------------------

    @staticmethod
    def _read_notes(db: TinyDB) -> dict[str, str]:
        found: dict[str, str] = {}
        for doc in db.table(NOTES).all():
            post, text = doc.get("post"), doc.get("text")
            if isinstance(post, str) and isinstance(text, str) and text:
                found[post] = text
        return found

    def set_note(self, post_id: str, text: str) -> NoteChange:
        """Give the post the note `text` (trimmed; "" takes the note off), in one write
        under the lock; what that changed. ValueError for a note too long."""
        text = text.strip()
        if len(text) > NOTE_LIMIT:
            raise ValueError(
                f"a note is at most {NOTE_LIMIT:,} characters (this one has {len(text):,})"
            )
        if self.readonly:
            raise StoreError("the archive is open read-only; notes cannot be saved")
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db = self._db()
            now = self._read_notes(db)
            before = now.get(post_id, "")
            if before != text:
                document = {"post": post_id, "text": text, "at": _now()} if text else None
                self._write_table(db, NOTES, {post_id: document})
                now = self._read_notes(db)
            self.notes = now
        return NoteChange(post_id, before, text)

    @staticmethod
    def _write_table(db: TinyDB, name: str, documents: dict[str, dict[str, Any] | None]) -> None:
        """Put each post's document (None: remove it) into the table `name`, in one write
        of the file (TinyDB's own calls would write it once per kind of change)."""
        raw = db.storage.read() or {}
        table = dict(raw.get(name) or {})
        for post_id, document in documents.items():
            key = str(_doc_id(post_id))
            if document is None:
                table.pop(key, None)
            else:
                table[key] = document
        raw[name] = table
        db.storage.write(raw)
        db.table(name).clear_cache()

    def set_tags(self, tags: dict[str, tuple[str, ...]]) -> TagChange:
        """Give each post of `tags` exactly those tags (none: an empty tuple), in one write;
        what that changed (an undo gives back a `TagChange.before`)."""
        wanted = {p: tuple(sorted({clean_tag(t) for t in ts})) for p, ts in tags.items()}
        return self._write_tags(lambda now: wanted)

    def _write_tags(
        self, wanted_of: Callable[[dict[str, tuple[str, ...]]], dict[str, tuple[str, ...]]]
    ) -> TagChange:
        if self.readonly:
            raise StoreError("the archive is open read-only; tags cannot be saved")
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db = self._db()
            now = self._read_tags(db)
            wanted = wanted_of(now)
            before = {p: now.get(p, ()) for p, tags in wanted.items() if now.get(p, ()) != tags}
            if before:
                stamp = _now()
                self._write_table(db, TAGS, {
                    p: {"post": p, "tags": list(wanted[p]), "at": stamp} if wanted[p] else None
                    for p in before
                })  # fmt: skip
                now = self._read_tags(db)
            self.tags = now
        return TagChange(tuple(before), before)

    # -- saved searches -------------------------------------------------------------------

    def _read_searches(self, db: TinyDB) -> dict[int, SavedSearch] | None:
        """Read the saved searches into `self.searches` (by name); their doc ids.

        A damaged table (one TinyDB could not change) sets `searches_problem`,
        lists nothing and returns None; a damaged document is skipped (and left
        in the file).
        """
        raw = db.storage.read() or {}
        table = raw.get(SEARCHES, {})
        found: dict[int, SavedSearch] = {}
        skipped = 0
        keys_ok = isinstance(table, dict) and all(_is_doc_id(key) for key in table)
        if not keys_ok:
            self.searches = ()
            self.searches_problem = (
                f"the saved searches in {self.path} are damaged; they were left untouched "
                '(remove the "searches" entry from that file to start again)'
            )
            return None
        for key, document in table.items():
            search = _search_of(document)
            if search is None:
                skipped += 1
            else:
                found[int(key)] = search
        self.searches = tuple(sorted(found.values(), key=lambda s: (s.name.casefold(), s.name)))
        self.searches_problem = (
            f"{skipped} damaged saved search(es) in {self.path} are not shown" if skipped else ""
        )
        return found

    def list_searches(self) -> tuple[SavedSearch, ...]:
        """The saved searches, by name, as the file holds them now."""
        if self.path.exists():
            try:
                self._read_searches(self._db())
            except (ValueError, TypeError, AttributeError) as error:
                self.searches = ()
                self.searches_problem = f"{self.path} is damaged: {error}"
        return self.searches

    def find_search(self, name: str) -> SavedSearch | None:
        """The saved search with this name (case ignored), as last read."""
        key = name.strip().casefold()
        return next((s for s in self.searches if s.name.casefold() == key), None)

    def _changing_searches(self) -> tuple[TinyDB, dict[int, SavedSearch]]:
        """Re-read the file under the lock (held by the caller) for a change to the searches."""
        if self.readonly:
            raise StoreError("the archive is open read-only; saved searches cannot be changed")
        db = self._db()
        found = self._read_searches(db)
        if found is None:
            raise StoreError(self.searches_problem)
        return db, found

    @staticmethod
    def _doc_named(found: dict[int, SavedSearch], name: str) -> int | None:
        key = name.casefold()
        return next((d for d, s in found.items() if s.name.casefold() == key), None)

    def save_search(self, name: str, text: str, seen: str, *, replace: bool = False) -> SavedSearch:
        """Save `text` under `name`; a name already used is an error unless `replace`."""
        name = clean_name(name)
        text = text.strip()
        if not text:
            raise ValueError("there is no filter to save (an empty filter shows every post)")
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db, found = self._changing_searches()
            search = SavedSearch(name, text, seen, _now())
            document = {"name": name, "filter": text, SEEN: seen, "saved_at": search.saved_at}
            existing = self._doc_named(found, name)
            table = db.table(SEARCHES)
            if existing is not None and not replace:
                raise StoreError(f"a saved search is already named {found[existing].name!r}")
            if existing is not None:
                table.upsert(Document(document, doc_id=existing))
                table.update(_seeing(seen), doc_ids=[existing])
            else:
                table.insert(document)
            self._read_searches(db)
        return search

    def rename_search(self, old: str, new: str) -> SavedSearch:
        """Give the saved search `old` the name `new` (not another search's name)."""
        new = clean_name(new)
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db, found = self._changing_searches()
            doc_id = self._doc_named(found, old)
            if doc_id is None:
                raise StoreError(f"there is no saved search named {old!r} (any more)")
            other = self._doc_named(found, new)
            if other is not None and other != doc_id:
                raise StoreError(f"a saved search is already named {found[other].name!r}")
            db.table(SEARCHES).update({"name": new}, doc_ids=[doc_id])
            self._read_searches(db)
            return with_fields(found[doc_id], name=new)

    def delete_search(self, name: str) -> None:
        """Forget the saved search `name`."""
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db, found = self._changing_searches()
            doc_id = self._doc_named(found, name)
            if doc_id is not None:
                db.table(SEARCHES).remove(doc_ids=[doc_id])
            self._read_searches(db)

    def mark_search_seen(self, name: str, seen: str) -> None:
        """Record that the saved search `name` was opened when `seen` was the newest post."""
        self.carry_over_seen({name: seen})

    def carry_over_seen(self, seen: dict[str, str]) -> None:
        """Record for each saved search named in `seen` the newest post it has seen (an older
        version's row number, if the file has one, goes)."""
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db, found = self._changing_searches()
            for name, key in seen.items():
                doc_id = self._doc_named(found, name)
                if doc_id is not None and (found[doc_id].seen, found[doc_id].old_seen) != (
                    key,
                    None,
                ):
                    db.table(SEARCHES).update(_seeing(key), doc_ids=[doc_id])
            self._read_searches(db)

    # -- the session ----------------------------------------------------------------------

    def read_session(self) -> Session:
        """The last session as the file holds it; the defaults if it holds none, or a
        damaged one, or cannot be read."""
        if not self.path.exists():
            return Session()
        try:
            raw = self._db().storage.read() or {}
        except (ValueError, TypeError, AttributeError, OSError):
            return Session()
        return _session_of(raw.get(SESSION) if isinstance(raw, dict) else None)

    def save_session(self, session: Session) -> None:
        """Record the session (replacing the last one, damaged or not), in one atomic write
        under the lock; the marks and searches are written back as they are."""
        if self.readonly:
            raise StoreError("the archive is open read-only; the session cannot be saved")
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            storage = self._db().storage
            try:
                raw = storage.read() or {}
            except (ValueError, TypeError) as error:
                raise StoreError(
                    f"{self.path} is damaged ({error}); the session was not saved"
                ) from None
            except OSError as error:
                raise StoreError(f"{self.path} cannot be read ({error.strerror})") from None
            raw[SESSION] = {SESSION_DOC: asdict(session)}
            storage.write(raw)
