"""Archive pages (a month, a label) in the twelve languages: several days, several posts a day."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

POSTS = {  # our own titles and paragraphs, two posts on the second day
    "nl": [
        (
            "De graankade krijgt een nieuwe eigenaar",
            "De havenraad stemde donderdag voor de verhuur.",
        ),
        (
            "De dienstregeling van de veerboot",
            "De zomerregeling voegt op zondag twee overtochten toe.",
        ),
        (
            "Waarom de vuurtoren donker blijft",
            "De wachter zegt dat de lamp een nieuwe lens nodig heeft.",
        ),
    ],
    "pt": [
        (
            "O cais de grãos muda de dono",
            "A junta do porto votou na quinta-feira pelo arrendamento.",
        ),
        (
            "Horário da balsa para o verão",
            "O horário de verão acrescenta duas travessias aos domingos.",
        ),
        (
            "Por que o farol continua apagado",
            "O faroleiro diz que a lâmpada precisa de uma lente nova.",
        ),
    ],
}


def _classic(days: list[str], posts: list[tuple[str, str]], footer: list[list[str]]) -> str:
    """Three posts over two days in the classic templates' plain text."""
    blocks = ["Harbour Ledger"]
    for index, (title, paragraph) in enumerate(posts):
        if index < 2:
            blocks.append(days[index])
        blocks += [title, paragraph, "\n".join(footer[index])]
    return "\n\n".join(blocks)


def test_a_dutch_archive_with_numeric_day_first_dates_dates_every_post() -> None:
    footers = [
        ["Geplaatst door Pieter de Vries op 13:56", "Labels: havens", n]
        for n in ("Geen opmerkingen:", "1 opmerking:", "3 opmerkingen:")
    ]
    page = _classic(["23-5-2014", "21-05-2014"], POSTS["nl"], footers)
    posts = parse_text(page + "\n\nNieuwere posts Oudere posts Homepage\n\nBlogarchief", "nl.txt")
    assert [(p.title, p.date, p.comments) for p in posts] == [
        (POSTS["nl"][0][0], "2014-05-23", 0),
        (POSTS["nl"][1][0], "2014-05-21", 1),
        (POSTS["nl"][2][0], "2014-05-21", 3),
    ]


def test_portuguese_share_buttons_one_a_line_start_no_post() -> None:
    share = [
        "Enviar por e-mail",
        "Postar no blog!",
        "Compartilhar no X",
        "Compartilhar no Facebook",
    ]
    footers = [
        ["Postado por João Mendes às 13:56", *share, "Marcadores: portos, balsas", n]
        for n in ("Nenhum comentário:", "1 comentário:", "3 comentários:")
    ]
    page = _classic(["sexta-feira, 23 de maio de 2014", "2014/05/21"], POSTS["pt"], footers)
    posts = parse_text(page, "pt.txt")
    assert [(p.title, p.date, p.author, p.labels, p.comments) for p in posts] == [
        (title, date, "João Mendes", ("portos", "balsas"), n)
        for (title, _), date, n in zip(
            POSTS["pt"], ("2014-05-23", "2014-05-21", "2014-05-21"), (0, 1, 3), strict=True
        )
    ]
    assert all("Postar no blog" not in p.body for p in posts)


ENGLISH_ARCHIVE = """Harbour Ledger

May 23, 2014

The Grain Berth Changes Hands

The harbour board met on Thursday and voted to lease the berth.

Posted by Mara Lind at 5:43 AM
Labels: ports
No comments:

May 21, 2014

Ferry Timetable

The summer timetable adds two crossings on Sundays.

Posted by Mara Lind at 17:05
1 comment:

Newer Posts Older Posts Home
"""


def test_date_headers_without_a_weekday_under_the_blog_name_head_the_titles_below() -> None:
    posts = parse_text(ENGLISH_ARCHIVE, "en.txt")
    assert [(p.title, p.date, p.author, p.comments) for p in posts] == [
        ("The Grain Berth Changes Hands", "2014-05-23", "Mara Lind", 0),
        ("Ferry Timetable", "2014-05-21", "Mara Lind", 1),
    ]
    assert posts[0].blog == "Harbour Ledger"


SHARE_RU = "Получить ссылку\nFacebook\nX\nPinterest\nЭлектронная почта\nДругие приложения"

RUSSIAN_NEW_THEME = f"""Записки с парома

Зерновой причал сменил владельца

{SHARE_RU}

мая 23, 2014

Портовый совет в четверг проголосовал за аренду причала.

Никто на набережной не ждал этого так скоро.

{SHARE_RU}

Отправить комментарий

Расписание парома на лето

{SHARE_RU}

мая 22, 2014

Летнее расписание добавляет два рейса по воскресеньям.

{SHARE_RU}

3 комментария

Почему маяк остаётся тёмным

{SHARE_RU}

пятница, 16 мая 2014 г.

Смотритель говорит, что лампе нужна новая линза.

{SHARE_RU}

1 комментарий

Популярные сообщения из этого блога

Паром снова ходит

{SHARE_RU}

мая 02, 2014

Паромная линия возобновила рейсы. Читать далее
"""


def test_new_theme_archive_title_share_buttons_then_date_gives_each_post() -> None:
    posts = parse_text(RUSSIAN_NEW_THEME, "ru.txt")
    assert [(p.title, p.date, p.comments) for p in posts] == [
        ("Зерновой причал сменил владельца", "2014-05-23", None),
        ("Расписание парома на лето", "2014-05-22", 3),
        ("Почему маяк остаётся тёмным", "2014-05-16", 1),
    ]
    assert posts[0].body.startswith("Портовый совет") and posts[0].body.endswith("так скоро.")
    assert all("Получить ссылку" not in p.body and "Facebook" not in p.body for p in posts)
    assert posts[0].blog == "Записки с парома"


@pytest.mark.parametrize(
    ("count", "expected"),
    [("Brak komentarzy", 0), ("1 komentarz", 1), ("3 komentarze", 3), ("5 komentarzy", 5)],
)
def test_a_count_link_without_the_colon_is_read_in_each_plural_form(
    count: str, expected: int
) -> None:
    page = (
        "piątek, 23 maja 2014\n\nNabrzeże zbożowe zmienia właściciela\n\n"
        "Rada portu głosowała w czwartek za dzierżawą nabrzeża.\n\n"
        f"Opublikowane przez Zofia Wąsik o 13:56\nEtykiety: porty\n{count}\n\nPrześlij komentarz"
    )
    (post,) = parse_text(page, "pl.txt")
    assert (post.date, post.author, post.comments) == ("2014-05-23", "Zofia Wąsik", expected)
    assert post.body == "Rada portu głosowała w czwartek za dzierżawą nabrzeża."
