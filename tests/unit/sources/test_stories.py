"""Pages that hold several articles (sources.stories): which pages split, and into what.

Every text here is our own: short made-up reports of made-up or generic diplomatic events.
"""

from __future__ import annotations

import json

import pytest

from briefing_tui.sources.stories import MIN_STORY_WORDS, page_stories

TALKS = (
    "<p>The foreign minister of Norland, Per Vik, met his counterpart from Arcadia, Sora Elm, in the "
    "harbour town of Kestrel on Tuesday for talks on fishing quotas and the shared ferry line.</p>"
    '<p>"We have waited too long for clear rules at sea," Vik told reporters after the meeting. Elm '
    "said her government would send a draft agreement to Norland before the end of the month and "
    "invited Vik to visit the capital in May.</p>"
)
SUMMONS = (
    "<p>The Westmark foreign ministry summoned the ambassador of Eastmark on Monday after a week of "
    "delays at the border crossing near the river port, a ministry spokesman said.</p>"
    "<p>Deputy Foreign Minister Jon Reed said lorry drivers had waited for days without food or "
    "shelter, and that he expected the matter to be settled in a phone call with his Eastmark "
    "colleague later in the week. Eastmark officials said the checks followed new customs rules.</p>"
)
VISIT = (
    "<p>President Lucia Paredes of Southland will travel to the northern republic on Friday for two "
    "days of talks on ports, mining and a new rail crossing, her office announced on Wednesday.</p>"
    '<p>"Our neighbours are our first market," Paredes said in a short address. Her host, President '
    "Tomas Herrera, said he hoped the visit would end with a signed plan for the crossing, which the "
    "two governments have discussed for more than a decade.</p>"
)
SECTION = (
    "<p>The second day of the conference turned to water. Delegates from the river states heard a "
    "report on falling levels in the upper basin and on the dams planned there, and several asked "
    "for a joint body to share measurements every week rather than every season, so that farmers "
    "downstream could plan their planting and the cities could plan their supply.</p>"
)
COMMENT = (
    "<p>I have lived near that ferry line for thirty years and I can say that nothing has changed "
    "since the last agreement, whatever the ministers promise in their statements. The boats are "
    "late, the fares go up every spring, and nobody in the capital seems to notice the people who "
    "rely on the line to reach the hospital on the other side of the water.</p>"
)


def story(headline: str, body: str, *, attrs: str = "", header: str = "", tag: str = "h2") -> str:
    return f"<article{attrs}><header><{tag}>{headline}</{tag}>{header}</header>{body}</article>"


def page(main: str, *, head: str = "", after: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Desk</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav><main>{main}</main>{after}<footer>Desk Ltd.</footer></body></html>"
    )


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def plain(html: str) -> str:
    """The words of an HTML fragment as one text (an item's articleBody)."""
    import re

    return re.sub(r"<[^>]+>", "\n", html).strip()


def card(headline: str) -> str:
    return f"<article class='card'><h3>{headline}</h3><p>A short look at what changes.</p></article>"


ROUNDUP = page(
    "<h1>Morning roundup</h1><p>Three stories from the desk.</p>"
    + story("Norland and Arcadia talk fishing", TALKS, attrs=" id='fishing-talks'")
    + story("Westmark summons Eastmark's envoy", SUMMONS, attrs=" id='border-delays'")
    + story("Southland president to visit the north", VISIT, attrs=" id='paredes-visit'")
)
WRAPPED_ROUNDUP = page(
    "<article><h1>Weekly digest</h1><p>What happened this week.</p>"
    + story("Norland and Arcadia talk fishing", TALKS)
    + story("Westmark summons Eastmark's envoy", SUMMONS)
    + "</article>"
)
LIVE_PAGE = page(
    "<h1>Live: the border talks</h1>"
    + story("Envoy summoned", SUMMONS, header="<time datetime='2024-05-06T09:10:00+02:00'>09:10</time>")
    + story("Talks open", TALKS, header="<time datetime='2024-05-07T11:00:00Z'>11:00</time>")
)
FRONT_PAGE = page(
    story("Norland and Arcadia talk fishing", TALKS, header="<p class='byline'>By Ann Lee</p>")
    + card("Ferries, explained")
    + story("Southland president to visit the north", VISIT, header="<span rel='author'>Tom Hale</span>")
    + card("Five questions on the new visa rules"),
    after="<aside>" + story("Westmark summons Eastmark's envoy", SUMMONS) + "</aside>",
)
SAME_HEADLINES = page(story("Update", TALKS) + story("Update", SUMMONS))
ITEM_LIST = page(
    "<h1>Press releases</h1><div>" + TALKS + SUMMONS + "</div>",
    head=json_ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "name": "Press releases"},
                {
                    "@type": "ItemList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "item": {
                                "@type": "NewsArticle",
                                "@id": "https://mfa.example/releases#r-2",
                                "headline": "Minister receives the envoy of Norland",
                                "datePublished": "2024-02-12T10:00:00+01:00",
                                "author": [{"@type": "Person", "name": "Press Office"}],
                                "articleBody": plain(TALKS),
                            },
                        },
                        {
                            "@type": "ListItem",
                            "item": {
                                "@type": ["NewsArticle"],
                                "headline": "Consultations on the border",
                                "datePublished": "2024-02-09",
                                "articleBody": plain(SUMMONS),
                            },
                        },
                    ],
                },
            ],
        }
    ),
)
LIVE_BLOG = page(
    "<h1>Live</h1>",
    head=json_ld(
        {
            "@type": "LiveBlogPosting",
            "headline": "Live: summit day",
            "articleBody": plain(VISIT),
            "liveBlogUpdate": [
                {"@type": "BlogPosting", "headline": "Talks open", "articleBody": plain(TALKS)},
                {"@type": "BlogPosting", "headline": "Envoy summoned", "articleBody": plain(SUMMONS)},
            ],
        }
    ),
)

SPLIT = [
    pytest.param(
        ROUNDUP,
        [
            ("fishing-talks", "Norland and Arcadia talk fishing"),
            ("border-delays", "Westmark summons Eastmark's envoy"),
            ("paredes-visit", "Southland president to visit the north"),
        ],
        id="roundup-of-three-with-ids",
    ),
    pytest.param(
        WRAPPED_ROUNDUP,
        [
            ("norland-and-arcadia-talk-fishing", "Norland and Arcadia talk fishing"),
            ("westmark-summons-eastmark-s-envoy", "Westmark summons Eastmark's envoy"),
        ],
        id="digest-wrapped-in-an-article-with-a-short-intro",
    ),
    pytest.param(
        LIVE_PAGE, [("envoy-summoned", "Envoy summoned"), ("talks-open", "Talks open")], id="live-page"
    ),
    pytest.param(
        FRONT_PAGE,
        [
            ("norland-and-arcadia-talk-fishing", "Norland and Arcadia talk fishing"),
            ("southland-president-to-visit-the-north", "Southland president to visit the north"),
        ],
        id="front-page-of-full-stories-with-cards-and-an-aside",
    ),
    pytest.param(SAME_HEADLINES, [("update", "Update"), ("update-2", "Update")], id="one-headline-twice"),
    pytest.param(
        ITEM_LIST,
        [
            ("r-2", "Minister receives the envoy of Norland"),
            ("consultations-on-the-border", "Consultations on the border"),
        ],
        id="json-ld-list-of-news-articles",
    ),
    pytest.param(
        LIVE_BLOG,
        [("talks-open", "Talks open"), ("envoy-summoned", "Envoy summoned")],
        id="json-ld-live-blog",
    ),
]


@pytest.mark.parametrize(("html", "expected"), SPLIT)
def test_a_page_of_several_articles_gives_each(html, expected):
    stories = page_stories(html.encode())
    assert [(s.part, s.title) for s in stories] == expected
    for found in stories:
        assert len(found.text.split()) >= MIN_STORY_WORDS
        assert found.title not in found.text  # the headline is the title, not the first line


ONE_STORY = [
    pytest.param(page(story("Talks in Kestrel", TALKS + SUMMONS)), id="one-article"),
    pytest.param(
        page(
            story("Talks in Kestrel", TALKS + SUMMONS),
            after="<aside class='sidebar'>" + story("Southland visit", VISIT) + card("Ferries") + "</aside>",
        ),
        id="one-story-with-a-sidebar-of-articles",
    ),
    pytest.param(
        page(
            "<article><h1>Conference diary</h1>"
            + "".join(
                f"<section><h2>Day {n}</h2>{body}</section>" for n, body in enumerate((TALKS, SECTION), 1)
            )
            + "</article>"
        ),
        id="an-article-wrapping-sections",
    ),
    pytest.param(
        page(
            "<article><h1>Talks in Kestrel</h1>"
            + TALKS
            + "<section>"
            + story("Ann from the coast", COMMENT, tag="h3")
            + story("A reader", COMMENT.replace("thirty", "forty"), tag="h3")
            + "</section></article>"
        ),
        id="an-article-holding-headed-comments",
    ),
    pytest.param(
        page(story("Talks in Kestrel", TALKS + SUMMONS))
        + "<section id='comments'>"
        + story("Ann from the coast", COMMENT, tag="h3")
        + story("A reader", COMMENT.replace("thirty", "forty"), tag="h3")
        + "</section>",
        id="comments-beside-the-article",
    ),
    pytest.param(
        page(
            story("Talks in Kestrel", TALKS + SUMMONS)
            + "<section><h2>More stories</h2>"
            + "".join(card(f"Story {n}") for n in range(6))
            + "</section>"
        ),
        id="related-teaser-cards",
    ),
    pytest.param(
        page(
            story("Talks in Kestrel", TALKS + SUMMONS)
            + "<div class='related-stories'>"
            + story("Southland visit", VISIT)
            + story("Envoy summoned", SUMMONS)
            + "</div>"
        ),
        id="related-stories-in-full",
    ),
    pytest.param(
        page(story("", TALKS) + story("", SUMMONS)),
        id="articles-without-headlines",
    ),
    pytest.param(
        page(story("Talks in Kestrel", TALKS) + story("Short item", "<p>The envoy left on Monday.</p>")),
        id="a-story-and-a-short-item",
    ),
    pytest.param(
        page(
            "<h1>Talks in Kestrel</h1>",
            head=json_ld(
                {
                    "@graph": [
                        {"@type": "WebPage", "name": "Talks"},
                        {"@type": "NewsArticle", "headline": "Talks", "articleBody": plain(TALKS)},
                        {"@type": "BreadcrumbList", "itemListElement": []},
                    ]
                }
            ),
        ),
        id="json-ld-of-one-article",
    ),
    pytest.param(
        page(
            "<h1>Releases</h1>",
            head=json_ld(
                [
                    {"@type": "NewsArticle", "headline": "Talks", "articleBody": plain(TALKS)},
                    {"@type": "NewsArticle", "headline": "Talks", "articleBody": plain(TALKS)},
                    {"@type": "NewsArticle", "headline": "Visit", "articleBody": "A short summary."},
                ]
            ),
        ),
        id="json-ld-of-one-article-twice-and-a-teaser",
    ),
    pytest.param("", id="empty"),
    pytest.param(
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>", id="xml-declared"
    ),
]


@pytest.mark.parametrize("html", ONE_STORY)
def test_a_page_of_one_story_is_not_split(html):
    assert page_stories(html.encode()) == ()


def test_a_story_that_is_no_article_element_is_not_traded_for_long_excerpts_beside_it():
    """The page reader's main text is the story; two long excerpts of other stories are <article>s."""
    main = SECTION + COMMENT  # the story, outside any <article>
    html = page(
        f"<h1>The river states meet</h1><div class='body'>{main}</div>"
        + "<section class='more-news'>"
        + story("Talks in Kestrel", TALKS)
        + story("Envoy summoned", SUMMONS)
        + "</section>"
    )
    main_text = plain(main)
    assert page_stories(html.encode(), main_text) == ()
    # A roundup's main text as the reader took it (its first story, or all): held by the stories;
    # its intro alone is shorter than any story, so no story is lost by reading the page as three.
    assert len(page_stories(ROUNDUP.encode(), plain(TALKS))) == 3
    assert len(page_stories(ROUNDUP.encode(), "Morning roundup\nThree stories from the desk.")) == 3


def test_each_story_keeps_its_own_date_author_and_text():
    stories = page_stories(FRONT_PAGE.encode()) + page_stories(LIVE_PAGE.encode())
    assert [(s.date, s.author) for s in stories] == [
        (None, "Ann Lee"),
        (None, "Tom Hale"),
        ("2024-05-06", None),
        ("2024-05-07", None),
    ]
    assert (
        stories[0].text.startswith("The foreign minister of Norland") and "By Ann Lee" not in stories[0].text
    )
    assert "Ferries, explained" not in " ".join(s.text for s in stories)
    (first, second) = page_stories(ITEM_LIST.encode())
    assert (first.date, first.author, second.date, second.author) == (
        "2024-02-12",
        "Press Office",
        "2024-02-09",
        None,
    )
    assert first.text.split("\n\n")[0] == plain(TALKS).split("\n")[0]


def test_a_page_in_another_encoding_is_read():
    html = ROUNDUP.replace("Norland", "Nørland")
    assert page_stories(html.encode("cp1252"))[0].title == "Nørland and Arcadia talk fishing"


def test_json_ld_nested_past_any_limit_leaves_the_page_one_article():
    deep = "[" * 100_000 + "]" * 100_000
    html = page(story("Talks", TALKS), head=f'<script type="application/ld+json">{deep}</script>')
    assert page_stories(html.encode()) == ()


def test_a_date_the_text_mentions_is_not_the_storys_date():
    mentioned = TALKS.replace("on Tuesday", "on <time datetime='2024-06-01'>1 June</time>")
    stamped = "<p class='meta'><span itemprop='datePublished' content='2024-05-02'>2 May</span></p>"
    stories = page_stories(page(story("Talks", mentioned) + story("Envoy", SUMMONS, header=stamped)).encode())
    assert [s.date for s in stories] == [None, "2024-05-02"]
