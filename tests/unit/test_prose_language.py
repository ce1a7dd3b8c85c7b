"""The language of a page's prose, told by its stopwords, when the page's chrome names none."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Line, classify
from tuiarchive.dumps.prose_language import prose_language


def _lines(*texts: str) -> list[Line]:
    return [classify(number, text) for number, text in enumerate(texts, 1)]


_POLISH = (
    "W piątek wieczorem nad zatoką przeszła burza i kilka łodzi zerwało się z cum.",
    "Rybacy mówili, że takiego wiatru nie było tu od wielu lat, ale nikt nie został ranny.",
    "Port był zamknięty przez całą noc, a rano wszyscy wrócili do pracy przy sieciach.",
)
_DUTCH = (
    "Op vrijdagavond trok er een storm over de baai en een paar boten raakten los van hun meerpalen.",
    "De vissers zeiden dat ze zo'n wind hier in jaren niet hadden gezien, maar niemand is gewond.",
    "De haven was de hele nacht dicht en in de ochtend ging iedereen weer aan het werk.",
)


def test_polish_prose_is_told_polish() -> None:
    assert prose_language(_lines(*_POLISH)) == "pl"


def test_dutch_prose_is_told_dutch_under_an_english_menu() -> None:
    menu = ("Home", "About the blog", "Archive", "Contact")
    assert prose_language(_lines(*menu, *_DUTCH)) == "nl"


def test_a_menu_alone_tells_no_language() -> None:
    assert prose_language(_lines("Inicio", "Noticias", "Contacto", "Archivo", "Chi siamo")) is None


def test_two_languages_in_equal_measure_tell_none() -> None:
    assert prose_language(_lines(*_POLISH[:2], *_DUTCH[:2])) is None
