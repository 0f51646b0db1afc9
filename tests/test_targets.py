"""The target participant, on sentences written for these tests (issue 12, actors12l): which
phrase of the parse names whom an act is done to, addressed to or aimed at."""

from __future__ import annotations

import pytest
from news_events import events_of

TARGETS = [
    # people a list of commentators holds are still whom a verbal act is addressed to
    (
        "The ministry will consult with wildlife biologists before it builds the dam.",
        "consult",
        ["wildlife biologists"],
    ),
    (
        "The senator urged his critics to stop the campaign against the governor.",
        "urged",
        ["his critics"],
    ),
    (
        "The mayor sharply rebuked critics of the new tax on Monday.",
        "rebuked",
        ["critics of the new tax"],
    ),
    (
        "The Chilean ministry invited foreign scientists to a meeting on the drought.",
        "invited",
        ["foreign scientists"],
    ),
    # a subject or object pronoun is never the actor on the other side of its clause
    (
        "Police said Ramon Ortiz took a guard's gun and went to the office of District Judge"
        " Samuel Whitford, who was hearing his case. Minutes later, he shot Whitford in the chest.",
        "shot",
        ["Whitford"],
    ),
    (
        "The state senator Maria Lopez wanted Ana Ruiz out of the race. When Ruiz refused to"
        " quit, Lopez began vilifying her in speeches.",
        "vilifying",
        ["her"],
    ),
    # whom a request tells to act is a party, whatever its words
    (
        "The Chilean High Court also ordered the school to give the girl extra classes.",
        "ordered",
        ["the school"],
    ),
    # an "it" charged with an act of its own is the party named before it, not a thing
    (
        "The separatist group has fought an insurgency against the Pakistani state for years,"
        " accusing it of exploiting the province's gas.",
        "accusing",
        ["it"],
    ),
    (
        "Peruvian officials said the new mining law was unfair, accusing it of hurting farmers.",
        "unfair",
        [],
    ),
    # a thing asked for or met with is still no party; nor a thing allowed to go on
    ("The Peruvian government hopes to allow tourism to resume by May.", "allow", []),
    ("The Peruvian miners demanded higher wages from the company.", "demanded", ["the company"]),
    # a charge stated as a clause names the clause's coded doer, not whom the wrong was done to
    ("Peru alleged that Chile had violated the fishing treaty.", "alleged", ["Chile"]),
    (
        "“Chile has violated the fishing treaty again,” Peruvian Foreign Minister Hugo"
        " de Zela alleged in a statement.",
        "alleged",
        ["Chile"],
    ),
    (
        "The Peruvian farmers' union complained that the government in Lima had ignored its"
        " demands.",
        "complained",
        ["the government in Lima"],
    ),
    ("Peru alleged that its fishing boats were seized near the coast.", "alleged", []),
    # whose house arrest or bail is revoked, named by "from" when the object is the act
    (
        "A Lima court revoked house arrest from the Peruvian publisher on Monday.",
        "revoked",
        ["the Peruvian publisher"],
    ),
    ("A Lima court revoked his house arrest on Monday.", "revoked", ["his"]),
    # a name before a thing says which thing, not that the thing is a party
    ("Peru backs the Tamaru handover, officials said on Monday.", "backs", []),
    ("The Peruvian president condemned the Callao jailbreak in a statement.", "condemned", []),
]


@pytest.mark.parametrize(("text", "trigger", "target"), TARGETS)
def test_the_target_is_the_phrase_the_act_is_done_to(
    text: str, trigger: str, target: list[str]
) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text.startswith(trigger)]
    assert [actor.text for actor in event.target] == target


def test_a_pronoun_read_as_the_other_side_of_its_clause_keeps_its_words_alone() -> None:
    text = (
        "Police said Ramon Ortiz took a guard's gun and went to the office of District Judge"
        " Samuel Whitford, who was hearing his case. Minutes later, he shot Whitford in the chest."
    )
    (event,) = [e for e in events_of(text) if e.trigger.text == "shot"]
    (shooter,) = event.source
    assert shooter.text == "he"
    assert shooter.name != "Samuel Whitford"
    (victim,) = event.target
    assert victim.name == "Samuel Whitford"


def test_a_pronoun_inside_the_object_may_be_the_subject() -> None:
    text = "Senator Alan Ruiz of Chile denied the charges against him on Monday."
    (event,) = [e for e in events_of(text) if e.plover["type"] == "REJECT"]
    assert not event.target


def test_an_it_charged_with_an_act_takes_the_code_of_the_party_named_before_it() -> None:
    text = (
        "The separatist group has fought an insurgency against the Pakistani state for years,"
        " accusing it of exploiting the province's gas."
    )
    (event,) = [e for e in events_of(text) if e.trigger.text == "accusing"]
    (accused,) = event.target
    assert accused.code == "PAK"
    assert accused.code_from.rule == "antecedent"
    assert accused.code_from.text == "Pakistani"


def test_an_area_troops_are_sent_to_is_where_not_whom() -> None:
    for text in (
        "The Peruvian army deployed 500 soldiers to the villages near the river on Monday.",
        "Peru deployed troops to the province on Monday.",
    ):
        (event,) = [e for e in events_of(text) if e.trigger.text.startswith("deployed")]
        assert event.target == []
    (abroad,) = [
        e
        for e in events_of("Peru deployed troops to Chile on Monday.")
        if e.trigger.text.startswith("deployed")
    ]
    assert [actor.code for actor in abroad.target] == ["CHL"]


def test_people_the_trigger_names_as_its_object_are_its_target() -> None:
    # the frame matched the object word, and the act is done to the people it names; not the
    # source's own people, nor the forces an act of force posture sends
    (held,) = [
        e
        for e in events_of(
            "The Chilean navy plans to use an old base on the island to hold migrants awaiting"
            " deportation."
        )
        if e.trigger.text == "hold migrants"
    ]
    assert [actor.text for actor in held.target] == ["migrants"]
    (recalled,) = [
        e
        for e in events_of("Peru recalled its ambassador from Chile on Monday.")
        if e.trigger.text.startswith("recalled")
    ]
    assert "its ambassador" not in [actor.text for actor in recalled.target]
    (sent,) = [
        e
        for e in events_of("Peru sent 2,000 soldiers to the border with Ecuador.")
        if e.trigger.text.startswith("sent")
    ]
    assert sent.target == []


def test_whom_an_act_helps_is_the_subject_of_the_bare_infinitive_after_it() -> None:
    # the parser reads the helped party as the subject of "build", not the object of "helped"
    for text in (
        "Last year, Chile helped Bolivia build a new railway to the coast.",
        "Chile helped Bolivia build an airport last year.",
    ):
        (helped,) = [e for e in events_of(text) if e.trigger.text == "helped"]
        assert [actor.code for actor in helped.target] == ["BOL"]


def test_people_a_target_phrase_names_come_before_the_country_the_act_happens_in() -> None:
    text = (
        "The rebels have imposed strict measures against women in Mali, barring them from markets."
    )
    (event,) = [e for e in events_of(text) if e.trigger.text == "imposed strict measures"]
    assert [(actor.text, actor.code) for actor in event.target] == [("women", "MLICVL")]


def test_a_participle_clause_on_a_verb_without_subject_takes_the_subject_it_inherits() -> None:
    text = "Officials said smugglers often try to cross the river when attacked by Peruvian police."
    (event,) = [e for e in events_of(text) if e.trigger.text == "attacked"]
    assert [actor.text for actor in event.target] == ["smugglers"]


def test_a_group_the_passive_trigger_names_is_what_is_acted_on() -> None:
    text = "In June, a drug cell was dismantled in the Chilean cities of Arica and Iquique."
    (event,) = [e for e in events_of(text) if e.trigger.text == "cell was dismantled"]
    assert [(actor.text, actor.code) for actor in event.target] == [("a drug cell", "CHL")]


def test_forces_sent_for_an_act_are_its_doers() -> None:
    text = (
        "On Monday, officials said 300 Chilean troops were deployed to the villages to push"
        " back the rebels."
    )
    (event,) = [e for e in events_of(text) if e.trigger.text == "push back the rebels"]
    assert [(actor.text, actor.code) for actor in event.source] == [
        ("300 Chilean troops", "CHLMIL")
    ]
    assert [actor.text for actor in event.target] == ["the rebels"]


@pytest.mark.parametrize(
    ("text", "trigger", "target", "source"),
    [
        (
            "The former prime minister of Peru accepted Chinese funding for roads in 2018.",
            "funding",
            ("The former prime minister of Peru", "PERGOV"),
            "CHN",
        ),
        (
            "A Kenyan army convoy came under attack from Somali militants on Monday.",
            "attack",
            ("A Kenyan army convoy", "KENMIL"),
            "SOMREB",
        ),
    ],
)
def test_whoever_accepts_or_suffers_an_act_is_its_target(
    text: str, trigger: str, target: tuple[str, str], source: str
) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == trigger]
    assert [(actor.text, actor.code) for actor in event.target] == [target]
    assert [actor.code for actor in event.source] == [source]


def test_the_doers_of_an_act_they_go_on_are_not_its_target() -> None:
    text = "Kenyan forces went on the offensive against al-Shabab militants on Monday."
    assert all(
        "Kenyan forces" not in [actor.text for actor in event.target] for event in events_of(text)
    )


def test_the_leaders_of_a_member_state_are_their_country() -> None:
    text = "Al-Shabab fighters attacked the leaders of Puntland and Jubaland on Monday."
    (event,) = [e for e in events_of(text) if e.trigger.text == "attacked"]
    assert [actor.code[:3] for actor in event.target if actor.code] == ["SOM"]
