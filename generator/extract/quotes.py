"""Direct quotes: finding quoted spans and attributing them to a speaker.

Handles straight, curly, German („…“) and single (‚…‘) marks, quotes nested in quotes, quotes
split around "he said", and paragraphs that continue an unclosed quote. A speaker is named only
when the text makes it clear; otherwise the quote stays unattributed. Quote text is always a
slice of the article, so it is verbatim by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from generator.config import Cues
from generator.extract.actors import QUESTION_LABEL, SPEAKER_LABEL, ActorIndex, Mention, words_any_case
from generator.extract.memo import once_per
from generator.extract.text import BODY, FURNITURE, Line, Sentence, is_abbreviation

# Straight single quotes too: British papers quote speech 'like this'. An apostrophe never opens
# a quote (it follows a letter: "Ruritania's", "leaders'") and never closes one inside a word ("don't").
# (and backticks, which some e-papers print for both marks: `like this`)
PAIRS = {"“": "”", "„": "“”", "«": "»", '"': '"', "‘": "’", "‚": "‘’'", "'": "'’", "`": "`'’"}
OPENERS = "“„«\"‘‚'`"
_OPENER = re.compile(f"[{re.escape(OPENERS)}]")
MIN_QUOTE_WORDS = 3


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # raw offsets of the quoted words, marks excluded
    end: int
    text: str
    line: int
    closed: bool


@dataclass
class Reading:
    """What attribution learned while reading, reused by claim extraction."""

    quotes: list[Attributed]
    subjects: dict[int, str]  # sentence index -> resolved subject
    speakers: dict[int, str]  # sentence index -> resolved speaker of its first speech verb
    # sentence index -> the party whose list it is in ("he listed them:" and then the items)
    leads: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Attributed:
    span: QuoteSpan
    speaker: str | None
    sentence: Sentence
    also: tuple[str, ...] = ()  # who else says it: the other signatories of a joint statement


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "‘'`":
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return not before.isalnum() and after.isalnum()
    return True


def _nested_same(text: str, j: int, opener: str) -> bool:
    """A mark like the one that opened the quote opens a quote inside it ('… an immediate 'truce',
    agreed …'): any but a straight double quote, which opens and closes alike, and a straight single
    one only before a letter (the '90s)."""
    return text[j] == opener and opener != '"' and (opener not in "'`" or text[j + 1].isalpha())


_SENTENCE_ENDED = re.compile(r"[.!?][”\"’']?\s+$")


def find_quote_spans(line: Line) -> list[QuoteSpan]:
    """Outermost quoted spans in one line; an unclosed opening mark runs to the end of the line."""
    text = line.text
    out = []
    i = 0
    while i < len(text):
        opener = _OPENER.search(text, i)  # most lines hold no quotation mark: skip to the next one
        if opener is None:
            break
        i = opener.start()
        ch = text[i]
        if _is_opening(text, i):
            closers = PAIRS[ch]
            j = i + 1
            depth_marks: list[str] = []
            close_at = -1
            while j < len(text):
                c = text[j]
                # an apostrophe inside a word or before a year closes nothing ("don't", "the '90s")
                elided = c in "’'`" and j + 1 < len(text) and text[j + 1].isalnum()
                if depth_marks and c in PAIRS[depth_marks[-1]] and not elided:
                    depth_marks.pop()
                elif c in closers and not elided:
                    close_at = j
                    break
                elif c in OPENERS and _is_opening(text, j) and (c not in closers or _nested_same(text, j, ch)):
                    depth_marks.append(c)
                j += 1
            end = close_at if close_at >= 0 else len(text)
            inner = text[i + 1:end]
            stripped = inner.strip()
            # unclosed: a paragraph opening a quote that runs on into the next one, at the line's
            # start, after a lead-in ('He said: “We are ready ...' then '“But ...”') or after a
            # sentence ('“We will not withdraw,” he said. “This is our land.' then '“Ruritania must ...”')
            if stripped and (close_at >= 0 or i < 3 or text[:i].rstrip().endswith(":")
                             or _SENTENCE_ENDED.search(text, 0, i)):
                lead = len(inner) - len(inner.lstrip())
                start = line.start + i + 1 + lead
                out.append(QuoteSpan(start, start + len(stripped), stripped, line.index, close_at >= 0))
            i = end + 1 if close_at >= 0 else len(text)
            continue
        i += 1
    return out


# "But Jane Doe ..." opens with a conjunction, not an adverbial running to the first comma
# "WASHINGTON (AP) —", "ARDEN, Ruritania (AP) —": where the story was filed, never its subject
DATELINE = r"[A-Z][A-Z .’'-]{2,30}(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?(?:\s*\([^)]{1,20}\))?\s*[-–—]+"
LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:but|and|yet|so)\b\s*,?\s*)?(?:(?:after|before|following|during|ahead of|in|on|at|with|while|when|"
    r"as|despite|although|though|since|shortly (?:after|before)|hours (?:after|before)|earlier|later|last|"
    r"meanwhile|however)\b[^,]{0,120},\s*)?",
    re.I)
DATELINE_OPENING = re.compile(rf"^{DATELINE}\s+")
CLAUSE_BREAK = re.compile(r"(?:;|\s[–—-]\s|,?\s(?:but|although|though|while|whereas)\s|,\s(?=\w+ing\b))", re.I)
# ", who spoke with the president after the call,": a relative clause names someone other than the speaker
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,]*,")
# ", asked whether he trusted Jane Doe,": a participle's aside, which names others than its subject
PARTICIPLE_ASIDE = re.compile(r",\s+(?!(?:added|noted|stated|stressed|insisted|warned|answered|replied)\b)"
                              r"(?:asked|[a-z]+ing)\b[^,]{0,80},")
# ... and a longer one right before the verb: ", speaking at a forum held in Arden on Monday titled
# “Ruritania and Freedonia: the Road to Peace,” stated that …" (a name in it is no speaker)
LONG_PARTICIPLE_ASIDE = re.compile(r",\s+(?!(?:added|noted|stated|stressed|insisted|warned|answered|replied)\b)"
                                   r"[a-z]+ing\b[^,;]{80,200},[”\"’]?\s*(?:\w+ly\s+)?$")


# "with one abstention (Ruritania), the Council demanded": a party in brackets is an aside
BRACKETED = re.compile(r"\([^()]{1,80}\)")




_CLOSING_MARK = {"“": "”", "\"": "\"", "„": "“”", "«": "»"}


def _mask_opening_quote(text: str) -> str:
    """`text` with the quote it opens with blanked out (offsets kept), when the quote closes in it."""
    closing = _CLOSING_MARK.get(text[:1])
    if closing is None:
        return text
    end = min((i for i in (text.find(mark, 1) for mark in closing) if i > 0), default=-1)
    return text if end < 0 else " " * (end + 1) + text[end + 1:]


def _mask_asides(text: str) -> str:
    """`text` with its relative clauses, participle asides and brackets blanked out (offsets kept)."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    text = LONG_PARTICIPLE_ASIDE.sub(blank, text)
    return BRACKETED.sub(blank, PARTICIPLE_ASIDE.sub(blank, RELATIVE_CLAUSE.sub(blank, text)))


REPORTED_CLAUSE = re.compile(r"(?i:\bthat\s+)$")
# ", and the Ruritanian press reported": a second clause's subject, up to its speech verb
JOINT_PAIR = re.compile(r"\s+and\s+(?:the\s+)?")  # "Hamas and (the) Islamic Jihad"
SPACES_AFTER = re.compile(r"\s*(?:(?:also|jointly|both|together)\s+)?")  # "… said", "… jointly said"
JOINED_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?=(?:[\w.’'-]+\s+){1,5}$)")
APPOSITION = re.compile(r",\s[^,]{1,80},\s*$")
# ", a close ally of President John Roe, " right before the verb: what the subject is
CLOSING_APPOSITION = re.compile(r"(?<=\w),\s+(?:a|an|the|his|her|its|their)\s+[^,;:“”\"]{1,80},(?=\s*(?:\w+ly\s+)?$)")
# "Associate Spokesperson for the Secretary-General Jane Doe" between a quote and its verb: a
# title and a name, however long, with only the small words of a title in lower case
TITLE_THEN_NAME = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|for|to|the|and|at|in|on)\s+){2,10}[A-Z][\w.’'-]*\s*")
TRAILER_HEAD = re.compile(r"^[\s,.!?…”“\"'’‘»]*")


SOURCE_OF_WORDS = re.compile(
    r"(?i:[^.;“”\"]{0,40}?\bfrom\s+)(?P<who>[^,.;“”\"]{2,60}?)(?:['’]s)?\s+"
    r"(?i:statements?|remarks|comments|words|interview|speech|briefing|post|message)\b")
TOPIC_LABEL_WORDS = 15  # "On fresh sanctions to push Ruritania into a peace deal:" under a speaker's lead-in
THAT_OWN = re.compile(r"\s+that\b")
# 'Jane Doe's claim that “…”', "Ruritania's statement that “…”": the owner's words, quoted
OWNED_WORDS = re.compile(r"(?P<who>[^,;:“”\"„«»]{1,80}?)['’]s\s+(?:[a-z]+\s+)?"
                         r"(?i:statements?|remarks?|comments?|words|claims?|assertions?|declaration|message|post|"
                         r"pledge|promise|warning|insistence)\s+(?:that\s+)?$")
ACCORDING_TO = re.compile(r"(?i:\baccording\s+to\s+)(?P<who>[^,;“”\"„«»]{1,80}?)\s*,?\s*$")
ACCORDING_LEAD = re.compile(r"^\W*(?i:according\s+to\s+)(?P<who>[^,;“”\"„«»]{1,80}?),\s+[^,;“”\"„«»]{0,80}$")
# ", and …" or "; …": a new clause, with a subject of its own
CLAUSE_JOIN = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+")
TRAILING_ACCORDING_TO = re.compile(r"(?i:according\s+to\s+)(?P<who>[^,;.“”\"„«»]{1,80}?)\s*[.!?]?\s*$")
# '“...,” a source familiar with the talks said', '“...,” officials said': an attribution to someone
# the article does not name; the quote is theirs, never the previous speaker's
UNNAMED_SOURCE = re.compile(r"(?i:\s*(?:a|an|one|two|three|several|some|other|senior|western|european)\s+"
                            r"|\s*(?:officials|sources|diplomats|analysts|aides|people)\b"
                            # ('“...,” the source said': the unnamed source the text introduced before)
                            r"|\s*the\s+(?:sources?|officials?|aides?)\b)")
UNNAMED_SPEAKER = ""  # the actor id of someone the article does not name: not None, which lets others' words run on
UNNAMED = Mention(0, 0, UNNAMED_SPEAKER, "", "unnamed")
UNNAMED_GROUP = "(unnamed group)"  # in reading history: people the text names as no party
UNKNOWN_PERSON = "(unknown person)"  # in reading history: someone named, but no actor ("Lindqvist said")
# "Lindqvist said", "Mr Lindqvist told": a name alone before the first speech verb, which no actor is
# (an apposition may follow the name: "Lindqvist, an adviser to President Jane Doe, said")
NOT_A_NAME = re.compile(r"(?i:it|we|i|you|this|that|these|those|there|here|who|which|what|one|both|all|some|each)")
# (and after a second adverbial: "After visiting Arden, and on the eve of his visit, Lindqvist said")
UNKNOWN_NAME_SPEAKS = re.compile(r"(?:^|(?<=,\s))(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                                 r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:,\s+[^,;:“”\"]{1,150},)?\s+$")
NEW_CLAUSE_AFTER = re.compile(r"(?i:(?:and|but|while|whereas)\s)")
JOINT_BEFORE_VERB = re.compile(r"(?i:,\s*(?:and|but|while|whereas)\s)")
SECOND_VERB_OF_SUBJECT = re.compile(r"\s[a-z]+\s+.*\band\s+(?:\w+ly\s+|also\s+|then\s+)?$")  # "… met X and said"
POSSESSIVE_NEXT = re.compile(r"[’']s\b")
WITH_BEFORE = re.compile(r"(?<![\w-])(?i:with)\s+(?:[\w.’'-]+\s+){0,4}$")
PARTICIPLE_LEAD = re.compile(r",[\"”’']?\s*$")  # ", saying ...", and '“…,” adding ...'
PASSIVE = re.compile(r"(?i:\b(?:was|were|been|being)\s+$)")
STATEMENT_LEAD = re.compile(r"\s*:\s*$")  # a line ending "..., said:" introduces unquoted paragraphs
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I|us|[Oo]ur|[Mm]y)\b")  # (not "US", the country)
# "It also wants …", "It said …": a sentence opened by "It" and its own verb, told of a state or body
# (never "It is unclear …", "It was agreed …", "It remains …": no one's act)
STATE_IT = re.compile(r"It(?=\s+(?:also\s+|then\s+|later\s+|again\s+)?(?!is\b|was\b|has\s+been\b|had\s+been\b|"
                      r"will\s+be\b|would\s+be\b|could\s+be\b|may\b|might\b|seems?\b|seemed\b|appears?\b|"
                      r"appeared\b|remains?\b|remained\b|looks?\b|looked\b|took\b|takes?\b|comes?\b|came\b|"
                      r"means?\b|meant\b|happened\b|follows?\b|followed\b)[a-z]+\b)")
PRONOUN = re.compile(r"(?i:(?<![\w-])(he|she|they)(?![\w-]))")
RELATIVE_WHO = re.compile(r",\s+who\s+(?:(?!,\s+and\s|[.;!?]\s).)*$")  # ", who acknowledged … but"
# "The deal does not address the gains of Ruritania …": a thing is the subject, and its auxiliary
# comes before any party (never "The Kremlin said", "The head of Ruritania's delegation has …")
NOUN_SUBJECT_VERB = re.compile(r"(?i:the|a|an|this|that|its|their)\s+(?:[a-z][\w-]*\s+){1,3}?"
                               r"(?:does|do|did|has|have|had|is|are|was|were|will|would|can|could|may|might|"
                               r"must|should|shall)(?![\w’'-])")


@once_per
def _attribution_cues(cues: Cues) -> tuple[re.Pattern, dict[str, str], re.Pattern, re.Pattern | None,
                                           re.Pattern | None, re.Pattern | None, re.Pattern | None,
                                           re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """Speech verbs, pronoun genders, role words, and what follows a preposition (any, or one
    that never introduces a speaker), compiled once per config."""
    # a capitalised word inside a sentence is a name, not the verb: "the United States", "Notes"
    speech = re.compile(rf"(?<![\w-])(?!(?<=[\w,;:] )[A-Z])(?i:(?:{words_any_case(cues.speech_verbs)})(?![\w-]))")
    pronouns = {p.lower(): g for g, words in cues.pronouns.items() for p in words}
    role_word = re.compile(rf"(?i:{words_any_case([w for r in cues.role_nouns for w in r.split()])})s?")
    titles = words_any_case([w for role in cues.role_nouns for w in role.split() if w.islower()])
    # (the languages that write them with a capital: a day or month name set in lower case is no
    # capitalised word of a sentence to begin with)
    days_and_months = "|".join(re.escape(n) for n in cues.time_names if n[:1].isupper()) or "(?!)"

    def after_one_of(words: list[str], titles: str = titles) -> re.Pattern | None:
        # "with Smith", "with the Ruritanian president Jan Novak": up to three title words between
        # (but "On Sunday Ruritania demanded": a day or month ends a time phrase, not a title)
        if not words:
            return None
        return re.compile(rf"(?<![\w-])(?i:{words_any_case(words)})\s+(?:the\s+)?"
                          rf"(?:(?:(?!(?:{days_and_months})\b)[A-Z][\w.’'-]*|(?i:{titles}))\s+){{0,3}}$")

    speakers = {w.lower() for w in cues.speaker_prepositions}
    objects = after_one_of([w for w in cues.prepositions if w.lower() not in speakers])
    # "what X called a “...”", "something X described as “...”": X named the quoted words
    naming = re.compile(rf"(?i:\b(?:what|something|which|that)\s+)(?P<who>[^,;:.“”\"„«»]{{1,80}}?)\s+"
                        rf"(?i:(?:has|had|have)\s+)?(?i:{words_any_case(cues.naming_verbs)})"
                        rf"(?i:\s+(?:it|them|this))?(?i:\s+(?:a|an|the))?\s*$") if cues.naming_verbs else None
    # "the Ruritanian media reported": the name qualifies its press, who speak for themselves
    press = (re.compile(rf"(?i:^\s+(?:{words_any_case(cues.not_actor_before)})(?![\w-]))")
             if cues.not_actor_before else None)
    # 'Quote: "..."': the text before a quote that is a label only
    label = (re.compile(rf"(?i:^\s*(?:{words_any_case(cues.quote_labels)})\s*:\s*[{re.escape(OPENERS)}']?$)")
             if cues.quote_labels else None)
    # "the president" standing for someone named before; not "the president of Ruritania", nor
    # "the president's office"
    standing_for = (*cues.role_anaphors, *cues.office_anaphors)
    # ... and "his administration", "her government": the office of the person read last
    owned = rf"|(?:his|her)\s+(?:{words_any_case(cues.office_anaphors)})" if cues.office_anaphors else ""
    anaphor = (re.compile(rf"(?i:\b(?:the\s+(?:{words_any_case(standing_for)}){owned}))(?![\w’'-])(?!\s+of\b)")
               if standing_for else None)
    # "called on Ruritania to “…”", "urged allies to “…”", "urged Arden to engage in “…”": the quote
    # is what the subject asked for; "offered to hold talks with Arden “…”": what it offered
    forms = []
    if cues.asking_verbs:
        # ("called on partners to increase pressure on Ruritania through sanctions “…”": up to seven words)
        forms.append(rf"(?:{words_any_case(cues.asking_verbs)})\s+(?:[\w’'.-]+\s+){{1,4}}to(?:\s+[\w’'-]+){{0,7}}")
    if cues.offering_verbs:
        forms.append(rf"(?:{words_any_case(cues.offering_verbs)})\s+to\s+(?:[\w’'.-]+\s+){{0,7}}[\w’'.-]+")
    # ("called on partners to respond with sanctions: “…”": the words after a colon too)
    asked_to = re.compile(rf"(?i:(?<![\w-])(?:{'|'.join(forms)})\s*:?\s*$)") if forms else None
    return (speech, pronouns, role_word, after_one_of(list(cues.prepositions)), objects, naming, press, label, anaphor,
            asked_to)


# A title to a post, between the party that gives it and its holder: "Ruritanian Ambassador to Arden Jane Doe",
# "Ruritania’s envoy to the United Nations, Jane Doe", "Arden’s Special Envoy for Ruritania Jane Doe"
POSTED_TITLE_GAP = (r"(?:['’‚]s?)?(?:\s+(?:[A-Z][\w.’'-]*|the))*(?:\s+[a-z][\w-]*){{0,2}}?\s+(?i:{titles})\s+"
                    r"(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*)+(?:,\s*)?$")


@once_per
def _person_cues(cues: Cues) -> tuple[re.Pattern, re.Pattern, re.Pattern | None, re.Pattern | None,
                                      re.Pattern | None, tuple[re.Pattern, re.Pattern]]:
    """Titles before and after a party that stand for its unnamed person ("the representative of
    Ruritania said …", "Arden's ambassador said …"), and the words that make a page an interview."""
    titles = words_any_case(cues.role_nouns) if cues.role_nouns else "(?!)"
    before = re.compile(rf"(?i:(?<![\w-])(?:{titles})\s+(?:of|for|from)\s+(?:the\s+)?)$")
    after = re.compile(rf"^['’‚]s\s+(?:[\w-]+\s+){{0,2}}?(?i:{titles})(?![\w-])")
    interview = (re.compile(rf"(?i:(?<![\w-])(?:{words_any_case(cues.interview_words)})(?![\w-]))")
                 if cues.interview_words else None)
    # "European officials, who met …, pushed back": a group no party, up to three words in
    group = (re.compile(rf"^(?:[\w.’'-]+\s+){{0,2}}(?:{words_any_case(cues.unnamed_groups)})(?![\w-])")
             if cues.unnamed_groups else None)
    # "The group also insists on …": the last body read, as "It" is (see STATE_IT)
    body = (re.compile(rf"The\s+(?:{words_any_case(cues.body_anaphors)})(?=\s+(?:also\s+|then\s+|later\s+|again\s+)?"
                       r"(?!is\b|was\b|has\s+been\b|had\s+been\b)[a-z]+\b)")
            if cues.body_anaphors else None)
    # '“…,” the group said': the last body read speaks
    body_said = (re.compile(rf"\s*(?i:the\s+(?P<body>{words_any_case(cues.body_anaphors)}))\s*")
                 if cues.body_anaphors else None)
    lowercase = words_any_case([w for role in cues.role_nouns for w in role.split() if w.islower()]) or "(?!)"
    posted = re.compile(POSTED_TITLE_GAP.format(titles=lowercase))
    # "Ruritanian Ambassador to the United Nations Jane Doe": the post opens the text read
    post = re.compile(rf"(?<![\w-])(?i:{lowercase})\s+(?:to|for)\s+(?:the\s+)?$")
    return before, after, interview, group, (body, body_said), (posted, post)


class Attributor:
    """Finds who speaks a quote from the words around it."""

    def __init__(self, cues: Cues, index: ActorIndex):
        self.index = index
        (self.speech, self.pronouns, self.role_word, self.preposition, self.object_of,
         self.naming, self.press, self.quote_label, self.anaphor, self.asked_to) = _attribution_cues(cues)
        self.passive = PASSIVE
        self.pronoun = PRONOUN
        (self.title_before, self.title_after, self.interview_words, self.unnamed_group,
         (self.body_anaphor, self.body_said), (self.posted_title, self.post_lead)) = _person_cues(cues)
        self.voice: str | None = None  # the party whose unnamed person spoke last ("he" may stand for it)
        self.title_synonyms: dict[str, tuple[str, ...]] = {}  # "top diplomat" -> ("foreign minister",)
        for title, others in cues.title_synonyms.items():
            for other in others:
                self.title_synonyms[other.lower()] = (*self.title_synonyms.get(other.lower(), ()), title)
        self.offices = {office.lower() for office in cues.office_anaphors}
        # 'the ministry expressed “deep regret …”': the quote is what the subject expressed
        self.expressed = (re.compile(rf"(?<![\w-])(?i:{words_any_case(cues.expressing_verbs)})"
                                     r"\s+(?:its\s+|their\s+|his\s+|her\s+)?$") if cues.expressing_verbs else None)
        self.opinion_labels = (re.compile(rf"(?i:{words_any_case(cues.opinion_labels)})")
                               if cues.opinion_labels else None)

    def mentions(self, text: str) -> list[Mention]:
        return self.index.find(text)

    def voiced(self, text: str, mention: Mention) -> bool:
        """Whether `mention` of a state or body in `text` is there for its unnamed person, titled."""
        if self.index[mention.actor].kind not in ("state", "organisation"):
            return False
        return bool(self.title_before.search(text, 0, mention.start) or self.title_after.match(text[mention.end:]))

    def title_holder(self, text: str, mentions: list[Mention], n: int) -> int | None:
        """Index of the person whose title to a post follows mention `n` of a state or body ("U.S.
        Ambassador to the UN Jane Doe", "Ruritania's envoy to Arden, Jane Doe"): the subject is the
        person, not who gives the title nor the post, even where the post is a party."""
        if self.is_person(mentions[n]):
            return None
        for k in range(n + 1, min(n + 4, len(mentions))):
            if self.is_person(mentions[k]):
                gap = (mentions[n].end, mentions[k].start)
                if self.posted_title.match(text, *gap):
                    return k  # "U.S. Ambassador to Arden Jane Doe", from the U.S.
                if k == n + 1 and self.post_lead.search(text, 0, mentions[n].start) and \
                        re.fullmatch(r"\s*,?\s*", text[gap[0]:gap[1]]):
                    return k  # "Ruritanian Ambassador to the United Nations Jane Doe", from the post
                return None
        return None

    def title_holders(self, text: str, mentions: list[Mention]) -> set[int]:
        """Indices of the people `title_holder` finds in `mentions`: after "to", yet no object."""
        return {k for n in range(len(mentions)) if (k := self.title_holder(text, mentions, n)) is not None}

    def is_person(self, mention: Mention) -> bool:
        return self.index[mention.actor].kind in ("person", "media")

    def subject(self, sentence_text: str) -> Mention | None:
        """The grammatical subject, roughly: the first actor named after any leading adverbial."""
        rest_at = _after_lead(sentence_text)
        rest = sentence_text[rest_at:]
        pron = re.match(r"(?i:(he|she|they)\b)", rest) or STATE_IT.match(rest) or (
            self.anaphor and self.anaphor.match(rest)) or (self.body_anaphor and self.body_anaphor.match(rest))
        if pron:
            return Mention(rest_at, rest_at + pron.end(), "", pron.group(), "pronoun")
        # "European leaders, who spoke with Jane Doe after the call, said ...": she is no subject
        # ('“We called on Ruritania to …,” the diplomats said.': nor is a party the opening quote names)
        masked = _mask_asides(_mask_opening_quote(rest))
        # "European leaders said they would increase pressure on Ruritania": a preposition's object
        # is no subject, and neither is a party named after the sentence's own speech verb
        named = self.mentions(masked)
        found = [m for m in named if not (self.object_of and self.object_of.search(masked[:m.start]))]
        if not found or found[0].start > 60 or self._finite_speech(masked[:found[0].start]) \
                or NOUN_SUBJECT_VERB.match(masked, 0, found[0].start):
            return None
        first = found[0]
        if (holder := self.title_holder(masked, named, named.index(first))) is not None:
            found = [first := named[holder]]  # "U.S. Ambassador to Arden Jane Doe": she
        for following in found[1:]:
            between = rest[first.end:following.start]
            if not self.is_person(first) and self.is_person(following) and self.title_words(between):
                first = following  # "U.S. Vice President Jane Doe": the person, not the state
            break
        # offsets in the sentence, not in what follows the adverbial
        return replace(first, start=first.start + rest_at, end=first.end + rest_at) if rest_at else first

    def unknown_speaker(self, text: str, verb_start: int) -> bool:
        """The speech verb's subject is a name that stands for no actor: "Lindqvist said", "On
        Monday, Mr Lindqvist told reporters"."""
        name = UNKNOWN_NAME_SPEAKS.search(text, _after_lead(text, verb_start), verb_start)
        if name is None:
            return False
        base = re.split(r"[’']", name["name"])[0]  # ("She’s said")
        if base.lower() in self.pronouns or NOT_A_NAME.fullmatch(base):
            return False  # ("He said", "It said", "This said")
        return not any(word in self.index.name_words for word in name["name"].split()) \
            and not self.mentions(name["name"])

    def said_just_before(self, head: str, words: int) -> bool:
        """`head` ends with a speech verb and at most `words` words after it, no comma between
        ("said on Tuesday that", "said he"): what follows is what was said."""
        verbs = list(self.speech.finditer(head))
        gap = head[verbs[-1].end():] if verbs else ","
        return "," not in gap and len(gap.split()) <= words

    def _finite_speech(self, head: str) -> bool:
        """`head` holds a speech verb after its first word (not a participle: "Speaking in Arden,
        ..."; not a label: "Explained: what does ... mean")."""
        return any(verb.start() > 0 and not verb.group().lower().endswith("ing")
                   for verb in self.speech.finditer(head))

    def _named_by(self, phrase: str) -> Mention | None:
        """The actor a phrase ends by naming ("the Ruritanian envoy Jane Doe"), if it does."""
        found = self.mentions(phrase)
        if not found and self.anaphor and self.anaphor.fullmatch(phrase.strip()):
            return Mention(0, 0, "", phrase.strip(), "pronoun")  # "according to the minister": the last one read
        return found[-1] if found and not phrase[found[-1].end:].strip() else None

    def title_words(self, text: str) -> bool:
        """`text` is a title between a party and a person: capitalised or role words ("Ruritania's
        Prime Minister Jane Doe"), or up to two other words before a role word ("EU foreign affairs
        chief Jane Doe")."""
        text = re.sub(r"^[’']s\b", "", text)
        text = re.sub(r",\s*$", "", text)  # ("Ruritania's defence minister, Jane Doe,": her title, then her)
        words = re.findall(r"[\w.’'-]+|[^\w\s]", text)
        other = [w for w in words if not (w[:1].isupper() or self.role_word.fullmatch(w))]
        return not other or (len(other) <= 2 and all(w[:1].isalpha() for w in other)
                             and bool(words) and self.role_word.fullmatch(words[-1]) is not None)

    def speaker_of_verb(self, text: str, verb_start: int) -> Mention | None:
        """Who says the speech verb at `verb_start`: named in its clause, else the sentence subject."""
        window = _mask_opening_quote(text[:verb_start])  # ('“… Ruritania …,” the diplomats said': not Ruritania)
        if self.passive.search(window) or self.unknown_speaker(text, verb_start):
            return None  # (nor "After visiting Arden, Lindqvist said": someone no actor stands for)
        if re.match(r"\w+ing\b", text[verb_start:]):
            named = self.mentions(window)
            if named and not window[named[-1].end:].strip() and WITH_BEFORE.search(window, 0, named[-1].start):
                return named[-1]  # "…, with Jane Doe saying …": she says it, though "with" names her
        if PARTICIPLE_LEAD.search(window) and re.match(r"\w+ing\b", text[verb_start:], re.I):
            # "Jane Doe did not agree to what John Roe demanded, saying ...": the one who says is
            # the subject of the clause the participle hangs on, not the last name before it
            earlier = [v for v in self.speech.finditer(window) if not v.group().lower().endswith("ing")]
            if earlier:
                # ('“…,” said Jane Doe, adding …': the speaker named after the verb, not a party in the quote)
                after = window[earlier[-1].end():]
                named = self.mentions(after)
                if named and not after[named[-1].end:].strip(" ,") and self.title_words(after[:named[-1].start]):
                    last = named[-1]
                    return replace(last, start=last.start + earlier[-1].end(), end=last.end + earlier[-1].end())
                return self.speaker_of_verb(text, earlier[-1].start())
            return self.subject(text)
        if SECOND_VERB_OF_SUBJECT.search(window) and not JOINED_SUBJECT.search(window):
            # "Jane Doe met John Roe and said": the sentence's subject says it, not whom she met
            head = self.subject(text)
            if head is not None and head.via != "pronoun" and head.end <= verb_start:
                return head
        # (", speaking alongside John Roe, said": an aside, not a clause of its own)
        breaks = list(CLAUSE_BREAK.finditer(_mask_asides(window)))
        clause_at = breaks[-1].end() if breaks else 0
        clause = _mask_asides(window[clause_at:])
        # "Jane Doe, a close ally of President John Roe, said": the apposition names no speaker
        clause = CLOSING_APPOSITION.sub(lambda m: " " * len(m.group()), clause)
        joined = list(JOINED_SUBJECT.finditer(clause))
        if joined:
            # "Jane Doe met John Roe, and the Ruritanian government said": the verb's own subject
            # follows the conjunction; a party named there says it, and anyone else does not
            tail = clause[joined[-1].end():]
            named = [m for m in self.mentions(tail) if not (self.press and self.press.match(tail[m.end:]))]
            if not named and not self.pronoun.search(tail):
                return None
            clause = " " * joined[-1].end() + tail
        role = self._anaphor_before_verb(clause)
        if role is not None:  # "the president added": whoever was last read with that title
            return replace(role, start=role.start + clause_at, end=role.end + clause_at)
        named = self.mentions(clause)
        holders = self.title_holders(clause, named)
        found = [m for n, m in enumerate(named)  # "sanctions against Ruritania and stressed": an object
                 if (n in holders or not (self.object_of and self.object_of.search(clause[:m.start])))
                 and not (self.press and self.press.match(clause[m.end:]))]
        people = [m for m in found if self.is_person(m)]
        # "Jane Doe, John Roe's envoy, said": the possessive qualifies her title
        people = [m for n, m in enumerate(people) if n == 0 or not POSSESSIVE_NEXT.match(clause, m.end)]
        pron = list(self.pronoun.finditer(clause))
        best = people[-1] if people else (found[-1] if found else None)
        if pron and (best is None or pron[-1].start() > best.end):
            return Mention(0, 0, "", pron[-1].group(), "pronoun")
        if best:  # offsets in the text, not in the clause: callers cut summaries there
            return replace(best, start=best.start + clause_at, end=best.end + clause_at)
        if clause.strip() and clause_at == 0:
            return None
        if (who := RELATIVE_WHO.search(window)) is not None:
            # "…, Jane Doe, who acknowledged “…” but said …": who "who" is, not the sentence's subject
            named = self.mentions(window[:who.start()])
            if named and named[-1].end == who.start() and self.is_person(named[-1]):
                return named[-1]
        return self.subject(text)

    def _anaphor_before_verb(self, clause: str) -> Mention | None:
        """A title standing for a person ("the president") as the subject right before the verb
        that ends `clause` (an adverb may come between: "the chancellor also said")."""
        if self.anaphor is None:
            return None
        found = list(self.anaphor.finditer(clause))
        if not found or not re.fullmatch(r"\s*(?:[a-z]+\s+)?", clause[found[-1].end():]):
            return None
        role = found[-1]
        if self.object_of and self.object_of.search(clause[:role.start()]):
            return None  # "spoke with the president and said": an object
        return Mention(role.start(), role.end(), "", role.group(), "pronoun")

    def attribute(self, line: Line, sentence: Sentence, span: QuoteSpan) -> Mention | None:
        text = line.text
        rel_start = span.start - line.start
        rel_end = span.end - line.start
        # After the quote: '..., he said' / '... said Mr X' / '... Mr X said'
        trailer = text[rel_end:]
        lead = TRAILER_HEAD.match(trailer).end()
        near = trailer[lead:lead + 90]
        verb = self.speech.search(near)
        # '“…,” and Jane Doe urged …': a clause of its own, not an attribution of the quote
        # ('“…” on Ruritania, and the ministry said …' too)
        new_sentence = (span.text.endswith(".") and near[:1].isupper()) or bool(NEW_CLAUSE_AFTER.match(near)) or bool(
            verb and JOINT_BEFORE_VERB.search(near[:verb.start()]))
        according = TRAILING_ACCORDING_TO.match(near) if not new_sentence else None
        if according and (speaker := self._named_by(according["who"])) is not None:
            return speaker  # '“...,” according to Jane Doe.'
        source = SOURCE_OF_WORDS.match(near) if not new_sentence else None
        speaker = self._named_by(source["who"]) if source else None
        if speaker and self.is_person(speaker):  # '“...,” was the key line from Jane Doe's statements'
            return speaker
        # ('“…,” Jane Doe clarified that …': a verb with a "that" of its own reports something else)
        if verb and not new_sentence and not re.search(r"[–—“”\"„]", near[:verb.start()]) \
                and not _ends_sentence(near[:verb.start()]) and not THAT_OWN.match(near, verb.end()):
            head = near[:verb.start()]
            if not head.strip():
                after = near[verb.end():]
                pron = re.match(r"\s*(he|she|they)\b", after, re.I)
                if pron:
                    return Mention(0, 0, "", pron.group(1), "pronoun")
                role = self.anaphor.match(after, len(after) - len(after.lstrip())) if self.anaphor else None
                if role:  # '“...,” said the president'
                    return Mention(0, 0, "", role.group(), "pronoun")
                found = self.mentions(after[:90])
                if len(found) > 1 and not self.is_person(found[0]) and self.is_person(found[1]) \
                        and self.title_words(after[found[0].end:found[1].start]):
                    return found[1]  # "said Ruritanian government spokesman Jan Novak": him, not his state
                if found and (found[0].start <= 4 or (
                        self.is_person(found[0]) and self.title_words(after[:found[0].start]))):
                    return found[0]  # "said Jane Doe", "said Ruritanian Foreign Minister Jane Doe"
            elif len(APPOSITION.sub(" ", head).split()) <= 6 or TITLE_THEN_NAME.fullmatch(head):
                # '..., Jane Doe, the Ruritanian envoy, told reporters': the speaker is named before
                # the apposition, which may name other parties
                head = APPOSITION.sub(" ", head)
                found = [m for m in self.mentions(head)  # "a source in Ruritania said": not Ruritania
                         if not (self.object_of and self.object_of.search(head[:m.start]))]
                pron = re.match(r"\s*(he|she|they)\b", head, re.I)
                if pron:
                    return Mention(0, 0, "", pron.group(1), "pronoun")
                if not found and (role := self._anaphor_before_verb(head)) is not None:
                    return role  # '“...,” the president continued'
                if not found and self.body_said and (body := self.body_said.fullmatch(head)):
                    return Mention(0, 0, "", f"The {body['body'].lower()}", "pronoun")  # '“...,” the group said'
                if found:
                    return found[-1]
                if UNNAMED_SOURCE.match(head):
                    return UNNAMED  # '“...,” a source familiar with the talks said': someone, unnamed
        # Before the quote: 'X said:' / 'X told reporters that' / partial quotes in reported speech
        sentence_start = max(0, sentence.start - line.start)
        head = text[sentence_start:max(sentence_start, rel_start - 1)]
        named = self.naming.search(head) if self.naming else None
        if named:  # 'something X called a “...”'
            who = named["who"]
            pron = re.fullmatch(r"\s*(he|she|they)\s*", who, re.I)
            if pron:
                return Mention(0, 0, "", pron.group(1), "pronoun")
            if (speaker := self._named_by(who)) is not None:
                return speaker
        according = ACCORDING_TO.search(head)
        if according and (speaker := self._named_by(according["who"])) is not None:
            return speaker  # 'According to Jane Doe, “...”'
        owned = OWNED_WORDS.search(head)
        if owned and (speaker := self._named_by(owned["who"])) is not None:
            return speaker  # 'rejected Jane Doe's claim that “...”'
        verbs = list(self.speech.finditer(head))
        # ('called on both sides “to return to dialogue”': the quote may open with the "to")
        asking = head + "to " if re.match(r"(?i:to\s)", span.text) and head[-1:].isspace() else head
        asked = self.asked_to.search(asking) if self.asked_to else None
        if verbs and asked:
            # "Jane Doe has said she would meet him, and Ruritania called on Arden to “…”": the
            # asker of a later clause, not whoever spoke in the first
            clause = max((m.end() for m in CLAUSE_JOIN.finditer(head, verbs[-1].end(), asked.start())), default=None)
            subject = self.subject(head[clause:]) if clause is not None else None
            if subject is not None and subject.via != "pronoun":
                return subject
        if verbs:
            return self.speaker_of_verb(head, verbs[-1].start())
        lead = ACCORDING_LEAD.match(head)
        if lead and (speaker := self._named_by(lead["who"])) is not None:
            return speaker  # 'According to the White House, the US “will help …”': whose words they are
        if asked:
            # 'Jane Doe called on Ruritania to “bring your pilots home”': the words of whoever asks
            # (or offers: 'Jane Doe offered to meet “on equal terms”'; 'She called on …': hers)
            subject = self.subject(head)
            if subject is not None:
                return subject
        if self.expressed and self.expressed.search(head) and (subject := self.subject(head)) is not None:
            return subject  # 'Arden's Foreign Ministry expressed “deep regret …”'
        if head.rstrip().endswith(":") and len(head.split()) <= 12:
            # "Foreign Minister Jane Doe hit back: '...'": whoever the lead-in is about
            subject = self.subject(head)
            if subject is not None and subject.via != "pronoun":
                return subject
        sentence_end = max(rel_end, sentence.end - line.start)
        return self.sentence_final(text[rel_end:sentence_end])

    def sentence_final(self, tail: str) -> Mention | None:
        """'... “pariah status” – but ..., said Holt.': one attribution closing the sentence
        covers every quote in it (", said X." or ", X said.", with nothing after)."""
        verbs = list(self.speech.finditer(tail))
        if not verbs or re.search(r"[“”\"„]", tail[verbs[-1].start():]):
            return None
        verb = verbs[-1]
        before, after = tail[:verb.start()], tail[verb.end():]
        if re.search(r",\s*$", before):  # ", said Holt."
            found = self.mentions(after)
            if found and found[0].start <= 4 and not after[found[0].end:].strip(" .!?\"”’'"):
                return found[0]
        clause = re.search(r",\s*([^,]{1,60})$", before)  # ", Holt said."
        if clause and not after.strip(" .!?\"”’'"):
            found = self.mentions(clause.group(1))
            if found and not clause.group(1)[found[-1].end:].strip():
                return found[-1]
        return None


def _transcript_answer(line: Line, sentences: list[Sentence], attributor: Attributor,
                       read: list[str]) -> Attributed | None:
    """An interview transcript's "Jane Doe: We are ready to meet in any format.": the words after
    the label are the quote of the one known person the label names. A label that is a title
    ("THE PRESIDENT:", as official transcripts set them) is the person last `read` with it,
    the headline's "Remarks by President Doe" included."""
    label = SPEAKER_LABEL.match(line.text)
    if label is None or line.kind != BODY:
        return None
    text = label["label"]
    if text.isupper():
        text = text.title()  # "MS DOE:", as official transcripts set their labels: "Ms Doe"
    named = attributor.mentions(text)
    if attributor.anaphor and attributor.anaphor.fullmatch(text):
        speaker = _resolve_pronoun(text, attributor, read)
    elif len(named) == 1 and (named[0].start, named[0].end) == (0, len(text)) and attributor.is_person(named[0]):
        speaker = named[0].actor
    else:
        return None
    if speaker is None:
        return None
    start = line.start + label.start("said")
    span = QuoteSpan(start, line.end, line.text[label.start("said"):], line.index, True)
    return Attributed(span, speaker, next((x for x in sentences if x.end > start), sentences[0]))


def _statement_speaker(line: Line, attributor: Attributor, history: list[str]) -> str | None:
    """Who "..., Jane Doe told reporters in Arden:" introduces (a speech verb at most six words
    before the closing colon), if the line is such a lead-in."""
    lead_in = STATEMENT_LEAD.search(line.text)
    if lead_in is None:
        return None
    verbs = list(attributor.speech.finditer(line.text, 0, lead_in.start() + 1))
    if not verbs or len(line.text[verbs[-1].end():lead_in.start()].split()) > 6:
        return None
    return resolve(attributor.speaker_of_verb(line.text, verbs[-1].start()), attributor, history)


def _after_lead(text: str, end: int | None = None) -> int:
    """Where a sentence's clause begins (before `end`): past a dateline and a leading adverbial."""
    dateline = DATELINE_OPENING.match(text)
    at = dateline.end() if dateline else 0
    skip = LEADING_ADVERBIAL.match(text[at:end])
    return at + (skip.end() if skip else 0)


def _joint_speakers(text: str, speaker: str, attributor: Attributor) -> tuple[str, tuple[str, ...]]:
    """'Hamas and Islamic Jihad said they were “ready …”': the quote is the first's, and also the
    second's, when the speaker was read as the second of two parties joined by "and" before a
    speech verb."""
    mentions = attributor.mentions(text)
    for before, after in pairwise(mentions):
        if after.actor == speaker and before.actor != speaker and JOINT_PAIR.fullmatch(text, before.end, after.start) \
                and attributor.speech.match(text, SPACES_AFTER.match(text, after.end).end()) \
                and attributor.is_person(before) == attributor.is_person(after):
            return before.actor, (speaker,)
    return speaker, ()


def _resolve_pronoun(pronoun: str, attributor: Attributor, history: list[str]) -> str | None:
    """Most recent subject or speaker of matching gender (for a title such as "the president",
    with that title); None if the text leaves doubt."""
    if attributor.anaphor and attributor.anaphor.fullmatch(pronoun):
        owner, title = pronoun.split(maxsplit=1)
        if owner.lower() in ("his", "her"):  # "his administration": the office of him read last
            person = _resolve_pronoun("he" if owner.lower() == "his" else "she", attributor, history)
            entry = attributor.index.get(person) if person else None
            return entry.affiliation if entry is not None and entry.kind == "person" else None
        if title.lower() in attributor.offices:  # "the ministry": the state or body read last
            return next((actor_id for actor_id in reversed(history[-6:])
                         if (entry := attributor.index.get(actor_id)) is not None
                         and entry.kind in ("state", "organisation")), None)
        return resolve_title(title, attributor, history)
    gender = attributor.pronouns.get(pronoun.lower())
    if pronoun.startswith("The "):  # "The group": the last body or armed group read, never a state
        return next((body for actor_id in reversed(history[-6:]) if (body := _body_of(actor_id, attributor))), None)
    for actor_id in reversed(history[-6:]):
        if actor_id == UNNAMED_GROUP and gender == "they":
            return None
        if actor_id == UNKNOWN_PERSON and gender in ("he", "she"):
            return None  # "Lindqvist said …. He said …": him, whom no actor stands for
        entry = attributor.index.get(actor_id)
        if entry is None:
            continue
        if gender == "they" or pronoun == "It":
            return actor_id if entry.kind in ("state", "organisation", "group") else None
        if entry.kind not in ("person", "media"):
            if actor_id == attributor.voice and gender in ("he", "she"):
                return actor_id  # "The representative of Ruritania said … “…,” she said."
            continue
        if entry.gender in (None, gender):
            return actor_id
    return None


def _body_of(actor_id: str, attributor: Attributor) -> str | None:
    """The body or armed group an actor read is or belongs to ("Hamas leader Jane Doe …, the group
    said": Hamas)."""
    entry = attributor.index.get(actor_id)
    if entry is not None and entry.kind == "person" and entry.affiliation:
        actor_id, entry = entry.affiliation, attributor.index.get(entry.affiliation)
    return actor_id if entry is not None and entry.kind in ("organisation", "group") else None


def resolve_title(title: str, attributor: Attributor, history: list[str]) -> str | None:
    """The person last read whose role has `title` ("president", not "vice president"; "top
    diplomat" for a foreign minister, "the diplomat" for any of the titles `title_synonyms` give)."""
    titles = attributor.title_synonyms.get(title.lower(), (title,))
    has_title = re.compile(rf"(?<![\w-])(?<!vice )(?<!vice-)(?:{'|'.join(re.escape(t.lower()) for t in titles)})"
                           r"(?![\w-])")
    for actor_id in reversed(history[-6:]):
        entry = attributor.index.get(actor_id)
        if entry is not None and entry.kind == "person" and entry.role and has_title.search(entry.role.lower()):
            return actor_id
    return None


def _named_before_pronoun(line: Line, sentence: Sentence, span: QuoteSpan, attributor: Attributor) -> list[str]:
    """People named in the sentence before a pronoun that opens a reported clause before the quote.

    "X said she had spoken to Y and that he had confirmed “...”": inside "that ..." the pronoun
    refers within the sentence, so Y comes before anyone of earlier sentences. A main-clause
    pronoun keeps the earlier speaker ("Asked whether Y would come, he said: “...”"), and names
    after the pronoun never count ("He added Y ... “...”")."""
    before = line.text[max(0, sentence.start - line.start):max(0, span.start - line.start)]
    pronouns = list(attributor.pronoun.finditer(before))
    if not pronouns:
        # 'Jane Doe urged restraint: “…,” he told reporters.': a pronoun after the quote is the
        # sentence's subject, named before it, rather than anyone of earlier sentences
        # (and so is the ministry: 'Arden voiced its “concern …,” the ministry said')
        head = attributor.subject(before) if before.strip() else None
        return [head.actor] if head is not None and head.via != "pronoun" else []
    lead = before[:pronouns[-1].start()]
    # "X said he spoke with Y and insisted “...”": a pronoun right after the speech verb, without
    # "that", is as much inside what was said
    if not REPORTED_CLAUSE.search(lead) and not attributor.said_just_before(lead, 2):  # (not "Asked about Y, he")
        return []
    return [m.actor for m in attributor.mentions(before[:pronouns[-1].start()]) if attributor.is_person(m)]


# ", senior adviser to US President ": what lies between a person and whose title his apposition names
TITLE_OBJECT_GAP = re.compile(r",\s+(?:the\s+|a\s+)?[^,;:“”\"]{0,60}?\b(?:to|of|for)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w.’'-]*\s+){0,3}")


def _in_reading_order(people: list[Mention], text: str) -> list[str]:
    """The people a sentence names, as a later "he" looks back on them: one named only in another's title
    ("Jan Novak, senior adviser to President John Roe, said") comes before its holder, who is the one
    the sentence is about."""
    order: list[str] = []
    for n, mention in enumerate(people):
        before = people[n - 1] if n else None
        if before is not None and TITLE_OBJECT_GAP.fullmatch(text, before.end, mention.start):
            order.insert(len(order) - 1, mention.actor)
        else:
            order.append(mention.actor)
    return order


def _ends_sentence(text: str) -> bool:
    """A sentence ends inside `text`: ". " not after "Mr" or an initial ("Mr. Novak said")."""
    return any(text[m.start()] != "." or not is_abbreviation(text, m.start())
               for m in re.finditer(r"[.!?]\s", text))


def resolve(mention: Mention | None, attributor: Attributor, history: list[str]) -> str | None:
    if mention is None:
        return None
    if mention.via == "pronoun":
        return _resolve_pronoun(mention.surface, attributor, history)
    return mention.actor


def _last_person(history: list[str], attributor: Attributor) -> str | None:
    """The person the text was last about, if the last actor it named is one."""
    if history and (last := attributor.index.get(history[-1])) is not None and last.kind == "person":
        return history[-1]
    return None


MAX_QUESTION_WORDS = 40
MIN_QUESTIONS = 2


def _is_question(line: Line) -> bool:
    text = line.text.rstrip(" ”\"’'")
    return (line.kind == BODY and text.endswith("?") and len(text.split()) <= MAX_QUESTION_WORDS
            and not find_quote_spans(line))


def interview(lines: list[Line], attributor: Attributor, words: re.Pattern | None) -> tuple[str | None, set[int]]:
    """(who answers, the question lines) when the page is an interview set as questions and
    unlabelled answers: "Is Ruritania ready to send troops?" then the answer as plain paragraphs.

    Only when the text above the first question calls it an interview ("In an interview with the
    Arden Post, Jane Doe explains …") and names one person there (its interviewer, if named, is
    media); and only with two questions or more, each followed by an answer. An explainer's
    question subheads ("What does Ruritania want?") are answered by the writer, and name no one."""
    if words is None:
        return None, set()
    body = [line for line in lines if line.kind == BODY]
    questions = [n for n, line in enumerate(body) if _is_question(line)]
    answered = [n for n in questions if n + 1 < len(body) and not _is_question(body[n + 1])]
    if len(answered) < MIN_QUESTIONS:
        return None, set()
    first = body[questions[0]].index
    people: set[str] = set()
    for line in lines:
        if line.index >= first:
            break
        if line.kind == FURNITURE or not words.search(line.text):
            continue
        people |= {m.actor for m in attributor.mentions(line.text)
                   if attributor.is_person(m) and attributor.index[m.actor].is_party}
    if len(people) != 1:
        return None, set()
    return next(iter(people)), {body[n].index for n in questions}


MASTHEAD_LINES = 10  # where a site's masthead can be
SPEAKS_AS_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # (never "US", the state)
ANSWER_LABEL = re.compile(r"^(?:A|Answer)\s*:\s*")


BYLINE_NAME = re.compile(r"^\s*By\s+(?P<name>[^,|;:]+?)\s*$")


def opinion_author(lines: list[Line], attributor: Attributor, labels: re.Pattern | None) -> str | None:
    """The party who signs the page, when it is an opinion piece: "By Jane Doe" at the top, Jane
    Doe a person with an office (no journalist), and a section label ("Opinion") above the
    headline or a note saying who she is ("Jane Doe is Ruritania's foreign minister.")."""
    head = lines[:MASTHEAD_LINES]
    byline = next((match for line in head if (match := BYLINE_NAME.match(line.text))), None)
    if byline is None:
        return None
    named = attributor.mentions(byline["name"])
    if len(named) != 1 or not attributor.is_person(named[0]):
        return None
    entry = attributor.index[named[0].actor]
    if not entry.is_party or not entry.role:
        return None
    labelled = labels is not None and any(labels.fullmatch(line.text.strip()) for line in head)
    noted = any(_author_note(line, entry.id, attributor) for line in lines if line.kind == BODY)
    return entry.id if labelled or noted else None


def _author_note(line: Line, author: str, attributor: Attributor) -> bool:
    """ "Jane Doe is Ruritania's foreign minister.": a line on the author, not in her voice."""
    named = attributor.mentions(line.text[:80])
    return bool(named) and named[0].start == 0 and named[0].actor == author and \
        re.match(r"\s+(?:is|was)\s", line.text[named[0].end:]) is not None


@once_per
def _stated_demand(cues: Cues) -> re.Pattern | None:
    """"Freedonia must stop its attacks …": a paragraph opened by a party (up to four capitalised
    words) and a modal of `cues.demand["modals"]`, a demand stated by whoever publishes it."""
    modals = cues.demand.get("modals")
    if not modals:
        return None
    return re.compile(r"^(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:\w+ly\s+)?"
                      rf"(?:{'|'.join(f'(?:{m})' for m in modals)})(?![\w-])")


def _acting_person(sentence: Sentence, subjects: dict[int, str], attributor: Attributor) -> str | None:
    """The person a sentence opens on as the one acting ("He also addressed reports …"), not one
    named in passing ("But something else to note – Jane Doe's remarks, …")."""
    person = subjects.get(sentence.index)
    head = attributor.subject(sentence.text) if person else None
    if head is None or attributor.index[person].kind != "person" or head.start > 0:
        return None
    return None if POSSESSIVE_AFTER.match(sentence.text, head.end) else person


POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def official_publisher(lines: list[Line], mastheads: tuple[re.Pattern, ...], attributor: Attributor) -> str | None:
    """The state or body whose office's site the page is: the first party named by a masthead
    of `mastheads` ("Embassy of Freedonia in Arden": Freedonia)."""
    for line in lines[:MASTHEAD_LINES]:
        if any(masthead.match(line.text) for masthead in mastheads):
            parties = [m.actor for m in attributor.mentions(line.text)
                       if attributor.index[m.actor].kind in ("state", "organisation")]
            return parties[0] if parties else None
    return None


# "We, the leaders of Arden, Freedonia and Ruritania, met …": the list runs to the comma before the verb
JOINT_LEAD = re.compile(r"^We,\s+(?P<who>the\s+[^.;:]{3,300}),\s+(?=[a-z])")


def signatories(line: Line, attributor: Attributor) -> tuple[str, ...]:
    """Who "we" are in a statement opened "We, the leaders of Arden, Freedonia and Ruritania, …":
    the body named (for "We, the leaders of the Arden League, …"), else each state named."""
    lead = JOINT_LEAD.match(line.text)
    if lead is None:
        return ()
    parties = [m.actor for m in attributor.mentions(lead["who"])
               if attributor.index[m.actor].kind in ("state", "organisation")]
    bodies = [p for p in parties if attributor.index[p].kind == "organisation"]
    return tuple(dict.fromkeys(bodies[:1] or parties))


def _paragraph(line: Line, sentences: list[Sentence], speaker: str, also: tuple[str, ...] = (),
               skip: int = 0) -> Attributed:
    """A whole paragraph as `speaker`'s unquoted words (past a label of `skip` characters)."""
    return Attributed(QuoteSpan(line.start + skip, line.end, line.text[skip:], line.index, True), speaker,
                      sentences[0], also)


@once_per
def _terms_label(cues: Cues) -> re.Pattern | None:
    """A line that only names a party's demands before a list: "Ruritania's demands include:"."""
    if not cues.terms_nouns:
        return None
    return re.compile(rf"^\W*(?P<owner>[A-Z][^:]{{0,40}}?)['’]s\s+(?:[a-z]+\s+)?(?i:{words_any_case(cues.terms_nouns)})"
                      r"(?:\s+(?:include|includes|are|were))?\s*:\s*$")


def attribute_quotes(lines: list[Line], sentences: list[Sentence], cues: Cues,
                     index: ActorIndex, mastheads: tuple[re.Pattern, ...] = ()) -> Reading:
    """Every quote of at least MIN_QUOTE_WORDS words in body lines, with its speaker if clear.

    On an official site (`mastheads`), unquoted paragraphs that speak as "we" are its publisher's."""
    attributor = Attributor(cues, index)
    publisher = official_publisher(lines, mastheads, attributor) if mastheads else None
    stated = _stated_demand(cues) if publisher else None
    author = opinion_author(lines, attributor, attributor.opinion_labels)
    by_line: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_line.setdefault(sentence.line, []).append(sentence)
    history: list[str] = []  # actors in reading order: subjects, then speakers
    out: list[Attributed] = []
    subjects: dict[int, str] = {}
    speakers: dict[int, str] = {}
    previous_speaker: str | None = None  # speaker of a quote in the previous body paragraph
    previous_subject: str | None = None  # the person the previous body paragraph ended on, as its subject
    statement: tuple[str, int] | None = None  # (speaker, paragraphs so far) after a line "X said:"
    listing: str | None = None  # whose list the lines after "X listed them:" are
    leads: dict[int, str] = {}
    labelled: str | None = None  # who the quote after a topic label ("On sanctions:") is from
    interviewee, questions = interview(lines, attributor, attributor.interview_words)
    we: tuple[str, ...] = ()  # the signatories of a joint statement, once named
    answering = False  # in the answer to an interview's question
    # "Remarks by President Jane Doe": whom a transcript's "THE PRESIDENT:" is
    headline = [m.actor for line in lines if line.kind == "heading" for m in attributor.mentions(line.text)
                if attributor.is_person(m)]
    terms = _terms_label(cues)
    for line in lines:
        line_sentences = by_line.get(line.index)
        if terms and (label := terms.match(line.text)):
            # "Ruritania's demands include:": the list under it is Ruritania's (a short label, which
            # cleaning may have set aside as page furniture)
            owner = [m for m in attributor.mentions(label["owner"]) if m.end == len(label["owner"])]
            if owner:
                listing = owner[-1].actor
                continue
        if not line_sentences:
            if line.kind == "heading":
                previous_speaker = previous_subject = None
                statement = listing = None
                answering = False
            continue
        spans = find_quote_spans(line)
        carried, labelled = labelled, None  # from a topic label on the line just before
        if listing and not spans and line.kind == BODY and not STATEMENT_LEAD.search(line.text):
            leads.update((sentence.index, listing) for sentence in line_sentences)
        else:
            listing = None
        if (statement and not spans and line.kind == BODY and not STATEMENT_LEAD.search(line.text)
                and (statement[1] == 0 or FIRST_PERSON.search(line.text))):
            # A press release's "Jane Doe said:" and then her words as paragraphs, unquoted;
            # after the first, only paragraphs in the first person are still hers
            out.append(_paragraph(line, line_sentences, statement[0]))
            statement = (statement[0], statement[1] + 1)
            history.append(statement[0])
            continue
        introduced = statement[0] if statement and statement[1] == 0 else None  # "X said:" just before
        statement = None
        answer = _transcript_answer(line, line_sentences, attributor, headline + history) if not spans else None
        if answer is not None:
            out.append(answer)
            history.append(answer.speaker)
            previous_speaker = answer.speaker
            continue
        if line.index in questions or line.kind != BODY:
            answering = line.index in questions
        elif answering and interviewee and not spans:
            # an interview's answer: every paragraph up to the next question is the interviewee's
            out.append(_paragraph(line, line_sentences, interviewee))
            history.append(interviewee)
            continue
        if line.kind == BODY and not spans and (joint := signatories(line, attributor)):
            we = joint  # from here on, "we" are the signatories
        if we and line.kind == BODY and not spans and SPEAKS_AS_WE.search(line.text):
            # a joint statement's "We call on Ruritania to …": each signatory's position
            out.append(_paragraph(line, line_sentences, we[0], also=we[1:]))
            history.append(we[0])
            continue
        if publisher and line.kind == BODY and not spans and not _is_question(line) \
                and not QUESTION_LABEL.match(line.text) and not STATEMENT_LEAD.search(line.text) and (
                    SPEAKS_AS_WE.search(line.text) or (
                        stated is not None and stated.match(line.text) and not attributor.speech.search(line.text))):
            # "We demand that Freedonia withdraw": a ministry's statement on its own site, or its
            # spokesperson's answer at a briefing ("A: We urge …"); so is "Freedonia must stop its
            # attacks", said by no one else
            label = ANSWER_LABEL.match(line.text)
            speaker = SPEAKER_LABEL.match(line.text) if label is None else None  # "Jane Doe: Ruritania …"
            skip = label.end() if label else speaker.start("said") if speaker else 0
            out.append(_paragraph(line, line_sentences, publisher, skip=skip))
            history.append(publisher)
            continue
        if author and line.kind == BODY and not spans and not _is_question(line) \
                and not _author_note(line, author, attributor):
            # an opinion piece signed by someone in office: its paragraphs are in her voice
            out.append(_paragraph(line, line_sentences, author))
            history.append(author)
            continue
        said = _statement_speaker(line, attributor, history) if not spans else None
        statement = (said, 0) if said else None
        introduced = introduced or carried
        # "Here is everything Jane Doe said:", then "On sanctions:": her quoted answer follows
        topic_label = (not spans and said is None and STATEMENT_LEAD.search(line.text) is not None
                       and len(line.text.split()) <= TOPIC_LABEL_WORDS)
        labelled = introduced if topic_label else None
        line_speakers: list[str] = []
        for sentence in line_sentences:
            for span in spans:
                if not (sentence.start <= span.start < sentence.end or (
                        sentence is line_sentences[0] and span.start < sentence.start)):
                    continue
                speaker = resolve(attributor.attribute(line, sentence, span), attributor,
                                  history + _named_before_pronoun(line, sentence, span, attributor))
                if speaker == UNNAMED_SPEAKER:
                    pass  # said by someone unnamed: no one else's words
                elif speaker is None and line_speakers:
                    speaker = line_speakers[-1]  # a quote split around "he said"
                elif speaker is None and span.start - line.start <= 1 and (introduced or previous_speaker):
                    # a paragraph that is a quote: introduced by "X said:", or continuing X's quote
                    speaker = introduced or previous_speaker
                elif speaker is None and previous_subject and span.start - line.start <= 1 \
                        and line.end - span.end <= 2:
                    # a paragraph that is only a quote, under one about what he did: "He also addressed
                    # reports that sanctions could be relaxed." then "“Even if one side …”"
                    speaker = previous_subject
                elif (speaker is None and attributor.quote_label
                      and attributor.quote_label.match(line.text[:span.start - line.start])):
                    # 'Quote: "..."' under a paragraph about the speaker (some national news agencies)
                    speaker = introduced or previous_speaker or _last_person(history, attributor)
                if speaker:
                    line_speakers.append(speaker)
                if len(span.text.split()) >= MIN_QUOTE_WORDS:
                    first, also = _joint_speakers(sentence.text, speaker, attributor) if speaker else (speaker, ())
                    out.append(Attributed(span, first or None, sentence, also))  # (the unnamed are None here)
            people = [m for m in attributor.mentions(sentence.text) if attributor.is_person(m)]
            head = attributor.subject(sentence.text)
            # "He urged …, saying “only Jane Doe benefits”": who "he" is was read before him, not after
            read_before = [m.actor for m in people if head is None or m.end <= head.start]
            subject = resolve(head, attributor, history + read_before)
            history.extend(_in_reading_order(people, sentence.text))
            if subject:
                history.append(subject)
                subjects[sentence.index] = subject
            elif head is None and attributor.unnamed_group and attributor.unnamed_group.match(sentence.text):
                history.append(UNNAMED_GROUP)  # "European officials …. They insisted …": not a party before
            verbs = list(attributor.speech.finditer(sentence.text))
            if verbs:
                mention = attributor.speaker_of_verb(sentence.text, verbs[0].start())
                said = resolve(mention, attributor, history)
                if said:
                    history.append(said)
                    speakers[sentence.index] = said
                    if mention.via != "pronoun":
                        attributor.voice = said if attributor.voiced(sentence.text, mention) else None
                elif mention is None and head is None and attributor.unknown_speaker(sentence.text, verbs[0].start()):
                    history.append(UNKNOWN_PERSON)
        history.extend(line_speakers[-1:])
        previous_speaker = line_speakers[-1] if line_speakers else None
        previous_subject = _acting_person(line_sentences[-1], subjects, attributor) if line.kind == BODY else None
        if STATEMENT_LEAD.search(line.text) and statement is None and not spans:
            last = line_sentences[-1]  # "Speaking in June, he listed them:"
            pronoun = PRONOUN.search(last.text)
            listing = subjects.get(last.index) or (
                _resolve_pronoun(pronoun.group(1), attributor, history) if pronoun else None)
    return Reading(out, subjects, speakers, leads)
