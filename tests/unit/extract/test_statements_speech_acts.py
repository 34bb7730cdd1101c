"""Stage statements: who speaks in 'according to', passive and 'the statement reads' layouts, and news speech verbs."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

ACCORDING = Cast(
    actors={
        "Rosa Lind": ("person", ("Lind",)),
        "Basya": ("person", ()),
        "Department of Trade": ("organization", ()),
        "ABC News": ("organization", ()),
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source's word on what a person will do: the source speaks
        (
            "According to the Department of Trade, Rosa Lind will open the fair in the capital on Monday.",
            [("indirect", "Department of Trade", "Rosa Lind will open the fair in the capital on Monday")],
        ),
        (
            "According to ABC News, Lind has cancelled her trip to the coast.",
            [("indirect", "ABC News", "Lind has cancelled her trip to the coast")],
        ),
        # what a person thinks, relayed by a source: nobody's statement
        ("According to ABC News, Basya also believes the people may have left the boat on purpose.", []),
        ("According to ABC News, Lind thinks the fair will be a failure this year.", []),
        ("According to ABC News, Lind is convinced the fair will be a failure this year.", []),
    ],
)
def test_according_to_a_source_about_a_person(text: str, expected: list) -> None:
    assert run(text, ACCORDING) == expected


ISSUER = Cast(
    actors={
        "Palace Office": ("organization", ()),
        "Omar Haddad": ("person", ("Haddad",)),
        "Nadia Sow": ("person", ("Sow",)),
    },
    pronouns={"he": "Omar Haddad"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the statement' speaks for whoever issued it, named just before
        (
            "Haddad will visit Dakar in June, the Palace Office has announced. "
            '"The trip will open a new chapter for our two nations," the statement reads.',
            [
                ("indirect", "Palace Office", "Haddad will visit Dakar in June"),
                ("direct", "Palace Office", "The trip will open a new chapter for our two nations"),
            ],
        ),
        (
            "Haddad said in a statement that the talks were useful. "
            "The statement said the two sides would meet again soon.",
            [
                ("indirect", "Omar Haddad", "the talks were useful"),
                ("indirect", "Omar Haddad", "the two sides would meet again soon"),
            ],
        ),
        # nobody named before it: nobody speaks
        ('"The trip will open a new chapter for our two nations," the statement reads.', []),
        # a joint statement names no single speaker
        (
            "Haddad met Sow in Dakar on Monday. "
            '"Both sides agreed to deepen their ties," the joint statement said.',
            [],
        ),
    ],
)
def test_the_statement_speaks_for_its_issuer(text: str, expected: list) -> None:
    assert run(text, ISSUER) == expected


VERBS = Cast(
    actors={
        "Omar Haddad": ("person", ("Haddad",)),
        "Nadia Sow": ("person", ("Sow",)),
        "Central Bank": ("organization", ()),
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # raising a concern or an issue is speech
        (
            "Haddad raised his concerns about the border dispute with Sow.",
            [("indirect", "Omar Haddad", "his concerns about the border dispute with Sow")],
        ),
        (
            "Haddad also raised the issue of fishing rights and the port fees.",
            [("indirect", "Omar Haddad", "the issue of fishing rights and the port fees")],
        ),
        # raising money, rates or a flag is not
        ("The Central Bank raised interest rates by half a point on Monday.", []),
        ("Haddad raised five million dollars for the campaign last year.", []),
        # updating or briefing someone on a matter: the matter is what was said
        (
            "Haddad updated Sow about his plan to visit the port next week.",
            [("indirect", "Omar Haddad", "his plan to visit the port next week")],
        ),
        (
            "Haddad briefed Sow on the outcome of the border talks.",
            [("indirect", "Omar Haddad", "the outcome of the border talks")],
        ),
        # updating a thing is no speech
        ("The Central Bank updated its guidance on lending to small firms.", []),
        ("Haddad updated the list of projects about the coast.", []),
    ],
)
def test_news_speech_verbs(text: str, expected: list) -> None:
    assert run(text, VERBS) == expected


PASSIVE = Cast(
    actors={
        "Omar Haddad": ("person", ("Haddad",)),
        "Nadia Sow": ("person", ("Sow", "the Senegalese president")),
        "Trade Union": ("organization", ()),
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive speech act with a 'by' agent: the agent speaks, about the whole clause
        (
            "Haddad declared the talks a success as his visit was hailed by the Senegalese president as a turning point.",
            [
                ("indirect", "Omar Haddad", "the talks a success"),
                (
                    "indirect",
                    "Nadia Sow",
                    "his visit was hailed by the Senegalese president as a turning point",
                ),
            ],
        ),
        (
            "The new port plan was criticised by the Trade Union, which wants more jobs for locals.",
            [("indirect", "Trade Union", "The new port plan was criticised by the Trade Union")],
        ),
        # no agent, or an agent nobody can name: no statement
        ("The new port plan was criticised last week.", []),
        ("The new port plan was praised by many in the town.", []),
        # hailing from a place is no speech
        ("Haddad hails from a small fishing town in the north.", []),
    ],
)
def test_passive_speech_act_with_an_agent(text: str, expected: list) -> None:
    assert run(text, PASSIVE) == expected


def test_a_demand_that_someone_speak_is_not_relayed_speech() -> None:
    # 'X said Y should condemn ...' is X's demand; 'X said Y condemned ...' relays Y's words
    text = "Haddad said the Trade Union should condemn the attacks on the port."
    assert run(text, PASSIVE) == [
        ("indirect", "Omar Haddad", "the Trade Union should condemn the attacks on the port")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after a name: the one named speaks
        (
            "The port plan was criticised by the Trade Union, which said the jobs would go abroad.",
            [
                ("indirect", "Trade Union", "The port plan was criticised by the Trade Union"),
                ("indirect", "Trade Union", "the jobs would go abroad"),
            ],
        ),
        (
            "Haddad met Sow, who told him that the border would reopen soon.",
            [("indirect", "Nadia Sow", "the border would reopen soon")],
        ),
        # no comma: a restrictive relative names nobody in particular
        ("The officials who said the border would reopen were wrong.", []),
        # a relative after a place or a thing names no speaker
        ("Haddad met Sow in the capital, which said the border would reopen soon.", []),
    ],
)
def test_a_relative_clause_speaks_for_the_name_before(text: str, expected: list) -> None:
    assert run(text, PASSIVE) == expected


JOINT = Cast(
    actors={
        "Omar Haddad": ("person", ("Haddad",)),
        "Nadia Sow": ("person", ("Sow",)),
        "African Union": ("organization", ("AU",)),
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the ministers' after a meeting of two speak jointly: nobody in particular
        ("Haddad met Sow in Dakar. The ministers discussed the need for more trade across the border.", []),
        # a group with more to it still speaks as a group
        (
            "Haddad met Sow in Dakar. Senior ministers stressed the need for more trade across the border.",
            [("indirect", "Senior ministers", "the need for more trade across the border")],
        ),
        # 'members states' (for 'member states') is a noun, not the verb 'states'
        ("The plan follows the AU members states decision to hold a vote in May.", []),
    ],
)
def test_joint_and_noun_readings(text: str, expected: list) -> None:
    assert run(text, JOINT) == expected
