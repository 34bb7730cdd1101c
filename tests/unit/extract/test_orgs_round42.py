"""Organizations, round 42.

- A picture's credit names its sources as a chain joined by slashes at the end of a caption line
  ("Reuters/ABC/Some Bureau", "X / Y Agency, pool", "ABC/XYZ Photos"), or after "(Foto ..." or
  "photo via ...": every body in the chain is the credit's source, no actor of the story. A slash
  between two bodies in a sentence or a headline ("the UN/AU force") still names both.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "The two ministers shook hands in Rabat.\nImage: dpa archive/AA/Kuwait Emirate Council\n\n"
            "The talks went on for three hours.",
            "Kuwait Emirate Council",
        ),
        (
            "The premier waves on arrival at the airport, Lisbon, Portugal/ANTARA/Press Bureau of the "
            "Cabinet Secretariat\n\nThe premier then went on to the palace.",
            "Press Bureau of the Cabinet Secretariat",
        ),
        (
            "The envoy arrives for the meeting (Foto ANTARA / KBRI Lisbon). (2)\n\nThe envoy met the mayor.",
            "KBRI",
        ),
        (
            "The minister during the talks on Monday. — XNA/XNB Photos Ana Lima |\nThe minister then left.",
            "XNB",
        ),
        (
            "The chief of staff in the garden (Ana Lima/Pool photo via Associated Press, File)\n\n"
            "The chief of staff spoke to the press.",
            "Associated Press",
        ),
        (
            "Aid workers unload the trucks. JOHN MARKS / Associated Press, pool\n\nThe convoy reached Gaza.",
            "Associated Press",
        ),
    ],
)
def test_a_credit_chain_names_no_body(text: str, credited: str) -> None:
    assert credited not in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: slashes between bodies in a sentence or a headline, and a sentence that ends a line
        ("The joint UN/AU force will leave Darfur next year, the council decided.", "African Union"),
        ("Sudan: UN/AU Mission Extended", "African Union"),
        ("The plan was drawn up by the World Bank/IMF team in Accra.", "World Bank"),
        (
            "The ceasefire was welcomed by the ECOWAS/African Union panel\nThe talks end today.",
            "African Union",
        ),
    ],
)
def test_a_slash_between_bodies_in_a_sentence_keeps_both(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a ship's prefix, a city's short form, the Republic of China's initials
        ("The USS Gerald Ford sailed for the eastern Mediterranean on Friday.", "USS"),
        ("The frigate HMS Kent docked in Muscat for two days.", "HMS"),
        ("The talks drew envoys from Paris, Berlin and NYC last week.", "NYC"),
        ("The guests came to Taipei to mark the ROC's national day.", "ROC"),
        # a market ticker's line: the price after the word
        ("SOLARTEX 12.40 Increased By 0.35 (2.9%)\nThe ministers met in Karachi.", "SOLARTEX"),
        # an office's initials right before its holder's name
        ("The envoy also called on NSA Rahul Mehta in the afternoon.", "NSA"),
    ],
)
def test_capitals_that_are_no_body(text: str, word: str) -> None:
    assert not [n for n in names(text, PUBLISHED, "organization") if word in n.split()]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: initials of bodies, also before a title and its holder, or before a number
        ("The SPLM said its Secretary-General Pagan Amum met the envoys in Juba.", "SPLM"),
        ("The UNMISR chief Ana Lopes said the intercepts had been shared.", "UNMISR"),
        ("The UNMISR counted 12.5 percent more attacks this year, the report said.", "UNMISR"),
        ("The envoys met Sudan's RSF and the SAF in Jeddah.", "RSF"),
        ("A fellow of the Russian MGIMO Ivan Petrov wrote the report.", "MGIMO"),
    ],
)
def test_initials_of_bodies_stay(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")
