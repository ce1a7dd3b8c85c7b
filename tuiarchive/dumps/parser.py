"""Reading the posts out of a dump's text: date headers, titles, bodies, footers, comments."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from tuiarchive.dumps.action_rows import may_hold_action_row, without_action_row
from tuiarchive.dumps.alt_lines import without_alt_line
from tuiarchive.dumps.archive_indexes import is_archive_index
from tuiarchive.dumps.archived_comments import archived_comments, with_archived_comments
from tuiarchive.dumps.author_boxes import with_boxed_author
from tuiarchive.dumps.bare_labels import (
    closing_share_run,
    label_block,
    label_like,
    label_separator,
)
from tuiarchive.dumps.blog_names import byline_blog, header_candidates, undecorated
from tuiarchive.dumps.body_ends import body_end
from tuiarchive.dumps.breadcrumbs import with_breadcrumb
from tuiarchive.dumps.byline_tails import byline_tails, may_hold_tails
from tuiarchive.dumps.bylines_above import bylines_above, may_hold_bylines_above
from tuiarchive.dumps.clip_stamps import with_clip_stamp
from tuiarchive.dumps.clipped_labels import with_clipped_labels
from tuiarchive.dumps.clipped_pages import clipping_start, may_hold_clipping, note_lines
from tuiarchive.dumps.cnblogs_lists import (
    cnblogs_entries,
    may_hold_listing,
    next_entry_below,
    under_the_post,
)
from tuiarchive.dumps.cnblogs_pages import may_be_cnblogs, without_cnblogs_frame
from tuiarchive.dumps.code_comments import comment_page, may_hold_comment_page
from tuiarchive.dumps.comment_heads import comment_heads
from tuiarchive.dumps.comment_sources import commented_address
from tuiarchive.dumps.comment_stamps import comment_stamp
from tuiarchive.dumps.comment_tails import with_comment_tails
from tuiarchive.dumps.copyright_boxes import copyright_boxes, may_hold_copyright_box
from tuiarchive.dumps.count_links import count_links
from tuiarchive.dumps.credit_lines import credit_lines
from tuiarchive.dumps.cut_entries import with_cut_entry, with_listing_facts
from tuiarchive.dumps.date_permalinks import with_byline_permalink, with_date_permalink
from tuiarchive.dumps.date_rows import date_row, may_hold_date_row, with_date_row
from tuiarchive.dumps.dated_titles import dated_titles
from tuiarchive.dumps.dates import DumpDate, Moment, date_and_count
from tuiarchive.dumps.day_first import PageOrder, read_numeric_orders
from tuiarchive.dumps.decode import DecodedDump, decode_dump
from tuiarchive.dumps.doc_pages import is_doc_page
from tuiarchive.dumps.double_spaced import single_spaced
from tuiarchive.dumps.edited_dates import edited_dates
from tuiarchive.dumps.embeds import without_embeds
from tuiarchive.dumps.entry_metas import entry_metas, may_hold_entry_meta
from tuiarchive.dumps.entry_titles import chrome_above_title
from tuiarchive.dumps.excerpt_comments import excerpt_comments, may_hold_excerpt_comments
from tuiarchive.dumps.fence_titles import fence_title
from tuiarchive.dumps.figure_captions import placed_captions, with_caption_notes
from tuiarchive.dumps.flattened import flattened_pages, kept_posts, may_hold_flattened
from tuiarchive.dumps.follow_cards import may_hold_card, without_follow_card
from tuiarchive.dumps.footer_cards import in_footer_card, labels_over_text
from tuiarchive.dumps.footer_stacks import footer_stacks, may_hold_stack
from tuiarchive.dumps.footerless_posts import next_post_title
from tuiarchive.dumps.frames import labels_below
from tuiarchive.dumps.front_dates import near_front_date
from tuiarchive.dumps.fused_teasers import fused_teasers
from tuiarchive.dumps.head_categories import head_categories, may_hold_head_category
from tuiarchive.dumps.head_counts import count_over_text
from tuiarchive.dumps.header_blocks import (
    header_block,
    may_have_header_block,
    with_header_block_facts,
)
from tuiarchive.dumps.home_heads import own_heading, site_title_lines
from tuiarchive.dumps.home_titles import home_title_warning, with_site_title_warning
from tuiarchive.dumps.host_titles import without_host_prefix
from tuiarchive.dumps.late_dates import late_dates
from tuiarchive.dumps.like_titles import like_titles
from tuiarchive.dumps.line_kinds import (
    BLANK_LINE,
    INDENT,
    FooterFacts,
    Kind,
    Line,
    classify,
    comment_head,
    ends_sentence,
    evidence,
    split_labels,
)
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.link_bylines import link_bylines
from tuiarchive.dumps.link_cards import link_cards
from tuiarchive.dumps.link_cards import may_hold_card as may_hold_link_card
from tuiarchive.dumps.link_indexes import link_index
from tuiarchive.dumps.link_lines import inside_a_sentence
from tuiarchive.dumps.link_meta import link_meta_lines, may_hold_link_meta
from tuiarchive.dumps.link_notes import link_notes, with_link_notes
from tuiarchive.dumps.link_rows import without_link_row
from tuiarchive.dumps.linked_footers import linked_footers, may_hold_linked_footer
from tuiarchive.dumps.lone_comments import only_comments
from tuiarchive.dumps.lone_letters import lone_letters, may_hold_lone_letters
from tuiarchive.dumps.lone_site_names import lone_site_name
from tuiarchive.dumps.mail_clips import without_mailbox_url, without_title_heading
from tuiarchive.dumps.markup import FrontMatter, fenced_page, read_page, without_heading_marks
from tuiarchive.dumps.menu_titles import title_over_shares
from tuiarchive.dumps.meta_heads import titled_above
from tuiarchive.dumps.meta_lines import text_follows, under_heading
from tuiarchive.dumps.meta_lists import may_hold_meta_list, meta_lists
from tuiarchive.dumps.name_stamps import may_hold_name_stamp, name_stamps
from tuiarchive.dumps.names import (
    ASSIGNMENT_OR_CALL,
    CLIPPED,
    HASHTAGS,
    HOST_AT_END,
    MONTH_PAGE,
    PATH,
    RULE,
    SLUG,
    SUBHEADING,
    could_name_a_blog,
    dateline_place,
    folded,
    heading_title,
    is_author_line,
    looks_like_name,
    names_a_weekday,
    plain_title,
    prose_sentence,
    series_of,
    title_like,
    without_month,
    without_said_word,
)
from tuiarchive.dumps.newsletter_pages import may_be_newsletter, newsletter_page
from tuiarchive.dumps.next_metas import may_hold_next_meta, next_metas
from tuiarchive.dumps.note_hands import may_hold_hand, without_notes_tail
from tuiarchive.dumps.note_heads import may_hold_note_head, note_head, without_note_head
from tuiarchive.dumps.note_tails import note_tail
from tuiarchive.dumps.numbered_comments import may_hold_numbers, numbered_comments
from tuiarchive.dumps.omnivore import may_be_omnivore, omnivore_page, with_omnivore_facts
from tuiarchive.dumps.org_files import may_be_org, org_file, org_posts
from tuiarchive.dumps.own_links import without_own_link_tail
from tuiarchive.dumps.page_lines import (
    URL_LINE,
    dated_lists,
    is_stamp,
    join_split_bylines,
    join_split_said,
    may_hold_split_heads,
    may_hold_unnamed_footer,
    page_breaks,
    read_unnamed_bylines,
    read_unnamed_footers,
    run_in,
    unnamed_said_heads,
)
from tuiarchive.dumps.page_tabs import may_hold_tabs, page_tabs
from tuiarchive.dumps.pager_ends import pager
from tuiarchive.dumps.paragraphs import (
    paragraph_lines,
    paragraph_text,
    paragraphs,
    without_gutters,
)
from tuiarchive.dumps.pasted_posts import pasted_spans, with_pasted_posts
from tuiarchive.dumps.permalink_footers import (
    may_hold_permalink_footer,
    permalink_address,
    permalink_footers,
)
from tuiarchive.dumps.pieces import PIECE_CHARS, cut_points, renumbered, shifted
from tuiarchive.dumps.post_heads import post_head
from tuiarchive.dumps.post_navigation import post_navigation
from tuiarchive.dumps.preambles import preamble, with_preamble, without_preamble
from tuiarchive.dumps.print_pages import may_hold_print, printed_pages, with_print_facts
from tuiarchive.dumps.printed_titles import same_title
from tuiarchive.dumps.prose_titles import with_prose_title_warning
from tuiarchive.dumps.reader_heads import (
    head_lines,
    may_hold_reader_head,
    pieces_at_heads,
    read_head,
    with_head,
    with_head_facts,
)
from tuiarchive.dumps.readwise import may_hold_metadata_list, metadata_page, with_metadata_facts
from tuiarchive.dumps.reply_buttons import without_fused_buttons
from tuiarchive.dumps.repo_names import repository_name
from tuiarchive.dumps.reprint_heads import reprint_head, wrapped_labels
from tuiarchive.dumps.run_labels import run_together_warning
from tuiarchive.dumps.run_on_titles import run_on_title
from tuiarchive.dumps.saved_forms import as_read
from tuiarchive.dumps.saved_titles import saved_title_line
from tuiarchive.dumps.script_lines import may_hold_script_line, script_lines
from tuiarchive.dumps.second_dates import SAID as SECOND_DATE
from tuiarchive.dumps.second_dates import second_date
from tuiarchive.dumps.second_titles import second_title
from tuiarchive.dumps.section_tags import without_sections
from tuiarchive.dumps.service_footers import may_hold_service_footer, service_footers, untitled
from tuiarchive.dumps.shaped_footers import (
    may_hold_shaped_footer,
    shaped_footers,
    with_shape_warnings,
)
from tuiarchive.dumps.shaped_metas import may_hold_shaped_meta, shaped_metas
from tuiarchive.dumps.share_closed import closed_like_above, share_heading
from tuiarchive.dumps.share_runs import share_buttons
from tuiarchive.dumps.share_tails import without_share_bar
from tuiarchive.dumps.sidebar_first import dated_title_lists, sidebar_first, with_sidebar
from tuiarchive.dumps.sidebar_lists import sidebar_lists
from tuiarchive.dumps.sidebar_teasers import bodiless_teaser
from tuiarchive.dumps.site_suffixes import without_site_suffix
from tuiarchive.dumps.slug_titles import with_slug_title
from tuiarchive.dumps.snapshots import snapshot_page, with_snapshot_facts
from tuiarchive.dumps.source_lines import may_hold_source_line, source_line
from tuiarchive.dumps.source_tails import source_tail
from tuiarchive.dumps.split_footers import may_hold_split_footer, split_footers
from tuiarchive.dumps.split_stamps import join_split_stamps, may_hold_split_stamp
from tuiarchive.dumps.spread_links import may_hold_spread_link, spread_link_cards
from tuiarchive.dumps.stamped_comments import may_hold_stamps, stamped_comments
from tuiarchive.dumps.static_pages import is_static_page
from tuiarchive.dumps.story_tails import may_hold_story_tail, story_tail
from tuiarchive.dumps.style_lines import may_hold_style_line, style_lines
from tuiarchive.dumps.summary_heads import summary_cut
from tuiarchive.dumps.tag_lists import may_hold_list, tag_lists
from tuiarchive.dumps.team_credits import credit_into_body
from tuiarchive.dumps.thumb_teasers import may_hold_thumb_teasers, thumb_teasers
from tuiarchive.dumps.title_suffixes import without_title_suffix
from tuiarchive.dumps.titled_dates import dates_under_titles
from tuiarchive.dumps.tumblr_notes import may_hold_notes, tumblr_notes, with_tail
from tuiarchive.dumps.twin_lines import twin_lines
from tuiarchive.dumps.unread_comments import with_unread_comments_warning
from tuiarchive.dumps.unread_footers import with_unread_footer_warning, without_share_row
from tuiarchive.dumps.untitled_clips import NO_TITLE, under_title_only
from tuiarchive.dumps.wechat_heads import may_hold_wechat_meta, without_wechat_meta
from tuiarchive.dumps.wechat_reposts import may_hold_repost, without_repost_chrome
from tuiarchive.dumps.widget_titles import widget_title
from tuiarchive.dumps.worded_bylines import may_hold_worded_meta, worded_meta
from tuiarchive.dumps.wrappers import forum_quotes, forum_thread, mail_headers
from tuiarchive.errors import NotADump
from tuiarchive.model import Comment, Post, post_identity


@dataclass
class _Draft:
    """A post being read: its lines so far and the footer facts seen."""

    title: Line
    header: DumpDate | None
    header_line: int | None
    content: list[Line] = field(default_factory=list)
    footer_seen: bool = False
    in_comments: bool = False
    posted_by: str | None = None
    moment: Moment | None = None
    labels: list[str] = field(default_factory=list)
    labels_continue: bool = False
    labels_one_a_line: bool = False  # a labels key alone on its line: a label a line below it
    comment_count: int | None = None
    comments: list[Comment] = field(default_factory=list)
    comment_author: str | None = None  # the comment being read, if any
    comment_moment: Moment | None = None  # its timestamp, when it came first (new style)
    in_head: bool = False  # a name line read, its stamp line still to come
    comment_lines: list[Line] = field(default_factory=list)
    trailing_from: int | None = None  # the first line after the footer that is no post
    trailing_count: int = 0
    ended_by_menu: bool = False  # a navigation line, not a footer, closed it
    title_printed: bool = True  # False: the title is the front matter's, not a line of the page
    meta_under_title: bool = False  # a time, labels and count line right under the title
    share_buttons: int = 0  # share lines of words ("Share to Twitter", "Email This") under it
    run_on_date_line: int | None = None  # the date under the title ran into a view count
    shared_under_title: bool = False  # share buttons right under the title (new themes)
    nameless_byline: bool = False  # a byline below the body with a date, no name ("at May 2, 2024")
    share_heading: int | None = None  # the line of a share heading alone ("Share this:") under it
    clipped: bool = False  # run on under the post above's labels, the page ending inside it
    title_byline: Line | None = None  # "By Ana Lund" right under the title, the body to come

    extra: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        # A plain loop: asked of every line's draft, and a generator costs more than the
        # look itself (the first line usually answers).
        for line in self.content:  # noqa: SIM110 - quicker than any() here, see above
            if line.kind is not Kind.BLANK:
                return True
        return False

    @property
    def body_lines(self) -> int:
        """How many lines (not blank) the post has read under its title."""
        return sum(1 for line in self.content if line.kind is not Kind.BLANK)

    @property
    def has_facts(self) -> bool:
        """Whether a byline, a date in it, labels or a comment count was read for the post."""
        return (
            self.posted_by is not None
            or self.moment is not None
            or self.comment_count is not None
            or bool(self.labels)
        )


def parse_dump(data: bytes, source: str = "") -> list[Post]:
    """Decode a dump's bytes and read its posts; raises `NotADump` with the reason to skip it."""
    return [post for piece in read_dump_pieces(data, source) for post in piece]


def read_dump_pieces(
    data: bytes, source: str = "", size: int = PIECE_CHARS
) -> Iterator[list[Post]]:
    """A dump's posts a piece of the file at a time (the whole file when it is short).

    A long dump is cut only where a date header starts a new post (`pieces.cut_points`),
    so what the parser builds per line is held for one piece; the blog's name read atop
    the page is given to the posts of later pieces. Raises `NotADump` when no piece
    holds a post.
    """
    decoded = decode_dump(data)
    text, spaced, saved_lines = single_spaced(decoded.text)
    if spaced:
        decoded = replace(decoded, warnings=(*decoded.warnings, spaced))
    if saved_lines is not None:  # each post's line numbers the file's as saved
        lines = saved_lines
        for piece in _read_pieces(text, source, size, decoded):
            yield [renumbered(post, lines) for post in piece]
        return
    yield from _read_pieces(text, source, size, decoded)


def _read_pieces(text: str, source: str, size: int, decoded: DecodedDump) -> Iterator[list[Post]]:
    """The posts of a dump's decoded text, a piece at a time (see `read_dump_pieces`)."""
    cuts = cut_points(text, size) if len(text) > size else []
    if not cuts:
        yield _with_warnings(parse_text(text, source), decoded.warnings)
        return
    blog: str | None = None
    # A piece read is held until the next one reads: a piece of no post is read again
    # with the one before it (or, at the top, with the one after it), never dropped.
    held: tuple[int, int, list[Post]] | None = None  # start, lines above it, posts
    begin, lines_before, why = 0, 0, None
    for end in [*cuts, len(text)]:
        try:
            posts = parse_text(text[begin:end], source)
        except NotADump as error:
            if held is None:
                why = error
                continue  # the page's top: read again with the piece after it
            begin, lines_before = held[0], held[1]
            posts = parse_text(text[begin:end], source)
        else:
            if held is not None and held[0] != begin:
                yield held[2]
        posts = [shifted(p, lines_before) for p in posts]
        blog = blog or next((p.blog for p in posts if p.blog), None)
        if blog:
            posts = [p if p.blog else p.with_changes(blog=blog) for p in posts]
        held = (begin, lines_before, _with_warnings(posts, decoded.warnings))
        lines_before += text.count("\n", begin, end)
        begin = end
    if held is None:
        raise why or NotADump("the file holds no recognisable post")
    yield held[2]


def _with_warnings(posts: list[Post], warnings: tuple[str, ...]) -> list[Post]:
    return [p.with_changes(warnings=warnings + p.warnings) for p in posts] if warnings else posts


def parse_text(text: str, source: str = "") -> list[Post]:
    """Read the posts of a dump's text, in page order, each post's id the one its final
    date, title and body give (passes after a post is first read may change them).

    Raises `NotADump` when the text holds no recognisable post: no date header,
    no byline date and no post footer anywhere. A page a note keeps whole inside a
    fenced block (```text ... ```) is read from inside the block when nothing outside
    it is a post. A file of several pages saved under a reader's header reads each alone.
    """
    text, above = as_read(text)
    listed = text if may_hold_listing(text) else None
    if listed is not None:
        text = cnblogs_entries(text)  # a cnblogs listing: "摘要: …" / "posted @ …" entries
    if may_hold_next_meta(text):
        text = next_metas(text)  # Hexo NexT: "发表于" / "2025-12-09" one item a line
    # a footer in a language with no phrase file: read by its shape, said in known words
    text, shaped = shaped_footers(text) if may_hold_shaped_footer(text) else (text, [])
    if shaped is not None and may_hold_shaped_meta(text):  # None: a known byline was read
        text, metas = shaped_metas(text)
        shaped += metas
    return [
        shifted(
            _identified(
                with_unread_comments_warning(
                    with_unread_footer_warning(
                        with_prose_title_warning(without_share_bar(without_share_row(post)))
                    )
                )
            ),
            above,
        )
        for post in with_shape_warnings(
            _listing_read(_read_text(text, source), listed), shaped or []
        )
    ]


def _listing_read(posts: list[Post], listed: str | None) -> list[Post]:
    """A cnblogs listing's posts: each body said to be a summary, the blog named, the last
    entry cut by the save read; other pages' posts as they are."""
    return posts if listed is None else with_listing_facts(with_cut_entry(posts), listed)


def _identified(post: Post) -> Post:
    identity = post_identity(post.date, post.title, post.body)
    return post if post.id == identity else post.with_changes(id=identity)


def _read_text(text: str, source: str) -> list[Post]:
    printed = printed_pages(text) if may_hold_print(text) else None
    if printed is not None:
        return with_print_facts(_read_text(printed.text, source), printed)
    org = org_file(text) if may_be_org(text) else None
    if org is not None and (posts := org_posts(org, lambda page: _parse_or_none(page, source))):
        return posts
    if may_hold_clipping(text) and (clipped := _clipped_page(text, source)):
        return clipped
    if may_hold_metadata_list(text) and (listed := metadata_page(text)) is not None:
        return with_metadata_facts(_read_text(listed.text, source), listed)  # Readwise
    if may_be_omnivore(text) and (export := omnivore_page(text)) is not None:
        return with_omnivore_facts(_read_text(export.text, source), export)
    if may_have_header_block(text) and (block := header_block(text)) is not None:
        return with_header_block_facts(_read_text(block.text, source), block)  # "Datum: …"
    if text.startswith("<!--") and (snapshot := snapshot_page(text)) is not None:
        return with_snapshot_facts(parse_text(snapshot.text, source), snapshot)
    if " responded:" in text and (archived := archived_comments(text)) is not None:
        return with_archived_comments(_read_text(archived[0], source), *archived[1:])
    headed = may_hold_reader_head(text)  # asked once: the page below is the same text
    pieces = pieces_at_heads(text) if headed else [(0, text)]
    if len(pieces) > 1:
        return _parse_pieces(pieces, source)
    if may_hold_comment_page(text) and (commented := _commented_page(text, source)):
        return commented
    try:
        return _parse_page(text, source, headed)
    except NotADump as error:
        fenced = fenced_page(text)
        if fenced is None and may_hold_flattened(text):
            read = [(page, _parse_or_none(page.text, source)) for page in flattened_pages(text)]
            if posts := kept_posts(read):
                return posts
        if fenced is None:
            raise
        inner, above = fenced
        try:
            posts = _parse_page(inner, source)
        except NotADump:
            raise error from None
        said = "the page was read from inside the fenced block that holds it"
        posts = [post.with_changes(warnings=(*post.warnings, said)) for post in posts]
        address = noted_address([line for line in above[-30:] if line.strip()])
        if address is not None and len(posts) == 1 and posts[0].url is None:
            posts[0] = posts[0].with_changes(url=address)
        return posts


def _commented_page(text: str, source: str) -> list[Post]:
    """A page pasted into a source file's block comment: read from inside it, the code
    around it kept aside on its first post (none when the comment holds no post)."""
    found = comment_page(text)
    posts = _parse_or_none(found.text, source) if found is not None else []
    if found is None or not posts:
        return []
    posts = [shifted(post, found.start) for post in posts]
    said = (
        f"the page was read from inside the block comment that holds it (line {found.start}):"
        f" {len(found.code)} line(s) of code around it kept aside"
    )
    if found.note is not None:
        said += (
            f"; its first sentence {found.note[:60]!r} read as the comment's note, not the title"
        )
    posts[0] = posts[0].with_changes(
        extra_text=(*posts[0].extra_text, *found.code), warnings=(*posts[0].warnings, said)
    )
    return posts


def _clipped_page(text: str, source: str) -> list[Post]:
    """A web clipping below a note's own lines: the clipping read as the page, the note's
    lines kept aside on its first post (none when the clipping holds no post)."""
    lines = text.split("\n")
    start = clipping_start(lines)
    if start is None:
        return []
    posts = [shifted(post, start) for post in _parse_or_none("\n".join(lines[start:]), source)]
    if posts:
        kept = note_lines(lines[:start])
        said = (
            f"the page is a clipping kept below a note: the note's {len(kept)} line(s) above"
            f" its front matter (line {start + 1}) were kept aside"
        )
        posts[0] = posts[0].with_changes(
            extra_text=kept + posts[0].extra_text, warnings=(*posts[0].warnings, said)
        )
    return posts


def _parse_or_none(text: str, source: str) -> list[Post]:
    try:
        return _parse_page(text, source)
    except NotADump:
        return []


def _parse_pieces(pieces: list[tuple[int, str]], source: str) -> list[Post]:
    """Each saved page of the file read alone; one that holds no post is kept with the
    post above it (or, at the top, the one below it)."""
    posts: list[Post] = []
    kept: list[tuple[int, str, str]] = []  # lines above, text, why
    for lines_before, text in pieces:
        try:
            posts += [shifted(post, lines_before) for post in parse_text(text, source)]
        except NotADump as error:
            kept.append((lines_before, text, str(error)))
    if not posts:
        raise NotADump(kept[0][2] if kept else "the file holds no recognisable post")
    for lines_before, text, why in kept:
        near = max((i for i, p in enumerate(posts) if p.line <= lines_before), default=0)
        lines = tuple(line.strip() for line in text.split("\n") if line.strip())
        posts[near] = posts[near].with_changes(
            extra_text=posts[near].extra_text + lines,
            warnings=posts[near].warnings
            + (f"line {lines_before + 1}: kept {len(lines)} line(s) of a saved page ({why})",),
        )
    return posts


def _parse_page(text: str, source: str, headed: bool | None = None) -> list[Post]:
    if headed is None:  # not asked yet
        headed = may_hold_reader_head(text)
    reader = read_head(text) if headed else None
    if reader is not None:
        text = reader[0]
    page = read_page(text, reader is not None and reader[1].markdown)
    raws = page.lines

    split: list[list[str]] = []  # a list, not @cache: making a cached function costs more

    def saved_lines() -> list[str]:
        """The page's lines as saved, link syntax and all (`raws` are the reduced ones): split
        once, the first time a pass asks; most pages pass none of those passes' gates."""
        if not split:
            split.append(text.split("\n"))
        return split[0]

    lines = [
        _code_line(n, raw) if n - 1 in page.code else classify(n, raw) if raw else BLANK_LINE
        for n, raw in enumerate(raws, start=1)
    ]
    for index, names in page.label_links.items():
        facts = FooterFacts(labels=names)
        lines[index] = Line(index + 1, raws[index], Kind.FOOTER, raws[index], facts=facts)
    for index in page.header_chrome:  # a skip link, the blog's description: no name, no text
        lines[index] = Line(index + 1, raws[index], Kind.CHROME, lines[index].text)
    if may_hold_lone_letters(text):
        lines = lone_letters(lines)  # "x" alone in a formula saved one element per line
    lines, captions_left = placed_captions(lines, page.captions, page.headings, classify)
    if may_hold_spread_link(text):  # "[" / an embedded tweet, its date / "](https://x.com/…)"
        lines = spread_link_cards(lines, saved_lines())
    if may_hold_name_stamp(text):  # "Ana Lind, Friday, June 6, 2008 @ 4:04 pm"
        lines = name_stamps(lines)
    meta_url = None
    if page.markdown and may_hold_entry_meta(text):  # `{.posted-on}`, `{.cat-links}`: one footer
        lines, meta_url = entry_metas(lines, saved_lines())
    lines = chrome_above_title(lines, text, page.links)  # pandoc: the header over `{.entry-title}`
    if holds(text, "/author/"):  # "[Ana](…/author/ana/) / [May 2, 2021](…)"
        lines = link_bylines(lines, saved_lines())
    if page.markdown and may_hold_link_meta(text):
        lines = link_meta_lines(lines, saved_lines())  # "2025-11-21 [Boats](…) [0](…#comments)"
    if page.markdown and may_hold_worded_meta(text):  # "Опубликовано: 4 марта, 2019 от [ana](…)"
        lines = worded_meta(lines, saved_lines())
    head_said: list[str] = []
    if reader is not None:
        lines, head_said = head_lines(lines, reader[1])
    if not text.isascii():
        lines = twin_lines(lines)  # "Get link リンクを取得": a page translated line by line
    if may_hold_split_stamp(text):
        lines = join_split_stamps(lines)  # "at" / "January 8, 2026": a nameless byline
    if page.markdown and may_hold_linked_footer(text):
        lines = linked_footers(lines, saved_lines())  # "At [7:26 AM](…) [, 0 comments](…)"
    lines = dated_lists(join_split_bylines(lines, raws), raws, page.headings)
    if page.markdown and may_hold_head_category(text):  # "Posted in [a](…)" under the byline
        lines = head_categories(lines, saved_lines())
    if may_hold_tails(text):
        lines = byline_tails(lines)  # ", Last modified on …" under "Posted on …"
    if page.markdown and may_hold_meta_list(text):
        lines = meta_lists(lines, saved_lines(), page.links, page.headings)  # "* Post author"
    lines = dated_title_lists(lines)
    lines = dates_under_titles(
        lines, page.headings
    )  # "Title" / "Friday, October 21st, 2011" / text
    lines, sidebar = sidebar_first(lines, page.headings)
    lines, link_said = link_notes(lines) if "http" in text[:2048] else (lines, [])
    notes = tumblr_notes(lines) if may_hold_notes(text) else None
    if notes is not None:
        lines = late_dates(notes.lines, page.headings)
    if may_hold_list(text):
        lines = tag_lists(lines)
    if may_hold_numbers(text):
        lines = numbered_comments(lines)  # "1)" above each comment's head
    if may_hold_split_heads(text):
        lines = join_split_said(lines, raws)
    if may_hold_unnamed_footer(text):
        lines = unnamed_said_heads(read_unnamed_footers(lines, raws))
    else:
        lines = unnamed_said_heads(read_unnamed_bylines(lines, raws))
    lines, letter_said = newsletter_page(lines) if may_be_newsletter(text) else (lines, [])
    lines = comment_heads(mail_headers(forum_quotes(lines, text, page.headings), text))
    if may_hold_excerpt_comments(text):
        lines = excerpt_comments(lines, page.headings)
    if may_hold_stamps(text):
        lines = stamped_comments(lines)
    lines = like_titles(lines)
    if may_hold_style_line(text):
        lines = style_lines(lines)
    if may_hold_script_line(text):
        lines = script_lines(lines)  # "window.x = 1; window.y = 2;": a script, saved as text
    if page.links and holds(text, "#comment"):
        lines = count_links(lines, page.links)
    if may_hold_split_footer(text):
        lines = split_footers(lines)  # "Posted in Boats" / "4 Comments": one footer
    if may_hold_stack(text):
        lines = footer_stacks(lines)  # "Published May 2, 2025" / "Categorized as a" / "Tagged b"
    if page.markdown and may_hold_tabs(text):
        lines = page_tabs(
            lines, saved_lines()
        )  # "- [Details](…#pills-details)" under the meta line
    noted_url = None
    if may_hold_service_footer(text):
        lines, noted_url = service_footers(lines, saved_lines())
    head = note_head(saved_lines()) if may_hold_note_head(text) else None
    tail_said = None
    if head is not None:
        lines = without_note_head(lines, head)
        lines, tail_said = note_tail(lines)  # its closing line under a rule at the end
    source_url = None
    if head is None and page.headings and may_hold_source_line(text):
        # "Source: https://…" under the title
        lines, source_url = source_line(lines, page.headings, saved_lines())
    row = None  # "May 4, 2025 · 3 min read", "29.08.2020 — a, b — 3 min read" atop the text
    if may_hold_date_row(text):
        known = page.front_matter.title or (reader[1].title if reader is not None else None)
        lines, row = date_row(lines, saved_lines(), known)
    lines, stack_said = post_head(lines, text, page.markdown)
    if stack_said and may_hold_story_tail(text):  # claps, tags, "Written by" under the story
        lines, story_said = story_tail(lines, saved_lines())
        stack_said += story_said
    lines = post_navigation(lines, text)  # "Previous Post <title>" under its heading
    if may_hold_permalink_footer(text):
        lines, stack_said = permalink_footers(lines, saved_lines(), stack_said)
    if page.markdown and may_hold_link_card(text):
        lines, card_said = link_cards(lines, saved_lines())  # a shop's box: title, price, button
        stack_said += card_said
    lines, edited_said = edited_dates(lines, text, page.headings)
    lines, credit_said = credit_lines(lines)
    if page.markdown and may_hold_copyright_box(text):  # "* **本文作者：** …" under the text
        lines, box_said = copyright_boxes(lines, saved_lines())
        credit_said += box_said
    if page.markdown and may_hold_thumb_teasers(text):  # "[![](thumb)](url)" / … / "Read More"
        lines, teaser_said = thumb_teasers(lines, saved_lines())
        credit_said += teaser_said
    stack_said += credit_said
    lines = fused_teasers(lines)
    stack_said += edited_said
    if tail_said is not None:
        stack_said.append(tail_said)
    lines, source_said = source_tail(lines)
    if source_said is not None:
        stack_said.append(source_said)
    stack_said += letter_said
    front = page.front_matter if reader is None else with_head(page.front_matter, reader[1])
    front = with_slug_title(front, lines, page.headings)  # a clipper's slug title: the heading
    lines, saved_blog, saved = saved_title_line(lines, page.headings)  # "Blog » Title", "## Title"
    if saved and front.title and folded(front.title) == folded(saved[0]):
        front = replace(front, title=saved[1])  # the front matter copied the page's <title>
    # "Title « Blog": the page prints Title alone
    front, lines, suffix_said = without_site_suffix(front, lines)
    stack_said += [suffix_said] if suffix_said else []
    # a forum thread's front matter names the thread: its replies are no post of that title
    title = None if front.title is not None and forum_thread(raws) else front.title
    if title is None and source_url is not None and not front.date:  # "# Title" / "Source: …"
        title = next((ln.text for ln in lines if ln.kind is not Kind.BLANK), None)
    found = preamble(lines, text, page.headings) if head is None and not front.date else None
    if found is not None:
        lines, kept = without_preamble(lines, found)
    lines = read_numeric_orders(lines)
    if only_comments(lines):
        raise NotADump("the file holds readers' comments saved alone, no post")
    headings, links = page.headings, page.links
    if may_hold_bylines_above(headings):  # "Posted on … by ana" over each title
        lines, headings, links, above_said = bylines_above(lines, headings, links)
        stack_said += [above_said] if above_said else []
    breaks = page_breaks(lines, raws, page.headings)
    address = (
        front.url
        or (head.url if head is not None else None)
        or source_url
        or commented_address(text)
    )

    def read(these: list[Line], whole: bool) -> list[Post]:
        if not whole:  # a post pasted into the page: none of the page's own facts are its
            return _Reader(these, source, None, links, headings).read()
        return _Reader(
            these, source, title, links, headings, breaks, address,
            bool(front.date or front.url and front.title or source_url), front.date,  # a saved page's
            site_title_lines(text),
        ).read()  # fmt: skip

    spans = (
        pasted_spans(lines, saved_lines(), page.headings, folded(title))
        if front.date and title
        else []
    )
    posts = with_pasted_posts(read, lines, spans) if spans else read(lines, True)
    if found is not None and posts:
        posts[0] = with_preamble(posts[0], kept, found)
    if head is not None and posts:
        said = (
            f"the note's heading ({head.heading!r}) and source line above the copied page were"
            " read as the note's: the post's title is the first line below them"
        )
        posts[0] = posts[0].with_changes(warnings=(*posts[0].warnings, said))
    if stack_said and posts:
        posts[0] = posts[0].with_changes(warnings=(*posts[0].warnings, *stack_said))
    if sidebar and posts:
        posts[0] = with_sidebar(posts[0], sidebar)
    if link_said and posts:
        posts[0] = with_link_notes(posts[0], link_said)
    if captions_left and posts:
        posts = with_caption_notes(posts, captions_left)
    posts = _with_page_facts(posts, front)
    posts = with_date_row(posts, row) if row is not None else posts
    if saved_blog and len(posts) == 1 and posts[0].blog is None:
        posts[0] = posts[0].with_changes(blog=saved_blog)
    if len(posts) > 1 and holds(text, "“"):  # "## Об авторе" / … / "10 комментариев к “Title”"
        posts = with_comment_tails(posts, saved_lines())
    posts = [without_embeds(without_fused_buttons(with_clipped_labels(post))) for post in posts]
    posts = [without_title_suffix(post) for post in posts]
    posts = [without_host_prefix(post) for post in posts]  # "Blog: Title", Blog its address
    posts = [without_own_link_tail(post) for post in posts]  # "Permalink: <its url>" and below
    if holds(text, "</a>") or page.markdown:  # "<a>Blog</a> – <a>RSS</a> <a>Books</a>"
        posts = [without_link_row(post, saved_lines()) for post in posts]
    if may_hold_action_row(text):  # "[Share on Twitter](…) · [Edit on GitHub](…)" closing it
        posts = [without_action_row(post, saved_lines()) for post in posts]
    posts = with_site_title_warning(posts, text)
    posts = [without_follow_card(post) for post in posts] if may_hold_card(text) else posts
    posts = [without_repost_chrome(p) for p in posts] if may_hold_repost(text) else posts
    posts = [without_wechat_meta(p) for p in posts] if may_hold_wechat_meta(text) else posts
    posts = [without_cnblogs_frame(p) for p in posts] if may_be_cnblogs(text) else posts
    if len(posts) == 1 and front.title:  # a clipping: its title's heading reworded, an inbox link
        posts = [without_mailbox_url(without_title_heading(posts[0], front.title, text))]
    if len(posts) == 1 and posts[0].date is None:  # a clipping's byline or footer stamp
        posts = [with_clip_stamp(posts[0], text)]
    if len(posts) == 1 and may_hold_hand(text):  # notes' own block after a pasted post
        posts = [without_notes_tail(posts[0], raws)]
    if notes is not None and notes.tail and posts:
        posts[-1] = with_tail(posts[-1], notes)
    if len(posts) == 1 and (noted_url or meta_url) and posts[0].url is None:
        posts[0] = posts[0].with_changes(url=noted_url or meta_url)
    if len(posts) == 1 and posts[0].url is None and may_hold_permalink_footer(text):
        posts[0] = posts[0].with_changes(url=permalink_address(saved_lines()))  # its time's link
    if page.markdown and any(post.url is None for post in posts):  # the date links to it
        posts = [with_date_permalink(post, saved_lines()) for post in posts]
        if len(posts) == 1 and holds(text, "/author/"):  # "Publicado em[date](permalink)"
            posts[0] = with_byline_permalink(posts[0], saved_lines())
    if len(posts) == 1 and front.untitled and title is None:
        posts[0] = untitled(posts[0], posts[0].line - 1 in page.headings)
    head_url, head_date = (reader[1].url, reader[1].date) if reader is not None else (None, None)
    if is_doc_page(posts, front.url or head_url, dated=head_date is not None):
        raise NotADump("a page saved from a documentation site, undated and unsigned: no post")
    if head_date is None and not front.date and is_static_page(posts, text):
        raise NotADump("a WordPress site's static page: no date, byline or category, no post")
    if len(posts) == 1 and holds(text, "](") and is_archive_index(saved_lines(), posts[0].line - 1):
        raise NotADump("an archive's index: a list of other posts' dated links alone, no post")
    return posts if reader is None else with_head_facts(posts, *reader[1:], head_said)


def _code_line(number: int, raw: str) -> Line:
    """A line of a fenced code block: always the author's text, never chrome."""
    return Line(number, raw, Kind.TEXT, raw.strip(INDENT).rstrip()) if raw.strip() else BLANK_LINE


def _with_page_facts(posts: list[Post], front: FrontMatter) -> list[Post]:
    """What the front matter says of a page of one post: its date, author and tags (the
    page's address is the reader's: see `_Reader.page_url`). On a page of several, the
    first post when it is the one the front matter names (notes with a post pasted below)."""
    out = []
    named = bool(posts and front.date and front.title) and folded(posts[0].title) == folded(
        front.title or ""
    )
    for number, post in enumerate(posts):
        changes: dict[str, object] = {}
        warnings = list(post.warnings)
        if len(posts) == 1 or (number == 0 and named):
            if post.date is None and front.date:
                changes["date"] = front.date
                warnings = [w for w in warnings if not w.startswith("no date found")]
                warnings.append("the date is the front matter's: the page shows none")
            if post.author is None and front.author:
                changes["author"] = front.author
            if post.blog is None and front.blog:
                changes["blog"] = front.blog  # a scraper's note names the blog
            if front.url and post.url != front.url:
                changes["url"] = front.url  # the saved page's own address, not a link in it
            if front.comments and not post.comment_list:
                changes["comment_list"] = front.comments  # a WordPress export's, kept above
            first, _, rest = post.body.partition("\n\n")
            if front.author and rest and folded(first) == folded(front.author):
                changes["body"] = rest.lstrip("\n")  # the page's byline, over the text
                warnings.append(f"the body's first line {first!r} is the author's byline")
            if not post.labels and front.tags and all(t.isdigit() for t in front.tags):
                warnings.append(
                    f"the front matter's tags ({', '.join(front.tags)}) are numbers (a CMS's"
                    " ids?): not read as labels"
                )
            elif not post.labels and front.tags:
                labels, section_said = without_sections(front.tags)
                changes["labels"] = labels
                warnings += section_said
            elif not post.labels and front.clipping_tags:
                listed = ", ".join(front.clipping_tags)
                warnings.append(
                    f"the front matter's tags ({listed}) are the clipping's, not the blog's"
                    " labels: not read as labels"
                )
        if number == 0 and front.unfenced:
            warnings.append(
                "the page starts with front matter that lost its opening '---': read as such"
            )
        if warnings != list(post.warnings):
            changes["warnings"] = tuple(warnings)
        out.append(post.with_changes(**changes) if changes else post)
    return out


def _drop_widget_title(draft: _Draft, headings: dict[int, int]) -> None:
    """A widget's title over the post's end goes from the body to the extra text."""
    at = widget_title(draft.content, headings)
    if at is not None:
        line = draft.content.pop(at)
        draft.extra.append(line.text)
        draft.warnings.append(
            f"line {line.number}: {line.text!r} over the post's end read as a widget's title,"
            " not the text"
        )


class _Reader:
    """Walks the classified lines once, building drafts and turning them into posts."""

    def __init__(
        self,
        lines: list[Line],
        source: str,
        title: str | None = None,
        links: dict[int, str] | None = None,
        headings: dict[int, int] | None = None,
        page_breaks: dict[int, str] | None = None,
        address: str | None = None,
        dated: bool = False,
        front_date: str | None = None,
        site_titles: frozenset[int] = frozenset(),
    ) -> None:
        self.lines = lines
        self.site_titles = site_titles  # lines marked as the site's title (pandoc)
        self.orders = PageOrder(lines)  # a comment stamp that reads both ways: its order
        #: The front matter gives a date: with its title printed atop a text, a post's page.
        self.dated = dated
        self.headings = headings or {}  # Markdown headings: index -> level
        self.links = links or {}  # lines that were one link: a title's link is the post's URL
        self.title = folded(title) if title else None
        # A page whose front matter names its title, and that never prints it, begins
        # with the body; the front matter's title is the post's.
        self.unprinted_title = (
            " ".join(title.split())
            if title and not any(folded(ln.text) == self.title for ln in lines)
            else None
        )
        self.blog: str | None = None
        self.title_repeated = dated and title is not None and _printed_twice(title, lines)
        self.source = source
        self.posts: list[Post] = []
        self.stray: list[str] = []  # unplaced lines before the first post
        self.stray_warnings: list[str] = []
        self.header_text: list[str] = []  # the page's own header lines: where its name is
        self.page_title = title  # the front matter's: it may name the blog ("Blog: Post")
        self.draft: _Draft | None = None
        self.header: DumpDate | None = None
        self.header_line: int | None = None
        self.header_fresh = False
        self.in_sidebar = False
        self.in_backlinks = False
        self.in_teasers = False
        self.byline_above: FooterFacts | None = None  # a byline printed above its post's title
        self.byline_above_text = ""
        self.header_note: str | None = None  # a warning for the post the date header heads
        self.evidence = False  # a date header or a post footer: this is a blog dump
        self.heading_closed = False  # the last post read closed with a share heading alone
        # Several saved pages in one file, each opened by its address on a line of its own:
        # each page has its own header, blog name and URL.
        self.page_breaks = page_breaks or {}
        self.page_first = 0  # index in self.posts of the current page's first post
        top = next((ln for ln in lines if ln.kind is not Kind.BLANK), None)
        if address is None and top is not None and URL_LINE.fullmatch(top.text):
            address = top.text
        if address is None:
            address = _noted_address(lines)
        #: The address of the current page: the front matter's, the URL line atop the first
        #: page, or the one a page break opened with.
        self.page_url = address
        #: A comment count, labels and share buttons above the front matter's date, and the
        #: body below it: (the index of the block's first line, the date's index).
        self.meta_head = (
            _meta_above_date(lines, front_date, self.headings)
            if front_date and (self.unprinted_title or title)
            else None
        )
        self.front_title = self.unprinted_title

    @cached_property
    def _dated_page(self) -> tuple[dict[int, tuple[str, DumpDate]], frozenset[int]]:
        return dated_titles(self.lines)

    @property
    def _dated_titles(self) -> dict[int, tuple[str, DumpDate]]:
        return self._dated_page[0]

    def _lone_footer(self, index: int) -> bool:
        return index in self._dated_page[1] if self._dated_titles else False

    @property
    def first_on_page(self) -> bool:
        """Whether no post of the current page has been read yet."""
        return len(self.posts) == self.page_first

    @cached_property
    def footer_ahead(self) -> list[bool]:
        """For each line, whether a post footer follows before the next date header."""
        return _footers_ahead(self.lines)

    @cached_property
    def last_chrome(self) -> int:
        """The number of the page's last chrome line."""
        return _last_chrome(self.lines)

    def read(self) -> list[Post]:
        breaks = self.page_breaks
        skip_to = -1
        for index, line in enumerate(self.lines):
            if index <= skip_to:
                continue
            if breaks and index in breaks and self._page_has_a_post():
                self._end_page()
                self.page_url = line.text
                continue
            if self.meta_head is not None and index == self.meta_head[0]:
                skip_to = self._meta_head(*self.meta_head)
                if skip_to >= index:
                    continue
            self._step(index, line)
        self._end_page()
        if not self.posts or not self.evidence:
            raise NotADump(self._why_nothing())
        if all(link_index(post) for post in self.posts):
            raise NotADump("a list of other posts' titles and links: no post text on it")
        return self.posts

    def _meta_head(self, start: int, at: int) -> int:
        """The post begins with its comment count, labels and share buttons, then its date
        (the front matter's), and the body below: what came before is the page's header.
        The title is the front matter's (the page prints none, or prints it right above the
        block). Gives the date's index, or -1 when the block is no such post's head."""
        draft, title = self.draft, self.front_title
        if title is None:  # printed: only short lines ("#Tutorials#PHP") between it and here
            if draft is None or not titled_above(draft.title, draft.content, self.title):
                return -1
            new, kept = draft, [ln.text for ln in draft.content if ln.kind is not Kind.BLANK]
            new.content, new.extra = [], new.extra + kept
            if kept:
                new.warnings.append(
                    f"line {draft.title.number + 1}: kept aside {' / '.join(kept)!r}, between"
                    " the title and the post's comment count, labels and date"
                )
        else:
            if draft is not None:
                self.draft = None
                self._unplaced(draft, "the page's header, above the post's count, labels and date")
            new = _Draft(Line(self.lines[at].number, title, Kind.TEXT, title), None, None)
            new.title_printed = False
            new.warnings.append("the title is the front matter's: the page itself prints none")
        new.header = self.lines[at].date
        new.warnings.append(
            f"line {self.lines[start].number}: the comment count, labels and share buttons "
            "above the date read as the post's (the text starts below the date)"
        )
        for line in self.lines[start:at]:
            facts = line.facts
            if line.kind is not Kind.FOOTER or not evidence(facts):
                continue
            new.posted_by = facts.author or new.posted_by
            if facts.moment is not None:
                new.moment = _merge_moments(new.moment, facts.moment)
            new.labels.extend(facts.labels or ())
            if facts.comments is not None:
                new.comment_count = facts.comments
        self.draft, self.unprinted_title, self.evidence = new, None, True
        return at

    def _page_has_a_post(self) -> bool:
        """Whether the page read so far holds a post frame (a date, a byline, a footer): a
        page's address below it starts the next page, not a link in the text."""
        draft = self.draft
        if not self.first_on_page:
            return True
        return draft is not None and (
            draft.header is not None or draft.has_facts or draft.footer_seen
        )

    def _end_page(self) -> None:
        """The page's last post is read: give its posts the blog's name and the lines of its
        header, and start afresh for a page that may follow."""
        self._finish()
        first = self.page_first
        page = self.posts[first:]
        if not page:
            if self.posts and self.stray:  # a saved page that held no post
                last = self.posts[-1]
                self.posts[-1] = last.with_changes(
                    extra_text=last.extra_text + tuple(self.stray),
                    warnings=last.warnings
                    + (
                        f"kept {len(self.stray)} line(s) of a saved page of the bundle with no"
                        " post's date or footer",
                    ),
                )
                self.stray, self.header_text = [], []
            return  # nothing read yet: the header lines wait for the page's first post
        self.blog, name_line = self._blog_name(page)
        if (named := byline_blog(self.lines, page[0].line)) is not None:
            self.blog, name_line = named, None  # "by Name (Blog)": the byline names the blog
        if name_line in self.stray:
            self.stray.remove(name_line)  # placed: it is the blog's name
        if self.blog:
            page = [_without_signature(p.with_changes(blog=p.blog or self.blog)) for p in page]
        if len(page) == 1:  # an item page: its breadcrumb names the post's category
            after = self.posts[first - 1].line if first else 0
            page[0] = with_breadcrumb(page[0], self.lines, after, self.stray)
        if self.page_url and len(page) == 1 and page[0].url is None:
            page[0] = page[0].with_changes(url=self.page_url)
        if self.stray:
            preview = " / ".join(self.stray)[:120]
            page[0] = page[0].with_changes(
                extra_text=tuple(self.stray) + page[0].extra_text,
                warnings=page[0].warnings
                + (f"{len(self.stray)} unrecognised line(s) before the post kept: {preview!r}",),
            )
            self.stray = []
        self.posts[first:] = page
        self.page_first = len(self.posts)
        self.header_text, self.blog, self.page_title = [], None, None
        self.header, self.header_line, self.header_fresh = None, None, False
        self.in_sidebar = self.in_backlinks = self.in_teasers = False
        self.byline_above = None
        self.header_note = None

    def _blog_name(self, page: list[Post]) -> tuple[str | None, str | None]:
        """The blog's name from the page's header, and the line it stands on.

        The first header line that can name a blog and is not the post's own title
        (a page's <title> repeated), nor a section heading of a wrapper ("## Full
        Article"); a page title "Blog: Post title" or "Name: title [host]" gives its head.
        """
        titles = [plain_title(p.title) for p in page if p.title]
        sections = {self.lines[i].text for i, level in self.headings.items() if level >= 2}
        sections -= {self.lines[i].text for i, level in self.headings.items() if level == 1}
        header = self.header_text
        if sum(1 for text in header if _code_like(text)) >= _CODE_HEADER:
            header = []  # a source file's lines above a pasted page: no header of a blog
        candidates = ([self.blog] if self.blog else []) + header
        candidates = header_candidates(
            candidates, self.lines, self.links, page[0].line, self.page_url
        )
        if (
            self.page_title
            and self.page_title not in candidates
            and (len(page) > 1 or self._blog_in(self.page_title, titles))
        ):
            candidates.insert(0, _blog_head(self.page_title, titles))  # a home page's: the blog's
        if candidates and repository_name(candidates[0].lstrip("# ")):
            return None, None  # a README's heading above a pasted post: no blog's header
        folded_titles = {title.casefold() for title in titles}  # a scraper's capitals aside
        for text in candidates:
            text = NOTE_FIELD.sub("", text, count=1)
            if text in sections or text[:1] in "#>" or PATH.search(text) or "://" in text:
                continue  # a section, a quote, a path or an address ("Source: https://…")
            if not could_name_a_blog(text) or self._front_title_again(text, page, titles):
                continue
            name = " ".join(MONTH_PAGE.sub(without_month, HOST_AT_END.sub("", text)).split())
            name = undecorated(name)
            if len(name.split()) > 1 and classify(0, name.split()[0]).kind is Kind.NAV:
                continue  # "Accueil  Thémes  Title": a breadcrumb, not the blog's name
            plain = plain_title(name)
            if plain.casefold() in folded_titles or _browser_title(plain, titles):
                continue  # the page's title is the post's ("Post title / Site": the browser's)
            title = _title_at_end(plain, titles)
            if title is not None:
                name = name[: len(name) - len(title)].rstrip(" :|–—-·")
            if sum(ch.isalpha() for ch in name) >= 2:
                return name, text
        return None, None

    def _front_title_again(self, text: str, page: list[Post], titles: list[str]) -> bool:
        """Whether a header line is the front matter's title printed again (a scraper's
        heading over the page), the post's however the page spells it: no blog's name."""
        front = self.page_title
        return (
            len(page) == 1
            and front is not None
            and folded(text) == folded(front)
            and not self._blog_in(front, titles)
        )

    @staticmethod
    def _blog_in(page_title: str, titles: list[str]) -> bool:
        """Whether a page's title is "Blog: Post title" for one of the posts read."""
        return _title_at_end(plain_title(HOST_AT_END.sub("", page_title)), titles) is not None

    def _why_nothing(self) -> str:
        kinds = {line.kind for line in self.lines}
        if kinds <= {Kind.BLANK}:
            return "the file holds only blank lines"
        if Kind.TEXT not in kinds:
            return "no recognisable post: only page chrome (sidebar, navigation, footers)"
        return "no recognisable post: no date header, byline date or post footer found"

    # -- the walk ---------------------------------------------------------------------------

    def _step(self, index: int, line: Line) -> None:
        kind = line.kind
        if kind is Kind.FOOTER and line.facts.comments is not None and self._listed(index):
            line = Line(line.number, line.raw, Kind.TEXT, line.text)  # "5 Comentarios" in a list
            kind = Kind.TEXT
        draft = self.draft
        if kind is Kind.TEXT and draft is not None and self._meta_run_on(draft, line):
            return
        if (
            kind is Kind.TEXT
            and line.text[0] == ","
            and draft is not None
            and (more := wrapped_labels(self.lines, index, draft.has_body)) is not None
        ):
            draft.labels.extend(more)  # "DATE by NAME in a, b" / ", c, d |"
            return
        if (
            (kind is Kind.TEXT or kind is Kind.BLANK)
            and draft is not None
            and not (draft.footer_seen or draft.labels_continue or draft.in_comments)
            and not (self.in_sidebar or self.in_backlinks or self.in_teasers)
        ):
            draft.content.append(line)  # the body of the post being read: most lines
            return
        if kind is Kind.DATE and not self._inside_comment_text():
            if (self.in_sidebar or self.in_teasers) and (
                not self.footer_ahead[index] or bodiless_teaser(self.lines, index)
            ):
                return  # a dated teaser ("Popular posts"): no post follows it
            self.in_teasers = False
            draft = self.draft
            if draft is not None and self._reprinted(draft, index, line):
                return
            if (
                draft is not None
                and draft.shared_under_title
                and not draft.has_body
                and not draft.footer_seen
                and draft.header is None
            ):
                draft.header, draft.header_line = line.date, None  # title, share, date (new themes)
                return
            if (
                draft is not None
                and not draft.footer_seen
                and draft.header is None
                and not names_a_weekday(line.text)
                and index not in self.headings  # "## May 23, 2014" heads the posts below it
                and not (not draft.has_body and self._dates_head_titles(index))
                and not (not draft.has_body and self._name_over_classic_header(draft, index))
            ):
                # "March 11, 2022" under a title (new themes); a date header above a
                # title names its weekday ("Monday, February 19, 2007").
                if not draft.has_body and not self._page_title_above(draft.title, index):
                    draft.header, draft.header_line = line.date, None
                    return
                title = _last_text(draft.content)
                if (
                    title is not None
                    and title_like(title.text)
                    and self.first_on_page
                    and draft.body_lines >= 2
                    and not self._front_matters_post(draft)  # its text, not a page header
                    and not self._title_and_byline_below(index)
                    and not self._page_title_above(title, index)
                    and not self._last_of_a_list_above_a_title(draft, title, index)
                ):
                    # the blog's name and description, then the title with its date under
                    # it; a date right under a name and description stands above the title
                    draft.content = draft.content[: draft.content.index(title)]
                    self._finish()
                    self.draft = _Draft(title, line.date, None)
                    return
            self._finish()
            self.header, self.header_line = line.date, line.number
            self.header_fresh = True
            self.in_sidebar = False
            self.in_backlinks = False
            return
        if self.in_sidebar:
            if kind is Kind.FOOTER and draft is not None:
                _count_below_the_sidebar(draft, line)  # Habr: "Комментарии 24" under the hubs
            return
        if kind is Kind.BACKLINKS:
            self.in_backlinks = not self.in_backlinks
            return
        if kind is Kind.TEASERS:
            self.in_teasers = True
            if self.draft is not None:
                self.draft.footer_seen = True
            return
        if self.in_teasers:
            if kind in _TEASER_KINDS:
                return  # a related post's title, date or opening: not this page's
            self.in_teasers = False
        if self.in_backlinks:
            # the citing pages' bylines are theirs: skip to "Create a Link", or to the
            # share buttons and labels when the page lists no citing page
            facts = line.facts
            if kind is not Kind.FOOTER or facts.labels is None and evidence(facts):
                return
            self.in_backlinks = False
        draft = self.draft
        if draft is not None and draft.in_comments and self._comment_step(index, line, draft):
            return
        if (
            kind is Kind.FOOTER
            and draft is not None
            and draft.footer_seen
            and self._lone_footer(index)
        ):
            draft.extra.append(line.text)  # a post the save kept only the footer of
            draft.warnings.append(
                f"line {line.number}: a footer set apart under the post's own: kept aside"
            )
            return
        if kind is Kind.BLANK:
            if draft is not None:
                # a key alone on its line: its labels follow one a line, maybe spaced apart
                draft.labels_continue = draft.labels_continue and draft.labels_one_a_line
                if not draft.footer_seen:
                    draft.content.append(line)
            return
        if draft is not None and draft.labels_continue and kind is Kind.TEXT:
            if draft.labels_one_a_line and draft.labels and label_separator(line):
                return  # "a" / "," / "b": each label a link on its own line, commas between
            one_a_line = draft.labels_one_a_line and label_like(line)
            if one_a_line and self._date_below(index) and not self._after_separator(index):
                one_a_line = False  # a title over its date (share buttons between): a post
            if not one_a_line and draft.labels_one_a_line and draft.labels:
                draft.labels_one_a_line = draft.labels_continue = False  # the list is over
            else:
                draft.labels.extend(split_labels(line.text))
                draft.labels_continue = line.text.endswith(",") or one_a_line
                if line.text.endswith(","):
                    draft.labels_one_a_line = False  # "a," / "b": a list wrapped at commas
                return
        if draft is not None and draft.labels_continue and kind is not Kind.BLANK:
            draft.labels_continue = False
        if (
            kind is Kind.NAV
            and draft is not None
            and not draft.footer_seen
            and inside_a_sentence(
                draft.content, line, self.lines[index + 1] if index + 1 < len(self.lines) else None
            )
            and self.footer_ahead[index]
        ):  # "In my" / "previous post" / "I wrote": a link of the text on its own line
            draft.content.append(Line(line.number, line.raw, Kind.TEXT, line.text))
            return
        if (
            kind in (Kind.SIDEBAR, Kind.CHROME, Kind.NAV)
            and draft is not None
            and not draft.footer_seen
            and (
                draft.body_lines >= 2  # a body, not just an author line under the title
                or kind is Kind.CHROME
                and draft.has_facts
                and not draft.has_body  # "Ad" there
            )
            and self.footer_ahead[index]
        ):
            return  # a lone "Archive" or "Home" link in the body: the post's footer is to come
        if (
            kind is Kind.SIDEBAR
            and draft is None
            and self.first_on_page
            and self._title_ahead(index)
        ):
            return  # "Search This Blog" in the page's header, above the front matter's title
        if kind is Kind.SIDEBAR:
            if draft is not None:
                draft.footer_seen = True
            self.in_sidebar = True
            return
        if (
            draft is not None
            and kind is Kind.FOOTER
            and _share_word_in_a_list(
                line, draft, self.lines[index + 1] if index + 1 < len(self.lines) else None
            )
        ):
            draft.content.append(line)
            return
        if (
            draft is not None
            and kind is Kind.FOOTER
            and draft.has_body
            and not draft.footer_seen
            and lone_site_name(self.lines, index)
        ):
            draft.content.append(line)
            draft.warnings.append(
                f"line {line.number}: {line.text!r} alone between two lines of text read as the"
                " body's (a site named), not share buttons ending the post"
            )
            return
        if kind in (Kind.FOOTER, Kind.BYLINE):
            self._footer(index, line)
            return
        if kind in (Kind.POST_END, Kind.NAV, Kind.SUBSCRIBE, Kind.CHROME):
            if not self.first_on_page and pager(line):
                self.in_sidebar = True  # a home page's "Older posts": its sidebar follows
            if draft is not None and kind is Kind.NAV and self._a_menus_item(draft, line):
                self._unplaced(draft, "an item of the menu above the post")
                self.draft = None
                return
            if draft is not None:
                if kind is Kind.POST_END and draft.has_body:
                    self.evidence = True  # a comment form under a text: a blog post's page
                    if not draft.footer_seen:
                        _drop_widget_title(draft, self.headings)  # "### Like this:"
                draft.footer_seen = True
                draft.ended_by_menu = kind in (Kind.NAV, Kind.CHROME) and not draft.has_facts
            return
        if kind is Kind.COMMENTS_HEADING and draft is not None and self._heading_in_text(index):
            draft.content.append(Line(line.number, line.raw, Kind.TEXT, line.text))
            draft.warnings.append(
                f"line {line.number}: {line.text!r} read as a heading of the text, not the"
                " comment section: prose follows it and the post's footer is still to come"
            )
            return
        if kind is Kind.COMMENTS_HEADING and draft is not None:
            self.evidence = self.evidence or draft.has_body
            draft.footer_seen = True
            draft.in_comments = self._comment_follows(index)
            return
        if draft is not None and draft.footer_seen and kind is Kind.SAID:
            draft.in_comments = True  # a comment section the count line did not announce
            self._comment_step(index, line, draft)
            return
        if draft is not None and draft.footer_seen and kind is Kind.COMMENT_CHROME:
            return
        # Text: a title (first line of a post) or a line of the post being read.
        # SAID and COMMENT_CHROME lines inside a body are ordinary text.
        if (
            draft is not None
            and draft.footer_seen
            and (
                not self.footer_ahead[index]
                or not _has_word(line.text)
                or self._count_right_below(index)
                or draft.has_body
                and not draft.labels
                and labels_below(self.lines, index, self.headings, draft.title.number - 1)
            )
            and not self._title_and_paragraph(index)
            and index not in self._dated_titles
        ):
            if not self._clipped_run_on(draft, index):
                self._trailing(draft, line)  # after the post, and no post frame follows
            return
        if draft is None and self.first_on_page and self._page_header(index, line):
            return
        if draft is None and self.first_on_page and self.unprinted_title and self.header is None:
            title = Line(line.number, self.unprinted_title, Kind.TEXT, self.unprinted_title)
            if index in self.headings and same_title(line.text, self.unprinted_title):
                self.draft = _Draft(line, None, None)  # printed with other punctuation
            else:
                self.draft = _Draft(title, None, None, content=[line], title_printed=False)
                self.draft.warnings.append(
                    "the title is the front matter's: the page itself prints none"
                )
            if self.byline_above is not None:  # a byline above the body (CSDN's)
                above, self.byline_above = self.byline_above, None
                self.draft.posted_by, self.draft.moment = above.author, above.moment
            self.unprinted_title = None
            self.evidence = True  # the front matter says this page is a post
            return
        if (
            draft is not None
            and draft.footer_seen
            and not draft.has_facts
            and draft.has_body
            and draft.share_buttons > 0
            and in_footer_card(self.lines, index)  # "Ana" / "12" over the byline (cnblogs)
        ):
            draft.extra.append(line.text)
            said = "kept aside: short lines between the share buttons and the byline"
            if not draft.warnings or not draft.warnings[-1].endswith(said):
                draft.warnings.append(f"line {line.number}: {said}")
            return
        if draft is None or draft.footer_seen:
            if RULE.fullmatch(line.text):
                return  # "---" between a date header and the title: a rule, no post's title
            if self.first_on_page and self._menu_item(index):
                self.stray.append(line.text)  # "Home" / "About": the page's menu
                return
            self._finish(starting_at=index)
            self.draft = _Draft(line, self.header, self.header_line if self.header_fresh else None)
            self.header_fresh = False
            if self.header_note is not None:
                self.draft.warnings.append(self.header_note)
                self.header_note = None
            if self.byline_above is not None:
                above, self.byline_above = self.byline_above, None
                self.draft.posted_by = above.author
                self.draft.moment = above.moment
                self.draft.comment_count = above.comments
                if under_title_only(self.byline_above_text) and kind is Kind.TEXT:
                    self.draft.title = Line(line.number, "", Kind.TEXT, "")  # a clipped page
                    self.draft.title_printed = False
                    self.draft.content.append(line)
                    self.draft.warnings.append(NO_TITLE.format(byline=self.byline_above_text[:60]))
            split = run_in(line.text) if kind is Kind.TEXT else None
            if split is not None:  # "Post titleNovember 25, 2007 at 8:49 pm · Filed under a, b"
                alone, byline = split
                self.draft.title = Line(line.number, alone, Kind.TEXT, alone)
                self.draft.posted_by = byline.author or self.draft.posted_by
                self.draft.moment = byline.moment
                self.draft.labels.extend(byline.labels or ())
            elif index in self._dated_titles:  # "Post title December 25, 2011" (archive pages)
                alone, self.draft.header = self._dated_titles[index]
                self.draft.title = Line(line.number, alone, Kind.TEXT, alone)
            return
        draft.content.append(line)

    def _reprinted(self, draft: _Draft, index: int, line: Line) -> bool:
        """A column's printed head under the post's meta line: kept aside, no new post."""
        if not draft.meta_under_title or draft.footer_seen or line.date is None:
            return False
        head = reprint_head(draft.content, line.date, draft.moment, self.lines, index)
        if head is None:
            return False
        draft.content = []
        draft.extra.append("\n".join([*(ln.text for ln in head), line.text]))
        draft.warnings.append(
            f"line {line.number}: a printed head (name, paper, date) under the meta line: kept aside"
        )
        return True

    def _meta_run_on(self, draft: _Draft, line: Line) -> bool:
        """A magazine theme's meta under the title: "30 novembre 202135" (the date, its year
        run into the view count), then the comment count alone on the next line ("0")."""
        if draft.has_body or draft.footer_seen or not line.text[-1:].isdigit():
            return False
        if draft.run_on_date_line is not None:
            if line.number != draft.run_on_date_line + 1 or not line.text.isdigit():
                return False
            draft.run_on_date_line = None
            if len(line.text) > 5 or draft.comment_count is not None:
                return False
            draft.comment_count = int(line.text)
            draft.warnings.append(
                f"line {line.number}: the number alone under the date read as the comment count"
            )
            return True
        if draft.header is not None or self.headings.get(line.number - 1):
            return False
        read = date_and_count(line.text)
        if read is None:
            return False
        draft.header, draft.header_line = read[0], None
        draft.run_on_date_line = line.number
        return True

    def _page_header(self, index: int, line: Line) -> bool:
        """Whether `line` comes before the first post's title: a URL, the blog's name...

        Such lines are kept (as unrecognised lines before the post); the first one that
        is not a URL is taken for the blog's name.
        """
        if self.header is not None:
            return False  # a date header came: the next line is the title
        if URL_LINE.fullmatch(line.text):
            self.stray.append(line.text)
            return True
        if self._menu_item(index):
            self.stray.append(line.text)  # "Home" / "About": the page's menu, one item a line
            return True
        below = self._next_line(index)
        if below is not None and below.kind is Kind.TEXT and run_in(below.text) is not None:
            self.header_text.append(line.text)  # the blog's name above a title run into its byline
            self.stray.append(line.text)
            return True
        # Lines before the front matter's title are the page's header; so is the title
        # itself when the page repeats it (a scraper's heading, then the page's own).
        if self._title_ahead(index):
            if (
                self.blog is None
                and could_name_a_blog(line.text)
                and folded(line.text) != self.title
            ):
                self.blog = line.text
            self.stray.append(line.text)
            return True
        return False

    def _listed(self, index: int) -> bool:
        """ "5 Comentarios" between "4 Comas finales" and "6 Convenciones": a table of
        contents' item, not a comment count (a count stands apart, after the post)."""
        line = self.lines[index]
        if not line.text[:1].isdigit() or line.text.endswith(":") or line.facts.author:
            return False
        if line.facts.labels is not None:
            return False
        above = next(
            (
                ln
                for ln in reversed(self.lines[max(0, index - 3) : index])
                if ln.kind is not Kind.BLANK
            ),
            None,
        )
        below = self._next_line(index)
        return (
            above is not None
            and below is not None
            and above.text[:1].isdigit()
            and below.text[:1].isdigit()
            and below.number - line.number <= 3
        )

    def _date_below(self, index: int) -> bool:
        """Whether a date stands below `index` with only blank lines and share buttons
        between."""
        for line in self.lines[index + 1 : index + 30]:
            if line.kind is Kind.DATE:
                return True
            if line.kind is not Kind.BLANK and not (
                line.kind is Kind.FOOTER and not evidence(line.facts)
            ):
                return False
        return False

    def _count_right_below(self, index: int) -> bool:
        """Whether the very next line is a comment count: the line between a footer and the
        post's comments ("– Amit – Sunday, September 5, 2010") starts no post of its own."""
        below = self._next_line(index)
        return (
            below is not None
            and below.number == self.lines[index].number + 1
            and below.kind is Kind.FOOTER
            and below.facts.comments is not None
            and below.facts.author is None
        )

    def _menu_item(self, index: int) -> bool:
        """A short line right under a menu's known item ("Home", "Skip to content") and
        itself followed by a blank line or another short line: the menu goes on."""
        if index == 0 or self.lines[index - 1].kind not in (Kind.NAV, Kind.CHROME):
            return False
        text = self.lines[index].text
        if len(text) > 30 or len(text.split()) > 3:
            return False
        after = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return (
            after is None
            or after.kind is Kind.BLANK
            or (after.kind is Kind.TEXT and len(after.text) <= 30 and len(after.text.split()) <= 3)
        )

    def _title_and_byline_below(self, index: int) -> bool:
        """Whether a title and then a byline follow line `index` (a date above its title)."""
        title = self._next_line(index)
        byline = self._next_line(title.number - 1) if title is not None else None
        return (
            title is not None
            and title.kind is Kind.TEXT
            and byline is not None
            and byline.kind is Kind.FOOTER
            and byline.facts.author is not None
        )

    def _dates_head_titles(self, index: int) -> bool:
        """Whether the date at `index` and a later one each stand above a title-like line
        whose post frame (a footer) follows: an archive page's date headers, not a date
        under the line above ("Harbour Ledger" / "May 23, 2014" / "Post title" / ...)."""
        if not self.first_on_page:
            return False
        headed = 0
        for at in range(index, len(self.lines)):
            line = self.lines[at]
            if line.kind is not Kind.DATE or not self.footer_ahead[at]:
                continue
            below = self._next_line(at)
            if below is None or below.kind is not Kind.TEXT or not title_like(below.text):
                continue
            if ends_sentence(below.text):
                continue
            headed += 1
            if headed >= 2:
                return True
        return False

    def _name_over_classic_header(self, draft: _Draft, index: int) -> bool:
        """Whether the page's first line (read as a title, nothing under it) is the blog's
        name over a classic date header: the post's title is the line under the date (said
        on the post: a new theme's title stands over its date)."""
        if not self._date_heads_a_classic_post(index):
            return False
        self.header_note = (
            f"line {draft.title.number}: {draft.title.text!r} read as the blog's name over"
            " a date header without a weekday, not as the title with its date under it: a"
            " classic footer (byline or share buttons of words) closes the text below"
        )
        return True

    def _date_heads_a_classic_post(self, index: int) -> bool:
        """Whether the date at `index` stands above a title-like line whose text closes
        with a classic theme's footer, before any other date: a byline ("Posted by Anna
        at 5:43 AM") or share buttons of words ("Email This" / "BlogThis!" / "Share to
        X"), not a new theme's run of bare site names ("Get link" / "Facebook" / "X"). The
        classic themes' date header over a post's page ("Harbour Ledger" / "May 23, 2014" /
        "Post title" / text / footer); new themes print the date under the title and no
        byline under the text."""
        if not self.first_on_page:
            return False
        title = self._next_line(index)
        if title is None or title.kind is not Kind.TEXT or not title_like(title.text):
            return False
        if ends_sentence(title.text):
            return False
        text = 0
        start = title.number  # the index of the line under the title
        for at in range(start, min(len(self.lines), start + _SIGNED_WITHIN)):
            line = self.lines[at]
            if line.kind is Kind.DATE:
                return False
            if line.kind is Kind.TEXT:
                text += 1
            elif line.kind is Kind.FOOTER and line.facts.author is not None:
                return text > 0
            elif line.kind is Kind.FOOTER and not evidence(line.facts) and text > 0:
                return not closing_share_run(self.lines, at)
            elif line.kind is Kind.FOOTER:
                return False  # a count or labels right under the title: no closed text
        return False

    def _title_under_menu(self, draft: _Draft, index: int) -> bool:
        """The page's header closed by its menu, then one line, share buttons and a date:
        that line is the post's title (new themes), not a line kept after a footer."""
        if not (draft.ended_by_menu and self.first_on_page and draft.trailing_count):
            return False
        title = title_over_shares(self.lines, index)
        if title is None or draft.extra[-1:] != [title.text]:
            return False
        draft.extra.pop()
        draft.trailing_count -= 1
        if not draft.trailing_count:
            draft.trailing_from = None
        self._finish(starting_at=title.number - 1)
        self.draft = _Draft(title, None, None)
        self.draft.shared_under_title = True
        return True

    def _blog_name_above_shared_title(self, draft: _Draft, index: int) -> bool:
        """The blog's name read as a title, then the real title, its share buttons and its
        date (new themes: "Harbour Ledger" / "Post title" / "Get link" ... / "May 23,
        2014"): the post starts at the title; the name is the page's header."""
        if not self.first_on_page or draft.header is not None or draft.has_facts:
            return False
        if draft.footer_seen or draft.shared_under_title:
            return False
        texts = [ln for ln in draft.content if ln.kind is not Kind.BLANK]
        if len(texts) != 1 or not title_like(texts[0].text) or ends_sentence(texts[0].text):
            return False
        for line in self.lines[index + 1 :]:
            if line.kind is Kind.BLANK or line.kind is Kind.FOOTER and not evidence(line.facts):
                continue
            if line.kind is not Kind.DATE:
                return False
            self._start_at_title(draft, texts[0])
            return True
        return False

    def _page_title_above(self, title: Line, index: int) -> bool:
        """Whether `title` is the page's ("Blog: Post title") and the post's own title
        stands under the date at `index`: the date heads that title, not this one."""
        below = self._next_line(index)
        if below is None or below.kind is not Kind.TEXT or not title_like(below.text):
            return False
        return _title_at_end(plain_title(title.text), [plain_title(below.text)]) is not None

    def _title_ahead(self, index: int) -> bool:
        """Whether the front matter's title stands on a line soon after this one."""
        title = self.title
        if title is None:
            return False
        for ln in self.lines[index + 1 : index + 60]:
            if ln.kind is Kind.TEXT and folded(ln.text) == title:
                return True
            if ln.kind is Kind.FOOTER and ln.facts.moment is not None and ln.facts.moment.date:
                return False  # a dated byline: the post began above it (a list below names it)
        return False  # (a list of other posts naming this one is chrome, no title)

    def _title_and_paragraph(self, index: int) -> bool:
        """A title-like line with a long paragraph under it: a post cut short, not chrome."""
        title = self.lines[index]
        if len(title.text) > 150 or ends_sentence(title.text) or title.number < self.last_chrome:
            return False  # page chrome still follows: this is no post cut short at the end
        at = index
        for _ in range(2):  # the paragraph, or an author line and then the paragraph
            after = self._next_line(at)
            if after is None or after.kind is not Kind.TEXT:
                return False
            if len(after.text) >= 120:
                return True
            if not looks_like_name(after.text):
                return False
            at = after.number - 1
        return False

    def _clipped_run_on(self, draft: _Draft, index: int) -> bool:
        """The next post's title right under this one's labels, as the page's posts ran on,
        with no footer below it: the page ends inside that post (said on it)."""
        if index == 0 or self.lines[index - 1].kind is not Kind.FOOTER:
            return False  # the cheap test first: most lines stand under no labels line
        titles = [post.line for post in self.posts[self.page_first :]] + [draft.title.number]
        if not run_on_title(self.lines, index, titles):
            return False
        self._finish(starting_at=index)
        line = self.lines[index]
        self.draft = _Draft(line, self.header, None, clipped=True)
        self.draft.warnings.append(
            f"line {line.number}: no footer: the page ends inside this post (its title stands"
            " right under the labels of the post above)"
        )
        return True

    def _trailing(self, draft: _Draft, line: Line) -> None:
        """A line after a post's footer that starts no post: kept with the post, and said so."""
        if draft.trailing_from is None:
            draft.trailing_from = line.number
        draft.trailing_count += 1
        draft.extra.append(line.text)

    def _footer(self, index: int, line: Line) -> None:
        facts = line.facts
        draft = self.draft
        if draft is None:
            unnamed = facts.moment is not None and self.unprinted_title is not None
            if (facts.author is not None or unnamed) and self.first_on_page:
                self.byline_above = facts  # "Published May 2, 2024 by Ana", then the title
                self.byline_above_text = line.text
                return
            self.stray.append(line.text)  # a byline with no post above it
            return
        if self._title_above_meta(draft, line) or self._title_above_byline(draft, line, index):
            draft = self.draft
            assert draft is not None
        own = draft.moment if draft.posted_by is not None else None  # its byline's date
        title = next_post_title(draft.content, line, own, draft.footer_seen, self.headings)
        if title is not None and not draft.in_comments:  # the post above lost its footer
            del draft.content[draft.content.index(title) :]
            draft.warnings.append(f"line {title.number}: no footer: ends at the next title")
            self._finish(starting_at=index - 1)
            draft = self.draft = _Draft(title, self.header, None)
        if line.kind is Kind.BYLINE and draft.comment_count is not None:
            # a bare stamp after the comment count is a comment's, not the post's
            draft.extra.append(line.text)
            draft.warnings.append(
                f"line {line.number}: a timestamp after the comment count, in no comment "
                "a head was found for: kept aside"
            )
            return
        if comment_stamp(draft.footer_seen, draft.moment, facts):
            draft.extra.append(line.text)
            said = "a date below the post's footer, on another day than its date: a comment's"
            if not any(said in w for w in draft.warnings):  # the first said: the rest alike
                draft.warnings.append(f"line {line.number}: {said}, kept aside (not the post's)")
            return
        if not draft.footer_seen and second_date(draft.has_body, draft.moment, facts):
            draft.extra.append(line.text)
            draft.warnings.append(f"line {line.number}: {SECOND_DATE}")
            return
        if facts.author is None and not draft.footer_seen:
            before = len(draft.content)
            self._name_above_footer(draft, line)
            if len(draft.content) == before and not evidence(facts):
                self._labels_above_share_run(draft, index, line)
        if facts.note is not None:
            draft.warnings.append(f"line {line.number}: {facts.note}")
            if facts.kept:
                draft.extra.append(line.text)
        if not evidence(facts) and self._title_under_menu(draft, index):
            return
        if not evidence(facts) and self._blog_name_above_shared_title(draft, index):
            draft = self.draft
            assert draft is not None
        if not evidence(facts) and not draft.has_body:
            draft.shared_under_title = True
            return  # share buttons under the title (new themes put them there)
        if not evidence(facts) and len(line.text.split()) >= 2:
            draft.share_buttons += share_buttons(line.text)  # run together: each one counts
            if draft.has_body and share_heading(line.text):
                draft.share_heading = line.number
        byline_only = facts.comments is None and facts.labels is None
        dated = facts.moment is not None  # "8:11 PM  Programming  No comments" under the title
        under = _under_the_title(draft) and not under_the_post(line.text)
        if dated and not byline_only and under and not draft.has_body:
            draft.meta_under_title = True
        if self._meta_above_body(draft, index):
            draft.meta_under_title = True  # byline, then labels or a count: the body follows
            draft.content.clear()  # the "<br>" between them is the header's markup, no text
        elif self._labels_under_title(draft, index, facts):
            pass  # the post's categories under its title and date: the body is to come
        elif self._count_under_title(draft, index, facts):
            pass  # "34 Comments" under the title and date: the body is to come
        elif not ((byline_only or dated) and under):
            draft.footer_seen = True  # else a byline under the title: the body is to come
        if facts.author and draft.title_byline is None and under and not draft.has_body:
            draft.title_byline = line if byline_only and not dated else None
        elif facts.author and draft.title_byline is not None and draft.has_body:
            credit = credit_into_body(draft.content, draft.title_byline, facts.author)
            draft.warnings += [credit] if credit else []  # "By Ana, Team" over the text
            draft.title_byline = None
        if facts.author:
            draft.posted_by = facts.author
        elif byline_only and dated and draft.footer_seen and draft.posted_by is None:
            draft.nameless_byline = True  # the theme hides the author: no name line above either
        if facts.moment is not None:
            draft.moment = _merge_moments(draft.moment, facts.moment)
        if facts.labels is not None:
            draft.labels.extend(facts.labels)
            draft.labels_continue = facts.labels_continue
            draft.labels_one_a_line = facts.labels == () and facts.labels_continue
        if facts.comments is not None:
            draft.comment_count = facts.comments
            if self._comment_follows(index):
                draft.in_comments = True

    def _after_separator(self, index: int) -> bool:
        """Whether the line above (blanks skipped) is a lone mark between labels (",")."""
        above = index - 1
        while above >= 0 and self.lines[above].kind is Kind.BLANK:
            above -= 1
        return above >= 0 and label_separator(self.lines[above])

    def _labels_under_title(self, draft: _Draft, index: int, facts: FooterFacts) -> bool:
        """Labels alone right under a dated title, with prose below them (said on the post)."""
        if draft.header is None or draft.has_body or draft.footer_seen:
            return False
        if draft.posted_by or draft.moment or draft.comment_count is not None:
            return False
        if facts.labels is None or facts.author or facts.moment or facts.comments is not None:
            return False
        if not labels_over_text(self.lines, index):
            return False
        if not draft.labels:
            draft.warnings.append(
                f"line {self.lines[index].number}: the labels under the title read as the"
                " post's (its text follows them)"
            )
        return True

    def _count_under_title(self, draft: _Draft, index: int, facts: FooterFacts) -> bool:
        """A comment count alone right under a dated title, with prose below it."""
        if draft.has_body or draft.footer_seen or draft.comment_count is not None:
            return False
        if draft.header is None and draft.moment is None or draft.posted_by is not None:
            return False
        if not count_over_text(self.lines, index, facts):
            return False
        draft.warnings.append(
            f"line {self.lines[index].number}: the comment count under the title and date read"
            " as the post's (its text follows it)"
        )
        return True

    def _meta_above_body(self, draft: _Draft, index: int) -> bool:
        """Whether a footer line stands between the title and the body, under a byline read
        there (some templates print byline, labels and count first; "Posted by Ana at 9:12"
        / "<br>" / "Labels: a, b" / the text): only markup since the title, text below."""
        if draft.footer_seen or draft.posted_by is None and draft.moment is None:
            return False
        if any(_has_word(_TAGS.sub("", ln.text)) for ln in draft.content):
            return False  # a body (or an author line) came first: this is the post's footer
        for line in self.lines[index + 1 : index + 12]:
            if line.kind is Kind.BLANK or line.kind is Kind.FOOTER and evidence(line.facts):
                continue
            return line.kind is Kind.TEXT and _has_word(_TAGS.sub("", line.text))
        return False

    def _title_above_meta(self, draft: _Draft, line: Line) -> bool:
        """A page's header read as a post, then the real title with its meta line right
        under it ("Uva 12554 ..." / "8:11 PM  Programming  No comments"): the post starts
        at the title; the header's lines are kept aside."""
        facts = line.facts
        if facts.moment is None or facts.author is not None or draft.footer_seen:
            return False
        if facts.labels is None and facts.comments is None or draft.has_facts or draft.header:
            return False
        if not self.first_on_page or draft.body_lines < 2:
            return False
        title = draft.content[-1]
        if title.kind is not Kind.TEXT or title.number != line.number - 1:
            return False
        if not title_like(title.text) or _closes_a_text(title.text):
            return False
        self._start_at_title(draft, title)
        return True

    def _title_above_byline(self, draft: _Draft, line: Line, index: int) -> bool:
        """The blog's name read as a title, then the real title and its dated byline under
        it ("Harbour notes" / "The morning ferry" / "Posted on June 2, 2025 by anna"): a
        byline that names its author is no author line's, so the line above it is the
        title, and the blog's name is the page's header. A Markdown heading right above a
        dated meta line is the title even when the meta names no author ("Posted on …")."""
        facts = line.facts
        if facts.moment is None or facts.moment.date is None:
            return False
        if under_the_post(line.text):  # cnblogs' footer: a listing's title is over the summary
            return self._entry_above_footer(draft, line, index)
        # A classic theme's whole meta line ("Posted: <date> | Author: ana | Filed under: a |
        # No Comments »") heads the post when it names its author and the text follows it.
        meta = facts.labels is not None or facts.comments is not None
        if meta and not text_follows(self.lines, index):
            return False
        if meta and facts.author is None and not under_heading(self.lines, index, self.headings):
            return False  # "2025-11-21 [Boats](…) [0](…#comments)": a title heading above
        if not self.first_on_page or draft.header is not None or draft.has_facts:
            return False
        if draft.footer_seen:
            return False
        texts = [ln for ln in draft.content if ln.kind is not Kind.BLANK]
        if not texts or not title_like(texts[-1].text):
            return False
        heading = texts[-1].number - 1 in self.headings
        # A byline naming its author under one line: that line is the title when the line
        # above it is the page's header ("Harbour notes") or a heading over it ("DevOps" /
        # "# Post title").
        by_author = (
            facts.author is not None
            and len(texts) == 1
            and (_under_the_title(draft) or heading and draft.title.number - 1 not in self.headings)
        )
        # A heading under short lines (a page's header: its menu, the blog's name) is the
        # title, even over a dated meta line that names no author ("Publié le …").
        by_heading = heading and not any(len(ln.text) > 60 for ln in [draft.title, *texts])
        # The page's one top heading over a dated meta line, whatever stands above it (a
        # platform's bar, a carousel of other posts' titles): the post's title.
        by_heading = by_heading or heading and self._only_top_heading(draft, texts[-1])
        by_heading = by_heading or heading and meta  # a whole meta line under it: its title
        # A page saved as plain text, one element a line: the menu's items, then the title
        # right on top of its byline ("Главная" / "iOS" / "Title" / "by annaОпубликовано…").
        by_menu = (
            facts.author is not None
            and len(texts) >= 2
            and texts[-1].number == line.number - 1
            and all(
                len(ln.text) <= 80 and not ends_sentence(ln.text) for ln in [draft.title, *texts]
            )
        )
        # A byline naming its author and date right under a short line, after other text
        # (a post pasted under a README's notes): that line is the post's title.
        by_byline = (
            facts.author is not None
            and texts[-1].number == line.number - 1
            and len(texts[-1].text) <= 80
            and not ends_sentence(texts[-1].text)
        )
        if not (by_author or by_heading or by_menu or by_byline):
            return False
        self._start_at_title(draft, texts[-1])
        return True

    def _entry_above_footer(self, draft: _Draft, line: Line, index: int) -> bool:
        """A listing's first entry under a page's other lines ("notes" / "Title" / "summary"
        / "posted @ …", the next entry below): the entry starts at the line over the summary."""
        if not self.first_on_page or draft.footer_seen or draft.has_facts:
            return False
        if not next_entry_below(self.lines, index):
            return False
        texts = [ln for ln in draft.content if ln.kind is not Kind.BLANK]
        if len(texts) < 2 or texts[-1].number < line.number - 3:
            return False  # blank lines between them when the page printed one element a line
        title, summary = texts[-2], texts[-1]
        if title.number < summary.number - 2 or title.kind is not Kind.TEXT:
            return False
        if not title_like(title.text) or _closes_a_text(title.text):
            return False
        self._start_at_title(draft, title)
        assert self.draft is not None
        self.draft.content.append(summary)
        return True

    def _only_top_heading(self, draft: _Draft, title: Line) -> bool:
        """Whether `title` is a level-1 heading and no line of the draft above it is one."""
        tops = [i for i, level in self.headings.items() if level == 1]
        return self.headings.get(title.number - 1) == 1 and not any(
            draft.title.number - 1 <= i < title.number - 1 for i in tops
        )

    def _start_at_title(self, draft: _Draft, title: Line) -> None:
        """The post starts at `title`, a line of the draft: what the draft held above it is
        the page's header, kept aside."""
        draft.content = draft.content[: draft.content.index(title)]
        self._unplaced(draft, "the page's header, above the post's title")
        self.draft = _Draft(title, None, None)

    def _name_above_footer(self, draft: _Draft, line: Line) -> None:
        """A name alone, set apart from the body and right on top of the share buttons or
        the comment count: the footer's author line (Blogger's mobile view prints it so)."""
        content = draft.content
        if len(content) < 3 or content[-2].kind is not Kind.BLANK:
            return
        name = content[-1]
        if name.kind is not Kind.TEXT or name.number != line.number - 1:
            return
        if not looks_like_name(name.text) or name is draft.title:
            return
        del content[-2:]
        if draft.posted_by is None:
            draft.posted_by = name.text
            draft.warnings.append(
                f"line {name.number}: the author is the name above the share buttons (no byline)"
            )

    def _labels_above_share_run(self, draft: _Draft, index: int, line: Line) -> None:
        """New themes print a post's labels bare, one a line, right above the share run
        that closes it ("ferries" / "harbours" / "Get link" / "Facebook" / ...): read them
        as its labels, and say they were read by position."""
        if draft.labels or not draft.has_body or not closing_share_run(self.lines, index):
            return
        below = self.lines[index + 1] if index + 1 < len(self.lines) else BLANK_LINE
        start = label_block(draft.content, line, spaced=below.kind is Kind.BLANK)
        if start is None:
            return
        block = [ln for ln in draft.content[start:] if ln.kind is not Kind.BLANK]
        del draft.content[start:]
        draft.labels.extend(split_labels(",".join(ln.text for ln in block)))
        draft.warnings.append(
            f"line {block[0].number}: labels read by position: the short lines at the body's end,"
            " right above the share buttons, with no 'Labels:' key (the text's, if they are no labels)"
        )

    # -- comment sections ---------------------------------------------------------------------

    def _inside_comment_text(self) -> bool:
        return (
            self.draft is not None
            and self.draft.in_comments
            and self.draft.comment_author is not None
        )

    def _last_of_a_list_above_a_title(self, draft: _Draft, title: Line, index: int) -> bool:
        """Whether the line above a date is the last of a header's list ("English" /
        "Français") and a title-like line stands under the date: the date heads that title."""
        at = draft.content.index(title)
        above = draft.content[at - 1] if at else None
        below = self._next_line(index)
        return (
            above is not None
            and above.kind is Kind.TEXT
            and len(above.text) <= 60
            and not ends_sentence(above.text)
            and below is not None
            and below.kind is Kind.TEXT
            and below.number == self.lines[index].number + 1
            and title_like(below.text)
            and len(below.text) <= 80
            and not ends_sentence(below.text)
        )

    def _next_line(self, index: int) -> Line | None:
        for line in self.lines[index + 1 : index + 40]:
            if line.kind is not Kind.BLANK:
                return line
        return None

    def _heading_in_text(self, index: int) -> bool:
        """Whether a "Comments" line inside a post's text heads a part of the text (a
        guide's chapter on code comments): no comment follows it, a paragraph of prose
        does, and the post's footer is still to come."""
        draft = self.draft
        if draft is None or not draft.has_body or draft.footer_seen or draft.in_comments:
            return False
        if not self.footer_ahead[index] or self._comment_follows(index):
            return False
        below = self._next_line(index)
        return (
            below is not None
            and below.kind is Kind.TEXT
            and len(below.text) >= _PROSE_LINE
            and len(below.text.split()) >= 8
        )

    def _comment_follows(self, index: int) -> bool:
        """Whether a comment begins on the next line that is not blank (nor the section's
        own chrome: "Oldest first", "Sign in with GitHub")."""
        line = self._next_line(index)
        for _ in range(_SECTION_CHROME):
            if line is None or line.kind is not Kind.COMMENT_CHROME:
                break
            line = self._next_line(line.number - 1)
        if line is None or line.number - 1 in self._dated_titles:
            return False
        return line.kind is Kind.SAID or self._comment_head(line) is not None

    def _comment_head(self, line: Line) -> tuple[str, Moment | None] | None:
        """The author (and stamp) of a new-style comment starting at `line`, if one does."""
        facts = line.facts
        if (
            line.kind is Kind.FOOTER
            and facts.author is not None
            and facts.moment is not None
            and facts.moment.date is not None
            and facts.comments is None
            and facts.labels is None
        ):
            return without_said_word(facts.author), facts.moment  # "felix wrote at <date>"
        if line.kind is not Kind.TEXT and line.kind is not Kind.BYLINE:
            return None
        head = comment_head(line.text)
        if head is not None:
            return head
        if (
            line.kind is Kind.TEXT
            and not line.indented
            and len(line.text) <= 60
            and len(line.text.split()) <= 6
            and not line.text.endswith((":", ".", ","))
        ):
            stamp = self._next_line(line.number - 1)
            if stamp is not None and is_stamp(stamp):
                return line.text, None  # the name on its own line, the stamp on the next
        if line.kind is Kind.TEXT and len(line.text) <= 40 and len(line.text.split()) <= 4:
            text = self._next_line(line.number - 1)
            after = self._next_line(text.number - 1) if text is not None else None
            if (
                text is not None
                and text.kind is Kind.TEXT
                and after is not None
                and after.kind is Kind.BYLINE
                and is_stamp(after)
                and not line.text.endswith((":", ".", ","))
            ):
                return line.text, None  # the name, its text, then the stamp (and "Reply")
        return None

    def _comment_step(self, index: int, line: Line, draft: _Draft) -> bool:
        """Read one line of a comment section; False when the section has ended."""
        kind = line.kind
        if kind is Kind.SAID:
            self._close_comment(draft, None)
            draft.comment_author = line.said_by
            if line.facts.moment is not None:  # name, stamp and text run in (comment_heads)
                draft.comment_moment = line.facts.moment
                if line.facts.author is None:  # else "At {stamp}, {name} said...": no text
                    draft.comment_lines = [Line(line.number, line.text, Kind.TEXT, line.text)]
            return True
        old_style_open = draft.comment_author is not None and draft.comment_moment is None
        if is_stamp(line) and (old_style_open or draft.comment_author is None):
            moment = line.facts.moment if line.kind is Kind.BYLINE else Moment(line.date, None)
            if draft.comment_author is not None and not any(x.text for x in draft.comment_lines):
                # the stamp under a name line, or under "Oleg says:" (WordPress), a blank
                # line between or not: the comment's text comes after it
                draft.comment_lines = []
                draft.comment_moment = moment
                draft.in_head = False
                return True
            if draft.comment_author is not None:
                self._close_comment(draft, moment)
            return True  # a stray timestamp between comments
        if kind in (Kind.TEXT, Kind.BYLINE, Kind.FOOTER) and not old_style_open:
            head = self._comment_head(line)
            if head is not None:
                self._close_comment(draft, draft.comment_moment)
                draft.comment_author, draft.comment_moment = head
                draft.in_head = head[1] is None
                return True
        if kind is Kind.COMMENT_CHROME or kind is Kind.BLANK:
            if kind is Kind.BLANK and draft.comment_author is not None:
                draft.comment_lines.append(line)
            elif draft.comment_moment is not None and any(x.text for x in draft.comment_lines):
                self._close_comment(draft, draft.comment_moment)  # "Reply" ends a new-style one
            return True
        if kind is Kind.POST_END:
            self._close_comment(draft, None)
            draft.in_comments = False
            return True
        if kind is Kind.DATE and draft.comment_author is not None:
            self._close_comment(draft, Moment(line.date, None))  # a date-only comment stamp
            return True
        if kind is Kind.TEXT:
            if draft.comment_author is not None:
                draft.comment_lines.append(line)
            else:
                draft.extra.append(line.text)
                draft.warnings.append(
                    f"line {line.number}: text in the comment section outside any comment"
                )
            return True
        self._close_comment(draft, None)
        draft.in_comments = False
        return False

    def _close_comment(self, draft: _Draft, moment: Moment | None) -> None:
        if draft.comment_author is None:
            return
        moment = moment or draft.comment_moment
        stamp = None
        if moment is not None and moment.date is not None:
            date = self.orders.read(moment.date)
            if date.other is not None and not any(
                w[:14] == "comment stamp " for w in draft.warnings
            ):
                draft.warnings.append(f"comment stamp {date.text!r} (and any like it): {date.note}")
            stamp = date.iso
            if stamp and moment.time:
                stamp = f"{stamp}T{moment.time}"
        text = "\n\n".join(paragraphs(draft.comment_lines))
        draft.comments.append(Comment(author=draft.comment_author, date=stamp, text=text))
        draft.comment_author = None
        draft.comment_moment = None
        draft.in_head = False
        draft.comment_lines = []

    # -- turning a draft into a post ----------------------------------------------------------

    def _finish(self, starting_at: int | None = None) -> None:
        """Turn the draft into a post, or into lines kept aside; `starting_at` is the line
        that starts the next post, when one does."""
        draft, self.draft = self.draft, None
        if draft is None:
            return
        if draft.in_comments:
            self._close_comment(draft, draft.comment_moment)
        has_footer_facts = draft.has_facts
        if has_footer_facts or draft.header is not None:
            self.evidence = True
        if self.dated and draft.has_body and folded(draft.title.text) == self.title:
            self.evidence = True  # the front matter names this post, its title and date
        front_post = draft.has_body and self._front_matters_post(draft)
        if draft.share_buttons >= 2 and draft.has_body:
            self.evidence = True  # a text under a blog's share buttons: a post's page, cut
        if not draft.has_body and not has_footer_facts:
            self._unplaced(draft, "a line with neither body nor footer")
            return
        if draft.header is None and draft.title_printed and self.first_on_page:
            doubt = second_title(draft.title, draft.content)
            draft.warnings.extend([doubt] if doubt else [])
        if not self.first_on_page and _only_a_count(draft) and self.posts[-1].comments is None:
            self._unplaced(draft, "a comment section set apart: its count and comments the post's")
            self.posts[-1] = self.posts[-1].with_changes(comments=draft.comment_count)
            return
        if not self.first_on_page and not draft.has_body and _only_a_byline(draft):
            self._unplaced(draft, "a byline after the post with no text or date: an author box")
            self.posts[-1] = with_boxed_author(self.posts[-1], draft.posted_by, draft.title.number)
            return
        if draft.header is None and not has_footer_facts and self._headers_follow(draft):
            if not (front_post and draft.body_lines >= _OWN_NOTES):
                self._unplaced(draft, "text before the first date header")
                return
            # notes of their own under a post's front matter (not a page's short intro),
            # a dated post pasted below them
            draft.warnings.append(
                "the front matter's post is the text above the first date header: the dated"
                " post below it was read as a post of its own"
            )
        if (
            self.page_first
            and draft.header is None
            and not has_footer_facts
            and not draft.footer_seen
        ):
            self._unplaced(draft, "a saved page of the bundle with no post's date or footer")
            return
        if (
            not self.first_on_page
            and draft.header is None
            and not has_footer_facts
            and draft.share_buttons < 2
            and not draft.clipped
            and not (
                draft.has_body
                and closed_like_above(self.heading_closed, draft.share_heading, draft.warnings)
            )
        ):
            # a script, a comment form or a page footer after the post: a post needs a date,
            # a byline or a footer of its own (a form's "Post a comment" is none)
            self._unplaced(draft, "text after the post with no date, byline or footer of its own")
            return
        if (
            draft.ended_by_menu
            and starting_at is not None
            and draft.header is None
            and not has_footer_facts
            and self.first_on_page
            and self.footer_ahead[starting_at]
        ):
            # a blog's name and description above the post, ended by a menu: the footer
            # below belongs to the post that starts now
            self._unplaced(draft, "the page's header: the footer below is another post's")
            return
        if self.first_on_page and draft.title_printed:
            self._below_home_heading(draft)
        self.heading_closed = draft.share_heading is not None
        self.posts.append(self._post(draft))

    def _below_home_heading(self, draft: _Draft) -> None:
        """The draft's title is the blog's name linking home, the post's own heading a few
        lines below it: the post starts there, the lines above it are the page's header."""
        at = own_heading(draft.title, draft.content, self.links, self.headings, self.site_titles)
        if at is None:
            return
        above = [draft.title.text] + [
            ln.text for ln in draft.content[:at] if ln.kind is not Kind.BLANK
        ]
        self.stray.extend(above)
        self.header_text.extend(above)
        draft.title, draft.content = draft.content[at], draft.content[at + 1 :]
        draft.warnings.append(
            f"line {draft.title.number}: the post's title is the heading below the blog's name"
            f" ({above[0]!r}, a heading linking to the site's home or marked as its title)"
        )

    def _front_matters_post(self, draft: _Draft) -> bool:
        """Whether the draft is the post the page's front matter names, with its title and
        date: a title the page prints again further down is a scraper's heading above it."""
        return self.dated and folded(draft.title.text) == self.title and not self.title_repeated

    def _headers_follow(self, draft: _Draft) -> bool:
        return self.last_date_line > draft.title.number

    @cached_property
    def last_date_line(self) -> int:
        """The number of the page's last date header (0 if none): one scan, not one a draft."""
        return next((line.number for line in reversed(self.lines) if line.kind is Kind.DATE), 0)

    def _a_menus_item(self, draft: _Draft, nav: Line) -> bool:
        """Whether a draft is an item of a menu ("- Home" / "- About this blog" / "- Home"):
        a list item with nothing under it but a menu's list item, on the page's top."""
        return (
            draft.title.raw.lstrip()[:2] in _LIST_MARKS
            and nav.raw.lstrip()[:2] in _LIST_MARKS
            and self.first_on_page
            and draft.header is None
            and not draft.has_facts
            and not draft.has_body
        )

    def _unplaced(self, draft: _Draft, why: str) -> None:
        lines = [draft.title.text] if draft.title_printed else []
        lines += [ln.text for ln in draft.content if ln.kind is not Kind.BLANK]
        lines += draft.extra
        if not self.first_on_page:
            last = self.posts[-1]
            said: tuple[str, ...] = (
                f"line {draft.title.number}: kept {len(lines)} unrecognised line(s) ({why})",
            )
            comments = last.comment_list
            if draft.comments and not comments:  # its comment section: the post's own
                comments = tuple(draft.comments)
                said += (f"{len(comments)} comment(s) read from below the lines kept aside",)
            else:  # no comment is lost: each kept as a line
                lines += [f"{c.author}: {c.text}" for c in draft.comments]
            self.posts[-1] = last.with_changes(
                extra_text=last.extra_text + tuple(lines),
                comment_list=comments,
                warnings=last.warnings + said,
            )
        else:
            lines += [f"{c.author}: {c.text}" for c in draft.comments]
            self.stray.extend(lines)
            self.header_text.extend(lines)

    def _post(self, draft: _Draft) -> Post:
        warnings = list(draft.warnings)
        if draft.trailing_from is not None:
            warnings.append(
                f"line {draft.trailing_from}: kept {draft.trailing_count} unrecognised line(s) "
                "after the post's footer (they start no post: no byline or footer follows)"
            )
        title = " ".join(draft.title.raw.split())  # one line: spacing of any kind made single
        if "*" in title or "_" in title:
            title = _EMPHASIS.sub(r"\2", title)  # "*fork bomb*": Markdown emphasis is not title
        content = draft.content
        if self.first_on_page and draft.header is None and SLUG.fullmatch(title):
            # "# UTS-membuat-aplikasi-GUI": a repository's or a file's name atop a copied
            # post; it, and hashtags or a link before the text, are not the post's
            extra = [title]
            while content and (
                content[0].kind is Kind.BLANK
                or HASHTAGS.fullmatch(content[0].text)
                or URL_LINE.fullmatch(content[0].text)
            ):
                if content[0].text:
                    extra.append(content[0].text)
                content = content[1:]
            draft.extra[:0] = extra
            warnings.append(
                f"line {draft.title.number}: the first line {title!r} names a file, not a "
                "post: no title"
            )
            title = ""
        elif fence_title(title):  # the fence a clipped page was pasted into: no title
            warnings.append(
                f"line {draft.title.number}: the page starts with a code fence ({title!r}) and"
                " no title: the post is cut above it"
            )
            title = ""
        elif (
            self.first_on_page
            and draft.header is None
            and (CLIPPED.search(title) or SUBHEADING.match(title) or prose_sentence(title))
            and not heading_title(title, content)
        ):
            # a page cut above its title starts in the body (code, a "# " comment line)
            content = [draft.title, *content]
            title = ""
            warnings.append(
                f"line {draft.title.number}: the page starts inside a post (cut above its "
                "title?): no title"
            )
        if title[:1] == "#":
            title = without_heading_marks(title)  # "#### Title" on a page not read as Markdown
        content, alt = without_alt_line(content) if title else (content, None)
        if alt is not None:
            draft.extra.insert(0, alt)
            warnings.append(f"{alt!r} atop the text read as an image's alt text: kept aside")
        while draft.footer_seen and content and _opens_a_comment(content[-1]):
            content = content[:-1]  # "/*" above the footer: the comment the page's tail is in
        summary_url = None
        if self.dated and self.first_on_page:  # a saved page: a saver's summary atop the text
            started = summary_cut(content, self.headings)
            content, warnings = started.content, warnings + started.warnings
            draft.extra[:0] = started.cut
            summary_url = started.url
        # a related list, a rating, the labels again
        ended = body_end(content, draft.labels, self.headings)
        content = ended.content
        draft.extra.extend(ended.cut)
        warnings.extend(ended.warnings)
        paragraphs = paragraph_lines(without_gutters(content))
        first = paragraphs[0] if paragraphs else []
        url = self.links.get(draft.title.number - 1) if title else None
        url = url or summary_url
        if url and (said := home_title_warning(draft.title.number, title, url)):
            warnings.append(said)  # the blog's name linking home: no post's address
            url = None
        if (
            len(first) == 1
            and not first[0].indented
            and len(first[0].text) <= 2 * len(title)
            and folded(first[0].text) == folded(title)
        ):
            paragraphs.pop(0)  # the title printed again at the top of the body
            url = url or self.links.get(first[0].number - 1)  # as the post's own link
        author = draft.posted_by
        if (
            paragraphs
            and not draft.meta_under_title  # the meta line stands where an author line would
            and not draft.nameless_byline
            and is_author_line(paragraphs[0], draft.posted_by)
        ):
            author = paragraphs.pop(0)[0].text
        texts = [paragraph_text(para) for para in paragraphs]
        place = dateline_place(texts[0]) if texts else None
        body = "\n\n".join(texts)
        date = self._date(draft, warnings)
        if not draft.has_facts and not draft.footer_seen:
            warnings.append("no post footer: the dump may be truncated")
        series = series_of(title)
        time = draft.moment.time if draft.moment else None
        labels = split_labels(",".join(draft.labels))
        if said := run_together_warning(labels):
            warnings.append(said)
        comments, after_comments = _without_reply_buttons(draft.comments)
        if after_comments:
            draft.extra.extend(after_comments)
            warnings.append(
                f"{len(after_comments)} line(s) after the last comment's reply button kept aside"
            )
        return Post(
            id=post_identity(date, title, body),
            title=title,
            body=body,
            date=date,
            time=time,
            series=series,
            author=author,
            place=place,
            labels=labels,
            comments=draft.comment_count,
            comment_list=comments,
            source=self.source,
            line=draft.header_line or draft.title.number,
            warnings=tuple(warnings),
            extra_text=tuple(draft.extra),
            url=url,
        )

    def _date(self, draft: _Draft, warnings: list[str]) -> str | None:
        header = draft.header
        byline = draft.moment.date if draft.moment else None
        if header is not None and header.problem:
            warnings.append(f"date header {header.text!r}: {header.problem}")
        if byline is not None and byline.problem:
            warnings.append(f"byline date {byline.text!r}: {byline.problem}")
        for what, read in (("date header", header), ("byline date", byline)):
            if read is not None and read.note:
                warnings.append(f"{what} {read.text!r}: {read.note}")
        if header is not None and header.iso:
            if byline is not None and byline.iso and byline.iso != header.iso:
                warnings.append(
                    f"the byline says {byline.iso} but the date header says {header.iso}; "
                    "kept the header"
                )
            return header.iso
        if byline is not None and byline.iso:
            if draft.posted_by is None and not draft.labels and draft.comment_count is None:
                warnings.append(
                    f"the date {byline.text!r} is from a timestamp alone (no date header, "
                    "no byline name, labels or comment count with it)"
                )
            return byline.iso
        if header is None:
            warnings.append("no date found (no date header above the post and no byline date)")
        return None


_EMPHASIS = re.compile(r"(?<!\w)(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?!\w)")


#: Lines of text above a date header that are a post of their own, not a page's intro.
_OWN_NOTES = 8

#: Characters of a line of prose under a heading (a paragraph, not a name or a stamp).
_PROSE_LINE = 60


#: How many lines of a comment section's own chrome may stand above its first comment.
_SECTION_CHROME = 8


_LIST_MARKS = ("- ", "* ", "+ ")


def _only_a_count(draft: _Draft) -> bool:
    """A line over a comment count and comments, with no text, date, byline or labels."""
    return (
        draft.comment_count is not None
        and not draft.has_body
        and draft.header is None
        and draft.moment is None
        and draft.posted_by is None
        and not draft.labels
    )


def _closes_a_text(text: str) -> bool:
    """A line over an entry footer ("This entry was posted in … on March 3, 2021") that ends
    a text, no title: a sentence of some words, or the lower-case tail of a wrapped one."""
    return ends_sentence(text) and (len(text.split()) > 6 or text[:1].islower())


def _only_a_byline(draft: _Draft) -> bool:
    """A name with no date header, date, labels or comment count: no post frame of its own."""
    return (
        draft.header is None
        and draft.moment is None
        and draft.comment_count is None
        and not draft.labels
    )


def _printed_twice(title: str, lines: list[Line]) -> bool:
    """Whether the page prints `title` on two lines or more (emphasis and spacing aside)."""
    want = "".join(filter(str.isalnum, title.casefold()))
    size = len(title) + 20
    return (
        sum(
            1
            for ln in lines
            if ln.text
            and len(ln.text) <= size
            and "".join(filter(str.isalnum, ln.text.casefold())) == want
        )
        > 1
    )


#: Lines of code above a page that make them a program, not the page's header.
_CODE_HEADER = 3
_DECLARED = re.compile(
    r"^(?:(?:let|var|const|val|static|final|public|private|my|local|auto|int|float|double|char"
    r"|bool|string)\s+)+[\w.]+(?:\s*:\s*[\w.<>\[\]]+)?\s*[+\-*/]?=\s"
)


def _code_like(text: str) -> bool:
    """A header line that is a statement of a program, not words of a page."""
    return bool(CLIPPED.search(text) or ASSIGNMENT_OR_CALL.search(text) or _DECLARED.search(text))


#: How far below a title its byline may stand (lines) for the date above to head it.
_SIGNED_WITHIN = 400
_COMMENT_OPENER = re.compile(r"/\*+|<!--|\"\"\"|'''")


def _opens_a_comment(line: Line) -> bool:
    """A blank line, or a lone comment opener ("/*", "<!--") at the end of a body."""
    return line.kind is Kind.BLANK or bool(_COMMENT_OPENER.fullmatch(line.text))


def _count_below_the_sidebar(draft: _Draft, line: Line) -> None:
    """A bare comment count past a sidebar heading, under a post that gave its labels and no
    count (Habr prints "Комментарии 24" below its hubs and the author's card), is the post's."""
    facts = line.facts
    if facts.comments is None or facts.author or facts.moment is not None or facts.labels:
        return
    if draft.comment_count is not None or not draft.labels:
        return
    draft.comment_count = facts.comments
    draft.warnings.append(
        f"line {line.number}: the comment count below the page's sidebar read as the post's"
    )


def _share_word_in_a_list(line: Line, draft: _Draft, below: Line | None) -> bool:
    """ "Twitter" closing (or "Telegram" opening) an indented list of the author's links
    (Telegram, GitHub, Twitter): the body's text, not a share button; those stand apart,
    at the margin."""
    if draft.footer_seen or not draft.content or evidence(line.facts):
        return False
    if not line.indented or len(line.text.split()) > 2:
        return False
    margin = line.margin
    return any(
        near is not None and near.kind is Kind.TEXT and margin == near.margin
        for near in (draft.content[-1], below)
    )


#: HTML tags a converter left in a line ("<br>", "<hr/>"): markup, no words of the post.
_TAGS = re.compile(r"</?[A-Za-z][^<>]{0,80}>")


def _has_word(text: str) -> bool:
    """Whether a line holds a letter or digit (a title does; "-----" and "***" do not)."""
    return any(ch.isalnum() for ch in text)


#: A note's field giving the address it was saved from: "**Source**: https://…/post.html".
_NOTED_ADDRESS = re.compile(
    r"(?:[>*+-][ \t]+)*[*_]{0,2}[^\W\d_][^\W\d]{0,15}(?: [^\W\d]{1,15})?"
    r"(?::[*_]{0,2}|[*_]{0,2}:)\s*<?(?P<url>https?://[^/\s<>]+/[^\s<>]+)>?"
)
#: Such a note's field name before a value: "**Title**: ".
NOTE_FIELD = re.compile(r"(?:\*\*|__)[^\W\d_][^\W\d]{0,15}(?:\*\*|__)\s*:\s*")


def _noted_address(lines: list[Line]) -> str | None:
    """The address a research note atop the page says it was saved from, if one does."""
    texts: list[str] = []
    for line in lines:
        if line.kind is Kind.DATE or len(texts) == 10:
            break
        if line.kind is not Kind.BLANK:
            texts.append(line.text)
    return noted_address(texts)


def noted_address(texts: list[str]) -> str | None:
    """The address in a note's field among `texts` ("- URL: https://…", "> **Original:**
    <https://…>"), if one gives it."""
    for text in texts:
        match = _NOTED_ADDRESS.fullmatch(text.strip())
        if match is not None:
            return match["url"]
    return None


def _without_reply_buttons(comments: list[Comment]) -> tuple[tuple[Comment, ...], list[str]]:
    """Comments whose every text ends in the same short line ("Odpovědět", a Reply button
    in a language with no phrase file) without it; what follows it under the last
    comment is page chrome, given back to be kept aside."""
    if len(comments) < 2:
        return tuple(comments), []
    button = comments[0].text.rsplit("\n", 1)[-1]
    if not _button_like(button) or not all(c.text.endswith("\n" + button) for c in comments[:-1]):
        return tuple(comments), []
    last = comments[-1].text.split("\n")
    if button not in last[1:]:
        return tuple(comments), []
    at = len(last) - 1 - last[::-1].index(button)
    kept = [replace(c, text=c.text[: -len(button)].rstrip()) for c in comments[:-1]] + [
        replace(comments[-1], text="\n".join(last[:at]).rstrip())
    ]
    return tuple(kept), [line for line in last[at + 1 :] if line.strip()]


def _button_like(line: str) -> bool:
    """A line that can be a comment's button: one to three words, no digit, no sentence end."""
    words = line.split()
    return (
        1 <= len(words) <= 3
        and len(line) <= 30
        and not any(ch.isdigit() for ch in line)
        and not line.rstrip().endswith((".", "!", "?", ":"))
    )


def _last_text(lines: list[Line]) -> Line | None:
    return next((line for line in reversed(lines) if line.kind is not Kind.BLANK), None)


def _title_at_end(plain: str, titles: list[str]) -> str | None:
    """The post title a page's title ends with, after something ("Blog: Post title")."""
    return next((t for t in titles if plain.endswith(t) and len(plain) > len(t)), None)


def _blog_head(page_title: str, titles: list[str]) -> str:
    """A page title "Blog: Post title" cut to the blog's name (else the whole title), so a
    long post's title does not make the name too long to be one."""
    plain, spaced = plain_title(page_title), " ".join(page_title.split())
    title = _title_at_end(plain, titles)
    if title is None or len(plain) != len(spaced):
        return page_title
    return spaced[: len(spaced) - len(title)].rstrip(" :|–—-·")


def _browser_title(plain: str, titles: list[str]) -> bool:
    """Whether a page's title is "Post title / Site" (a browser's tab title) for a post read."""
    return any(
        plain.startswith(t) and plain[len(t) :].lstrip().startswith(("/", "|", "–", "—", "- ", "·"))
        for t in titles
    )


def _without_signature(post: Post) -> Post:
    """A body whose last lines are the blog's name alone (a theme's signature under the
    text): those lines are kept aside, not read as the post's last words."""
    if post.blog is None:
        return post
    body, kept = post.body, []
    while True:
        head, _, last = body.rpartition("\n")
        if not head.strip() or folded(last) != folded(post.blog):
            break
        body = head.rstrip()
        kept.append(last)
    if not kept:
        return post
    return post.with_changes(
        id=post_identity(post.date, post.title, body),  # the identity of what is kept
        body=body,
        extra_text=(*post.extra_text, *kept),
        warnings=(
            *post.warnings,
            f"the body's last line {kept[0]!r} is the blog's name: kept aside",
        ),
    )


def _last_chrome(lines: list[Line]) -> int:
    """The number of the last line of page chrome (0 if none)."""
    for line in reversed(lines):
        if line.kind not in _WORDS_OR_DATES:
            return line.number
    return 0


_TEASER_KINDS = frozenset((Kind.TEXT, Kind.BLANK, Kind.DATE, Kind.BYLINE, Kind.CHROME))
_WORDS_OR_DATES = frozenset((Kind.TEXT, Kind.BLANK, Kind.DATE))


def _footers_ahead(lines: list[Line]) -> list[bool]:
    """For each line, whether a post footer comes after it before the next date header.

    A footer is a byline, labels, a comment count, share buttons or "Post a Comment":
    what ends every post frame. Text after a post that no footer follows is no post.
    """
    ahead = False
    table = [False] * len(lines)
    listed = sidebar_lists(lines)  # a sidebar's "Categories" links: no post's labels
    for index in range(len(lines) - 1, -1, -1):
        table[index] = ahead
        line = lines[index]
        kind = line.kind
        if index in listed:
            continue
        if kind is Kind.FOOTER and evidence(line.facts) or kind is Kind.POST_END:
            ahead = True
        elif kind is Kind.DATE and not _under_share_buttons(lines, index):
            ahead = False
    return table


def _under_share_buttons(lines: list[Line], index: int) -> bool:
    """Whether the line above `index` (blanks aside) is a share button: new themes print
    the title, its share buttons, then its date, and the post's frame goes on below."""
    for line in reversed(lines[:index]):
        if line.kind is Kind.BLANK:
            continue
        return line.kind is Kind.FOOTER and not evidence(line.facts)
    return False


def _meta_above_date(
    lines: list[Line], iso: str, headings: dict[int, int]
) -> tuple[int, int] | None:
    """A page that prints its comment count, labels and share buttons, then its date (the
    front matter's), then the body: (the index of the first of those lines, the date's)."""
    at = next(
        (
            i
            for i, ln in enumerate(lines)
            if ln.kind is Kind.DATE and ln.date and ln.date.iso == iso
        ),
        None,
    )
    if at is None:  # a timestamp near midnight UTC: the page prints the next (or last) day
        at = next(
            (
                i
                for i, ln in enumerate(lines)
                if ln.kind is Kind.DATE and ln.date and near_front_date(ln.date.iso, iso)
            ),
            None,
        )
    if at is None or not _under_share_buttons(lines, at):
        return None
    start, facts = at, 0
    for index in range(at - 1, -1, -1):
        line = lines[index]
        if line.kind is Kind.FOOTER:
            facts += evidence(line.facts)
        elif line.kind is Kind.TEXT and (index not in headings or len(line.text) > 40):
            break  # text: the block of the post's meta ("### Tags", its list...) ends above it
        elif line.kind not in (Kind.BLANK, Kind.COMMENTS_HEADING, Kind.TEXT):
            break
        if line.kind is not Kind.BLANK:
            start = index
    return (start, at) if facts else None


def _under_the_title(draft: _Draft) -> bool:
    """Whether nothing but (at most) an author line has come since the title."""
    if draft.footer_seen:
        return False
    lines = [line for line in draft.content if line.kind is not Kind.BLANK]
    return len(lines) == 0 or len(lines) == 1 and not lines[0].indented and len(lines[0].text) <= 60


def _merge_moments(old: Moment | None, new: Moment) -> Moment:
    if old is None:
        return new
    return Moment(date=new.date or old.date, time=new.time or old.time)
