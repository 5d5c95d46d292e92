"""Merging per-article results into one record per actor."""

from collections import Counter

from generator.extract.corpus import _distinct_aliases


def test_aliases_that_differ_only_in_case_are_one_alias():
    seen = Counter({"The Russian leader": 3, "the Russian leader": 1, "Mr Putin": 2, "Vladimir Putin": 5,
                    "vladimir putin": 1})
    assert _distinct_aliases(seen, "Vladimir Putin") == ["Mr Putin", "the Russian leader"]


def test_mentions_found_with_or_without_the_word_prefilter():
    from generator.extract.actors import ActorEntry, ActorIndex

    index = ActorIndex([ActorEntry("kremlin", "the Kremlin", "organisation", aliases=["Kremlin"]),
                        ActorEntry("g7", "G7", "organisation", aliases=["7"]),
                        ActorEntry("un", "United Nations", "organisation", descriptions=["the world body"])])
    text = "The Kremlin told the World Body that 7 members and the G7 disagree."
    assert [(m.actor, m.surface) for m in index.find(text)] == [
        ("kremlin", "Kremlin"), ("un", "the World Body"), ("g7", "7"), ("g7", "G7")]
    assert index.find("Nothing here names anyone.") == []


def test_a_persons_state_is_an_actor_even_where_only_its_adjective_names_it(config):
    """Emmanuel Macron's gazetteer entry and a newly discovered Hungarian prime minister both link
    to their states, though no sentence names France or Hungary."""
    from generator.extract.article import extract_article
    from generator.extract.corpus import merge_articles

    text = ("Example News\nLeaders meet as talks stall\n"
            "French President Emmanuel Macron said on Monday that Europe would keep up the pressure.\n"
            "Hungarian Prime Minister Viktor Orban said the sanctions had failed and must be lifted.\n")
    content = merge_articles([extract_article("seeds/a.txt", text, config, None)], config)
    actors = {a.id: a for a in content.actors}
    assert actors["emmanuel-macron"].affiliation == "france"
    assert actors["viktor-orban"].affiliation == "hungary"
    assert actors["france"].kind == actors["hungary"].kind == "state"


def test_two_outlets_quoting_the_same_few_words_quote_one_thing(config):
    """Too short to share three content words, "willing to engage" from one outlet and "willing
    to engage," from another are still one quote; so are "the US" and "the U.S." in a quote."""
    from generator.extract.article import extract_article
    from generator.extract.corpus import merge_articles

    first = ("Example News\nVance warns Russia\nMay 19, 2025\n"
             'JD Vance said that if Russia is not "willing to engage" then "eventually, the US has to say '
             'this is not our war".\n')
    second = ("Example Times\nVance says US could walk away\nMay 20, 2025\n"
              'U.S. Vice President J.D. Vance said that if Russia is not "willing to engage," then '
              '"eventually, the U.S. has to say this is not our war," he added.\n')
    content = merge_articles([extract_article("seeds/a.txt", first, config, None),
                              extract_article("seeds/b.txt", second, config, None)], config)
    vance = sorted(sorted(ref.quote for ref in q.sources) for q in content.quotes if q.speaker == "jd-vance")
    assert vance == [["eventually, the U.S. has to say this is not our war,",
                      "eventually, the US has to say this is not our war"],
                     ["willing to engage", "willing to engage,"]]


def test_an_adjective_alone_is_no_name_a_state_goes_by(config):
    """"Russian and Ukrainian delegations" names both states; "Russian" is not listed as what
    Russia is also called, while "Ukrainian delegations" is a phrase that names Ukraine."""
    from generator.extract.article import extract_article
    from generator.extract.corpus import merge_articles

    text = ("Example News\nTalks resume in Istanbul\n"
            "Russian and Ukrainian delegations resumed direct negotiations in Istanbul on Friday, agreeing in "
            "principle to exchange 1,000 prisoners of war.\n")
    content = merge_articles([extract_article("seeds/a.txt", text, config, None)], config)
    aliases = {a.id: a.aliases for a in content.actors}
    assert {p.actor for p in content.proposals} == {"russia", "ukraine"}
    assert "Russian" not in aliases["russia"] and "Ukrainian delegations" in aliases["ukraine"]


def test_one_persons_different_demands_are_not_one_fact_for_sharing_her_name_and_title(config):
    """Every report of the EU's foreign policy chief names her so; two different demands of hers
    are two facts, while the same demand in two outlets, its target named two ways, is one."""
    from generator.extract.article import extract_article
    from generator.extract.corpus import merge_articles

    pages = [
        ("seeds/a.txt", "Example News\nSanctions talks\nMay 21, 2025\n"
         "EU foreign policy chief Kaja Kallas urged the United States to join the new sanctions package.\n"),
        ("seeds/b.txt", "Example Times\nSanctions talks\nMay 21, 2025\n"
         "EU foreign policy chief Kaja Kallas called on Russia to accept an unconditional ceasefire.\n"),
        ("seeds/c.txt", "Example Post\nSanctions talks\nMay 21, 2025\n"
         "The EU's top diplomat Kaja Kallas urged Washington to join the new sanctions package on Wednesday.\n"),
    ]
    content = merge_articles([extract_article(file, text, config, None) for file, text in pages], config)
    facts = sorted((f.target, sorted(ref.source for ref in f.sources)) for f in content.demands)
    sources = {s.file: s.id for s in content.sources}
    assert facts == [("russia", [sources["seeds/b.txt"]]),
                     ("united-states", sorted([sources["seeds/a.txt"], sources["seeds/c.txt"]]))]



def test_two_articles_of_one_outlet_and_day_get_ids_that_check_accepts(config):
    """The second is told apart by the end of its file name, which may start at a hyphen
    ("…-factbox"): the id must still be a slug, or `check` rejects what `extract` wrote."""
    from generator.extract.run import extract_all
    from generator.model import SLUG
    from generator.seeds import Seed

    text = ("Reuters\nTalks resume in Geneva on the ceasefire\nMay 20, 2025\n"
            "GENEVA, May 20 (Reuters) - Russia demanded that Ukraine withdraw its troops.\n")
    content = extract_all([Seed("seeds/probe-one.txt", text), Seed("seeds/probe30-factbox.txt", text)], config, jobs=1)
    ids = [source.id for source in content.sources]
    assert len(set(ids)) == 2 and all(SLUG.match(i) for i in ids), ids


def test_a_person_found_in_several_articles_keeps_the_state_one_of_them_names(config):
    """"Foreign Secretary Jane Doe said" names no state; "Arden's Foreign Secretary Jane Doe" in
    another article does. Whichever article comes first, she is Arden's."""
    from generator.extract.run import extract_all
    from generator.seeds import Seed

    bare = ("Example News\nTalks resume on the ceasefire in Geneva\nMay 20, 2025\n"
            "Foreign Secretary Hanna Berg said Russia must agree to a ceasefire.\n")
    named = ("Example News\nTalks resume on the ceasefire in Geneva\nMay 21, 2025\n"
             "Britain's Foreign Secretary Hanna Berg said Russia must agree to a ceasefire.\n")
    content = extract_all([Seed("seeds/a.txt", bare), Seed("seeds/b.txt", named)], config, jobs=1)
    assert {a.id: a.affiliation for a in content.actors}["hanna-berg"] == "united-kingdom"


def test_two_claims_of_one_sentence_stay_two_unless_one_is_told_within_the_other(config):
    """A sentence may hold two demands of one party on another; sharing their sentence, they share
    all its words, yet they are two facts. Two cues of one claim ("demanded that …, as a condition for …")
    are still one."""
    from generator.extract.article import extract_article
    from generator.extract.corpus import merge_articles

    text = ("Example News\nTalks\nMay 21, 2025\n"
            "Turkey said it was holding to two principles: Greece must be the first to declare a truce; and Greece "
            "must help clear the mines along the border.\n"
            "Russia has demanded that Ukraine withdraw its troops from four regions — Donetsk, Luhansk, Zaporizhzhia "
            "and Kherson — as a condition for a ceasefire.\n")
    content = merge_articles([extract_article("seeds/a.txt", text, config, None)], config)
    assert sorted((f.actor, f.target) for f in content.demands) == [
        ("russia", "ukraine"), ("turkey", "greece"), ("turkey", "greece")]
