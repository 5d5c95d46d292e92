import pytest

from generator.extract.actors import build_index
from generator.extract.article import extract_article
from generator.extract.organisations import discover_organisations, spelled_out_name
from generator.extract.text import clean_lines, sentences_of


@pytest.mark.parametrize("words, acronym, name", [
    ("the paramilitary Rapid Support Forces", "RSF", "Rapid Support Forces"),
    ("Sudanese Armed Forces", "SAF", "Sudanese Armed Forces"),
    ("Organization for Security and Cooperation in Europe", "OSCE",
     "Organization for Security and Cooperation in Europe"),
    ("Ruritanian Liberation Front", "FLR", None),  # initials in another language's order
    # a small word may give its initial too
    ("the Economic Community of West Arden States", "ECOWAS", "Economic Community of West Arden States"),
    ("talks", "RSF", None),
])
def test_the_name_is_the_shortest_tail_whose_initials_spell_the_acronym(words, acronym, name):
    assert spelled_out_name(words.split(), acronym) == name


def _found(text: str, config):
    sentences = sentences_of(clean_lines(text, config.boilerplate))
    return [(e.id, e.name, e.kind, e.aliases) for e in discover_organisations(sentences, config.cues, build_index(config))]


def test_an_organisation_spelled_out_with_its_acronym_is_discovered(config):
    text = ("The Ruritanian army has rejected a truce, a day after the paramilitary Rapid Support Forces (RSF) "
            "said it had accepted the plan.\nThe RSF said it agreed to the humanitarian truce.\n")
    assert _found(text, config) == [("rapid-support-forces", "The Rapid Support Forces", "organisation",
                                     ["Rapid Support Forces", "RSF"])]


def test_a_party_named_with_an_acronym_of_its_own_language_is_discovered(config):
    text = ("During the talks, the Ruritanian Social Democrats (RSP) had demanded a higher minimum wage.\n"
            "The far-right Alternative for Arden (AzA) called for new elections.\n")  # "Alternativa za Arden"
    assert _found(text, config) == [
        ("alternative-for-arden", "Alternative for Arden", "organisation", ["Alternative for Arden", "AzA"]),
        ("ruritanian-social-democrats", "Ruritanian Social Democrats", "organisation",
         ["Ruritanian Social Democrats", "RSP"])]


def test_a_party_whose_name_holds_a_state_speaks_for_itself_not_the_state(config):
    text = ("Coalition talks end in Berlin\nMay 20, 2025\n"
            "The far-right Alternative for Germany (AfD) called for new elections on Wednesday.\n")
    facts = extract_article("seeds/x.txt", text, config)
    assert [(c.actor, c.summary) for c in facts.claims] == [
        ("alternative-for-germany", "Alternative for Germany called for new elections on Wednesday.")]


def test_a_body_named_after_what_it_is_is_discovered_and_demands(config):
    text = ("Rail strike called\nMay 6, 2025\n"
            "The drivers' union, Tamsa, demanded a pay rise of 8% and called on the government to intervene.\n"
            "The alliance, NATO, said nothing. The ministry, Monday, said nothing either.\n")
    facts = extract_article("seeds/x.txt", text, config)
    assert [(c.actor, c.summary) for c in facts.claims] == [
        ("tamsa", "Tamsa demanded a pay rise of 8% and called on the government to intervene.")]
    assert [a.id for a in facts.discovered] == ["tamsa"]


def test_no_organisation_without_a_head_word_or_already_known(config):
    text = ("Growth in Gross Domestic Product (GDP) slowed to two percent this year, officials said.\n"
            "Ministers of the European Union (EU) met in Brussels on Monday to discuss the plan.\n"
            # a small letter that stands for a small word of the English name is no foreign party's
            "Both armies shelled posts along the Line of Control (LoC) overnight, officials said.\n"
            "The two sides signed a Memorandum of Understanding (MoU) on Friday.\n")
    assert _found(text, config) == []


def test_a_discovered_organisation_speaks_and_makes_claims(config):
    text = ("Ruritania truce plan gains ground\nMay 20, 2025\n"
            "The Ruritanian army rejected the plan a day after the Freedonian Liberation Movement (FLM) accepted it.\n"
            "In a statement, the FLM said it agreed to the humanitarian truce and called on the army to accept it "
            "as well.\n")
    facts = extract_article("seeds/x.txt", text, config)
    claims = {(c.kind, c.actor, c.summary) for c in facts.claims}
    assert ("demand", "freedonian-liberation-movement",
            "The Freedonian Liberation Movement called on the army to accept it as well.") in claims


def _groups(text: str, config):
    from generator.extract.organisations import discover_groups
    sentences = sentences_of(clean_lines(text, config.boilerplate))
    return [(e.id, e.name, e.kind) for e in discover_groups(sentences, config.cues, build_index(config))]


def test_an_armed_group_named_as_such_is_discovered(config):
    text = "Fighters of the Rwanda-backed M23 rebel group seized the city of Goma earlier this year, officials said.\n"
    assert _groups(text, config) == [("m23", "M23", "group")]


@pytest.mark.parametrize("text", [
    "A senior Hamas official told the BBC that the group was willing to discuss its weapons.\n",
    "Officials of the Hamas movement said they would study the proposal carefully.\n",
    # a people's adjective before "group" names what kind of group it is, not which
    "The deal was accepted on Saturday, the Palestinian group's chief said.\n",
    # a listed group named by one of its members ("Houthis": "the Houthi group")
    "The Houthi group said it would halt its attacks on shipping.\n",
])
def test_no_group_across_a_clause_or_for_a_known_party(config, text):
    assert _groups(text, config) == []


def test_a_discovered_group_demands(config):
    text = ("Congo and Rwanda sign a peace deal\nJune 27, 2025\n"
            "The M23 rebel group, which seized Goma, said it was not a party to the agreement and demanded direct "
            "talks with Kinshasa.\n")
    facts = extract_article("seeds/x.txt", text, config)
    assert {(c.kind, c.actor, c.target) for c in facts.claims} == {("demand", "m23", "dr-congo")}


def test_a_listed_news_agency_spelled_out_is_no_party(config):
    """A state news agency carries a government's statement; it is not the one making it."""
    text = ("Ruritania rejects talks\nMay 20, 2025\n"
            "In a statement carried by the Korean Central News Agency (KCNA), Park said Freedonia must halt "
            "its drills.\n")
    facts = extract_article("seeds/x.txt", text, config)
    assert [a.id for a in facts.discovered] == []
    assert [c.actor for c in facts.claims] == []
