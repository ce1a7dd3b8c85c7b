"""A post's body from its lines: paragraphs, the page's indent gone, code's kept, gutters dropped."""

from __future__ import annotations

import os

from tuiarchive.dumps.line_kinds import INDENT, Kind, Line


def clean_line(raw: str) -> str:
    """A line as body text: indentation and trailing space gone, NBSP made a plain space."""
    return raw.strip(INDENT).rstrip().replace("\u00a0", " ") if raw.strip(INDENT) else ""


def paragraph_lines(lines: list[Line]) -> list[list[Line]]:
    """Group lines into paragraphs: a blank line ends one, and an NBSP indent starts one.

    Dumps indent each paragraph's first line with a run of NBSP; a line indented
    that way begins a paragraph even when no blank line precedes it.
    """
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.kind is Kind.BLANK:
            if current:
                paragraphs.append(current)
                current = []
            continue
        if current and line.raw.startswith("\u00a0"):
            paragraphs.append(current)
            current = []
        current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def paragraphs(lines: list[Line]) -> list[str]:
    return [paragraph_text(para) for para in paragraph_lines(lines)]


def paragraph_text(paragraph: list[Line]) -> str:
    """A paragraph's text: the page's indentation gone, the relative indentation of its
    lines kept (code stays code: "int main() {" / "  return 0;" / "}").

    NBSP runs are the page's paragraph indent and go whole; of spaces and tabs, what the
    lines share goes, and a first line indented alone (a prose paragraph's indent) too.
    """
    if len(paragraph) == 1:
        return clean_line(paragraph[0].raw)
    raws = [_without_page_indent(line.raw) for line in paragraph]
    leads = [_lead(raw) for raw in raws if raw]
    common = len(os.path.commonprefix(leads)) if leads else 0
    kept = [raw[common:] for raw in raws]
    if _lead(kept[0]) and not any(_lead(line) for line in kept[1:]):
        kept[0] = kept[0].lstrip(" \t")  # a prose paragraph's first-line indent
    return "\n".join(kept)


def _without_page_indent(raw: str) -> str:
    """A line without trailing space, and without its indent when that holds NBSP or odd
    spaces (the page's paragraph indent); an indent of spaces and tabs is kept."""
    line = raw.rstrip()
    text = line.lstrip(INDENT)
    if not text:
        return ""
    lead = line[: len(line) - len(text)]
    if lead.strip(" \t"):
        return text.replace("\u00a0", " ")
    return line.replace("\u00a0", " ")


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


def without_gutters(content: list[Line]) -> list[Line]:
    """The body's lines without a code widget's line-number gutter: "1", "2", "3"... one a
    line (three or more, counting from 1), and the "?" of its help button above them."""
    if not any(line.text == "1" for line in content):
        return content
    out: list[Line] = []
    at = 0
    while at < len(content):
        line = content[at]
        if line.text == "1" or line.text == "?" and at + 1 < len(content):
            start = at + (line.text == "?")
            run = 0
            while start + run < len(content) and content[start + run].text == str(run + 1):
                run += 1
            if run >= 3:
                at = start + run
                continue
        out.append(line)
        at += 1
    return out
