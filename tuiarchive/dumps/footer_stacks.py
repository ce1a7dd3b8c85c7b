"""Twenty Twenty's entry footer: "Published <date>", then "Categorized as a" / "Tagged b"."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, split_labels
from tuiarchive.dumps.line_search import holds

#: What heads a category or tag line right under the footer's date (a prose line starting
#: so elsewhere is no label list: only under that date are they read)
_LEADS = ("Categorized as ", "Tagged ")
_REACH = 3  # the date, then at most its categories and tags lines
_NAME_WORDS = 3  # "By continuous learner": a user's name, no sentence


def may_hold_stack(text: str) -> bool:
    return holds(text, "Published ") and (holds(text, "Categorized as ") or holds(text, "Tagged "))


def footer_stacks(lines: list[Line]) -> list[Line]:
    """The category and tag lines right under a footer's publishing date: labels."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.FOOTER or not line.text.startswith("Published "):
            continue
        if line.facts.moment is None:
            continue
        at = index + 1
        while at < min(index + 1 + _REACH, len(lines)):
            below = out[at]
            lead = next((lead for lead in _LEADS if below.text.startswith(lead)), None)
            if below.kind is not Kind.TEXT or lead is None:
                break
            labels = split_labels(below.text[len(lead) :])
            if not labels:
                break
            out = list(out) if out is lines else out
            facts = FooterFacts(labels=labels)
            out[at] = Line(below.number, below.raw, Kind.FOOTER, below.text, facts=facts)
            at += 1
        if at > index + 1 and at < len(lines):
            out = _author_under(out, at)
    return out


def _author_under(lines: list[Line], at: int) -> list[Line]:
    """The stack's last line, "By ana": its author, a user's name however it is written."""
    below = lines[at]
    name = below.text[3:].strip() if below.text.startswith("By ") else ""
    if below.kind is not Kind.TEXT or not name or len(name.split()) > _NAME_WORDS:
        return lines
    if any(mark in name for mark in ".,;:!?"):
        return lines
    out = list(lines)
    facts = FooterFacts(author=name)
    out[at] = Line(below.number, below.raw, Kind.FOOTER, below.text, facts=facts)
    return out
