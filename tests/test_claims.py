"""Demands and proposals: positions parties took, not the writer's guesses or analysts' readings."""

import pytest

from generator.extract.run import extract_all
from generator.seeds import Seed

HEAD = "Example News\nTalks resume\n19 May 2025\n"


@pytest.fixture
def claims(config):
    def run(body: str) -> set[tuple[str, str]]:
        content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
        return {(kind, f.actor) for kind in ("demands", "proposals") for f in content.records(kind)}
    return run


@pytest.fixture
def aimed(config):
    """(kind, actor, target) of every fact the body gives."""
    def run(body: str) -> set[tuple[str, str, str | None]]:
        content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
        return {(kind, f.actor, f.target) for kind in ("demands", "proposals") for f in content.records(kind)}
    return run


def test_a_party_offer_is_a_proposal(claims):
    assert ("proposals", "turkey") in claims("Turkey offered to host direct talks between the two delegations.")


def test_the_writers_guess_is_no_position(claims):
    assert claims("I suspect that after the weekend Turkey will offer to host direct talks between the delegations.") == set()


def test_a_guess_that_reports_what_a_party_says_keeps_the_party_position(claims):
    found = claims("I doubt there will be a deal, which Russia says it will only sign if sanctions are lifted first.")
    assert ("demands", "russia") in found


def test_an_analysts_reading_is_not_the_partys_offer(claims):
    found = claims("Military analyst Jonah Pell said the talks matter. Russia wants a summit soon to escape its "
                   "isolation and is ready for talks on a truce, said Pell.")
    assert ("proposals", "russia") not in found
    assert claims("Russia is ready for talks on a truce with Ukraine, the Kremlin said on Monday.") >= {
        ("proposals", "russia")}


def test_readiness_for_something_other_than_talks_is_no_offer(claims):
    assert ("proposals", "russia") not in claims("Officials say Russia is ready for a long war over the region.")
    assert ("proposals", "ukraine") in claims("Ukraine is ready for direct negotiations with Russia in any format.")


def test_an_offer_of_nothing_in_particular_is_dropped(claims):
    assert ("proposals", "turkey") not in claims("After months of waiting, officials in Turkey said they are ready to deliver.")


def test_a_demand_in_a_relative_clause_keeps_what_is_demanded(config):
    """Told from the noun the relative clause is about, not from the sentence's "This refers to"."""
    body = "This refers to the regions of Northland and Southland, which Russia has demanded Ukraine withdraw from."
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [d.summary for d in content.demands] == [
        "The regions of Northland and Southland, which Russia has demanded Ukraine withdraw from."]


def test_a_resolve_of_ones_own_is_no_demand(config):
    body = ("“We have to work hard so that the second stage is agreed as well,” Ukrainian President Volodymyr "
            "Zelensky said. “We must keep the pressure on Russia,” he added.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [(d.actor, d.target) for d in content.demands] == [("volodymyr-zelensky", "russia")]


@pytest.fixture
def targets(config):
    def run(body: str) -> set[tuple[str, str, str | None]]:
        content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
        return {(kind, f.actor, f.target) for kind in ("demands", "proposals") for f in content.records(kind)}
    return run


def test_what_a_proposed_measure_is_aimed_at_is_not_whom_it_is_proposed_to(targets):
    """"called for sanctions against Russia" is put to partners; Russia is only the measure's object."""
    assert targets("Ukraine called for tougher sanctions against Russia at the meeting in Brussels on Tuesday.") == {
        ("proposals", "ukraine", None)}
    assert targets("Ukraine proposed new sanctions against Russian banks and oil exports on Tuesday.") == {
        ("proposals", "ukraine", None)}
    assert ("proposals", "ukraine", None) in targets(
        "Ukraine called for more sanctions against Russia and stressed: “We must pressure Turkey "
        "until it closes the straits.”")


def test_a_threatened_measure_is_still_a_demand_of_its_object(targets):
    assert ("demands", "france", "russia") in targets(
        "France threatened sanctions against Russia unless it accepts a ceasefire by the end of the week.")


def test_for_as_long_as_is_a_duration_not_a_condition(claims):
    assert claims("Turkey said the two leaders will speak for as long as they consider necessary.") == set()
    assert ("demands", "turkey") in claims("Turkey said it would keep mediating as long as Russia did not attack.")


@pytest.fixture
def summaries(config):
    def run(body: str) -> dict[str, str]:
        content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
        return {f.actor: f.summary for kind in ("demands", "proposals") for f in content.records(kind)}
    return run


def test_a_communiques_two_acts_in_the_present_are_two_facts_each_told_alone(config):
    body = ("The European Council welcomes the joint statement by Ukraine and the United States and calls on "
            "Russia to show real political will to end the war.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted((f.actor, f.target, f.summary) for kind in ("demands", "proposals") for f in content.records(kind)) == [
        ("european-council", "russia", "The European Council calls on Russia to show real political will to end the war."),
        ("european-council", "united-states",
         "The European Council welcomes the joint statement by Ukraine and the United States.")]


def test_a_summary_keeps_the_cue_when_the_actor_is_named_after_it(summaries):
    """'Ruritania demands X, President Jane Doe said': the summary must say what is demanded."""
    found = summaries("Ruritania demands new sanctions on Freedonia, President Jana Dvorak said on Friday.")
    assert found == {"jana-dvorak": "Ruritania demands new sanctions on Freedonia, President Jana Dvorak said on Friday."}


def test_a_reported_requirement_is_the_speakers_demand_but_a_reported_readiness_is_no_offer(summaries, claims):
    found = summaries("Turkey stressed that any meeting of the leaders would require careful preparation and a date.")
    assert found == {"turkey": "Turkey stressed that any meeting of the leaders would require careful preparation "
                               "and a date."}
    assert claims("Turkey told reporters that the new coalition is ready to help with the talks next week.") == set()


def test_parties_named_together_each_make_the_claim(config):
    """"France, Germany and Britain demanded ...": three demands, each reading "X demanded ..."."""
    body = "France, Germany and Britain demanded that Russia accept an unconditional ceasefire by Monday."
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted((d.actor, d.target, d.summary) for d in content.demands) == [
        ("france", "russia", "France demanded that Russia accept an unconditional ceasefire by Monday."),
        ("germany", "russia", "Germany demanded that Russia accept an unconditional ceasefire by Monday."),
        ("united-kingdom", "russia",
         "The United Kingdom demanded that Russia accept an unconditional ceasefire by Monday."),
    ]


def test_a_list_ending_in_a_comma_and_is_one_subject_not_a_new_clause(claims):
    """The serial comma before "and" ends the list: all four called for it, not only the last."""
    got = claims("Norway, Qatar, the United Arab Emirates, and Egypt have jointly called for a two-week truce "
                 "in the region.")
    assert got == {("proposals", "norway"), ("proposals", "qatar"),
                   ("proposals", "united-arab-emirates"), ("proposals", "egypt")}


@pytest.mark.parametrize("body", [
    "In March, Norway, Qatar, and Egypt called for a two-week truce in the region.",
    "Talks stalled on Monday, and Norway, Qatar, and Egypt called for a two-week truce in the region.",
    "In a joint statement on Monday, the foreign ministers of Norway, Qatar and Egypt called for a two-week truce.",
])
def test_a_list_after_a_leading_phrase_is_still_one_subject(claims, body):
    """A time, a statement or a clause before the list does not make its last party the only one."""
    assert claims(body) == {("proposals", "norway"), ("proposals", "qatar"), ("proposals", "egypt")}


def test_a_compound_adjective_before_two_names_is_no_verb_of_a_clause_of_their_own(claims):
    """'Nuclear-armed neighbours Greece and Turkey agreed': '-armed' is no tensed verb before 'and'."""
    assert claims("Nuclear-armed neighbours Greece and Turkey agreed to a ceasefire on Saturday.") == {
        ("proposals", "greece"), ("proposals", "turkey")}


def test_a_list_ending_in_people_who_are_no_party_is_still_the_parties(summaries):
    """'Greece, Turkey, and several world leaders called for restraint': both parties did, each told alone."""
    assert summaries("Greece, Turkey, and several world leaders called for restraint in the region.") == {
        "greece": "Greece called for restraint in the region.", "turkey": "Turkey called for restraint in the region."}


def test_the_parties_listed_in_a_group_subject_make_its_claim(config):
    body = ("European leaders, including French President Emmanuel Macron and German Chancellor Friedrich Merz, "
            "urged Washington to impose new sanctions on Russia if it refused a ceasefire.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted((d.actor, d.target) for d in content.demands) == [
        ("emmanuel-macron", "united-states"), ("friedrich-merz", "united-states")]
    assert all(d.summary.endswith(" urged Washington to impose new sanctions on Russia if it refused a ceasefire.")
               and ", urged" not in d.summary for d in content.demands)


def test_a_party_named_with_an_object_is_an_object_too(claims):
    """"talks with Russia and Ukraine": neither is who demanded; "Turkey and Qatar offered": both did."""
    assert claims("After talks with Russia and Ukraine ended on Monday, the mediators demanded a full "
                  "prisoner exchange.") == set()
    assert claims("After talks between Russia’s negotiators and Ukraine’s delegation ended without a deal, the "
                  "mediators demanded a full prisoner exchange.") == set()
    assert claims("Russia or Ukraine proposed nothing, but Turkey and Qatar offered to host direct talks in "
                  "Istanbul.") >= {("proposals", "turkey"), ("proposals", "qatar")}


def test_an_offer_told_in_the_passive_is_summarised_from_its_own_clause(config):
    body = ("In a statement on Monday, the minister said the talks had gone well and suggested that the next "
            "round could be held in Geneva following an offer by Switzerland.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    offers = [p for p in content.proposals if p.actor == "switzerland"]
    assert [p.summary for p in offers] == [
        "The next round could be held in Geneva following an offer by Switzerland."]
    assert offers[0].sources[0].quote == body


def test_what_a_party_seeks_after_a_noun_is_told_from_that_noun(config):
    body = ("Putin said Moscow was ready to talk, after a call that ended without any commitment to the 30-day "
            "ceasefire sought by Kyiv and its Western allies.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [p.summary for p in content.proposals if p.actor == "ukraine"] == [
        "The 30-day ceasefire sought by Kyiv and its Western allies."]


def test_a_partys_leaders_speak_for_it_its_demands_do_not(claims, config):
    assert ("demands", "italy") in claims("Italy’s leaders demanded that Russia accept a ceasefire at once.")
    assert ("demands", "russia") not in claims("Russia’s demands were rejected by Ukraine as unacceptable on Monday.")
    body = ("The United Kingdom, France, Germany, and Italy’s leaders spoke with Trump about the need for an "
            "unconditional ceasefire, again threatening sanctions if Russia doesn’t “take negotiations seriously.”")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted((d.actor, d.target) for d in content.demands) == [
        ("france", "russia"), ("germany", "russia"), ("italy", "russia"), ("united-kingdom", "russia")]
    # each told of its own party, from the participle that makes the threat
    assert {d.summary for d in content.demands} == {
        f"{name} threatened sanctions if Russia doesn’t “take negotiations seriously.”"
        for name in ("France", "Germany", "Italy", "The United Kingdom")}


def test_a_readout_s_necessity_is_a_demand_and_an_aside_keeps_its_commas(config):
    body = ("Vladimir Putin stressed that Russia is in favour of a peaceful resolution and noted that it is necessary "
            "to eliminate the root causes of the conflict. Donald Trump, in turn, invited the two sides to continue "
            "talks in Istanbul. Turkey’s president, Recep Tayyip Erdoğan, offered to host a summit in Ankara.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert "vladimir-putin" in {d.actor for d in content.demands}
    summaries = {p.actor: p.summary for p in content.proposals}
    assert summaries["donald-trump"].startswith("Donald Trump, in turn, invited")
    assert summaries["recep-tayyip-erdogan"] == "Recep Tayyip Erdoğan offered to host a summit in Ankara."


def test_after_an_opening_phrase_the_subject_is_who_acts_and_no_sign_is_no_offer(config):
    """"After a call with Putin, Trump offered ...": Trump, named after a comma that ends the
    opening phrase (no list), offers; "offered no sign that ... had agreed" offers nothing."""
    body = ("After a two-hour call with President Vladimir V. Putin, President Trump offered a summit in Rome to "
            "the Russian leader. After the call, President Trump offered no sign that the Russian leader had "
            "agreed to a truce.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [(p.actor, p.summary) for p in content.proposals] == [
        ("donald-trump", "Donald Trump offered a summit in Rome to the Russian leader.")]


def test_a_partys_demands_named_as_a_noun_are_its_own(config):
    """"... to refer to Russia's demands that Ukraine ...": Russia's demand, told from its name,
    however the sentence began; "proposed nothing new" proposes nothing."""
    body = ("Kremlin officials have long used that phrase to refer to Russia’s demands that Ukraine give up its "
            "ambitions to join NATO and accept the loss of territory. Russia or Ukraine proposed nothing new, "
            "but Turkey offered to host direct talks in Istanbul.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [(d.actor, d.target, d.summary) for d in content.demands] == [
        ("russia", "ukraine", "Russia’s demands that Ukraine give up its ambitions to join NATO and accept the "
                              "loss of territory.")]
    assert [p.actor for p in content.proposals] == ["turkey"]


@pytest.mark.parametrize(("text", "balanced"), [
    ('The killing must stop," she said.', "The killing must stop, she said."),
    ('"We are ready for talks, as proposed in March.', "We are ready for talks, as proposed in March."),
    ("Jane Doe said the city, „as its mayor put it, would host the talks.",
     "Jane Doe said the city, as its mayor put it, would host the talks."),
    ('Jane Doe called the plan "a good start" and “a fair offer”.', 'Jane Doe called the plan "a good start" and “a fair offer”.'),
    ("Jane Doe said „talks must resume“ and « vite ».", "Jane Doe said „talks must resume“ and « vite »."),
])
def test_summaries_lose_quotation_marks_that_open_or_close_nothing(text, balanced):
    from generator.extract.claims import balance_quotes

    assert balance_quotes(text) == balanced


def test_a_forecast_or_a_proposal_received_is_no_position(claims):
    """'Analysts expect Moscow to demand ...' is a forecast; 'Ukraine will accept the proposal
    for talks' takes someone else's proposal; 'Ukraine presented a proposal' makes one."""
    assert claims("Analysts expect Turkey to demand more territory in the coming talks.") == set()
    assert claims("It is not clear whether France will accept the proposal for talks in Geneva.") == set()
    assert claims("France presented a proposal for talks in Geneva next week.") == {("proposals", "france")}
    assert claims("Turkey rejected the demands for an immediate ceasefire on Monday.") == set()


def test_what_a_party_wants_of_another_and_what_its_demands_include(summaries, claims):
    """'The US wants Turkey to agree to ...' asks something of Turkey (not an offer to agree);
    'France's demands include ...' are France's demands."""
    assert claims("The US wants Turkey to agree to a ceasefire before any talks on territory.") == \
        {("demands", "united-states")}
    assert claims("France's demands include a withdrawal from four regions and a ban on new bases.") == \
        {("demands", "france")}
    assert claims("Turkey wants to keep the talks in Istanbul, officials say.") == set()


def test_neither_nor_negates_the_cue(claims):
    assert claims("Neither France nor Turkey has agreed to the proposal so far.") == set()
    assert claims("France has agreed to a ceasefire, while neither side has withdrawn its troops.") == \
        {("proposals", "france")}


def test_parties_who_say_they_are_ready_each_offer_it(claims):
    """'France and Turkey said they were ready for a prisoner exchange.': 'they' is both, and a
    readiness 'for' something names what is offered even at the end of the sentence."""
    assert claims("France and Turkey said they were ready for a prisoner exchange.") == \
        {("proposals", "france"), ("proposals", "turkey")}
    assert claims("France said it was ready to deliver.") == set(), "nothing named is offered"


def test_a_partys_own_conditions_are_its_demands_but_not_the_conditions_for_talks(claims):
    assert claims("France's conditions for peace include a withdrawal from the occupied regions.") == \
        {("demands", "france")}
    assert claims("Turkey set three conditions for a ceasefire on Tuesday after the talks.") == {("demands", "turkey")}
    assert claims("Turkey said the conditions for talks were not right at the moment.") == set()
    assert claims("France rejected Turkey's conditions for peace on Tuesday after the talks.") == set()


def test_a_threat_reported_by_the_press_is_told_from_who_threatens(summaries):
    """'..., and the Russian media cited officials suggesting X may ... if Y refuses': the press
    is no party, so the threat is X's, told from X's own clause."""
    got = summaries("The Kremlin said Vladimir Putin was tired of the delays, and the Russian media cited officials "
                    "suggesting Putin may order a new offensive if Ukraine refuses to withdraw.")
    assert got == {"vladimir-putin": "Vladimir Putin may order a new offensive if Ukraine refuses to withdraw."}


def test_a_clause_with_its_own_subject_is_no_part_of_the_claim(config):
    """', with Ruritania due to ...' and ', and now everyone will ...' tell what others do: they
    name no target and are cut from the summary."""
    body = ("Volodymyr Zelensky has agreed to a 30-day ceasefire, with Donald Trump due to hear Russia's demands "
            "in a phone call this afternoon.\n"
            "Turkey has already agreed to host the next round of talks, and now “everyone will be watching "
            "what Russia’s answer is,” an aide said.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted((p.actor, p.target, p.summary) for p in content.proposals) == [
        ("turkey", None, "Turkey has already agreed to host the next round of talks."),
        ("volodymyr-zelensky", None, "Volodymyr Zelensky has agreed to a 30-day ceasefire."),
    ]


def test_a_clause_led_by_a_common_noun_is_not_the_first_clauses_party(aimed, claims):
    """', and several world leaders have urged …': the leaders urge, not the party before the comma."""
    assert claims("India has not accepted the offer so far, and several world leaders have urged both "
                  "sides to show restraint.") == set()
    assert ("demands", "russia", "ukraine") not in aimed(
        "Russia rejected the plan, and many European governments have called on Ukraine to withdraw.")
    assert aimed("Russia rejected the plan, and Turkey urged Ukraine to reconsider.") == {
        ("demands", "turkey", "ukraine")}


def test_a_long_participle_aside_before_the_verb_names_no_speaker(aimed):
    """The parties in a forum's quoted title are not who "stated" what follows."""
    found = aimed("Deputy Foreign Minister Jane Doe, speaking at a forum held in Ankara on Monday titled “Why "
                  "Peace Between Russia and Ukraine Still Eludes Us,” stated that Russia must withdraw its troops.")
    assert found == {("demands", "jane-doe", "russia")}


def test_a_reaffirmed_position_is_said(aimed):
    assert aimed("The Russian Foreign Ministry reaffirmed that Ukraine must withdraw its troops.") == {
        ("demands", "russia", "ukraine")}


def test_it_in_a_demand_received_is_whoever_received_it(aimed):
    """'Ukraine rejected Russia's demand that it withdraw': asked of Ukraine, not of no one."""
    assert aimed("Ukraine rejected Russia's demand that it withdraw from the four regions.") == {
        ("demands", "russia", "ukraine")}
    assert aimed("Turkey said Russia's demand that it withdraw was unrealistic.") == {("demands", "russia", None)}


@pytest.mark.parametrize("body, expected", [
    ("Turkey is happy to host talks between the two sides.", {("proposals", "turkey")}),
    ("The Pope said the Vatican is available to host talks between the two sides.", {("proposals", "vatican")}),
    ("Turkey is not available to host the talks.", set()),
])
def test_being_happy_or_available_to_host_offers_a_venue(claims, body, expected):
    """"is happy to host" is an offer, not a passive ("is asked to host")."""
    assert claims(body) == expected


def test_a_summary_ends_without_the_storys_end_sign(summaries):
    assert summaries("“We urge the United States to respect our concerns,” Chinese Foreign Minister Wang Yi said. ■") \
        == {"wang-yi": "“We urge the United States to respect our concerns,” Chinese Foreign Minister Wang Yi said."}


def test_being_asked_for_comment_is_no_call(claims):
    assert claims("Chinese Foreign Minister Wang Yi made the remarks when asked for comments about the talks.") == set()
    assert claims("China asked for a ceasefire.") == {("proposals", "china")}


def test_what_someone_hoped_to_hear_is_no_ones_position(claims):
    """Including what comes after its "or that"."""
    assert claims("The ministers met on Monday, hoping to hear that Russia had agreed to a ceasefire - or that "
                  "the United States would impose sanctions on it for refusing to do so.") == set()


def test_agreeing_to_something_is_not_saying_what_follows(aimed):
    """'had agreed to a ceasefire, but the United States would impose sanctions if …': the
    sanctions are held over Russia by the United States, not threatened by Russia."""
    assert ("demands", "united-states", "russia") in aimed(
        "Russia has agreed to a ceasefire, but the United States would impose sanctions if Russia broke it.")


def test_a_next_statement_after_a_comma_is_not_part_of_the_claim(config):
    """'said Russia had agreed to talks, stressed that the United States would stay out of them, …':
    the offer is Russia's alone, put to no one, and its summary stops at the comma."""
    body = ("Donald Trump said Russia had agreed to negotiations, stressed that the United States would not be "
            "involved in them, and dismissed the idea of new sanctions.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [(p.actor, p.target, p.summary) for p in content.proposals] == [
        ("russia", None, "Russia had agreed to negotiations.")]


def test_an_offices_demand_is_the_state_of_the_person_named_before_it(aimed):
    """'Trump's post made no mention of the administration's demand for …': the United States'."""
    assert aimed("Donald Trump's post made no mention of the administration's demand for an unconditional "
                 "ceasefire.") == {("demands", "united-states", None)}
    assert aimed("The post made no mention of the administration's demand for an unconditional ceasefire.") == set()


def test_a_party_named_with_others_before_a_modal_is_bound_by_it(aimed):
    assert aimed("Giorgia Meloni said that the United States and European countries should be involved in the "
                 "talks.") == {("demands", "giorgia-meloni", "united-states")}


def test_a_passive_in_a_quote_is_its_agents(claims):
    """'“This memorandum, supported by both countries, would …,” Zelensky said': no offer of his."""
    assert claims("“This memorandum, supported by both countries, would include a ceasefire,” Volodymyr Zelensky "
                  "told reporters.") == set()
    assert claims("“This memorandum, supported by Turkey, would include a ceasefire,” Volodymyr Zelensky "
                  "told reporters.") == {("proposals", "turkey")}


@pytest.mark.parametrize("body, expected", [
    # the two parties named together last, in the sentence or before it
    ("Russian and Ukrainian delegations met on Friday. Both sides agreed to a large-scale prisoner exchange.",
     {("proposals", "russia"), ("proposals", "ukraine")}),
    ("Turkey and Qatar held talks, but after two hours the meeting ended: both sides agreed to meet again.",
     {("proposals", "turkey"), ("proposals", "qatar")}),
    # "the two presidents": the two people named together last, not their states
    ("Donald Trump and Vladimir Putin spoke for two hours. The two presidents agreed to continue contacts.",
     {("proposals", "donald-trump"), ("proposals", "vladimir-putin")}),
    # named together by a dash, as in "the Turkey–Qatar talks"
    ("Negotiators met again in the Turkey–Qatar talks. The two countries agreed to a prisoner exchange.",
     {("proposals", "turkey"), ("proposals", "qatar")}),
    # "both sides" before the verb that voices a stance named by a noun, and a desire voiced
    ("Turkey and Qatar held talks. Both sides expressed readiness to exchange prisoners.",
     {("proposals", "turkey"), ("proposals", "qatar")}),
    ("Turkey and Qatar held talks on Monday. Both sides expressed a desire to de-escalate tensions.",
     {("proposals", "turkey"), ("proposals", "qatar")}),
    # two people named together, the second with a title of his own
    ("In a statement, President Donald Trump and Chairperson of the African Union Commission Jan Novak, the two "
     "leaders called for a truce.", {("proposals", "donald-trump"), ("proposals", "jan-novak")}),
    # with no two parties named together, "both sides" is no one
    ("The talks ended with limited results: both sides agreed to a prisoner exchange.", set()),
    ("The talks ended with limited results: both sides expressed readiness to exchange prisoners.", set()),
])
def test_both_sides_are_the_two_parties_named_together_last(claims, body, expected):
    assert claims(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Turkey expressed a desire to host the next round of talks.", {("proposals", "turkey")}),
    ("Turkey reiterated its strong desire for a truce in the region.", {("proposals", "turkey")}),
    # a critic's reading of another party's aim is no stance that party voices
    ("Critics said Russia's desire to dominate its neighbours was plain.", set()),
])
def test_a_desire_voiced_is_a_stance_taken(claims, body, expected):
    assert claims(body) == expected


def test_it_before_a_modal_is_the_state_named_last(aimed):
    assert aimed("Marco Rubio said Iran has enriched uranium it must hand over.") == {
        ("demands", "marco-rubio", "iran")}


@pytest.mark.parametrize("body, expected", [
    ("Ukraine must withdraw from the four regions, Vladimir Putin said on Monday.",
     {("demands", "vladimir-putin", "ukraine")}),
    ("Ukraine must withdraw from the four regions, said Vladimir Putin.", {("demands", "vladimir-putin", "ukraine")}),
    ("Any deal must address the root causes, the Kremlin said.", {("demands", "russia", None)}),
    ("Marco Rubio spoke on Monday.\nIran must shut down its centrifuges, he said.", {("demands", "marco-rubio", "iran")}),
    # those who say it are no party: an analysts' forecast
    ("Ukraine will have to make concessions, analysts said.", set()),
])
def test_a_modal_said_by_someone_named_after_it_is_their_demand(aimed, body, expected):
    """'Ruritania must withdraw, Jane Doe said': hers, though the verb comes last."""
    assert aimed(body) == expected


def test_it_is_never_an_object_named_before_nor_a_dummy(aimed):
    assert aimed("Dmitry Peskov commented on a meeting between Russia and the United States, saying that it "
                 "should be carefully prepared.") == set()
    assert aimed("Vladimir Putin noted that it is necessary to eliminate the root causes of the conflict.") == {
        ("demands", "vladimir-putin", None)}


def test_a_demand_named_in_an_if_clause_with_scare_quotes_is_supposed(claims):
    """'… if Putin makes “unrealistic demands”': no demand Putin made."""
    found = claims("Volodymyr Zelensky called for Western states to impose further sanctions on Moscow if Russian "
                   "President Vladimir Putin makes “unrealistic demands” in talks.")
    assert ("demands", "vladimir-putin") not in found


def test_a_new_subjects_statement_after_a_comma_names_no_target(aimed):
    assert aimed("Responding to Donald Trump's initiative for immediate talks, Volodymyr Zelensky said that a "
                 "new meeting could take place.") == {("proposals", "donald-trump", None)}


@pytest.mark.parametrize("second", ["The president reiterated his call for a 30-day ceasefire.",
                                    "He reiterated his call for a 30-day ceasefire."])
def test_a_stance_voiced_by_a_title_or_pronoun_is_whom_it_stands_for(summaries, second):
    assert summaries("French President Emmanuel Macron spoke on Monday.\n" + second) == {
        "emmanuel-macron": "Emmanuel Macron reiterated his call for a 30-day ceasefire."}


def test_calling_upon_a_party_asks_of_it(aimed):
    assert aimed("Pakistan called upon the Indian government to immediately cease fire.") == {
        ("demands", "pakistan", "india")}


def test_what_a_party_will_not_wait_for_is_no_ones_offer(claims):
    """'will not wait for Ruritania to agree to a ceasefire': Ruritania agreed to nothing."""
    assert claims("The European Union said it would not wait for the Kremlin to agree to a ceasefire "
                  "before adopting new sanctions against Russia.") == set()
    assert claims("Ukraine will keep fighting until Russia agrees to a full ceasefire along the front line.") == set()


def test_a_titled_person_after_a_possessive_is_the_subject_not_the_state(summaries):
    got = summaries("Slovakia's Prime Minister Robert Fico has said his country will not block the package, "
                    "although he called for an exemption for Slovak oil imports.")
    assert list(got) == ["robert-fico"]


@pytest.mark.parametrize("sentence", [
    "U.S. Ambassador to Malaysia Jane Doe demanded an immediate ceasefire.",
    "U.S. Ambassador to the United Nations Jane Doe demanded an immediate ceasefire.",
    "The U.S. ambassador to the UN, Jane Doe, demanded an immediate ceasefire.",
    "The United States' special envoy to the Middle East, Jane Doe, demanded an immediate ceasefire.",
    "Polish Ambassador to the United Nations Jane Doe demanded an immediate ceasefire.",
    # a post "for" a party, as special envoys' are
    "The UN Special Envoy for Syria Jane Doe demanded an immediate ceasefire.",
    "U.S. Special Envoy for Ukraine Jane Doe demanded an immediate ceasefire.",
])
def test_a_title_to_a_post_makes_its_holder_the_subject_not_either_party(summaries, sentence):
    """Neither the state that gives the title nor the post it is to (itself a party, often) acts."""
    assert summaries(sentence) == {"jane-doe": "Jane Doe demanded an immediate ceasefire."}


def test_pressing_for_something_is_calling_for_it(targets, summaries):
    """Told from what is pressed for when that comes before the cue, and not running on into the
    next clause ('..., and Kremlin aide Yuri Ushakov said ...')."""
    got_text = ("Putin did not commit to the unconditional ceasefire that Ukraine has pressed for, and Kremlin "
                "aide Yuri Ushakov said no date had been discussed.")
    got = targets(got_text)
    assert ("proposals", "ukraine", None) in got
    assert summaries(got_text) == {
        "ukraine": "The unconditional ceasefire that Ukraine has pressed for."}
    assert ("demands", "turkey", "russia") in targets("Turkey pressed Russia to return to the negotiating table.")


def test_a_later_cue_of_the_same_demand_names_its_target(targets):
    got = targets("Russia handed over a memorandum on Monday setting out its conditions for ending the war, "
                  "demanding that Kyiv cede more territory.")
    assert got == {("demands", "russia", "ukraine")}


def test_a_cue_after_and_a_new_subject_is_that_subjects(targets):
    """'Trump spoke ..., and X had urged him to ...': X's demand, never Trump's."""
    assert targets("Donald Trump spoke to reporters on Monday, and European leaders had urged him to impose "
                   "new sanctions on Russia.") == set()
    assert targets("Donald Trump spoke to reporters on Monday, and Germany had urged him to impose "
                   "new sanctions on Russia.") == {("demands", "germany", "donald-trump")}


def test_what_another_demanded_is_theirs_and_a_participle_after_it_is_not(summaries):
    """'Mr. Putin did not agree to the cease-fire that Mr. Trump has demanded, saying ...': the
    demand is Trump's (after a title with a full stop too), told without what Putin was saying."""
    got = summaries("But Mr. Putin did not agree to the immediate 30-day cease-fire that Mr. Trump has demanded, "
                    "saying only that a truce could come later.")
    assert got == {"donald-trump": "The immediate 30-day cease-fire that Mr. Trump has demanded."}


SUMMARY_CASES = [
    # --- a party's people named after it: the summary says whose they are
    ("Meanwhile, in Brussels, EU foreign ministers agreed to prepare a new package of sanctions against Russia.",
     {"european-union": "The European Union’s foreign ministers agreed to prepare a new package of sanctions "
                        "against Russia."}),
    ("US officials proposed a meeting in Riyadh next week.",
     {"united-states": "The United States’ officials proposed a meeting in Riyadh next week."}),
    # a noun cue owned by "its", as a preposition's object, is told from the noun (and the writer's
    # gloss, ", a phrase the Kremlin uses for …", is no part of what Putin insisted on)
    ("Putin insisted that the root causes be eliminated, a phrase the Kremlin uses for its demands that Ukraine "
     "renounce NATO membership.",
     {"russia": "Russia’s demands that Ukraine renounce NATO membership.",
      "vladimir-putin": "Vladimir Putin insisted that the root causes be eliminated."}),
    ("Washington's envoy proposed a meeting in Riyadh next week.",
     {"united-states": "The United States’ envoy proposed a meeting in Riyadh next week."}),
    # an institution named by its state's adjective and then a title is told as written
    ("The Russian Foreign Ministry head also called on European countries to stop supplying weapons to Ukraine.",
     {"russia": "The Russian Foreign Ministry head also called on European countries to stop supplying weapons "
                "to Ukraine."}),
    ("The minister said Russia sent military aid and demanded that Ukraine withdraw.",
     {"russia": "Russia sent military aid and demanded that Ukraine withdraw."}),
    # --- "X said A and warned B": the claim is told from its own verb
    ("US Secretary of State Marco Rubio said the agreement was “an important moment” and warned that there "
     "would be “severe penalties” for any party that violated it.",
     {"marco-rubio": "Marco Rubio warned that there would be “severe penalties” for any party that violated it."}),
    # --- parties named together, each told alone: the verb and its "they" in the singular
    ("Both Kyiv and Moscow have said they are open to talks on a prisoner exchange.",
     {"ukraine": "Ukraine has said it is open to talks on a prisoner exchange.",
      "russia": "Russia has said it is open to talks on a prisoner exchange."}),
    ("Russia says they must withdraw from the four regions first.",
     {"russia": "Russia says they must withdraw from the four regions first."}),
    # --- an apposition after the name keeps both its commas; a list set off by dashes loses its closing dash
    ("Jan Novak, senior Ruritanian adviser for Africa, urged both sides to accept the ceasefire immediately.",
     {"jan-novak": "Jan Novak, senior Ruritanian adviser for Africa, urged both sides to accept the ceasefire "
                   "immediately."}),
    ("The Quad - the United States, Saudi Arabia, Egypt and Qatar - proposed in September a three-month truce.",
     {"united-states": "The United States proposed in September a three-month truce.",
      "saudi-arabia": "Saudi Arabia proposed in September a three-month truce.",
      "egypt": "Egypt proposed in September a three-month truce.",
      "qatar": "Qatar proposed in September a three-month truce."}),
    # --- a summary tells its own claim and nothing else
    # "X rejected the condition and called on Y …": the demand, not what X rejected
    ("Ukrainian Foreign Minister Andrii Sybiha rejected the condition and called on Russia to agree to an "
     "unconditional 30-day truce.",
     {"andrii-sybiha": "Andrii Sybiha called on Russia to agree to an unconditional 30-day truce."}),
    # ", a day after …": when the claim was made, not what it is
    ("Ukrainian President Volodymyr Zelensky on Tuesday called on Russia to accept a full ceasefire, a day after US "
     "President Donald Trump spoke with Vladimir Putin for more than two hours.",
     {"volodymyr-zelensky": "Volodymyr Zelensky on Tuesday called on Russia to accept a full ceasefire."}),
    # told from its owner, without what the sentence's subject was doing (", saying …")
    ("The Kremlin on Sunday dismissed a European demand for an immediate 30-day ceasefire, saying Moscow would not "
     "negotiate under threat of sanctions.",
     {"european-union": "A European demand for an immediate 30-day ceasefire."}),
    # a trailing attribution to the actor's own people goes; one to someone else stays, it is their word for it
    ("China has called for all parties to support peace talks, foreign ministry spokesperson Mao Ning said.",
     {"china": "China has called for all parties to support peace talks."}),
    ("Pope Leo XIV has offered the Vatican as a venue for direct negotiations, Italian Prime Minister Giorgia "
     "Meloni said.",
     {"pope-leo-xiv": "Pope Leo XIV has offered the Vatican as a venue for direct negotiations, Italian Prime "
                      "Minister Giorgia Meloni said."}),
    # ", according to X": an attribution like ", X said"; when the circumstance of the saying follows, still one
    ("Russia set out its conditions for a settlement, according to Russian negotiator Vladimir Medinsky.",
     {"russia": "Russia set out its conditions for a settlement."}),
    ("Pope Leo XIV has offered the Vatican as a venue for direct negotiations between Russia and Ukraine, Italian "
     "Prime Minister Giorgia Meloni said on Tuesday after speaking to the pontiff.",
     {"pope-leo-xiv": "Pope Leo XIV has offered the Vatican as a venue for direct negotiations between Russia and "
                      "Ukraine, Italian Prime Minister Giorgia Meloni said on Tuesday after speaking to the pontiff."}),
    # the attribution is who said it; a party named in when they said it does not make it another's report
    ("Moscow is ready to work with Kiev on a memorandum on a possible future peace treaty, Russian President Vladimir "
     "Putin told reporters after his telephone conversation with US President Donald Trump.",
     {"russia": "Russia is ready to work with Kiev on a memorandum on a possible future peace treaty."}),
    # an offer named before its cue ends where the clause does
    ("Kyiv accepted the ceasefire that Russia had offered, and talks began on Friday.",
     {"russia": "The ceasefire that Russia had offered."}),
    # a hedge before "and <past tense>" belongs to the first predicate; the second is the speaker's own act
    ('Kremlin spokesman Dmitry Peskov said it was "wrong to expect immediate solutions" and warned Europe against '
     '"encouraging Kyiv\'s illusions".',
     {"dmitry-peskov": 'Dmitry Peskov warned Europe against "encouraging Kyiv\'s illusions".'}),
    # "the Kremlin said Russia would only …": the condition is Russia's, told once
    ("The Kremlin said Russia would only agree to a ceasefire if Western arms deliveries stopped.",
     {"russia": "Russia would only agree to a ceasefire if Western arms deliveries stopped."}),
    ("Donald Trump emphasised that the United States was interested in an end to the conflict and expressed "
     "readiness to continue mediation.", {"donald-trump": "Donald Trump expressed readiness to continue mediation."}),
    # a condition after "… and said that …" is told from that second statement
    ('Zelensky accused the Kremlin of "buying time" and said that if Russia refused a full ceasefire, the West must '
     'impose tougher sanctions.',
     {"volodymyr-zelensky": "Volodymyr Zelensky said that if Russia refused a full ceasefire, the West must impose "
                            "tougher sanctions."}),
    # ", after speaking with …": when, not what
    ("Volodymyr Zelensky has said Ukraine is ready for a full ceasefire and direct talks with Russia in any format, "
     "after speaking with Donald Trump.",
     {"ukraine": "Ukraine is ready for a full ceasefire and direct talks with Russia in any format."}),
    # ", but made no commitment …": another thing the speaker did, irregular past or not
    ("Putin said Moscow was ready to work with Kyiv on a memorandum for a future peace deal, but made no commitment "
     "to a truce.", {"russia": "Russia was ready to work with Kyiv on a memorandum for a future peace deal."}),
    # "said, adding that …": told from the second verb of saying
    ('"The conversation was useful," Yuri Ushakov said, adding that any summit would require careful preparation.',
     {"yuri-ushakov": "Yuri Ushakov added that any summit would require careful preparation."}),
    # ", although he called for …": told from the turn, as after ", but"
    ("Slovak Prime Minister Robert Fico has said his country will not block the package, although he called for an "
     "exemption for Slovak oil imports.", {"robert-fico": "Robert Fico called for an exemption for Slovak oil imports."}),
    # "X, who has threatened … if …, said …": the threat is told from the relative clause and aims at
    # no one named after it, and what X then said stands on its own
    ("Trump, who has repeatedly threatened to walk away if progress is not made, said the Vatican was interested in "
     "hosting the talks.",
     {"donald-trump": "Donald Trump has repeatedly threatened to walk away if progress is not made.",
      "vatican": "The Vatican was interested in hosting the talks."}),
    # a sentence ending on a quotation ends the summary with a full stop after it
    ("Zelenskyy said Ukraine was ready for a meeting with Putin “at any moment”.",
     {"ukraine": "Ukraine was ready for a meeting with Putin “at any moment”."}),
    ("President Volodymyr Zelensky of Ukraine said Kyiv was ready for direct talks with Russia “in any format,” but "
     "insisted that Ukraine would not accept any demand to withdraw its troops.",
     {"ukraine": "Ukraine was ready for direct talks with Russia “in any format”.",
      "volodymyr-zelensky": "Volodymyr Zelensky insisted that Ukraine would not accept any demand to withdraw its "
                            "troops."}),
    # what a party has been pushing for, or it and its allies have called for, is named before the cue
    ("The Kremlin leader did not agree to the unconditional 30-day ceasefire that Ukraine has been pushing for.",
     {"ukraine": "The unconditional 30-day ceasefire that Ukraine has been pushing for."}),
    ("Putin did not agree to the ceasefire that Ukraine and its allies have demanded.",
     {"ukraine": "The ceasefire that Ukraine and its allies have demanded."}),
    # "said X was stalling and called on him to …": the speaker calls on X, named in place of "him"
    ('Britain\'s Foreign Secretary David Lammy said Putin was "still stalling" and called on him to agree to a '
     '"full and unconditional ceasefire".',
     {"david-lammy": 'David Lammy called on Vladimir Putin to agree to a "full and unconditional ceasefire".'}),
    # "… and that …" before the cue: what was said is told from the second "that", and the speaker from
    # where the sentence names him when a pronoun says the verb nearest the cue
    ("Ukrainian President Volodymyr Zelenskyy said he had told Trump that Ukraine would not withdraw troops from its "
     "territory and that any decisions about Ukraine must not be made without it.",
     {"volodymyr-zelensky": "Volodymyr Zelensky said that any decisions about Ukraine must not be made without it."}),
    ("Kremlin spokesman Dmitry Peskov said there were no concrete plans for a new round of negotiations and that any "
     "venue would have to be agreed by both sides.",
     {"dmitry-peskov": "Dmitry Peskov said that any venue would have to be agreed by both sides."}),
    # "they were ready", told of one body, is singular
    ("Finance ministers from the Group of Seven said on Thursday they were ready to explore all options to maximise "
     "pressure on Russia.", {"g7": "G7 was ready to explore all options to maximise pressure on Russia."}),
    # "… and that …" and "… but that …": a second thing reported
    ("Sergei Ryabkov said Moscow was ready for negotiations but that ultimatums were unacceptable.",
     {"russia": "Russia was ready for negotiations."}),
    ("Zelensky said Pope Leo XIV had offered to host talks and that Kyiv welcomed the offer.",
     {"pope-leo-xiv": "Pope Leo XIV had offered to host talks.", "ukraine": "Ukraine welcomed the offer."}),
    # --- a cue closing the sentence can hold the whole claim
    # (the empty rest after "if diplomacy failed" or "ready for a prisoner swap" is no sign that what
    # is demanded came before the cue, as it is after "… that Ruritania has demanded.")
    ("President Donald Trump said he wanted a deal with Iran but warned that the United States would use force if "
     "diplomacy failed.",
     {"donald-trump": "Donald Trump warned that the United States would use force if diplomacy failed."}),
    ('"We are not going to withdraw from our land," Zelensky said, adding that Ukraine was ready for a prisoner swap.',
     {"ukraine": "Ukraine was ready for a prisoner swap."}),
    # --- a participle that makes the claim is told as what the actor did
    ("Trump held separate phone conversations with Putin and Zelensky, urging both sides to end the conflict.",
     {"donald-trump": "Donald Trump urged both sides to end the conflict."}),
    ("Ukraine strongly objected, demanding an immediate ceasefire before negotiations.",
     {"ukraine": "Ukraine demanded an immediate ceasefire before negotiations."}),
    ("Despite Ukraine previously calling for Russia to return occupied lands, the US has suggested Kyiv might have "
     "to cede territory.",
     {"ukraine": "Ukraine previously called for Russia to return occupied lands.",
      "united-states": "The United States has suggested Kyiv might have to cede territory."}),
    # a participle with no regular past tense is told as written
    ("Zelensky spoke with European leaders on Monday, seeking a new round of sanctions against Russia.",
     {"volodymyr-zelensky": "Volodymyr Zelensky spoke with European leaders on Monday, seeking a new round of "
                            "sanctions against Russia."}),
    # --- a state's name reads as a subject: "The Netherlands was ready", not "Netherlands was ready"
    ("Dutch Prime Minister Dick Schoof said the Netherlands was ready to contribute to security guarantees.",
     {"netherlands": "The Netherlands was ready to contribute to security guarantees."}),
    # --- "told X …" without "that": what was told opens after whom it was told
    ("A Hamas official told Reuters the group is ready to release ten hostages.",
     {"hamas": "Hamas is ready to release ten hostages."}),
    ("Russian President Vladimir Putin told Trump Russia wants Ukraine to withdraw from four regions.",
     {"russia": "Russia wants Ukraine to withdraw from four regions."}),
    # --- "it" after a concessive is the state or body the clause before was about, not the speaker
    ("Iranian Foreign Minister Abbas Araghchi said on Sunday that Iran would not give up enrichment, though it is "
     "ready to offer guarantees to its neighbours.",
     {"iran": "Iran is ready to offer guarantees to its neighbours.",
      # (and the refusal before it is a red line, told without the offer)
      "abbas-araghchi": "Abbas Araghchi said on Sunday that Iran would not give up enrichment."}),
    # --- "according to" whom, and where they said it, is no part of the offer
    ("Iran is ready to resume talks with the United States on a new agreement, according to Iranian Foreign "
     "Minister Abbas Araghchi in an interview with Arden TV.",
     {"iran": "Iran is ready to resume talks with the United States on a new agreement."}),
    # --- a body the text names with "the" keeps it (but "the Kremlin" is told as Russia)
    ("On Monday the European Commission proposed to list a dozen more banks.",
     {"european-commission": "The European Commission proposed to list a dozen more banks."}),
    ("The Kremlin stressed that any meeting would require intense preparation.",
     {"russia": "Russia stressed that any meeting would require intense preparation."}),
    # --- who reiterates a party's call (a plural's possessive too) makes it, told from them
    ("Secretary of State Marco Rubio reiterated the United States' call for an immediate ceasefire.",
     {"marco-rubio": "Marco Rubio reiterated the United States' call for an immediate ceasefire."}),
    # --- "but" and a verb in the present turns to another claim, told alone
    ("The Kremlin has repeatedly said the talks were useful, but insists Ukraine must first withdraw from four "
     "regions.", {"russia": "Russia insists Ukraine must first withdraw from four regions."}),
    # --- a quote after a colon is told from the speaker's name, without the title and what led in
    ("In a post on X, Polish Prime Minister Donald Tusk wrote: “Europe must stand with Ukraine.”",
     {"donald-tusk": "Donald Tusk wrote: “Europe must stand with Ukraine.”"}),
    # --- a trailing ", X said." is cut even when X is a name the gazetteer does not know
    ("Ukraine has proposed a meeting of the two presidents before the end of August, Novak said.",
     {"ukraine": "Ukraine has proposed a meeting of the two presidents before the end of August."}),
    # --- "responded by proposing …" is how the subject acted, no speech whose subject is missing
    ("Russian President Vladimir Putin responded on Sunday by proposing direct talks with Ukraine.",
     {"vladimir-putin": "Vladimir Putin responded on Sunday by proposing direct talks with Ukraine."}),
    # --- a red line, what a party will not allow or accept, is a demand
    ("Israel will not allow Hamas to remain in power in Gaza, Netanyahu said.",
     {"israel": "Israel will not allow Hamas to remain in power in Gaza."}),
    # ... but a proposal it will not accept is only refused
    ("The Kremlin said it would not accept the European proposal for a 30-day ceasefire.",
     {"european-union": "The European proposal for a 30-day ceasefire."}),
    # --- a state's adjective before its representatives speaks for the state, each of two coordinated
    ("Russian officials proposed holding the next round of talks in Istanbul.",
     {"russia": "Russia’s officials proposed holding the next round of talks in Istanbul."}),
    ("Russian and Ukrainian negotiators agreed to exchange prisoners.",
     {"russia": "Russia’s negotiators agreed to exchange prisoners.",
      "ukraine": "Ukraine’s negotiators agreed to exchange prisoners."}),
    # --- "the administration" in what an official says is the official's own state
    ("A senior U.S. official said the administration was prepared to lift some sanctions if Moscow agreed to "
     "a ceasefire.",
     {"united-states": "The United States was prepared to lift some sanctions if Moscow agreed to a ceasefire."}),
    # --- asking, lobbying, arguing for something calls for it
    ("Poland asked for more air defence systems to be deployed along its border.",
     {"poland": "Poland asked for more air defence systems to be deployed along its border."}),
    ("Ukraine lobbied for a special tribunal to prosecute the leaders.",
     {"ukraine": "Ukraine lobbied for a special tribunal to prosecute the leaders."}),
    # --- interest expressed in mediating is an offer, and the one who expressed it makes it
    ("Trump said the two sides would start negotiations and that Saudi Arabia had expressed interest in mediating "
     "between them.", {"saudi-arabia": "Saudi Arabia had expressed interest in mediating between them."}),
    # --- "said in a statement on Monday that it was ready": "it" after where and when it was said
    ("The Kremlin said in a statement on Monday that it was ready to resume talks.",
     {"russia": "Russia was ready to resume talks."}),
    # --- a call one voices as one's own ("reiterated his call for") is a call made; another's rejected is not
    ("US President Donald Trump reiterated his call for an immediate ceasefire.",
     {"donald-trump": "Donald Trump reiterated his call for an immediate ceasefire."}),
    ("Russia rejected his call for a ceasefire.", {}),
    # --- a participle of saying after the subject's act is told as its saying
    ("Hamas responded to the proposal on Saturday, emphasizing that any agreement must end the war.",
     {"hamas": "Hamas emphasized that any agreement must end the war."}),
    # --- what the party did not do, after "but", is no part of its offer
    ("Vladimir Putin said he was ready to work with Ukraine on a memorandum, but did not respond to calls for "
     "an unconditional ceasefire.",
     {"vladimir-putin": "Vladimir Putin was ready to work with Ukraine on a memorandum."}),
    # --- a guillemet dropped with the start of the quote leaves no double space
    ("« Ukraine is ready for talks. And if Russia keeps setting conditions, there must be consequences, » "
     "Volodymyr Zelensky said.",
     {"ukraine": "Ukraine is ready for talks.",
      "volodymyr-zelensky": "If Russia keeps setting conditions, there must be consequences, Volodymyr Zelensky said."}),
    # --- stressing the importance of something calls for it
    ("Turkey stressed the importance of continuing direct talks between Russia and Ukraine.",
     {"turkey": "Turkey stressed the importance of continuing direct talks between Russia and Ukraine."}),
    # ... but the importance of understanding something is a thought, not a step anyone takes
    ("Turkey stressed the importance of understanding why Russia and Ukraine distrust each other.", {}),
]


@pytest.mark.parametrize("sentence, expected", SUMMARY_CASES)
def test_what_each_summary_says(summaries, sentence, expected):
    assert summaries(sentence) == expected


def test_a_second_statement_after_and_is_a_fact_told_from_its_own_verb(config):
    """"called for sanctions and emphasized: “We must pressure Russia …”": an offer, then a demand."""
    body = ("Zelenskyy called for increased sanctions against Moscow and emphasized: “We must pressure Russia until it "
            "is willing to stop the war”.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [(f.actor, f.target, f.summary) for f in content.demands] == [
        ("volodymyr-zelensky", "russia",
         "Volodymyr Zelensky emphasized: “We must pressure Russia until it is willing to stop the war”.")]
    assert [f.summary for f in content.proposals] == ["Volodymyr Zelensky called for increased sanctions against Moscow."]


def test_what_analysts_said_is_no_part_of_the_offer(summaries):
    got = summaries("The Russian leader said Moscow was ready to work with Kyiv, but analysts said he was playing "
                    "for time.")
    assert got == {"russia": "Russia was ready to work with Kyiv."}


def test_the_target_is_the_titled_person_not_their_state(targets):
    assert targets("German Chancellor Friedrich Merz called on US President Donald Trump to support new "
                   "sanctions against Russia.") == {("demands", "friedrich-merz", "donald-trump")}


def test_a_condition_a_party_must_meet_is_not_its_own_demand(claims):
    """'(a draft stipulates that) Ruritania must withdraw … as a condition for signature': asked of
    Rwanda by whoever sets the condition, never Rwanda's demand."""
    assert claims("A draft accord says that Rwanda must pull its forces out of Congo as a condition for "
                  "signing it.") == set()


def test_countermeasures_held_over_a_party_are_a_demand_of_it(targets):
    """'would take resolute countermeasures if Washington …': a threat, aimed at the United States."""
    assert targets("China's Commerce Ministry said Beijing would take resolute countermeasures if Washington "
                   "insisted on raising tariffs.") == {("demands", "china", "united-states")}
    assert targets("Canada said it would retaliate with tariffs of its own on US goods.") == {
        ("demands", "canada", "united-states")}


def test_a_party_naming_when_is_no_target(targets):
    """'during the UN General Assembly': when the talks would start, not with whom."""
    assert targets("Iran is ready to open talks during the U.N. General Assembly in New York.") == {
        ("proposals", "iran", None)}


def test_parties_placed_by_a_locative_adjective_are_no_target(targets):
    """'a meeting between Russian and Ukrainian negotiators': where the meeting is, not to whom
    the offer is made."""
    assert targets("Finland was ready to host a meeting between Russian and Ukrainian negotiators if both sides "
                   "wished.") == {("proposals", "finland", None)}


def test_a_party_in_a_time_clause_is_no_target(targets):
    """', a day after Trump spoke with Putin': when the offer came, not to whom."""
    assert targets("Turkey is ready to host the next round of talks between Russia and Ukraine, a day after "
                   "Donald Trump spoke with Vladimir Putin.") == {("proposals", "turkey", None)}


@pytest.mark.parametrize("sentence, expected", [
    ("Greece and Turkey agreed to a ceasefire on Saturday after US pressure and diplomacy.",
     {("proposals", "greece", None), ("proposals", "turkey", None)}),
    ("Hamas agreed to the truce amid Egyptian mediation.", {("proposals", "hamas", None)}),
    ("Turkey offered to host the talks despite Russia's objections.", {("proposals", "turkey", None)}),
    # ... but a party that is the subject of a clause of its own there is asked
    ("Turkey said it would only discuss a ceasefire after Greek forces withdraw from the islands.",
     {("demands", "turkey", "greece")}),
])
def test_a_party_that_only_qualifies_the_circumstances_is_no_target(targets, sentence, expected):
    """'after US pressure', 'amid Egyptian mediation': why or when the step came, not to whom it is offered."""
    assert targets(sentence) == expected


def test_a_long_title_before_the_name_still_ends_what_is_offered(summaries, targets):
    """', Greek Deputy Prime Minister and Foreign Minister Hanna Berg announced.': who reports it, left out."""
    sentence = ("Greece has agreed to extend the ceasefire until May 18, Greek Deputy Prime Minister and Foreign "
                "Minister Hanna Berg announced.")
    assert summaries(sentence) == {"greece": "Greece has agreed to extend the ceasefire until May 18."}
    assert targets(sentence) == {("proposals", "greece", None)}


def test_a_partys_demands_about_something_are_its_own_not_the_subjects(targets):
    """'disagreed with Turkey's demands concerning certain preconditions': Turkey demands; the
    preconditions are what its demands are about, no demand of Greece's."""
    assert targets("Greece expressed disagreement with Turkey’s demands concerning certain preconditions for "
                   "signing a peace agreement.") == {("demands", "turkey", None)}


@pytest.mark.parametrize("sentence, expected", [
    # "calls" as the object of a verb that does not voice them: no one calls for anything
    ("Turkey insists on changes to the treaty, arguing that it contains direct calls for the unification of "
     "Cyprus with Greece.", {("demands", "turkey")}),
    ("Greece ignored repeated calls for a ceasefire in the region.", set()),
    # ... but renewing or issuing calls is calling
    ("Greece renewed calls for a ceasefire in the region.", {("proposals", "greece")}),
    ("Greece issued fresh calls for a ceasefire in the region.", {("proposals", "greece")}),
    ("Greece repeatedly calls for a ceasefire in the region.", {("proposals", "greece")}),
])
def test_calls_after_a_verb_are_a_noun_unless_the_verb_voices_them(claims, sentence, expected):
    assert claims(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Greece will not sign a treaty with Turkey unless the latter withdraws its ships.",
    "Greece will not sign a treaty with Turkey unless it withdraws its ships.",
    "Greece told Turkey and Cyprus it would not sign the treaty unless the former withdraws its ships.",
])
def test_the_party_a_condition_names_by_a_pronoun_or_as_the_latter_is_asked(targets, sentence):
    assert targets(sentence) == {("demands", "greece", "turkey")}


@pytest.mark.parametrize("sentence, expected", [
    ("China said it will cut tariffs on US goods from 125 per cent to 10 per cent for 90 days.",
     {("proposals", "china", "united-states")}),
    ("The ministry also indicated that China would suspend or remove certain retaliatory measures imposed on "
     "the US.", {("proposals", "china", "united-states")}),
    ("Greece said it would withdraw its ships from the disputed waters.", {("proposals", "greece", None)}),
    ("The minister said that Greece will unilaterally hand over 6,000 bodies of the dead.",
     {("proposals", "greece", None)}),
    # a penalty, a refusal or a guess is no offer
    ("Greece said it would cut aid to Turkey.", set()),
    ("Greece said it would not lift sanctions on Turkey.", set()),
    ("Analysts expect that Greece will lift sanctions next year.", set()),
    # ... and a step offered for a condition asks the condition's subject
    ("Turkey will withdraw its troops from northern Cyprus only if Greece ends its blockade.",
     {("demands", "turkey", "greece")}),
    ("The minister said Greece would stop its attacks if Turkey would.", {("demands", "greece", "turkey")}),
])
def test_a_step_easing_what_weighs_on_the_other_side_is_offered(targets, sentence, expected):
    assert targets(sentence) == expected


def test_the_group_a_speaker_of_no_body_names_is_the_group_named_before(targets):
    """'Jane Doe said the US would stop bombing the Houthis, saying the group had agreed …': the
    group is the Houthis (she belongs to none), and stopping the bombing is an offer of its own."""
    assert targets("US President Donald Trump announced that the US will stop bombing the Houthis, saying the "
                   "group had agreed to stop interrupting shipping lanes in the Red Sea.") == {
        ("proposals", "united-states", "houthis"), ("proposals", "houthis", None)}


@pytest.mark.parametrize("sentence, expected", [
    ("“The Armenians must change their constitution,” said Foreign Minister Jan Novak.",
     {("demands", "jan-novak", "armenia")}),
    ("The Israelis have agreed to a ceasefire, the minister said.", {("proposals", "israel", None)}),
])
def test_a_states_people_in_the_plural_stand_for_the_state(targets, sentence, expected):
    assert targets(sentence) == expected


def test_a_research_notes_number_is_no_part_of_a_summary(summaries):
    got = summaries("The talks lasted an hour.[3] Greece proposed a two-day truce to retrieve bodies from the "
                    "battlefield.[4] Jane Doe stated that talks would go on.[5]")
    assert got == {"greece": "Greece proposed a two-day truce to retrieve bodies from the battlefield."}


def test_russia_written_in_lowercase_is_russia(targets):
    """Some Ukrainian outlets write Russia's names in lowercase on purpose; the gazetteer lists them."""
    assert targets("The kremlin's position remains unchanged: russia demands the withdrawal of Ukrainian troops "
                   "from four regions.") == {("demands", "russia", "ukraine")}


@pytest.mark.parametrize("sentence, expected", [
    # warning a party not to do something asks it of that party
    ("Turkey warned Greece and Cyprus to not engage in any intrigues that could disrupt the talks.",
     {"turkey": "Turkey warned Greece and Cyprus to not engage in any intrigues that could disrupt the talks."}),
    # an outlet's "reported" ends the claim (and the quote cut there is told without its marks, as
    # after a speaker's name)
    ("Turkey warned Greece not to disrupt “this emerging process,” AFP reported.",
     {"turkey": "Turkey warned Greece not to disrupt this emerging process."}),
    # one unspaced em dash opens a comment on the claim; two enclose an aside inside it
    ("Turkey is demanding that Greece withdraw from the islands—a steep price Athens has rejected.",
     {"turkey": "Turkey is demanding that Greece withdraw from the islands."}),
    ("Turkey insisted that the Greek bases—Rhodes, Kos and Lesbos—must be dismantled.",
     {"turkey": "Turkey insisted that the Greek bases—Rhodes, Kos and Lesbos—must be dismantled."}),
])
def test_warnings_outlets_and_dashes_in_summaries(summaries, sentence, expected):
    assert summaries(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a party that qualifies the name of what is offered is not whom it is offered to
    ("Turkey offered NATO Article 5 security guarantees to Cyprus if a deal is reached.",
     {("proposals", "turkey", "cyprus")}),
    # ... but one the offer is made to stays the target ("similar to NATO's" names no recipient)
    ("Greece proposed providing Cyprus with security guarantees similar to NATO's article five.",
     {("proposals", "greece", "cyprus")}),
])
def test_whom_an_offer_is_made_to(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # who reports the offer is not whom it is made to: after the quote, or with the call's circumstances
    ("“Greece would be very interested in hosting the negotiations,” wrote Jan Novak via his account.",
     {("proposals", "greece", None)}),
    ("Greece has expressed readiness to host the next round of talks, Foreign Minister Jan Novak said on Tuesday, "
     "following a call with Turkey.", {("proposals", "greece", None)}),
    # nor are those who welcomed it, nor a party it mentions "without" asking anything of it
    ("Greece has offered to host the talks in a gesture welcomed by US and European leaders.",
     {("proposals", "greece", None), ("proposals", "united-states", None)}),
    ("Greece said it could act as a mediator in global conflicts, without specifically mentioning Turkey.",
     {("proposals", "greece", None)}),
    ("Greece would make its islands available for a direct meeting between the two parties.",
     {("proposals", "greece", None)}),
    ("President Jan Novak said on Tuesday that Greece would be the “ideal host” for any talks.",
     {("proposals", "greece", None)}),
])
def test_offers_of_a_role_or_a_place_and_whom_they_are_made_to(targets, sentence, expected):
    assert targets(sentence) == expected


def test_a_stance_voiced_after_a_phrase_between_verb_and_noun_is_the_voicers(targets):
    """'confirmed during a call with Turkey its willingness to host …': the call is no label given."""
    assert targets("Greece confirmed during a call with Turkey its willingness to host the next round of "
                   "negotiations.") == {("proposals", "greece", None)}


@pytest.mark.parametrize("sentence, expected", [
    # a state's bare name before a plan names what the plan is about, not whose it is
    ("Jan Novak said European leaders had agreed to draw up a Cyprus peace plan to present to the United States.",
     set()),
    # sanctions that would grow if a party stalls are held over it
    ("Germany said sanctions on Russia would increase if Moscow drags its feet.",
     {("demands", "germany", "russia")}),
])
def test_plans_about_a_state_and_sanctions_that_would_grow(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a belief about another's readiness is no offer, of either
    "Jan Novak said that Greece believes Turkey is ready for compromises, and that direct talks matter most.",
    # a purpose tells what a step is for, not a stance anyone took
    "Jan Novak said he would like a ceasefire first so that the Turks can demonstrate their willingness to end the war.",
    # a plan relayed to someone is no plan "to" do anything
    "Jan Novak said Greece relayed the plan to Turkish President Recep Tayyip Erdogan in a call.",
])
def test_beliefs_purposes_and_plans_relayed_claim_nothing(claims, sentence):
    assert claims(sentence) == set()


def test_a_proposal_named_again_with_a_demonstrative_is_no_new_claim(claims):
    assert claims("Foreign Minister Jan Novak arrived in Budapest. “Everyone knows about this initiative of "
                  "the Pope’s,” Novak was quoted as saying by Tass.") == set()


def test_a_party_inside_an_opening_quote_is_no_speaker_nor_subject_of_the_sentence(claims):
    """'“We called for Turkey to …,” the diplomats said. They also warned …': Turkey neither said it
    nor is the "they" who warned."""
    assert claims("“We called for Turkey to reciprocate by agreeing to a ceasefire on equal terms,” the diplomats "
                  "said. They also warned that if Turkey fails to agree, the EU would consider further "
                  "sanctions.") == set()


def test_they_after_two_parties_named_together_is_both(targets):
    """'Greece and Turkey met in Geneva. They agreed to a prisoner exchange.': both did."""
    assert targets("Greece and Turkey met in Geneva on Monday. They agreed to a prisoner exchange.") == {
        ("proposals", "greece", None), ("proposals", "turkey", None)}


def test_a_party_named_after_a_colon_in_a_quote_opened_by_they_makes_the_claim(claims):
    """'“They differ over the modalities: Greece demands a ceasefire before talks begin,” X said.'"""
    assert ("demands", "greece") in claims(
        "Foreign Minister Jan Novak spoke. “They have some differences over the modalities: Greece demands a "
        "ceasefire before talks begin,” Novak told a press conference.")


def test_a_passive_offer_after_told_them_that_is_told_from_the_clause(summaries):
    got = summaries("Jan Novak told them that Greece will gladly host the two sides in Athens as suggested by "
                    "Turkey over the weekend.")
    assert got["turkey"] == "Greece will gladly host the two sides in Athens as suggested by Turkey over the weekend."


@pytest.mark.parametrize("sentence, expected", [
    # whom the speaker told it, and what the speaker went on to do, end the offer
    ("Turkey is ready to host negotiations, President Jan Novak told President Hanna Berg on Sunday, describing "
     "the moment as a “historic turning point”.", {"turkey": "Turkey is ready to host negotiations."}),
    ("Greece is ready to host the talks, Foreign Minister Jan Novak said, adding that Turkey must withdraw its ships.",
     {"greece": "Greece is ready to host the talks.", "jan-novak": "Jan Novak added that Turkey must withdraw its ships."}),
])
def test_a_trailing_attribution_with_an_addressee_or_a_participle_ends_the_claim(summaries, sentence, expected):
    assert summaries(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb of threatening has its own subject, whoever reports it
    ("Greece said on Monday that Turkey had repeatedly threatened to close the strait.",
     {"turkey": "Turkey had repeatedly threatened to close the strait."}),
    # ... and a thing that threatens threatens no one on anyone's behalf
    ("Foreign Minister Jan Novak said that provisions of the old treaty threaten the country with war.", {}),
])
def test_who_threatens_is_the_subject_of_the_verb_of_threatening(summaries, sentence, expected):
    assert summaries(sentence) == expected


def test_what_a_party_wants_done_first_is_its_proposal_asked_of_no_one_in_the_purpose(targets):
    assert targets("Foreign Minister Jan Novak said Greece would like the first step to be a ceasefire so that "
                   "the Turks can demonstrate their willingness to end the war.") == {("proposals", "greece", None)}


def test_a_party_thanked_for_its_offer_is_told_as_the_owner_of_it(summaries):
    got = summaries("Jan Novak on Tuesday thanked Greece for its offer to host talks on the islands.")
    assert got == {"greece": "Greece’s offer to host talks on the islands."}


def test_a_day_between_said_and_the_pronoun_keeps_the_offer(summaries):
    got = summaries("Turkey said Wednesday it was ready to host a new round of talks in Istanbul.")
    assert got == {"turkey": "Turkey was ready to host a new round of talks in Istanbul."}


def test_a_demand_named_with_an_adjective_is_a_noun_not_a_verb(claims):
    """'rejected an Israeli demand that it disarm': the demand rejected is no demand of the subject's."""
    assert ("demands", "turkey") not in claims(
        "Turkey said it would keep mediating but rejected an Israeli demand that it close its airspace.")


def test_a_modal_binds_its_own_subject_even_when_that_is_no_party(targets):
    """'the West must stop arming Kyiv': a demand of the West, not of Ukraine."""
    assert targets("Russian Foreign Ministry spokeswoman Maria Zakharova said the West must stop arming Kyiv.") == {
        ("demands", "maria-zakharova", None)}


def test_dismissing_something_as_an_ultimatum_makes_no_demand(claims):
    assert claims("Zelensky dismissed the Russian memorandum as an ultimatum that no country could accept.") == set()
    assert claims("Ukrainian officials described the document as an ultimatum.") == set()


@pytest.mark.parametrize("sentence, expected", [
    # "told Trump that Russia was ready to": what was told is no instruction to Trump
    ("According to the Kremlin, Putin told Trump that Russia was ready to work with Ukraine on a memorandum.",
     {("proposals", "russia", "ukraine")}),
    # "would not impose sanctions" threatens nothing
    ("The White House said Trump would not impose new sanctions for now, hoping talks would make progress.", set()),
    # told whom the cue names, and the Europeans are no listed party
    ("Zelensky told the Europeans to keep up the pressure on Moscow at the summit.", set()),
    # ", which Moscow has so far rejected": not to whom the offer is made
    ("Kyiv has offered a 30-day ceasefire, which Moscow has so far rejected.", {("proposals", "ukraine", None)}),
    # Ukraine's allies are not Ukraine, and what they want of Russia is no Russian offer
    ("Ukraine's allies want Russia to agree to a full ceasefire before any talks on territory.", set()),
    # a party in a relative clause is neither the subject nor who "they" are
    ("European leaders, who spoke with Trump after the call, said they would push for more sanctions.", set()),
    # the party of a condition before a quote is no speaker: the quote's speaker makes the demand, of that party
    ('Zelensky warned that if Russia kept stalling, "there must be stronger sanctions."',
     {("demands", "volodymyr-zelensky", "russia")}),
    # and a party a quoted modal binds is asked, not asking
    ('Zelensky said that Russia "must withdraw its troops" from all the occupied land.',
     {("demands", "volodymyr-zelensky", "russia")}),
    # a past tense after "and" goes back to "said", not to what the reported party would do
    ("Zelensky said Ukraine would not withdraw from its own territory and called on the United States not to "
     "decide anything about Ukraine without Ukraine.", {("demands", "volodymyr-zelensky", "united-states")}),
    ("Hakan Fidan said Turkey supports a comprehensive ceasefire and urged Russia to build on the prisoner "
     "exchange agreed in Istanbul.", {("demands", "hakan-fidan", "russia")}),
])
def test_who_asks_and_who_is_asked(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a party's document speaks for it
    ("Russia's memorandum demands that Ukraine hold elections and lift martial law before any peace treaty.",
     {("demands", "russia", "ukraine")}),
    # a deadline is a demand
    ("Trump gave Putin two weeks to show he was serious about peace, or face consequences.",
     {("demands", "donald-trump", "vladimir-putin")}),
    # calling something an ultimatum makes none
    ("Zelensky called the Russian proposals an ultimatum and said Ukraine would not accept them.", set()),
])
def test_documents_deadlines_and_names_for_demands(targets, sentence, expected):
    assert targets(sentence) == expected


def test_a_threat_with_quoted_words_inside_it_is_still_a_threat(claims):
    assert ("demands", "jd-vance") in claims("Vance warned that Washington would “walk away” if there was no "
                                             "progress in the talks.")


def test_a_summary_opening_with_he_said_names_him(summaries):
    got = summaries("Andrii Sybiha spoke after the meeting in Istanbul on Monday.\n"
                    "He said: “We are ready to talk to anyone, in any format, at any time.”")
    assert got == {"andrii-sybiha": "Andrii Sybiha said: “We are ready to talk to anyone, in any format, at any time.”"}


@pytest.mark.parametrize("sentence, expected", [
    ("Vladimir Putin noted Russia's readiness to work with the Ukrainian side on a memorandum on a future treaty.",
     {("proposals", "russia", "ukraine")}),
    ("The Kremlin expressed its readiness to continue direct talks in Istanbul next month.",
     {("proposals", "russia", None)}),
    ("There is no sign of Russia's readiness to end the war, the analysts at the institute wrote.", set()),
])
def test_a_readiness_a_readout_notes_is_an_offer(targets, sentence, expected):
    assert targets(sentence) == expected


def test_a_stance_voiced_for_a_party_is_the_voicers_and_told_from_them(summaries, targets):
    """"expressed Ankara's willingness to …": the minister voices his state's stance; the summary
    is a sentence with him as its subject, not the fragment "Ankara's willingness to …"."""
    sentence = "Turkish Foreign Minister Ali Demir expressed Ankara's willingness to host a new round of talks."
    assert summaries(sentence) == {"ali-demir": "Ali Demir expressed Ankara's willingness to host a new round of talks."}
    # (a verb that only speaks of another party's demands voices nothing: they stay Russia's)
    assert targets("Volodymyr Zelensky criticised Russia's demands for the withdrawal of Ukrainian troops.") == {
        ("demands", "russia", "ukraine")}


@pytest.mark.parametrize("sentence, expected", [
    ("Turkey's suggestion of a meeting in Istanbul is still on the table.", {("proposals", "turkey", None)}),
    ("Russia dismissed any suggestion of a ceasefire before the talks.", set()),
    ("There was no suggestion of a breakthrough at the talks in Istanbul.", set()),
])
def test_a_partys_suggestion_of_something_is_its_proposal(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "told reporters Moscow was ready to": no instruction to anyone, and the offer stays
    ("The Russian leader told reporters Moscow was 'ready to work' on a peace memorandum but refused to halt "
     "the fighting.", {("proposals", "russia", None)}),
    # "The Senate is ready": a capitalised word after "The" is a subject, not an adjective of a noun cue
    ('Senator Lindsey Graham spoke on Monday. "The Senate is ready to act on the sanctions bill," Graham said in a '
     'statement.', {("proposals", "lindsey-graham", None)}),
    # a second proposal cue does not lend its target (a venue) to the first
    ("Ukraine has proposed holding a meeting between Zelensky, Trump and Putin, and suggested Turkey as the venue.",
     {("proposals", "ukraine", None)}),
])
def test_offers_that_rules_for_other_shapes_must_leave_alone(targets, sentence, expected):
    assert targets(sentence) == expected


def test_two_parties_that_open_a_quote_both_make_its_claim(targets):
    """'“Greece and Turkey have agreed to a ceasefire,” the minister posted on X.': both have, and
    the quote after the platform's name is a sentence of its own, which names no target."""
    assert targets("“Greece and Turkey have agreed to a ceasefire with immediate effect,” Foreign Minister Jan "
                   "Novak posted on X. “Greece has always wanted peace in the region.”") == {
        ("proposals", "greece", None), ("proposals", "turkey", None)}


def test_a_party_reported_before_a_quote_offers_what_it_says_even_past_an_aside(targets):
    """The president reports the Vatican's offer in its words: the offer is the Vatican's."""
    assert targets("President Donald Trump spoke to Vladimir Putin for two hours on Monday. The president added "
                   "that the Vatican, represented by Pope Leo XIV, “would be very interested in hosting the "
                   "negotiations.”") == {("proposals", "vatican", None)}


@pytest.mark.parametrize("sentence, expected", [
    # what the party went on to say is no part of the fact
    ("Zelensky called for increased sanctions against Moscow and emphasized that Europe must act together.",
     {"volodymyr-zelensky": "Volodymyr Zelensky called for increased sanctions against Moscow."}),
    # unless it says more of the same offer
    ("Ukraine has proposed holding a meeting between the three leaders and suggested Turkey as the venue.",
     {"ukraine": "Ukraine has proposed holding a meeting between the three leaders and suggested Turkey as the "
                 "venue."}),
])
def test_a_summary_ends_where_the_party_goes_on_to_say_something_else(summaries, sentence, expected):
    assert summaries(sentence) == expected


def test_an_offer_and_a_demand_joined_by_but_are_each_told_alone(config):
    body = ("Putin, speaking after the call, said Moscow was ready to work with Ukraine on a memorandum about a "
            "future peace accord, but insisted that the root causes of the conflict must be eliminated.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert {f.summary for f in content.demands + content.proposals} == {
        "Vladimir Putin insisted that the root causes of the conflict must be eliminated.",
        "Russia was ready to work with Ukraine on a memorandum about a future peace accord."}


def test_what_others_have_demanded_is_told_from_the_thing_demanded(config):
    body = ("Putin said Russia was prepared to work with Ukraine on a memorandum setting out principles for a "
            "settlement, but he gave no sign that Moscow would agree to the unconditional 30-day ceasefire that "
            "Kyiv and its European partners have demanded.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert {(f.actor, f.summary) for f in content.demands + content.proposals} == {
        ("ukraine", "The unconditional 30-day ceasefire that Kyiv and its European partners have demanded."),
        ("russia", "Russia was prepared to work with Ukraine on a memorandum setting out principles for a "
                   "settlement.")}


@pytest.mark.parametrize("sentence", [
    "Zelensky said that Ukraine does not accept any conditions that would require it to withdraw its troops.",
    "Zelensky rejected any conditions that would require Ukraine to withdraw its troops from its own land.",
])
def test_conditions_a_party_refuses_are_no_demand_of_anyone(targets, sentence):
    assert targets(sentence) == set()


def test_his_country_is_the_state_the_speaker_belongs_to(targets):
    assert targets("Ukrainian President Volodymyr Zelenskiy said his country was prepared for a complete ceasefire "
                   "and direct talks with Russia.") == {("proposals", "ukraine", "russia")}


@pytest.mark.parametrize("body, expected", [
    # an offer and then a demand of the same party in one sentence: two facts, each told alone
    ("Russia was ready for direct talks with Ukraine in any format and urged Kyiv to accept a full ceasefire "
     "first, the Kremlin said.",
     {("russia", "ukraine", "Russia was ready for direct talks with Ukraine in any format."),
      ("russia", "ukraine", "Russia urged Kyiv to accept a full ceasefire first.")}),
    # "Zelenskiy said Kyiv was ready … and urged Moscow …": Kyiv offers, Zelenskiy urges
    ("Zelenskiy said Kyiv was ready for direct talks with Russia in any format and urged Moscow to accept a "
     "full ceasefire.",
     {("ukraine", "russia", "Ukraine was ready for direct talks with Russia in any format."),
      ("volodymyr-zelensky", "russia", "Volodymyr Zelensky urged Moscow to accept a full ceasefire.")}),
])
def test_an_offer_and_then_a_demand_in_one_sentence_are_two_facts(config, body, expected):
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert {(f.actor, f.target, f.summary) for f in content.demands + content.proposals} == expected


@pytest.mark.parametrize("sentence, expected", [
    # an aside between the party and its verb is no part of its fact
    ("The Russian delegation, led by presidential aide Vladimir Medinsky, demanded that Ukraine withdraw from "
     "four regions.", {"russia": "Russia demanded that Ukraine withdraw from four regions."}),
    # unless the aside holds the cue: then the fact is told from the aside, without what follows it
    ('Trump, who had threatened "severe" sanctions if Russia refused a truce, said he was in no hurry.',
     {"donald-trump": 'Donald Trump had threatened "severe" sanctions if Russia refused a truce.'}),
    # readiness for talks with a longer phrase between, and readiness to fight is no offer
    ("Russian Foreign Minister Sergei Lavrov said Moscow was ready for a second round of talks in Istanbul.",
     {"russia": "Russia was ready for a second round of talks in Istanbul."}),
    ("Vladimir Medinsky, who led the Russian delegation, said Russia was prepared to fight for as long as it takes.",
     {}),
])
def test_asides_and_readiness(summaries, sentence, expected):
    assert summaries(sentence) == expected


# Shapes found in articles the rules had not seen: one table, a block per theme.
CLAIM_CASES = [
    # --- a capital stands for its state, a thing named after a capital does not
    ("Baku also demands that the Minsk Group of the OSCE, which mediated for decades, be formally dissolved.",
     {("demands", "azerbaijan", "osce")}),
    ("Bayramov said Baku was ready to discuss the date and venue of the signing with Yerevan.",
     {("proposals", "azerbaijan", "armenia")}),
    # --- "the kingdom" in its own minister's words is his state
    ("Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom was prepared to host direct talks "
     "between the two parties in Jeddah.", {("proposals", "saudi-arabia", None)}),
    # --- a passive requirement asks its subject; only a plan's party named in the lead is who asks
    ("Under the US-brokered plan, Hamas is required to disarm and give up any role in governing Gaza.",
     {("demands", "united-states", "hamas")}),
    ("Hamas is required to disarm and give up any role in governing Gaza.", set()),
    # --- "term" is a noun ("during his first term"), not the verb of "termed it an ultimatum"
    ("President Donald Trump, who withdrew from the deal during his first term, has threatened to bomb Iran "
     "if diplomacy fails.", {("demands", "donald-trump", "iran")}),
    # --- a threat of sanctions told with an abbreviation and a quoted word; the U.N. imposes them
    ("Britain, France and Germany have warned they will trigger a “snapback” of U.N. sanctions if no deal is "
     "reached by the end of August.",
     {("demands", "united-kingdom", None), ("demands", "france", None), ("demands", "germany", None)}),
    # --- ... and "the group" in its own official's words, told to someone, is his organisation
    ("A senior Hamas official, Mousa Abu Marzouk, told the BBC that the group was willing to discuss “freezing or "
     "storing” its weapons, but would not surrender them.", {("proposals", "hamas", None)}),
    ("Ukrainian Foreign Minister Andrii Sybiha told the BBC that the group was willing to meet again next week.",
     set()),
    # --- bodies of next week's stories are in the gazetteer
    ("The Palestinian Authority has demanded a role in the post-war administration of Gaza.",
     {("demands", "palestinian-authority", None)}),
    # --- a step of one's own offered for the other side's is a demand of that side
    ("The Houthis said they would stop attacks on shipping if Israel halted its strikes on Gaza.",
     {("demands", "houthis", "israel")}),
    ("Iran says it will stop attacks if Israel halts its illegal aggression.", {("demands", "iran", "israel")}),
    ("Russia would not stop the offensive even if a ceasefire were agreed.", set()),
    # --- a red line is what a party demands
    ("U.S. Special Envoy Steve Witkoff told Breitbart News that Washington's red line was that Iran cannot have "
     "enrichment.", {("demands", "united-states", "iran")}),
    ("Iran's red line is its right to enrich uranium, Araqchi said.", {("demands", "iran", None)}),
    # --- "May" before a day is a month, never the hedge "may"
    ("May 11 - Putin proposes direct talks with Ukraine in Istanbul.", {("proposals", "vladimir-putin", "ukraine")}),
    ("President Volodymyr Zelensky said on May 19 that Ukraine is ready for direct negotiations with Russia.",
     {("proposals", "ukraine", "russia")}),
    # --- a vow to retaliate on a condition is a threat aimed at whoever the condition names
    ("Tehran vowed to retaliate if Israel struck its nuclear sites again.", {("demands", "iran", "israel")}),
    # --- those a proposed meeting would bring together are no one it is put to
    ("Ukraine proposed a meeting of Zelensky, Trump and Putin in Istanbul.", {("proposals", "ukraine", None)}),
    ("Turkey offered to host a summit of the Russian and Ukrainian leaders.", {("proposals", "turkey", None)}),
    # --- "in Jeddah, Saudi Arabia": the country of a city is a place too
    ("Ukraine accepted a U.S. proposal for a 30-day ceasefire at talks in Jeddah, Saudi Arabia.",
     {("proposals", "united-states", None)}),
    # --- a peace "between X and the Y" is asked of no one in particular
    ("The Security Council urged a lasting peace between Ukraine and the Russian Federation.",
     {("demands", "un-security-council", None)}),
    # --- a state's unnamed envoy speaks for it, and "his country" is that state
    ("The Russian Federation's delegate said his country was prepared to negotiate but insisted that the “root "
     "causes” of the conflict be addressed.", {("proposals", "russia", None), ("demands", "russia", None)}),
    # --- a communiqué's second act in the present tense is a claim of its own
    ("The European Council welcomes the joint statement by Ukraine and the United States and calls on Russia to "
     "show real political will to end the war.",
     {("proposals", "european-council", "united-states"), ("demands", "european-council", "russia")}),
    # --- a state's ministry speaks for it; a denial of reports makes no demand; "any format" is talks
    ("Ukraine's foreign ministry demanded that Russia stop its attacks on civilians.", {("demands", "ukraine", "russia")}),
    ("The Kremlin denied reports that Russia had demanded the withdrawal of Western troops.", set()),
    ("Asked whether Kyiv would accept, Zelensky said: “We are ready for any format.”",
     {("proposals", "volodymyr-zelensky", None)}),
    # --- what a party should do is advice, not its position, for every verb the "should" governs
    ("Brussels should offer Kyiv a clear path to membership and demand that Moscow pay for the reconstruction.",
     set()),
    # --- a cue after "the" and an adjective, then a preposition no verb of asking takes, is a noun
    ("Thomas de Waal said Azerbaijan was using the constitutional demand as leverage to extract more concessions.",
     set()),
    # --- pushing for, and each of coordinated parties told in the singular
    ("Germany and France are pushing for a new round of sanctions targeting Russian banks.",
     {("proposals", "germany", "russia"), ("proposals", "france", "russia")}),
    # --- a call asks something only of a party it names
    # "calls for X to do Y" asks X; with no party X, "to resolve" is a purpose and the call an offer
    ("India has consistently called for dialogue and diplomacy to resolve the conflict.",
     {("proposals", "india", None)}),
    ("India has called on Russia and Ukraine to resolve the conflict through dialogue.",
     {("demands", "india", "russia")}),
    # --- cues are whole words and stopping short of one negates it
    # "demanded by": the whole word is the cue, so the passive's agent is seen
    ("Putin said Moscow was ready to work with Kyiv, but stopped short of the 30-day truce demanded by Ukraine "
     "and its European allies.", {("proposals", "russia", "ukraine"), ("demands", "ukraine", None)}),
    # "ultimatums" is no "ultimatum": calling proposals ultimatums demands nothing
    ('"These are ultimatums, not proposals," Foreign Minister Andrii Sybiha said on Tuesday.', set()),
    # stopping short of a threat makes none
    ("Trump said talks would begin at once, while stopping short of threatening the Kremlin with new sanctions.",
     set()),
    # --- pressure to agree is asked of a party not offered by it
    # pressure on a party to do something asks it of that party, even inside a quote
    ('"We want to increase pressure on Russia to agree to a ceasefire," Kaja Kallas said in Brussels.',
     {("demands", "kaja-kallas", "russia")}),
    # whoever is under pressure, or urged, to agree offers nothing
    ("Putin is under pressure to agree to a ceasefire before the summit, analysts said.", set()),
    ("Putin was urged to agree to a ceasefire by European leaders on Monday.", set()),
    # --- lists allegations second verbs and threats of walking away
    # a list of leaders may end with someone no list knows; each listed leader makes the call
    ("Macron, Merz, Starmer and Tusk called on Putin to accept a 30-day ceasefire without conditions.",
     {("demands", "emmanuel-macron", "vladimir-putin"), ("demands", "friedrich-merz", "vladimir-putin"),
      ("demands", "keir-starmer", "vladimir-putin")}),
    # what a party is accused of demanding is an allegation, not its demand (nor the accuser's)
    ("Lavrov accused European countries of trying to derail the talks by demanding an immediate ceasefire.", set()),
    # ", and demanded": the sentence's subject again
    ("Lavrov also accused the EU of trying to sabotage the peace process, and demanded that Brussels stop "
     "supplying weapons to Ukraine.", {("demands", "sergei-lavrov", "european-union")}),
    # a threat: walking away if the parties did not make progress
    ('Trump told reporters he would "get out" of the talks if Moscow and Kyiv did not make progress soon.',
     {("demands", "donald-trump", "russia")}),
    # "and had spoken with X": X is who Italy spoke to, not whom it offers talks
    ("Meloni said Italy was ready to host talks and had spoken with Pope Leo XIV about the offer.",
     {("proposals", "italy", None)}),
    # --- offers reported in quotes
    # who reports the offer after the closing quote is not whom it is made to
    ('"The pope is ready to welcome the delegations," Vatican spokesman Matteo Bruni said.',
     {("proposals", "pope-leo-xiv", None)}),
    # what "the presidents" agreed, told by an aide, is no offer of the aide's
    ('Ushakov, a veteran diplomat, told reporters: "The presidents agreed to stay in touch."', set()),
    # --- a capitalised word inside a sentence is no speech verb
    # "States" in "the United States" is a name, not the speech verb "states"
    ("The United States offered to mediate between the two sides.", {("proposals", "united-states", None)}),
    ("Ushakov told reporters that Russia and the United States had agreed to work on a memorandum.",
     {("proposals", "russia", None), ("proposals", "united-states", None)}),
    # --- few details conditions after a comma and only agreeing to
    ("Trump has repeatedly said he wants the war to end, but has offered few details of how.", set()),
    ("Putin said Russia would study the proposal but set out conditions, including an end to Western arms "
     "supplies.", {("demands", "vladimir-putin", None)}),
    ("The Kremlin has repeatedly said that it will only agree to a peace deal that recognises its territorial "
     "gains.", {("demands", "russia", None)}),
    # --- the sentence's subject is never a preposition's object, nor named after its speech verb
    # "European leaders" is no party; Russia, pressed "on", is not who threatens
    ("European leaders said they would increase pressure on Russia with sanctions if it did not engage "
     "seriously in the peace process.", set()),
    # "said on Tuesday that Ukraine would not ... and urged": "that" opens what he said, and the
    # past-tense cue after "and" is his own
    ("Zelensky said on Tuesday that Ukraine would not withdraw its troops from its own territory and urged "
     "Washington not to make decisions about Ukraine without Kyiv.",
     {("demands", "volodymyr-zelensky", "united-states")}),
    # "accused X of … and demanded": the allegation ends at "and"; the demand is the accuser's
    ('Foreign Ministry spokeswoman Maria Zakharova accused Western governments of "sabotaging" the negotiations '
     "and demanded that Kyiv stop attacks on Russian airfields.", {("demands", "maria-zakharova", "ukraine")}),
    ("Lavrov accused the EU of trying to sabotage the peace process and demanded that Brussels stop supplying "
     "weapons to Ukraine.", {("demands", "sergei-lavrov", "european-union")}),
    # "it is the demand of our partners": what was said is called a demand; no new one is made
    ('"That is our demand, and it is the demand of our partners," Zelensky told reporters in Kyiv.', set()),
    ('"This is a demand for capitulation, not a peace plan," Andrii Sybiha said.', set()),
    # "the Kremlin demanded": a past tense after "the" and a name is a verb, not a noun ("the US call")
    ("The Kremlin demanded that Kyiv withdraw its troops from the four regions.", {("demands", "russia", "ukraine")}),
    ("The Vatican offered to host the next round of talks.", {("proposals", "vatican", None)}),
    ("The EU proposed a lower price cap on Russian oil.", {("proposals", "european-union", "russia")}),
    # a demand a party owns is its own, whoever rejects or accepts it
    ("Kyiv rejected the Russian demand for a withdrawal from four regions.", {("demands", "russia", None)}),
    ("Ukraine accepted the Russian proposal for a prisoner swap.", {("proposals", "russia", None)}),
    ("Kyiv will consider the proposal for talks in Istanbul.", set()),
    # "Jane Doe, John Roe's envoy, said": the possessive qualifies her title; she speaks
    ("Keith Kellogg, Trump's Ukraine envoy, said Russia must agree to a ceasefire.",
     {("demands", "keith-kellogg", "russia")}),
    # "stood ready" is ready as "stands ready" is
    ("Meloni said Italy stood ready to facilitate contacts between the parties.", {("proposals", "italy", None)}),
    # "will only agree to … if": the agreement is part of the condition, no offer
    ("Putin has said Russia will only agree to a ceasefire if Ukraine stops mobilising new troops.",
     {("demands", "vladimir-putin", "ukraine")}),
    # ", speaking alongside X," is an aside: X is not who "he" is
    ("Zelensky, speaking alongside Finnish President Alexander Stubb, said he was ready to meet Putin in person.",
     {("proposals", "volodymyr-zelensky", "vladimir-putin")}),
    # "… and that Kyiv welcomed the offer": a second thing reported, not whom the offer is made to
    ("Asked about the Vatican, Zelensky said Pope Leo XIV had offered to host talks and that Kyiv welcomed the offer.",
     {("proposals", "pope-leo-xiv", None), ("proposals", "ukraine", None)}),
    # an ultimatum received is someone else's; a summit that "could only take place once" is a condition
    ('"We came here to agree a ceasefire, not to receive an ultimatum," Rustem Umerov told reporters.', set()),
    ("Peskov said such a summit could only take place once the two sides had reached agreements.",
     {("demands", "dmitry-peskov", None)}),
    # "called its main demands “unacceptable”": a noun after a determiner and an adjective
    ('Ukrainian Defence Minister Rustem Umerov said Ukraine would study the document but called its main demands '
     '"unacceptable".', set()),
    ("The Kremlin said its government demands that Ukraine withdraw from four regions.",
     {("demands", "russia", "ukraine")}),
    # "told Putin … that he must": he is the other man named before, whom the modal binds
    ("Macron told Putin in a phone call that he must accept the ceasefire within days.",
     {("demands", "emmanuel-macron", "vladimir-putin")}),
    ("Macron said he must accept the ceasefire within days.", {("demands", "emmanuel-macron", None)}),
    # "X met Y and said": X says it
    ("Zelensky met Trump in Rome and said Russia must agree to a full ceasefire.",
     {("demands", "volodymyr-zelensky", "russia")}),
    # "would agree to … only if …": the agreement is the condition's too; after a comma an offer stays
    ("Zelensky said Kyiv would agree to a ceasefire only if it were monitored by international observers.",
     {("demands", "volodymyr-zelensky", None)}),
    ("Zelensky said Kyiv was ready for talks, but only if Russia stopped its attacks.",
     {("demands", "volodymyr-zelensky", "russia"), ("proposals", "ukraine", None)}),
    # a threat to retaliate if a party strikes asks it not to
    ("Kyiv said it would retaliate if Russia struck energy infrastructure again.", {("demands", "ukraine", "russia")}),
    # "called for a tougher response to …": the "to" is no infinitive and no party is asked
    ("Polish Foreign Minister Radoslaw Sikorski called for a tougher response to Russian sabotage.",
     {("proposals", "radoslaw-sikorski", "russia")}),
    # a group that is no party is whom a request asks, not the party named later
    ("Ukraine's foreign minister Andrii Sybiha called on partners to increase pressure on Moscow.",
     {("demands", "andrii-sybiha", None)}),
    ("Zelensky urged Western allies to target Russian banks and energy exports in the next package.",
     {("demands", "volodymyr-zelensky", None)}),
    ("Rubio told reporters the US wanted both sides to present written proposals.",
     {("demands", "united-states", None)}),
    # ... but "European partners" are the European Union's
    ("Sybiha urged European partners to impose fresh sanctions on Russian oil and gas.",
     {("demands", "andrii-sybiha", "european-union")}),
    # "Europe must": the modal binds its own subject, not the party named after it
    ("Poland's Prime Minister Donald Tusk said Europe must keep up its support for Kyiv.",
     {("demands", "donald-tusk", None)}),
    # "warned X against doing": asked of X not to
    ("Lavrov warned Ukraine against sending its delegation to the talks in Geneva.",
     {("demands", "sergei-lavrov", "ukraine")}),
    ("Lavrov warned Europe against sending peacekeeping troops to Ukraine.", {("demands", "sergei-lavrov", None)}),
    ("Lavrov warned against sending peacekeeping troops to Ukraine.", set()),
    # floating an idea and putting a plan forward are proposals
    ("Erdogan floated the idea of a leaders' summit in Istanbul.", {("proposals", "recep-tayyip-erdogan", None)}),
    ("Britain put forward a ceasefire proposal at the meeting in London.", {("proposals", "united-kingdom", None)}),
    # a party's document or word opening the sentence makes what it requires that party's demand
    ("Under the Russian memorandum, Ukraine would have to withdraw its troops from the four regions Moscow claims, "
     "and agree to limits on the size of its army.", {("demands", "russia", "ukraine")}),
    ("According to the Kremlin, Kyiv must withdraw its troops before any ceasefire.",
     {("demands", "russia", "ukraine")}),
    ("According to Ukraine's allies, Russia must withdraw its troops before any ceasefire.", set()),
    ("Under the plan, Ukraine would have to hold elections within 100 days.", set()),
    # who reports an offer is not whom it is made to, also when the report says when it was made
    ("Pope Leo XIV has offered the Vatican as a venue for direct negotiations between Russia and Ukraine, Italian "
     "Prime Minister Giorgia Meloni said on Tuesday after speaking to the pontiff.", {("proposals", "pope-leo-xiv", None)}),
    # "a meeting between President X and Y": who would meet, not whom the offer is made to
    ("Kyiv had proposed holding another round of talks before the end of June, and a meeting between President "
     "Volodymyr Zelensky and Vladimir Putin.", {("proposals", "ukraine", None)}),
    # "insisted that" asks when what follows is required, not when it is asserted
    ("India insisted that the agreement had been worked out directly between the two countries.", set()),
    ("Zelensky insisted that Ukraine was ready for talks in any format.", {("proposals", "ukraine", None)}),
    ('Zelensky said he spoke with Trump and insisted that Ukraine was ready for "a full and unconditional ceasefire."',
     {("proposals", "ukraine", None)}),
    ("Ukraine insisted that Russia withdraw its troops before talks were held.", {("demands", "ukraine", "russia")}),
    ("Peskov insisted that any deal would have to address the root causes of the conflict.",
     {("demands", "dmitry-peskov", None)}),
    # what a party denies having done it did not do
    ("India denied that it had agreed to talks at a neutral venue.", set()),
    # "urged … and said it was ready to …": a second statement, with a fact of its own
    ("China, a close ally of Pakistan, urged both sides to exercise restraint and said it was ready to play a "
     "constructive role.", {("demands", "china", None), ("proposals", "china", None)}),
    # "said the two sides' chiefs had spoken and agreed to …": "had" goes on; theirs, not the speaker's
    ("Indian Foreign Secretary Vikram Misri said the two sides' military chiefs had spoken by phone and agreed to "
     "stop all firing.", set()),
    # "put forward by US envoy X": the envoy's, not his state's
    ("Hamas said it was studying a new ceasefire proposal put forward by US envoy Steve Witkoff.",
     {("proposals", "steve-witkoff", None)}),
    # what a party wants is what it demands; not "wants peace", "wants to", nor what "we want"
    ("Russia wants a ban on Ukraine joining NATO and the lifting of Western sanctions.",
     {("demands", "russia", "ukraine")}),
    ("President Zelensky wants security guarantees from Western allies and a full ceasefire before negotiations.",
     {("demands", "volodymyr-zelensky", None)}),
    ("Putin wants a summit quickly to emerge from his pariah status, said the analyst Michael Clarke.", set()),
    ("Zelensky told reporters in Kyiv that everyone in Ukraine wants peace.", set()),
    ('"We want a deal that lasts," Zelensky told reporters in Kyiv on Tuesday.', set()),
    # "… but wanted …" goes on with the clause before; "… but called on …" is the speaker's act
    ('Zelensky added that Kyiv was prepared to meet Russian officials "at any level" but wanted the US and Europe at '
     'the table.', {("demands", "ukraine", "united-states"), ("proposals", "ukraine", "russia")}),
    ('Zelensky said Kyiv was ready for direct talks "in any format" but called on Russia to accept a full ceasefire '
     'first.', {("demands", "volodymyr-zelensky", "russia"), ("proposals", "ukraine", None)}),
    # "has offered, and …": what is offered goes unsaid
    ("We would support talks anywhere they can happen. The Holy See has offered, and we are grateful for that.",
     set()),
    # ", and European allies backed …": a clause with a subject of its own, no party
    ("Kyiv has rejected any recognition of occupied territory, and European allies backed its position.", set()),
    # "expected X to …" asks it of X; "is expected to" is a forecast
    ("Rubio said Washington expected Russia to present its terms for a ceasefire within days.",
     {("demands", "united-states", "russia")}),
    ("Russia is expected to present its terms for a ceasefire within days.", set()),
    # more ways of asking: appealing to, encouraging, setting a deadline, making something conditional
    ("Macron appealed to Putin to accept the 30-day truce without conditions.",
     {("demands", "emmanuel-macron", "vladimir-putin")}),
    ("Britain encouraged Ukraine to take part in the talks in Istanbul.", {("demands", "united-kingdom", "ukraine")}),
    ("Trump set a deadline of two weeks for Putin to agree to a ceasefire.",
     {("demands", "donald-trump", "vladimir-putin")}),
    ("Russia has made any ceasefire conditional on an end to Western arms deliveries.", {("demands", "russia", None)}),
    ("Greece said any deal was contingent on Turkey withdrawing its ships.", {("demands", "greece", "turkey")}),
    ("Greece said it was now Turkey's turn to accept the ceasefire without conditions.",
     {("demands", "greece", "turkey")}),
    ("On Monday, Greece told Turkey it has until Nov. 28 to accept the plan or face unspecified consequences.",
     {("demands", "greece", "turkey")}),
    ("Kyiv's key demand is a full and unconditional ceasefire.", {("demands", "ukraine", None)}),
    ("Russia's foreign ministry said Kyiv's demands were unrealistic.", set()),
    # "made clear that X must agree to": asked of X, and no offer of X's, with or without a speaker
    ("Zelensky made clear that Russia must agree to a full ceasefire before any talks.",
     {("demands", "volodymyr-zelensky", "russia")}),
    ("Analysts say Russia must agree to a full ceasefire before any talks.", set()),
    # a stance named by a noun and voiced by a verb is the voicer's
    ("Zelensky signalled openness to a meeting with Putin in Turkey.",
     {("proposals", "volodymyr-zelensky", "vladimir-putin")}),
    # a threat quoted names whom it is aimed at inside its cue: "“If Russia is not ready …”"
    ('"If Russia is not ready to stop the killings, there must be stronger sanctions," Zelensky said.',
     {("demands", "volodymyr-zelensky", "russia")}),
    # a measure proposed on a condition the other side must meet is a threat: a demand of that side
    ("Zelensky called for new sanctions against Russia if Moscow refuses a ceasefire.",
     {("demands", "volodymyr-zelensky", "russia")}),
    ("Zelensky called for new sanctions against Russia if Moscow continues to reject a ceasefire.",
     {("demands", "volodymyr-zelensky", "russia")}),
    # "He" is who was read before him, not a name later in his own sentence
    ('"We are ready for a full and unconditional ceasefire," Zelensky wrote on X.\nHe urged the US not to withdraw '
     'from the negotiations, saying that "only Putin benefits" from that.',
     {("proposals", "volodymyr-zelensky", None), ("demands", "volodymyr-zelensky", "united-states")}),
    # what "both presidents agreed" in a spokesman's quote is no offer of the spokesman's
    ('"This is a historic moment," Peskov told state television. "Both presidents agreed to keep talking."', set()),
    # "This is the same old ultimatum": a label for another's demand, none of the speaker's
    ("“This is the same old ultimatum,” said Andriy Yermak, the head of Zelenskyy's office.", set()),
    # "any demand to withdraw" is a noun, what Ukraine refuses, not a demand of its own
    ("Zelensky insisted that Ukraine would not accept any demand to withdraw its troops from its own land.",
     {("demands", "volodymyr-zelensky", None)}),
    # a measure held over a party "unless" it acts is a threat; an offer "unless" others object stays an offer
    ("France would push for tougher sanctions on Russian oil exports unless Moscow accepted the truce by the end of "
     "the week.", {("demands", "france", "russia")}),
    ("Turkey offered to host the talks unless both sides objected.", {("proposals", "turkey", None)}),
    # 'The city “has stated that it would host …,” X added': the quoted clause's subject offers
    ('The Vatican "has stated that it would be very interested in hosting the negotiations," Trump added.',
     {("proposals", "vatican", None)}),
    # ... so too for each party proposing it; but not an offer before "and called on … if …"
    ("Friedrich Merz said Berlin and Paris would push for tougher sanctions on Russian oil exports unless Moscow "
     "accepted the truce by the end of the week.",
     {("demands", "friedrich-merz", "russia"), ("demands", "germany", "russia"), ("demands", "france", "russia")}),
    ("Zelenskyy said Ukraine was ready for a meeting with Putin “at any moment” and called on the US and Europe to "
     "impose new sanctions if Moscow continued to stall.",
     {("proposals", "ukraine", "vladimir-putin"), ("demands", "volodymyr-zelensky", "united-states")}),
    # hosting, mediating or facilitating a party could or would do is its offer
    ("Erdogan said Turkey could host the talks in Istanbul as early as next week.", {("proposals", "turkey", None)}),
    ("The Vatican said it would be honoured to host the talks.", {("proposals", "vatican", None)}),
    ("Witkoff said Washington would facilitate technical talks in Geneva.", {("proposals", "united-states", None)}),
    # a bare verb after "and" is still what is required, no offer
    ("Ukraine would have to withdraw its troops and agree to neutrality under the plan.", set()),
    # a state's plan or memorandum speaks for it
    ("The Ukrainian plan calls for a ceasefire of at least 30 days and an exchange of all prisoners.",
     {("proposals", "ukraine", None)}),
    ("The Russian memorandum demands that Ukraine withdraw its troops from four regions.",
     {("demands", "russia", "ukraine")}),
    # pressed whom to do what, past a title and a name; "pressed ahead with" asks no one
    ("A U.S. envoy on Friday pressed Ukrainian President Volodymyr Zelensky to accept the plan.",
     {("demands", "united-states", "volodymyr-zelensky")}),
    ("Russia pressed ahead with plans to hold a referendum in the region.", set()),
    # a state's head, unnamed, speaks for it; named, it is the person who speaks
    ("Japan's prime minister called for restraint from all sides.", {("proposals", "japan", None)}),
    ("Japan's prime minister, Shigeru Ishiba, called for restraint from all sides.",
     {("proposals", "shigeru-ishiba", None)}),
    ("Russia's president Vladimir Putin demanded that Ukraine withdraw its troops.",
     {("demands", "vladimir-putin", "ukraine")}),
    # whom a call is put to ends at its first "to": asked of a group, no party
    ("Turkey called on all parties to agree to a comprehensive ceasefire as soon as possible.",
     {("demands", "turkey", None)}),
    # "pressure on X and to …" is no pressure on X to do it
    ("Ukraine called on its partners to increase pressure on Russia and to adopt new sanctions.",
     {("demands", "ukraine", None)}),
    # a regional bloc, spelled out, gives the ultimatum; the state after the verb is whom it is given to
    ("The Economic Community of West African States on Sunday gave Mali's military government 30 days to present "
     "a timetable for elections.", {("demands", "ecowas", "mali")}),
    # "the Kremlin wants": a verb of wanting after "the" and a name is no noun ("the Ruritanian demands")
    ("The Kremlin wants Western sanctions lifted and frozen assets returned.", {("demands", "russia", None)}),
    # "they" after people who are no party stands for them, not for a party named before
    ("Washington has offered to lift some sanctions on Russia. European officials, who met their American "
     "counterparts in Paris, pushed back on the idea. They insisted that any settlement must respect Ukraine's "
     "territorial integrity.", {("proposals", "united-states", "russia")}),
    # "The group" opening a sentence is the last body read
    ("Hamas has said it is ready to release the hostages. The group also insists on a full Israeli withdrawal "
     "from Gaza.", {("proposals", "hamas", None), ("demands", "hamas", "israel")}),
    # what endangers the peace threatens no one with anything
    ("North Korea's repeated launches of ballistic missiles threaten the peace and security of Japan and the "
     "region.", set()),
    # a title after words of an office, between a body and a person, is the person's
    ("EU climate commissioner Wopke Hoekstra urged all those in a position to pay to join the effort.",
     {("demands", "wopke-hoekstra", None)}),
    # demands a party might make in a supposition ("if …") are none; "he … , and called for" is his
    ("Zelensky spoke with Trump before the call. He warned that if Russia continued to make unrealistic demands, "
     "it would mean Moscow wanted to drag out the war, and called for stronger sanctions.",
     {("proposals", "volodymyr-zelensky", None)}),
    # refusing to back sanctions asks nothing of those they would target
    ("Hungary's foreign minister, however, warned that Budapest would not support sanctions on Russia's nuclear "
     "sector.", set()),
    # what is asked of a group that is no party ("the West") is asked of no one named after it
    ("Russia demanded that the West stop arming Ukraine.", {("demands", "russia", None)}),
    ("Ukraine proposed that Europe and the United States act together on sanctions.",
     {("proposals", "ukraine", "united-states")}),
    # house styles that dot the initials ("E.U.", "U.K.")
    ("The E.U. called on Russia to agree to an unconditional cease-fire, the bloc's foreign policy chief said.",
     {("demands", "european-union", "russia")}),
    ("The U.K. and France proposed sending a reassurance force to Ukraine after a cease-fire.",
     {("proposals", "united-kingdom", "ukraine"), ("proposals", "france", "ukraine")}),
    # terms set out, a condition made of something, holding out for it: demands
    ("The Kremlin set out its terms: Ukraine must abandon its NATO bid and cut its army.",
     {("demands", "russia", "ukraine")}),
    ("Israel has made the return of all hostages a condition of any truce.", {("demands", "israel", None)}),
    ("Russia is holding out for recognition of its territorial gains.", {("demands", "russia", None)}),
    ("The Kremlin laid down conditions for a ceasefire, including an end to Western arms supplies.",
     {("demands", "russia", None)}),
    # "Russian and Ukrainian delegations": each state's, also without "the" and in the plural
    ("Russian and Ukrainian delegations resumed direct negotiations in Istanbul on May 16, agreeing in principle "
     "to exchange 1,000 prisoners of war.", {("proposals", "russia", None), ("proposals", "ukraine", None)}),
    # what a party says another should do is a demand of it; "should have" is a regret
    ("Trump, speaking at the White House, said Putin should agree to a ceasefire now.",
     {("demands", "donald-trump", "vladimir-putin")}),
    ("Trump said Ukraine should never have started the war with Russia three years ago.", set()),
    # ... and of no one in particular, advice
    ("Putin said the call had been useful and that talks should continue in Istanbul next month.", set()),
    # putting oneself forward as a venue is an offer
    ("The Vatican has put itself forward as a venue for negotiations between the two sides.",
     {("proposals", "vatican", None)}),
    # a party in brackets is an aside, not the subject
    ("Adopting the resolution with one abstention (Russian Federation), the Council demanded that all parties "
     "protect civilians.", set()),
    # waters named after a land are a place, not whom a call is put to
    ("Japan called for peace and stability across the Taiwan Strait.", {("proposals", "japan", None)}),
    # --- sentence shapes found on pages the rules had not read before
    # "after" opening a clause: its subject acts ("after talks with Novak" has an object)
    ("The emir brokered the deal after Donald Trump urged Iran to accept it.", {("demands", "donald-trump", "iran")}),
    ("Talks resumed after Russia agreed to a prisoner exchange.", {("proposals", "russia", None)}),
    # "insisted" without "that", with the subjunctive, asks
    ("Vladimir Putin insisted Moscow's conditions be met before any ceasefire.",
     {("demands", "vladimir-putin", None)}),
    ("Volodymyr Zelensky insisted the talks were useful.", set()),
    # a condition inside what is asked of someone is part of the ask, no threat of his
    ("European leaders have urged Donald Trump to impose tougher sanctions on Russia if it refuses a ceasefire.",
     set()),
    ("Emmanuel Macron urged Donald Trump to impose tougher sanctions on Russia if it refuses a ceasefire.",
     {("demands", "emmanuel-macron", "donald-trump")}),
    # ... but the asker's own next verb is a threat of his own
    ("Emmanuel Macron urged Vladimir Putin to agree to a ceasefire and threatened sanctions if he refuses.",
     {("demands", "emmanuel-macron", "vladimir-putin")}),
    # "should" asks a group it names, as "must" does; advice to both sides asks no one
    ("Sergei Lavrov said on Tuesday that Western countries should stop supplying weapons to Kyiv.",
     {("demands", "sergei-lavrov", None)}),
    ("Sergei Lavrov said on Tuesday that the two sides should keep talking.", set()),
    # a live blog's label before its report is no one's offer
    ("• Vatican offer: Italian Prime Minister Giorgia Meloni said Pope Leo XIV was ready to host talks at the "
     "Vatican.", {("proposals", "pope-leo-xiv", None)}),
    # a plan floated by "his administration": the office of the man read last
    ("Donald Trump wants the war to end. His administration has floated a plan under which Kyiv would cede Crimea.",
     {("proposals", "united-states", "ukraine")}),
    # a readiness for a ceasefire set in quotation marks
    ('Volodymyr Zelensky said Kyiv was ready for a "full and unconditional ceasefire" now.',
     {("proposals", "ukraine", None)}),
    # "it" in a condition is the party read last, not the one who sets it
    ("Friedrich Merz said Europe would significantly increase pressure on Moscow if it kept stalling.",
     {("demands", "friedrich-merz", "russia")}),
    # a sentence of five words may state a position
    ("Russia wants Western sanctions lifted.", {("demands", "russia", None)}),
    # demands named by their party's adjective, plural and without an article, are that party's
    ("Ayatollah Ali Khamenei on Tuesday dismissed American demands that Tehran stop enriching uranium.",
     {("demands", "united-states", "iran")}),
    # "the terror group", "the alliance": the speaker's own body, with a word before the noun
    ("Hamas official Taher al-Nunu said the terror group was ready to release all hostages in exchange for a "
     "permanent ceasefire.", {("proposals", "hamas", None)}),
    # a campaign that goes on until someone gives in asks that of them; "until Friday" is a time
    ("Benjamin Netanyahu said the military campaign would continue until Hamas is defeated.",
     {("demands", "benjamin-netanyahu", "hamas")}),
    ("Benjamin Netanyahu said the talks would continue until the end of the week.", set()),
    # ... and mediation that goes on until "an agreement is reached" asks nothing of anyone
    ("Egypt said it would continue its mediation efforts until an agreement is reached.", set()),
    # a threat named as what was not carried out is no position taken
    ("Donald Trump, for his part, declined to impose the sanctions he had threatened.", set()),
    ("Vladimir Putin agreed only to work on a memorandum with Ukraine.", {("proposals", "vladimir-putin", "ukraine")}),
    # wanting "a durable peace" is a platitude; wanting a peace deal that does something is a demand
    ("Marco Rubio reiterated that the United States wants a durable peace.", set()),
    ("Russia wants a peace deal that recognises its annexation of four regions.", {("demands", "russia", None)}),
    # an offer whose object is only "them" says nothing of what was offered
    ("The delegations met in Istanbul, their second round of direct talks since Vladimir Putin proposed them last "
     "month.", set()),
    # the passive: every agent after "by" acts, and what is asked is asked of the subject
    ("A 30-day ceasefire was proposed by Ukraine and the United States in March.",
     {("proposals", "ukraine", None), ("proposals", "united-states", None)}),
    ("Ukraine was urged by Donald Trump to accept the plan before Thanksgiving.",
     {("demands", "donald-trump", "ukraine")}),
    ("Russia has been asked by the United States to agree to an unconditional ceasefire.",
     {("demands", "united-states", "russia")}),
    ("Kyiv is being pressed by Washington to cede territory in the east.", {("demands", "united-states", "ukraine")}),
    # a call read as a noun, with what it calls for, is its owner's, whoever rejects it
    ("The Kremlin rejected Kyiv's call for an immediate truce.", {("proposals", "ukraine", None)}),
    # ... but demands with nothing said of what they are are no fact
    ("Russia's demands are unacceptable, Volodymyr Zelensky said on Monday.", set()),
    ("Recep Tayyip Erdogan volunteered to host the talks in Istanbul.", {("proposals", "recep-tayyip-erdogan", None)}),
    # a step one could take if the other does something is a condition put to the other
    ("Washington has signalled it could lift some sanctions if Russia agrees to a ceasefire.",
     {("demands", "united-states", "russia")}),
    # "told Y he wanted": the teller, as after "told Y that he"
    ("Donald Trump told Vladimir Putin he wanted a ceasefire by the end of the week.",
     {("demands", "donald-trump", None)}),
    ("Giorgia Meloni told Volodymyr Zelensky she was ready to host talks in Rome.",
     {("proposals", "giorgia-meloni", None)}),
    # ... and none when the pronoun fits neither
    ("Emmanuel Macron told Volodymyr Zelensky she was ready to host talks in Paris.", set()),
    # a relative clause set off by commas before the verb is an aside, not the verb's subject
    ("The US proposal, which Ukraine accepted, calls for a 30-day ceasefire.", {("proposals", "united-states", None)}),
    # presenting or pitching a plan proposes it; appealing to someone for something asks it of them
    ("Brazil and China pitched a six-point plan to end the war.", {("proposals", "brazil", None),
                                                                   ("proposals", "china", None)}),
    ("Ukraine presented a 10-point peace plan at the summit.", {("proposals", "ukraine", None)}),
    ("Volodymyr Zelensky appealed to Germany for more Patriot systems.",
     {("demands", "volodymyr-zelensky", "germany")}),
    # a state's top diplomat speaks for it, as its foreign minister does
    ("Russia's top diplomat warned Germany against sending troops to Ukraine.", {("demands", "russia", "germany")}),
    # a title opening a communiqué's sentence in the present tense is its holder ("urges" is no noun there)
    ("UN Secretary-General António Guterres visited Kinshasa on Monday. The Secretary-General urges Rwanda to "
     "withdraw its troops from the east.", {("demands", "antonio-guterres", "rwanda")}),
    # armed groups of other stories are in the gazetteer
    ("UN Secretary-General António Guterres visited Kinshasa on Monday. He calls on the FDLR to disarm and "
     "leave the east.", {("demands", "antonio-guterres", "fdlr")}),
    # "after X asked …" is X's own act, told from its clause; "as long as X did not …" is the condition of the first
    ("A Qatari official said Prime Minister Mohammed bin Abdulrahman Al Thani secured the deal in a call with Tehran "
     "after Trump asked Doha to help.", {("demands", "donald-trump", "qatar")}),
    ("An MP told Al Jazeera that Kyiv would keep talking as long as Russia did not set new preconditions.",
     {("demands", "ukraine", "russia")}),
    # a venue put forward as what "could be held" is the speaker's offer, made to no one; in the writer's voice, no one's
    ("Donald Trump also claimed that talks between Russia and Ukraine could be hosted by the Vatican.",
     {("proposals", "donald-trump", None)}),
    ("Volodymyr Zelensky said the meeting could be held in Turkey, the Vatican or Switzerland.",
     {("proposals", "volodymyr-zelensky", None)}),
    ("Talks between Russia and Ukraine could be hosted by the Vatican.", set()),
    # "would be required to" is a passive as "is required to" is: its subject is asked, and asks nothing
    ("According to the document, Ukraine would be required to hold elections within 100 days.", set()),
    ("Ukraine will be urged by France to accept the deal at the summit.", {("demands", "france", "ukraine")}),
    ("Russia would be demanding that Ukraine withdraw from four regions, officials said.",
     {("demands", "russia", "ukraine")}),
    # a threat told after the fact ("if Russia was not serious"); a supposition of one's own is none
    ("Vice President JD Vance said last week the US could walk away from the talks if Russia was not serious.",
     {("demands", "jd-vance", "russia")}),
    ('Donald Trump said of the call: "It went well. If it wasn\'t, I would say so now, rather than later."', set()),
    # whom an offer was agreed with is a partner in it, not whom it is made to
    ("Vladimir Putin said he agreed with Donald Trump to work with Ukraine on a memorandum about a future peace deal.",
     {("proposals", "vladimir-putin", "ukraine")}),
    # a demand, then an offer of one's own after "and": two facts (a passive participle is no own verb)
    ("Turkish Foreign Minister Hakan Fidan called on both sides to continue talking and proposed that the next "
     "round be held at the level of leaders.", {("demands", "hakan-fidan", None), ("proposals", "hakan-fidan", None)}),
    # a challenge to do something asks it; a challenge that is a difficulty asks nothing
    ("Volodymyr Zelensky challenged Vladimir Putin to meet him in person in Istanbul.",
     {("demands", "volodymyr-zelensky", "vladimir-putin")}),
    ("Ukraine said the plan faced a challenge to win support in the Russian parliament.", set()),
    # "backed away from the threat" backs nothing; a deadline set as "until Monday" is an ultimatum
    ("Trump, who had threatened to impose tariffs on buyers of Russian oil, backed away from the threat after the "
     "call.", {("demands", "donald-trump", "russia")}),
    ("Britain, France, Germany and Poland gave Russia until Monday to agree to an unconditional 30-day ceasefire.",
     {("demands", "united-kingdom", "russia"), ("demands", "france", "russia"), ("demands", "germany", "russia"),
      ("demands", "poland", "russia")}),
    # guarantees a party needs are asked for
    ("Lavrov said Russia was not against a ceasefire in principle but needed guarantees that Ukraine would not use "
     "it to rearm.", {("demands", "russia", "ukraine")}),
    # a wire dateline's place is no subject
    ("KYIV, Ukraine (AP) — Russia has demanded that Ukraine withdraw its troops from four regions — Donetsk, "
     "Luhansk, Zaporizhzhia and Kherson — as a condition for a ceasefire.", {("demands", "russia", "ukraine")}),
    # pressure kept up until the other side gives way is a condition, however long the pressure is told
    ("Britain said it would continue to increase pressure on Moscow until Russia agreed to a full ceasefire.",
     {("demands", "united-kingdom", "russia")}),
    # a relative clause left open to the sentence's end is its antecedent's, unless it names another party
    ("Giorgia Meloni said she had spoken with Pope Leo XIV, who confirmed his willingness to host the talks.",
     {("proposals", "pope-leo-xiv", None)}),
    ("Giorgia Meloni said she had spoken to Pope Leo XIV, who confirmed the Holy See was willing to host the talks.",
     {("proposals", "vatican", None)}),
    # an aside after the subject ends no clause, and "accused X of …ing" reports no one else's words
    ("Serbian President Aleksandar Vucic met the envoy in Brussels on Friday. Vucic, for his part, accused Pristina "
     "of pushing Serbs out of the north and demanded the withdrawal of special police units.",
     {("demands", "aleksandar-vucic", None)}),
    # "The Secretary" is the secretary read last; both countries between which a ceasefire holds are objects
    ("Secretary of State Marco Rubio spoke today with Indian External Affairs Minister Subrahmanyam Jaishankar. "
     "The Secretary welcomed the ceasefire between India and Pakistan and encouraged both countries to maintain "
     "direct communication.", {("demands", "marco-rubio", None), ("proposals", "marco-rubio", None)}),
    # "both parties" is a group asked, as "both sides" is
    ("The United States wants both parties to commit to the truce within days.", {("demands", "united-states", None)}),
    # "and that they had agreed": others' agreement, which the speaker only reports
    ("Donald Trump said he had spoken to both leaders and that they had agreed to meet to work out a ceasefire.",
     set()),
    # a memorandum a party will present, in quotation marks or not, is its offer
    ("Vladimir Putin said Russia would present a “memorandum” outlining its positions.",
     {("proposals", "russia", None)}),
    # a mediator that will walk away holds that over the parties
    ("Marco Rubio said the United States could walk away from the talks within days.",
     {("demands", "marco-rubio", None)}),
    # "it would be great for them to hold talks there": the speaker's suggestion
    ("Donald Trump said it would be great for Russia and Ukraine to hold talks at the Vatican.",
     {("proposals", "donald-trump", "russia")}),
    # a body's adjective names it as a target only before its people or a group ("European
    # allies"), never before a thing ("a European reassurance force")
    ("Britain proposed a European reassurance force for Ukraine.", {("proposals", "united-kingdom", "ukraine")}),
    ("Volodymyr Zelensky urged European allies to impose new sanctions on Moscow.",
     {("demands", "volodymyr-zelensky", "european-union")}),
    # what a party calls a key condition for peace is its demand
    ("The Kremlin has repeatedly said that Ukraine's neutrality is a key condition for peace.",
     {("demands", "russia", None)}),
    # plans drawn up for a force are each author's offer
    ("Britain and France have drawn up plans for a force to police a ceasefire.",
     {("proposals", "united-kingdom", None), ("proposals", "france", None)}),
    # what "would be unacceptable" is a red line
    ("Russia insists any peacekeepers from NATO countries would be unacceptable.", {("demands", "russia", None)}),
    ("The deal would be unacceptable to many voters, analysts said.", set()),
    # what becomes possible once something is done is the speaker's condition
    ("Dmitry Peskov said a meeting is possible once the memorandum is agreed.", {("demands", "dmitry-peskov", None)}),
]


@pytest.mark.parametrize("sentence, expected", CLAIM_CASES)
def test_who_claims_what_of_whom(targets, sentence, expected):
    assert targets(sentence) == expected


def test_an_opening_pronoun_for_whoever_reports_someone_elses_offer_is_told_as_his_name(summaries):
    body = ("Donald Trump said the conditions would be set by the two sides. He also said the Vatican had indicated "
            "it would be \"very interested in hosting the negotiations.\"")
    assert summaries(body) == {"vatican": "Donald Trump also said the Vatican had indicated it would be \"very "
                                          "interested in hosting the negotiations.\""}


def test_a_new_clause_of_an_abbreviated_party_ends_the_summary_and_an_open_relative_is_told_alone(summaries):
    assert summaries("U.S. Secretary of State Marco Rubio said both sides would have to make territorial "
                     "concessions, and the U.S. has floated recognizing Russia's control over Crimea.")["marco-rubio"] \
        == "Marco Rubio said both sides would have to make territorial concessions."
    assert summaries("Giorgia Meloni said she had spoken with Pope Leo XIV, who confirmed his willingness to host "
                     "the talks.") == {"pope-leo-xiv": "Pope Leo XIV confirmed his willingness to host the talks."}


def test_an_opening_pronoun_that_claimed_is_told_as_the_name(summaries):
    assert summaries("Donald Trump spoke to Vladimir Putin for two hours. He also claimed that talks could be "
                     "hosted by the Vatican.") == {
        "donald-trump": "Donald Trump also claimed that talks could be hosted by the Vatican."}


def test_two_passive_agents_joined_by_and_are_told_from_what_both_did_it_to(config):
    body = ("We urge Russia to accept the unconditional 30-day ceasefire proposed by the United States and supported "
            "by Ukraine.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    told = "The unconditional 30-day ceasefire proposed by the United States and supported by Ukraine."
    assert sorted((f.actor, f.summary) for f in content.proposals) == [("ukraine", told), ("united-states", told)]


def test_a_sections_label_opening_a_paragraph_is_no_part_of_the_summary(summaries):
    body = ('Between the lines: The Vatican, Trump said, "has indicated that it would be very interested in hosting '
            'the negotiations."')
    assert summaries(body)["donald-trump"].startswith("The Vatican, Trump said,")


def test_a_parenthesis_after_the_name_is_no_part_of_the_summary(summaries):
    assert summaries("Sen. Lindsey Graham (R-S.C.) urged Donald Trump to impose sanctions on Russia.") == {
        "lindsey-graham": "Lindsey Graham urged Donald Trump to impose sanctions on Russia."}


def test_a_second_thing_said_is_told_from_its_own_that(summaries):
    body = "French envoy Jane Doe said she had spoken to the envoy and that she was ready to meet the Russian side."
    assert summaries(body) == {"jane-doe": "Jane Doe was ready to meet the Russian side."}


def test_a_title_in_what_a_spokesperson_said_is_the_person_of_her_side(summaries):
    """"Leavitt said the president wanted …": the president she speaks for, not the last one named."""
    body = ("President Donald Trump spoke with Vladimir Putin for two hours on Monday.\n"
            "Putin said the call had been useful and that talks should continue in Istanbul.\n"
            "Press secretary Karoline Leavitt said on Tuesday that the president wanted both sides to "
            "present written proposals.")
    assert summaries(body) == {"donald-trump": "Donald Trump wanted both sides to present written proposals."}
    assert summaries("Karoline Leavitt said the president wanted both sides to present written proposals.") == {}


def test_each_of_coordinated_parties_is_told_in_the_singular(summaries):
    assert summaries("Germany and France have called for a new round of sanctions targeting Russian banks.") == {
        "germany": "Germany has called for a new round of sanctions targeting Russian banks.",
        "france": "France has called for a new round of sanctions targeting Russian banks."}


def test_a_sentence_opened_by_it_and_its_own_verb_is_told_of_the_party_before(config):
    """"Russia has demanded … It also wants …": "It" is the state the text was about; but "It is
    unclear whether …" is no one, and a person is never "it"."""
    body = ("Russia has demanded that Ukraine withdraw from four regions. It also wants a ban on Ukraine joining NATO.\n"
            "Hamas said it would release the hostages. It also called on Israel to end the war.\n"
            "Donald Trump met the envoy on Monday. It also called for a new round of talks in Geneva.\n"
            "It is unclear whether Russia wants a new round of talks.\n")
    content = extract_all([Seed("seeds/example.txt", HEAD + body)], config, jobs=1)
    found = sorted((f.actor, f.target or "", f.summary) for kind in ("demands", "proposals")
                   for f in content.records(kind))
    assert found == [
        ("hamas", "israel", "Hamas also called on Israel to end the war."),
        ("russia", "ukraine", "Russia also wants a ban on Ukraine joining NATO."),
        ("russia", "ukraine", "Russia has demanded that Ukraine withdraw from four regions.")]


@pytest.mark.parametrize("verb, inflected", [("demand", "demands"), ("urge", "urges"), ("are", "is"),
                                             ("have", "has"), ("will", "will"), ("urged", "urged"),
                                             ("push", "pushes"), ("deny", "denies"), ("stay", "stays")])
def test_a_verb_after_we_is_told_after_its_party(verb, inflected):
    from generator.extract.claims import third_person
    assert third_person(verb) == inflected


@pytest.mark.parametrize("body, summary", [
    # "would like X to" asks something of X; a short "'d" is "would" before a bare verb ...
    ("Donald Trump said he'd like Russia to make a deal before the end of the month.",
     "Donald Trump would like Russia to make a deal before the end of the month."),
    ("Donald Trump said he would like Russia to make a deal before the end of the month.",
     "Donald Trump would like Russia to make a deal before the end of the month."),
    # ... and a person's own "I" is told of the person
    ("Donald Trump: Well, I want Russia to stop the bloodshed in Ukraine right now.",
     "Donald Trump wants Russia to stop the bloodshed in Ukraine right now."),
])
def test_what_a_person_would_like_of_a_party_is_told_of_the_person(summaries, body, summary):
    assert summaries(body) == {"donald-trump": summary}


def test_a_pronoun_closing_a_quoted_demand_is_told_as_the_name(summaries):
    body = ("Volodymyr Zelensky spoke to reporters on Monday.\n"
            "“Russia must withdraw its troops from our land,” he told reporters in Kyiv.")
    assert summaries(body) == {
        "volodymyr-zelensky": "“Russia must withdraw its troops from our land,” Volodymyr Zelensky told reporters in Kyiv."}


@pytest.mark.parametrize("body, expected", [
    # a short "'s" is "is" before an adjective, "has" before a participle
    ("Recep Tayyip Erdogan said he's ready to host a meeting of both leaders in Istanbul.",
     {"recep-tayyip-erdogan": "Recep Tayyip Erdoğan is ready to host a meeting of both leaders in Istanbul."}),
    ("Recep Tayyip Erdogan said he's offered to host a meeting of both leaders in Istanbul.",
     {"recep-tayyip-erdogan": "Recep Tayyip Erdoğan has offered to host a meeting of both leaders in Istanbul."}),
    # a readiness for a meeting named with a possessive
    ("Andrii Sybiha said Kyiv is ready for a leaders' meeting in any format.",
     {"ukraine": "Ukraine is ready for a leaders' meeting in any format."}),
    # a condition put after the verb: "should come only after"
    ("Dmitry Peskov said such a meeting should come only after an agreement is prepared by the delegations.",
     {"dmitry-peskov": "Dmitry Peskov said such a meeting should come only after an agreement is prepared by "
                       "the delegations."}),
])
def test_short_forms_possessive_objects_and_late_conditions(summaries, body, expected):
    assert summaries(body) == expected


def test_a_things_readiness_in_a_short_form_is_no_offer(claims):
    assert claims("Ursula von der Leyen said the fund had been approved by all the institutions, so it's ready "
                  "to be used by member states.") == set()


@pytest.mark.parametrize("body, expected", [
    ("Donald Trump gave Russia a deadline of 50 days to agree to a ceasefire or face severe tariffs.",
     {("demands", "donald-trump", "russia")}),
    ("Emmanuel Macron implored Vladimir Putin to accept the ceasefire proposal without conditions.",
     {("demands", "emmanuel-macron", "vladimir-putin")}),
    ("Keir Starmer pushed Donald Trump to impose new sanctions on the Russian banking sector.",
     {("demands", "keir-starmer", "donald-trump")}),
    ("Volodymyr Zelensky pleaded with Western allies to send more air defence systems to the front.",
     {("demands", "volodymyr-zelensky", None)}),
    # pushing for something is proposing it, and a front line pushed to a town asks nothing
    ("The offensive pushed the front line to the outskirts of Pokrovsk, Ukraine's army said.", set()),
])
def test_deadlines_pleas_and_pushes_ask_something_of_someone(aimed, body, expected):
    assert aimed(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the end of a refusal is a condition put to whoever must meet it
    ("Israeli Prime Minister Benjamin Netanyahu has said the war will not end until Hamas is disarmed and all hostages are returned.",
     {("demands", "benjamin-netanyahu", "hamas")}),
    # ... and a prediction in the writer's voice is neither
    ("The fighting will not stop until the end of the year, the analyst said.", set()),
])
def test_a_refusal_until_something_is_done_is_a_condition(aimed, body, expected):
    assert aimed(body) == expected


def test_an_agreement_ready_to_be_signed_is_no_ones_offer(config):
    from generator.extract.article import extract_article

    body = ("The Kremlin said on Tuesday that it was open to a meeting between Putin and Zelensky, but only once a "
            "peace agreement was ready to be signed.")
    facts = extract_article("seeds/example.txt", HEAD + body + "\n", config)
    assert [(c.actor, c.cue) for c in facts.claims] == [("russia", "was open to")]


@pytest.mark.parametrize("body, expected", [
    ("Moscow's terms include recognition of its annexation of Crimea and a ban on Ukraine joining NATO.",
     {("demands", "russia", "ukraine")}),
    ("Among Kyiv's demands: a full ceasefire, the return of deported children and security guarantees.",
     {("demands", "ukraine", None)}),
    # terms someone else judged are no new demand
    ("Russia's terms were rejected by Kyiv as an ultimatum on Monday evening.", set()),
])
def test_a_partys_terms_or_demands_listed_are_its_demands(aimed, body, expected):
    assert aimed(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a body's board speaks for it, as its leaders do
    ("The IAEA's board of governors passed a resolution demanding that Iran cooperate fully with inspectors.",
     {("demands", "iaea", "iran")}),
    # "pressing X to", as "pressed X to"; but "the most pressing issues to resolve" asks nothing
    ("Germany is pressing Poland to agree on a common approach to migration before the summit.",
     {("demands", "germany", "poland")}),
    ("The most pressing issues to resolve are the status of Crimea and sanctions, the Kremlin said.", set()),
    # a retaliation "with counter-tariffs if …" is a threat
    ("Canada said it would retaliate with counter-tariffs if Washington went ahead with the new duties.",
     {("demands", "canada", "united-states")}),
    # a commitment to do something is a pledge; being committed to something is a stance
    ("The G7 leaders committed to maintaining pressure on Russia until a just and lasting peace is achieved.",
     {("proposals", "g7", "russia")}),
    ("Japan is committed to working with its partners for a just peace in Ukraine.", set()),
])
def test_boards_pressing_retaliation_and_commitments(aimed, body, expected):
    assert aimed(body) == expected


@pytest.mark.parametrize("body", [
    "Ukraine is likely to propose a prisoner exchange in Istanbul, officials said.",
    "Russia is set to demand that Ukraine withdraw from the four regions, sources said.",
    "Turkey is poised to offer to host a leaders' summit in Istanbul, diplomats said.",
])
def test_what_a_party_is_likely_or_set_to_do_is_a_forecast(claims, body):
    assert claims(body) == set()


@pytest.mark.parametrize("body, expected", [
    # what someone is urged to do, after "and", is asked of them too: no offer of theirs
    ("British Prime Minister Keir Starmer said the coalition stood ready to “guarantee any peace” and urged Putin "
     "to stop “stalling” and agree to a meeting with Zelensky.",
     {("demands", "keir-starmer", "vladimir-putin")}),
    # ... while a new verb of saying opens the urger's own offer
    ("China urged both sides to exercise restraint and said it was ready to play a constructive role.",
     {("demands", "china", None), ("proposals", "china", None)}),
    # a suggestion that a party should do something is a demand of it, not a proposal
    ("Donald Trump suggested that Ukraine should agree to a deal with Russia soon.",
     {("demands", "donald-trump", "ukraine")}),
])
def test_what_is_urged_or_suggested_of_a_party_is_asked_of_it(aimed, body, expected):
    assert aimed(body) == expected


def test_a_meeting_possible_only_after_a_deal_is_a_condition(config):
    body = ("The Kremlin said a meeting between Putin and Zelensky was possible only after the two delegations "
            "had agreed on a final deal.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert {(kind, f.actor) for kind in ("demands", "proposals") for f in content.records(kind)} == {
        ("demands", "russia")}


def test_a_trailing_attribution_of_a_title_and_a_name_is_no_part_of_the_summary(summaries):
    """(a state's readiness its own leader reiterates is voiced by him, as "expressed Ankara's
    willingness" is by the minister, and told from him; one he only notes stays the state's: see
    the readout test above)"""
    body = ("Pope Leo XIV has reiterated the Holy See's readiness to host negotiations between Russia and Ukraine, "
            "the Vatican's Secretary of State, Cardinal Pietro Parolin, said on Wednesday.")
    assert summaries(body) == {
        "pope-leo-xiv": "Pope Leo XIV has reiterated the Holy See's readiness to host negotiations between Russia "
                        "and Ukraine."}


def test_an_appeal_for_something_is_a_proposal(claims):
    assert claims("On Sunday Pope Leo XIV appealed for the release of all prisoners held by both sides.") == {
        ("proposals", "pope-leo-xiv")}


@pytest.mark.parametrize("body, expected", [
    # a day or a month after "on" or "in" is a time phrase, and the party after it the subject
    ("On Sunday Russia demanded that Ukraine withdraw from the four regions.", {("demands", "russia")}),
    ("In May Russia proposed direct talks in Istanbul with the Ukrainian side.", {("proposals", "russia")}),
    # ... while "may" itself still hedges
    ("Russia may propose direct talks in Istanbul with the Ukrainian side.", set()),
])
def test_a_leading_day_or_month_without_a_comma(claims, body, expected):
    assert claims(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The leaders of France, Germany, Britain and Poland demanded an unconditional ceasefire on Saturday.",
     {("demands", "france"), ("demands", "germany"), ("demands", "united-kingdom"), ("demands", "poland")}),
    ("The foreign ministers of Saudi Arabia and Qatar called for an immediate ceasefire in Gaza.",
     {("proposals", "saudi-arabia"), ("proposals", "qatar")}),
    # ... but a preposition's object is still no subject
    ("Talks with the leaders of France and Germany ended on Saturday without any agreement.", set()),
])
def test_the_leaders_of_listed_states_speak_for_each(claims, body, expected):
    assert claims(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "requested X to", as "asked X to" (not "requested to remain anonymous")
    ("Pakistan requested China to intervene and stop the aggression on its eastern border.",
     {("demands", "pakistan", "china")}),
    ("The official requested to remain anonymous because the talks were confidential.", set()),
    # "stressed (upon) the need for X to act"
    ("India stressed the need for Pakistan to act against terror groups operating from its soil.",
     {("demands", "india", "pakistan")}),
    # the United Nations is a body, not a group of nations no party is
    ("Pakistan urged the United Nations to intervene and stop the aggression on its eastern border.",
     {("demands", "pakistan", "un")}),
])
def test_requests_needs_and_the_united_nations_asked(aimed, body, expected):
    assert aimed(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The Kremlin conditioned any summit on progress at the technical level.", {("demands", "russia")}),
    ("Ukraine conditions its participation on a prior ceasefire, officials said.", {("demands", "ukraine")}),
    ("Weather conditions in the region depend on the season, Ukrainian officials said.", set()),
])
def test_conditioning_something_on_another_is_a_condition(claims, body, expected):
    assert claims(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a document's authors ask what it requires, each of them, told from the document
    ("WASHINGTON - A 28-point peace plan drafted by US and Russian officials would require Ukraine to cede the "
     "parts of the Donetsk region it still controls.",
     {"united-states": "A 28-point peace plan drafted by US and Russian officials would require Ukraine to cede the "
                       "parts of the Donetsk region it still controls.",
      "russia": "A 28-point peace plan drafted by US and Russian officials would require Ukraine to cede the parts "
                "of the Donetsk region it still controls."}),
    ("A US-drafted peace plan would require Ukraine to cede the parts of the Donetsk region it still controls.",
     {"united-states": "A US-drafted peace plan would require Ukraine to cede the parts of the Donetsk region it "
                       "still controls."}),
    # ... and what it mandates or stipulates (no one's, where the document has no author named)
    ("The draft accord written by Turkish officials mandates that Russia must return the prisoners first.",
     {"turkey": "The draft accord written by Turkish officials mandates that Russia must return the prisoners "
                "first."}),
    ("The accord stipulates that both sides withdraw their forces.", {}),
])
def test_what_a_document_requires_is_its_authors_demand(summaries, body, expected):
    assert summaries(body) == expected


def test_a_relative_clause_about_a_party_is_told_of_it_and_apart_from_the_main_clause(summaries, config):
    from generator.extract.article import extract_article

    body = "Russia, which has said it wants Ukraine to abandon its NATO ambitions, launched a drone attack overnight."
    assert summaries(body) == {"russia": "Russia has said it wants Ukraine to abandon its NATO ambitions."}
    body = "The Kremlin, which wants Western sanctions lifted, said any deal must address the root causes of the war."
    facts = extract_article("seeds/example.txt", HEAD + body + "\n", config)
    assert sorted(c.summary for c in facts.claims) == [
        "Russia said any deal must address the root causes of the war.", "Russia wants Western sanctions lifted."]


@pytest.mark.parametrize("body, expected", [
    ("Russia wants any settlement to include a ban on Ukraine joining NATO and limits on its armed forces.",
     {("demands", "russia")}),
    ("The Kremlin wants the talks to address what it calls the root causes of the conflict.", {("demands", "russia")}),
    # a wish about how things go asks nothing
    ("Russia wants the war to end on its terms, analysts said.", set()),
])
def test_what_a_party_wants_a_deal_to_hold_is_its_demand(claims, body, expected):
    assert claims(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Russia as well as Belarus called for an end to Western arms deliveries to Kyiv.",
     {("proposals", "russia"), ("proposals", "belarus")}),
    ("Russia together with China proposed a new resolution on the war at the Security Council.",
     {("proposals", "russia"), ("proposals", "china")}),
    # ... but whom a party met with is no partner
    ("Russia met with China on Monday and proposed a new resolution on the war.", {("proposals", "russia")}),
])
def test_parties_joined_by_as_well_as_or_together_with_both_act(claims, body, expected):
    assert claims(body) == expected


def test_a_second_that_clause_of_a_demand_is_demanded_too(summaries):
    told = summaries("The Kremlin has demanded that Western sanctions be lifted as part of any settlement, and "
                     "that Crimea be recognised as Russian territory.")
    assert told["russia"].endswith("and that Crimea be recognised as Russian territory.")


def test_a_quoted_sentence_opened_by_but_is_told_without_it(config):
    body = ('"We are ready to talk," Volodymyr Zelensky said. "But the first step must be a ceasefire — complete '
            'and unconditional."')
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert "The first step must be a ceasefire." in {f.summary for f in content.demands}


def test_a_title_opening_a_sentence_is_told_as_the_name_it_stands_for(summaries):
    told = summaries("Donald Trump spoke to reporters on Monday. The president said Russia must agree to a "
                     "ceasefire within days.")
    assert told["donald-trump"] == "Donald Trump said Russia must agree to a ceasefire within days."


def test_what_two_parties_both_did_is_told_of_each_without_both(config):
    body = "The European Union and the United States have both called on the two countries to finalise the treaty."
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert {f.summary for f in content.demands} == {
        "The European Union has called on the two countries to finalise the treaty.",
        "The United States has called on the two countries to finalise the treaty."}


def test_a_pronoun_after_but_is_told_as_the_name(config):
    body = ('"We are ready to negotiate," Trade Commissioner Maroš Šefčovič said. But he warned that the EU would '
            "respond with countermeasures if talks failed.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert "Maroš Šefčovič warned that the EU would respond with countermeasures if talks failed." in {
        f.summary for f in content.demands}


@pytest.mark.parametrize("body, summary", [
    # the writer's comment closing the sentence is no part of the position
    ("Russia has demanded limits on the size of Ukraine's armed forces, a point that Kyiv has rejected outright.",
     "Russia has demanded limits on the size of Ukraine's armed forces."),
    # ... also when it leaves out "that" before whoever judged it
    ("Russia has repeatedly demanded that Ukraine cede four regions, a demand Kyiv has rejected as unacceptable.",
     "Russia has repeatedly demanded that Ukraine cede four regions."),
    # ... and the label a receiver gave a position is no part of it
    ("North Korea dismissed Russia's proposal for talks as wishful thinking, saying it had no interest in them.",
     "Russia's proposal for talks."),
    # ... but an item of a list is
    ("Russia demanded a ceasefire, a buffer zone that Ukraine would patrol, and new elections in Ukraine.",
     "Russia demanded a ceasefire, a buffer zone that Ukraine would patrol, and new elections in Ukraine."),
    # what the reporting speaker said besides is hers, not the offer's ("including …" is the offer's)
    ("Giorgia Meloni said Russia was ready to host talks, calling it a positive signal.",
     "Russia was ready to host talks."),
    ("Giorgia Meloni said Russia was ready to work on a memorandum, including the timing of a ceasefire.",
     "Russia was ready to work on a memorandum, including the timing of a ceasefire."),
])
def test_a_closing_comment_is_cut_from_the_summary(summaries, body, summary):
    assert summaries(body)["russia"] == summary


@pytest.mark.parametrize("sentence, expected", [
    ("Russia rejected calls by France to agree to a 30-day ceasefire.", {("demands", "france", "russia")}),
    ("Ukraine dismissed demands by Russia to withdraw from four regions.", {("demands", "russia", "ukraine")}),
    # (calls whose maker is no party are nobody's demand)
    ("Calls by the protesters to hold new elections grew louder.", set()),
])
def test_calls_made_by_a_party_are_its_demands_even_when_another_rejects_them(targets, sentence, expected):
    """The one who rejects a call is its target; the party after "by" made it."""
    assert targets(sentence) == expected


def test_an_offer_after_a_closed_condition_is_made_and_told_from_its_own_clause(summaries, targets):
    """A comma closes "if …" and "although …": what follows is the position, and its "it" is the
    party named in the clause before."""
    assert targets("Volodymyr Zelensky said that if Russia agreed, he was ready to meet Putin in Istanbul.") == {
        ("proposals", "volodymyr-zelensky", "vladimir-putin")}
    assert summaries("Dmitry Peskov said that although Moscow disagreed with parts of the plan, it was ready to "
                     "continue talks in Istanbul.") == {"russia": "Russia was ready to continue talks in Istanbul."}
    # (an open "if" still makes it a supposition)
    assert targets("Analysts asked if Russia was ready to continue talks in Istanbul.") == set()


def test_a_proposal_put_forward_by_two_parties_is_told_alike_for_both(summaries):
    """Both agents made the same proposal; each fact is told from the proposal's whole noun
    phrase, not one from the phrase and the other from the sentence's start."""
    got = summaries("Observers are waiting for Russia's reply after Ukraine announced it had accepted a new "
                    "prisoner exchange and ceasefire proposal put forward by Turkey and Qatar.")
    told = "A new prisoner exchange and ceasefire proposal put forward by Turkey and Qatar."
    assert got == {"turkey": told, "qatar": told}


@pytest.mark.parametrize("sentence, expected", [
    # the plan is the subject; Qatar only describes it and the US initiative is only named
    ("The plan, described by Qatar as nearly identical to a recent U.S. initiative, calls for a 60-day truce.",
     set()),
    ("The plan, drafted by Qatar and Turkey, calls for a 60-day truce.",
     {("proposals", "qatar", None), ("proposals", "turkey", None)}),
    # (the document's own party still speaks through it)
    ("The Russian memorandum, published by state media on Monday, demands that Ukraine withdraw its troops.",
     {("demands", "russia", "ukraine")}),
])
def test_the_parties_in_an_aside_after_a_document_are_not_its_subject(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Emmanuel Macron emphasised the need for a full and unconditional ceasefire.",
     {("proposals", "emmanuel-macron", None)}),
    ("Recep Tayyip Erdogan underlined the urgent need to allow humanitarian aid into the occupied areas.",
     {("proposals", "recep-tayyip-erdogan", None)}),
    # (the need for a party to act asks it: a demand)
    ("Emmanuel Macron emphasised the need for Russia to agree to a full and unconditional ceasefire.",
     {("demands", "emmanuel-macron", "russia")}),
])
def test_stressing_the_need_for_something_calls_for_it(targets, sentence, expected):
    assert targets(sentence) == expected


def test_a_demand_reiterated_with_an_aside_before_its_that_clause(targets):
    assert targets("Recep Tayyip Erdogan reiterated his demand, first made in February, that Russia withdraw "
                   "its troops.") == {("demands", "recep-tayyip-erdogan", "russia")}


@pytest.mark.parametrize("sentence, expected", [
    # "in order to" is a purpose, never an order
    ("Turkey said that in order to help, it would send observers to the border.", set()),
    ("Russia is ready for constructive cooperation with the United States, the Russian Foreign Ministry said.",
     {("proposals", "russia", "united-states")}),
])
def test_in_order_to_orders_nothing_and_readiness_for_cooperation_offers_it(targets, sentence, expected):
    assert targets(sentence) == expected


def test_a_spokesperson_named_after_a_closing_quote_is_cut_from_the_summary(summaries):
    got = summaries("Washington welcomed the Turkish-brokered ceasefire “between Ruritania and the rebels,” Jane Doe, "
                    "White House press secretary, announced on Monday.")
    assert got == {"united-states": "The United States welcomed the Turkish-brokered ceasefire between Ruritania "
                                    "and the rebels."}


def test_lawmakers_party_and_state_tags_join_a_list_and_leave_the_summary(summaries):
    got = summaries("Senators Hanna Berg, R-Ark., and Ivo Lind, D-Conn., have pressed for stringent sanctions "
                    "against Russia.")
    assert got == {"hanna-berg": "Hanna Berg has pressed for stringent sanctions against Russia.",
                   "ivo-lind": "Ivo Lind has pressed for stringent sanctions against Russia."}


@pytest.mark.parametrize("sentence, expected", [
    ("Donald Trump announced a 10-day deadline for Russia to end its war against Ukraine.",
     {("demands", "donald-trump", "russia")}),
    # doubt voiced about a party's readiness is no offer of that party's
    ("Lindsey Graham expressed skepticism about Russia's willingness to comply with the ceasefire.", set()),
    ("Donald Trump spoke on Friday. On Friday, Trump restrained Putin, indicating he should halt the strikes at once.",
     {("demands", "donald-trump", "vladimir-putin")}),
])
def test_an_announced_deadline_a_doubted_readiness_and_what_was_indicated(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Ukraine sought assurances that any ceasefire would be monitored by international observers.",
    "Kyiv is seeking security guarantees from its Western allies.",
])
def test_guarantees_a_party_seeks_are_its_demand(targets, sentence):
    assert targets(sentence) == {("demands", "ukraine", None)}


def test_a_trailing_attribution_to_someone_only_titled_is_cut_from_the_summary(summaries):
    assert summaries("Turkey has offered to host a leaders' summit in Istanbul, a senior Turkish official said.") == {
        "turkey": "Turkey has offered to host a leaders' summit in Istanbul."}


def test_he_before_a_second_quote_of_the_same_speaker_is_named(summaries):
    got = summaries("Volodymyr Zelensky spoke in Kyiv on Monday.\n"
                    "“We want peace,” he told reporters, adding: “But Russia must stop the strikes first.”")
    assert got == {"volodymyr-zelensky": "“We want peace,” Volodymyr Zelensky told reporters, adding: “But Russia "
                                         "must stop the strikes first.”"}


@pytest.mark.parametrize("sentence, expected", [
    ("Donald Trump indicated that failure to comply would result in tariffs and other punitive measures "
     "against Russia.", {("demands", "donald-trump", "russia")}),
    # (in an analyst's voice it is a forecast, no one's threat)
    ("Analysts said the move could lead to new sanctions on Moscow.", set()),
])
def test_a_measure_a_party_says_would_follow_is_a_threat(targets, sentence, expected):
    assert targets(sentence) == expected


def test_the_items_under_a_label_naming_a_partys_demands_are_its_demands(aimed):
    body = ("Russia's demands include:\n"
            "* Ukraine must withdraw its troops from the four regions.\n"
            "* Western sanctions must be lifted.\n")
    assert aimed(body) == {("demands", "russia", "ukraine"), ("demands", "russia", None)}


def test_each_item_of_a_list_after_a_colon_is_told_with_the_lead_alone(config):
    """"Turkey said it held to three principles: A; B; and C": each item is one demand, told
    after the lead, without the items before it."""
    body = ("Turkey said it was holding to three principles: Greece must be the first to declare a truce; "
            "any truce must be verified by monitors; and Greece must help clear the mines.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted(f.summary for f in content.records("demands")) == [
        "Turkey said it was holding to three principles: Greece must be the first to declare a truce.",
        "Turkey said it was holding to three principles: Greece must help clear the mines.",
        "Turkey said it was holding to three principles: any truce must be verified by monitors.",
    ]


def test_a_second_offer_after_a_semicolon_is_told_from_its_own_clause(config):
    body = ("Turkey offered to host the next round in Istanbul; it also proposed an exchange of all prisoners of "
            "war before winter.")
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted(f.summary for f in content.proposals) == [
        "Turkey also proposed an exchange of all prisoners of war before winter.",
        "Turkey offered to host the next round in Istanbul.",
    ]


def test_a_readiness_quoted_from_another_partys_statement_is_the_ready_partys(claims):
    """China says, in quotes, that Turkey is ready: China reports Turkey's stance, it offers nothing."""
    assert claims("China's statement that “Turkey is ready for a ceasefire” was welcomed in Kyiv.") == {
        ("proposals", "turkey")}


@pytest.mark.parametrize("sentence, expected", [
    # a party that demands or wants, named as the subject inside someone's quote, is who demands
    ("“Russia demands that we give up our land,” Volodymyr Zelensky said.", {("demands", "russia", None)}),
    ("“The US wants a deal by the summer,” Volodymyr Zelensky said.", {("demands", "united-states", None)}),
    # ("US" is no "us": only the speaker's own side speaks in the first person)
    ("“We demand that Russia withdraw its troops,” Volodymyr Zelensky said.",
     {("demands", "volodymyr-zelensky", "russia")}),
])
def test_a_party_named_as_the_subject_of_a_demand_in_a_quote_demands_it(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Turkey urged the public to remain calm as talks went on.", set()),
    ("Turkey called on its citizens to leave the border villages before Friday.", set()),
    ("Turkey called on Greece to leave the border villages before Friday.", {("demands", "turkey", "greece")}),
    ("Turkey urged Greece to stop its naval exercises near the islands.", {("demands", "turkey", "greece")}),
])
def test_what_a_party_asks_of_the_public_is_no_demand(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a refusal that lasts until the other side acts sets that as a condition
    ("Hamas refused to release the hostages until Israel ends the war.", {("demands", "hamas", "israel")}),
    ("Hamas leader Jan Novak reiterated the group's refusal to lay down its weapons until Israel withdraws from "
     "the border posts.", {("demands", "jan-novak", "israel")}),
    ("The Turkish minister refused to comment until the talks were over.", set()),
    # a leader's regime or team speaks for the leader
    ("Vladimir Putin's team insisted on a ceasefire first.", {("demands", "vladimir-putin", None)}),
])
def test_a_refusal_until_the_other_side_acts_and_a_leaders_own_circle(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # refusing to yield something held is a red line
    ("Hamas said it would not give up its weapons.", {("demands", "hamas", None)}),
    ("Ukraine will never cede any territory to Russia, Volodymyr Zelensky said.",
     {("demands", "volodymyr-zelensky", "russia")}),
    # ... but not hope or efforts, which no one can be asked for
    ("Volodymyr Zelensky said Ukraine would not give up hope.", set()),
    ("Turkey will not give up its efforts to bring the two sides together.", set()),
])
def test_refusing_to_yield_something_held_is_a_red_line(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a new subject and its verb after a bare "and" opens a clause of its own
    ("Turkey agreed to host the talks and the United States would impose sanctions if Russia refused.",
     {("proposals", "turkey", "Turkey agreed to host the talks."),
      ("demands", "united-states", "The United States would impose sanctions if Russia refused.")}),
    ("Turkey called for a truce between Russia and Ukraine and Qatar offered to mediate.",
     {("proposals", "turkey", "Turkey called for a truce between Russia and Ukraine."),
      ("proposals", "qatar", "Qatar offered to mediate.")}),
    # ... but two names joined by "and" are one subject, wherever they stand
    ("Russia and Ukraine agreed to a prisoner exchange.",
     {("proposals", "russia", "Russia agreed to a prisoner exchange."),
      ("proposals", "ukraine", "Ukraine agreed to a prisoner exchange.")}),
])
def test_a_clause_after_a_bare_and_has_its_own_subject(config, sentence, expected):
    content = extract_all([Seed("seeds/example.txt", HEAD + sentence + "\n")], config, jobs=1)
    assert {(kind, f.actor, f.summary) for kind in ("demands", "proposals") for f in content.records(kind)} == expected


@pytest.mark.parametrize("sentence, expected", [
    # what a party's plan has the other side do is the party's demand of it
    ("Under the Turkish proposal, Greece would withdraw its navy from the disputed waters within 30 days.",
     {("demands", "turkey", "greece")}),
    ("According to the Turkish memorandum, Greece will hold elections on the islands.",
     {("demands", "turkey", "greece")}),
    # ... but no one's plan, a party's word alone, or someone's forecast is no demand
    ("Under the plan, Greece would withdraw its navy from the disputed waters within 30 days.", set()),
    ("According to Turkey, Greece will hold elections on the islands.", set()),
    ("Turkish Foreign Minister Jan Novak said Greece would withdraw its navy.", set()),
])
def test_what_a_partys_plan_has_the_other_side_do(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("body, expected", [
    # a party's own "demand to" is its demand
    ("Sergei Lavrov again drew attention to Russia's demand to return its seized diplomatic property.",
     {("demands", "russia", None)}),
    ("Ukraine rejected the demand to withdraw from the four regions.", set()),
    # "They" standing for no party keeps its second verb from any name read in between
    ("Jane Doe spoke with Jan Novak on Monday. They also discussed the meeting between Sergei Lavrov and US envoy "
     "Kurt Volker, which took place in Belgrade, and stressed the importance of continuing contacts.", set()),
])
def test_a_partys_demand_to_and_an_unresolved_they(targets, body, expected):
    assert targets(body) == expected


def test_each_subject_of_a_with_clause_keeps_its_own_participle(config):
    body = "The talks ended on Monday, with Turkey offering to host the next round and Greece calling for a truce."
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert sorted((f.actor, f.target, f.summary) for f in content.proposals) == [
        ("greece", None, "Greece called for a truce."),
        ("turkey", None, "Turkey offered to host the next round."),
    ]


@pytest.mark.parametrize("body, expected", [
    # a clause of another subject after "as" or "while" is no part of the claim, nor whom it is put to
    ("The United Nations called for an immediate ceasefire as Sudan faces one of the worst crises.",
     {("proposals", "un", None, "The United Nations called for an immediate ceasefire.")}),
    ("Turkey is ready to mediate between the parties as Moscow insists on its conditions for a ceasefire.",
     {("proposals", "turkey", None, "Turkey is ready to mediate between the parties."),
      ("demands", "russia", None, "Russia insists on its conditions for a ceasefire.")}),
    # ... but "as well as", "as long as" and "as possible venues" open no clause
    ("The two sides had agreed to exchange all wounded prisoners, as well as the bodies of 6,000 soldiers. "
     "Ukraine suggested Turkey, the Vatican or Switzerland as possible venues.",
     {("proposals", "ukraine", "turkey", "Ukraine suggested Turkey, the Vatican or Switzerland as possible venues.")}),
    # a proposal received "as" a clause goes on is told without the clause's comma
    ("The army is reviewing a US proposal for a three-month ceasefire, as famine deepens across the region.",
     {("proposals", "united-states", None, "A US proposal for a three-month ceasefire.")}),
    # a participle after a verb with an object ("declared a pause") is its subject's, and so are pledges
    ("Hamas leader Jan Novak declared a three-month pause, pledging to protect aid convoys.",
     {("proposals", "jan-novak", None, "Jan Novak pledged to protect aid convoys.")}),
    ("In a statement, Turkey said it looks forward to implementing the arrangement.",
     {("proposals", "turkey", None, "Turkey looks forward to implementing the arrangement.")}),
])
def test_clauses_after_as_and_participles_after_an_object(config, body, expected):
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert {(kind, f.actor, f.target, f.summary) for kind in ("demands", "proposals")
            for f in content.records(kind)} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a readiness quoted with its adverb, and an endorsement, are offers
    ("Hamas said it was “actively ready to reach an agreement” to end the war.", {("proposals", "hamas")}),
    ("The UN Security Council on Monday endorsed a proposal for a ceasefire between Israel and Hamas.",
     {("proposals", "un-security-council")}),
    ("Russia was “not ready” to sign the memorandum, Jane Doe said.", set()),
])
def test_a_quoted_readiness_and_an_endorsement(claims, sentence, expected):
    assert claims(sentence) == expected


@pytest.mark.parametrize("body, expected", [
    # "they" after two speakers in a clause of their own is theirs, not the main clause's party
    ("Egypt's statement came shortly after Hamas and Islamic Jihad said they were ready to reach an agreement "
     "to end the war.", {("proposals", "hamas"), ("proposals", "islamic-jihad")}),
    # what a party endorsed "last week" is told from the thing endorsed
    ("Officials met in Doha to discuss a proposal that US President Joe Biden publicly endorsed last week.",
     {("proposals", "joe-biden")}),
    # endorsing someone's proposal leaves the proposal its owner's
    ("The UN Security Council on Monday endorsed US President Joe Biden's proposal for a ceasefire in Gaza.",
     {("proposals", "joe-biden"), ("proposals", "un-security-council")}),
])
def test_speakers_in_a_clause_of_their_own_and_proposals_endorsed(claims, body, expected):
    assert claims(body) == expected


def test_the_chairperson_named_later_is_the_one_introduced(summaries):
    body = ("The Chairperson of the African Union Commission Jane Doe arrived in Addis Ababa. "
            "The chairperson called on the parties to respect the truce and protect civilians.")
    assert summaries(body) == {
        "jane-doe": "Jane Doe called on the parties to respect the truce and protect civilians."}


@pytest.mark.parametrize("sentence, expected", [
    # a demand given up is no demand
    ("Ukrainian negotiators have dropped a demand that Russian troops leave the region before the talks.", set()),
    ("Russia withdrew its demand for a buffer zone along the border.", set()),
    # pressing for another party to act asks it of that party
    ("Earlier this month Washington was pushing for Ukraine to withdraw its troops before the signing.",
     {("demands", "united-states", "ukraine")}),
    ("The United States pushed for a ceasefire along the whole front line.", {("proposals", "united-states", None)}),
])
def test_a_demand_given_up_and_pressing_for_another_to_act(targets, sentence, expected):
    assert targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Russia and Ukraine agreed on a prisoner swap after the talks in Istanbul.",
     {("proposals", "russia"), ("proposals", "ukraine")}),
    ("Turkey and Greece have agreed on the immediate cessation of hostilities along the border.",
     {("proposals", "turkey"), ("proposals", "greece")}),
    # agreeing on a date or on nothing proposes no step
    ("Russia and Ukraine agreed on the date of the next meeting in Istanbul.", set()),
])
def test_agreeing_on_a_step_proposes_it(claims, sentence, expected):
    assert claims(sentence) == expected


@pytest.mark.parametrize("body", [
    # a surname the article never gave with a title: "he" is that man, not the minister before him
    "Ruritanian Foreign Minister Jan Novak spoke with Turkey's president on Monday.\n\n"
    "Lindqvist said Turkey was watching the conflict closely. He said Turkey must stop arms sales to Ruritania.",
    "Ruritanian Foreign Minister Jan Novak spoke with Turkey's president on Monday.\n\n"
    "Mr Lindqvist told reporters Turkey was watching closely. He said Turkey must stop arms sales to Ruritania.",
])
def test_he_after_someone_the_gazetteer_does_not_know_is_not_the_person_named_before(claims, body):
    assert ("demands", "jan-novak") not in claims(body)


@pytest.mark.parametrize("body, expected", [
    # backing a party is taking its side, no proposal
    ("Greece has firmly supported Cyprus since the crisis began, the prime minister said.", set()),
    ("Britain backed Ukraine in its fight, the prime minister said on Monday.", set()),
    ("President Donald Trump welcomed Volodymyr Zelensky to the White House on Monday for a lunch.", set()),
    # ... but backing what a party proposes, or a party's doing something, is a position
    ("France endorsed Ukraine's plan for a ceasefire on Monday, the ministry said.", {("proposals", "france")}),
    ("Greece supported Cyprus joining the new trade pact, the prime minister said.", {("proposals", "greece")}),
    ("Greece supported the proposal for a ceasefire, the prime minister said on Monday.",
     {("proposals", "greece")}),
    # (a party qualifying the object is no object: "EU plans")
    ("France supported EU plans for a ceasefire, the ministry said on Monday.", {("proposals", "france")}),
])
def test_a_verb_of_support_with_a_party_as_its_object_proposes_nothing(claims, body, expected):
    assert claims(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the verb after "which" is the initiative's, and so the party whose initiative it is
    ("Greece characterized the new offer as almost identical to a previous Turkish initiative which "
     "suggested a 60-day truce.", {("proposals", "turkey")}),
    ("Greece characterized the offer as close to a plan by Turkey that called for a 60-day truce.",
     {("proposals", "turkey")}),
    # ... but a thing of no party named is the subject's own
    ("Greece issued a statement which called for a 60-day truce on Monday.", {("proposals", "greece")}),
])
def test_a_verb_after_which_is_the_party_whose_thing_which_stands_for(claims, body, expected):
    assert claims(body) == expected


def test_a_thing_opening_the_sentence_is_its_subject_not_a_party_named_after_it(claims):
    """"The deal does not address the gains of Greece but calls for Turkey to …": the deal's terms, not Greece's."""
    assert ("demands", "greece") not in claims(
        "The deal does not explicitly address the gains of Greece but calls for Turkey to end the blockade it has imposed.")


def test_an_absolute_clause_after_with_and_its_lowercase_subject_ends_at_the_next_subject(aimed):
    """", with the two countries pledging … and President Trump boasting …": he is no target of the pledge."""
    got = aimed("Greece and Turkey signed a peace agreement in Athens on Friday, with the two countries pledging to "
                "pull back support for militias and President Donald Trump boasting of securing new trade.")
    assert got == {("proposals", "greece", None), ("proposals", "turkey", None)}


@pytest.mark.parametrize("body", [
    "China calls on all parties concerned to return to talks at an early date.",
    "China urged the parties involved to return to talks at an early date.",
    "China calls on parties concerned to return to the right track of political settlement at an early date.",
])
def test_a_call_on_the_parties_concerned_is_a_demand_of_no_party(aimed, body):
    assert aimed(body) == {("demands", "china", None)}


def test_a_group_asked_with_an_aside_before_to_is_still_no_party(aimed):
    got = aimed("Jan Novak, the Greek foreign minister, urged the two sides -- both longtime friends of Greece -- to "
                "pursue de-escalation and to prevent external actors, particularly Turkey, from exploiting the situation.")
    assert ("demands", "jan-novak", "turkey") not in got and ("demands", "jan-novak", None) in got


def test_what_a_party_agreed_to_before_the_verb_is_no_offer_now(claims):
    """"provisions Turkey agreed to at the same time have not been implemented": no offer told here."""
    assert claims("Greece has argued that provisions Turkey agreed to at the same time have also not been "
                  "implemented.") == set()


@pytest.mark.parametrize("body, expected", [
    # a word that qualifies the owned noun stands between the possessive and it
    ("Greece said it was ready for talks, responding to Turkey’s recent openness to dialogue with Athens.",
     {("proposals", "greece", None), ("proposals", "turkey", "greece")}),
    ("Greece noted Turkey’s latest proposal for a ceasefire in the Aegean.", {("proposals", "turkey", None)}),
])
def test_a_possessive_owns_the_noun_after_its_qualifiers(aimed, body, expected):
    assert aimed(body) == expected


@pytest.mark.parametrize("body, actor", [
    ("The United States dismissed a proposal by Greece for direct talks with Turkey.", "greece"),
    ("The United States dismissed a proposal by Greek Prime Minister Jan Novak for direct talks with Turkey.",
     "jan-novak"),
    ("Turkey rejected an offer by Greece to host the talks on Rhodes.", "greece"),
])
def test_a_proposal_by_a_party_that_another_dismissed_is_still_the_partys(claims, body, actor):
    assert ("proposals", actor) in claims(body)


def test_a_plan_presented_to_a_party_named_first_is_proposed_to_it(aimed):
    assert aimed("Greece presented Turkey with a plan for a joint fisheries zone on Monday.") == {
        ("proposals", "greece", "turkey")}


def test_as_if_it_does_not_exist_is_a_manner_not_a_condition(claims):
    assert claims("After the cabinet meeting, the Greek government said it would “treat this decision as if it does "
                  "not exist.”") == set()


def test_a_partys_conditions_named_at_the_sentences_end_say_nothing_of_what_they_are(claims):
    assert claims("Turkey has previously rejected demands to withdraw, a central element of Greece’s conditions "
                  "for any truce.") == set()


@pytest.mark.parametrize("body, summary", [
    ("Greece's position is clear: Turkey must withdraw its ships from the area.",
     "Greece's position is clear: Turkey must withdraw its ships from the area."),
    ("The EU's official position has been clear from day one: Russia must withdraw all its troops.",
     "The EU's official position has been clear from day one: Russia must withdraw all its troops."),
    ("Greece's stance remains “clear and uncompromising” — that Turkish ships must not enter the bay.",
     "Greece's stance remains “clear and uncompromising” — that Turkish ships must not enter the bay."),
])
def test_what_must_happen_after_a_partys_position_is_its_demand(config, body, summary):
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [(f.actor, f.summary) for f in content.records("demands")] == [
        ("greece" if body.startswith("Greece") else "european-union", summary)]


def test_a_counterpart_named_after_his_state_is_the_target_and_his_own_offer_stays_his(aimed):
    got = aimed("Greek Prime Minister Jan Novak said on Monday he is prepared to talk to his Turkish counterpart "
                "Hanna Berg, who earlier said she was open to meeting him to discuss the islands.")
    assert ("proposals", "jan-novak", "hanna-berg") in got
    assert any(actor == "hanna-berg" for _, actor, _ in got)


@pytest.mark.parametrize("body, summary", [
    ("Greece is ready for talks as long as the islands are discussed, Greek Prime Minister Jan Novak said at a "
     "conference in Munich where he had a difficult talk with the Turkish foreign minister.",
     "Greece is ready for talks as long as the islands are discussed, Greek Prime Minister Jan Novak said."),
    # (a short circumstance stays, and so does a name after the verb)
    ("Greece is ready for talks as long as the islands are discussed, Greek Prime Minister Jan Novak said on Monday.",
     "Greece is ready for talks as long as the islands are discussed, Greek Prime Minister Jan Novak said on Monday."),
])
def test_a_summary_ends_with_who_said_it_not_the_circumstances_after(config, body, summary):
    content = extract_all([Seed("seeds/example.txt", HEAD + body + "\n")], config, jobs=1)
    assert [f.summary for f in content.records("demands")] == [summary]
