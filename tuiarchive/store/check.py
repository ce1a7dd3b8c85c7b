"""Checking an archive without changing it: every file, every record, the index against them."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tuiarchive.errors import StoreError
from tuiarchive.model import post_identity
from tuiarchive.store.atomic import TEMP_MARK
from tuiarchive.store.index import is_damage
from tuiarchive.store.interrupted import creation_interrupted, left_rebuild
from tuiarchive.store.segments import (
    SEGMENT_DIR,
    Manifest,
    Segment,
    content_digest,
    iter_segment_records,
    load_post_records,
)
from tuiarchive.store.state import SEARCHES

MANIFEST = "archive.json"
STATE = "state.json"
INDEX = "index.sqlite"


@dataclass
class CheckReport:
    """What checking found: problems (the archive is damaged) and notes (it is not)."""

    posts: int = 0
    segments: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _record_problems(record: Any) -> Iterator[str]:
    """Why a stored record is not a well-formed post, if it is not."""
    if not isinstance(record, dict):
        yield "is not a JSON object"
        return
    for name in ("id", "title", "body"):
        if not isinstance(record.get(name), str):
            yield f"has no text {name!r}"
    for name in ("date", "time", "series", "author", "place", "blog", "url"):
        if record.get(name) is not None and not isinstance(record.get(name), str):
            yield f"has a {name!r} that is not text"
    if record.get("date"):
        try:
            dt.date.fromisoformat(record["date"])
        except (TypeError, ValueError):
            yield f"has the date {record['date']!r}, not an ISO date"
    for name in ("labels", "warnings", "extra_text"):
        value = record.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            yield f"has {name!r} that is not a list of texts"
    comments = record.get("comments")
    if comments is not None and (not isinstance(comments, int) or comments < 0):
        yield "has a comment count that is not a whole number"
    if not isinstance(record.get("comment_list", []), list):
        yield "has a comment list that is not a list"
    if all(isinstance(record.get(n), str) for n in ("id", "title", "body")) and isinstance(
        record.get("date"), str | None
    ):
        expected = post_identity(record.get("date"), record["title"], record["body"])
        if record["id"] != expected:
            yield f"has the id {record['id']} but its date, title and body give {expected}"


def segment_problems(path: Path, segment: Segment) -> tuple[list[str], set[str]]:
    """What is wrong with a segment file against its manifest entry, and the post ids it holds."""
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size == segment.size else b""
    except FileNotFoundError:
        return [f"{path}: missing (the manifest lists it with {segment.posts} posts)"], set()
    except OSError as error:
        return [f"{path}: cannot be read ({error.strerror})"], set()
    if size != segment.size:
        return [f"{path}: {size} bytes, but it was committed with {segment.size}"], set()
    problems = []
    if segment.digest and content_digest(data) != segment.digest:
        problems.append(f"{path}: its content changed since it was committed")
    try:
        stock = load_post_records(path)
    except (ValueError, UnicodeDecodeError) as error:
        return [*problems, f"{path}: not readable as TinyDB JSON ({error})"], set()
    try:
        lines = [record for record, _o, _n in iter_segment_records(path)]
    except (ValueError, UnicodeDecodeError) as error:
        return [*problems, f"{path}: a record's line cannot be read ({error})"], set()
    if len(lines) != len(stock) or len(stock) != segment.posts:
        problems.append(
            f"{path}: {len(stock)} records, {segment.posts} committed, {len(lines)} by line"
        )
    ids: set[str] = set()
    for number, record in enumerate(stock, start=1):
        for problem in _record_problems(record):
            problems.append(f"{path}: record {number} {problem}")
        post_id = record.get("id")
        if isinstance(post_id, str):
            if post_id in ids:
                problems.append(f"{path}: the id {post_id} appears twice")
            ids.add(post_id)
    return problems, ids


def unlisted_segment(path: Path) -> tuple[Segment, list[str]]:
    """A segment file the manifest does not list, described as if it were committed, and
    what is wrong with it (nothing, when an import was killed just before listing it)."""
    try:
        data = path.read_bytes()
        posts = sum(1 for _ in iter_segment_records(path))
    except (OSError, ValueError, UnicodeDecodeError) as error:
        return Segment(path.name, 0, 0), [f"{path}: cannot be read ({error})"]
    segment = Segment(path.name, posts, len(data), content_digest(data))
    return segment, segment_problems(path, segment)[0]


def check_store(path: Path) -> CheckReport:
    """Check an archive directory, reading only. Problems name the file and what is wrong."""
    report = CheckReport()
    left = left_rebuild(path)
    if left is not None:
        report.notes.append(left.describe())
        if left.old is not None and not left.made_since:
            path = left.rebuilt  # where the archive's posts are, until it is opened
    if not path.is_dir():
        report.problems.append(f"{path}: no archive directory there")
        return report
    if not (path / MANIFEST).exists() and creation_interrupted(path):
        report.notes.append(
            f"{path}: an archive whose creation was cut short, holding nothing yet; "
            "the next import or open creates it"
        )
        return report
    try:
        segments = Manifest(path / MANIFEST).segments()
    except StoreError as error:
        report.problems.append(str(error))
        return report
    report.segments = len(segments)
    seen: set[str] = set()
    for segment in segments:
        problems, ids = segment_problems(path / SEGMENT_DIR / segment.file, segment)
        report.problems.extend(problems)
        seen.update(ids)
    report.posts = len(seen)
    listed = {s.file for s in segments}
    try:
        entries = sorted((path / SEGMENT_DIR).iterdir()) if (path / SEGMENT_DIR).is_dir() else []
    except OSError as error:
        report.problems.append(f"{path / SEGMENT_DIR}: cannot be read ({error.strerror})")
        entries = []
    for entry in entries:
        if entry.name.endswith(".json") and entry.name not in listed:
            unlisted, problems = unlisted_segment(entry)
            if problems:
                report.notes.append(
                    f"{entry}: not listed in the manifest and damaged ({problems[0]}); "
                    "it is set aside at the next open"
                )
            else:
                report.notes.append(
                    f"{entry}: {unlisted.posts} posts an interrupted import wrote but did not "
                    "list; they are recovered at the next open"
                )
        elif TEMP_MARK in entry.name:
            report.notes.append(f"{entry}: a temporary file a killed writer left")
    _check_state(path / STATE, report)
    _check_index(path / INDEX, seen, report)
    return report


def _check_state(path: Path, report: CheckReport) -> None:
    if not path.exists():
        return
    try:
        data = json.loads(path.read_bytes() or b"{}")
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        for mark, docs in data.items():
            if mark == SEARCHES:  # saved searches: the browser skips damaged ones, keeping them
                if not isinstance(docs, dict):
                    report.notes.append(f"{path}: the saved searches are damaged")
                continue
            if not isinstance(docs, dict) or not all(
                isinstance(d, dict) and isinstance(d.get("post"), str) for d in docs.values()
            ):
                raise ValueError(f"the {mark!r} marks are malformed")
    except (ValueError, UnicodeDecodeError) as error:
        report.problems.append(f"{path}: the read and starred marks are damaged ({error})")
    except OSError as error:
        report.problems.append(
            f"{path}: the read and starred marks cannot be read ({error.strerror})"
        )


def _check_index(path: Path, ids: set[str], report: CheckReport) -> None:
    """The derived index: a mismatch is a note (it is rebuilt at the next open), not damage."""
    if not path.exists():
        report.notes.append(f"{path}: missing; it will be built at the next open")
        return
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            indexed = {row[0] for row in db.execute("SELECT id FROM catalogue")}
        finally:
            db.close()
    except sqlite3.Error as error:
        if is_damage(error):
            report.notes.append(f"{path}: unusable ({error}); it will be rebuilt at the next open")
        else:
            report.notes.append(f"{path}: could not be read now ({error}); it is not damaged")
        return
    if indexed != ids:
        report.notes.append(
            f"{path}: lists {len(indexed)} posts where the segments hold {len(ids)}; "
            "it will be brought up to date at the next open"
        )
