"""Actors, round 37: the people a page names only in its credits (a writer's byline, a photographer,
a wire's editors) are page furniture, no actors of the story; and the forms of byline read as one
("From X, Abuja", "X/Agencies", "By X, IANS, March 4, 2024", "Photograph: X/Reuters")."""

from __future__ import annotations

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract.pipeline import run_pipeline


def _people(text: str) -> list[str]:
    article = Article(id="art-37", title=None, published="2024-03-05", text=text)
    return [a.name for a in run_pipeline(article).actors if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a byline under the headline, in its several forms
        (
            "Talks end in a draw\nBy Kofi Mensah, GNA\nAccra - President Ana Ruiz spoke on Monday.",
            ["Ana Ruiz"],
        ),
        ("Talks end in a draw\nFrom Kofi Mensah, Abuja\n\nPresident Ana Ruiz spoke on Monday.", ["Ana Ruiz"]),
        ("Kofi Mensah/Agencies\nPresident Ana Ruiz spoke in Lima on Monday.", ["Ana Ruiz"]),
        (
            "Talks end in a draw\nBy Kofi Mensah, IANSMonday, March 4, 2024\nPresident Ana Ruiz spoke.",
            ["Ana Ruiz"],
        ),
        # the writer's surname is another's middle name
        (
            "Talks end in a draw\nLeila Osman\nPresident Ana Ruiz met Abdi Osman Farah on Monday.",
            ["Ana Ruiz", "Abdi Osman Farah"],
        ),
        # credits of a photo and of a wire's staff
        (
            "President Ana Ruiz waves in Lima. Photograph: Pablo Ortega/Reuters\n\nRuiz spoke on Monday.",
            ["Ana Ruiz"],
        ),
        (
            "President Ana Ruiz spoke on Monday.\n\n(Reporting by Lena Brandt; Editing by Omar Haddad and Jo Kim)",
            ["Ana Ruiz"],
        ),
        # a caption's bracketed credit, the photographer before the slash
        (
            "President Ana Ruiz speaks in Lima. (Pablo Ortega/Pool photo via AP, File)\n\nRuiz spoke.",
            ["Ana Ruiz"],
        ),
        ("President Ana Ruiz speaks in Lima. (Pablo Ortega/AFP)\n\nRuiz spoke on Monday.", ["Ana Ruiz"]),
        # near misses: a bracket of two names; a name the story goes on about (in capitals too, as a transcript's speaker); a writer the story names again; a name in a
        # sentence; an editor apposed in the story
        ("The talks (Ana Ruiz/Tomas Vidal) went on.", ["Ana Ruiz", "Tomas Vidal"]),
        ("Ada Obi\n\nAda Obi won the vote on Monday.", ["Ada Obi"]),
        (
            "Remarks in Lima\n\nAna Ruiz\nForeign Minister\n\nFOREIGN MINISTER RUIZ: Good morning to you all.",
            ["Ana Ruiz"],
        ),
        ("Talks end\nBy Kofi Mensah\nMensah met President Ana Ruiz on Monday.", ["Kofi Mensah", "Ana Ruiz"]),
        ("From Lima, President Ana Ruiz spoke on Monday.", ["Ana Ruiz"]),
        ("The editor of The Gazette, Ruth Mbeki, called on the president.", ["Ruth Mbeki"]),
    ],
)
def test_people_named_only_in_credits_are_no_actors(text: str, people: list[str]) -> None:
    assert _people(text) == people


def _names(text: str) -> list[str]:
    return sorted(_people(text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a lone name with a title is not the son whose patronymic name holds it as his father's
        (
            "Crown Prince Faisal bin Omar met the envoy. He spoke on behalf of King Omar on Monday.",
            ["Faisal bin Omar", "Omar"],
        ),
        (
            "Sheikh Tamim bin Khalid Al Rashid met the envoy. King Khalid sent a letter.",
            ["Khalid", "Tamim bin Khalid Al Rashid"],
        ),
        # near misses: the name told with its particle; the given name alone; the family name alone
        ("Crown Prince Faisal bin Omar met the envoy. Later bin Omar spoke.", ["Faisal bin Omar"]),
        ("Crown Prince Faisal bin Omar met the envoy. Later Prince Faisal spoke.", ["Faisal bin Omar"]),
        (
            "Sheikh Tamim bin Khalid Al Rashid met the envoy. Later Rashid spoke.",
            ["Tamim bin Khalid Al Rashid"],
        ),
        # places and honours named after a titled person, the qualifier of the place's word between
        ("The plane landed at the King Omar International Airport on Monday.", []),
        ("The prince presented the King Omar Medal to the envoy on Monday.", []),
        ("They prayed at the Sheikh Zayed Grand Mosque on Monday.", []),
        # near misses: a titled person before a capitalised word of a sentence or a place name
        ("On Monday King Omar met the envoy in Riyadh.", ["Omar"]),
        ("The envoy met King Omar at the Riyadh Airport on Monday.", ["Omar"]),
    ],
)
def test_forebears_places_and_honours_are_no_one(text: str, people: list[str]) -> None:
    assert _names(text) == sorted(people)


def _bodies(text: str) -> list[tuple[str, str, list[str]]]:
    article = Article(id="art-37", title=None, published="2024-03-05", text=text)
    return [(a.kind, a.name, list(a.aliases)) for a in run_pipeline(article).actors if a.kind != "person"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a country's government with the country's adjective or name before it is the country
        ("Talks with the Peruvian Government went well.", [("country", "Peru", ["Peruvian Government"])]),
        ("The Chilean Government said it would reply.", [("country", "Chile", ["Chilean Government"])]),
        # near misses: a government no country is written for; an office of the government
        ("The Federal Government said it would reply.", [("organization", "Federal Government", [])]),
        ("The Peruvian Government Palace stood empty.", [("country", "Peru", ["Peruvian"])]),
        # a body's name in the other spelling of -ization
        (
            "NATO met. The North Atlantic Treaty Organisation was founded in 1949.",
            [
                (
                    "organization",
                    "North Atlantic Treaty Organization",
                    ["NATO", "North Atlantic Treaty Organisation"],
                )
            ],
        ),
        # a sitting of a body's leaders, named for them, is the body
        (
            "ECOWAS met. The Authority of ECOWAS Heads of State and Government said so.",
            [
                (
                    "organization",
                    "Economic Community of West African States",
                    ["ECOWAS", "Authority of ECOWAS Heads of State and Government"],
                )
            ],
        ),
        (
            "The SCO met. The SCO Council of Heads of State opened on Monday.",
            [("organization", "Shanghai Cooperation Organization", ["SCO", "SCO Council of Heads of State"])],
        ),
        (
            "The SCO met. Later the Council of the Heads of State opened.",
            [("organization", "Shanghai Cooperation Organization", ["SCO", "Council of the Heads of State"])],
        ),
        # near miss: no body named before it
        ("The Council of Heads of State met on Monday.", [("organization", "Council of Heads of State", [])]),
    ],
)
def test_governments_spellings_and_leaders_sittings(
    text: str, bodies: list[tuple[str, str, list[str]]]
) -> None:
    assert _bodies(text) == bodies


_TURNS = (
    "Remarks in Lima\n\nSECRETARY BLINKEN: Good morning. It is a pleasure to be here with my friend today.\n\n"
    "{label}: Thank you very much, Secretary, for this meeting with all of us today.\n\n"
    "SECRETARY BLINKEN: Thank you all for coming here this morning to talk with us."
)


@pytest.mark.parametrize(
    ("label", "person"),
    [
        # a transcript's speaker named only in the label of their turns: a person, the office their role
        ("FOREIGN MINISTER RUIZ", ("Ruiz", "Foreign Minister")),
        ("PRIME MINISTER ANA RUIZ", ("Ana Ruiz", "Prime Minister")),
        ("AMBASSADOR TOMAS VIDAL", ("Tomas Vidal", "Ambassador")),
        # near misses: labels that name no one
        ("QUESTION", None),
        ("MODERATOR", None),
    ],
)
def test_transcript_speakers_named_in_labels(label: str, person: tuple[str, str] | None) -> None:
    article = Article(id="art-37", title=None, published="2024-03-05", text=_TURNS.format(label=label))
    found = {(a.name, a.role) for a in run_pipeline(article).actors if a.kind == "person"}
    assert found - {("Blinken", "Secretary")} == ({person} if person else set())


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # another name of a person set right after their name
        (
            "Opposition leader Kofi Mensah aka Kojo Blak spoke. Later Kojo Blak met the envoy.",
            [("Kofi Mensah", ("Opposition leader Kofi Mensah", "Kojo Blak"))],
        ),
        ("The singer Kofi Mensah, also known as Kojo Blak, spoke.", [("Kofi Mensah", ("Kojo Blak",))]),
        ("Kofi Mensah (better known as Kojo Blak) spoke.", [("Kofi Mensah", ("Kojo Blak",))]),
        # near misses: two people side by side
        ("Kofi Mensah and Ama Owusu spoke.", [("Kofi Mensah", ()), ("Ama Owusu", ())]),
        ("Kofi Mensah, known to all, met Ama Owusu.", [("Kofi Mensah", ()), ("Ama Owusu", ())]),
    ],
)
def test_another_name_set_after_a_name(text: str, people: list[tuple[str, tuple[str, ...]]]) -> None:
    article = Article(id="art-37", title=None, published="2024-03-05", text=text)
    assert [(a.name, a.aliases) for a in run_pipeline(article).actors if a.kind == "person"] == people


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # outlets and an armed group the lexicon now knows: bodies, not people
        (
            "In an interview with Al Arabiya, Ana Ruiz spoke.",
            [("person", "Ana Ruiz"), ("organization", "Al Arabiya")],
        ),
        (
            "In an article in Le Monde, Ana Ruiz wrote.",
            [("person", "Ana Ruiz"), ("organization", "Le Monde")],
        ),
        ("Al Shabaab attacked the base.", [("organization", "al-Shabaab")]),
        # "Saint" written short in a state's name
        ("Envoys of St Lucia met.", [("country", "Saint Lucia")]),
        ("Envoys of St. Kitts and Nevis met.", [("country", "Saint Kitts and Nevis")]),
        # a place or a body made an adjective by a participle is no one's name
        ("The UN-recognised government met.", []),
        ("The AU-appointed envoy Ana Ruiz spoke.", [("person", "Ana Ruiz")]),
        # near misses: a person written with "St"; a hyphenated name
        ("Ana Ruiz met Peter St John.", [("person", "Ana Ruiz"), ("person", "Peter St John")]),
        ("Ana Ruiz-Vidal spoke.", [("person", "Ana Ruiz-Vidal")]),
    ],
)
def test_outlets_groups_and_short_saints(text: str, actors: list[tuple[str, str]]) -> None:
    article = Article(id="art-37", title=None, published="2024-03-05", text=text)
    assert [(a.kind, a.name) for a in run_pipeline(article).actors] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a dateline's shouted place, its country and a dash: no body
        ("SOUSSE, Tunisia - The minister spoke on Monday.", [("country", "Tunisia")]),
        ("LYONVILLE, Peru \u2014 The minister spoke on Monday.", [("country", "Peru")]),
        # near misses: a body's acronym inside a sentence; a dateline with a date, as before
        (
            "The deal was signed by the UNDP, Tunisia - and Peru.",
            [
                ("organization", "United Nations Development Programme"),
                ("country", "Tunisia"),
                ("country", "Peru"),
            ],
        ),
        ("SOUSSE, March 3 - The minister spoke.", []),
    ],
)
def test_dateline_place_country_dash(text: str, actors: list[tuple[str, str]]) -> None:
    article = Article(id="art-37", title=None, published="2024-03-05", text=text)
    assert [(a.kind, a.name) for a in run_pipeline(article).actors] == actors


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # one capitalised word of an office's name before the office's head: the office, no name
        ("Ana Ruiz said: \u201cMr. Prime Minister, welcome to Lima.\u201d", ["Ana Ruiz"]),
        ("Ana Ruiz said: \u201cMr. Vice President, thank you.\u201d", ["Ana Ruiz"]),
        ("Interior Minister Ana Ruiz and her Finance counterpart Tom Berg met.", ["Ana Ruiz", "Tom Berg"]),
        # near misses: a surname of such a word before no office; a rank before a name
        ("Mr. House said the minister would go.", ["House"]),
        ("General Ana Ruiz spoke on Monday.", ["Ana Ruiz"]),
    ],
)
def test_word_of_an_office_is_no_name(text: str, people: list[str]) -> None:
    assert _people(text) == people
