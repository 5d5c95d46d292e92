"""Extraction on the real seeds: verbatim quotes, no furniture, the story's key facts."""

import pytest

from generator.check import validate
from generator.extract.run import extract_all
from generator.seeds import read_seeds
from generator.textmatch import occurs_in
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def content(config):
    seeds, _ = read_seeds(ROOT / "seeds", ROOT)
    return extract_all(seeds, config, jobs=1)


@pytest.fixture(scope="module")
def texts():
    return {p.name: p.read_text() for p in (ROOT / "seeds").glob("*.txt")}


def all_refs(content):
    for name in ("demands", "proposals", "quotes"):
        for fact in content.records(name):
            for ref in fact.sources:
                yield name, fact, ref


def test_every_quote_is_verbatim_in_its_article(content):
    files = {s.id: (ROOT / s.file).read_text() for s in content.sources}
    for _, fact, ref in all_refs(content):
        assert occurs_in(ref.quote, files[ref.source]), (fact.id, ref.quote)


def test_sources_metadata(content):
    by_file = {s.file.rsplit("/", 1)[-1][:3]: s for s in content.sources}
    assert (by_file["000"].outlet, by_file["000"].published) == ("Sky News", "2025-05-19")
    assert (by_file["001"].outlet, by_file["001"].published) == ("teleSUR", "2025-05-19")
    assert (by_file["002"].outlet, by_file["002"].published) == ("The Independent", None)
    assert (by_file["003"].outlet, by_file["003"].published) == (None, None)  # live blog: never a guess
    assert by_file["004"].published == "2025-05-20"


def test_no_fact_or_actor_from_page_furniture(content):
    furniture = ["Install the Sky News app", "Please refresh", "Read Entire Article", "Get Apps", "Privacy notice",
                 "Notifications can be managed", "Related News"]
    for _, _, ref in all_refs(content):
        assert not any(f.lower() in ref.quote.lower() for f in furniture), ref.quote
    names = {a.name for a in content.actors}
    assert not names & {"Get Apps", "Light Dark", "Wechat", "Weibo"}


def test_journalists_are_media_not_parties(content):
    kinds = {a.id: a.kind for a in content.actors}
    assert kinds.get("ivor-bennett") == "media"
    assert kinds.get("mark-stone") == "media"
    parties = {f.actor for n in ("demands", "proposals") for f in content.records(n)}
    assert not {a for a, k in kinds.items() if k == "media"} & parties
    # "our Moscow correspondent" reports from Moscow; he does not belong to Russia
    affiliations = {a.id: a.affiliation for a in content.actors}
    assert affiliations["ivor-bennett"] is None and affiliations["mark-stone"] is None


def test_roles_come_from_the_text(content):
    roles = {a.id: a.role for a in content.actors}
    assert roles["dmitry-peskov"] in {"Kremlin spokesman", "Kremlin spokesperson"}
    assert roles["vladimir-medinsky"] == "Russian delegation head"


def test_key_demands_of_the_story(content):
    def has(name, actor, words):
        return any(f.actor == actor and all(w in " ".join(r.quote for r in f.sources) for w in words)
                   for f in content.records(name))

    assert has("demands", "vladimir-medinsky", ["withdraw", "four eastern regions"])
    assert has("demands", "scott-bessent", ["sanctions"])
    assert has("demands", "russia", ["sovereignty claims"])
    assert has("proposals", "volodymyr-zelensky", ["Vatican"])


def test_same_statement_in_several_outlets_is_one_fact(content):
    corroborated = [f for n in ("demands", "proposals", "quotes") for f in content.records(n) if len(f.sources) > 1]
    assert corroborated, "expected at least one fact reported by several outlets"


def test_extraction_is_deterministic(config):
    seeds, _ = read_seeds(ROOT / "seeds", ROOT)
    assert extract_all(seeds, config, jobs=1) == extract_all(seeds, config, jobs=1)


def test_extracted_content_passes_check(extracted_project, config):
    validate(extracted_project / "content", extracted_project, config)
