"""Each event's own date, on sentences written for these tests: which time expression of the
sentence dates the event, and when the publication date or no date is the answer."""

from __future__ import annotations

from eventwire import analyze
from eventwire.records import Event

PUBLISHED = "2024-03-04"


def dated(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Trigger text -> (date value, date source) of each event of a one-paragraph story."""
    events: list[Event] = analyze("Regional News Roundup\n" + text, published=PUBLISHED).events
    return {
        e.trigger.text: (e.date.value, e.date.source) if e.date else (None, None) for e in events
    }


def test_an_unrealised_act_is_not_dated_by_the_clause_that_tells_of_it() -> None:
    dates = dated("Uganda warned on Friday that it could expel Kenyan diplomats.")
    assert dates["warned"] == ("2024-03-01", "text")
    assert dates["expel Kenyan diplomats"] == (None, None), "the expulsion happens on no day yet"
    planned = dated("Kenya said on Monday that its troops may attack Somali rebel camps next week.")
    assert planned["attack"] == ("2024-W11", "text"), "its own clause says when it may happen"


def test_a_past_perfect_act_came_before_the_time_of_the_clause_above() -> None:
    dates = dated("Police said on Tuesday that rebels had attacked a Nigerian army base.")
    assert dates["attacked"] == (PUBLISHED, "published"), "before Tuesday, not on it"
    own = dated("Police said on Tuesday that rebels had attacked a Nigerian army base in January.")
    assert own["attacked"] == ("2024-01", "text")


def test_a_relative_clause_dates_its_own_noun_only() -> None:
    dates = dated(
        "Russian troops shelled Ukrainian villages near the border post, which closed in January."
    )
    assert dates["shelled"] == (PUBLISHED, "published"), "January is when the post closed"
    talks = dated("The talks between Iran and Iraq that ended in 2019 produced no deal.")
    assert talks["talks"] == ("2019", "text"), "the clause tells when the talks were"


def test_an_unrealised_act_takes_no_time_of_a_participle_on_another_noun() -> None:
    talks = dated("Kenya will hold talks with Somalia over the border deal signed in January.")
    assert talks["talks"] == (None, None), "January is when the deal was signed"
    expel = dated("Uganda said on Monday that it may expel diplomats accused in January of spying.")
    assert expel["expel diplomats"] == (None, None), "January is when they were accused"
    occasion = dated(
        "Both rivals may appeal to farmers during a debate hosted by a radio station on Thursday."
    )
    assert occasion["appeal"] == ("2024-02-29", "text"), "the debate is when they may appeal"


def test_joined_verbs_share_a_time_after_them_unless_each_has_a_subject() -> None:
    shared = dated("Tanzanian officials had been arrested and sentenced to prison in 2011.")
    assert shared["arrested"] == ("2011", "text")
    apart = dated(
        "Nigerian police arrested three Ghanaian smugglers, and Ghana expelled two Nigerian"
        " diplomats in 2019."
    )
    assert apart["arrested"] == (PUBLISHED, "published")
    assert apart["expelled two Nigerian diplomats"] == ("2019", "text")
    own = dated(
        "Chile's president denounced the vote in 2018 and recalled his ambassador from Peru"
        " in 2019."
    )
    assert own["denounced"] == ("2018", "text"), "a verb's own time beats its conjunct's"


def test_a_period_up_to_now_is_no_date() -> None:
    dates = dated("Sudanese troops shelled Chadian border towns in the past week.")
    assert dates["shelled"] == (PUBLISHED, "published"), "'the past week' is a duration"


def test_a_noun_set_beside_its_clause_is_dated_with_it() -> None:
    following = dated(
        "Following talks with Kenya's president, Ethiopia's prime minister signed a trade accord."
    )
    assert following["talks"] == (PUBLISHED, "published")
    amid = dated("Chilean police arrested 40 protesters amid growing opposition from Peru.")
    assert amid["opposition"] == (PUBLISHED, "published")
    named = dated(
        "Two Syrian militants were killed in what Turkish officials described as a joint"
        " operation with Iraq."
    )
    assert named["joint operation"] == (PUBLISHED, "published")
    passing = dated("Lawmakers are angry over the Turkish offensive against Syria.")
    assert passing["offensive"] == (None, None), "named in passing: the text does not say when"


def test_a_span_after_an_event_dates_it_back_from_its_clause() -> None:
    dates = dated("Kenyan troops shelled the border post on Friday, a day after a Somali attack.")
    assert dates["shelled"] == ("2024-03-01", "text")
    assert dates["attack"] == ("2024-02-29", "text"), "a day before Friday"
    noun = dated("Peru expelled Chilean diplomats two years after the Chilean attack on Lima.")
    assert noun["attack"] == ("2022", "text"), "two years before publication, as a year"
    verb = dated(
        "Chile recalled its ambassador from Peru two years after Peruvian troops attacked."
    )
    assert verb["attacked"] == ("2022", "text")


def test_background_told_after_a_past_time_is_not_news_of_the_day() -> None:
    story = (
        "Protests against Peru's government began in May 2019. Students blocked roads in Lima"
        " and police detained their leaders. On Monday, Chilean police arrested 12 Peruvian"
        " activists."
    )
    dates = dated(story)
    assert dates["blocked roads"] == (None, None), "back in 2019, on no day the text gives"
    assert dates["detained"] == (None, None)
    assert dates["arrested"] == ("2024-03-04", "text")
    phrase = dated(
        "Starting in May 2019, Peru gradually cut trade with Chile. Peru also recalled its"
        " ambassador from Chile."
    )
    assert phrase["recalled its ambassador"] == (None, None), "a participle phrase sets the time"
    recent = dated(
        "Chilean police arrested 12 Peruvian activists on Friday. Officers also detained a"
        " Bolivian journalist."
    )
    assert recent["detained"] == (PUBLISHED, "published"), "Friday is this week: still news"
    since = dated(
        "Peru has expelled Chilean diplomats since 2019. Chile recalled its ambassador from Peru."
    )
    assert since["recalled its ambassador"] == (PUBLISHED, "published"), "a period up to now"


def test_background_goes_on_through_a_passage_about_what_it_named() -> None:
    """A sentence whose subject points back ("That would end ...", "She and ...") goes on with
    the story of the one before, so a past time two sentences back still sets it."""
    announced = "Kenya announced last month that its troops would leave Somalia by June."
    dates = dated(f"{announced} That would end a ten-year mission. Somali officials condemned it.")
    assert dates["condemned"] == (None, None), "last month's reply, not today's: June is a plan"
    today = dated(
        f"{announced} That would end a ten-year mission. On Monday, Somalia condemned it."
    )
    assert today["condemned"] == ("2024-03-04", "text")
    present = dated(f"{announced} Somalia's army remains weak. Somali officials condemned it.")
    assert present["condemned"] == (PUBLISHED, "published"), "the story is back at the news"
    now = dated(f"{announced} It is training Somali soldiers. Somali officials condemned it.")
    assert now["condemned"] == (PUBLISHED, "published"), "a present tense is back at the news"
    recent = dated(
        "Kenya announced last week that its troops would leave Somalia. Somalia condemned it."
    )
    assert recent["condemned"] == (PUBLISHED, "published"), "last week's acts are still news"
    participle = dated(
        "Kenya cut its aid to Somalia, citing costs and announcing last month that its troops"
        " would leave. Somali officials condemned the decision."
    )
    assert participle["condemned"] == (None, None), "a conjoined participle sets the time too"
    narrative = dated(
        "Amina Yusuf said she was travelling to market one morning in 2016. She and four"
        " neighbours boarded a police truck. The truck hit a roadside bomb, and gunmen"
        " attacked it."
    )
    assert narrative["attacked"] == (None, None)


def test_an_act_told_as_before_the_story_has_no_date() -> None:
    dates = dated("Kenya's president said he had met Uganda's leader before.")
    assert dates["met"] == (None, None)
    news = dated("Kenya's president met Uganda's leader.")
    assert news["met"] == (PUBLISHED, "published")


def test_an_ongoing_event_told_in_the_present_is_news() -> None:
    dates = dated(
        "Gunmen attacked a hotel in Somalia on Monday. The siege of the hotel by the gunmen"
        " continues, Somali police said."
    )
    assert dates["siege"] == (PUBLISHED, "published")
    state = dated("U.S. sanctions against Iran enjoy wide support among lawmakers.")
    assert state["sanctions"] == (None, None), "a standing state, not an act of the day"


def test_an_occasion_dates_the_act_held_at_it() -> None:
    dates = dated("Russia's envoy rejected Ukrainian accusations at Friday's meeting.")
    assert dates["rejected"] == ("2024-03-01", "text")
    letter = dated("Ukraine accused Russia of war crimes in a Feb. 12 letter to the U.N.")
    assert letter["accused"] == ("2024-02-12", "text"), "the letter is where the act was done"


def test_a_purpose_is_dated_by_the_act_it_is_the_purpose_of() -> None:
    dates = dated("In July 2023, Kenya sent troops to Haiti to fight the gangs.")
    assert dates["fight"] == ("2023-07", "text")


def test_a_year_that_names_a_noun_does_not_set_the_story_in_the_past() -> None:
    dates = dated(
        "Ivorians have turned the page on the violence of 2004. Ivorian police arrested two"
        " Malian traders."
    )
    assert dates["arrested"] == (PUBLISHED, "published")


def test_a_part_of_the_day_dates_an_event_by_its_day() -> None:
    dates = dated("A Kenyan envoy met Sudanese officials on Friday morning.")
    assert dates["met"] == ("2024-03-01", "text"), "the day, not 2024-03-01TMO"


def headline_dates(headline: str, body: str) -> dict[str, tuple[str | None, str | None]]:
    events = analyze(f"{headline}\n{body}", published=PUBLISHED).events
    return {
        e.trigger.text: (e.date.value, e.date.source) if e.date else (None, None) for e in events
    }


def test_an_event_noun_of_the_headline_is_the_news_of_the_day() -> None:
    toll = headline_dates("Death toll in Somali hotel siege rises", "Twelve people died.")
    assert toll["siege"] == (PUBLISHED, "published"), "no passing mention in a headline"
    told = headline_dates(
        "Survivors give account of Kenya bus attack by al-Shabab",
        "Passengers said they hid under seats.",
    )
    assert told["attack"] == (PUBLISHED, "published")
    body = dated("Witnesses said they were angry with the Kenyan offensive against al-Shabab.")
    assert body.get("offensive", (None, None)) == (None, None), "in the body it is in passing"


def test_an_act_reported_today_does_not_merge_with_one_dated_years_before() -> None:
    events = analyze(
        "Regional News Roundup\nOfficials confirmed it was the gang leader who was killed. The"
        " gang leader had been jailed in 2011 for the murder of two Haitian policemen.",
        published=PUBLISHED,
    ).events
    murder = next(e for e in events if e.trigger.text == "murder")
    assert murder.date is None, "jailed in 2011: the murder came before, on no stated day"
    assert [m.text for m in murder.mentions] == ["murder"], "today's killing is another act"


def test_a_relative_clause_on_a_dated_event_noun_tells_of_that_event() -> None:
    events = analyze(
        "Regional News Roundup\nProsecutors reopened the case of the 2019 raid that killed four"
        " Nigerian villagers.",
        published=PUBLISHED,
    ).events
    raid = next(e for e in events if e.trigger.text == "raid")
    assert [m.text for m in raid.mentions] == ["raid", "killed"]
    assert (raid.date.value, raid.date.source) == ("2019", "text")


def test_a_participle_or_a_clause_on_its_of_phrase_tells_of_the_dated_event_noun() -> None:
    for text, word, value in (
        (
            "Peru said on Friday that the Feb. 12 agreement signed by Chile and Peru was working.",
            "signed",
            "2024-02-12",
        ),
        (
            "Prosecutors reopened the case of the 2019 shooting of a Peruvian judge, who was"
            " wounded by Chilean rebels.",
            "wounded",
            "2019",
        ),
    ):
        events = analyze("Regional News Roundup\n" + text, published=PUBLISHED).events
        event = next(e for e in events if any(word in m.text for m in e.mentions))
        assert (event.date.value, event.date.source) == (value, "text"), text


def test_a_verb_takes_the_date_of_its_own_sentence_not_a_later_mentions() -> None:
    dates = dated(
        "Somali forces killed six militants who attacked a hotel in Kismayo, police said. The"
        " Jubaland Front, an armed group, claimed responsibility for the hotel attack on Tuesday."
    )
    assert dates["attacked"] == (PUBLISHED, "published"), "its clause gives no day"
    said_again = dated(
        'Chilean troops shelled a Peruvian border post, officials said. "Today Chilean troops'
        " shelled our post,\" Peru's defense minister said."
    )
    assert said_again["shelled"] == (PUBLISHED, "text"), "the day the text gives in words"


def test_an_event_noun_takes_the_date_of_the_act_it_points_back_to() -> None:
    dates = dated(
        "Peru's government denounced the Chilean shelling of its border post. Chilean troops"
        " shelled the post in January."
    )
    assert dates["shelling"] == ("2024-01", "text")


def test_an_event_named_as_the_cause_of_another_act_takes_no_time_from_it() -> None:
    jailed = dated(
        "A Kenyan court jailed three Somali men on Friday for the attack on a Kenyan police"
        " station."
    )
    assert jailed["jailed"] == ("2024-03-01", "text")
    assert jailed["attack"] == (None, None), "Friday is the sentencing; the attack came before"
    protest = dated("Students protested in Lima on Monday over the killing of a Peruvian activist.")
    assert protest["killing"] == (None, None)
    own = dated("A Kenyan court jailed three Somali men for the 2019 attack on a police station.")
    assert own["attack"] == ("2019", "text"), "its own phrase still dates it"


def test_an_event_reacted_to_takes_no_time_from_the_reaction() -> None:
    condemned = dated(
        "Chile's foreign minister on Friday condemned the bombing of the Peruvian embassy in"
        " Santiago."
    )
    assert condemned["condemned"] == ("2024-03-01", "text")
    assert condemned["bombing"] == (None, None), "Friday is the reaction; the bombing came before"
    praised = dated("In 2019, the Chilean president praised his first summit with Peru's leader.")
    assert praised["summit"] == (None, None)
    own = dated("Peru's president condemned the Feb. 12 bombing of a police station in Lima.")
    assert own["bombing"] == ("2024-02-12", "text"), "its own phrase still dates it"
    victims = dated(
        "Chile's president on Friday visited the victims of the rebel attacks on Chilean police."
    )
    assert victims["attacks"] == (None, None), "the attacks came before the visit"
    ongoing = dated(
        "The Chilean government on Monday condemned the continuing attacks by Peruvian rebels on"
        " Chilean police."
    )
    assert ongoing["attacks"] == ("2024-03-04", "text"), "an act going on is the day's news"


def test_a_past_perfect_main_clause_with_no_time_came_before_the_story() -> None:
    dates = dated(
        "Lawyers for the Ugandan journalist had requested bail, but a judge in Kampala asked"
        " for more time on Monday."
    )
    assert dates["requested"] == (None, None), "before the story, on no day the text gives"
    reported = dated("Police said rebels had attacked a Nigerian army base.")
    assert reported["attacked"] == (PUBLISHED, "published"), "a report's past perfect is news"
    described = dated(
        "A Kenyan court on Monday jailed rebels who had attacked a police station near Lamu."
    )
    assert described["attacked"] == (None, None), "a relative clause's past perfect came before"


def test_an_event_noun_coming_about_takes_the_time_of_its_onset() -> None:
    dates = dated("Canada said its new tariffs on U.S. steel will take effect on Wednesday.")
    assert dates["tariffs"] == ("2024-03-06", "text")
    said = dated(
        "Canada said on Friday that talks between Canada and the United States must continue."
    )
    assert said["talks"] == (None, None), "Friday is when Canada spoke"


def test_a_past_relative_clause_on_a_noun_of_a_present_clause_came_before_now() -> None:
    """A past relative clause on a noun of a present clause ("groups that opposed the junta now
    show signs ...") describes the noun by what it did before, at no day the text gives; under a
    report ("officials say the gunmen who attacked ...") or beside a past main clause it is the
    day's news."""
    described = dated("Rebel groups that opposed the junta now show signs of joining it.")
    assert described["opposed"] == (None, None)
    agreed = dated("The countries that initially agreed to send troops are no longer members.")
    assert agreed["agreed"] == (None, None)
    reported = dated("Officials say the gunmen who attacked the hotel killed five guards.")
    assert reported["attacked"] == (PUBLISHED, "published")
    past = dated("The army said it killed six militants who attacked a hotel.")
    assert past["attacked"] == (PUBLISHED, "published")


def test_a_bare_participle_on_a_noun_tells_an_act_before_the_story() -> None:
    """A participle on a noun ("the case of a reporter arrested over his articles") tells what
    was done to the noun before the story, at no day the text gives; told in its own clause,
    the same act is the day's news."""
    described = dated(
        "A court in Velora on Monday adjourned the case of a reporter arrested over his articles"
        " about the army."
    )
    assert described["arrested"] == (None, None)
    told = dated("Velorian police arrested a reporter over his articles about the army.")
    assert told["arrested"] == (PUBLISHED, "published")


def test_a_relative_clause_on_the_speaker_of_a_present_report_came_before_now() -> None:
    dates = dated(
        "Velorian trade envoy Jan Vosk, who led the country's negotiations with Chile, says tariffs"
        " on Chilean wine should end."
    )
    assert dates["negotiations"] == (None, None), "who the speaker is, not what he did today"


def test_a_participle_before_its_clause_lends_it_its_time() -> None:
    dates = dated(
        "But starting in June 2018, Peru slowly stopped honouring its pledges under the trade deal"
        " with Chile."
    )
    assert dates["stopped"] == ("2018-06", "text")


def test_a_time_of_a_reported_fact_does_not_set_the_story_in_the_past() -> None:
    """The time of a fact told in reported speech is that fact's; the report, and the story,
    stay at the day's news. A teller's own account ("she said she was travelling ... in 2016",
    `test_background_goes_on_through_a_passage_about_what_it_named`) does set the story."""
    formed = dated(
        "The Chadian minister said the alliance was formed in 1993 to contain Velora. Later, the"
        " minister accused Velora of arming rebels in the north."
    )
    assert formed["accused"] == (PUBLISHED, "published")
    planned = dated(
        "The African Union announced on Monday that it will look into the massacre of villagers in"
        " Chad nearly four years ago. Ministers gathered in Addis Ababa agreed to set up a panel"
        " on the killings."
    )
    assert planned["agreed"] == (PUBLISHED, "published")


def test_an_act_told_as_background_borrows_no_date_from_a_later_mention() -> None:
    """A verb left undated as background keeps no date when a later mention of its event is
    dated by the clause that talks of it ("her lawyer on Monday said the charges ...")."""
    dates = dated(
        "Velorian police arrested opposition leader Marta Quil in 2021. Police charged her with"
        " inciting violence. Her lawyer on Monday said the charges against Quil were false."
    )
    assert dates["charged"] == (None, None)


def test_an_act_running_up_to_now_in_the_present_perfect_progressive_has_no_day() -> None:
    dates = dated("Kenya and Somalia have been disputing the maritime border for years.")
    assert dates["disputing"] == (None, None), "a course of acts begun at no stated day"
    recent = dated("In the past week, Sudanese troops have been shelling rebel positions.")
    assert recent["shelling"] == (PUBLISHED, "published"), "a recent period up to now is news"


def test_an_act_done_as_a_rule_has_no_day() -> None:
    dates = dated("The Lirian government routinely rejects the accusations of torture.")
    assert dates["rejects"] == (None, None), "a habit, not an act of the day"
    today = dated("Gabon rejects the accusations of torture.")
    assert today["rejects"] == (PUBLISHED, "published")


def test_a_planned_event_noun_takes_the_time_of_the_verb_that_holds_it() -> None:
    dates = dated("Egypt will convene a meeting with Sudanese officials on Friday.")
    assert dates["meeting"] == ("2024-03-08", "text")
    talks = dated("The minister is expected to hold talks with Kenyan officials on Thursday.")
    assert talks["talks"] == ("2024-03-07", "text")
    asked = dated("Chile on Tuesday demanded an urgent meeting with Peruvian ministers.")
    assert asked["demanded"] == ("2024-02-27", "text")
    assert asked["meeting"] == (None, None), "Tuesday is when it was asked for, not held"


def test_a_span_later_or_earlier_counts_from_the_time_the_story_is_at() -> None:
    """ "Two days later" after "on Feb. 12" is Feb. 14; a span with no number gives the
    smallest period that holds every day it may reach ("Days later": the month)."""
    later = dated(
        "Velorian rebels attacked the town of Karo on Feb. 12. Two days later, soldiers arrested"
        " 12 men in the town."
    )
    assert later["arrested"] == ("2024-02-14", "text")
    earlier = dated(
        "Velorian rebels attacked the town of Karo on Feb. 12. The army had warned a day earlier"
        " that it would shell Karo."
    )
    assert earlier["warned"] == ("2024-02-11", "text"), "a day before the attack"
    vague = dated("Velorian rebels attacked Karo on Feb. 12. Days later, soldiers arrested 12 men.")
    assert vague["arrested"] == ("2024-02", "text")
    few = dated(
        "Velorian rebels attacked Karo on Feb. 2. A few days earlier, troops had shelled Karo."
    )
    assert few["shelled"] == ("2024", "text"), "late January or early February: only the year"
    apart = dated(
        "Velorian rebels attacked Karo on Feb. 2. Aid groups rebuilt the market in Karo. Two days"
        " later, soldiers arrested 12 men."
    )
    assert apart["arrested"] != ("2024-02-04", "text"), "two days after the rebuilding, undated"


def test_a_span_with_no_number_shorter_than_the_story_period_stays_in_it() -> None:
    month = dated(
        "In January, Velorian rebels attacked the town of Karo. Days later, soldiers arrested"
        " 12 men in the town."
    )
    assert month["arrested"] == ("2024-01", "text"), "days after a January act: January"
    year = dated(
        "Velorian rebels attacked the town of Karo in 2019. Several months later, soldiers"
        " arrested 12 men in the town."
    )
    assert year["arrested"] == ("2019", "text")
    weeks = dated(
        "In January, Velorian rebels attacked the town of Karo. Weeks later, soldiers arrested"
        " 12 men in the town."
    )
    assert weeks["arrested"] != ("2024-01", "text"), "six weeks may reach past January"


def test_an_event_an_act_follows_came_before_it() -> None:
    dates = dated("The arrests followed a crackdown by Lirean police on opposition bloggers.")
    assert dates["crackdown"] == (None, None), "before the arrests, at no stated day"
    later = dated("A sharp rise in oil prices on Friday followed the Lirean invasion of Kivu.")
    assert later["invasion"] == (None, None), "Friday is the rise's day"
    own = dated(
        "The arrests followed the March 1 crackdown by Lirean police on opposition bloggers."
    )
    assert own["crackdown"] == ("2024-03-01", "text")


def test_an_act_going_on_since_a_time_told_takes_that_time() -> None:
    dates = dated(
        "Lirean students began protests in April 2023. Since then, police have arrested 40"
        " students in the capital."
    )
    assert dates["arrested"] == ("2023-04", "text"), "since April 2023: the start"
    alone = dated("Since then, police have arrested 40 students in the capital.")
    assert alone["arrested"] == (None, None)


def test_an_act_told_at_a_time_or_place_told_before_takes_that_time() -> None:
    there = dated(
        "Lirean and Kessite envoys met at a summit held in Varno in January. There, the"
        " Lirean envoy asked the Kessite government for a ceasefire."
    )
    assert there["asked"] == ("2024-01", "text"), "there: at the January summit"
    at_the_time = dated(
        "Kessite rebels seized the town of Oma in May 2022. At the time, the Lirean army"
        " accused the rebels of looting the market."
    )
    assert at_the_time["accused"] == ("2022-05", "text")
    inside = dated(
        "Lirean troops reached Oma last week. The Lirean army accused the rebels there of"
        " looting the market."
    )
    assert inside["accused"] == (PUBLISHED, "published"), "a place within the clause, any time"


def test_a_participle_clause_shares_the_undated_tense_of_its_verb() -> None:
    perfect = dated(
        "Lirian officials have repeatedly denied the allegations while criticizing the"
        " Varnese rights groups."
    )
    assert perfect["criticizing"] == (None, None), "the same course of acts as the denials"
    running = dated(
        "The Kessite rebels have been fighting the Lirian army for years, accusing the"
        " government of looting the province."
    )
    assert running["accusing"] == (None, None)
    today = dated("Lirian officials denied the allegations, criticizing the Varnese rights groups.")
    assert today["criticizing"] == (PUBLISHED, "published"), "a simple past tells the day's news"


def test_a_present_progressive_passive_is_a_course_of_acts_with_no_day() -> None:
    dates = dated("The Kessite defendants are being tried in absentia in Lirian courts.")
    assert dates["tried"] == (None, None), "going on now, begun at no day the text gives"
    held = dated("The Kessite defendants were tried in absentia in Lirian courts.")
    assert held["tried"] == (PUBLISHED, "published"), "a simple past tells the day's news"


def test_an_act_a_charge_names_is_not_dated_by_the_charge() -> None:
    charged = dated(
        "Lirian prosecutors on Tuesday charged the former governor with robbing trucks,"
        " kidnapping and attacking motorists."
    )
    assert charged["charged"] == ("2024-02-27", "text")
    assert charged["kidnapping"] == (None, None), "Tuesday is the charge's day, not the attack's"
    assert charged["attacking"] == (None, None)
    accused = dated(
        "The Kessite government accuses the rebel group of killing, maiming and looting"
        " civilians in the north."
    )
    assert accused["accuses"] == (PUBLISHED, "published"), "the charge is the day's news"
    assert accused["maiming"] == (None, None), "the wrong came before, at no day the text gives"
    own = dated("Kessite officials accused the Lirian army of shelling three villages in January.")
    assert own["shelling"] == ("2024-01", "text"), "its own phrase says when"


def test_an_act_named_as_the_cause_of_another_takes_only_its_own_time() -> None:
    praised = dated("Liria praised Kessa on Friday for supporting the peace deal.")
    assert praised["praised"] == ("2024-03-01", "text")
    assert praised["supporting"] == (None, None), "Friday is the praise's day"
    criticized = dated("Liria criticized Kessa for attacking the border post.")
    assert criticized["attacking"] == (None, None), "an attack before the criticism"


def test_a_present_participle_on_a_noun_takes_the_time_of_the_noun_s_clause() -> None:
    planted = dated(
        "In the 1990s, Kessite agents planted newspaper articles alleging that Liria had"
        " poisoned the river."
    )
    assert planted["alleging"] == ("199", "text"), "the articles alleged it when they appeared"
    issued = dated(
        "Kessa's foreign ministry issued a statement on Friday accusing Lirian troops of"
        " shelling the border post."
    )
    assert issued["accusing"] == ("2024-03-01", "text")
    past = dated(
        "Kessite police said on Friday that a reporter arrested in 2019 over his articles had"
        " been freed."
    )
    assert past["arrested"] == ("2019", "text"), "a past participle keeps its own time"


def test_an_event_noun_s_own_time_dates_what_it_did() -> None:
    dates = dated("Police said the January airstrike wounded three Lirian farmers.")
    assert dates["wounded"] == ("2024-01", "text"), "the airstrike wounded them when it hit"
    standing = dated("Police said the January airstrike has wounded three Lirian farmers.")
    assert standing["wounded"] != ("2024-01", "text"), "a present perfect tells no day"


def test_a_verb_in_the_simple_present_is_news_after_a_past_time() -> None:
    """A past time earlier in the passage puts its background acts back then, but not a verb
    whose own tense tells it now."""
    began = "The fighting between two Kivu militias began in April 2022."
    present = dated(f"{began} The United Nations accuses both sides of grave abuses.")
    assert present["accuses"] == (PUBLISHED, "published")
    joined = dated(
        f"{began} The army has been fighting the rebels, and the United Nations accuses both"
        " sides of grave abuses."
    )
    assert joined["accuses"] == (PUBLISHED, "published")
    past = dated(f"{began} The United Nations accused both sides of grave abuses.")
    assert past["accused"] == (None, None), "still back in 2022"


def test_a_time_in_an_appositive_is_its_noun_s_not_the_act_s() -> None:
    dates = dated("Rimova, a Lanvian protectorate between 1902 and 1938, was annexed by Teslia.")
    assert dates["annexed"][0] != "1938", "1938 ends the protectorate, not the annexation"
    own = dated("Rimova, a Lanvian colony, was annexed by Teslia in 1952.")
    assert own["annexed"] == ("1952", "text")


def test_a_present_perfect_relative_clause_tells_its_event_noun_as_no_news_of_the_day() -> None:
    told = "Kenyan officials are hinting at easing or reducing the sanctions Nairobi {} on Kampala."
    assert dated(told.format("has imposed"))["sanctions"] == (None, None)
    assert dated(told.format("imposed"))["sanctions"] == (PUBLISHED, "published")


def test_an_adjective_clause_shares_the_present_perfect_of_its_verb() -> None:
    dates = dated("While sharply critical of Kenya, the Ugandan minister has urged calm.")
    assert dates["urged"] == (None, None)
    assert dates["critical"] == (None, None), "the criticism runs with the urging, no day's news"


def test_a_charge_told_in_the_passive_with_no_accuser_is_a_standing_not_a_day() -> None:
    standing = dated(
        "Two Lirian officers stand accused of the 2019 bombing of a Ghanaian army base."
    )
    assert standing["accused"] == (None, None), "the officers' standing, at no day the text gives"
    held = dated("The Lirian government was accused of arming rebels who attacked Ghanaian towns.")
    assert held["accused"] == (None, None), "background, not the day's news"
    made = dated("The Lirian government was accused by Ghana of arming rebels.")
    assert made["accused"] == (PUBLISHED, "published"), "an accusation Ghana made is an act"
    own = dated("The Lirian government was accused on Friday of arming rebels.")
    assert own["accused"] == ("2024-03-01", "text")


def test_an_act_kept_from_happening_has_no_day() -> None:
    halted = dated("A Chilean judge moved on Monday to halt the expulsion of a Peruvian activist.")
    assert halted["expulsion"] == (None, None), "Monday is the day of the move, not the expulsion's"
    stopped = dated("The mayor said Ecuador must stop arresting fishermen from Peru.")
    assert stopped["arresting"] == (None, None), "a course of acts to be ended has no day"
    refused = dated("Peru did not expel the Chilean envoy.")
    assert refused["expel the Chilean envoy"] == (PUBLISHED, "published"), "a refusal of the day"


def test_a_hypothetical_act_borrows_no_other_mention_date() -> None:
    dates = dated(
        'Kenya urged Somalia to resume talks with Ethiopia. "Somalia should resume talks with'
        ' Ethiopia over the port deal signed in January," the Kenyan minister said.'
    )
    assert dates["talks"] == (None, None), "January is the deal's, and the talks may never be"
