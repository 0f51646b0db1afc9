"""One real event, one record: a headline restating its lead, and a prospect told twice, are
one event with every mention; a lead's other act of the kind, or another actor's prospect,
stays apart. Sentences invented for these tests."""

from __future__ import annotations

from test_events import asserted, countries, events_of

from eventwire import analyze
from eventwire.annotate.events.merge import union_actors
from eventwire.records import ActorRef


def mention_words(event) -> set[str]:
    return {m.text for m in event.mentions}


def test_a_headline_restating_the_lead_is_one_event_with_the_leads_actors() -> None:
    text = (
        "Gunmen Kill Five Bus Passengers Near Orvik\n"
        "Gunmen killed five passengers on a bus near Orvik on Monday, police said. "
        "The bus was travelling to the coast."
    )
    (event,) = asserted(analyze(text, published="2024-03-06").events, "ASSAULT")
    assert mention_words(event) == {"Kill", "killed"}
    assert event.trigger.text == "killed", "the lead's clause tells the event"
    assert [a.text for a in event.target] == ["five passengers"], "the lead names who in full"
    assert event.date.value == "2024-03-04", "the lead's Monday, not the publication date"


def test_a_headline_joins_the_lead_act_it_names_not_another_of_its_kind() -> None:
    text = (
        "Chilean Troops Kill 40 Militants Near Tacna\n"
        "Chilean troops killed six gunmen who stormed a hotel in Arica on Monday. "
        "Chilean troops later killed 40 militants in air strikes near Tacna."
    )
    killings = [e for e in asserted(analyze(text).events, "ASSAULT") if e.trigger.text == "killed"]
    assert len(killings) == 2
    by_target = {e.target[0].text: e for e in killings}
    assert "Kill" in mention_words(by_target["40 militants"])
    assert "Kill" not in mention_words(by_target["six gunmen"])


def test_a_headline_about_another_act_of_the_kind_stays_its_own_event() -> None:
    text = (
        "Gunmen Kill Five Bus Passengers Near Orvik\n"
        "Chilean soldiers killed 12 militants near Orvik on Monday, the army said."
    )
    events = asserted(analyze(text).events, "ASSAULT")
    assert len(events) == 2
    soldiers = next(e for e in events if countries(e.source) == {"CHL"})
    assert mention_words(soldiers) == {"killed"}


def test_a_headline_restating_in_other_words_joins_by_its_actors() -> None:
    text = (
        "Taliban Chief Hails Troop Exit\n"
        "The leader of the Taliban insurgency on Sunday praised the withdrawal of foreign "
        "troops from the country."
    )
    (praise,) = asserted(analyze(text).events, "SUPPORT")
    assert mention_words(praise) == {"Hails", "praised"}


def test_a_prospect_told_twice_is_one_event_and_another_actors_is_not() -> None:
    (launch,) = events_of(
        "North Korea may launch a missile this week, Seoul said. "
        "North Korea could launch a missile before the holiday, officials said."
    )
    assert launch.modality == "hypothetical" and len(launch.mentions) == 2
    expulsions = events_of(
        "Chile may expel Peruvian diplomats, officials said. "
        "Bolivia may expel Peruvian diplomats too, a minister said."
    )
    assert sorted(countries(e.source).pop() for e in expulsions) == ["BOL", "CHL"]


def test_one_party_in_words_of_different_length_is_one_actor() -> None:
    lead = ActorRef("23 miners", 60, 69, None)
    headline = ActorRef("the 23 miners near Koldar", 10, 35, None)
    assert union_actors([[lead], [headline]]) == [lead]
    workers = ActorRef("the workers", 90, 101, None)
    assert union_actors([[lead], [workers]]) == [lead, workers]
    coded = ActorRef("Koldar miners", 120, 133, "XYZ")
    assert union_actors([[lead], [coded]]) == [lead, coded], "a code says more than words"
    both = [lead, ActorRef("miners", 110, 116, None)]
    assert union_actors([both]) == both, "one mention names each of its actors once"
