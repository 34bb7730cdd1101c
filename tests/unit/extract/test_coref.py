"""Stage coref: one entity per real actor, every reference pointing at it."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.document import Document
from briefing_tui.extract.pipeline import build_document


def doc_of(text: str) -> Document:
    return build_document(text, date(2023, 10, 24))


def entity_of(doc: Document, surface: str, nth: int = 0) -> str | None:
    """Name of the entity the ``nth`` mention with exactly this text refers to."""
    hits = [m for m in doc.mentions if m.text == surface]
    m = hits[nth]
    return doc.entities[m.entity].name if m.entity is not None else None


def people(doc: Document) -> list[str]:
    return [e.name for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Chinese Foreign Minister Wang Yi spoke. Wang said more.", "Wang", "Wang Yi"),
        (
            "Secretary of State Antony J. Blinken left. Secretary Blinken said so.",
            "Secretary Blinken",
            "Antony J. Blinken",
        ),
        (
            "Hayashi Yoshimasa met them. Later, Foreign Minister Hayashi spoke.",
            "Foreign Minister Hayashi",
            "Hayashi Yoshimasa",
        ),
        ("Chinese President Xi Jinping spoke. Burns urged Xi's government to act.", "Xi", "Xi Jinping"),
    ],
)
def test_names_and_surnames(text: str, surface: str, expected: str) -> None:
    assert entity_of(doc_of(text), surface) == expected


def test_one_entity_per_person_with_longest_name_and_aliases() -> None:
    doc = doc_of("Secretary Blinken arrived. Secretary of State Antony J. Blinken spoke. Blinken said more.")
    assert people(doc) == ["Antony J. Blinken"]
    e = next(e for e in doc.entities if e.kind == "person")
    assert e.role == "Secretary of State"
    assert "Blinken" in e.aliases
    assert "Secretary of State Antony J. Blinken" in e.aliases


def test_different_people_sharing_a_particle_stay_apart() -> None:
    doc = doc_of(
        "He met Crown Prince Mohammed bin Salman and Minister of Energy Abdulaziz bin Salman Al Saud."
    )
    assert people(doc) == ["Mohammed bin Salman", "Abdulaziz bin Salman Al Saud"]


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        ("Wang Yi called. He added that aid would come.", "He", 0, "Wang Yi"),
        (
            "Senate Majority Leader Chuck Schumer asked China to act, hours after he blasted Wang Yi.",
            "he",
            0,
            "Chuck Schumer",
        ),
        (
            "Xi Jinping proposed a truce. Biden Harris met Wang Yi. He later proposed talks.",
            "He",
            0,
            "Biden Harris",
        ),
        ("Deputy Secretary Wendy Sherman spoke. She urged restraint.", "She", 0, "Wendy Sherman"),
        ("Ms. Sherman spoke with Mr. Hun Sen. She urged restraint.", "She", 0, "Sherman"),
    ],
)
def test_pronouns_go_to_the_subject(text: str, pronoun: str, nth: int, expected: str) -> None:
    assert entity_of(doc_of(text), pronoun, nth) == expected


def test_pronoun_with_no_person_stays_unresolved() -> None:
    assert entity_of(doc_of("It rained. He left."), "He") is None


def test_she_skips_a_man() -> None:
    doc = doc_of("Mr. Tom Jones met the minister. She said nothing.")
    assert entity_of(doc, "She") is None


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Deputy Secretary of State Wendy Sherman met Prime Minister Hun Sen on Monday. Sherman assured the Prime Minister of support.",
            "the Prime Minister",
            "Hun Sen",
        ),
        (
            "Wang told his Palestinian counterpart it was grave. Palestinian Foreign Minister Riyad al-Maliki agreed.",
            "his Palestinian counterpart",
            "Riyad al-Maliki",
        ),
        (
            "Later, the U.S.'s top diplomat in China, Nicholas Burns, spoke.",
            "U.S.'s top diplomat in China",
            "Nicholas Burns",
        ),
        # two Secretaries: "The Secretary" of a readout is the Secretary of State, not the latest
        (
            "Secretary of State Marco Rubio met Philippine Secretary of Foreign Affairs Enrique Manalo. "
            "The Secretary reaffirmed the commitment.",
            "The Secretary",
            "Marco Rubio",
        ),
        # a side that agrees outranks an office that fits: the guest, not the host
        (
            "Foreign Minister Oleh Marchenko hosted Poland's top diplomat, Tomasz Wierzbicki. "
            "The Polish minister also met Prime Minister Ihor Dovzhenko.",
            "The Polish minister",
            "Tomasz Wierzbicki",
        ),
    ],
)
def test_role_nouns(text: str, surface: str, expected: str) -> None:
    assert entity_of(doc_of(text), surface) == expected


def test_unresolved_possessive_description_is_an_unnamed_person() -> None:
    doc = doc_of("Wang Yi spoke with Saudi Arabia's top diplomat on Monday.")
    unnamed = [e for e in doc.entities if e.kind == "person" and not e.named]
    assert [(e.name, e.role, e.affiliation) for e in unnamed] == [
        ("Saudi Arabia's top diplomat", "top diplomat", "Saudi Arabia")
    ]


def test_indefinite_or_predicative_office_is_not_a_person() -> None:
    doc = doc_of("It was the first visit by a Secretary of State to Fiji. Cambodia serves as ASEAN Chair.")
    assert people(doc) == []


def test_countries_are_one_entity_with_demonym_and_capital_aliases() -> None:
    doc = doc_of("China said it would act. Chinese officials agreed. Beijing's stance hardened.")
    countries = [e for e in doc.entities if e.kind == "country"]
    assert [(e.name, sorted(e.aliases)) for e in countries] == [("China", ["Beijing", "Chinese"])]


def test_organizations_join_acronyms_and_country_prefixed_forms() -> None:
    doc = doc_of(
        "The United Nations met. The UN said so. The United Kingdom Home Office wrote. The Home Office agreed."
    )
    orgs = {e.name: sorted(e.aliases) for e in doc.entities if e.kind == "organization"}
    assert orgs["United Nations"] == ["UN"]
    assert len([n for n in orgs if "Home Office" in n]) == 1


def test_every_linked_mention_is_listed_on_its_entity() -> None:
    doc = doc_of("Chinese Foreign Minister Wang Yi spoke. Wang said he would go to Washington.")
    for i, m in enumerate(doc.mentions):
        if m.entity is not None:
            assert i in doc.entities[m.entity].mentions
    assert [e.index for e in doc.entities] == list(range(len(doc.entities)))


def test_role_noun_needs_all_its_words() -> None:
    doc = doc_of(
        "Egyptian Foreign Minister Sameh Shoukry met Qatar's Prime Minister Sheikh Mohammed Al Thani. "
        "Later the prime minister left."
    )
    assert entity_of(doc, "the prime minister") == "Mohammed Al Thani"


def test_apposition_after_a_lone_surname() -> None:
    doc = doc_of("Johnson, the House Speaker, disagreed.")
    assert entity_of(doc, "the House Speaker") == "Johnson"


def test_adverb_before_a_description_is_not_a_person() -> None:
    assert people(doc_of("Normally, the president flies on a state aircraft.")) == []


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        (
            "The Islamic Revolutionary Guard Corps said seven of its members died.",
            "its",
            "Islamic Revolutionary Guard Corps",
        ),
        ("The Taliban said their rule would continue.", "their", "Taliban"),
        ("Senior officials met. They said the talks went well.", "They", None),
    ],
)
def test_group_pronouns(text: str, pronoun: str, expected: str | None) -> None:
    assert entity_of(doc_of(text), pronoun) == expected


def test_unnamed_office_of_a_body() -> None:
    doc = doc_of("He met the UN's top envoy for Syria on Monday.")
    unnamed = [(e.name, e.role, e.affiliation) for e in doc.entities if e.kind == "person" and not e.named]
    assert unnamed == [("UN's top envoy for Syria", "top envoy for Syria", "United Nations")]


def test_two_offices_joined_by_and_are_two_people() -> None:
    doc = doc_of(
        "Secretary of State Antony J. Blinken spoke with Qatari Prime Minister and Minister of Foreign Affairs "
        "Mohammed bin Abdulrahman Al Thani. The Secretary thanked the Prime Minister for Qatar's efforts. "
        "The Secretary and Prime Minister also discussed aid."
    )
    al_thani = "Mohammed bin Abdulrahman Al Thani"
    assert doc.entities[1].role == "Prime Minister and Minister of Foreign Affairs"
    assert entity_of(doc, "the Prime Minister for Qatar") == al_thani
    assert entity_of(doc, "The Secretary", 1) == "Antony J. Blinken"
    assert entity_of(doc, "Prime Minister") == al_thani


def affiliation(text: str, name: str) -> str | None:
    doc = doc_of(text)
    for e in doc.entities:
        if e.kind == "person" and name in e.name:
            return e.affiliation
    raise AssertionError(f"{name!r} not found in {people(doc)}")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a dateline's country is the side of officials named without a nationality
        (
            "KYIV, Ukraine (AP) — Foreign Minister Petro Hrytsenko said talks were useful.",
            "Petro Hrytsenko",
            "Ukraine",
        ),
        (
            "BERLIN, May 4 (Reuters) - Finance Minister Karl Weber said the budget would pass.",
            "Karl Weber",
            "Germany",
        ),
        ("TOKYO — Prime Minister Kenji Mori said he would call Seoul.", "Kenji Mori", "Japan"),
        ("ANALYSIS\n\nCAIRO — Foreign Minister Hany Adel spoke.", "Hany Adel", "Egypt"),
        # ... but not when the article gives that office there to someone else
        ("BERLIN — German President Frank Walter met President Li Wei on Monday.", "Li Wei", None),
        # a country another person's description names is that person's
        (
            "KYIV, Ukraine — The Polish minister also met Prime Minister Ivan Petrenko.",
            "Ivan Petrenko",
            "Ukraine",
        ),
        (
            "VILNIUS — A statement from the Polish Foreign Ministry said it met Prime Minister Ivan Petrenko.",
            "Ivan Petrenko",
            "Lithuania",
        ),
        # a country talked about is not a side: a topic, reported content, quoted words
        (
            "OSLO — Asked about it, Prime Minister Lars Holm said sanctions on Iran would stay.",
            "Lars Holm",
            "Norway",
        ),
        (
            "BERLIN — Later, Foreign Minister Anna Lind warned that Europe must cut its reliance on Chinese supplies.",
            "Anna Lind",
            "Germany",
        ),
        (
            'MADRID — Later, Deputy Minister Tom Hale called the delay "a gift to Russia."',
            "Tom Hale",
            "Spain",
        ),
        # no dateline: the first person placed without a nationality marker, else the country named
        # most as a side, its state bodies included (the marked people are the foreigners)
        (
            "French President Jean Blanc called on Monday. The Home Office and Downing Street said "
            "Prime Minister Tom Ward would reply.",
            "Tom Ward",
            "United Kingdom",
        ),
        (
            "Secretary of State Ann Low met Indian Foreign Minister Raj Patel. Later, President Tim Cole spoke.",
            "Tim Cole",
            "United States",
        ),
        # still: the one other country in a sentence about a meeting
        ("In talks with Deputy Minister Tom Hale, the envoy praised Norway's role.", "Tom Hale", "Norway"),
    ],
)
def test_context_affiliation(text: str, name: str, expected: str | None) -> None:
    assert affiliation(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a country stated only for a later member of a pair sets the earlier one apart
        (
            "PRAGUE — Prime Minister Karel Novak and Slovak President Peter Kral met in Vienna.",
            "Karel Novak",
            "Czech Republic",
        ),
        (
            "LIMA — Foreign Minister Ana Silva and Chile's top diplomat, Jose Mora, toured the port.",
            "Ana Silva",
            "Peru",
        ),
        # one stated for the first member covers the ones listed after it
        (
            "She met the Amir of Qatar Sheikh Tamim Al Thani, Prime Minister Sheikh Mohammed Al Thani and others.",
            "Mohammed Al Thani",
            "Qatar",
        ),
    ],
)
def test_listed_people_share_only_a_leading_affiliation(text: str, name: str, expected: str | None) -> None:
    assert affiliation(text, name) == expected


def test_counterpart_after_a_possessive_takes_the_office_of_the_person_before() -> None:
    doc = doc_of(
        "Foreign Minister Anna Berg spoke first. Her Italian counterpart, Paolo Ricci, struck a softer tone."
    )
    ricci = next(e for e in doc.entities if e.name == "Paolo Ricci")
    assert (ricci.role, ricci.affiliation) == ("Foreign Minister", "Italy")
