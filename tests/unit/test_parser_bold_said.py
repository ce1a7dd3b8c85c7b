"""A comment's head whose name is printed bold: the name, not its emphasis marks."""

from tuiarchive.dumps.parser import parse_dump

PAGE = """\
# Le phare de Kerlouan

Par Odile Ferrand, le 3 mars 2019

Le gardien notait chaque soir le vent, l'huile et les navires.
Il écrivait même quand rien ne se passait.

Posted by Odile Ferrand at 3/03/2019 09:12 PM

2 comments:

**Maëlle Tanguy** dit :

Très beau texte, merci pour ce souvenir.

__Yann Le Goff__ said...

Mon grand-père a connu ce phare.
"""


def test_a_bold_name_over_a_comment_is_read_without_its_marks() -> None:
    post = parse_dump(PAGE.encode(), "x.md")[0]
    assert [c.author for c in post.comment_list] == ["Maëlle Tanguy", "Yann Le Goff"]
