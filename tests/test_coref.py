from __future__ import annotations

from spacy.tokens import Span

from eventwire.annotate.entities import find_entities
from eventwire.nlp import load_nlp
from eventwire.pipeline import sentences_of
from eventwire.readers.text import article_from_text
from eventwire.records import Analysis

STORY = (
    "Austrian Commander Vows Calm\n"
    "Colonel Tomas Brenner, the commander of Austria's mountain brigade, inspected the border "
    "on Monday. The Austrian commander said the troops were ready. He added that Vienna would "
    "send more police.\n"
    "Ankara said it would answer the proposal within a week.\n"
    "Mira Okonjo, a Kenyan diplomat, arrived in Nairobi on Tuesday. Okonjo later met reporters.\n"
    "She did not comment.\n"
)


def analysis_of(text: str) -> Analysis:
    article = article_from_text(text, published="2025-06-02")
    parse = load_nlp()(article.text)
    analysis = Analysis(article=article, sentences=sentences_of(parse))
    analysis.entities = find_entities(parse, analysis)
    return analysis


def entity(analysis: Analysis, name: str):
    (found,) = [e for e in analysis.entities if e.name == name]
    return found


def mention_texts(analysis: Analysis, name: str) -> list[str]:
    return [mention.text for mention in entity(analysis, name).mentions]


def test_every_mention_span_holds() -> None:
    analysis = analysis_of(STORY)
    text = analysis.article.text
    for found in analysis.entities:
        for mention in found.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_apposition_gives_the_person_their_code() -> None:
    analysis = analysis_of(STORY)
    assert entity(analysis, "Tomas Brenner").actor == "AUTMIL"
    assert entity(analysis, "Mira Okonjo").actor == "KENGOV"


def test_title_phrase_refers_to_the_person_with_that_title() -> None:
    analysis = analysis_of(STORY)
    mentions = mention_texts(analysis, "Tomas Brenner")
    assert "The Austrian commander" in mentions
    assert "Austrian Commander" in mentions, "the headline's title, before the introduction"
    start = analysis.article.text.index("The Austrian commander")
    assert analysis.entity_at(start, start + len("The Austrian commander")).name == "Tomas Brenner"


def test_surname_refers_to_the_full_name() -> None:
    analysis = analysis_of(STORY)
    assert "Okonjo" in mention_texts(analysis, "Mira Okonjo")
    assert not [e for e in analysis.entities if e.name == "Okonjo"]


def test_pronouns_stay_within_their_paragraph_unless_they_open_the_next() -> None:
    analysis = analysis_of(STORY)
    assert "He" in mention_texts(analysis, "Tomas Brenner")
    assert "She" in mention_texts(analysis, "Mira Okonjo"), "a subject opening a paragraph"


def test_capitals_used_as_actors_are_governments() -> None:
    analysis = analysis_of(STORY)
    assert entity(analysis, "Ankara").actor == "TURGOV"
    assert "it" in mention_texts(analysis, "Ankara")
    assert entity(analysis, "Vienna").actor == "AUTGOV"
    assert entity(analysis, "Nairobi").actor == "KEN", "only ever a place here"


def test_table_names_merge_and_are_found_when_the_tagger_misses_them() -> None:
    analysis = analysis_of(
        "Guards\nThe Islamic Revolutionary Guard Corps said the IRGC's Qods Force was ready.\n"
    )
    guards = entity(analysis, "Islamic Revolutionary Guard Corps")
    assert [m.text for m in guards.mentions] == ["Islamic Revolutionary Guard Corps", "IRGC"]
    assert guards.actor == "IRNMIL"
    assert entity(analysis, "Quds Force").actor == "IRNMIL"


def test_pronouns_skip_a_person_of_the_other_gender() -> None:
    analysis = analysis_of(
        "Talks\nMs. Ines Moreau met Mr. Karl Hagen in Lyon. She thanked the staff.\n"
    )
    assert "She" in mention_texts(analysis, "Ines Moreau")
    assert "She" not in mention_texts(analysis, "Karl Hagen")


def test_surnames_match_whatever_their_case_or_apostrophe() -> None:
    analysis = analysis_of(
        "Council\nMayor Anna van Dijk met Liam O’Connor on Friday. Van Dijk thanked O'Connor.\n"
    )
    assert "Van Dijk" in mention_texts(analysis, "Anna van Dijk")
    assert "O'Connor" in mention_texts(analysis, "Liam O’Connor")


def test_a_family_name_in_either_apostrophe_style_is_one_family() -> None:
    """Two people of one family name, "O’Connor" for one and "O'Connor" for the other, share
    it as where both are spelled alike: a lone "O'Connor" may be either, so the pronouns bound
    to it set no one's gender before text order (`pronouns.settle_genders`)."""
    text = (
        "Harbour Vote\n"
        "Singer Mara Lind spoke at a Tom O{his}Connor rally on Friday, a scarf at her side. "
        "O{his}Connor said his budget would pass. O{his}Connor said his crew would vote. "
        "He thanked the fishermen. His cousin Lisa O{hers}Connor listened.\n"
    )

    def tom_mentions(his: str, hers: str) -> list[str]:
        analysis = analysis_of(text.format(his=his, hers=hers))
        mentions = mention_texts(analysis, f"Tom O{his}Connor")
        return [mention.replace("’", "'") for mention in mentions]

    assert tom_mentions("’", "'") == tom_mentions("'", "'")


def test_table_names_keep_their_capitals() -> None:
    analysis = analysis_of("Taxes\nThe state department of revenue raised fees in Ohio.\n")
    assert not [e for e in analysis.entities if e.name == "State Department"]


def test_another_word_for_the_same_office_refers_to_the_one_head_of_that_body() -> None:
    text = (
        "Army Chief Says Troops Will Stay\n"
        "General Marta Solis, the commander of the Chilean army, visited Arica on Friday. "
        "Admiral Pablo Reyes, the commander of the Chilean navy, stayed in Valparaiso.\n"
    )
    analysis = analysis_of(text)
    assert "Army Chief" in mention_texts(analysis, "Marta Solis")
    assert "Army Chief" not in mention_texts(analysis, "Pablo Reyes")


def test_same_office_title_stays_unresolved_when_two_heads_of_the_body_fit() -> None:
    text = (
        "Army Chief Says Troops Will Stay\n"
        "General Marta Solis, the commander of the Chilean army, visited Arica on Friday. "
        "General Luis Prado, the commander of the Chilean army until May, stayed in Valparaiso.\n"
    )
    analysis = analysis_of(text)
    for name in ("Marta Solis", "Luis Prado"):
        assert "Army Chief" not in mention_texts(analysis, name)


def test_a_name_ending_a_headline_line_leaves_its_line_break_out() -> None:
    analysis = analysis_of(
        "Comedian Sam Reyes to host 2031 Oscars\n\nJuly 9, 2030 Sam Reyes was picked as host.\n"
        "Rivers named coach of Lakers\n\nJune 1, 2031 The Lakers named Tom Rivers coach.\n"
    )
    names = [e.name for e in analysis.entities]
    assert "Oscars" in names and "Lakers" in names
    for found in analysis.entities:
        for mention in found.mentions:
            assert mention.text == mention.text.strip(), found.name


def test_a_possessive_refers_to_the_subject_of_the_clause_above_it() -> None:
    analysis = analysis_of(
        "Summit\nPeruvian President Tomas Vargas praised his first summit with Chilean leader "
        "Hugo Araya, described his ties with him as warm, and announced that his government "
        "would host a second summit.\n"
    )
    text = analysis.article.text
    for word in ("his ties", "his government"):
        start = text.index(word)
        assert analysis.entity_at(start, start + 3).name == "Tomas Vargas", word
    start = text.index("him as")
    assert analysis.entity_at(start, start + 3).name == "Hugo Araya", "an object: not the subject"


def test_a_reflexive_object_refers_to_its_own_clauses_subject() -> None:
    analysis = analysis_of(
        "Court\nJudge Petra Lindqvist questioned the banker Oskar Berg on Monday. Lindqvist "
        "later recused herself, and Berg then blamed himself.\n"
    )
    assert "herself" in mention_texts(analysis, "Petra Lindqvist")
    assert "himself" in mention_texts(analysis, "Oskar Berg")


def test_an_object_of_a_subjectless_clause_is_not_the_clause_above_its_subject() -> None:
    analysis = analysis_of(
        "Visit\nTrade minister Ilse Varga hosted the mayor Rena Kovac on Monday and then thanked "
        "her.\n"
    )
    assert "her" in mention_texts(analysis, "Rena Kovac")
    assert "her" not in mention_texts(analysis, "Ilse Varga")


def test_a_pronoun_under_an_unnamed_person_refers_to_no_earlier_name() -> None:
    analysis = analysis_of(
        "Border\nChilean envoy Karl Hagen visited Oruro on Monday. The Bolivian army chief said on "
        "Tuesday that his forces had left the border.\n"
    )
    assert "his" not in mention_texts(analysis, "Karl Hagen")


def test_a_pronoun_joined_to_a_name_is_that_persons() -> None:
    analysis = analysis_of(
        "Talks\nThe club's owner Dario Costa flew to Lima to meet the striker Luis Mendez and "
        "his agent on Friday.\n"
    )
    assert "his" in mention_texts(analysis, "Luis Mendez")


def test_a_family_name_first_refers_to_the_one_full_name_it_begins() -> None:
    analysis = analysis_of(
        "Talks\nTaiwanese Premier Chen Wei-lun met envoys in Taipei on Monday. Dr. Chen later "
        "told reporters that the talks went well.\n"
    )
    assert "Chen" in " ".join(mention_texts(analysis, "Chen Wei-lun")[1:])
    assert entity(analysis, "Chen Wei-lun").actor == "TWNGOV"
    assert not [e for e in analysis.entities if e.name == "Chen"]


def test_a_family_name_two_people_begin_stays_apart() -> None:
    analysis = analysis_of(
        "Talks\nNorth Korean leader Kim Chol-su met his sister, senior official Kim Yong-hui, "
        "on Monday. Kim later spoke on state radio.\n"
    )
    assert "Kim" not in mention_texts(analysis, "Kim Chol-su")


def test_a_described_subject_goes_on_about_the_subject_before_it() -> None:
    analysis = analysis_of(
        'Rebels\n"We will not disarm," said Mullah Karim Dastan. The Taliban commander was '
        "speaking in Kandahar. Dastan later met elders.\n"
    )
    assert "The Taliban commander" in mention_texts(analysis, "Karim Dastan")
    assert entity(analysis, "Karim Dastan").actor == "AFGGOV"  # the Taliban in power in 2025


def test_a_speaker_after_a_quote_is_no_one_the_quote_names() -> None:
    analysis = analysis_of(
        "Talks\nAnalyst Tom Brandt spoke on Monday. \u201cPresident Maria Torres wants a deal with "
        "Marco Diaz soon,\u201d he said.\n"
    )
    assert "he" in mention_texts(analysis, "Tom Brandt")
    assert "he" not in mention_texts(analysis, "Marco Diaz")


def test_a_description_before_a_new_name_is_that_person() -> None:
    analysis = analysis_of(
        "Envoy\nThe U.N. special envoy for Peru is calling for calm after days of clashes. Lars "
        "Edvardsen met party leaders in Lima on Friday.\n"
    )
    assert "The U.N. special envoy" in mention_texts(analysis, "Lars Edvardsen")
    assert entity(analysis, "Lars Edvardsen").actor == "IGOUNO"


def test_an_owned_title_before_a_new_name_is_that_person() -> None:
    """A lead may give a post with its country's name first and the holder's name in the next
    sentence; the name and the pronouns after it take the post's code."""
    analysis = analysis_of(
        "Quota Row\nNorway's trade envoy told reporters on Monday that the fishing talks had "
        "stalled. Ingrid Solberg accused Iceland of blocking a compromise. She left Reykjavik "
        "on Tuesday.\n"
    )
    assert "Norway's trade envoy" in mention_texts(analysis, "Ingrid Solberg")
    assert "She" in mention_texts(analysis, "Ingrid Solberg")
    assert entity(analysis, "Ingrid Solberg").actor == "NORGOV"


def test_an_owned_title_two_sentences_before_a_name_is_no_one() -> None:
    analysis = analysis_of(
        "Quota Row\nNorway's trade envoy told reporters on Monday that the fishing talks had "
        "stalled. The next round is due in May. Ingrid Solberg accused Iceland of blocking a "
        "compromise.\n"
    )
    assert entity(analysis, "Ingrid Solberg").actor is None


def test_a_title_with_its_own_phrase_before_a_name_describes_it() -> None:
    """A title with an "in" phrase before a name ("The U.N. special representative in Chad,
    Ingrid Solberg"): the title's words before the phrase give the code; a place after "for" or
    "to" gives none ("the special envoy for Chad" may be anyone's envoy)."""
    analysis = analysis_of(
        "Jail Break\nThe U.N. special representative in Chad, Ingrid Solberg, voiced alarm on "
        "Monday. Solberg urged the police to find the escaped inmates.\n"
    )
    assert entity(analysis, "Ingrid Solberg").actor == "IGOUNO"
    analysis = analysis_of(
        "Jail Break\nThe special envoy for Chad, Ingrid Solberg, voiced alarm on Monday.\n"
    )
    assert entity(analysis, "Ingrid Solberg").actor is None
    analysis = analysis_of(
        "Jail Break\nThe warden's son-in-law, Ingrid Solberg, voiced alarm on Monday.\n"
    )
    assert not any("son" in text for text in mention_texts(analysis, "Ingrid Solberg"))


def test_a_dateline_is_no_title_of_the_name_after_it() -> None:
    """The parser may hang the dateline on the first name: its place dates the story and says
    nothing of the person, while a title after it still does."""
    analysis = analysis_of(
        "Port Talks\nKYIV (VOA) - Maria Torres met Ukrainian officials in Kyiv on Monday.\n"
    )
    torres = entity(analysis, "Maria Torres")
    assert torres.actor is None
    assert mention_texts(analysis, "Maria Torres") == ["Maria Torres"]
    analysis = analysis_of(
        "Port Talks\nKYIV (VOA) - Chilean envoy Maria Torres met Ukrainian officials on Monday.\n"
    )
    assert entity(analysis, "Maria Torres").actor == "CHLGOV"


def test_a_dateline_with_a_state_is_no_title_either() -> None:
    """The parser may start the title at the dateline's state ("Ore."), past the place where
    the dateline begins: the title is still only what follows the dateline."""
    analysis = analysis_of("Budget Vote\nSALEM, Ore. - Gov. Tom Brandt signed the budget.\n")
    assert mention_texts(analysis, "Tom Brandt") == ["Gov. Tom Brandt"]
    analysis = analysis_of("Budget Vote\nTOPEKA, Kan. - Marco Diaz, a state senator, spoke.\n")
    assert mention_texts(analysis, "Marco Diaz")[0] == "Marco Diaz"


def test_what_a_person_is_accused_of_is_no_title() -> None:
    """An "of" with a gerund completes the verb: the country it names is another one's."""
    for accused in ("Chilean President Pablo Rojas", "the Chilean government"):
        analysis = analysis_of(
            "Trade Row\nThe governor accused Democratic contender Paul Brenner of showing "
            f"support for {accused}.\n"
        )
        assert entity(analysis, "Paul Brenner").actor is None, accused
    analysis = analysis_of("Trade Row\nThe governor met Paul Brenner of Chile on Monday.\n")
    assert entity(analysis, "Paul Brenner").actor == "CHL"


def test_a_tagged_person_spelled_as_no_name_takes_no_pronoun() -> None:
    """The tagger sometimes calls a word like "anti-LGBT" a person; with no word spelled as a
    name (a capital, then small letters) it is none, so the "he" after it is Rubio's."""
    text = (
        "Rubio on the Attack\n"
        "Senator Marco Rubio gave an interview about anti-LGBT violence, and he condemned "
        "the attack on the club.\n"
    )
    article = article_from_text(text, published="2016-07-11")
    parse = load_nlp()(article.text)
    start = next(t.i for t in parse if t.text == "anti")
    slip = Span(parse, start, start + 3, label="PERSON")
    parse.ents = [e for e in parse.ents if e.end <= start or e.start >= start + 3] + [slip]
    analysis = Analysis(article=article, sentences=sentences_of(parse))
    analysis.entities = find_entities(parse, analysis)
    assert [e.name for e in analysis.entities if e.type == "PERSON"] == ["Marco Rubio"]
    assert "he" in mention_texts(analysis, "Marco Rubio")


def test_a_pronoun_opening_a_paragraph_refers_to_the_person_before_it() -> None:
    """A subject "She" that opens a paragraph goes on about the person the paragraph before
    told of; a "she" inside a paragraph still looks no further than its paragraph."""
    analysis = analysis_of(
        "Senator in Court\n"
        "Senator Mara Ruiz of Peru was charged with fraud on Monday.\n\n"
        "She denied the charges and accused the prosecutors of lying.\n\n"
        "Her lawyer, Ana Soto, spoke to reporters. Later, she left the court.\n"
    )
    assert mention_texts(analysis, "Mara Ruiz") == ["Senator Mara Ruiz", "She"]


def test_a_post_in_an_organisation_gives_the_person_its_code() -> None:
    """ "Director at Human Rights Watch" is no role word, but the post is the organisation's:
    the person and their later pronoun take its code."""
    analysis = analysis_of(
        "Rights Appeal\n"
        '"Donors must act now," said Hanna Varga, Asia director at Human Rights Watch. '
        "She urged donors to stop funding the junta.\n"
    )
    person = entity(analysis, "Hanna Varga")
    assert person.actor == "NGOHRI"
    assert "She" in mention_texts(analysis, "Hanna Varga")


def test_a_pronoun_goes_on_about_the_person_an_earlier_one_in_its_paragraph_refers_to() -> None:
    """A paragraph that names its person only in the paragraph before goes on with pronouns:
    each later "he" is the opening one's, but an object never its own clause's subject."""
    analysis = analysis_of(
        "Minister Resigns\n"
        "Defence Minister Tomas Halvik of Norway resigned on Monday.\n\n"
        "He denied any wrongdoing. Later he accused the opposition of lying, and he said "
        "he would fight.\n\n"
        "He told him nothing.\n"
    )
    mentions = mention_texts(analysis, "Tomas Halvik")
    assert mentions == ["Defence Minister Tomas Halvik", "He", "he", "he", "he", "He"]


def test_one_misread_pronoun_does_not_fix_a_persons_gender() -> None:
    """A "her" that lands on a man named before it ("a Tom Becker rally, a sign at her side")
    must not make every later "his" of his skip him: the pronouns bound to his name say he."""
    analysis = analysis_of(
        "Rally\n"
        "Actress Ana Ruiz spoke at a Tom Becker rally on Friday, a sign at her side. Becker "
        "said his plan would pass. Becker said his team would win. He thanked the crowd.\n"
    )
    assert mention_texts(analysis, "Tom Becker") == [
        "Tom Becker",
        "Becker",
        "his",
        "Becker",
        "his",
        "He",
    ]


def test_a_speaker_paragraphs_after_the_only_person_of_that_gender_is_that_person() -> None:
    """A "she said" whose paragraph and the one before name no one is the only woman named so
    far; where someone of unknown gender was named too, it stays no one's."""
    text = (
        "Court Ruling\n"
        "Ms. Lena Varga, the mayor of Szeged, criticised the ruling on Monday.\n\n"
        "{judge} said the plan broke the law.\n\n"
        "The city has 30 days to answer.\n\n"
        '"We will appeal," she said.\n'
    )
    analysis = analysis_of(text.format(judge="Mr. Karl Hagen"))
    assert mention_texts(analysis, "Lena Varga")[-1] == "she"
    analysis = analysis_of(text.format(judge="The judge, Ana Hagen,"))
    assert "she" not in mention_texts(analysis, "Lena Varga")


def test_a_lone_surname_stays_with_the_person_the_story_calls_by_it() -> None:
    analysis = analysis_of(
        "Primary\nSenator Laura Finch won the primary on Tuesday. Finch thanked her volunteers "
        "in Dover. Her brother, Peter Finch, a banker, attended the rally.\nFinch said the "
        "campaign would now turn to the general election.\n"
    )
    laura = mention_texts(analysis, "Laura Finch")
    assert laura.count("Finch") == 2, "the later lone surname is still the senator's"
    assert "Finch" not in mention_texts(analysis, "Peter Finch")


def test_an_honorific_keeps_a_lone_surname_off_the_other_gender() -> None:
    analysis = analysis_of(
        "Primary\nLaura Finch won the primary on Tuesday. Ms. Finch thanked her volunteers. Her "
        "husband, Peter Finch, a banker, attended the rally. Ms. Finch said the campaign would "
        "go on. Mr. Finch declined to comment.\n"
    )
    assert mention_texts(analysis, "Laura Finch").count("Ms. Finch") == 2
    assert "Mr. Finch" in mention_texts(analysis, "Peter Finch")


def test_a_full_name_without_its_middle_initial_is_the_same_person() -> None:
    analysis = analysis_of(
        "Budget\nGovernor Maria L. Ortega signed the budget on Monday. Critics said Maria Ortega "
        "had rushed it through the assembly.\n"
    )
    assert "Maria Ortega" in mention_texts(analysis, "Maria L. Ortega")
    assert not [e for e in analysis.entities if e.name == "Maria Ortega"]


def test_two_full_names_one_sentence_names_stay_two_people() -> None:
    analysis = analysis_of(
        "Ceremony\nVeterans honored Tomas Vidal and his son, Tomas R. Vidal, at the harbor on "
        "Sunday.\n"
    )
    assert [e.name for e in analysis.entities if e.name.endswith("Vidal")] == [
        "Tomas Vidal",
        "Tomas R. Vidal",
    ]


def test_an_honorific_before_a_first_name_says_the_persons_gender() -> None:
    analysis = analysis_of(
        "Hearing\nMs. Laura Finch opened the hearing on Monday. Peter Finch, a lawyer, spoke "
        "later. Ms. Finch said the case was closed.\n"
    )
    assert "Ms. Finch" in mention_texts(analysis, "Laura Finch")
    assert "Ms. Finch" not in mention_texts(analysis, "Peter Finch")


def test_a_kin_noun_in_apposition_says_the_persons_gender() -> None:
    analysis = analysis_of(
        "Donors\nDana Whitlow backs the mayor. Along with her husband, Oren Whitlow, a banker, "
        "she has given money to the campaign. She plans to give more.\n"
    )
    assert mention_texts(analysis, "Dana Whitlow").count("she") == 1
    assert "She" in mention_texts(analysis, "Dana Whitlow")
    assert "she" not in mention_texts(analysis, "Oren Whitlow")
