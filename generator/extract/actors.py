"""Actors: finding mentions of known actors and discovering people the gazetteer lacks.

Known actors come from `site_config/actors.yaml` (aliases, descriptions, demonyms). People not
listed are found by the shapes news copy uses to introduce them: "ROLE Name" ("Ministry spokesman
Jane Doe"), "Name, ROLE," ("John Roe, our Lisbon correspondent,") and "said Name". Role
words and media roles come from `site_config/cues.yaml`; nothing here knows the story.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, groupby

from generator.config import Cues, KnownActor, Outlet, SiteConfig
from generator.extract.memo import once_per
from generator.extract.text import Sentence
from generator.literals import trie_alternation
from generator.textmatch import balance_quotes

_PARTICLES = ("von", "van", "der", "den", "de", "da", "di", "du", "al", "Al", "bin", "ibn", "la", "le", "del", "dos")
# capitals of the Latin alphabets: "Šefčovič", "Łukasz", "Özdemir" start with one as "Doe" does
_UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper() and len(chr(c).lower()) == 1)
# (initials keep no space after the last: "Jane Q. Doe", "J. D. Doe", "J.D. Doe")
_CAP = (rf"(?:[{_UPPER}][a-z\u00c0-\u024f'’]+(?:-[{_UPPER}]?[a-z\u00c0-\u024f]+)*|[A-Z]{{2}}"
        rf"|[A-Z]\.(?:\s?[A-Z]\.){{0,2}})")
# "Omar Khalil al-Rashid", "Omar Khalil el-Rashid": the Arabic article joined to the family name
_JOINED_PARTICLES = ("al", "el", "ad", "ash", "as", "at", "az", "ar")
_JOINED = rf"(?:(?:{'|'.join(_JOINED_PARTICLES)})-)"
NAME = re.compile(
    rf"(?<![\w.]){_CAP}(?:\s(?:(?:{'|'.join(_PARTICLES)})\s)*{_JOINED}?{_CAP}){{1,3}}(?![\w])"
)
POSSESSIVE_END = re.compile(r"(?:'s|’s|‚s)$")
MIDDLE_INITIALS = re.compile(r"(?<=\S)\s+(?:[A-Z]\.\s*)+(?=\S)")  # "Jane Q. Doe": not the first or last word
POSSESSIVE_MARK = re.compile(r"['’‚]s\s")
POSSESSIVE = re.compile(r"^(?:'s|’s|‚s|s'|s’)")
PLACE_JOINS = frozenset({"for", "of", "and", "the"})  # "Minister of State for Trade": words within a post
POST_BEFORE = re.compile(r"(?<![\w-])to\s+(?:the\s+)?$")  # "envoy to (the) …": a post, not a side


# Latin letters that Unicode does not decompose into a base letter and a mark
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ı": "i"})


def slugify(text: str) -> str:
    """"Radosław Sikorski" -> "radoslaw-sikorski": accents dropped, other letters spelled out."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def words_pattern(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of the words, longest first, any whitespace between a phrase's words.

    Written as a prefix tree where that matches exactly the same: a plain alternation of two
    hundred role nouns tries every one at every position of every sentence, a tree one letter at a
    time."""
    return _words_pattern(tuple(words), False)


def words_any_case(words: tuple[str, ...] | list[str]) -> str:
    """`words_pattern` for use only under IGNORECASE ("(?i:…)"), where words differing only in case
    are one word: more lists can then be written as a tree."""
    return _words_pattern(tuple(words), True)


@functools.lru_cache(maxsize=1024)
def _words_pattern(words: tuple[str, ...], ignore_case: bool) -> str:
    # Every article builds its finders from the same cue lists: build them once, not per article.
    tree = trie_alternation(words, fold_case=ignore_case)
    if tree is not None:
        return tree
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_LETTERS = re.compile(r"[^\W\d_]+")
OF_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?")
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?i:an?|one)\s+$")


@dataclass(frozen=True)
class _MentionPattern:
    """A mention regex with one word of everything it matches: a text holding none of those
    words cannot match, and a word-set test is far cheaper than running the alternation."""

    regex: re.Pattern
    heads: frozenset[str]  # one letter-run of each alias, as written
    lower_heads: frozenset[str]  # of each description, lowercased (matched ignoring case)

    def finditer(self, text: str, tokens: set[str], lowered: set[str]):
        if "" in self.heads or "" in self.lower_heads:  # a phrase without letters: always search
            return self.regex.finditer(text)
        if tokens & self.heads or (self.lower_heads and lowered & self.lower_heads):
            return self.regex.finditer(text)
        return ()


@functools.lru_cache(maxsize=4096)
def _mention_pattern(aliases: tuple[str, ...], descriptions: tuple[str, ...], adjectives: tuple[str, ...] = (),
                     institutions: tuple[str, ...] = ()) -> _MentionPattern | None:
    parts = []
    if aliases:
        parts.append(rf"(?P<alias>(?<![\w-])(?:{words_pattern(aliases)})(?![\w-]))")
    if descriptions:
        parts.append(rf"(?P<desc>(?i:(?<![\w-])(?:{words_any_case(descriptions)})(?![\w-])))")
    if adjectives and institutions:  # "the Ruritanian foreign ministry": factored, not every pair listed
        # one lowercase word may qualify the institution: "the Ruritanian commerce ministry"
        adjective, institution = words_any_case(adjectives), words_any_case(institutions)
        parts.append(rf"(?P<inst>(?i:(?<![\w-])the\s+(?P<adj>{adjective})\s+"
                     rf"(?:(?-i:[a-z][a-z-]*)\s+)??(?:{institution})(?![\w-])))")
        # "Ruritanian and Freedonian delegations": each state's, the first by what follows it
        parts.append(rf"(?P<coinst>(?i:(?<![\w-])(?P<coadj>{adjective})(?=\s+(?:and|or)\s+(?:{adjective})\s+"
                     rf"(?:{institution})s?(?![\w-]))))")
        parts.append(rf"(?P<plinst>(?i:(?<=\sand\s)(?P<pladj>{adjective})\s+(?:{institution})s?(?![\w-])))")
    if not parts:
        return None
    lower_heads = {_head(d.lower()) for d in descriptions}
    if adjectives and institutions:
        lower_heads |= {_head(a.lower()) for a in adjectives}
    return _MentionPattern(re.compile("|".join(parts)), frozenset(_head(a) for a in aliases),
                           frozenset(lower_heads))


def _pattern_of(entries: list[ActorEntry], institutions: tuple[str, ...] = (),
                blockers: tuple[str, ...] = ()) -> _MentionPattern | None:
    return _mention_pattern(tuple(sorted({a for e in entries for a in (e.name, *e.aliases)} | set(blockers))),
                            tuple(sorted({d.lower() for e in entries for d in e.descriptions})),
                            tuple(sorted({a for e in entries if e.kind == "state" for a in e.adjectives})),
                            tuple(sorted(set(institutions))))


def _person_pattern(entry: ActorEntry) -> _MentionPattern | None:
    return _mention_pattern(tuple(sorted({entry.name, *entry.aliases})),
                            tuple(sorted({d.lower() for d in entry.descriptions})))


def _head(phrase: str) -> str:
    """The longest letter-run of a phrase: every run must occur for the phrase to, and the longest
    ("Ministry" of "the Ministry") is the one least likely to occur anyway."""
    return max(_LETTERS.findall(phrase) or [""], key=len)


@dataclass
class ActorEntry:
    """An actor as extraction sees it: a gazetteer entry or a person discovered in the text."""

    id: str
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    known: bool = True

    @classmethod
    def from_known(cls, known: KnownActor) -> ActorEntry:
        return cls(known.id, known.name, known.kind, known.role, known.affiliation, known.gender,
                   list(known.aliases), list(known.descriptions), list(known.adjectives))

    @property
    def is_party(self) -> bool:
        return self.kind != "media"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    actor: str
    surface: str
    via: str  # alias | description | pronoun


class ActorIndex:
    """Finds actor mentions in text: longest alias first, whole words, no overlaps."""

    def __init__(self, entries: list[ActorEntry], institutions: tuple[str, ...] = (), not_actors: tuple[str, ...] = (),
                 named_after_places: tuple[str, ...] = ()):
        """`institutions` ("foreign ministry", ...) after a state's adjective name that state;
        `not_actors` are names that hold an alias but name no actor ("Arden Post"), and
        `named_after_places` words that make a state's alias before them name a thing ("Arden Group")."""
        self.entries = {e.id: e for e in entries}
        self._named_after = (re.compile(rf"\s+(?:{words_pattern(named_after_places)})(?![\w-])")
                             if named_after_places else None)
        self._memo: dict[str, tuple[Mention, ...]] = {}
        self._owners: dict[str, frozenset[str]] = {}
        for e in entries:
            for alias in {e.name, *e.aliases}:
                self._owners[alias] = self._owners.get(alias, frozenset()) | {e.id}
        # An alias two actors share (a common surname) names neither.
        self.aliases = {a: next(iter(ids)) for a, ids in self._owners.items() if len(ids) == 1}
        self.descriptions = {d.lower(): e.id for e in entries for d in e.descriptions}
        states: dict[str, set[str]] = {}
        for e in entries:
            if e.kind == "state":
                for adjective in e.adjectives:
                    states.setdefault(adjective.lower(), set()).add(e.id)
        self.institution_owner = {adj: next(iter(ids)) for adj, ids in states.items() if len(ids) == 1}
        # The gazetteer's pattern (large, the same for every article, compiled once) and one small
        # pattern per discovered person, remembered across articles: the same people recur, and
        # compiling one combined pattern per article was the most expensive step of extraction.
        known = [e for e in entries if e.known]
        found = [e for e in entries if not e.known]
        # (matched with the aliases, longest first, but owned by no one: "Arden Post" hides "Arden")
        blockers = tuple(name for name in not_actors if name not in self._owners)
        self._known_pattern = _pattern_of(known, institutions, blockers)
        self._patterns = [p for p in (self._known_pattern, *map(_person_pattern, found)) if p is not None]

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every person's name and aliases: "Mr. Faki" is someone known, though no
        alias is "Faki"."""
        return frozenset(word for e in self.entries.values() if e.kind == "person"
                         for alias in (e.name, *e.aliases) for word in alias.split())

    @functools.cached_property
    def party_adjectives(self) -> list[tuple[str, str]]:
        """(id, adjective) of every state and organisation, in index order: read once per index, not
        once per role (a role is looked up for every person an article names)."""
        return [(entry.id, adjective) for entry in self.entries.values()
                if entry.kind in ("state", "organisation") for adjective in entry.adjectives]

    def extended(self, found: list[ActorEntry]) -> ActorIndex:
        """This index plus people discovered in one article, without redoing the gazetteer's part.

        The same as `ActorIndex(entries + found)` for an index of known entries only."""
        if not found:
            return self
        index = object.__new__(ActorIndex)
        index._memo = {}
        index.entries = {**self.entries, **{e.id: e for e in found}}
        index._owners = dict(self._owners)
        index.aliases = dict(self.aliases)
        for e in found:
            for alias in {e.name, *e.aliases}:
                owners = index._owners[alias] = index._owners.get(alias, frozenset()) | {e.id}
                if len(owners) == 1:
                    index.aliases[alias] = e.id
                else:
                    index.aliases.pop(alias, None)
        index.descriptions = {**self.descriptions, **{d.lower(): e.id for e in found for d in e.descriptions}}
        index.institution_owner = self.institution_owner
        index._named_after = self._named_after
        index._known_pattern = self._known_pattern
        index._patterns = [p for p in (self._known_pattern, *map(_person_pattern, found)) if p is not None]
        return index

    def find(self, text: str) -> list[Mention]:
        """Leftmost, then longest, non-overlapping mentions across all patterns.

        Remembered by text: one article's stages search the same sentence several times
        (names used, quote attribution, subjects)."""
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= 4096:  # the gazetteer's index lives for the whole run
                self._memo.clear()
            found = self._memo[text] = tuple(self._find(text))
        return list(found)

    def _find(self, text: str) -> list[Mention]:
        tokens = set(_LETTERS.findall(text))
        lowered = {t.lower() for t in tokens}
        matches = [m for pattern in self._patterns for m in pattern.finditer(text, tokens, lowered)]
        if len(self._patterns) > 1:
            matches.sort(key=lambda m: (m.start(), -m.end()))
        out = []
        last_end = -1
        for match in matches:
            if match.start() < last_end:
                continue
            surface = match.group()
            key = " ".join(surface.split())
            if match.lastgroup == "alias":
                actor = self.aliases.get(key)
                via = "alias"
            elif match.lastgroup in ("inst", "coinst", "plinst"):
                adjective = match["adj"] or match["coadj"] or match["pladj"]
                actor = self.institution_owner.get(adjective.lower())
                via = "description"
            else:
                actor = self.descriptions.get(key.lower())
                via = "description"
            last_end = match.end()
            if actor and via == "alias" and self._named_after is not None and self.entries[actor].kind == "state" \
                    and self._named_after.match(text, match.end()):
                continue  # "the Arden Group", "the Arden Convention": named after the place
            if actor:
                out.append(Mention(match.start(), match.end(), actor, surface, via))
        return out

    def __getitem__(self, actor_id: str) -> ActorEntry:
        return self.entries[actor_id]

    def get(self, actor_id: str | None) -> ActorEntry | None:
        return self.entries.get(actor_id or "")


SPEAKER_LABEL = re.compile(r"^(?P<label>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):\s+(?P<said>\S)")  # "Doe: ..."
QUESTION_LABEL = re.compile(r"^(?:Q|Question)\s*:")  # a briefing transcript's "Q: …", and its "A: …"


@dataclass(frozen=True)
class PersonSighting:
    """A name the text introduces, with the role phrase it came with (if any)."""

    name: str
    role: str | None
    sentence: int
    # seen only as "Arden's Jane Doe": a person if the text names her by her last name alone too
    # ("Doe said"), as it never does the "Arden's Black Sea Fleet"
    weak: bool = False


class PersonFinder:
    """The role/apposition/speech patterns, compiled once from the cue words."""

    def __init__(self, cues: Cues):
        self.cues = cues
        role = words_any_case(cues.role_nouns)
        speech = words_any_case(cues.speech_verbs)
        self.role_word = re.compile(rf"(?i:(?<![\w-])(?:{role})s?)(?![\w-])")
        self.title_to_before = re.compile(rf"(?i:(?<![\w-])(?:{role}))\s+(?:to|of)\s+(?:the\s+)?$")
        self.role_then_name = re.compile(rf"(?P<role>(?i:(?<![\w-])(?:{role})))(?P<sep>,?\s+)(?P<name>{NAME.pattern})")
        # "Senators Jane Doe and John Roe", "foreign ministers Jane Doe (of Arden) and John Roe": a
        # title in the plural before two names is each one's
        self.roles_then_names = re.compile(
            rf"(?P<role>(?i:(?<![\w-])(?:{role}))s)\s+(?P<first>{NAME.pattern})(?:,\s+[^,;:()]{{1,16}},|\s+\([^()]{{1,20}}\))?"
            rf"\s+and\s+(?P<second>{NAME.pattern})")
        # ("Jane Doe, the senior U.S. adviser for Arden,": a capital's full stop abbreviates, and
        # an initialism's last one before any word: "Jane Doe, U.S. President John Roe's adviser,")
        char = r"(?:[^,.;:()]|(?<=[A-Z])\.(?=[A-Z]|\s[a-z])|(?<=\.[A-Z])\.(?=\s))"
        self.name_then_role = re.compile(
            rf"(?P<name>{NAME.pattern}),\s+(?!(?:and|or)\s)(?:(?:the|our|a|an|his|her)\s+)?"
            rf"(?P<role>{char}{{0,60}}?(?i:(?<![\w-])(?:{role}))(?:\s+(?:of|for|to|at|in)\s+{char}{{1,60}})?)"
            r"\s*(?=[,.;:)]|$)")
        # "the director of the Ruritanian press office, Jane Doe, said": the office between
        # the title and the name, the name set off by commas
        self.role_of_then_name = re.compile(
            rf"(?P<role>(?i:(?<![\w-])(?:{role}))\s+(?:of|for|at|to)\s+[^,.;:()\"“”]{{1,60}}?),\s+"
            rf"(?P<name>{NAME.pattern}),")
        # "US ambassador to Ruritania Jane Doe", "Chief of the General Staff Jan Novak": a title naming
        # what it is of or to (a state, an office) runs up to the name, with no comma
        self.role_to_then_name = re.compile(
            rf"(?P<role>(?i:(?<![\w-])(?:{role}))\s+(?:to|of|for|at)\s+(?:the\s+)?"
            rf"(?P<place>(?:[A-Z][\w.’'–-]*\s+(?:(?:for|of|and)\s+(?:the\s+)?(?=[A-Z]))?){{1,3}}))"
            rf"(?P<name>{NAME.pattern})")
        # (the shortest post, tried when the longest names none: "Secretary of State Jane Q. Doe", not
        # a post "State Jane" held by "Q. Doe")
        self.role_to_then_name_short = re.compile(self.role_to_then_name.pattern.replace("{1,3}))", "{1,3}?))"))
        # "Jane Doe is Ruritania's foreign minister.", "Jane Doe is the head of …": an author's note or
        # a sentence that introduces someone (a sentence of its own: the name opens it)
        self.name_is_role = re.compile(
            rf"^(?P<name>{NAME.pattern})\s+(?:is|was)\s+(?!(?:(?:the|a|an)\s+)?(?:former|ex-)\b)(?:(?:the|a|an)\s+)?"
            rf"(?P<role>[^,.;:()]{{0,60}}?(?i:(?<![\w-])(?:{role}))(?:\s+(?:of|for|to|at)\s+[^,.;:()]{{1,60}})?)"
            r"\s*(?=[,.;:)]|$)")
        self.said_name = re.compile(rf"(?i:\b(?:{speech}))\s+(?P<name>{NAME.pattern})")
        self.media_word = re.compile(rf"(?i:(?<![\w-])(?:{words_any_case(cues.media_roles)})s?(?![\w-]))"
                                     if cues.media_roles else "(?!)")
        self.name_said = re.compile(rf"(?P<name>{NAME.pattern})\s+(?i:(?:{speech}))\b")
        # "Residents of Port Avalon said": the name is the preposition's object, not who speaks
        self.after_preposition = re.compile(
            rf"(?i:(?<![\w-])(?:{words_any_case(cues.prepositions)}))\s+$") if cues.prepositions else None
        self.speech_words = {v.lower() for v in cues.speech_verbs}
        self.org_heads = {h.lower() for h in cues.organisation_heads}
        self.role_ends = {r.split()[-1].lower() for r in cues.role_nouns}  # "minister", "representative"
        self.portfolio_words = frozenset(cues.portfolio_words)
        self.office_words = frozenset(w.lower() for w in cues.office_words)
        self.title_participles = frozenset(w.lower() for w in cues.title_participles)
        self.title_modifiers = self.office_words | self.title_participles | {w.lower() for w in cues.title_modifiers}
        # Cheap word-set tests first: most sentences hold no role word or no speech verb, and the
        # patterns above try every position of a sentence when run.
        self.role_heads = {w for r in cues.role_nouns for w in _LETTERS.findall(r.lower())[:1]}
        self.plural_heads = {w + "s" for w in self.role_heads}  # "Senators Jane Doe and John Roe"
        self.speech_heads = {w for v in cues.speech_verbs for w in _LETTERS.findall(v.lower())[:1]}
        self.person_words: set[str] = set()
        self.outlet_names: set[str] = set()
        self.place_words: set[str] = set()
        self.demonyms: frozenset[str] = frozenset()  # the parties' adjectives: "Ruritanian", "Freedonian"
        self.stop_left = {w.lower() for w in ("the", "a", "an", "our", "their", "his", "her", "its", "this",
                                               "that", "with", "to", "by", "from", "at", "in", "on", "for",
                                               "as", "about", "after", "before", "said", "says", "told",
                                               "but", "while", "who", "whom", "which", "and", "of", "including",
                                               "like", "what", "whose", "how", "why", "whether")}
        # "talks since Ruritanian President Jane Doe proposed them": a conjunction opens a clause
        self.stop_left |= {"since", "until", "unless", "because", "although", "though", "whereas", "when",
                           "whenever", "where", "if", "amid", "despite", "following", "than", "or", "nor",
                           "yet", "so", "then", "once"}
        # "a call between US President Jane Doe and ...": a preposition ends the title, too
        self.stop_left |= {w.lower() for w in cues.prepositions}

    def _plain_title(self, role: str) -> bool:
        """A title of at most eight words that names no other person, except as whose it is
        ("John Roe's senior adviser for Arden"; not "… and a John Roe envoy")."""
        words = role.split()
        if len(words) > 8:
            return False
        runs = [(named, list(run)) for named, run in groupby(words, key=lambda w: w.strip("’'s,") in self.person_words)]
        # (and "senior adviser to US President John Roe": whose adviser, named last after "to")
        last_to = len(runs) >= 2 and runs[-1][0] and any(w.lower() in ("to", "of", "for") for w in runs[-2][1])
        return all(POSSESSIVE_END.search(run[-1]) or (last_to and n == len(runs) - 1)
                   for n, (named, run) in enumerate(runs) if named)

    def _known_post(self, place: str) -> bool:
        """Whether the words after "envoy to", "minister for" name a post: a party or office the
        config knows ("Arden", "the United Nations"), a portfolio ("Foreign Affairs and Security
        Policy"), or two places it is between ("the Ruritania–Arden Dialogue")."""
        tokens = place.split()
        words = [t for t in tokens if t not in PLACE_JOINS]
        if words and words[-1] in self.portfolio_words:
            return True
        # (the whole of it, or its first words: "the African Union Commission", a known body's own office)
        if any(" ".join(tokens[:n]) in self.place_words for n in range(2, len(tokens) + 1)):
            return True
        return all((t in self.place_words or t in self.cues.not_names or t.isupper() or t in self.portfolio_words
                    or all(part in self.place_words for part in re.split(r"[-–]", t)))
                   and (t.rstrip(".") not in self.cues.honorifics or self.role_word.fullmatch(t)) for t in words)

    def _place_after(self, text: str, at: int) -> str | None:
        """"of" and the state or body it names right after a name ("Jan Novak of the Republic of Arden")."""
        of = OF_AFTER_NAME.match(text, at)
        if of is None:
            return None
        words = list(re.finditer(r"\S+", text[of.end():of.end() + 80]))
        for size in range(min(len(words), 6), 0, -1):
            place = " ".join(word.group() for word in words[:size]).rstrip(",.;:)")
            if place in self.place_words:
                return " ".join(text[at:of.end() + words[size - 1].end()].split()).rstrip(",.;:)")
        return None

    def _valid_name(self, name: str) -> bool:
        if name.lower() in self.outlet_names:
            return False  # "told Al Jazeera": a news outlet, not a person
        tokens = name.split()
        if any(t in self.place_words for t in tokens):
            return False  # "Bloomberg Ruritania": a name does not contain a state or organisation
        if tokens[0] in self.cues.not_names or tokens[-1] in self.cues.not_names:
            return False
        if tokens[0] in self.demonyms:
            return False  # "told Ruritanian Public Television": a name never opens with a people's adjective
        if any(t.rstrip(".") in self.cues.honorifics for t in tokens[:1]):
            return False
        return not all(t.isupper() for t in tokens)

    def _post_before(self, tokens: list[re.Match], at: int) -> bool:
        """Whether the words before the "and" at `at` end a post of two words or more: "Deputy
        Prime Minister and Foreign Minister Jane Doe" holds both (but "the President and Prime
        Minister Jane Doe" may be two people)."""
        if at < 2:
            return False
        last, before = tokens[at - 1].group(), tokens[at - 2].group()
        if not (last[:1].isupper() and last.lower() in self.role_ends and before[:1].isupper()
                and before.lower() not in self.stop_left and before not in self.person_words):
            return False
        # (not "talks between the Arden Foreign Minister and Prime Minister Jane Doe": two people)
        opening = at - 2
        while opening > 0 and tokens[opening - 1].group()[:1].isupper():
            opening -= 1
        lead = [t.group().lower() for t in tokens[max(0, opening - 2):opening]]
        return "between" not in lead

    def _extend_role_left(self, text: str, start: int) -> int:
        """Grow a role phrase leftwards over modifiers ("White House deputy", "defence and security")."""
        tokens = list(re.finditer(r"[\w.’'‚-]+|[^\w\s]", text[:start]))
        capital_title = text[start:start + 1].isupper()
        begin = start
        taken = 0
        right = ""
        for at in range(len(tokens) - 1, -1, -1):
            token = tokens[at]
            word = token.group()
            if not re.match(r"[\w]", word) or taken >= 6:
                break
            lowered = word.lower()
            lower_word = word[:1].islower()
            if lowered == "and":
                # ("defence and security minister": two portfolios; not "Doe’s regime and opposition leader")
                # (or two posts: "foreign policy aide and top diplomat")
                joined = taken and right[:1].islower() and at > 0 \
                    and tokens[at - 1].group().lower() in self.office_words | self.role_ends
                if not (joined or self._post_before(tokens, at)):
                    break
            elif lowered in self.stop_left or lowered in self.speech_words:
                break
            elif lower_word and (lowered.endswith("ed") or POSSESSIVE.search(lowered[-2:])):
                break  # a verb ("called") or a common noun's possessive ("country's") ends the title
            elif lower_word and lowered.endswith("ing") and lowered not in self.title_participles:
                break  # so does a participle ("Moscow defending President"), but "acting", "outgoing" do not
            elif lower_word and capital_title and lowered not in self.title_modifiers:
                break  # before a capitalised title only "former", "acting", "foreign": not "longtime ally President"
            elif not lower_word and word in self.person_words:
                break  # another person's name: "Novak and U.S. President"
            begin = token.start()
            right = word
            taken += 1
        while text[begin:start].lower().startswith("and "):
            begin += 4
        return begin

    def find(self, sentence: Sentence) -> list[PersonSighting]:
        text = sentence.text
        out: list[PersonSighting] = []
        words = set(_LETTERS.findall(text.lower()))
        roles = bool(words & self.role_heads)
        plural = bool(words & self.plural_heads)
        speech = (self.said_name, self.name_said) if words & self.speech_heads else ()
        title_first = (self.role_then_name, self.role_of_then_name, self.role_to_then_name) if roles else ()
        named_at: set[int] = set()  # a name both title patterns find is one sighting
        titled: list[tuple[int, int]] = []  # where the names found after a title stand
        found = [m for pattern in title_first for m in pattern.finditer(text)]
        # where each name ends: a title never runs left into the name before it ("Jane Doe met
        # Freedonian Foreign Minister John Roe": not "Jane Doe met Freedonian Foreign Minister")
        # (not a title read as a name: "Deputy" then "Prime Minister" in "Deputy Prime Minister and …")
        name_ends = sorted({m.end("name") for m in found if not self.role_word.fullmatch(m["name"])})
        for match in found:
            if match.re is self.role_to_then_name and not self._known_post(match["place"]):
                match = self.role_to_then_name_short.match(text, match.start()) or match
            name = self._surname_after_title(match, text) or self._trim_name(match["name"])
            if "place" in match.re.groupindex and (not self._known_post(match["place"])
                                                   or (name and set(name.split()) <= self.person_words)):
                # "envoy to Arden Jane Doe" only when Arden is a party or an office the config knows (not
                # "a spokesperson for Sir Jan Novak"), and only to find someone new: a listed person keeps
                # the title the gazetteer gives
                continue
            if name and name.split()[-1] in self.portfolio_words:
                continue  # "Senior Advisor to the President for African Affairs": a portfolio, no one's name
            if name and (self._valid_name(name) or name == match["name"]) and match.start("name") not in named_at:
                named_at.add(match.start("name"))
                titled.append((match.start("name"), match.end("name")))
                floor = max((end for end in name_ends if end <= match.start("role")), default=0)
                begin = self._extend_role_left(text, match.start("role"))
                # "Aide to the Russian President Jan Novak": the aide, whose title names another's
                # (only as a title, capitalised: "an aide to Prime Minister Jan Novak" is someone of his)
                if (aide := self.title_to_before.search(text, 0, begin)) is not None and aide.start() >= floor \
                        and text[aide.start()].isupper() and not INDEFINITE_BEFORE.search(text, 0, aide.start()):
                    begin = self._extend_role_left(text, aide.start())
                owned = POSSESSIVE_MARK.match(text, floor) or POSSESSIVE_END.search(text, 0, floor)
                if begin < floor and not owned:
                    # (and past what joins them: "met", "and", "with"; but "Jane Doe's chief negotiator
                    # John Roe" is hers)
                    begin = floor
                    for word in re.finditer(r"\S+", text[floor:match.start("role")]):
                        if word.group()[:1].isupper() or self.role_word.fullmatch(word.group()):
                            break
                        begin = floor + word.end()
                role_end = match.end("role")
                skipped = match["name"][:max(match["name"].find(name), 0)]
                if any(word.lower() in self.role_ends or word in self.portfolio_words for word in skipped.split()):
                    # "Deputy Foreign Minister Jane Doe": the title runs on into what the name
                    # pattern took, up to the name itself
                    role_end = match.start("name") + len(skipped)
                role = text[begin:role_end].strip(" ,")
                if (place := self._place_after(text, match.end("name"))) is not None:
                    role = f"{role} {place}"  # "President Jan Novak of Ruritania": Ruritania's president
                out.append(PersonSighting(name, role, sentence.index))
        for match in self.roles_then_names.finditer(text) if plural else ():
            role = text[self._extend_role_left(text, match.start("role")):match.end("role") - 1].strip(" ,")
            for group in ("first", "second"):
                name = self._trim_name(match[group])
                if name and self._valid_name(name) and match.start(group) not in named_at:
                    named_at.add(match.start(group))
                    out.append(PersonSighting(name, role, sentence.index))
        for match in (chain(self.name_then_role.finditer(text), self.name_is_role.finditer(text)) if roles else ()):
            name = self._trim_name(match["name"])
            role = match["role"]
            if match.re is self.name_is_role and self.media_word.search(role):
                continue  # "Jane Roe is a correspondent for …": a note on the writer, who is no one in the story
            if not self._plain_title(role):
                # "Jane Doe, the head of Ruritania's wealth fund and a John Roe envoy, said": the first title
                role = re.split(r"\s+and\s+(?:an?\s+|the\s+)?", role)[0]
                if not self.role_word.search(role) or not self._plain_title(role):
                    continue
            if name and self._valid_name(name):
                out.append(PersonSighting(name, role.strip(), sentence.index))
        for pattern in speech:
            for match in pattern.finditer(text):
                if pattern is self.name_said and self.after_preposition and \
                        self.after_preposition.search(text, 0, match.start()):
                    continue
                if any(start < match.end("name") and match.start("name") < end for start, end in titled):
                    continue  # "Ambassador to the United Nations Jane Doe said": not "Nations Jane Doe"
                name = self._trim_name(match["name"])
                if name and self._valid_name(name) and len(name.split()) >= 2:
                    out.append(PersonSighting(name, None, sentence.index))
        if POSSESSIVE_MARK.search(text):
            for match in NAME.finditer(text):
                words = match.group().split()
                owner = words[0]
                if len(words) in (3, 4) and POSSESSIVE_END.search(owner) and \
                        POSSESSIVE_END.sub("", owner) in self.place_words:
                    name = self._trim_name(match.group())
                    if name and self._valid_name(name):
                        out.append(PersonSighting(name, None, sentence.index, weak=True))
        return out

    def find_speaker_labels(self, sentences: list[Sentence]) -> list[PersonSighting]:
        """An interview transcript's answers, "Jane Doe: We are ready …" under "Question: …": the
        label names who answers (only where the text asks questions so, never a page's "Key
        Points:")."""
        if not any(QUESTION_LABEL.match(sentence.text) for sentence in sentences):
            return []
        out = []
        for sentence in sentences:
            label = SPEAKER_LABEL.match(sentence.text)
            if label is None or QUESTION_LABEL.match(sentence.text):
                continue
            text = label["label"].title() if label["label"].isupper() else label["label"]  # "MS JANE DOE:"
            name = self._trim_name(text)
            if name and text.endswith(name) and self._valid_name(name):
                out.append(PersonSighting(name, None, sentence.index))
        return out

    def find_byline(self, line: str) -> PersonSighting | None:
        """A line that is only "Name, ROLE" (a byline: "Jane Roe, Ruritania correspondent")."""
        text = line.strip().rstrip(".")
        match = self.name_then_role.match(text)
        if match is None or match.end() < len(text):
            return None
        name = self._trim_name(match["name"])
        if not name or not self._valid_name(name) or len(match["role"].split()) > 8:
            return None
        return PersonSighting(name, match["role"].strip(), -1)

    def _surname_after_title(self, match: re.Match, text: str) -> str | None:
        """"Vice Premier He Lifeng said": a family name that spells a short function word ("He",
        "An", "Do", "So") is a name right after a title, when a real name-word follows it and the
        sentence is prose, not a headline in title case ("Minister To Visit Kyiv")."""
        tokens = match["name"].split()
        first = tokens[0]
        if not (len(tokens) == 2 and len(first) == 2 and first[0].isupper() and first[1].islower()
                and first in self.cues.not_names and "," not in match["sep"]):
            return None
        second = tokens[1]
        if second in self.cues.not_names or second.rstrip(".") in self.cues.honorifics or second.isupper():
            return None
        if re.match(r"\s+[A-Z]", text[match.end():]):
            return None
        words = re.findall(r"[A-Za-z][\w’'-]*", text)
        if 2 * sum(1 for w in words if w[0].isupper()) >= len(words):
            return None
        return match["name"]

    def _trim_name(self, name: str) -> str | None:
        words = name.split()
        owner = max((i for i, t in enumerate(words[:-2]) if POSSESSIVE_END.search(t)), default=-1)
        if owner >= 0 and not any(t in self.cues.not_names for t in words[owner + 1:]):
            # "Freedonia's Jan Novak": the state's possessive is no part of his name (but "Ruritania's
            # Black Sea Fleet" names no one)
            words = words[owner + 1:]
        tokens = [POSSESSIVE_END.sub("", t) for t in words]
        while tokens and (tokens[0] in self.cues.not_names or tokens[0].rstrip(".") in self.cues.honorifics):
            tokens.pop(0)
        while tokens and tokens[-1] in self.cues.not_names:
            if tokens[-1].lower() in self.org_heads:
                return None  # "the Northern Shield Forces said": a body's name, no person's
            tokens.pop()
        # "US Trade Representative Jane Doe said": the title runs up to its last role word
        # (and a portfolio's name up to its last word: "… for Security Policy Jane Doe")
        titled = [i for i, t in enumerate(tokens[:-2]) if t.lower() in self.role_ends or t in self.portfolio_words]
        if titled:
            tokens = tokens[titled[-1] + 1:]
        return " ".join(tokens) if len(tokens) >= 2 else None


def clean_role(role: str, entries: dict[str, ActorEntry]) -> str:
    # (a title cut inside a quote keeps no stray mark: "member of Hezbollah’s “political wing")
    role = re.sub(r"^(?:the|our|a|an)\s+", "", balance_quotes(role.strip()), flags=re.I)
    role = role.replace("‚s", "’s")
    return role[:1].upper() + role[1:] if role[:1].islower() else role


def _written_out(role: str, cues: Cues) -> str:
    """"Sen." -> "Senator", "Lt. Gen. and chief of staff" -> "Lieutenant General and chief of
    staff": a title abbreviated before a name, written out in the role (`title_abbreviations`)."""
    for full, shorts in cues.title_abbreviations.items():
        for short in shorts:
            if short in role:
                role = re.sub(rf"(?<![\w.]){re.escape(short)}(?![\w.])", full, role)
    return role


def _without_honorific_end(role: str, finder: PersonFinder) -> str:
    """"Saudi Foreign Minister Prince", "Holy See's secretary of state, Cardinal": the honorific
    before the name is no part of the title (but "Ruritanian President" is all title)."""
    role = role.rstrip(" ,")
    head, _, last = role.rpartition(" ")
    if not head or last.rstrip(".") not in finder.cues.honorifics or not finder.role_word.search(head):
        return role
    if head.endswith(","):
        return head.rstrip(" ,")  # set off by a comma: "…, Cardinal"
    # ("NATO Secretary General" is one title, "Saudi Foreign Minister Prince" a title and an honorific)
    last_title = list(finder.role_word.finditer(role))[-1]
    if last_title.start() >= len(head) and any(m.end() == len(head) for m in finder.role_word.finditer(head)):
        return head
    return role


def affiliation_of(role: str | None, index: ActorIndex) -> str | None:
    """The state or organisation a role names ("Ministry spokesman" -> the actor with alias Ministry)."""
    if not role:
        return None
    mentions = index.find(role)
    for mention in mentions:
        entry = index[mention.actor]
        if entry.kind in ("state", "organisation") and not (
                POST_BEFORE.search(role, 0, mention.start) and not POSSESSIVE.match(role[mention.end:])):
            return entry.id  # (not the post of "Ruritanian envoy to Arden", but "adviser to Arden's president")
    for mention in mentions:
        entry = index[mention.actor]
        if entry.kind == "person" and entry.affiliation and POSSESSIVE.match(role[mention.end:]):
            return entry.affiliation  # "Lavrov's deputy": his side
    for entry_id, adjective in index.party_adjectives:
        if adjective in role and whole_word(adjective).search(role):
            return entry_id  # (the first party in the index with an adjective in the role)
    return None


@functools.lru_cache(maxsize=4096)
def whole_word(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def is_media_role(role: str | None, cues: Cues) -> bool:
    if not role:
        return False
    return bool(re.search(rf"(?i:(?<![\w-])(?:{words_any_case(cues.media_roles)})s?(?![\w-]))", role))


def discover_people(sentences: list[Sentence], config: SiteConfig, index: ActorIndex,
                    finder: PersonFinder | None = None,
                    bylines: list[str] = ()) -> tuple[list[ActorEntry], dict[str, Counter]]:
    """People the text introduces, and the role phrases seen for every person (known or new).

    `bylines` are lines outside the body text (headings) where only the "Name, ROLE" shape counts."""
    finder = finder or _person_finder(config.cues)
    finder.person_words, finder.place_words = _name_words(index)
    finder.place_words |= set(config.cues.regions)  # "envoy for the Middle East Jane Doe"
    finder.demonyms = frozenset(adjective for _, adjective in index.party_adjectives)
    finder.outlet_names = outlet_names(config.outlets)
    roles: dict[str, Counter] = {}
    new: dict[str, ActorEntry] = {}
    sightings = [found for line in bylines if (found := finder.find_byline(line))]
    sightings += [sighting for sentence in sentences for sighting in finder.find(sentence)]
    sightings += finder.find_speaker_labels(sentences)
    strong = {sighting.name for sighting in sightings if not sighting.weak}
    if any(sighting.weak for sighting in sightings):
        text = "\n".join([*bylines, *(sentence.text for sentence in sentences)])
        sightings = [s for s in sightings if not s.weak or s.name in strong or _named_alone(s.name, text)]
    for sighting in sightings:
        actor_id = _resolve_name(sighting.name, index, new)
        if actor_id is None:
            entry = _new_person(sighting.name, index, new)
            new[entry.id] = entry
            actor_id = entry.id
        if sighting.role:
            role = _written_out(_without_honorific_end(clean_role(sighting.role, index.entries), finder), config.cues)
            if len(role.split()) <= 10:
                roles.setdefault(actor_id, Counter())[role] += 1
    body = "\n".join(sentence.text for sentence in sentences)
    words = Counter(_LETTERS.findall(body))
    for entry in new.values():
        _family_name_first(entry, body, words, index, new, config.cues)
    for actor_id, entry in new.items():
        role = best_role(roles.get(actor_id))
        entry.role = role
        entry.gender = _gender_of(entry, roles.get(actor_id), body, config.cues)
        entry.affiliation = affiliation_of(role, index)
        if is_media_role(role, config.cues):
            entry.kind = "media"
            entry.affiliation = None  # "our Ruritania correspondent": where they report from, not whom they serve
    if new:
        # "Ruritanian Prime Minister Jan Novak … the Ruritanian premier said": as for listed people
        states = [e for e in index.entries.values() if e.kind == "state"]
        taken = frozenset((*index.descriptions, *(alias.lower() for alias in index.aliases)))
        for actor_id, phrases in _national_descriptions([*states, *new.values()], config.cues, taken).items():
            new[actor_id].descriptions = [*new[actor_id].descriptions, *phrases]
    return sorted(new.values(), key=lambda e: e.id), roles


_person_finder = once_per(PersonFinder)


@once_per
def outlet_names(outlets: tuple[Outlet, ...]) -> set[str]:
    return {alias.lower() for outlet in outlets for alias in (outlet.name, *outlet.aliases)}


@once_per
def _name_words(index: ActorIndex) -> tuple[set[str], set[str]]:
    """Capitalised words of people's aliases, and the aliases of everything that is not a person."""
    person = {w for e in index.entries.values() if e.kind == "person" for a in e.aliases
              for w in a.split() if w[:1].isupper()}
    place = {a for e in index.entries.values() if e.kind != "person" for a in e.aliases}
    return person, place


def _gender_of(entry: ActorEntry, roles: Counter | None, body: str, cues: Cues) -> str | None:
    """The pronoun a new person's titles or honorifics give ("spokeswoman", "Ms Doe"), if only one."""
    surname = entry.name.split()[-1]
    before_surname = [body[max(0, m.start() - 16):m.start()] for m in re.finditer(re.escape(surname), body)]
    found = {gender for gender, (in_title, before) in _gender_patterns(cues).items()
             if any(in_title.search(role) for role in roles or ()) or any(before.search(b) for b in before_surname)}
    return found.pop() if len(found) == 1 else None


@once_per
def _gender_patterns(cues: Cues) -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """Per pronoun: its words anywhere in a title, and an honorific of it right before a surname."""
    out = {}
    for gender, words in cues.gendered_words.items():
        said = "|".join(re.escape(w) for w in words)
        out[gender] = (re.compile(rf"(?i:(?<![\w-])(?:{said})(?![\w-]))"),
                       re.compile(rf"(?<![\w-])(?:{said})\.?\s+$"))
    return out


def best_role(counter: Counter | None) -> str | None:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _resolve_name(name: str, index: ActorIndex, new: dict[str, ActorEntry]) -> str | None:
    if name in index.aliases:
        entry = index[index.aliases[name]]
        return entry.id if entry.kind == "person" else "-"
    for entry in new.values():
        if name in entry.aliases or name == entry.name:
            return entry.id
    surname = name.split()[-1]
    first = slugify(name.split()[0])
    # "Jane Doe" or "J. Doe" for Jane Doe; "Tayyip Erdogan" for Recep Tayyip Erdoğan (a middle name
    # used as the first)
    candidates = [e.id for e in index.entries.values() if e.kind == "person" and surname in e.aliases
                  and (e.name.split()[0][:1] == name.split()[0][:1]
                       or first in {slugify(t) for t in e.name.split()[1:-1]})]
    return candidates[0] if len(candidates) == 1 else None


def _named_alone(name: str, text: str) -> bool:
    """Whether `text` uses the last word of `name` without the rest ("Doe said" for Jane Doe)."""
    last = name.split()[-1]
    alone = len(re.findall(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text))
    return alone > text.count(name)


def _family_name_first(entry: ActorEntry, body: str, words: Counter, index: ActorIndex,
                       new: dict[str, ActorEntry], cues: Cues) -> None:
    """Use the first name-word as the short name where the article does ("Mao Ning said ...
    Mao told ..."): family-name-first order, which the text shows by never using the last alone.

    `words` counts the body's letter-runs; a word stands alone as often as it occurs beyond the
    occurrences of the full name."""
    tokens = entry.name.split()
    if len(tokens) < 2:
        return
    first, last = tokens[0], tokens[-1]
    full = body.count(entry.name)
    if words[first] <= full or words[last] > full:
        return
    if first in cues.not_names or first.rstrip(".") in cues.honorifics or first in index.aliases or any(
            first in other.aliases or other.name.split()[0] == first for other in new.values() if other is not entry):
        return  # "Kim" alone is neither of two Kims the article introduces
    entry.aliases = [entry.name, first, f"Mr {first}", f"Ms {first}", f"Mrs {first}"]


def _surnames(name: str) -> list[str]:
    """How the text may name the person alone: "Doe"; "al-Rashid" and "Rashid"."""
    last = name.split()[-1]
    bare = re.sub(rf"^{_JOINED}", "", last)
    return [last, bare] if bare != last else [last]


def _new_person(name: str, index: ActorIndex, new: dict[str, ActorEntry]) -> ActorEntry:
    aliases = [name]
    plain = MIDDLE_INITIALS.sub(" ", name)
    if plain != name and len(plain.split()) >= 2:
        # "Jane Q. Doe" is "Jane Doe", as most reports name her (and as other articles' "Jane Doe" is known)
        aliases, name = [plain, name], plain
    for surname in _surnames(name):
        if surname not in index.aliases and not any(surname in e.aliases for e in new.values()):
            aliases += [surname, f"Mr {surname}", f"Ms {surname}", f"Mrs {surname}"]
    # ("Lajčák" is written "Lajcak" where a page drops the accents)
    aliases += [plain for alias in aliases if (plain := _without_accents(alias)) != alias
                and plain not in aliases and plain not in index.aliases]
    return ActorEntry(slugify(name), name, "person", aliases=aliases, known=False)


def _without_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@once_per
def _known_index(config: SiteConfig) -> ActorIndex:
    outlets = (name for outlet in config.outlets for name in (outlet.name, *outlet.aliases) if len(name.split()) > 1)
    entries = [ActorEntry.from_known(k) for k in config.actors]
    national = _national_descriptions(entries, config.cues)
    peoples = _peoples(entries)
    for entry in entries:
        entry.descriptions += national.get(entry.id, []) + peoples.get(entry.id, [])
    return ActorIndex(entries, config.cues.institutions, (*config.cues.not_actors, *outlets),
                      config.cues.named_after_places)


def _peoples(entries: list[ActorEntry]) -> dict[str, list[str]]:
    """"the Armenians", "the Israelis" for a state whose adjective names its people in the plural
    with an "s" (those ending in "-an" or "-i"): "the Armenians must change their constitution" asks
    it of Armenia, as "the Russians" does of Russia. Not a phrase two states would share, nor one an
    entry already has."""
    taken = {name.lower() for e in entries for name in (e.name, *e.aliases, *e.descriptions)}
    made: dict[str, set[str]] = {}
    for entry in entries:
        if entry.kind == "state":
            for adjective in entry.adjectives:
                if re.search(r"(?:an|i)$", adjective) and " " not in adjective:
                    made.setdefault(f"the {adjective}s", set()).add(entry.id)
    out: dict[str, list[str]] = {}
    for phrase, ids in sorted(made.items()):
        if len(ids) == 1 and phrase.lower() not in taken:
            out.setdefault(next(iter(ids)), []).append(phrase)
    return out


def _national_descriptions(entries: list[ActorEntry], cues: Cues,
                           taken: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """"the Ruritanian president", "the Ruritanian leader" for the listed people: their state's
    adjective before a title their role holds (and "leader" for a head of state or government, and
    another name of a head's title: "the Ruritanian premier"). A phrase that two people, or
    anyone's own name or description (or one of `taken`), would have is left out."""
    adjectives = {e.id: e.adjectives for e in entries if e.kind == "state"}
    made: dict[str, set[str]] = {}
    for entry in entries:
        if entry.kind != "person" or not entry.role or entry.affiliation not in adjectives:
            continue
        role = entry.role.lower()
        held = [title for title in cues.role_anaphors
                if re.search(rf"(?<![\w-])(?<!vice )(?<!deputy ){re.escape(title.lower())}(?![\w-])", role)]
        # ("prime minister" holds "minister": "the Ruritanian minister" would be any of its ministers,
        # so it is given to no one, though counted against anyone else it would name)
        own = [title for title in held if not any(title != other and title in other for other in held)]
        heads = [title for title in own if title in {t.lower() for t in cues.head_titles}]
        if heads:
            own.append("leader")
            own += [other for title in heads for other in cues.title_synonyms.get(title, ()) if other.islower()]
        for adjective in adjectives[entry.affiliation]:
            for title in {*held, *own}:
                made.setdefault(f"the {adjective} {title}", set()).add(entry.id if title in own else "")
    taken = {*taken, *(name.lower() for e in entries for name in (e.name, *e.aliases, *e.descriptions))}
    out: dict[str, list[str]] = {}
    for phrase, ids in sorted(made.items()):
        if len(ids) == 1 and "" not in ids and phrase.lower() not in taken:
            out.setdefault(next(iter(ids)), []).append(phrase)
    return out


def build_index(config: SiteConfig, discovered: list[ActorEntry] = ()) -> ActorIndex:
    """The gazetteer's actors plus `discovered` ones; the gazetteer's part is built once per config.

    Entries of the gazetteer are shared between articles and never changed after this."""
    known = _known_index(config)
    ids = {k.id for k in config.actors}
    return known.extended([e for e in discovered if e.id not in ids])
