"""A labels line printed with no separator: the words may be several labels run together."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = """martes, 3 de marzo de 2015

El huerto de la azotea

Este año plantamos tomates y albahaca en cajones de madera sobre la azotea.

Publicado por Ana Ruiz en 09:16
Etiquetas: {labels}
2 comentarios:
"""


def test_many_words_with_no_separator_are_kept_and_said() -> None:
    (post,) = parse_text(_PAGE.format(labels="huerto urbano riego automático"), "huerto.txt")
    assert post.labels == ("huerto urbano riego automático",)
    assert any("label" in w and "separator" in w for w in post.warnings)


def test_a_long_label_with_a_joining_word_is_one_label() -> None:
    (post,) = parse_text(_PAGE.format(labels="cultivo de tomates en cajones"), "huerto.txt")
    assert post.labels == ("cultivo de tomates en cajones",)
    assert not any("separator" in w for w in post.warnings)


def test_labels_with_commas_say_nothing() -> None:
    (post,) = parse_text(_PAGE.format(labels="huerto urbano, riego automático"), "huerto.txt")
    assert post.labels == ("huerto urbano", "riego automático")
    assert not any("separator" in w for w in post.warnings)
