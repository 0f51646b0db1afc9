"""A definite phrase for a group ("the group", "the separatist outfit") points back to the armed
group or movement the article named before it; on articles written for these tests."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.records import ActorRef


def sources_of(text: str, trigger: str) -> list[ActorRef]:
    events = analyze(text, published="2024-03-04").events
    return [actor for e in events if e.trigger.text == trigger for actor in e.source]


def test_the_group_is_the_group_named_before() -> None:
    text = (
        "Border Raid\nThe Baloch Liberation Army attacked a convoy on Monday. "
        "Two days later the separatist outfit attacked a checkpoint near Quetta."
    )
    (source,) = sources_of(text, "attacked")[1:]
    assert source.text == "the separatist outfit"
    assert source.code == "PAKREB"
    assert source.code_from.rule == "antecedent"
    assert source.code_from.text == "Baloch Liberation Army"


def test_two_groups_named_before_leave_the_group_uncoded() -> None:
    text = (
        "Border Raids\nHamas and Hezbollah fighters attacked border posts on Monday. "
        "On Tuesday the group attacked a checkpoint."
    )
    sources = [a for a in sources_of(text, "attacked") if a.text == "the group"]
    assert sources and all(actor.code is None for actor in sources)


def test_a_group_the_article_names_only_later_is_no_antecedent() -> None:
    text = (
        "Border Raid\nThe group attacked a checkpoint on Monday. "
        "Officials later blamed the Baloch Liberation Army."
    )
    sources = [a for a in sources_of(text, "attacked") if a.text == "The group"]
    assert sources and all(actor.code is None for actor in sources)


def targets_of(text: str, trigger: str) -> list[ActorRef]:
    events = analyze(text, published="2024-03-04").events
    return [actor for e in events if e.trigger.text == trigger for actor in e.target]


@pytest.mark.parametrize(
    ("text", "charge", "words", "code"),
    [
        (
            "Border Raid\nThe Baloch Liberation Army attacked a convoy on Monday. "
            "Islamabad alleges the separatist outfit has broken its pledge to spare civilians.",
            "alleges",
            "the separatist outfit",
            "PAKREB",
        ),
        (
            # the reporters the government jailed are not whom the charge is aimed at
            "Sudanese authorities approved a new press law on Monday. "
            "Rights groups alleged that the government had jailed dozens of reporters.",
            "alleged",
            "the government",
            "SDNGOV",
        ),
    ],
)
def test_a_party_charged_in_a_clause_is_the_one_named_before(
    text: str, charge: str, words: str, code: str
) -> None:
    """A charge stated as a clause names its doer by the clause's subject; "the separatist
    outfit" or "the government" there is the party the article named, not a phrase without a
    code."""
    (target,) = targets_of(text, charge)
    assert target.text == words
    assert target.code == code


def test_the_alliance_is_the_international_body_named_before() -> None:
    text = (
        "Summit Plans\nPoland hopes to attend the NATO summit in April. "
        "Poland is well prepared to join the alliance, the Polish defence minister said."
    )
    (target,) = targets_of(text, "prepared")
    assert target.text == "the alliance"
    assert target.code == "IGOWSTNAT"
    assert target.code_from.rule == "antecedent"
    two = (
        "Trade Talks\nNATO and the European Union met in Brussels on Monday. "
        "Norway criticized the bloc on Tuesday."
    )
    targets = [a for a in targets_of(two, "criticized") if a.text == "the bloc"]
    assert targets and all(actor.code is None for actor in targets)  # two bodies: not which


def test_a_countrys_own_party_bloc_is_not_the_body_named_before() -> None:
    """ "The opposition alliance" in Kenya is the country's own parties, not NATO, named in
    the sentence before."""
    text = (
        "Vote Dispute\nNATO ministers met in Brussels on Monday. In Kenya, the opposition "
        "alliance accused the electoral commission of rigging the vote."
    )
    sources = [a for a in sources_of(text, "accused") if a.text == "the opposition alliance"]
    assert sources and all(actor.code != "IGOWSTNAT" for actor in sources)


def test_the_group_is_the_one_its_recent_sentences_name() -> None:
    """Two groups in the article: "the insurgent group" is the one named in its own or the two
    sentences before it, not one named further back."""
    text = (
        "School Blast\nA blast hit a school in Herat on Saturday. "
        "Earlier attacks there were claimed by Islamic State. "
        "Police said the school had no guards. Parents gathered outside on Sunday. "
        "Officials accused the Taliban of planning the attack. "
        "The insurgent group denied any role."
    )
    events = analyze(text, published="2024-03-04").events
    (source,) = [a for e in events if e.trigger.text.startswith("denied") for a in e.source]
    assert source.text == "The insurgent group"
    assert source.code == "AFGREB"
    assert source.code_from.text == "Taliban"


def test_the_agency_is_the_organisation_whose_name_used_the_word() -> None:
    """ "The agency" after "the International Energy Agency" is that agency; a country's
    commission named between leaves "the commission" no international body's."""
    text = (
        "Energy Outlook\nThe International Energy Agency published its yearly outlook on "
        "Monday. The agency urged Norland to build more wind farms."
    )
    (source,) = sources_of(text, "urged")
    assert source.text == "The agency"
    assert source.code == "IGOBUSIEA"
    assert source.code_from.rule == "antecedent"
    assert source.code_from.text == "International Energy Agency"
    between = (
        "Fishing Row\nThe European Commission opened an inquiry on Monday. Norland's fisheries "
        "commission met in Vardby on Tuesday. The commission urged fishermen to stay calm."
    )
    assert all(actor.code != "IGOEUREEC" for actor in sources_of(between, "urged"))


def test_a_regional_or_world_body_is_the_international_body_named_before() -> None:
    """ "The regional body" after ECOWAS, "the world body" after the United Nations; a body with
    no such word may be a corpse, and stays uncoded."""
    text = (
        "Bloc Split\nThree Sahel states left the Economic Community of West African States "
        "in January. Their juntas accused the regional body of serving foreign interests."
    )
    (target,) = [a for a in targets_of(text, "accused") if a.text == "the regional body"]
    assert target.code == "IGOWAFWAS"
    assert target.code_from.text == "Economic Community of West African States"
    world = (
        "Aid Row\nThe United Nations cut food aid to the camps on Monday. Norland accused the "
        "world body of abandoning refugees."
    )
    (target,) = [a for a in targets_of(world, "accused") if a.text == "the world body"]
    assert target.code == "IGOUNO"
