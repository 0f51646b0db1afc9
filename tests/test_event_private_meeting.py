"""A meeting that names no partner, in a story that names few actors of public affairs, is a
private or past one (a family business's owners, a gang, a meeting an obituary recalls): it is
withheld and recorded on the article with that reason. The same meeting with a partner, or in a
story about public affairs, or in a text too short to count its actors, stays an event; coding
every article keeps it."""

from eventwire.pipeline import analyze
from eventwire.records import Analysis
from eventwire.render import render_pretty
from eventwire.settings import Settings

MILL_STORY = (
    "Mill owners weigh the future of a family business\n"
    "The three owners of the Harlow mill met{partner} on Tuesday to discuss its future. "
    "The mill has made wool blankets since the 1950s. Its looms are old and loud. "
    "Orders fell last year, and the owners sold two trucks. "
    "A fire damaged the dye shed in March, police said. Nobody was hurt. "
    "The owners say the mill could make scarves instead. "
    "Workers hope the looms keep running. A buyer from the coast came to look at the stock."
)

MINISTERS_STORY = (
    "Ministers meet over border dispute\n"
    "The foreign ministers met on Sunday in Vienna. "
    "The government of Austria said police would guard the venue. "
    "The president and the prime minister of Slovenia sent a letter to parliament. "
    "The army moved troops away from the border, the defence ministry said. "
    "Opposition lawmakers called for a vote in parliament."
)


def meetings(text: str, settings: Settings | None = None) -> list[str]:
    analysis = analyze(text, "2026-03-02", settings=settings or Settings())
    return [e.trigger.text for e in analysis.events if e.plover["type"] == "CONSULT"]


def test_a_partnerless_meeting_in_a_private_story_is_withheld_with_its_reason() -> None:
    text = MILL_STORY.format(partner="")
    analysis = analyze(text, "2026-03-02", settings=Settings())
    assert analysis.article.news.public_affairs
    assert [e.trigger.text for e in analysis.events if e.plover["type"] == "CONSULT"] == []
    (withheld,) = analysis.article.news.withheld
    assert (withheld.trigger.text, withheld.plover_type) == ("met", "CONSULT")
    assert "no partner" in withheld.reason
    assert f"withheld: 'met' CONSULT at {withheld.trigger.start}, a meeting with no partner" in (
        render_pretty(analysis)
    )
    data = analysis.to_dict()
    assert data["article"]["news"]["withheld"][0]["reason"] == withheld.reason
    assert Analysis.from_dict(data).to_dict() == data


def test_the_same_meeting_with_a_partner_stays() -> None:
    assert meetings(MILL_STORY.format(partner=" with the police")) == ["met"]


def test_a_partnerless_meeting_in_a_story_of_public_affairs_stays() -> None:
    assert meetings(MINISTERS_STORY) == ["met"]


def test_a_text_too_short_to_count_its_actors_keeps_it() -> None:
    assert meetings("The three owners of the Harlow mill met on Tuesday.") == ["met"]


def test_coding_every_article_keeps_it() -> None:
    assert meetings(MILL_STORY.format(partner=""), Settings(code_every_article=True)) == ["met"]
