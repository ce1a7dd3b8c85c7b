"""Compressed segments: one gzip member per line of the JSON a segment held before, so that
a post still reads by its byte range, and the segments written before still read as they are."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from tests.archives import add_posts, make_plain
from tests.unit.test_store import sample_posts
from tuiarchive.store import open_store
from tuiarchive.store.atomic import AtomicJSONStorage, GzipJSONStorage
from tuiarchive.store.check import check_store
from tuiarchive.store.segments import (
    SegmentReader,
    iter_segment_records,
    load_post_records,
    read_record,
    salvage_records,
)


def members(raw: bytes) -> list[tuple[int, int, bytes]]:
    """Each gzip member of `raw` as (offset, length, text)."""
    found = []
    pos = 0
    while pos < len(raw):
        inflater = zlib.decompressobj(wbits=31)
        text = inflater.decompress(raw[pos:])
        assert inflater.eof
        length = len(raw) - pos - len(inflater.unused_data)
        found.append((pos, length, text))
        pos += length
    return found


def test_a_new_segment_is_gzip_and_smaller_than_its_json(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts() * 3)
    segment = archive_path / "posts" / "000001.json"
    raw = segment.read_bytes()
    assert raw[:2] == b"\x1f\x8b"
    text = gzip.decompress(raw)
    assert len(raw) < len(text)
    assert text.startswith(b'{\n"posts":{\n"1":{') and text.endswith(b"}\n}\n")


def test_each_line_is_a_member_of_its_own(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
    raw = (archive_path / "posts" / "000001.json").read_bytes()
    lines = gzip.decompress(raw).splitlines(keepends=True)
    assert [text for _o, _n, text in members(raw)] == lines


def test_decompressed_it_is_exactly_the_plain_json_written_before(tmp_path: Path) -> None:
    data = {
        "posts": {"1": {"id": "a", "title": "T\u00e9", "body": "x\ny"}, "2": {"id": "b"}},
        "dumps": {"1": {"path": "d.txt", "digest": "0", "posts": 2}},
        "empty": {},
    }
    plain = AtomicJSONStorage(tmp_path / "plain.json")
    plain.write(data)
    packed = GzipJSONStorage(tmp_path / "packed.json")
    packed.write(data)
    assert gzip.decompress(packed.path.read_bytes()) == plain.path.read_bytes()
    assert packed.read() == plain.read() == data
    assert packed.offsets.keys() == plain.offsets.keys()


def test_a_post_reads_by_its_range_from_one_member(archive_path: Path) -> None:
    posts = sample_posts()
    with open_store(archive_path) as store:
        add_posts(store, posts)
    directory = archive_path / "posts"
    raw = (directory / "000001.json").read_bytes()
    starts = {offset: length for offset, length, _text in members(raw)}
    with open_store(archive_path) as store, SegmentReader(directory) as reader:
        for post in posts:
            place = store.index.locate(post.id)
            assert place is not None
            assert starts[place.offset] == place.length  # the range is a whole member
            line = zlib.decompress(raw[place.offset : place.offset + place.length], wbits=31)
            assert line.startswith(b'"') and b'"id":"' + post.id.encode() + b'"' in line
            assert (
                read_record(directory / place.segment, place.offset, place.length)["id"] == post.id
            )
            assert reader.record(place.segment, place.offset, place.length)["id"] == post.id
            assert store.post(post.id) == post
        assert list(store.posts([p.id for p in reversed(posts)])) == list(reversed(posts))


def test_the_segment_functions_read_both_kinds_alike(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
    segment = archive_path / "posts" / "000001.json"
    compressed = (
        [r for r, _o, _n in iter_segment_records(segment)],
        load_post_records(segment),
        [r for _n, r in salvage_records(segment)],
    )
    make_plain(archive_path)
    assert segment.read_bytes().startswith(b"{\n")
    plain = (
        [r for r, _o, _n in iter_segment_records(segment)],
        load_post_records(segment),
        [r for _n, r in salvage_records(segment)],
    )
    assert compressed == plain
    assert len(plain[0]) == 3


def test_an_archive_of_plain_segments_reads_checks_and_grows(archive_path: Path) -> None:
    posts = sample_posts()
    with open_store(archive_path) as store:
        add_posts(store, posts[:2])
    make_plain(archive_path)  # as an older tuiarchive left it
    plain = (archive_path / "posts" / "000001.json").read_bytes()
    with open_store(archive_path) as store:
        assert [store.post(p.id) for p in posts[:2]] == posts[:2]
        add_posts(store, posts[2:])  # a new batch beside the old one: compressed
        assert list(store.posts([p.id for p in posts])) == posts
    assert (archive_path / "posts" / "000001.json").read_bytes() == plain  # never rewritten
    assert (archive_path / "posts" / "000002.json").read_bytes()[:2] == b"\x1f\x8b"
    report = check_store(archive_path)
    assert report.ok, report.problems
    assert report.posts == 3
