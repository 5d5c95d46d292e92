"""Demands and proposals: who wants what of whom, found by cue words around actor mentions.

Cues (verbs such as "demanded"/"proposed", modals such as "must", conditions such as "would only
... after", threats such as "could impose sanctions") come from `site_config/cues.yaml`. The
actor is the subject of the cue (or the speaker whose reported words contain it); the target is
the party the cue is aimed at. Each claim keeps the whole sentence as its verbatim quote.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from itertools import chain, pairwise

from generator.config import Cues
from generator.extract.actors import ActorIndex, Mention, whole_word, words_any_case, words_pattern
from generator.extract.memo import once_per
from generator.extract.quotes import (
    BRACKETED,
    CLAUSE_BREAK,
    DATELINE,
    FIRST_PERSON,
    RELATIVE_CLAUSE,
    Attributed,
    Attributor,
    Reading,
    resolve_title,
)
from generator.extract.text import END_MARKS, NOTE_NUMBERS, WIRE_CREDIT, Sentence
from generator.literals import Gated, GateSet
from generator.textmatch import balance_quotes

DEMAND, PROPOSAL = "demand", "proposal"
NEGATION = re.compile(r"(?i:\b(?:not|never|no|n't|nor|refus(?:e|es|ed|ing)\s+to|rejected|declin(?:e|es|ed|ing)\s+to|"
                      r"stop(?:s|ped|ping)?\s+short\s+of|without)\W+(?:\w+\W+)?$"
                      r"|\bneither\b[^,;]{0,80}$"  # "Neither Ruritania nor Freedonia has agreed to"
                      # "denied that it had agreed to"
                      r"|\bden(?:y|ies|ied|ying)\s+(?:(?:media\s+)?(?:reports?|claims?|allegations?|suggestions?)\s+)?"
                      r"(?:that|having)\s+(?:[\w’'-]+\s+){0,4}$)")
# "rejected what it called “ultimatums”": refusing a demand is not making one
# ... nor is calling something one ("called the proposals an ultimatum", "branded it blackmail"; but
# "during his first term, has threatened": "term" and "terms" are nouns far more often than verbs)
_REFUSING = r"reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?"
REJECTION = re.compile(
    rf"(?i:\b(?:{_REFUSING}|denounc(?:es|ed|ing)|brand(?:s|ed|ing)?|"
    # (not the noun: "during a phone call with Arden its readiness to …")
    r"label(?:s|led|ed|ling|ing)?|term(?:ed|ing)|dub(?:s|bed|bing)?|"
    r"(?<!\ba )(?<!\bthe )(?<!phone )call(?:s|ed|ing)?(?!\W+(?:for|on)\b))"
    r"\W+(?:[\w’']+\W+){0,6}$)")
# "have dropped a demand that …", "abandoned its call for …": a position given up is none
GIVEN_UP = re.compile(r"(?i:\b(?:dropp(?:ed|ing)|drops?|abandon(?:s|ed|ing)?|waiv(?:es|ed|ing)|gave\s+up|given\s+up|"
                      r"giv(?:es|ing)\s+up|backed\s+away\s+from|withdr(?:ew|awn|aws?|awing))\s+"
                      r"(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}$)")
# "declined to impose the sanctions (that) he had threatened": what one did not do, named by the cue
NOT_DONE_THING = re.compile(
    r"(?i:\b(?:declin(?:es|ed|ing)|refus(?:es|ed|ing)|fail(?:s|ed|ing)?)\s+to\s+[a-z]+\s+"
    r"(?:the|any|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:that\s+|which\s+)?"
    r"(?:he|she|it|they|we)\s+(?:had\s+|has\s+|have\s+)?$)")
REFUSED_THING = re.compile(
    rf"(?i:\b(?:{_REFUSING}|refus(?:es|ed|ing)|"
    r"(?:not|never|n[’']t)\s+(?:accept|agree\s+to|tolerate))"
    r"\W+(?:[\w’'-]+\W+){0,4}?(?:that|which)\s+(?:would|will|could|might|may)?\s*$)")
ASIDE = re.compile(r"\s[–—-]\s|;\s")
BARE_DASH = re.compile(r"(?<=\w)—(?=\w)")  # an em dash set without spaces: "guarantees—though he …"
# "urged him to", "called on her to": the cue's object is a person named earlier in the sentence
MODAL_PRONOUN = re.compile(r"(?i:\b(he|she)\s+(?:\w+ly\s+)?$)")  # "that he (really) must ..."
OBJECT_PRONOUN = re.compile(r"(?i:^[\w’'-]+(?:\s+on)?\s+(him|her)\b)")
# "Ruritania's demands", "Freedonia's “absurd” demands": after a determiner (and a quoted word) a cue is a noun
# ("its allies have demanded." is a verb: an auxiliary is no adjective)
_AUXILIARY = r"(?:have|has|had|is|are|was|were|will|would|could|should|must|may|might|also|not|been|being)"
# (a possessive "'s", not the short form of "is" or "has": "he's offered to")
_DETERMINER = (r"(?:(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bwho)(?<!\bthere)['’‚]s|"
               r"\bthe|\bits|\btheir|\bhis|\bher|\bour|\bof|\ban?|\bany|\bevery|\bsuch)")
NOT_A_VERB = re.compile(
    rf"(?i:(?:{_DETERMINER}|\bwas|\bwere|\bbe|\bbeen|\bbeing|\bis|\bare)\s+(?:[\"“‘'][\w-]+[\"”’']\s+)?$)")
# "Freedonia is required to disarm": a passive, whose subject is asked, not asking
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
# ... and for a one-word cue, also with a name's adjective between: "an Israeli demand", "the US call"
NOT_A_VERB_QUALIFIED = re.compile(rf"(?i:{_DETERMINER}\s+)[A-Z][\w.-]*\s+$")
# ... and with lowercase words between when nothing a verb takes follows: "called its main demands
# “unacceptable”" (but "his government demands that ..." is a verb)
NOT_A_VERB_ADJECTIVE = re.compile(rf"(?i:{_DETERMINER}\s+(?:(?!{_AUXILIARY}\b)[a-z][\w-]*\s+){{1,2}}$)")
# ("was using the constitutional demand as leverage": a preposition no verb of asking takes)
NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?\"“”'’)]|$)|\s+(?:are|were|is|was|have|had|remain(?:s|ed)?|would|will|"
                        r"as|at|over|against|into|among|amid)\b")
# After a name, a comma then a verb closes an apposition ("Freedonia's president, Jan Novak, offered");
# a comma then "who", "the", ... or an aside (", in turn, ...", ", speaking in Geneva, ...") opens
# one, which a summary keeps
ASIDE_AFTER_NAME = re.compile(r"^,\s+(?:[a-z]+ed|[a-z]+ing|who|which)\b[^,]{0,80},\s*(?=[a-z])")
CLOSING_COMMA = re.compile(
    r",\s+(?!(?:who|whom|whose|which|the|a|an|his|her|its|their|and|or|but|in|for|on|at|by|with|however|"
    r"meanwhile|too|also|though|like|unlike|as)\b)(?![a-z]+ing\b)[a-z]")
# a lawmaker's party and state right after the name: " (R-S.C.)", ", D-Conn.,"
NAME_TAG = re.compile(r"\s*(?:\([^()]{1,20}\)|,\s+[A-Z]-[A-Z][\w.]{0,12},)(?= )")
OPEN_ASIDE = re.compile(r"\s+(?:who|which|whose)\b")
SECTION_LABEL = re.compile(r"^[A-Z][\w’'-]*(?: [a-z][\w’'-]*){1,3}:\s+(?=[A-Z“\"‘'])")
TRANSCRIPT_LABEL = re.compile(r"^(?P<label>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):\s+(?=\S)")
IMPOSED_BY = re.compile(r"\s+(?:sanctions|tariffs|penalties|embargo)\b")
APPOSITION_AFTER_NAME = re.compile(r"^,\s+[^,;“”\"]{1,80},\s+")
CLOSING_DASH = re.compile(r"^\s*[-–—]\s+(?=[a-z])")  # the dash closing a list set off by dashes
APPOSITION_GAP = re.compile(r"^\s*,?\s*$")
# "accused Arden of pushing …", "thanked Doe for helping …": the verb's object and what it is
# accused or thanked of, no clause of what was said
# ... and "responded by proposing …": how the verb's subject acted, no speech reported
OBJECT_OF_GERUND = re.compile(r"\s+(?:(?:[\w’'.-]+\s+){1,6}?(?:of|for)|(?:[\w’'.-]+\s+){0,3}?by)\s+[a-z]+ing\b")
# "Doe, for her part, accused …", "Doe, in turn, urged …": a short aside right after the subject;
# its closing comma ends no clause
SHORT_ASIDE = re.compile(r",(?: [\w’'-]+){1,4},")
PARTNER_BEFORE = re.compile(r"(?i:\b(?:agree[sd]?|agreeing|together|jointly|along)\s+with\s+(?:[\w’'.-]+\s+){0,4}$)")
# "rejected Ruritania's proposal as a stunt": what the proposal was called, told after "as"
LABELLED_AS = re.compile(r"(?<!,)\s+as\s+(?=\S)")  # (not ", as famine deepens": a clause of its own)
# "(a phrase it uses) for its (main) demands": the cue as a preposition's object, owned by the actor
OWN_NOUN = re.compile(r"\b(?:for|of|to|on|in)\s+(?P<own>(?:its|their)\s+(?:[a-z][\w-]*\s+)?)$")
ADVICE = re.compile(r"(?i:should)\b")  # a modal that asks something only of a party named before it
TWO_SIDES = re.compile(r"(?i:\b(?:both|the\s+two|all)\s+(?:sides|parties)\s+(?:\w+ly\s+)?)$")
# "both sides agreed to …", "the two presidents agreed to …" as the cue's subject: the two named
# together last, people for the leaders, states or bodies for the rest
PAIR_SUBJECT = re.compile(r"(?i:\b(?:both|the\s+two)\s+(?:(?P<people>leaders|presidents)|sides|parties|countries|"
                          r"delegations|governments|nations))\s+(?:(?:\w+ly|also|have|has|had|then)\s+)*$")
# the earlier items of a list after a colon, up to the one that holds the cue: ": A must …; and B must"
LIST_ITEM = re.compile(r":\s+(?P<gone>(?:[^:;“”\"]+;\s+)+(?:and\s+)?)")
# "Ruritania and Freedonia", "Ruritanian and Freedonian", "the Ruritania–Freedonia border"
PAIR_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?|[-–]")
# "President Jane Doe and Chairperson of the Arden Commission Jan Novak": the second one's title between
TITLED_PAIR_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){1,8}")
# inside an open "if" clause (a word in scare quotes may open in it: 'if Jane Doe makes “unrealistic demands')
IN_CONDITION = re.compile(r"(?i:(?<![\w-])(?:if|unless)\s+(?:[^,;:“”\"]|[“\"](?=[^“”\"]*$))*$)")
TITLE_AFTER = re.compile(r"^\s+[a-z]")  # a lowercase title after a name: "… Ministry head said"
SPELLED_ACRONYM = re.compile(r"\s*\((?P<acronym>[^()\s]{2,12})\)")
POSSESSIVE_AFTER = re.compile(r"^['’‚]s\b")
# "warned that if Ruritania kept stalling, “there must be ...”": the party of a condition is no subject
CONDITION_LEAD = re.compile(r"(?i:^\s*(?:that\s+)?(?:if|unless|once|until|as long as)\b[^,]*,)")
# the noun phrase a participle qualifies: "the 30-day ceasefire (sought by Ruritania)"
_NOUN_PHRASE_START = r"(?i:\b(?:the|a|an|any|its|their|his|her)\s+)"
PHRASE_BEFORE = re.compile(rf"{_NOUN_PHRASE_START}"
                           r"(?:(?!(?i:the|a|an|any|its|their|his|her|to|of|for|on|in|at|with)\b)[\w’'-]+\s+){1,6}$")
EARLIER_PASSIVE = re.compile(r"\s[a-z]+ed\s+by\s+[^,;]{1,60}?\s+and\s+$")
# "the unconditional ceasefire that Ruritania and its partners have (…)": what is demanded
DEMANDED_THING = re.compile(rf"{_NOUN_PHRASE_START}"
                            r"(?:(?!(?i:the|a|an|that|which|to|of)\b)[\w’'-]+\s+){1,5}(?i:that|which)\s+[^,;]{1,80}$")
# ", which Ruritania has (long) …" right before a cue: a relative clause about the noun before it
RELATIVE_CUE = re.compile(r",\s+(?:which|that|whom)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
                          r"(?:(?:has|have|had|is|are|was|were)\s+)?(?:\w+ly\s+)?$")
INSERTION = re.compile(r",[^,]{1,60},")
THAT_PARTY = re.compile(r"\b(?:that|which)\s+[“\"‘]?(?:the\s+)?")  # (a quote may open after it: that “Ruritania is …”)
# after a speech verb: its addressee or a time or place, then "that" (not a possessive: "Ruritania's demand that")
# ("said in a statement on Monday that": where and when, up to six words; never past a verb of
# the words' own: "said the plan was so good that")
ADDRESSEE_THAT = re.compile(r"^\s+(?:(?![\w.-]*[’']s\b)(?!(?:is|was|are|were|has|had|have|would|will|could)\b)"
                            r"[\w.’'-]+,?\s+){1,6}?that\s+")
# ... or, after "told", whom it was told, then what was, without "that": "told Reuters the group was
# ready", "told Jane Doe Ruritania wants …" (but "told Jane Doe he wanted …" is ADDRESSEE_THEN_PRONOUN's)
TELLING = ("told", "tells", "tell")
TOLD_WHOM = re.compile(r"^\s+(?:(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)?|reporters|journalists)\s+"
                       r"(?=(?:the|a|an)\s+[a-z]|[A-Z])")
PARTICIPLE = re.compile(r",\s+\w+ing\b")  # ", saying only that ...": the sentence subject's doing
NOUN_OBJECT_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+")  # (a few small words: no clause, no name)
THANKED_FOR = re.compile(r" (?:for|over|on) (?:his|her|its|their) ")  # "Jane Doe for her offer to …"
PURPOSE = re.compile(r",?\s+(?:so\s+that|in\s+order\s+(?:that|for))\b")
WITHOUT_DOING = re.compile(r",?\s+without\s+(?:\w+ly\s+)?\w+ing\b")
CLAUSE_LEAD = re.compile(r"\s*(?:(?:them|him|her|us|me|reporters|journalists)\s+(?=that\b))?(?:that\s+)?")
THREAT_VERB = re.compile(r"(?i:threaten|warn)")
THREATENER_GAP = re.compile(r"\s+(?:(?:has|have|had|also|again|\w+ly)\s+)*")  # "Turkey (had) threatened"
PRONOUN_WORD = re.compile(r"(?i:\b(?:he|she|it|they|we|i)\b)")
DEMONSTRATIVE_BEFORE = re.compile(r"(?i:\b(?:this|that|these|those|such)\s+(?:[a-z]+\s+)?$)")
TOPIC_GAP = re.compile(r"\s+")
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")
DATIVE_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
NAME_QUALIFIER_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "NATO Article 5", "US Patriot missiles"
# (and every name coordinated with the first: "welcomed by US and European leaders")
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w.’'-]*,?\s+(?:and\s+|or\s+)?){0,3}$")
# "agreed to a ceasefire after US pressure", "amid Egyptian mediation": a party qualifying the
# circumstances of the step (why or when it came) is not whom it is offered to or asked of ...
CIRCUMSTANCE_BEFORE = re.compile(r"(?i:\b(?:after|amid|amidst|despite|following|under)\s+(?:the\s+)?$)")
# (it qualifies one noun, and the phrase ends there: not "after Greece withdrew its ships", "after
# Ruritanian forces withdraw", where it is the subject of a clause of its own, and asked)
QUALIFIED_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+[a-z][\w-]*(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|to|in|on|at|"
                                  r"for|with|from|by|of|over|after|before|as|that|which)\b)")
LEAD_ONLY_MODAL = re.compile(r"(?:would|will)")  # a modal that asks only under a party's plan (`_source_lead`)
THAT_QUOTED = re.compile(r"\bthat\s*[“\"‘]?\s*$")  # a quote opening right after "that"
HONORIFIC_GAP = re.compile(r"(?:[A-Z][a-z]{1,3}\.\s+)?")  # "that Mr. Doe ...": the name's own title
# "They call for …", "The presidents agreed to …": someone else's position, told by the speaker
THIRD_PERSON_LEAD = re.compile(
    r"(?i:^\W*(?:they|he|she|(?:the|both)\s+(?:two\s+)?(?:presidents|leaders|sides|parties|countries|governments)"
    r"|both\s+men)\b)")
# Between two parties named as one subject: "Ruritania and Freedonia", "A, B and C", "French
# President X and German Chancellor Y" (titles between are capitalised words).
COORDINATION = (r"^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&|as\s+well\s+as|together\s+with|along\s+with)\s+)"
                r"(?:(?:the|its|their|of|[A-Z][\w.’'-]*{titles}),?\s+){{0,5}}$")
JOINED_WITH = re.compile(r"\b(?:together|along)\s+with\s+(?:the\s+)?$")  # "Ruritania together with Arden": both
AND = re.compile(r"\band\b|&|\bas\s+well\s+as\b|\b(?:together|along)\s+with\b")
# "offered no sign", "offered few details" (the cue may end inside its word: "offer|ed")
NOTHING = re.compile(r"\w*\s+(?:no|nothing|few|little)(?![\w-])", re.I)
# (nor a verb or a conjunction: "Ukraine's neutrality is a key condition" is no condition of Ukraine's)
_NOT_QUALIFIERS = (r"is|are|was|were|be|been|being|has|have|had|will|would|can|could|must|should|may|might|do|does|"
                   r"did|not|and|or|but|that|which|who|to|of|for|in|on|at|by|with")
NOT_QUALIFIER = re.compile(rf"(?:{_NOT_QUALIFIERS})(?![\w-])")
OBJECT_REACH = 80  # characters after a verb in which its object is named
AND_OR = re.compile(r"\b(?:and|or)\b|&")
OWNED = re.compile(r"^['’‚]s(?:\s+[\w-]+){1,2}?(?=\s*(?:,|\b(?:and|or)\b|&))")


def _coordinated(gap: str, coordination: re.Pattern) -> bool:
    """`gap` joins two parties in one list: "A and B", "A, B", "A's envoys and B", "A, and the
    Ruritanian foreign minister, B"."""
    if tag := NAME_TAG.match(gap):  # "Jane Doe (R-Arden) and John Roe": the tag after a name joins nothing
        gap = gap[tag.end():]
    owned = OWNED.match(gap)
    return coordination.match(gap[owned.end():] if owned else gap) is not None
TITLE_GAP = r"^(?:['’‚]s\b)?(?:[\s’'-]*(?:[A-Z][\w.’'-]*|of|the|and|for{titles}))*[\s’'-]*(?:,\s*)?$"
# ... or a title after words of any office: "Arden's climate commissioner Jane Doe"
MODIFIED_TITLE_GAP = r"^(?:['’‚]s\b)?\s+(?:[a-z][\w-]*\s+){{1,2}}(?i:{titles})\s*(?:,\s*)?$"
# "said Wednesday it was ready": a day may come between the verb and the pronoun
WHEN = r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)"
_REPORTED_LEAD = rf"^\W*(?:(?:{WHEN}|earlier|later|again|also)\W+)?(?:that\s+)?"  # "said (on Monday) that "
PRONOUN_SUBJECT = re.compile(rf"(?i:{_REPORTED_LEAD}(?:he|she|it|they|we|i)\b)")
AND_THAT_PRONOUN = re.compile(r"(?i:\band\s+that\s+(?P<pronoun>he|she|it|they|we|i)\b)")  # a second thing said
ACCORDING_TO = re.compile(r"(?i:according\s+to)\s+")
# "… said on Tuesday after …", "… told reporters after …": when, where and to whom it was said
WHEN_SAID = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:on|after|before|during|while|when|at|in|following)\b"
                       r"[^,;“”\"]*"
                       # (", Doe said on Tuesday, following a call with …": and its circumstances)
                       r"(?:,\s+(?:following|after|before|during|while|amid|ahead\s+of|[a-z]+ing)\b[^;]*)?$")
SHARED_SUBJECT = re.compile(r"\s*(?:also\s+|then\s+|\w+ly\s+)?")  # "but (also) wanted"
CLAUSE_ENDS = re.compile(r"\s*,\s*(?:and|but|though|although)\b")
ADDRESSEE_GAP = re.compile(r"\s*(?:that\s+)?(?:the\s+)?")  # "said (that) (the) …"
# "signalled (its) ", "reiterated (the) " (before a name: "reiterated the United States' call for")
# (a phrase may stand between verb and noun: "confirmed during a call with her his willingness to")
VOICED = re.compile(r"(?P<verb>[a-z]+(?: clear)?)\s+"
                    r"(?:(?:during|in|on|at|after|to)\s+[^,;.“”\"]{1,60}?\s+(?=(?:its|his|her|their)\s))?"
                    r"(?:(?:its|his|her|their|the|a|an)\s+)?$")
PROGRESSIVE = PASSIVE_BEFORE  # ("has been pushing for": the same auxiliaries, before an -ing cue)
REFERS_BACK = re.compile(r"(?i:one|it|this|that|they|he|she|these|those|such)\b")
PERFECT = re.compile(r"\b(?:had|has|have)\s+(?!to\b)(?:\w+ly\s+)?[a-z]+\b")  # "had (already) spoken"
# "said, adding that", "told reporters, saying": a second verb of saying after the first
SAID_ADDING = re.compile(r"\s+[^,;“”\"]{0,40}?,\s+(?P<verb>[a-z]+ing)\s+")
_IRREGULAR_PARTICIPLES = {"saying": "said", "telling": "told", "writing": "wrote", "speaking": "spoke"}
SECOND_VERB = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|told)\b")  # "… and called on …"
LEAD_BULLET = re.compile(r"^[\s•*–—-]+")
RELATIVE_WHO = re.compile(r",\s+(?:who|which)\b")  # (about the name right before it: "Ruritania, which …")
SPACES = re.compile(r"\s*")
BARE_AND = re.compile(r"\band\s+$")
ADVISED = re.compile(r"\b(?:should|ought\s+to)\s+[^,;:.“”\"]*\band\s+$")
INFLECTED = re.compile(r"\w+(?:ed|s|ing)\b")  # "and offered", "and agrees": a verb of its own, not a bare one
MADE_BY = re.compile(r"(?<=\w)-(?:brokered|backed|led|drafted|proposed|sponsored|mediated|authored)\b")
# a wire story's dateline opening its first sentence: "WASHINGTON - ", "KYIV (Reuters) — "
DATELINE_LEAD = re.compile(rf"^{DATELINE}\s+")
# how a document's authors are named: "drafted by", "put forward by", "US-drafted"
_AUTHORED = (r"(?:drafted|drawn\s+up|written|authored|proposed|put\s+forward|prepared|submitted|presented|"
             r"brokered|sponsored)")
# what may open a clause before a document named with its authors: a dateline, an article
_DOCUMENT_OPENING = rf"^(?:{DATELINE}\s*)?\W*(?i:an?|the|this|that)\s+"
AUTHORED_BY = re.compile(rf"{_AUTHORED}\s+by\s+(?P<authors>.+)$")
_DOCUMENT_VERB_LEAD = r"\s+(?:(?:would|will|could|also|now|reportedly)\s+)*$"
# "Greece's position is clear: …", "Israel’s position has been clear from day one: …": what follows is its word
# (or after a dash and "that": "Islamabad's stance remains “clear” — that Afghan territory must not …")
POSITION_LEAD = re.compile(r"^\W*(?P<owner>[^,;:“”\"]{1,60}?)(?:['’]s|(?<=s)['’])\s+(?:\w+\s+)?"
                           r"(?:position|stance|message|line)\s+(?:is|was|has\s+been|had\s+been|remains|remained)\b"
                           r"[^:;—–]{0,60}(?::|\s(?:--|[—–])\s+that)\s")
SOURCE_LEAD = re.compile(r"^\W*(?:Under|According to)\s+(?:the\s+(?:terms|text)\s+of\s+)?")
REPORTED_LEAD = re.compile(rf"(?i:{_REPORTED_LEAD})")
# ("the kingdom": a monarchy names itself so; "the country" after its own minister is the same)
OWN_COUNTRY = re.compile(rf"(?i:{_REPORTED_LEAD}(?:(?:his|her|their)\s+(?:country|government|nation)|"
                         r"the\s+(?:kingdom|emirate|sultanate|country|administration)))\b")
_TOLD = r"(?=\s+(?:also\s+)?(?:said|says|told|added|stressed|insisted|warned|claimed|wrote|noted|suggested|argued)\b)"
OPENING_PRONOUN = re.compile(rf"(?:[Hh]e|[Ss]he){_TOLD}")  # (lower case after "But")
TOLD_AFTER = re.compile(_TOLD)  # "The diplomat stressed …", "The president said …": told of whom it stands for
RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whom|whose)\b")
NOUN_SUBJECT = re.compile(r"(?i:\b(?:the|any|a|an|every|all|such|no)\s+(?:[\w’'-]+\s+){0,2}$)")  # "the West must"
BY_AGENT = re.compile(r"\s+by\s+")  # "an offer by Ruritania": a noun, but whose offer it is is said


def _by_agent(text: str, match: re.Match) -> re.Match | None:
    """The " by " of a passive cue: after it ("proposed by Ruritania"), or inside it, right after
    its verb ("asked by Ruritania to": a cue that runs over its object to "to")."""
    verb = re.match(r"[\w’'-]+", match.group())
    return BY_AGENT.match(text, match.end()) or (
        BY_AGENT.match(text, match.start() + verb.end()) if verb and verb.end() < len(match.group()) else None)
NEW_CLAUSE_VERB = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|must|should|may|might|did|does|do|"
    r"said|says|\w+ed)\b")
# "the regions, which Ruritania has demanded Freedonia withdraw from": the object is the antecedent,
# so a summary starting at the subject would lose what is demanded.
RELATIVE_SUBJECT = re.compile(r"(?i:\b(?:which|whom|where)\s+)(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){1,4}$")
FIRST_PERSON_MODAL = re.compile(r"(?i:\b(?:we|i)\s+(?:\w+\s+)?$)")
LEADING_PRONOUN = re.compile(rf"^\s*(?:{WHEN}\s+)?(?:that\s+)?(?:he|she|it|they)"
                             r"(?:\s+|['’](?P<short>d|s|ll)\s+)(?=\w)", re.I)
# "he'd been", "he'd agreed": "had"; "he'd like": "would"; "he's agreed": "has"; "he's ready": "is"
PARTICIPLE_AFTER = re.compile(r"(?:been|[a-z]+ed)\b")


def _spelled_out(short: str, rest: str) -> str:
    """The third-person verb a short form stands for, by what follows it: "'d like" -> "would",
    "'d agreed" -> "had", "'s ready" -> "is", "'s offered" -> "has", "'m" -> "is", "'ll" -> "will"."""
    participle = PARTICIPLE_AFTER.match(rest) is not None
    return {"d": "had" if participle else "would", "s": "has" if participle else "is",
            "ve": "has", "m": "is", "ll": "will"}[short.lower()]


def _without_pronoun(body: str) -> str:
    """"X said he was ready" -> "X was ready", not "X he was"; "said he'd like" -> "would like"."""
    lead = LEADING_PRONOUN.match(body)
    if lead is None:
        return body
    rest = body[lead.end():]
    return f"{_spelled_out(lead['short'], rest)} {rest}" if lead["short"] else rest


# '“Ruritania must withdraw,” he said.': the attribution told with the name ('…,” Jane Doe said.')
CLOSING_PRONOUN = re.compile(r"(?<=[,!?][”\"’'] )(?:he|she)(?=\s+(?:\w+ly\s+)?(?:said|says|added|told|wrote|insisted|"
                             r"stressed|warned|declared|posted)\b[^“”\"]*"
                             # (… or with one more quote of the same speaker after it: ', adding: “…”')
                             r"(?:[“\"][^“”\"]*[”\"][^“”\"]*)?$)")
# "I'd like Ruritania to make a deal", in a person's own words: told of the person
OPENING_I = re.compile(r"^(?:(?:But|And|So|Well|Now),?\s+)?I(?:\s+(?P<adverb>(?:\w+ly\s+)?)(?P<verb>[a-z]+)\b|"
                       r"(?P<short>['’](?:d|m|ve|ll))\s)")
MY = re.compile(r"\bmy\b")
# ", a day after ...", ", two weeks before ...": time measured from another event
SUBORDINATE = re.compile(r",\s+(?:(?:a|an|one|two|three|several|\w+)\s+(?:days?|weeks?|months?|hours?)\s+)?"
                         r"(?:as|after|because|since|when|before|amid)\s+(?!well\b|soon\b|long\b)", re.I)
# ", a day after the call", ", amid fears of ...": the circumstances of a claim, which a summary leaves out
# (not ", when", ", after" or ", because" alone: "will agree to a truce, when ..." states a condition)
# ", it was ready to", ", he has proposed": the main clause's subject, a pronoun, right before the cue
PRONOUN_SUBJECT_BEFORE = re.compile(r",\s+(?P<pronoun>it|he|she|they)\s+(?:[a-z]+\s+){0,2}$")
# a bare noun cue closed at once: "a recent Arden initiative, calls for …" says nothing of what it holds
BARE_NOUN_ASIDE = re.compile(r"\s*(?:[,;)]|[—–]\s)")
QUOTE_CLOSE = re.compile(r"[\"”’]")
CIRCUMSTANCE = re.compile(r",\s+(?:(?:(?:a|an|one|two|three|several|\w+)\s+(?:days?|weeks?|months?|hours?)"
                          r"|shortly|just|soon)\s+(?:after|before)|amid)\s"
                          r"|,\s+(?:after|before)\s+(?=\w+ing\b)"  # ", after speaking with …"
                          r"|,\s+without\s+(?=(?:\w+ly\s+)?\w+ing\b)", re.I)  # ", without mentioning Arden"
# ", and Ruritania had pressed him to ...": a second main clause with its own subject and verb
# (a list's ", and Freedonia to ..." has no verb of its own)
# ", and now everyone will be watching ...": a pronoun or "everyone" can be that subject too.
# ", with Ruritania due to ...": an absolute clause, telling what someone else is doing.
# ", and several world leaders have urged ...": a common noun with its determiner can be it too.
NEW_CLAUSE = re.compile(
    r",\s+(?:(?:and|but)\s+(?:now\s+|then\s+|so\s+)?(?=[\"“„‘]?(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'-]+){0,3}?|"
    r"(?:several|many|some|most|few|other|all|both|these|those)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*s|"
    r"(?:he|she|it|they|we|everyone|everybody|no\s+one|nobody|others)(?:\s+\w+ly)?)\s+"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|said|says|\w+ed)\b)"
    r"|(?:and|but)\s+(?=(?:[\w’'-]+\s+){1,3}(?:said|says|say)\b)"  # ", but analysts said"
    r"|with\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+"
    r"(?:due|set|expected|poised|likely|about|\w+ing)\b))")
# "agreed to host the talks and the United States would impose …": a new subject and its verb after a bare
# "and" (not "talks between Ruritania and Freedonia would …": see `_new_clause`; after a comma, see NEW_CLAUSE)
AND_NEW_CLAUSE = re.compile(r"(?<![,\s])\s+and\s+(?=(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+"
                            r"(?:has|have|had|is|are|was|were|will|would|can|could|said|says|\w+ed)\b)")
# "said Berlin and Paris would …", "that Ruritania and Freedonia had …": two names that open what was said are
# one subject, not a clause and a new one
PAIRED_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|\bthat\s+|\b(?:said|says|say|stated|announced|added|noted|warned|insisted|argued|believes?|"
    r"believed|told\s+\w+)\s+)(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}$")
# "called for a ceasefire as Sudan faces famine", ", while Ruritania has …": a clause of another subject
# (not "as well as", "such as", "as long as", "as early as": no clause; nor "suggested Arden as possible
# venues": a plural noun is no verb, so a verb in "-s" counts only after a name)
AS_CLAUSE = re.compile(
    r",?\s+(?<!\bsuch\s)(?<!\bwell\s)(?<!\bearly\s)(?<!\bsoon\s)(?<!\blong\s)(?<!\bmuch\s)(?<!\bmany\s)"
    r"(?<!\bfar\s)(?<!\bsame\s)(?:as|while|whereas)\s+(?!(?:well|soon|long|much|many|far|early|part|such|if|though|to|of|"
    r"for|in|a|an|it|is|was|were|are)\b)"
    r"(?=(?:[\w’'.-]+\s+){1,4}?(?:is|are|was|were|has|have|had|will|would|could|can|did|does|[a-z]+ed)\b"
    r"|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+[a-z]+s\b"
    r"|(?<=,\sas\s)(?:the\s+)?[a-z]+\s+[a-z]+s\b)")  # (after a comma: ", as famine deepens")
# ", with Arden offering talks", ", with the two countries pledging …": a subject and its participle
WITH_ABSOLUTE = re.compile(r",\s+with\s+(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
                           r"|(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s+[a-z]+ing\b")
AND_ABSOLUTE = re.compile(r"(?<![,\s])\s+and\s+(?=(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+[a-z]+ing\b)")
OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|his|her|their|new|fresh)\s")  # "declared a pause"
PARTICIPLE_AT = re.compile(r",\s+(?:\w+ly\s+)?$")  # the cue right after a comma: ", pledging to …"
OWNED_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")  # "Jane Doe's (peace) proposal"
SUBORDINATOR = re.compile(r"(?i:\b(?:after|before|when|while|as|since|because|although|though|once|until|where)\s+)")
# (not inside a compound: "nuclear-armed neighbours", "US-backed forces")
TENSED_WORD = re.compile(r"(?<![\w-])(?:has|have|had|is|are|was|were|will|would|said|says|[a-z]+ed)(?![\w-])")
BETWEEN_BEFORE = re.compile(r"\b(?:between|both|either|neither|with)\s+(?:the\s+)?"
                            r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}$")
# what may come before a list of parties: nothing, or a leading phrase or clause ("In May, Freedonia,
# Arden, and Elbonia called for …"; "Talks stalled, and Freedonia, Arden, and Elbonia called for …")
LIST_LEAD = re.compile(r"(?:.*,(?:\s+(?:and|but))?)?\s*(?:the\s+)?", re.I | re.S)
VERB_TO = re.compile(r"\s+to\s")  # "agreed to", "vowed to": a speech verb that reports an act, not words
AND_OTHERS = re.compile(r"\s+(?:and|or)\s+(?:[\w’'-]+\s+){1,3}")  # "… and European countries" before a modal
CALLS_NOUN = re.compile(r"(?i:calls\s)")  # "calls for", as a noun after a verb that receives it
# "the text contains direct calls for …", "ignored repeated calls for …": "calls" as the object of a
# verb (a word or two between), which only voices them when it is a verb of saying or voicing
CALLS_AFTER_VERB = re.compile(r"\b(?!(?:its|his|this|as|is|was|has|does|always|sometimes)\b)"
                              r"(?P<verb>[a-z]+(?:s|ed))\s+(?:[a-z]+\s+)?$")
TAIL_PRONOUN = re.compile(r",[\"”’']?\s+(?:[Hh]e|[Ss]he)\s+(?:also\s+|\w+ly\s+)?")  # "…, he said."
TRUE_MODAL = re.compile(r"(?i:must|should|has\s+to|have\s+to|needs?\s+to)\b")
SUBJECT_TITLE = re.compile(r"(?:The|He|She)\s")  # a sentence opened by its subject's title or pronoun
DUMMY_IT = re.compile(r"(?i:it\s)")  # a cue that opens with "it would be great for …": the speaker's
IT_MODAL = re.compile(r"(?i:\bit\s+(?:\w+ly\s+)?$)")  # "it must hand them over"
ADJECTIVE_RUN = re.compile(r"(?:(?:\s*,\s*|\s+(?:and|or)\s+)[A-Z][\w.-]*)*")  # ", American and Russian"
IT_ASKED = re.compile(r"\s*(?:that\s+)?it\b")  # "demand that it withdraw"
COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|or|&)?\s*(?:the\s+)?$")  # "between X and (the) Y"
# ", but insisted that": the same subject turns to something else (a verb right after "but")
_IRREGULAR_PAST = r"(?:gave|made|said|told|took|saw|held|kept|left|set|put|brought|sought|stood)"
# ... and in the present: "says it is open to talks, but insists that …"
_PRESENT_TURN = r"(?:insists|says|warns|stresses|maintains|argues|demands|wants|calls|urges|adds)"
PARTICIPLE_TAIL = re.compile(r",\s+[a-z]+ing\b[^;]*$")
# "told President Jane Doe": whom the speaker told
TOLD_ADDRESSEE = re.compile(r"\s+(?:(?:[A-Z][\w.’'-]*|of|the)\s+){0,6}[A-Z][\w.’'-]*(?=[\s,.])")
REPORTED_BY = re.compile(r"(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,4}(?:has\s+)?(?:reported|reports)\b")  # an outlet
BARE_NAME = re.compile(r"(?:[A-Z][\w.’'-]+\s+){0,2}[A-Z][\w.’'-]+")
OBLIGED = re.compile(r"\s+(?:\w+ly\s+)?(?:must|should|has\s+to|have\s+to|needs?\s+to|(?:is|are)\s+required\s+to)\b")
RIGHT_BEFORE_VERB = re.compile(r"\s+(?:(?:has|had|have|also|again|\w+ly)\s+){0,2}")
OWN_CALL = re.compile(r"\b(?:its|his|her|their)\s+$")  # "reiterated his call for": the voicer's own
QUOTE_INTRO = re.compile(r":\s*[“\"‘„«]?\s*$")  # 'Jane Doe wrote: “…”': the quote is all that follows the colon
# (and after a semicolon: "Ruritania offered to host the talks; it also proposed …")
BUT_THEN = re.compile(r"(?:,?\s+(?:but|although|though|whereas)|;)\s+"
                      r"(?=(?:(?:he|she|it|they)\s+)?(?:also\s+|then\s+|\w+ly\s+)?"
                      rf"(?:[a-z]+ed|{_IRREGULAR_PAST}|{_PRESENT_TURN})\b"
                      r"|(?:he|she|it|they)\s+(?:is|are|was|were|had|did|would|could)\b"
                      # ("…, but did not respond to calls for a truce": what it did not do is no part of it)
                      r"|(?:did|does|has|had|would|will|could)(?:\s+not|n[’']t)\b)")
PAST = re.compile(r"[a-z]+ed\b")  # the cue's own verb: "called on", "urged", "proposed"
# ... or in the present of a statement or communiqué: "welcomes the statement and calls on Ruritania to"
TENSED = re.compile(r"[a-z]+(?:ed|[^s\W]s)\b")
# the reported party's verb is present or modal: "Ruritania would not ...", "Ruritania supports ..."
NOT_PAST = re.compile(r"\s+(?:(?:is|has|does|would|will|can|could|should|must|may|might)\b|(?!was\b)[a-z]+[^s\W]s\b)")
# "We (strongly) demand that …", on a party's own site: told of the party, "Ruritania demands that …"
OPENING_WE = re.compile(r"^We\s+(?P<adverb>(?:\w+ly\s+)?)(?P<verb>[a-z]+)\b")
OUR = re.compile(r"\bour\b")
_UNINFLECTED = {"will", "would", "can", "could", "must", "should", "may", "might", "shall", "was", "had", "did"}


def third_person(verb: str) -> str:
    """The verb after "it" rather than "we": "demand" -> "demands", "are" -> "is", "urged" stays."""
    if verb in SINGULAR:
        return SINGULAR[verb]
    if verb in _UNINFLECTED or verb.endswith("ed"):
        return verb
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


PLURAL_VERB = re.compile(r"(are|have|were)\b")
SINGULAR = {"are": "is", "have": "has", "were": "was"}
JOINTLY = re.compile(r"^(?P<verb>is|has|was)\s+(?:both|all|jointly|together)\s+")
THEY_SAID = re.compile(r"(?:has\s+|had\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|said|told)?(?:\s+that)?\s+(?P<they>they)\s+"
                       r"(?P<aux>are|were|have|had|will|would|could|can|must|should)\b")
_ADVERB = r"(?:also\s+|then\s+|later\s+|\w+ly\s+)?"  # "and also urged", "and later said"
COMMA_AND = re.compile(rf",\s+and\s+{_ADVERB}$")
# a pronoun and a copula before a noun cue: what was said before is called a demand, no new one made
NAMED_AS = re.compile(r"(?i:\b(?:that|this|it|which|these|those)\s+(?:is|was|are|were|remains?)\s+(?:\w+\s+){0,3}$)")
# "the Ruritanian demand", "dismissed Ruritanian demands" (a plural needs no article)
OWNER_ADJECTIVE = re.compile(r"(?:\b(?:the|a|an)\s+|(?<![\w’'-])(?=\S+\s+$))(?P<adjective>[A-Z][\w.-]*)\s+$")
PARTICIPLE_TURN = re.compile(r",\s+(?:again\s+|also\s+|then\s+|\w+ly\s+)?$")  # ", (again) threatening"
PARTICIPLE_WORD = re.compile(r"[a-z]+ing\b")
ADVERBS_ONLY = re.compile(r"\s*(?:\w+ly\s+)*")
READY_FOR = re.compile(r"\sfor\s")  # a readiness cue that holds what it is for: "ready for talks"
SUBJECT_PAST = re.compile(rf"\s+{_ADVERB}[a-z]+(?:ed|[^s\W]s)\b")  # "Jan Novak (also) accused ..." / "… welcomes …"
SECOND_PREDICATE = re.compile(r"\s+and\s+(?:also\s+)?(?:had|has|have|was|were|is|are|that|[a-z]+ed)\b")
# "• Arden offer: Freedonian Prime Minister … said …": a short label opening a bullet or a post
KICKER = re.compile(r"^[^\w“\"]*(?:[\w’'.-]+\s+){0,3}[\w’'.-]+:\s+(?=[A-Z])")
KICKER_REACH = 90  # characters after the label in which its report names its speech verb
OPENING_CONJUNCTION = re.compile(r"^(?P<quote>[“\"‘']?)(?:But|And|Yet|So)\s+(?=\S+\s+\S+\s+\S+)")
CONDITION_SUBJECT_GAP = re.compile(r"\s*(?:the\s+)?")  # "only if Ruritania …", "unless the Kremlin …"
CONDITION_PRONOUN = re.compile(r"(?i:(?:if|unless)\s+(?P<pronoun>it|they|he|she|the\s+latter|the\s+former)\b)")
# ", a step that analysts said could take months.", ", a point that Freedonia has rejected": the
# writer's comment on the clause before, up to the sentence's end (not an item of a list: ", a
# buffer zone that …, and elections")
# (", a move the Kremlin said would …": the relative pronoun left out before a named party and its verb)
COMMENT_AFTER = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:that\s|which\s|"
                           r"(?=(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:said|[a-z]+ed|[a-z]+s)\s))"
                           r"[^,;“”\"]*$")
PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b(?!\s+(?:to|as|for)\s)")  # (not "offered it as a venue")
AGENTS_JOINED = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?|,\s+(?:the\s+)?")
ADDRESSEE_THEN_PRONOUN = re.compile(r"\s+(?P<pronoun>he|she)\b(?!\s+(?:said|says)\b)")  # "told Doe he wanted"
# "after", "before", "since", "until", "once", "as" open a clause as well as a phrase: "after talks
# with Novak" has an object, "after Novak urged Doe to …" a subject, told by the finite verb after it
CONJUNCTION_BEFORE = re.compile(r"(?i:(?<![\w-])(?:after|before|since|until|once|as)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$)")
# ... and the ones that say when, whose clause is an act of its own ("as long as", "until" open a condition)
WHEN_BEFORE = re.compile(r"(?i:(?<![\w-])(?:after|before|since|once)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$)")
FINITE_AFTER = re.compile(r"\s+(?:(?:has|had|have|was|were|is|are|will|would|could|can|must|should|did|does)\b|"
                          r"[a-z]+(?:ed|[^s\W]s)\b)")
THAT_AFTER = re.compile(r"\s+that\s")
AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s")  # "said the Pope had offered …, and that Freedonia welcomed it"
LIST_ENDS_WITH_OTHER = re.compile(r",?\s+and\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?=[a-z]|$)")
AND_SAYING = re.compile(rf",?\s+and\s+{_ADVERB}")  # before a speech verb
AND_THEN = re.compile(r"\s(?:and|then)\s+(?:\w+ly\s+|also\s+)?$")
COMMA_THEN = re.compile(rf",\s+(?:and\s+)?{_ADVERB}")  # ", (and) (also) stressed that"
THAT_NEXT = re.compile(r"\s+that\b")
NAMED_SAYS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,4}(?:\w+ly\s+|also\s+)?")  # ", Jane Doe (also) said that"
# "urged Freedonia to withdraw and threatened sanctions if it refuses": the asker's own next verb
ASKER_GOES_ON = re.compile(r"\s(?:and|then)\s+(?:\w+ly\s+|also\s+)?[a-z]+(?:ed|[^s\W]s)\b")
# (not "asked for more air defence": a call for something, asked of no one named)
ASKS_OF = re.compile(r"(?i:^(?:tell|told|ask|asked|warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\b(?!\s+for\b))")
# "urged allies (not) to", "warned allies against", "called on all parties concerned to"
_ASKED_TO = r"(?:(?:concerned|involved)\s+)?(?:not\s+)?(?:to|against)(?![\w-])"
ASKED_IN_CUE = re.compile(rf"\s{_ASKED_TO}$")
# "said Jane Doe must", "Freedonia must": a modal with a subject of its own (a party would be its target)
OWN_SUBJECT = re.compile(r"\b(?!(?:I|We|It|They|He|She|You|This|That)\b)[A-Z][\w.’'-]*\s+(?:\w+ly\s+)?$")
# "suggested that Ruritania should", "proposed that the Ruritanian side must": what follows the
# verb is a party and its modal, nothing else
THAT_PARTY_MODAL = re.compile(r"\s+that\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}$")
# "wants any settlement to include a ban on …": what a deal must hold is asked, of whomever
CONTENT_ASKED = re.compile(r"\s+(?:include|contain|address|guarantee|ensure|cover|reflect|recogni[sz]e|"
                           r"provide\s+for)\b")
OBJECT_TO = re.compile(r"\s+(?:(?!(?:that|was|is|were|are|would|will|had|has)\b)[\w’'.-]+\s+){1,4}?to\b")
MIN_WORDS = 6  # a summary is never cut shorter than this
LONG_CIRCUMSTANCE = 8  # words after a closing "said" that are cut from a summary
# ... while a sentence may be shorter and still state a position: "Ruritania wants sanctions lifted."
MIN_SENTENCE_WORDS = 5
MAX_SUMMARY_WORDS = 45


@dataclass(frozen=True)
class ClaimHit:
    kind: str  # demand | proposal
    actor: str
    target: str | None
    summary: str
    sentence: Sentence
    cue: str


def _alternation(items: tuple[str, ...], regex: bool) -> str:
    """Whole words only: in a list with regular expressions the first alternative that matches
    wins, so without the boundary "demand" would match the start of "demanded" (and hide the
    "by" of a passive after it)."""
    if regex:  # (an item ending in a space or a lookahead says itself what may follow)
        return "|".join(f"(?:{item})(?![\\w-])" if item[-1:].isalnum() else f"(?:{item})" for item in items)
    return words_any_case(items)


@dataclass(frozen=True)
class _CuePatterns:
    """Every pattern built from the cue words: compiled once per config, shared by all articles."""

    cues: list[tuple[str, str, Gated]]  # (kind, family, pattern)
    cue_set: GateSet  # the same patterns, in the same order, for `possible`
    hedge: re.Pattern | None
    belief: re.Pattern | None  # "believes Ruritania is ready for …": a belief, no offer (`belief_verbs`)
    # a party is a verb's whole object when the clause ends or a preposition follows it ("backed
    # Ruritania in its fight", "since …"): not in "Ruritania's plan", "Ruritania joining the pact" nor
    # "EU plans", where it qualifies the object
    party_as_object: re.Pattern
    # between a possessive and what it owns: a quoted word or up to two words that qualify it
    # ("Ruritania's “absurd” demands", "Ruritania's recent openness to"), never its people
    # ("Ruritania's officials' call")
    owner_gap: re.Pattern
    hypothetical: re.Pattern | None
    office_owner: re.Pattern | None
    speculation: re.Pattern | None
    locative: re.Pattern | None
    measure: re.Pattern | None
    members: re.Pattern | None
    document_by: re.Pattern | None
    document_made: re.Pattern | None
    plan_lead: re.Pattern | None  # "Under the Ruritanian plan,", "According to Arden's memorandum,"
    time_only: re.Pattern | None  # " last week.", " on Monday.": when, and nothing after the cue
    document_aside: re.Pattern | None
    heads_of: re.Pattern | None
    representatives: re.Pattern | None
    represented: re.Pattern | None  # " foreign ministers" right after a party's name: its people
    received: re.Pattern | None
    receiver: re.Pattern | None
    title_gap: re.Pattern
    coordination: re.Pattern
    desire: re.Pattern | None  # "wanted", "hoped": verbs of wanting
    voicing: re.Pattern | None  # "expressed", "voiced": verbs that voice a stance named by a noun
    addressee_after: re.Pattern | None  # "urged partners to": a group asked, right after the cue
    addressee_in_cue: re.Pattern | None  # "pressed partners to": ... or inside it
    addressee_that: re.Pattern | None  # "demanded that the West stop …": asked of a group
    addressee_subject: re.Pattern | None  # "partners must": a group a modal binds
    public_asked: re.Pattern | None  # "urged the public to stay calm": no party's business
    own_body: re.Pattern | None  # "said the (militant) group was ready": the speaker's body (`body_anaphors`)
    naming_participle: re.Pattern | None  # "calling it a signal": the -ing forms of `naming_verbs`
    labelled: re.Pattern | None


@once_per
def _cue_patterns(cues: Cues) -> _CuePatterns:
    families: list[tuple[str, str, re.Pattern]] = []
    naming_stems = {re.escape(re.sub(r"ed$", "", verb.split()[0])) for verb in cues.naming_verbs}  # "call", "describ"
    for kind, group in ((DEMAND, cues.demand), (PROPOSAL, cues.proposal)):
        for family, items in group.items():
            if not items:
                continue
            regex = family in ("conditions", "threats", "nouns") or any("(" in i or "." in i for i in items)
            body = _alternation(items, regex)
            families.append((kind, family, re.compile(rf"(?i:(?<![\w-])(?:{body}))")))
    cue_set = GateSet(pattern for _, _, pattern in families)
    groups = words_any_case(cues.addressees) if cues.addressees else ""
    titles = words_any_case([w for role in cues.role_nouns for w in role.split() if w.islower()]) or "(?!)"
    title_words = f"|(?i:{titles})" if titles != "(?!)" else ""  # lowercase title words, as an alternative
    return _CuePatterns(
        cues=[(kind, family, gate) for (kind, family, _), gate in zip(families, cue_set.gates, strict=True)],
        cue_set=cue_set,
        owner_gap=re.compile(r"(?:['’‚]s|(?<=s)['’])\s+(?:[\"“‘'][\w-]+[\"”’']\s+)?"
                             rf"(?:(?!(?:{words_pattern([*cues.representatives, *cues.unnamed_groups])}"
                             rf"|{_NOT_QUALIFIERS})(?![\w-]))[a-z][\w-]*\s+){{0,2}}$"),
        party_as_object=re.compile(rf"\s*(?:[,.;:!?)”\"]|$|(?:{words_pattern(cues.prepositions)}|since|until|"
                                   rf"throughout|and|but|\w+ly)(?![\w’'-]))"),
        belief=(re.compile(rf"(?i:(?<![\w-])(?:{words_any_case(cues.belief_verbs)})(?![\w-])(?:\s+that)?"
                           rf"(?:\s+[\w’'-]+){{0,3}}\s+$)") if cues.belief_verbs else None),
        # (never a date: "May 11 - Jan Novak proposes …")
        # (never a month: "May 11", "In May Ruritania proposed …")
        hedge=(re.compile(rf"(?i:(?<![\w-])(?<!\bin )(?<!\bearly )(?<!\blate )(?<!\bmid-)(?<!\bsince )(?<!\buntil )"
                          # (not past a comma: "if Ruritania agreed, he was ready to …" offers, on a condition)
                          rf"(?:{words_any_case(cues.hedges)})(?![\w-])(?!\s+\d)(?:[^\w,;]+[\w’'-]+){{0,3}}[^\w,;]*$)")
               if cues.hedges else None),
        # "Doe's post made no mention of the administration's demand for …": her state's
        office_owner=(re.compile(rf"(?P<office>(?i:\bthe\s+(?:{words_any_case(cues.office_anaphors)})))['’]s\s+(?:[\w-]+\s+)?$")
                      if cues.office_anaphors else None),
        # (and past an "or that" going on with what is supposed: "hoping to hear that Ruritania had
        # agreed to a truce - or that Arden would impose sanctions")
        hypothetical=(re.compile(
            rf"(?i:(?<![\w-])(?:{words_any_case(cues.hypotheticals)})(?![\w-])"
            rf"(?:(?:[^\w,;:]+[\w’'-]+){{0,12}}?[^\w,;:]+(?:or|and)\s+that)?(?:[^\w,;:]+[\w’'-]+){{0,10}}\W*$)")
            if cues.hypotheticals else None),
        speculation=(re.compile(rf"(?<![\w-])(?:{_alternation(cues.speculation, True)})(?![\w-])")
                     if cues.speculation else None),
        # "between Russia and …", "between President Jan Novak and …": titles may stand between
        # (and "in Port Avalon, Freedonia": a city, then its country)
        locative=(re.compile(rf"(?<![\w-])(?i:{words_any_case(cues.locatives)})\s+(?:the\s+)?"
                             rf"(?:(?:[A-Z][\w.’'-]*|(?i:{titles}))\s+|[A-Z][\w.’'-]*,\s+){{0,3}}$")
                  if cues.locatives else None),
        measure=(re.compile(rf"(?<![\w-])(?i:{words_any_case(cues.measure_objects)})\s+(?:the\s+)?$")
                 if cues.measure_objects else None),
        # ", including French President Jan Novak": titles may stand between, as after prepositions
        # "the Freedonian foreign minister, Jan Novak": the state qualifies the title of the person named
        title_gap=re.compile(f"{TITLE_GAP.format(titles=title_words)}|{MODIFIED_TITLE_GAP.format(titles=titles)}"),
        coordination=re.compile(COORDINATION.format(titles=title_words)),
        members=(re.compile(rf"(?:^|,)\s*(?i:{words_any_case(cues.group_members)})\s+(?:the\s+)?"
                            rf"(?:(?:[A-Z][\w.’'-]*|(?i:{titles}))\s+){{0,3}}$") if cues.group_members else None),
        # "A peace plan drafted by US and Ruritanian officials would require …", "A US-drafted plan
        # would require …": the document's authors ask it
        document_by=(re.compile(
            rf"{_DOCUMENT_OPENING}(?:[\w-]+\s+){{0,3}}?(?i:{words_any_case(cues.document_nouns)})\s+"
            rf"(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?{_AUTHORED}\s+by\s+"
            rf"(?P<authors>[^,;:“”\"]{{2,80}}?){_DOCUMENT_VERB_LEAD}") if cues.document_nouns else None),
        # "The plan, described by Arden as identical to a Ruritanian initiative, calls for …": the
        # plan is the subject, and the parties in its aside are none
        document_aside=(re.compile(
            rf"{_DOCUMENT_OPENING}(?P<head>(?:[\w-]+\s+){{0,3}}?(?i:{words_any_case(cues.document_nouns)}))\s*,\s+"
            rf"(?P<aside>[^,;“”\"]{{2,160}}?),{_DOCUMENT_VERB_LEAD}") if cues.document_nouns else None),
        time_only=(re.compile(rf"\s+(?:(?:last|this|next|on|in|early|earlier|late|later)\s+)?"
                              rf"(?i:week|month|year|weekend|yesterday|today|tonight|{words_any_case(cues.time_names)})"
                              r"[\s.,;:!?\"”’']*") if cues.time_names else None),
        plan_lead=(re.compile(rf"^\W*(?:Under|According\s+to)\s+[^,;:“”\"]{{0,60}}?"
                              rf"(?i:{words_any_case(cues.document_nouns)})(?![\w-])[^,;:“”\"]{{0,40}},")
                   if cues.document_nouns else None),
        document_made=(re.compile(
            rf"{_DOCUMENT_OPENING}(?:[\w-]+\s+){{0,2}}?(?P<authors>[\w.]+)-{_AUTHORED}\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?i:{words_any_case(cues.document_nouns)}){_DOCUMENT_VERB_LEAD}")
            if cues.document_nouns else None),
        # "The leaders of France, Germany and Poland demanded": the states listed speak through them
        heads_of=(re.compile(rf"(?:^|,)\s*(?:[Tt]he\s+)?(?:[\w-]+\s+)?(?i:{words_any_case(cues.representatives)})\s+of\s+"
                             rf"(?:the\s+)?$") if cues.representatives else None),
        # "'s leaders", "'s top officials": up to two words between
        representatives=(re.compile(rf"^['’‚]s\s+(?:[\w-]+\s+){{0,2}}?(?i:{words_any_case(cues.representatives)})(?![\w-])")
                         if cues.representatives else None),
        # (a word of office may qualify them, but nothing else: "said Ruritania sent military aid")
        represented=(re.compile(rf"^\s+(?:(?:{words_pattern(cues.office_words) or '(?!)'})\s+)?"
                                rf"(?:{words_pattern([r for r in cues.representatives if r.islower()])})(?![\w-])")
                     if cues.representatives else None),
        # "will accept the (new) proposal for": a demand or proposal received, not made
        received=(re.compile(rf"(?i:(?<![\w-])(?:{words_any_case(cues.receiving_verbs)})\s+(?:\w+\s+){{0,2}}$)")
                  if cues.receiving_verbs else None),
        # ("dismissed Ruritanian President Jane Doe's proposal": and the owner's title and name)
        receiver=(re.compile(rf"(?i:(?<![\w-])(?:{words_any_case(cues.receiving_verbs)})\s+(?:[\w’'.-]+\s+){{0,6}}$)")
                  if cues.receiving_verbs else None),
        voicing=re.compile(rf"(?i:{words_any_case(cues.voicing_verbs)})") if cues.voicing_verbs else None,
        desire=re.compile(rf"(?i:{words_any_case(cues.desire_verbs)})(?![\w-])") if cues.desire_verbs else None,
        addressee_that=(re.compile(rf"^\s*(?:[\w’'-]+\s+){{0,2}}?that\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{groups})(?![\w-])"
                                   r"(?!\s*(?:,|and\b|or\b))")
                        if cues.addressees else None),
        # ("urged the two sides -- both friends of Arden -- to": an aside between them and "to")
        addressee_after=re.compile(rf"\s+(?P<mod>(?:[\w’'-]+\s+){{0,2}}?)(?i:{groups})"
                                   rf"(?:\s*(?:--|[–—])[^–—]{{1,80}}?(?:--|[–—]))?\s+{_ASKED_TO}")
        if groups else None,
        addressee_in_cue=re.compile(rf"(?<![\w-])(?P<mod>(?:[\w’'-]+\s+){{0,2}}?)(?i:{groups})\s+{_ASKED_TO}$")
        if groups else None,
        addressee_subject=re.compile(rf"(?<![\w-])(?i:{groups})\s+(?:\w+ly\s+)?$") if groups else None,
        public_asked=re.compile(rf"(?:^|\s+)(?:[\w’'-]+\s+)?(?i:{words_any_case(cues.public_addressees)})"
                                rf"\s+{_ASKED_TO}") if cues.public_addressees else None,
        naming_participle=(re.compile(rf"(?:{'|'.join(sorted(naming_stems))})ing\b") if naming_stems else None),
        # "described the document as an ultimatum": a label given, no demand made
        labelled=(re.compile(rf"(?i:\b(?:{'|'.join(sorted(naming_stems))})\w*\s+(?:[\w’'-]+\s+){{0,6}}?as\s+"
                             rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$)") if naming_stems else None),
        own_body=(re.compile(rf"(?i:{_REPORTED_LEAD}the\s+(?:[a-z]+\s+)?(?:{words_any_case(cues.body_anaphors)}))\b")
                  if cues.body_anaphors else None),
    )


@functools.lru_cache(maxsize=64)
def _adjective_pattern(owners: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    return re.compile(rf"(?<![\w-])(?:{words_pattern([adj for adj, _ in owners])})(?![\w-])") if owners else None


class ClaimFinder:
    def __init__(self, cues: Cues, index: ActorIndex):
        self.pairs: dict[bool, tuple[str, str]] = {}  # the two parties last named together (people or not)
        self.index = index
        self.attributor = Attributor(cues, index)
        # "The President urges …", "The Secretary-General calls …": a title standing for its holder,
        # then the verb (not "the Arden call", a noun)
        anaphor = self.attributor.anaphor
        self.anaphor_before = re.compile(rf"(?:{anaphor.pattern})\s+$") if anaphor else None
        compiled = _cue_patterns(cues)
        self.patterns = compiled.cues
        self.cue_set = compiled.cue_set
        self.hedge = compiled.hedge
        self.belief = compiled.belief
        self.siding = frozenset(verb.lower() for verb in cues.siding_verbs)
        self.party_as_object = compiled.party_as_object
        self.owner_gap = compiled.owner_gap
        self.hypothetical = compiled.hypothetical
        self.office_owner = compiled.office_owner
        self.speculation = compiled.speculation
        self.preposition = self.attributor.preposition
        self.locative = compiled.locative
        self.measure = compiled.measure
        self.press = self.attributor.press  # "U.S. media cited ...": no party speaks
        self.members = compiled.members
        self.heads_of = compiled.heads_of
        self.document_by, self.document_made = compiled.document_by, compiled.document_made
        self.plan_lead = compiled.plan_lead
        self.time_only = compiled.time_only
        self.document_aside = compiled.document_aside
        self.representatives = compiled.representatives
        self.represented = compiled.represented
        # what may stand for a party as a subject without naming it: "the group", "the government", "officials"
        party_words = [*cues.body_anaphors, *cues.representatives, *cues.office_anaphors, *cues.institutions]
        self.party_word = re.compile(rf"(?i:(?<![\w-])(?:{words_any_case(party_words)})(?![\w-]))")
        self.list_ends_with_group = re.compile(
            rf",?\s+and\s+(?:[\w-]+\s+){{0,3}}?(?:{words_pattern(cues.unnamed_groups)})(?![\w-])"
        ) if cues.unnamed_groups else None
        # the groups a body's adjective may name ("European allies"), from `addressees`
        groups = [a for a in cues.addressees if " " not in a and a.islower()]
        self.adjective_group = re.compile(rf"\s+(?i:{words_any_case(groups)})(?![\w-])") if groups else None
        self.representative_word = re.compile(
            rf"(?<![\w-])(?:{words_pattern([r for r in cues.representatives if r.islower()]) or '(?!)'})(?![\w-])")
        self.received = compiled.received
        self.receiver = compiled.receiver
        self.title_gap = compiled.title_gap
        self.coordination = compiled.coordination
        self.desire = compiled.desire
        self.voicing = compiled.voicing
        self.addressee_after = compiled.addressee_after
        self.addressee_in_cue = compiled.addressee_in_cue
        self.addressee_that = compiled.addressee_that
        self.addressee_subject = compiled.addressee_subject
        self.public_asked = compiled.public_asked
        self.own_body = compiled.own_body
        self.naming_participle = compiled.naming_participle
        self.labelled = compiled.labelled
        adjectives = {adj: e.id for e in index.entries.values() if e.kind in ("state", "organisation")
                      for adj in e.adjectives}
        self.adjective = _adjective_pattern(tuple(adjectives.items()))
        self.adjective_owner = adjectives

    def is_party(self, actor_id: str | None) -> bool:
        entry = self.index.get(actor_id)
        return bool(entry and entry.is_party)

    def _named_subject_after(self, text: str, at: int, actor: str) -> str | None:
        """The party that opens the clause right after a condition's "if" or "unless": what the
        condition asks is asked of it, whatever parties the step before it named."""
        named = self.index.find(text[at:at + 80])
        if not named or not CONDITION_SUBJECT_GAP.fullmatch(text, at, at + named[0].start):
            return None
        found = named[0].actor
        own = {actor, getattr(self.index.get(actor), "affiliation", None)}
        return found if found not in own and self.is_party(found) else None

    def _condition_subject(self, text: str, match: re.Match, actor: str) -> str | None:
        """Whom "if it keeps stalling" is aimed at: "it" (or "he", "she", "they") is the party
        read last before the condition, other than the one who sets it ("would increase pressure
        on Arden if it kept stalling": Ruritania)."""
        subject = CONDITION_PRONOUN.match(text, match.start())  # (the cue itself may end at "unless")
        if subject is None:
            return None
        own = {actor, getattr(self.index.get(actor), "affiliation", None)}
        earlier = [m.actor for m in self.index.find(text[:match.start()])
                   if m.actor not in own and self.is_party(m.actor)]
        if not earlier:
            return None
        pronoun = subject["pronoun"].lower()
        if pronoun.startswith("the"):  # "unless the latter changes its constitution": the last one named
            named = list(dict.fromkeys(reversed(earlier)))  # (each once, the last named first)
            return named[0] if pronoun.endswith("latter") else named[1] if len(named) > 1 else None
        person = self.index[earlier[-1]].kind == "person"
        return earlier[-1] if person == (pronoun in ("he", "she")) else None

    def _pairs_in(self, text: str) -> dict[bool, tuple[str, str]]:
        """The two parties last named together in `text` ("Ruritania and Freedonia", "Ruritanian
        and Freedonian delegations"), keyed by whether they are people."""
        mentions = [m for m in self.index.find(text) if self.is_party(m.actor)]
        mentions = sorted([*mentions, *self._represented_states(text, mentions)], key=lambda m: m.start)
        found: dict[bool, tuple[int, tuple[str, str]]] = {}  # the last pair of each kind, by where it ends
        for a, b in pairwise(mentions):
            people = self.index[a.actor].kind == "person"
            if a.actor != b.actor and people == (self.index[b.actor].kind == "person") \
                    and PAIR_GAP.fullmatch(text, a.end, b.start):
                found[people] = (b.end, (a.actor, b.actor))
        # (two people with the second one's title between, which may name a body: "President Jane Doe and
        # Chairperson of the Arden Commission Jan Novak")
        for a, b in pairwise([m for m in mentions if self.index[m.actor].kind == "person"]):
            if a.actor != b.actor and TITLED_PAIR_GAP.fullmatch(text, a.end, b.start) \
                    and b.end > found.get(True, (-1,))[0]:
                found[True] = (b.end, (a.actor, b.actor))
        return {people: pair for people, (_, pair) in found.items()}

    def note_pairs(self, sentence: Sentence) -> None:
        """Remember the two parties a later "both sides" stands for."""
        self.pairs.update(self._pairs_in(sentence.text))

    def _pair_subject(self, text: str, at: int) -> tuple[tuple[str, str], int] | None:
        """The two parties "both sides" right before offset `at` stands for, and where it opens."""
        subject = PAIR_SUBJECT.search(text, 0, at)
        if subject is None:
            return None
        people = subject["people"] is not None
        pair = self._pairs_in(text[:subject.start()]).get(people) or self.pairs.get(people)
        return (pair, subject.start()) if pair else None

    def _names_people(self, clause: str, end: int) -> bool:
        """Whether the adjective ending at `end` qualifies people or a group ("European leaders",
        "European allies", "Ukrainian, European and Russian officials")."""
        rest = clause[ADJECTIVE_RUN.match(clause, end).end():]
        return bool((self.represented and self.represented.match(rest))
                    or (self.adjective_group and self.adjective_group.match(rest)))

    def _said_next(self, text: str, start: int) -> int | None:
        """Where the subject's next statement begins after `start`: "Jane Doe said Ruritania had
        agreed to talks, stressed that Arden would stay out of them, and …" (a comma, a speech
        verb and "that": a predicate of its own)."""
        for comma in COMMA_THEN.finditer(text, start):
            # (or a new subject's: "Responding to Arden's initiative for talks, Jane Doe said that …")
            named = NAMED_SAYS.match(text, comma.end())
            for at in (comma.end(), *([named.end()] if named and self.index.find(named.group()) else [])):
                verb = self.attributor.speech.match(text, at)
                # (a participle goes on with the same statement: ", warning that Arden would …")
                if verb is not None and not verb.group().endswith("ing") and THAT_NEXT.match(text, verb.end()):
                    return comma.start()
        return None

    def _targets_after(self, text: str, start: int, actor: str, kind: str) -> str | None:
        clause = text[start:]
        if (absolute := _absolute_and(text, start)) is not None:
            clause = text[start:absolute]  # ", with Arden offering talks and Ruritania pressing for …"
        if self.addressee_that and self.addressee_that.match(clause):
            return None  # "demanded that the West stop arming Ruritania": asked of no party
        if (relative := _relative_holding(text, start)) is not None:
            clause = text[start:relative.end() - 1]  # ", who threatened … if …, said X": not past its comma
        pronoun = OBJECT_PRONOUN.match(clause)
        if pronoun:
            gender = "he" if pronoun.group(1).lower() == "him" else "she"
            earlier = [m.actor for m in self.index.find(text[:start]) if m.actor != actor
                       and self.index[m.actor].kind == "person" and self.index[m.actor].gender in (gender, None)]
            if earlier and self.is_party(earlier[-1]):
                return earlier[-1]
        cut = _aside(clause, 0)
        clause = clause[:cut.start()] if cut else clause
        said = self._trailing_attribution(clause)
        clause = clause[:said] if said is not None else clause
        later = [b for b in CLAUSE_BREAK.finditer(clause) if b.start() > 0]
        clause = clause[:later[0].start()] if later else clause  # ", while Ruritania said ...": another clause
        said_next = self._said_next(clause, 0)
        clause = clause[:said_next] if said_next is not None else clause  # ", stressed that Arden …": said next
        subordinate = SUBORDINATE.search(clause)  # ", as talks gather pace after a call between ..."
        clause = clause[:subordinate.start()] if subordinate else clause
        without = WITHOUT_DOING.search(clause)  # ", without specifically mentioning Arden": named, not asked
        clause = clause[:without.start()] if without else clause
        purpose = PURPOSE.search(clause)  # "a ceasefire first, so that the Russians can show …": why, not whom
        clause = clause[:purpose.start()] if purpose else clause
        second = _new_clause(clause, 0)
        clause = clause[:second] if second is not None else clause
        predicate = SECOND_PREDICATE.search(clause)  # "ready to host talks and had spoken with X": not to X
        if predicate and len(clause[:predicate.start()].split()) >= 2:  # (not "will propose and is ready to ...")
            clause = clause[:predicate.start()]
        relative = RELATIVE_AFTER.search(clause)  # ", which Ruritania has rejected": not whom it is put to
        clause = clause[:relative.start()] if relative else clause
        for verb in self.attributor.speech.finditer(clause):
            if AND_THEN.search(clause[:verb.start()]):  # "... and stressed: “...”": a new statement
                clause = clause[:verb.start()]
                break
        # ("U.N. sanctions", "Ruritanian tariffs": who imposes them, not of whom anything is asked)
        named = [(m.start, m.end, m.actor) for m in self.index.find(clause) if not IMPOSED_BY.match(clause, m.end)]
        if self.adjective:  # "Ruritanian negotiators" (a body's adjective only before its people or
            # groups: "Nordic leaders", "Nordic and Baltic partners", never "a Nordic reassurance force")
            named += [(m.start(), m.end(), owner) for m in self.adjective.finditer(clause)
                      if self.index[owner := self.adjective_owner[m.group()]].kind == "state"
                      or self._names_people(clause, m.end())]
        found = []
        placed_until = -1  # end of the last party named after a locative ("talks between X and Y")
        seen_at = -1
        for start_at, end_at, actor_id in sorted(set(named)):
            if start_at == seen_at:
                continue  # "US" as a name and as an adjective
            seen_at = start_at
            if AGENT_BEFORE.search(clause, 0, start_at):
                continue  # "following an offer by Ruritania": who made it, not to whom it is put
            if CIRCUMSTANCE_BEFORE.search(clause, 0, start_at) and QUALIFIED_NOUN_AFTER.match(clause, end_at):
                continue
            if PARTNER_BEFORE.search(clause, 0, start_at):
                continue  # "agreed with Jane Doe to work with Arden on …": a partner in it
            if (self.locative and self.locative.search(clause[:start_at])) or (
                    placed_until >= 0 and COORDINATED.match(clause[placed_until:start_at])):
                placed_until = end_at  # "talks in Geneva", and every party coordinated with it
                continue
            placed_until = -1
            found.append((start_at, end_at, actor_id))
        # "US President Jane Doe": the person, not the state in her title
        found = [item for item, after in zip(found, [*found[1:], None][:len(found)], strict=True)
                 if not (after and self.index[after[2]].kind == "person" and self.index[item[2]].kind != "person"
                         and self.attributor.title_words(clause[item[1]:after[0]]))]
        if kind == PROPOSAL and self.measure:  # "called for sanctions against Ruritania": put to others
            found = [item for item in found if not self.measure.search(clause[:item[0]])]
        if kind == PROPOSAL and found and NAME_QUALIFIER_AFTER.match(clause, found[0][1]):
            # "offered NATO Article 5 security guarantees to Ukraine": the party it is offered to,
            # not one that qualifies the name of what is offered
            found = sorted(found, key=lambda item: not DATIVE_BEFORE.search(clause, 0, item[0]))
        affiliation = self.index[actor].affiliation if actor in self.index.entries else None
        for _, _, actor_id in found:
            if actor_id not in (actor, affiliation) and self.is_party(actor_id) and \
                    self.index[actor_id].affiliation != actor:
                return actor_id
        return None

    def _asks_public(self, text: str, match: re.Match) -> bool:
        """Whether the cue asks the public, citizens or residents (right after it, or inside a
        "called on … to")."""
        if self.public_asked is None:
            return False
        if ASKED_IN_CUE.search(match.group()):
            found = self.public_asked.search(match.group())
            return found is not None and found.end() == match.end()
        return self.public_asked.match(text, match.end()) is not None

    def _asks_group(self, text: str, match: re.Match, actor: str | None = None) -> bool:
        """Whether the cue asks a group that is no party ("urged partners to …", "wanted both
        sides to …", "warned Europe against …"): then the demand is of no party, whichever is
        named later in the sentence. A group of the asker's own side counts too: the EU's foreign
        policy chief calling on "all EU member states to …" asks them, not the EU of itself."""
        if self.addressee_after is None or self.addressee_in_cue is None:
            return False
        if ASKED_IN_CUE.search(match.group()):
            group = self.addressee_in_cue.search(match.group())
        else:
            group = self.addressee_after.match(text, match.end())
        if group is None:
            return False
        named = re.sub(rf"\s+{_ASKED_TO}$", "", group.group())
        if any(m.end == len(named) for m in self.index.find(named)):
            return False  # "the United Nations": a body's name, no group of nations
        modifier = group.group("mod")  # "European partners" are the European Union's, "Western allies" no party
        entry = self.index.get(actor)
        own = {actor, entry.affiliation} if entry is not None else set()
        return not any(self.is_party(m.actor) and m.actor not in own for m in self.index.find(modifier)) and not (
            self.adjective and self.adjective.search(modifier))

    def _attributed_after(self, text: str, at: int, reading: Reading, sentence: Sentence) -> str | None:
        """Who says the clause, in an attribution closing the sentence after offset `at`
        ("Ruritania must withdraw, Jane Doe said on Monday.", "…, said the Kremlin.", "…, he said.")."""
        if _inside_quote(text[:at]):
            return None
        said = self._trailing_attribution(text[at:])
        if said is not None:
            named = [m for m in self.index.find(text[at + said:]) if self.is_party(m.actor)]
            people = [m for m in named if self.index[m.actor].kind == "person"]
            return (people or named)[0].actor if named else None
        final = self.attributor.sentence_final(text[at:])  # ", said Jane Doe."
        if final is not None:
            return final.actor if self.is_party(final.actor) else None
        for pronoun in TAIL_PRONOUN.finditer(text, at):  # ", he said on Monday."
            verb = self.attributor.speech.match(text, pronoun.end())
            if verb is not None and len(text[verb.end():].split()) <= 6:
                return reading.speakers.get(sentence.index)
        return None

    def _trailing_attribution(self, clause: str) -> int | None:
        """Where ", Freedonian Prime Minister Ana Silva said ..." begins, if the clause ends so:
        who reports an offer is not whom it is made to."""
        for comma in re.finditer(r",[\"”’']?\s+", clause):  # '…,” Jane Doe said' too
            rest = clause[comma.end():]
            if _inside_quote(clause[:comma.start()]) and not QUOTE_CLOSE.search(comma.group()):
                continue  # (but '… militants,” Jane Doe said': the mark after the comma closes the quote)
            source = ACCORDING_TO.match(rest)  # "…, according to Ruritanian negotiator Jan Novak."
            sources = self.index.find(rest[source.end():]) if source else []
            # (and where he said it: "…, according to Jan Novak in an interview with Arden TV.")
            if sources and len(rest[source.end():source.end() + sources[0].start].split()) <= 5 \
                    and len(rest[source.end() + sources[0].end:].split()) <= 8:
                return comma.start()
            if (outlet := REPORTED_BY.match(rest)) and len(rest[outlet.end():].split()) <= 8:
                return comma.start()  # "…, AFP reported.", "…, the Daily Arden reported, citing officials."
            verb = self.attributor.speech.search(rest)
            if verb is not None and verb.start() == 0 and QUOTE_CLOSE.search(comma.group()) and (
                    people := self.index.find(rest[verb.end():verb.end() + 80])) and \
                    self.attributor.title_words(rest[verb.end():verb.end() + people[0].start]):
                return comma.start()  # '…,” wrote Jane Doe on X.': said by whoever is named after the verb
            # (", the Arden foreign minister, Jane Doe, said": a title and a name set off by commas)
            words = 10 if verb and rest[:verb.start()].rstrip().endswith(",") else 6
            # (the one who said it named, or only titled: ", the group's chief said on Saturday")
            who = rest[:verb.start()] if verb else ""
            # (a long title before a name: ", Arden's Deputy Prime Minister and Foreign Minister Jane Doe said")
            if (people := self.index.find(who)) and self.index[people[-1].actor].kind == "person" \
                    and not who[people[-1].end:].strip():
                words = 12
            # (or by a name the gazetteer does not know: "…, Umerov said.")
            named = bool(who) and bool(people or self.attributor.role_word.search(who)
                                       or BARE_NAME.fullmatch(who.strip()))
            told = TOLD_ADDRESSEE.match(rest, verb.end()) if verb and verb.group().lower() in TELLING else None
            after = told.end() if told else verb.end() if verb else 0  # ("told President Jane Doe on Sunday")
            if verb and len(who.split()) <= words and named and (
                    len(rest[after:].split()) <= 6 or WHEN_SAID.match(rest, after)
                    or PARTICIPLE_TAIL.match(rest, after)):  # (", Jane Doe said, adding that …")
                return comma.start()  # (", Jane Doe said on Tuesday after speaking to the pope.": when she said it)
        return None

    def _modal_target(self, text: str, match: re.Match, actor: str, kind: str,
                      earlier: str | None = None) -> str | None:
        """Whom a modal binds: its subject ("Ruritania must withdraw"); only where the modal has
        no subject of its own ("we must pressure Ruritania") a party named after it. "the West
        must stop arming Freedonia" binds the West, no party. "it must" binds the state or body
        named last before it, in the sentence or (`earlier`) the one before."""
        target = self._target_before(text, match.start(), actor)
        if target is None and IT_MODAL.search(text, 0, match.start()) and TRUE_MODAL.match(match.group()):
            # (a subject, never an object: "a meeting between Ruritania and Freedonia, saying it should
            # be prepared" is the meeting; nor "it is necessary to …", which is no one)
            named = [m.actor for m in self._subjects(text[:match.start()])
                     if m.actor != actor and self.index[m.actor].kind != "person"]
            target = named[-1] if named else (
                earlier if earlier and earlier != actor and self.index[earlier].kind != "person" else None)
            if target is not None:
                return target
        own_subject = NOUN_SUBJECT.search(text, 0, match.start()) or OWN_SUBJECT.search(text, 0, match.start()) or (
            self.addressee_subject and self.addressee_subject.search(text, 0, match.start()))
        if target is None and not own_subject:  # ("Europe must pay", "allies must pay": no party bound)
            target = self._targets_after(text, match.end(), actor, kind)
        return target

    def _target_before(self, text: str, at: int, actor: str) -> str | None:
        """Who a modal binds ("Ruritania must withdraw"), but not a preposition's object
        ("sanctions against Ruritania must be lifted")."""
        mentions = self.index.find(text[:at])
        objects = self._objects(text[:at], mentions)
        found = [m for n, m in enumerate(mentions) if n not in objects and (
            text[m.end:at].strip(" ,’'s") == "" or len(text[m.end:at].split()) <= 2
            # "the United States and European countries should be involved": with others it names
            or (n == len(mentions) - 1 and AND_OTHERS.fullmatch(text, m.end, at)))]
        if found and found[-1].actor != actor and self.is_party(found[-1].actor):
            return found[-1].actor
        pronoun = MODAL_PRONOUN.search(text, 0, at)
        if pronoun and not found:
            # "Jane Doe told John Roe … that he must accept …": the last other person of that gender named before
            gender = "he" if pronoun.group(1).lower() == "he" else "she"
            earlier = [m.actor for m in mentions if m.actor != actor and self.index[m.actor].kind == "person"
                       and self.index[m.actor].gender in (gender, None)]
            if earlier and self.is_party(earlier[-1]):
                return earlier[-1]
        return None

    def _subjects(self, clause: str) -> list[Mention]:
        """Party mentions that can be the subject of the clause, in order.

        Not an object of a preposition ("spoke with Smith", "in Freedonia"), not inside a relative
        clause (", who has met the envoy,"), not a possessive ("Freedonia's leaders"), not a press
        ("U.S. media"), not a state or body qualifying the person named next ("U.S. Treasury
        Secretary John Roe")."""
        masked = RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), clause)
        masked = DATELINE_LEAD.sub(lambda m: " " * len(m.group()), masked)  # "ARDEN, Ruritania (AP) — …": a place
        masked = BRACKETED.sub(lambda m: " " * len(m.group()), masked)
        mentions = self.index.find(masked)
        if speaking := self._represented_states(masked, mentions):
            mentions = sorted(mentions + speaking, key=lambda m: m.start)
        objects = self._objects(masked, mentions)
        out = []
        posted: set[int] = set()  # the post of a title between a state and its holder
        for n, mention in enumerate(mentions):
            if n in posted:
                continue
            holder = self.attributor.title_holder(masked, mentions, n)
            if holder is not None:
                # "Ruritanian Ambassador to Arden Jane Doe": neither Ruritania nor Arden is the
                # subject, and she is no object of "to"
                posted.update(range(n + 1, holder))
                objects.discard(holder)
                continue
            is_object = n in objects
            if not self.is_party(mention.actor):
                continue
            if POSSESSIVE_AFTER.match(masked[mention.end:]) and not (
                    self.representatives and self.representatives.match(masked[mention.end:])):
                continue  # "Ruritania's demands", not "Ruritania's leaders"
            if is_object:
                continue
            if self.press and self.press.match(masked[mention.end:]):
                continue
            following = mentions[n + 1] if n + 1 < len(mentions) else None
            if (following and self.index[mention.actor].kind != "person"
                    and self.index[following.actor].kind == "person"
                    and self.title_gap.match(masked[mention.end:following.start])):
                continue
            if out and out[-1].actor == mention.actor and APPOSITION_GAP.match(masked[out[-1].end:mention.start]):
                out[-1] = replace(out[-1], end=mention.end)  # "the Ruritanian envoy, Jane Doe": one
                continue
            out.append(mention)
        return out

    def _objects(self, masked: str, mentions: list[Mention]) -> set[int]:
        """Indices of mentions that are a preposition's objects, with the parties listed together
        with one ("talks with Freedonia and Ruritania"; a list ends in "and" or "or", so in
        "after talks with Novak, Doe offered ..." Doe is no object)."""
        objects: set[int] = set()
        for n, mention in enumerate(mentions):
            prior = masked[:mention.start]
            if n in objects or not (self.preposition and self.preposition.search(prior)) or (
                    self.members and self.members.search(prior)) or (self.heads_of and self.heads_of.search(prior)) \
                    or JOINED_WITH.search(prior):
                continue
            if CONJUNCTION_BEFORE.search(prior) and (FINITE_AFTER.match(masked, mention.end)
                                                     or not masked[mention.end:].strip()):  # (right before the cue)
                continue  # "after Novak urged Arden to …": a clause's subject, "after" its conjunction
            objects.add(n)
            listed = []
            for k in range(n + 1, len(mentions)):
                gap = masked[mentions[k - 1].end:mentions[k].start]
                if not _coordinated(gap, self.coordination):
                    break
                listed.append((k, bool(AND_OR.search(gap))))
            last = max((i for i, (_, joined) in enumerate(listed) if joined), default=-1)
            objects.update(k for k, _ in listed[:last + 1])
        return objects

    def _partners(self, clause: str, found: list[Mention], chosen: Mention, offset: int) -> list[tuple[str, int]]:
        """Parties named together with the chosen subject ("Ruritania and Freedonia demanded ..."):
        each made the claim. (actor, end of its name in the sentence); a list must end in "and"
        ("A, B and C"), so that an apposition ("Doe, the Ruritanian envoy") is never a partner."""
        chain: list[Mention] = []
        gaps: list[str] = []
        previous = chosen
        for mention in found[found.index(chosen) + 1:]:
            gap = clause[previous.end:mention.start]
            if not _coordinated(gap, self.coordination):
                break
            chain.append(mention)
            gaps.append(gap)
            previous = mention
        last = max((i for i, gap in enumerate(gaps) if AND.search(gap)), default=-1)
        if chain and (LIST_ENDS_WITH_OTHER.match(clause, previous.end)
                      or (self.list_ends_with_group and self.list_ends_with_group.match(clause, previous.end))):
            # "Doe, Roe, Novak and Silva called": a list ending in someone unlisted ("The UN, the EU, and
            # several world leaders called": or in people who are no party)
            last = len(chain) - 1
        return [(m.actor, offset + m.end) for m in chain[:last + 1] if m.actor != chosen.actor]

    def _represented_states(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """States named by their adjective before their representatives ("Ruritanian officials
        insisted …", "Ruritanian and Freedonian negotiators agreed …"): the state speaks through
        them, as through "Ruritania's officials". An organisation's adjective is no such name
        ("Nordic leaders" are not a Nordic council's)."""
        if self.adjective is None or self.represented is None or not self.representative_word.search(text):
            return []
        found = list(self.adjective.finditer(text))
        speaking = {n for n, a in enumerate(found) if self.represented.match(text[a.end():])}
        for n in sorted(speaking, reverse=True):
            while n > 0 and re.fullmatch(r"\s+and\s+|,\s+", text[found[n - 1].end():found[n].start()]):
                n -= 1
                speaking.add(n)
        taken = [(m.start, m.end) for m in mentions]
        return [Mention(a.start(), a.end(), owner, a.group(), "adjective") for n, a in enumerate(found)
                if n in speaking and self.index[owner := self.adjective_owner[a.group()]].kind == "state"
                and not any(start < a.end() and a.start() < end for start, end in taken)]

    def _listed_before(self, text: str, start: int, end: int) -> bool:
        """`text[start:end]` is all a list of parties, so that the ", and" at `end` ends the list
        ("Freedonia, Arden, the Ruritanian Republic, and Elbonia have called for …"),
        rather than opening a clause of its own."""
        named = self.index.find(text[start:end])
        if len(named) < 2 or not LIST_LEAD.fullmatch(text, start, start + named[0].start) \
                or text[start + named[-1].end:end].strip():
            return False
        return all(self.is_party(m.actor) for m in named) and all(
            re.fullmatch(r",\s+(?:the\s+)?", text[start + a.end:start + b.start], re.I) for a, b in pairwise(named))

    def _pick(self, clause: str, found: list[Mention]) -> Mention:
        """The first subject, unless a later one follows the last comma ("Despite X ..., Y has")
        and is not one of a list with the first ("France, Germany and Britain have"), or opens
        the clause of "after", "since" … that ends in the cue."""
        last = found[-1]
        if last is not found[0] and "," not in clause[last.end:] and WHEN_BEFORE.search(clause, 0, last.start) \
                and (FINITE_AFTER.match(clause, last.end) or not clause[last.end:].strip()):  # (right before the cue)
            return last  # "Doe secured the deal after Novak asked Arden to help": the cue's own clause
        comma = clause.rfind(", ")
        aside = SHORT_ASIDE.match(clause, found[0].end)
        if aside and comma == aside.end() - 1:
            return found[0]
        listed = {actor for actor, _ in self._partners(clause, found, found[0], 0)}
        later = [m for m in found if m.start > comma and m.actor not in listed] if comma > found[0].start else []
        return later[0] if later else found[0]

    def _actor_before(self, text: str, at: int, reading: Reading, sentence: Sentence,
                      kind: str = PROPOSAL) -> tuple[str, int, list[tuple[str, int]]] | None:
        """Subject of the cue: the first party that can be a subject in its clause — in what was
        said, when the clause reports speech ("Jones said Smith is willing") — else the sentence's.

        A demand reported with a subject that is no party is the speaker's condition ("X stressed
        that any meeting would require ..."); an offer is not ("told reporters that SAFE is ready").
        Returns the actor, where its name ends, and the parties named together with it."""
        if authors := self._document_authors(text[:at]):
            # "A peace plan drafted by US and Ruritanian officials would require …": each author's,
            # told from the document
            return authors[0], None, [(author, 0) for author in authors[1:]]
        aside = self.document_aside.match(text, 0, at) if self.document_aside else None
        if aside and not self._names_party(aside["head"]):
            # "The plan, drafted by Arden, calls for …" is Arden's; "The plan, described by Arden as
            # close to a Ruritanian initiative, calls for …" is no one's named here
            by = AUTHORED_BY.match(aside["aside"])
            found = [m for m in self.index.find(by["authors"]) if self.is_party(m.actor)] if by else []
            return (found[0].actor, None, [(m.actor, 0) for m in found[1:]]) if found else None
        if (thing := THING_WHICH.search(text, 0, at)) is not None:
            # "a previous Turkish initiative which suggested a truce", "a plan by Turkey that called for":
            # the party whose thing "which" stands for, not the sentence's subject
            at_thing = thing.start("thing")
            named = [replace(m, end=at_thing + m.end) for m in self.index.find(thing["thing"])
                     if self.is_party(m.actor)]
            owner = self._owner(text, thing.start("noun")) if not named else None
            named = named or ([owner] if owner is not None else [])
            if named:
                return named[0].actor, named[0].end, [(m.actor, 0) for m in named[1:] if m.actor != named[0].actor]
        relative = _relative_holding(text, at)
        if relative is None and (open_who := OPEN_WHO.search(text, 0, at)) is not None \
                and not any(self.is_party(m.actor) for m in self.index.find(text[open_who.start():at])):
            relative = open_who  # (not ", who said the Holy See was willing": the Holy See's)
        if relative is not None:
            # ", who had threatened ... if Ruritania ...,": the cue's subject is who "who" is
            found = self._subjects(text[:relative.start()])
            if found and found[-1].end >= relative.start() - 1:
                return found[-1].actor, found[-1].end, []
            # ("spoke with Jane Doe, who confirmed her willingness to …": a preposition's object too)
            named = [m for m in self.index.find(text[:relative.start()]) if self.is_party(m.actor)]
            if named and named[-1].end >= relative.start() - 1:
                return named[-1].actor, named[-1].end, []
            return None
        window = text[:at]
        and_then = AND_THEN.search(window) and TENSED.match(text, at)
        if (COMMA_AND.search(window) or and_then) and not _inside_quote(window):
            # "Novak accused the bloc of …(,) and demanded that …": a second verb of the sentence's
            # subject (without the comma, only when the subject's own first verb is past too)
            head = self.attributor.subject(text)
            if head is not None and head.via != "pronoun" and head.start <= 30 and self.is_party(head.actor) \
                    and (COMMA_AND.search(window) or SUBJECT_PAST.match(text, head.end)):
                return head.actor, at, []
            resolved = reading.subjects.get(sentence.index)
            if head is not None and head.via == "pronoun" and head.start <= 30 and COMMA_AND.search(window):
                # "He warned that …, and called for …": whom "he" stands for; no one if "They" (two
                # people met) stands for no party, never a name read between ("They discussed the
                # meeting between Jane Doe and Jan Novak, which …, and stressed …")
                return (resolved, at, []) if resolved and self.is_party(resolved) else None
        breaks = list(CLAUSE_BREAK.finditer(window))
        clause_at = breaks[-1].end() if breaks else 0
        shared = SHARED_SUBJECT.match(text, clause_at) if breaks else None
        if shared and self.desire and self.desire.match(text, shared.end()) and not _inside_quote(window):
            # "Ruritania was prepared to meet … but wanted Freedonia at the table": with no subject of
            # its own, a verb of wanting goes on with the clause before ("said Ruritania was ready but
            # called on …" is the speaker's act)
            return self._actor_before(text, breaks[-1].start(), reading, sentence, kind)
        # (looking past the window: in ", and European allies backed", the cue is the new clause's verb)
        joined = [m for m in chain(NEW_CLAUSE.finditer(text, clause_at), AND_NEW_CLAUSE.finditer(text, clause_at),
                                   AS_CLAUSE.finditer(text, clause_at))
                  if m.end() <= at and not _inside_quote(window[:m.start()])
                  and not self._listed_before(window, clause_at, m.start())
                  and not (m.re is AND_NEW_CLAUSE and (_joins_names(text, m.start())
                                                       # ("Ruritania and Freedonia agreed": one subject)
                                                       or not TENSED_WORD.search(text, clause_at, m.start())))]
        joined.sort(key=lambda m: m.end())
        if joined and joined[-1].group().lstrip(", ").startswith("with"):
            # ", with Arden offering talks and Ruritania pressing for a truce": each participle its own subject's
            joined += [m for m in AND_ABSOLUTE.finditer(text, joined[-1].end()) if m.end() <= at]
        if joined:
            # "Jane Doe spoke on Monday, and Ruritanian leaders had urged her to ...": the cue's
            # clause has a subject of its own; a party there is the actor, and no one else is
            clause_at = joined[-1].end()
            named = self._subjects(window[clause_at:])
            if not named:
                return None
            chosen = self._pick(window[clause_at:], named)
            return chosen.actor, clause_at + chosen.end, self._partners(window[clause_at:], named, chosen, clause_at)
        # (but "said on Tuesday that Ruritania would ...": after a speech verb, "that" opens what was said)
        openers = [opener for opener in THAT_PARTY.finditer(window, clause_at)
                   if not self.attributor.said_just_before(window[clause_at:opener.start()], 4)
                   # (not ", which Freedonia accepted," closed before the cue: the relative clause is an aside)
                   and not window[opener.end():].rstrip().endswith(",")]
        if openers:
            # "rejected the ceasefire that Ruritania and its allies have demanded": the cue's
            # clause opens at the last "that" when a party follows it at once
            named = self.index.find(window[openers[-1].end():])
            if named and HONORIFIC_GAP.fullmatch(window, openers[-1].end(), openers[-1].end() + named[0].start) \
                    and self.is_party(named[0].actor):
                clause_at = openers[-1].end()
        clause = window[clause_at:]
        verbs = [verb for verb in self.attributor.speech.finditer(clause)
                 if not OBJECT_OF_GERUND.match(text, clause_at + verb.end())]
        if PARTICIPLE_AT.search(window):
            # "Jane Doe declared a pause, pledging to …": a verb with an object and no clause after it
            # reports nothing; the participle is its subject's (not "said Arden was ready, offering …")
            verbs = [verb for verb in verbs if not OBJECT_AFTER.match(clause, verb.end())
                     or TENSED_WORD.search(clause, verb.end(), len(clause))]
        for verb in reversed(verbs):
            reported = clause[verb.end():]
            said = ADDRESSEE_THAT.match(reported)  # "told Roe that Ruritania ...": what was told opens at "that"
            if said is None and verb.group().lower() in TELLING:
                said = TOLD_WHOM.match(reported)  # "told Reuters the group was ready": after whom it was told
            skip = said.end() if said else 0
            found = [replace(m, start=m.start + skip, end=m.end + skip) for m in self._subjects(reported[skip:])]
            if found and AND_THEN.search(reported) and PAST.match(text, at):
                # "X said Ruritania would not withdraw and called on Freedonia to ...": the past
                # tense after "and" goes back to the speaker's "said", not to what Ruritania would
                # do; so too when Ruritania is the speaker's own state ("Jane Doe said Ruritania
                # wanted talks and urged Freedonia to ...": she urged it)
                speaker = self.attributor.speaker_of_verb(text, clause_at + verb.start())
                if speaker is not None and speaker.via != "pronoun" and speaker.end <= clause_at + verb.start() \
                        and (NOT_PAST.match(reported, found[0].end)
                             or self.index[speaker.actor].affiliation == found[0].actor
                             # "said Jane Doe was stalling and called on her to …": not on herself
                             or (OBJECT_PRONOUN.match(text[at:]) and self.index[found[0].actor].kind == "person")):
                    return speaker.actor, at, []
            told = ADDRESSEE_THEN_PRONOUN.match(reported, found[0].end) if found else None
            if told and verb is verbs[-1] and found[0].start - skip <= 1:
                # "Novak told Doe he wanted a ceasefire": whom he told, then "he", the teller
                speaker = self.attributor.speaker_of_verb(text, clause_at + verb.start())
                teller = self._resolve(speaker, reading, sentence)
                entry = self.index.get(teller)
                if entry is not None and entry.kind == "person" and entry.gender in (None, told["pronoun"].lower()) \
                        and speaker.end <= clause_at + verb.start():
                    return teller, at, []
                return None
            if found:
                chosen = self._pick(reported, found)
                start = clause_at + verb.end()
                return chosen.actor, start + chosen.end, self._partners(reported, found, chosen, start)
            own = OWN_COUNTRY.search(reported[skip:]) or (self.own_body and self.own_body.search(reported[skip:]))
            if own and verb is verbs[-1]:
                # "Jane Doe said her country was ready to ...": the state she belongs to, and "a senior
                # official of the movement told the BBC that the group was willing …": her organisation
                speaker = self.attributor.speaker_of_verb(text, clause_at + verb.start())
                person = self._resolve(speaker, reading, sentence)
                entry = self.index.get(person)
                state = entry.affiliation if entry else None
                if entry is not None and entry.kind in ("state", "organisation"):
                    state = person  # "Ruritania's ambassador said his country …": the party itself speaks
                body = self.index.get(state)
                if state and self.is_party(state) and (own.re is OWN_COUNTRY or body.kind == "organisation"):
                    return state, clause_at + verb.end() + skip + own.end(), []
                if own.re is not OWN_COUNTRY:
                    # "Jane Doe said the US would stop bombing the rebels, saying the group had agreed …":
                    # a speaker of no body means the group last named before
                    groups = [m for m in self.index.find(text[:clause_at + verb.start()])
                              if self.index[m.actor].kind in ("group", "organisation") and self.is_party(m.actor)]
                    if groups:
                        return groups[-1].actor, clause_at + verb.end() + skip + own.end(), []
            if verb is verbs[-1]:
                lead = REPORTED_LEAD.match(reported)
                role = self.attributor.anaphor.match(reported, lead.end()) if self.attributor.anaphor else None
                if role:
                    # "Jane Doe said the president wanted …": the president's, not the speaker's
                    speaker = self.attributor.speaker_of_verb(text, clause_at + verb.start())
                    person = self._titled(role.group(), self._resolve(speaker, reading, sentence), reading, sentence)
                    if person is None or not self.is_party(person):
                        return None
                    second = AND_THEN.search(reported) and PAST.match(text, at)  # "had spoken to X and offered"
                    return person, at if second else clause_at + verb.end() + role.end(), []
                pronoun = PRONOUN_SUBJECT.search(reported)
                # ("said in a statement that it was ready": after the words before "that", told from "it")
                after_skip = PRONOUN_SUBJECT.match(reported[skip:]) if skip and not pronoun else None
                pronoun = pronoun or after_skip
                if second_that := list(AND_THAT_PRONOUN.finditer(reported)):
                    pronoun = second_that[-1]  # "said he had spoken to them and that they had agreed to …"
                if not pronoun and kind != DEMAND and AND_THEN.search(reported) and not PERFECT.search(reported):
                    # (but "said the two sides' chiefs had spoken and agreed to …": "had" goes on, theirs)
                    # "Jane Doe said that Europe wanted more pressure and proposed that ...": with no
                    # party in what she said, the cue is her own second verb
                    speaker = self.attributor.speaker_of_verb(text, clause_at + verb.start())
                    if speaker is not None and speaker.via != "pronoun" and speaker.end <= clause_at + verb.start():
                        return speaker.actor, at, []  # told from the cue: "Jane Doe proposed that ..."
                if not pronoun and kind != DEMAND:
                    return None  # "told reporters that SAFE is ready": the subject is no actor
                speaker = self.attributor.speaker_of_verb(text, clause_at + verb.start())
                actor = self._resolve(speaker, reading, sentence)
                if actor and pronoun:
                    head = clause[:verb.start()]
                    # (the speakers' own clause: "Arden's statement came after Ruritania and Freedonia said
                    # they were ready" is theirs, not Arden's)
                    head_at = max((m.end() for m in SUBORDINATOR.finditer(head)), default=0)
                    named = self._subjects(head[head_at:]) if pronoun.group().lower().rstrip().endswith("they") else []
                    if named and (len(named) > 1 or self.index[named[0].actor].kind != "person"):
                        # "Ruritania and Freedonia said they were ready": each of them is
                        return named[0].actor, clause_at + verb.end(), self._partners(
                            head[head_at:], named, named[0], clause_at + head_at)
                    if pronoun.group().lower().rstrip().endswith("they") and self.index[actor].kind == "person":
                        return None  # "Jane Doe said they had agreed to meet": others, whom she names not
                    if AND_THEN.search(reported) and PAST.match(text, at) and speaker.via != "pronoun" \
                            and speaker.end <= clause_at + verb.start():
                        return actor, at, []  # "X said it was wrong … and warned Y against …": told from the cue
                    said_from = second_that[-1].start("pronoun") if second_that else skip if after_skip else 0
                    return actor, clause_at + verb.end() + said_from, []
                if actor and speaker.via != "pronoun" and speaker.end <= clause_at + verb.start():
                    return actor, speaker.end, []  # "Ruritania stressed that any meeting would require ..."
        found = self._subjects(clause)
        if found:
            chosen = self._pick(clause, found)
            return chosen.actor, clause_at + chosen.end, self._partners(clause, found, chosen, clause_at)
        pron = re.search(r"(?i:\b(he|she|they|it)\b)\W*(?:\w+\W+){0,3}$", window[clause_at:])
        subject = reading.subjects.get(sentence.index)
        if pron and pron.group(1).lower() == "it" and clause_at and subject \
                and getattr(self.index.get(subject), "kind", None) == "person":
            # "Jane Doe said Ruritania would not give up its claim, though it is ready to …": "it" is
            # no person, but the state or body last the subject of a clause before
            bodies = [m for m in self._subjects(window[:clause_at]) if self.index[m.actor].kind != "person"]
            if bodies:
                return bodies[-1].actor, clause_at + pron.end(1), []
        if subject and self.is_party(subject):
            head = self.attributor.subject(text)
            if head is not None and self.press and self.press.match(text[head.end:]):
                return None
            if head is not None and POSSESSIVE_AFTER.match(text[head.end:]) and not (
                    self.representatives and self.representatives.match(text[head.end:])):
                return None  # "Ruritania's allies want ...": not Ruritania, unless its leaders
            if head is not None and head.end > at and reading.speakers.get(sentence.index) != subject:
                # "Officials threatened sanctions if Ruritania ...": named after the cue and not
                # the one who says it ("Ruritania demands X, Jane Doe said"), so not its subject
                return None
            if head is not None:  # the sentence's subject, with any parties named together with it
                found = self._subjects(window)
                if found and found[0].actor == subject and found[0].start == head.start:
                    return subject, found[0].end, self._partners(window, found, found[0], 0)
            if pron or clause_at or head is not None:
                end = head.end if head else (clause_at + pron.end(1) if pron else 0)
                # "Ruritania and Freedonia have drawn up a plan. They have demanded that …": both have
                pair = self.pairs.get(False) if pron and pron.group(1).lower() == "they" else None
                if pair and subject in pair:
                    return subject, end, [(pair[1] if pair[0] == subject else pair[0], end)]
                return subject, end, []
        return None

    def _reported_by_other(self, actor: str, trailer: str) -> bool:
        """The trailing attribution names a party other than the actor and its own people: "…
        offered its capital as a venue, Jane Doe said" keeps who said so."""
        own = {actor, self.index[actor].affiliation}
        verb = self.attributor.speech.search(trailer)  # (who said it, not whom they spoke with after)
        return any(self.is_party(m.actor) and m.actor not in own and self.index[m.actor].affiliation not in own
                   for m in self.index.find(trailer[:verb.start()] if verb else trailer))

    def _party_object(self, text: str, at: int) -> bool:
        """The verb at `at` takes a party as its whole object: "supported Ruritania since …", not
        "supported Ruritania's plan" nor "supported Ruritania joining the pact"."""
        rest = text[at:]
        named = self.index.find(rest[:OBJECT_REACH])
        if not named or rest[:named[0].start].strip() or named[0].via != "alias":
            return False  # (a description names the party by a thing of its: "the Ruritanian proposal")
        return self.party_as_object.match(rest, named[0].end) is not None

    def _quote_at(self, sentence: Sentence, offset: int, quotes: list[Attributed]) -> Attributed | None:
        raw = sentence.start + offset
        for quote in quotes:
            if quote.span.start <= raw < quote.span.end:
                return quote
        return None

    def find(self, sentence: Sentence, reading: Reading, quotes: list[Attributed]) -> list[ClaimHit]:
        """At most one fact per actor and sentence: the one its earliest cue makes it."""
        text = sentence.text
        if len(text.split()) < MIN_SENTENCE_WORDS or text.rstrip(" ”’\"'").endswith("?"):
            return []
        possible = [self.patterns[i] for i in self.cue_set.possible(text)]
        cues = sorted(((match.start(), -len(match.group()), kind, family, match)
                       for kind, family, gate in possible for match in gate.pattern.finditer(text)),
                      key=lambda c: c[:2])
        hits: dict[tuple[str, int], ClaimHit] = {}
        ends: dict[tuple[str, int], int] = {}  # where the cue of each hit ends
        threats: list[tuple[int, str | None]] = []  # where each threat starts, and whom it is aimed at
        commentator = self._commentator(text) if cues else None
        # "want Ruritania to agree to ...", "urged Ruritania to offer ...": what is asked of it
        asked = [(match.start(), match.end()) for _, _, kind, family, match in cues
                 if kind == DEMAND and family in ("verbs", "requests") and match.group().endswith("to")]
        # "urged Ruritania to stop stalling and agree to a meeting": a bare verb of asking, then whom
        # and "to", asks as much as "called on Ruritania to" does
        asked += [(match.start(), to.end()) for _, _, kind, family, match in cues
                  if kind == DEMAND and family == "verbs" and not match.group().endswith("to")
                  and (to := OBJECT_TO.match(text, match.end())) is not None]
        # "will only agree to a ceasefire if Freedonia ...": the agreement is the condition's, no offer
        asked += [(match.start(), match.end()) for _, _, kind, family, match in cues
                  if kind == DEMAND and family == "conditions"]
        # ... and so is "would agree to a ceasefire only if ...", the condition after it in the same clause
        # "would have to withdraw and agree to neutrality", "required Freedonia to withdraw and agree to …":
        # a bare verb after "and" is still what is required
        required = [match.start() for _, _, kind, family, match in cues if kind == DEMAND and (
            family == "modals" or (family in ("verbs", "requests") and match.group().endswith("to")))]
        required += [start for start, end in asked if text[end - 2:end] == "to"]
        modal_ends = [match.end() for _, _, kind, family, match in cues if kind == DEMAND and family == "modals"]
        modal_starts = [match.start() for _, _, kind, family, match in cues if kind == DEMAND and family == "modals"]
        only = [match.start() for _, _, kind, family, match in cues
                if kind == DEMAND and family == "conditions" and match.group().lower().startswith("only")]
        relatives = list(RELATIVE_CLAUSE.finditer(text)) if ", wh" in text else []
        # "Arden's demands concerning certain preconditions": a party's demand noun, and what it is about
        owned_nouns = [match.end() for _, _, kind, family, match in cues
                       if family == "nouns" and self._owner(text, match.start()) is not None]
        condition_starts = {match.start() for _, _, kind, family, match in cues if family == "conditions"}
        for _, _, kind, family, match in cues:
            before = text[:match.start()]
            if kind == PROPOSAL and match.start() in condition_starts:
                continue  # "would stop its attacks if Arden would": the step is offered on a condition, asked of Arden
            if family == "nouns" and any(end <= match.start() and NOUN_OBJECT_GAP.fullmatch(text, end, match.start())
                                         for end in owned_nouns):
                continue  # (the preconditions are Arden's demands, not a claim of the sentence's subject)
            if kind == PROPOSAL and any(start < match.start() <= end + 1 for start, end in asked):
                continue
            if kind == PROPOSAL and any(at > match.end() and not re.search(r"[,;]", text[match.end():at])
                                        for at in only):
                continue
            if kind == PROPOSAL and any(0 <= match.start() - end <= 1 for end in modal_ends):
                continue  # "Ruritania must agree to a ceasefire": asked of it, no offer of its own
            if kind == PROPOSAL and family == "verbs" and self.attributor.speech.match(text, match.start()) and any(
                    THAT_PARTY_MODAL.match(text, match.end(), at) and not CLAUSE_BREAK.search(text, match.end(), at)
                    for at in modal_starts if at > match.end()):
                # "suggested that Ruritania should agree to a deal": a demand of it, told by the modal
                # (a verb of saying, so that the modal finds who said it)
                continue
            if kind == PROPOSAL and BARE_AND.search(before) and not INFLECTED.match(match.group()) and any(
                    at < match.start() and not CLAUSE_BREAK.search(text, at, match.start()) for at in required):
                continue
            negated = NEGATION.search(before)
            if negated and not (family == "nouns" and negated.group().lower().startswith("rejected")
                                and _by_agent(text, match)):
                continue  # (but "rejected calls by Ruritania to …" still reports Ruritania's calls)
            if family in ("threats", "conditions") and any(
                    end <= match.start() and not CLAUSE_BREAK.search(text, end, match.start())
                    and not ASKER_GOES_ON.search(text, end, match.start()) for start, end in asked):
                # "European leaders urged Novak to impose sanctions if Ruritania refuses": the condition
                # is part of what is asked of Novak, no threat of his
                continue
            if BARE_AND.search(before) and not INFLECTED.match(match.group()) and ADVISED.search(before):
                continue  # "Arden should offer Freedonia membership and demand that …": advice, both verbs
            if family in ("conditions", "threats", "nouns") and REJECTION.search(before) and not (
                    family == "nouns" and "condition" not in match.group()
                    and (self._owner(text, match.start()) or _by_agent(text, match))):
                # (but "rejected Ruritania's demand that …" reports Ruritania's demand; "rejected Ruritania's
                # conditions for peace" names only what they are for)
                continue  # the cue names what was rejected ("an ultimatum"), not what was asked
            if (kicker := KICKER.match(text)) and match.end() <= kicker.end() and \
                    self.attributor.speech.search(text, kicker.end(), kicker.end() + KICKER_REACH):
                continue  # "Arden offer: Doe said the city was ready …": a live blog's label, then the report
            if family == "nouns" and self.labelled and self.labelled.search(before):
                continue  # "described the document as an ultimatum": what someone called it
            if family == "nouns" and DEMONSTRATIVE_BEFORE.search(before):
                continue  # "Everyone knows about this initiative of the Pope’s": one told before, named again
            if family == "nouns" and NAMED_AS.search(before):
                continue  # "it is the demand of our partners", "this is a demand for capitulation": a label
            if (family == "nouns" or (family == "verbs" and CALLS_NOUN.match(match.group())
                                      and not BARE_AND.search(before))) \
                    and self.received and self.received.search(before) \
                    and self._owner(text, match.start()) is None and not _by_agent(text, match):
                # (and "did not respond to calls for a truce": the plural "calls" is a noun there)
                # ("rejected calls by Ruritania to …" names whose calls they are, as an owner does)
                continue  # "Ruritania will accept the proposal for talks", "not to receive an ultimatum": another's
            if REFUSED_THING.search(before):
                continue  # "does not accept any conditions that would require ...": what is refused
            if family == "nouns" and GIVEN_UP.search(before):
                continue  # "Ruritanian negotiators have dropped a demand that …": no longer a demand
            if NOT_DONE_THING.search(before):
                continue  # "declined to impose the sanctions he had threatened": a past threat, not carried out
            progressive = PROGRESSIVE.search(before) and PARTICIPLE_WORD.match(match.group())  # "has been pushing for"
            noun_like = (NOT_A_VERB.search(before) and not progressive) or (
                " " not in match.group().strip() and not PAST.fullmatch(match.group().strip())
                # ("the Kremlin wants …": a verb of wanting is no noun)
                and not (self.desire and self.desire.fullmatch(match.group().strip()))
                and NOT_A_VERB_QUALIFIED.search(before)  # ("the Ministry demanded" is a verb)
                and not (self.anaphor_before and self.anaphor_before.search(before))) or (
                NOT_A_VERB_ADJECTIVE.search(before) and NOUN_AFTER.match(text, match.end()))
            if family == "verbs" and CALLS_NOUN.match(match.group()) and not noun_like \
                    and (verb := CALLS_AFTER_VERB.search(before)) is not None \
                    and not self.attributor.speech.fullmatch(verb["verb"]) \
                    and not (self.voicing and self.voicing.match(before, verb.start("verb"))):
                continue  # (but "renewed calls for", "issued fresh calls for": the subject calls for it)
            owned_call = family == "verbs" and noun_like and (self._owned_call(text, match) is not None or (
                # "Jane Doe reiterated her call for …": the call she voices is hers
                " " in match.group().strip() and OWN_CALL.search(before) is not None
                and self._voiced(text, match.start(), reading, sentence) is not None))
            if family == "verbs" and noun_like and not _by_agent(text, match) and not owned_call and not (
                    PASSIVE_BEFORE.search(before) and self._source_lead(text)):
                continue  # "Ruritania's demands", "the call for", "was asked to": a noun or a passive
            # (but "accused the EU of stalling and demanded that ...": a verb of the accuser's own)
            own_verb = bool(AND_THEN.search(before)) and bool(TENSED.match(text, match.start()))
            if family not in ("conditions", "threats") and self.hedge and self.hedge.search(before) and not own_verb:
                continue  # "is unlikely to offer", "asks whether he will agree": not a position taken
                # (but "said it was wrong to expect results and warned X against …" is one)
            if kind == PROPOSAL and self.belief and self.belief.search(before) and \
                    self._quote_at(sentence, match.start(), quotes) is None:
                continue  # "Jane Doe believes Ruritania is ready for compromises": her belief
            if self.hypothetical and self.hypothetical.search(before) and not own_verb:
                continue  # "even if ...", "accused the EU of … threatening sanctions": no one's position
            if family not in ("conditions", "threats") and IN_CONDITION.search(before):
                continue  # "warned that if Ruritania kept making demands, …": a supposition, not a position
            if self._speculative(before) and self._quote_at(sentence, match.start(), quotes) is None:
                continue  # "I doubt Ruritania will agree to ...": the writer's guess
            if kind == PROPOSAL and len(re.findall(r"[\w’'-]+", text[match.end():])) < 2 and \
                    not READY_FOR.search(match.group()) and not DEMANDED_THING.search(text, 0, match.start()):
                # ("ready for a prisoner exchange." names it, and so does "the ceasefire that Ruritania
                # has pushed for.")
                continue  # "ready to deliver.": nothing said about what is offered
            if kind == PROPOSAL and family == "nouns" and BARE_NOUN_ASIDE.match(text, match.end()) \
                    and match.group()[-1:].isalnum():
                continue  # ", described as identical to a recent Arden initiative, calls for …": named, not told
            if kind == PROPOSAL and NOTHING.match(text, match.end()):
                continue  # "offered no sign that ...": nothing offered
            if kind == PROPOSAL and family == "verbs" and match.group().strip().lower() in self.siding \
                    and self._party_object(text, match.end()):
                continue  # "backed Ukraine in its fight", "welcomed Jane Doe to the capital": a side, a guest
            if kind == PROPOSAL and family == "verbs" and PRONOUN_OBJECT.match(text, match.end()):
                continue  # "talks since Novak proposed them last month": what was proposed goes unsaid here
            if kind == PROPOSAL and " " not in match.group().strip() and CLAUSE_ENDS.match(text, match.end()) and \
                    not DEMANDED_THING.search(text, 0, match.start()):
                continue  # "The city has offered, and we are grateful": what is offered goes unsaid
            clause = len(CLAUSE_BREAK.findall(before))  # "supported X but insisted Y": two facts
            # ... and "Ruritania, which wants sanctions lifted, said any deal must …": the relative
            # clause's want and the main clause's demand are two
            clause += sum(1 for relative in relatives if relative.end() <= match.start())
            # ... and so is a relative clause running to the cue: "talks with Jane Doe, who said she was open to …"
            clause += 1 if ", wh" in text and OPEN_WHO.search(text, 0, match.start()) and not any(
                relative.start() < match.start() < relative.end() for relative in relatives) else 0
            # ... and "urged both sides to show restraint and said it was ready to mediate" too
            said_again = [joint for joint in AND_SAYING.finditer(before)
                          if self.attributor.speech.match(before, joint.end())
                          and not _inside_quote(before[:joint.start()])]
            clause += len(said_again)
            # "was ready for talks and urged Ruritania to ...": an offer, then a demand of its own (and
            # "called on both sides to keep talking and proposed that …": a demand, then an offer)
            second_verb = family in ("verbs", "requests") and own_verb and not _by_agent(text, match)
            for hit in self._hits(kind, family, match, sentence, reading, quotes):
                if family == "requests" and hit.target is None and not self._asks_group(text, match, hit.actor) \
                        and not CONTENT_ASKED.match(text, match.end()):
                    # "called for dialogue to resolve the conflict": asks nothing of a party (an offer),
                    # "wants the war to end": a wish; but "wanted both sides to …" asks them
                    continue
                second = said_again[-1] if said_again else None  # (when the summary spans it)
                if second and second.group() + text[second.end():match.start()] in hit.summary and self._resolve(
                        self.attributor.speaker_of_verb(text, second.end()), reading, sentence) == hit.actor:
                    # "… and emphasized: “We must …”": told from the second statement, not the first
                    hit = replace(hit, summary=self.summarise(hit.actor, text, second.end(), match.end(),
                                                              cue_start=match.start(), kind=kind))
                if commentator and hit.actor != commentator:
                    continue  # "Novak wants a summit ..., said Holt": an analyst's reading, not Novak's offer
                if any(c == clause and h.target == hit.actor and h.actor != hit.actor
                       and not (h.kind == PROPOSAL and OWNED_BEFORE.search(text, 0, match.start()))
                       for (_, c), h in hits.items()):
                    # "insisted that Ruritania agree to ...": what is asked of Ruritania, not its offer
                    # (but "endorsed Ruritania's proposal for …" leaves the proposal Ruritania's own)
                    continue
                known = hits.get((hit.actor, clause))
                if second_verb and known is not None and known.kind != kind and (hit.actor, clause + 1) not in hits:
                    joint = AND_THEN.search(before)  # told from its own verb: "Ruritania urged Freedonia to ..."
                    summary = self.summarise(hit.actor, text, joint.end(), match.end(), cue_start=match.start(),
                                             kind=kind)
                    hits[(hit.actor, clause + 1)] = replace(hit, summary=summary)
                    ends[(hit.actor, clause + 1)] = match.end()
                    continue
                if known is None:
                    hits[(hit.actor, clause)] = hit
                    ends[(hit.actor, clause)] = match.end()
                elif (known.target is None and hit.target is not None and hit.kind == known.kind == DEMAND
                      and not NEW_CLAUSE.search(text, ends[(hit.actor, clause)], match.start())):
                    # "setting out its conditions for ending the war, demanding that Freedonia cede
                    # ...": the same demand, whose later cue names of whom it is made (a later
                    # proposal cue is more often a second proposal: "and suggested Geneva as venue")
                    hits[(hit.actor, clause)] = replace(known, target=hit.target)
                if family == "threats" and hit.kind == DEMAND:
                    threats.append((match.start(), hit.target))
        for key, known in hits.items():
            # "called for new sanctions against Ruritania if it refuses a ceasefire": a measure proposed
            # on a condition the other side must meet is a threat, so a demand of it; so for each party
            # proposing it ("said Arden and Freedonia would push for sanctions unless …")
            held = [target for at, target in threats if known.kind == PROPOSAL and at >= ends[key]
                    and not re.search(r"[,;:]", text[ends[key]:at]) and not SECOND_VERB.search(text, ends[key], at)
                    and (_new_clause(text, ends[key]) or len(text)) > at]  # (not "… and Arden would impose …")
            if held:
                hits[key] = replace(known, kind=DEMAND, target=held[0] or known.target)
        return sorted(hits.values(), key=lambda h: (h.kind, h.actor, h.cue))

    def _speculative(self, before: str) -> bool:
        """The writer guesses ("I doubt ..."), unless what follows reports someone ("... Ruritania says")."""
        guesses = list(self.speculation.finditer(before)) if self.speculation else []
        return bool(guesses) and not self.attributor.speech.search(before, guesses[-1].end())

    def _commentator(self, text: str) -> str | None:
        """The media actor (journalist, analyst) whose words the sentence reports, if any.

        Outside quotation marks, "..., said Holt" or "..., the analyst Holt says" makes the
        whole sentence that commentator's reading of events."""
        verbs = [v for v in self.attributor.speech.finditer(text) if not _inside_quote(text[:v.start()])]
        if not verbs:
            return None
        verb = verbs[-1]
        near = [m for m in self.index.find(text) if 0 <= verb.start() - m.end <= 3
                or 0 <= m.start - verb.end() <= 5]
        for mention in near:
            entry = self.index.get(mention.actor)
            if entry is not None and entry.kind == "media":
                return mention.actor
        return None

    def _hits(self, kind: str, family: str, match: re.Match, sentence: Sentence, reading: Reading,
              quotes: list[Attributed]) -> list[ClaimHit]:
        """The claim a cue makes: its actor's, then one for each party named together with it."""
        text = sentence.text
        if family == "modals" and LEAD_ONLY_MODAL.fullmatch(match.group()) and not (
                self.plan_lead and self.plan_lead.match(text) and self._source_lead(text) is not None):
            return []  # "Freedonia would withdraw" is a forecast, unless a party's plan opens the sentence
        quote = self._quote_at(sentence, match.start(), quotes)
        summary_from = None
        clause_from = 0  # where a summary that does not open with the actor's name starts
        owned = False  # the cue is "its demands": told with the actor's name for "its"
        received_as = None  # where the label a receiver gave the owned cue begins
        voicer = None  # who voices an owned stance noun, found with its owner
        partners: list[tuple[str, int]] = []
        # (a passive in a quote, "this memorandum, supported by both countries, would …", is told
        # from its agent, as outside one)
        if quote is not None and not (family == "verbs" and _by_agent(text, match)):
            if not quote.speaker or not self.is_party(quote.speaker):
                return []
            actor = quote.speaker
            partners = [(signatory, 0) for signatory in quote.also]  # a joint statement's other signatories
            said_before = text[max(0, quote.span.start - sentence.start):match.start()]
            # ("They differ on the modalities: Ruritania demands …": a party names its own clause)
            colon = max(said_before.rfind(": "), said_before.rfind("; "))
            if THIRD_PERSON_LEAD.match(said_before) and not FIRST_PERSON.search(said_before) \
                    and not (colon >= 0 and self._subjects(said_before[colon + 2:])):
                return []  # "They call for ...", says the speaker: someone else's position
            named = self._subjects(said_before) if (kind == PROPOSAL or family in ("verbs", "nouns")) \
                and family != "modals" else []
            if named and not FIRST_PERSON.search(said_before):
                actor = named[0].actor  # "“The city ... would be interested in hosting”", said X
                # ("“Ruritania and Freedonia have agreed to a ceasefire,” X said": both have)
                partners += self._partners(said_before, named, named[0], quote.span.start - sentence.start)
            opens = quote.span.start - sentence.start
            if opens > 0 and family != "modals":  # 'X said the city, „as represented by its mayor, would host ...'
                # (but 'X said that Ruritania “must withdraw”' asks it of Ruritania: the modal's target)
                lead = text[:opens]
                verbs = list(self.attributor.speech.finditer(lead))
                # ('The city “has stated that it would host …,” X added': with no verb before the quote,
                # what comes before it is the quoted clause's subject)
                reported = CONDITION_LEAD.sub("", lead[verbs[-1].end():]) if verbs else LEAD_BULLET.sub("", lead)
                if THAT_QUOTED.search(reported):
                    reported = ""  # 'Arden's statement that “Ruritania is ready …”': said by Arden, of Ruritania
                reported = INSERTION.sub(" ", reported)  # "the city, represented by its mayor, “would ...”"
                named = self._subjects(reported) if len(reported.split()) <= 6 else []
                if named:
                    actor = named[0].actor
            if opens > 0 and QUOTE_INTRO.search(text, 0, opens):
                # "On Monday, Ruritanian Prime Minister Jane Doe wrote: “…”": told from her name
                verbs = list(self.attributor.speech.finditer(text, 0, opens))
                speaker = self.attributor.speaker_of_verb(text, verbs[-1].start()) if verbs else None
                if speaker is not None and speaker.via != "pronoun" and speaker.actor == actor \
                        and speaker.end <= verbs[-1].start():
                    summary_from = speaker.end
            # "“… pressure on Ruritania to agree …”", "“If Ruritania isn't willing …”": the cue names whom it asks
            named_in_cue = family in ("requests", "threats")
            target = self._modal_target(text, match, actor, kind, reading.subjects.get(sentence.index)) \
                if family == "modals" else \
                self._targets_after(text, match.start() if named_in_cue else match.end(), actor, kind)
            if family == "modals" and target is None and FIRST_PERSON_MODAL.search(text[:match.start()]):
                return []  # "we have to work hard": a resolve of one's own, asked of no one
        elif family in ("modals", "conditions", "threats"):
            # (not "had agreed to a ceasefire or that Arden would impose …": "agreed to" says nothing)
            verbs = [v for v in self.attributor.speech.finditer(text[:match.start()])
                     if not VERB_TO.match(text, v.end())]
            actor = None
            if verbs:
                mention = self.attributor.speaker_of_verb(text, verbs[-1].start())
                actor = self._resolve(mention, reading, sentence)
                if mention is not None and mention.via == "pronoun" and actor is not None:
                    # "Jane Doe said she had told John Roe that … must …": told from where she is named
                    earlier = (self.attributor.speaker_of_verb(text, v.start()) for v in verbs[:-1])
                    named = [m for m in earlier if m is not None and m.via != "pronoun" and m.actor == actor]
                    if named:
                        summary_from = named[0].end
                if mention is not None and mention.via != "pronoun":
                    summary_from = mention.end
                    said = self.index.find(text[verbs[-1].end():match.start()])
                    if said and said[0].actor == actor and ADDRESSEE_GAP.fullmatch(text, verbs[-1].end(),
                                                                                    verbs[-1].end() + said[0].start):
                        # "the Kremlin said Russia would …": "Russia would …"
                        summary_from = verbs[-1].end() + said[0].end
            if family == "threats" and verbs and THREAT_VERB.match(match.group()):
                # a verb of threatening has its own subject: "Greece said Turkey threatened to close the
                # strait" is Turkey's threat; "he said the provisions threaten the country with war" no one's
                reported = REPORTED_LEAD.sub("", text[verbs[-1].end():match.start()])
                # (not "said the deal was historic and warned that …": the speaker's own second verb)
                if reported.strip() and not AND_THEN.search(reported):
                    named = [m for m in self._subjects(reported) if self.is_party(m.actor)
                             and THREATENER_GAP.fullmatch(reported, m.end)]
                    if named:
                        actor, summary_from = named[0].actor, match.start() - len(reported) + named[0].end
                    elif not (PRONOUN_WORD.search(reported) or self.party_word.search(reported)):
                        return []
            if actor is None and sentence.index in reading.leads:
                actor = reading.leads[sentence.index]  # an item of the list "Jane Doe set out her terms:"
            if actor is None:
                actor = self._source_lead(text)  # "Under the Ruritanian memorandum, Freedonia would have to …"
            if actor is None:
                actor = self._attributed_after(text, match.end(), reading, sentence)
            if actor is None and family == "modals":
                return []  # "X will have to ..." in the reporter's voice is a prediction, not a demand
            if actor is None:
                found = self._actor_before(text, match.start(), reading, sentence, kind)
                if found is None:
                    return []
                actor, summary_from, partners = found
                if family == "conditions" and found[1] is not None and OBLIGED.match(text, found[1]):
                    # "(the draft says) Ruritania must withdraw … as a condition for signature": the
                    # condition is asked of Ruritania, by whoever sets it, not Ruritania's own
                    return []
            # (a venue put forward, "could be hosted by Arden", is offered to no one: Arden only hosts)
            target = (self._modal_target(text, match, actor, kind, reading.subjects.get(sentence.index))
                      if kind == DEMAND else None) if family == "modals" \
                else self._targets_after(text, match.start(), actor, kind)
            if family == "conditions" and (subject := self._named_subject_after(text, match.end(), actor)):
                target = subject  # "will withdraw from northern Arden only if Ruritania ends its blockade"
            if target is None and family in ("conditions", "threats"):
                target = self._condition_subject(text, match, actor)
        else:
            passive = _by_agent(text, match)
            if passive:
                rest = text[passive.start():]
                after = [m for m in self.index.find(rest) if self.is_party(m.actor)]
                by_end = passive.end() - passive.start()
                # ("proposed by the United States", and "by Ruritanian President Jane Doe": her title first)
                if not after or (after[0].start > by_end + 4 and not (
                        self.index[after[0].actor].kind == "person"
                        and self.attributor.title_words(rest[by_end:after[0].start]))):
                    return []
                actor = after[0].actor
                if len(after) > 1 and self.index[actor].kind != "person" and \
                        self.index[after[1].actor].kind == "person" and \
                        self.attributor.title_words(rest[after[0].end:after[1].start]):
                    actor = after[1].actor  # "put forward by US envoy Jane Doe": hers, not her state's
                elif len(after) > 1 and AGENTS_JOINED.fullmatch(rest, after[0].end, after[1].start):
                    # "proposed by Ruritania and Freedonia": each of them
                    partners = [(after[1].actor, match.start())]  # (told like its first agent)
                # "Freedonia was urged by Ruritania to …": asked of the passive's subject
                target = self._target_before(text, match.start(), actor) if kind == DEMAND else None
                clause_from = self._clause_start(text, match.start())
                # ("the ceasefire proposed by Arden and supported by Ruritania": what both did it to)
                joined = EARLIER_PASSIVE.search(text, clause_from, match.start())
                phrase = PHRASE_BEFORE.search(text, clause_from, joined.start() + 1 if joined else match.start())
                if phrase and not text[:phrase.start()].rstrip().endswith(","):
                    # "… ended without the ceasefire sought by Ruritania": told from what is sought
                    # (not ", a call backed by Ruritania": the call is what comes before)
                    clause_from = phrase.start()
            elif (owner := self._owner(text, match.start()) if family == "nouns" else
                    self._owned_call(text, match) if family == "verbs" else None) is not None and not (
                    voicer := self._voiced(text, owner.start, reading, sentence, True)):
                # "to refer to Ruritania's demands that Freedonia ...", "rejected the Ruritanian
                # demand for ...": the demands are Ruritania's, whoever the sentence is about and
                # whoever received them; told from the owner's name
                actor, clause_from = owner.actor, owner.start
                target = self._targets_after(text, match.start(), actor, kind)
                if target is None and IT_ASKED.match(text, match.end()) and self.receiver \
                        and self.receiver.search(text, 0, owner.start):
                    # "Ruritania rejected Freedonia's demand that it withdraw": "it" is who received it
                    head = self.attributor.subject(text)
                    if head is not None and head.via != "pronoun" and head.end <= owner.start \
                            and head.actor != actor and self.index[head.actor].kind != "person" \
                            and self.is_party(head.actor):
                        target = head.actor
                received_as = self.receiver and self.receiver.search(text, 0, owner.start) and \
                    LABELLED_AS.search(text, match.end())
            elif family == "verbs" and (aux := PASSIVE_BEFORE.search(text, 0, match.start())) \
                    and (lead := self._source_lead(text)) is not None:
                # "Under the Ruritanian plan, Freedonia is required to disarm": the plan's party asks it
                actor, target = lead, self._target_before(text, aux.start(), lead)
            else:
                # ("Jane Doe expressed Ruritania's readiness to …": the one who voices it, for the owner)
                # ("Jane Doe reiterated Ruritania's call for …" too)
                found = voicer or (self._voiced(text, match.start(), reading, sentence)
                                   if family == "nouns" or OWN_CALL.search(text, 0, match.start()) else None)
                pair = self._pair_subject(text, match.start()) if not found else None
                if pair is None and not found and family == "nouns":
                    # "both sides expressed readiness to …": the pair before the verb that voices it
                    verb = VOICED.search(text, 0, match.start())
                    if verb is not None and self.voicing and self.voicing.fullmatch(verb.group("verb")):
                        pair = self._pair_subject(text, verb.start("verb"))
                if pair is not None:
                    # "… met on Friday: both sides agreed to a prisoner exchange": each of the two
                    (actor, other), clause_from = pair
                    found = (actor, None, [(other, match.start())])
                if not found and DUMMY_IT.match(match.group()):
                    # "Jane Doe said it would be great for Ruritania and Freedonia to hold talks": hers
                    verbs = list(self.attributor.speech.finditer(text, 0, match.start()))
                    mention = self.attributor.speaker_of_verb(text, verbs[-1].start()) if verbs else None
                    speaker = self._resolve(mention, reading, sentence)
                    if speaker is not None:
                        found = (speaker, mention.end if mention.via != "pronoun" else None, [])
                found = found or self._actor_before(text, match.start(), reading, sentence, kind)
                if found is None:
                    return []
                if family == "nouns" and self._topic_before(text, match.start(), found[0]):
                    return []  # "agreed to draw up a Ukraine peace plan": a plan for Ukraine, not Ukraine's
                actor, summary_from, partners = found
                own = OWN_NOUN.search(text, 0, match.start()) if family == "nouns" else None
                if own and not partners and self.index[actor].kind != "person":
                    # "a phrase the Kremlin uses for its demands that …": told from "its demands"
                    summary_from, clause_from, owned = None, own.start("own"), True
                # "called on Ruritania to ...": the addressee can sit inside the cue itself
                target = self._targets_after(text, match.start(), actor, kind)
        if not self.is_party(actor):
            return []
        if family == "modals" and target is None and ADVICE.match(match.group()) and not (
                self.addressee_subject and self.addressee_subject.search(text, 0, match.start())
                and not TWO_SIDES.search(text, 0, match.start())):
            # "said the two sides should keep talking": advice to no one in particular (but
            # "said Western countries should stop arming Freedonia" asks them, as "must" would)
            return []
        if kind == DEMAND and family in ("verbs", "requests") and self._asks_public(text, match):
            return []  # "urged the public to remain calm", "called on residents to leave": no party is asked
        group = kind == DEMAND and self._asks_group(text, match)
        if group:
            target = None  # "urged partners to increase pressure on Ruritania": asked of the partners
        elif ((family == "verbs" and ASKS_OF.match(match.group())) or family == "requests") and \
                not (target is not None and _by_agent(text, match)):  # ("was asked by Arden to": its subject)
            # "told the Europeans to keep up pressure on Ruritania": told whom the cue names, and
            # "told them not to count on ...": an instruction to no party in the talks; so too
            # "called for a tougher response to Ruritanian sabotage": no party is asked
            target = self._targets_after(text[:match.end()], match.start(), actor, kind)
            if target is None and family != "requests":
                return []
        if summary_from is not None and summary_from > match.start():
            summary_from = None  # "Ruritania demands X, President Doe said": keep what is demanded
        elif summary_from is not None and (again := PRONOUN_SUBJECT_BEFORE.search(text, summary_from, match.start())) \
                and not self.attributor.speech.search(text, summary_from, again.start()):
            # "although Ruritania disagreed with the plan, it was ready to …": told from "it", which
            # is the actor named in the clause before ("Ruritania was ready to …"; but "Jane Doe said
            # that if Ruritania agreed, she was ready to …" keeps all she said)
            summary_from = again.end("pronoun")
        partners = [(p, end) for p, end in partners if self.is_party(p) and p != target and end <= match.start()]
        if partners and summary_from is not None:
            # Each party's fact reads "X urged ...": what follows the whole list of names
            listed = max(end for _, end in partners)
            rest = text[listed:match.start()]  # (", and Ana Silva": the list's unlisted last name)
            whole_list = rest.strip() in ("", ",") or LIST_ENDS_WITH_OTHER.fullmatch(rest) or (
                self.list_ends_with_group and (end := self.list_ends_with_group.match(rest))
                and not rest[end.end():].strip())
            summary_from = match.start() if whole_list else listed
        rest = re.sub(r"^\w*", "", text[match.end():])
        told = text  # what the summary is told from
        if received_as:  # "dismissed Ruritania's proposal for talks as a stunt": not the label it got
            told = text[:received_as.start()].rstrip(" ,;:") + "."
            rest = re.sub(r"^\w*", "", told[match.end():])
        relative = _relative_holding(text, match.start())
        who = RELATIVE_WHO.match(relative.group()) if relative is not None else None
        if who and summary_from is not None and summary_from <= relative.start() + 1:
            # "Jane Doe, who has threatened to walk away if …, said …": told from the relative clause
            told = text[:relative.end() - 1].rstrip(" ,;:") + "."
            summary_from = relative.start() + who.end()
            rest = re.sub(r"^\w*", "", told[match.end():])
        elif summary_from is not None and (open_who := OPEN_WHO.search(text, 0, match.start())) is not None \
                and summary_from <= open_who.start() + 1:
            summary_from = open_who.start() + RELATIVE_WHO.match(open_who.group()).end()  # "…, who confirmed …"
        participle = PARTICIPLE.match(rest)
        # (a condition closing the sentence, "… would use force if diplomacy failed.", is itself what is said)
        # (and "was ready for a prisoner swap." names what is offered within the cue)
        whole_in_cue = (family in ("conditions", "threats") and not match.group().lower().startswith("threaten")) \
            or bool(READY_FOR.search(match.group()))
        if (not rest.strip(" .,;:!?\"”’'") and not whole_in_cue) or NEW_CLAUSE.match(rest) or participle or (
                self.time_only and not whole_in_cue and self.time_only.fullmatch(rest)) or (
                not whole_in_cue and CLAUSE_ENDS.match(rest)):  # "… that Ruritania had offered, and talks began"
            # "the ceasefire that Ruritania has demanded.": what is demanded comes before the cue
            # (also when another clause follows: "..., and Jane Doe said ...", or a participle
            # telling what the sentence's subject did: "..., saying only that ...")
            summary_from, clause_from = None, 0
            if participle:
                told = text[:len(text) - len(rest)].rstrip(" ,;:") + "."
            if (demanded := DEMANDED_THING.search(text, 0, match.start())) is not None:
                clause_from = demanded.start()  # "… would agree to the ceasefire that Ruritania has demanded"
        relative = RELATIVE_CUE.search(text, 0, match.start()) if not clause_from else None
        if relative and (summary_from is None or summary_from > relative.start()):
            # "This refers to the regions of …, which Ruritania has demanded …": told from the regions
            phrases = list(re.finditer(_NOUN_PHRASE_START, text[:relative.start()]))
            if phrases:
                summary_from, clause_from = None, phrases[-1].start()
        if summary_from is not None and (tag := NAME_TAG.match(told, summary_from)):
            # "Jane Doe, R-Arden, has pressed for": told without her party and state (but keeping the
            # comma that opens an aside: "Jane Doe, R-Arden, who has …, said")
            summary_from = tag.end() - (told[tag.end() - 1] == "," and bool(OPEN_ASIDE.match(told, tag.end())))
        summary = self.summarise(actor, told, summary_from, match.end(), clause_from, match.start(), kind)
        if owned and summary.startswith(("Its ", "Their ")):
            name = self.index[actor].name
            summary = _possessive(name) + summary.split(" ", 1)[1]
        name = self.index[actor].name
        if (thanked := THANKED_FOR.match(summary, len(name))) and summary.startswith(name):
            # "thanked Jane Doe for her offer to host talks": "Jane Doe’s offer to host talks"
            summary = _possessive(name) + summary[thanked.end():]
        if summary.startswith(name + " (") and (aside := NAME_TAG.match(summary, len(name))):
            summary = name + summary[aside.end():]  # "Jane Doe (R-Arden) said": the party and state she sits for
        teller = self.index.get(reading.subjects.get(sentence.index))
        if (lead := OPENING_PRONOUN.match(summary)) and teller is not None and teller.id != actor \
                and teller.kind == "person":
            summary = teller.name + summary[lead.end():]  # "He also said the city would host …": who said it
        if partners or self.index[actor].kind in ("state", "organisation"):
            summary = self._singular(actor, summary)  # ("they were ready", told of the G7: "G7 was ready")
        pronoun = OBJECT_PRONOUN.match(text[match.start():])
        if pronoun and target and self.index[target].kind == "person":
            # "called on him to agree": whom "him" stands for, as the target says
            asked = text[match.start():match.start() + pronoun.end()]
            summary = summary.replace(asked, asked[:pronoun.start(1)] + self.index[target].name, 1)
        hits = [ClaimHit(kind, actor, target, summary, sentence, match.group())]
        for partner, _ in partners:
            # (told from the same place: "a proposal put forward by Arden and Ruritania" is one phrase for both)
            summary = self.summarise(partner, told, summary_from, match.end(), clause_from, match.start(), kind)
            hits.append(ClaimHit(kind, partner, target, self._singular(partner, summary), sentence, match.group()))
        return hits

    def _titled_institution(self, text: str, start: int, body: str) -> str | None:
        """The text from an institution named by its state's adjective ("the Ruritanian Foreign
        Ministry") when a title follows it ("head", "spokeswoman"), else None."""
        if not TITLE_AFTER.match(body) or not self.attributor.role_word.match(body.lstrip()):
            return None
        own = [m for m in self.index.find(text[:start]) if m.end == start and m.via == "description"]
        return text[own[-1].start:start] + body if own else None

    def _singular(self, actor: str, summary: str) -> str:
        """"France and Germany are pushing for …" told of France alone: "France is pushing for …"."""
        name = self.index[actor].name
        if not summary.startswith(name + " "):
            return summary
        rest = summary[len(name) + 1:]
        verb = PLURAL_VERB.match(rest)
        if verb:
            rest = SINGULAR[verb.group(1)] + rest[verb.end(1):]
            # "Arden and Freedonia have both called on …", told of one: "… has called on …"
            rest = JOINTLY.sub(r"\g<verb> ", rest, count=1)
        if verb and self.index[actor].kind in ("state", "organisation"):
            # "Arden and Freedonia have said they are open to talks", told of one: "… has said it is open"
            # (only after a plural verb: in "Ruritania says they must withdraw", "they" are others)
            said = THEY_SAID.match(rest)
            if said:
                aux = SINGULAR.get(said["aux"], said["aux"])
                rest = f"{rest[:said.start('they')]}it {aux}{rest[said.end('aux'):]}"
        return f"{name} {rest}"

    def _voiced(self, text: str, at: int, reading: Reading, sentence: Sentence,
                voicing_only: bool = False) -> tuple[str, int, list[tuple[str, int]]] | None:
        """Who voices the noun cue at `at` as the object of a speech verb ("Jane Doe signalled
        openness to …", "expressed its readiness to …"): the speaker, whose act it is.
        `voicing_only`: only after a verb of voicing a stance, as before another party's name
        ("expressed Ruritania's readiness", where "criticised Ruritania's demands" is no voicing)."""
        verb = VOICED.search(text, 0, at)
        if verb is None or not ((not voicing_only and self.attributor.speech.fullmatch(verb.group("verb"))) or (
                self.voicing and self.voicing.fullmatch(verb.group("verb")))):
            return None
        speaker = self.attributor.speaker_of_verb(text, verb.start("verb"))
        named = [m for m in self.index.find(text[:verb.start("verb")]) if self.is_party(m.actor)]
        if named and RIGHT_BEFORE_VERB.fullmatch(text, named[-1].end, verb.start("verb")):
            speaker = named[-1]  # "… and that Arden had expressed interest in …": Arden
        actor = self._resolve(speaker, reading, sentence)
        if actor is not None and speaker is not None and speaker.via == "pronoun" \
                and reading.subjects.get(sentence.index) == actor and SUBJECT_TITLE.match(text):
            # "The president reiterated his call for …", "He expressed readiness to …": whom the
            # title or pronoun stands for, told from its name
            pronoun = re.match(r"(?:He|She)\b", text)
            return actor, speaker.end if speaker.end else (pronoun.end() if pronoun else None), []
        if actor is None or speaker.via == "pronoun" or speaker.end > verb.start("verb"):
            return None
        second = AND_THEN.search(text[:verb.start("verb")])  # "emphasised that … and expressed readiness to …"
        return actor, verb.start("verb") if second else speaker.end, []

    def _names_party(self, phrase: str) -> bool:
        """Whether a phrase names a party, by name or by its adjective ("the Ruritanian memorandum")."""
        return any(self.is_party(m.actor) for m in self.index.find(phrase)) or (
            self.adjective is not None and any(self.is_party(self.adjective_owner[m.group()])
                                               for m in self.adjective.finditer(phrase)))

    def _document_authors(self, window: str) -> list[str]:
        """The parties that wrote the document a clause opens with ("A plan drafted by US and
        Ruritanian officials would …"), in the order named; none if it opens otherwise."""
        match = None
        for pattern in (self.document_by, self.document_made):
            if pattern is not None and (match := pattern.match(window)) is not None:
                break
        if match is None:
            return []
        authors = match["authors"]
        found = [(m.start, m.actor) for m in self.index.find(authors) if self.is_party(m.actor)]
        found += [(at.start(), entry.id) for entry in self.index.entries.values() if entry.kind == "state"
                  for adjective in entry.adjectives if (at := whole_word(adjective).search(authors))]
        return list(dict.fromkeys(actor for _, actor in sorted(found)))

    def _source_lead(self, text: str) -> str | None:
        """The party whose document or word opens the sentence ("Under Ruritania's plan, …",
        "According to the Ruritanian memorandum, …", "According to Ruritania, …"): what the
        sentence goes on to require is that party's demand."""
        if (position := POSITION_LEAD.match(text)) is not None:
            # "Greece's position is clear: Turkey must withdraw": the party whose position it is
            named = self.index.find(position["owner"])
            return named[-1].actor if named and named[-1].end == len(position["owner"]) \
                and self.is_party(named[-1].actor) else None
        lead = SOURCE_LEAD.match(text)
        if lead is None:
            return None
        comma = text.find(",", lead.end())
        if comma < 0:
            return None
        phrase = MADE_BY.sub("", text[lead.end():comma])  # "the US-brokered plan": the US plan
        named = self.index.find(phrase)
        if not named or named[0].start > 4 or not self.is_party(named[0].actor):
            return None  # "Under the plan, …": no one's in particular
        rest = phrase[named[0].end:]
        if rest.strip() and not (self.representatives and self.representatives.match(rest)):
            return None  # "According to Ruritania's allies, …": not Ruritania's word
        return named[0].actor

    def _titled(self, anaphor: str, speaker: str | None, reading: Reading, sentence: Sentence) -> str | None:
        """Whom "the president" in what `speaker` said stands for: the last subject or speaker
        read before with that title, of the speaker's own side (a press secretary's "the
        president" is her president, whoever was named last); no one when the speaker is unknown."""
        entry = self.index.get(speaker)
        side = (entry.affiliation if entry.kind in ("person", "media") else entry.id) if entry else None
        if side is None:
            return None
        history = [actor for index in range(sentence.index) for actor in
                   (reading.subjects.get(index), reading.speakers.get(index))
                   if actor and self.index[actor].affiliation == side]
        return resolve_title(anaphor.split(None, 1)[1], self.attributor, history)

    def _resolve(self, mention: Mention | None, reading: Reading, sentence: Sentence) -> str | None:
        if mention is None:
            return None
        if mention.via == "pronoun":
            return reading.subjects.get(sentence.index) or reading.speakers.get(sentence.index)
        return mention.actor

    def _topic_before(self, text: str, at: int, actor: str) -> bool:
        """Whether `actor` is a state named by its bare name right before the noun cue at `at`, after
        an article: "a Ukraine peace plan" is about Ukraine (its owner would be "Ukraine's" or "a
        Ukrainian peace plan"; "a US plan" is the US's, "US" being its adjective too)."""
        named = self.index.find(text[:at])
        if not named or named[-1].actor != actor or self.index[actor].kind != "state":
            return False
        last = named[-1]
        return bool(TOPIC_GAP.fullmatch(text, last.end, at)) and bool(ARTICLE_BEFORE.search(text, 0, last.start)) \
            and last.surface not in self.index[actor].adjectives

    def _owned_call(self, text: str, match: re.Match) -> Mention | None:
        """The owner of a verb cue read as a noun, right after a possessive, when the cue names
        what is called for: "Freedonia's call for a truce" (not "Ruritania's demands are
        unacceptable", which says nothing of what they are)."""
        if " " not in match.group().strip() or not self.owner_gap.search(text, 0, match.start()):
            return None
        return self._owner(text, match.start())

    def _owner(self, text: str, at: int) -> Mention | None:
        """The party whose possessive or adjective stands right before offset `at` ("Ruritania's
        “absurd” demands", "the Ruritanian demand")."""
        before = text[:at]
        mentions = self.index.find(before)
        gap = self.owner_gap.match(before, mentions[-1].end) if mentions else None
        # (the words between qualify a noun, not a verb: "Ukraine's neutrality is a key condition")
        if gap and self.is_party(mentions[-1].actor) and not (
                re.search(r"\s[a-z]", gap.group()) and NOT_QUALIFIER.match(text, at)):
            return mentions[-1]
        adjective = OWNER_ADJECTIVE.search(before)  # "the Ruritanian demand": from the article on
        owner = self.adjective_owner.get(adjective["adjective"]) if adjective else None
        if owner and self.is_party(owner):
            return Mention(adjective.start(), adjective.end("adjective"), owner, adjective["adjective"], "adjective")
        office = self.office_owner.search(before) if self.office_owner else None
        people = [m for m in mentions if office and m.end <= office.start() and self.index[m.actor].kind == "person"]
        state = self.index[people[-1].actor].affiliation if people else None
        if state and self.index[state].kind == "state":
            # "Doe's post made no mention of the administration's demand": the office of her state
            return Mention(office.start(), office.end("office"), state, office["office"], "description")
        return None

    def _clause_start(self, text: str, at: int) -> int:
        """Start of the clause holding offset `at`: after the last speech verb ("said that") or
        clause break before it. "..., Mr Doe said the call went well and suggested that talks
        could be held in Geneva following an offer by Switzerland": the Swiss offer is told
        from "talks could be held", not from what Mr Doe said of the call."""
        window = text[:at]
        starts = [m.end() for m in CLAUSE_BREAK.finditer(window)]
        starts += [v.end() for v in self.attributor.speech.finditer(window) if not _inside_quote(window[:v.start()])]
        start = max(starts, default=0)
        lead = CLAUSE_LEAD.match(text, start)  # ("told them that …": what was told)
        return lead.end()

    def _finite_of_participle(self, text: str, start: int | None, cue_start: int | None,
                              kind: str | None) -> str | None:
        """The past tense of a cue that is a participle hanging on the actor's clause (", again
        threatening sanctions if …" gives "threatened"), when a cue of the same kind reads it so;
        None for any other cue, or a participle with no regular past ("seeking")."""
        if start is None or cue_start is None or not (PARTICIPLE_TURN.search(text, start, cue_start)
                                                       or ADVERBS_ONLY.fullmatch(text, start, cue_start)):
            return None  # (", urging …", and "Despite Ruritania previously calling for …")
        word = PARTICIPLE_WORD.match(text, cue_start)
        if word is None or _inside_quote(text[:cue_start]):
            return None
        stem = word.group()[:-3]
        rest = text[word.end():]
        for past in (stem + "ed", stem + "d", stem[:-1] + "ed" if stem[-1:] == stem[-2:-1] else ""):
            if past and any(k == kind and gate.pattern.match(past + rest) for k, _, gate in self.patterns):
                return past
        return None

    def summarise(self, actor: str, text: str, start: int | None, cue_end: int, clause_from: int = 0,
                  cue_start: int | None = None, kind: str | None = None) -> str:
        """The actor's canonical name followed by what the sentence says they said or did, or,
        when the sentence does not name the actor first (`start` None), the clause from
        `clause_from`."""
        name = self.index[actor].name
        if start is not None and cue_start is not None:
            turns = [t for t in BUT_THEN.finditer(text, start)
                     if t.end() <= cue_start and not _inside_quote(text[:t.start()])]
            if turns:  # "X said it was ready to talk, but insisted that ...": X insisted that ...
                start = turns[-1].end()
            joint = AND_THEN.search(text, start, cue_start)
            if joint and TENSED.match(text, cue_start) and self.attributor.speech.search(text, start, joint.start()) \
                    and not _inside_quote(text[:joint.start()]):
                start = joint.end()  # "X said the deal was historic and warned that …": X warned that …
            second = [m for m in AND_THAT.finditer(text, start, cue_start) if not _inside_quote(text[:m.start()])]
            said = self.attributor.speech.match(text, SPACES.match(text, start).end())
            if second and said and not REFERS_BACK.match(text, second[-1].end()):  # (not "… and that one would")
                # "X said he had told Y that … and that any decision must …": X said that any decision must …
                keep = text[:said.end()] + " that "
                shift = len(keep) - second[-1].end()
                text = keep + text[second[-1].end():]
                cue_start, cue_end = cue_start + shift, cue_end + shift
            items = LIST_ITEM.search(text, start, cue_start)
            if items and not _inside_quote(text[:items.start()]):
                # "X said it held to three principles: A must …; B must …; and C must …": the
                # lead, then the item the cue is in (not the items before it)
                keep = text[:items.start("gone")]
                shift = len(keep) - items.end()
                text = keep + text[items.end():]
                cue_start, cue_end = cue_start + shift, cue_end + shift
            adding = SAID_ADDING.match(text, start, cue_start)
            if adding and self.attributor.speech.fullmatch(adding["verb"]) and not _inside_quote(text[:start]):
                # "Jane Doe said, adding that any summit would require …": "Jane Doe added that …"
                past = _past_of(adding["verb"])
                text = text[:adding.start("verb")] + past + text[adding.end("verb"):]
                shift = len(past) - len(adding["verb"])
                start, cue_start, cue_end = adding.start("verb"), cue_start + shift, cue_end + shift
        finite = self._finite_of_participle(text, start, cue_start, kind)
        if finite is not None:  # "X held talks with Y, urging both sides to …": X urged both sides to …
            adverb = ADVERBS_ONLY.fullmatch(text, start, cue_start)  # "X previously calling for": X previously called
            start = start if adverb and text[start:cue_start].strip() else cue_start
        turn = BUT_THEN.search(text, cue_end)  # "... ready to talk, but insisted that ...": another claim
        if turn and len(text[:turn.start()].split()) >= MIN_WORDS and not _inside_quote(text[:turn.start()]):
            text = text[:turn.start()]
        cut = _aside(text, cue_end)
        if cut and len(text[:cut.start()].split()) >= MIN_WORDS:
            text = text[:cut.start()]
        said = self._trailing_attribution(text[cue_end:]) if start is not None or clause_from > 0 else None
        if said is not None and len(text[:cue_end + said].split()) >= MIN_WORDS \
                and not self._reported_by_other(actor, text[cue_end + said:]):
            text = text[:cue_end + said]  # "Ruritania has called for talks, its spokesman Jan Novak said"
        elif start is None and clause_from == 0 and (said := self._trailing_attribution(text[cue_end:])) is not None:
            # "…, Jane Doe said at a conference in Arden where she had met …": who said it, not the
            # circumstances, which run on past the claim
            tail = text[cue_end + said:]
            verb = self.attributor.speech.search(tail)
            # (not '“…,” said Jane Doe.', where the name follows the verb)
            if verb is not None and re.search(r"\w", tail[:verb.start()]) \
                    and len(tail[verb.end():].split()) > LONG_CIRCUMSTANCE:
                text = text[:cue_end + said + verb.end()]
        ends = CLAUSE_ENDS.match(text, cue_end)  # "… that Ruritania had offered, and talks began": the claim ends
        if ends and len(text[:ends.start()].split()) >= MIN_WORDS:
            text = text[:ends.start()]
        that = AND_THAT.search(text, cue_end)  # a second thing reported: no part of this claim
        # (but "demanded that sanctions be lifted, and that Freedonia cede …" demands both)
        of_the_cue = THAT_AFTER.match(text, cue_end) or (
            cue_start is not None and text[cue_start:cue_end].endswith(" that"))
        if that and not of_the_cue and len(text[:that.start()].split()) >= MIN_WORDS \
                and not _inside_quote(text[:that.start()]):
            text = text[:that.start()]
        comment = COMMENT_AFTER.search(text, cue_end)  # ", a step that analysts said could take months."
        if comment and len(text[:comment.start()].split()) >= MIN_WORDS and not _inside_quote(text[:comment.start()]):
            text = text[:comment.start()]
        when = CIRCUMSTANCE.search(text, cue_end)  # ", a day after Jane Doe spoke with …": when, not what
        if start is None and when is None:
            # "dismissed a Ruritanian demand for …, saying …": what the sentence's subject did
            when = PARTICIPLE.search(text, cue_end)
        elif when is None and self.attributor.speech.search(text, 0, start):
            # "Jane Doe said Arden was ready to host talks, calling it a signal": what she
            # said besides (not "…, including a ceasefire": what the offer holds)
            said = PARTICIPLE.search(text, cue_end)
            word_at = said.end() - len(said.group().lstrip(", \t\n")) if said else 0
            when = said if said and (self.attributor.speech.match(text, word_at) or (
                self.naming_participle and self.naming_participle.match(text, word_at))) else None
        if when and len(text[:when.start()].split()) >= MIN_WORDS and not _inside_quote(text[:when.start()]):
            text = text[:when.start()]
        if (absolute := _absolute_and(text, cue_end)) is not None and len(text[:absolute].split()) >= MIN_WORDS:
            text = text[:absolute]  # ", with Arden offering talks and Ruritania pressing for …": not Ruritania's
        second = _new_clause(text, cue_end)  # ", and others had pressed him ...": not theirs
        if second is not None and len(text[:second].split()) >= MIN_WORDS and not _inside_quote(text[:second]):
            text = text[:second]
        said_next = self._said_next(text, cue_end)  # "said Ruritania had agreed to talks, stressed that …"
        if said_next is not None and len(text[:said_next].split()) >= MIN_WORDS and not _inside_quote(text[:said_next]):
            text = text[:said_next]
        for joint in AND_SAYING.finditer(text, cue_end):  # "urged a ceasefire and said Freedonia was ready ...":
            same = any(gate.pattern.match(text, joint.end()) for k, _, gate in self.patterns if kind in (None, k))
            other = kind is not None and TENSED.match(text, joint.end()) and any(
                gate.pattern.match(text, joint.end())
                for k, family, gate in self.patterns if k != kind and family in ("verbs", "requests"))
            if ((self.attributor.speech.match(text, joint.end()) or other)  # what else was said is another matter
                    and not same
                    and len(text[:joint.start()].split()) >= MIN_WORDS and not _inside_quote(text[:joint.start()])):
                # (but "proposed a meeting and suggested Turkey as the venue" is one proposal, while
                # "was ready for talks and urged Ruritania to ..." is an offer and then a demand)
                text = text[:joint.start()]
                break
        for brk in CLAUSE_BREAK.finditer(text, cue_end):  # "..., while Ruritania said ...": another party's clause
            named = self.index.find(text[brk.end():brk.end() + 40])
            if (named and named[0].start <= 4 and named[0].actor != actor
                    and len(text[:brk.start()].split()) >= MIN_WORDS and not _inside_quote(text[:brk.start()])):
                text = text[:brk.start()]
                break
        for mention in self.index.find(text[cue_end:]):  # ", the US has suggested ...": a new clause
            lead = re.search(r",\s+(?:the\s+)?$", text[:cue_end + mention.start])
            if (lead and mention.actor != actor and len(text[:lead.start()].split()) >= MIN_WORDS
                    and NEW_CLAUSE_VERB.match(text[cue_end + mention.end:])
                    and not _inside_quote(text[:lead.start()])):
                text = text[:lead.start()]
                break
        if start is None or start >= len(text) or RELATIVE_SUBJECT.search(text[:start]):
            body = text[clause_from:] if clause_from < cue_end else text
            body = DATELINE_LEAD.sub("", body)  # "WASHINGTON - A plan drafted by …": told without the dateline
            body = OPENING_CONJUNCTION.sub(r"\g<quote>", body)  # "But the first step must be a ceasefire": told alone
            label = TRANSCRIPT_LABEL.match(body)
            named = self.index.find(body[label.end():label.end() + 80]) if label else []
            if label and (label["label"].isupper() or self.index.find(label["label"]) or (
                    named and named[0].start == 0 and named[0].actor == actor)):
                # a transcript's "Doe: We expect …", "MS DOE: The …", and "Jane Doe: Ruritania welcomes …"
                # told of Ruritania, whoever the speaker is
                body = body[label.end():]
            section = SECTION_LABEL.match(body)
            if section and not self.attributor.speech.search(section.group()) and not POSITION_LEAD.match(body):
                body = body[section.end():]  # "Why it matters: …", "Between the lines: …": a section's label
            pronoun = OPENING_PRONOUN.match(body) or (
                (title := self.attributor.anaphor.match(body) if self.attributor.anaphor else None)
                and TOLD_AFTER.match(body, title.end()) and title)
            unnamed = self.index[actor].kind == "person" and actor not in {m.actor for m in self.index.find(body)}
            if pronoun and unnamed:
                body = name + body[pronoun.end():]  # "He said: “...": whom "he" stands for
            elif unnamed and (closing := CLOSING_PRONOUN.search(body)):
                body = body[:closing.start()] + name + body[closing.end():]
            elif self.index[actor].kind in ("state", "organisation") and (we := OPENING_WE.match(body)):
                rest = OUR.sub("its", body[we.end():])  # "We call on our partners": "… on its partners"
                body = f"{name} {we['adverb']}{third_person(we['verb'])}{rest}"  # "We demand …"
            elif self.index[actor].kind == "person" and (me := OPENING_I.match(body)):
                gender = self.index[actor].gender
                rest = MY.sub({"he": "his", "she": "her"}.get(gender or "", "their"), body[me.end():])
                verb = _spelled_out(me["short"][1:], body[me.end():]) if me["short"] else (
                    me["adverb"] + ("is" if me["verb"] == "am" else third_person(me["verb"])))
                body = f"{name} {verb}{' ' if me['short'] else ''}{rest}"  # a transcript's "I want …"
        else:
            body = text[start:]
            acronym = SPELLED_ACRONYM.match(body)
            if acronym and acronym["acronym"] in {self.index[actor].name, *self.index[actor].aliases}:
                body = body[acronym.end():]  # "The Arden League (AL) demanded", told of "AL": "AL demanded"
            if finite is not None:
                body = PARTICIPLE_WORD.sub(finite, body, 1)
            body = _without_pronoun(body)
            aside = ASIDE_AFTER_NAME.match(body)
            if aside and start + aside.end() < cue_end:  # (never the aside that holds the cue itself)
                body = body[aside.end():]  # "The Ruritanian delegation, led by Jane Doe, demanded": past the aside
            elif CLOSING_COMMA.match(body) and not APPOSITION_AFTER_NAME.match(body[:cue_end - start]):
                body = body.lstrip(", ")  # "Freedonia's president, Jan Novak, offered": the apposition's comma
                # (but "Jane Doe, senior US adviser for Africa, urged": an apposition of her own, kept)
            elif CLOSING_DASH.match(body):
                body = body[CLOSING_DASH.match(body).end():]  # "The Quad - Ruritania and Freedonia - proposed"
            if self.represented and self.represented.match(body):
                # "AL foreign ministers agreed": "The Arden League’s foreign ministers agreed"
                body = ("’" if name.endswith("s") else "’s") + body
            elif name.endswith("s") and body[:2] in ("'s", "’s"):
                body = "’" + body[2:]  # "Arden's envoy" told of "The Arden Islands": "The Arden Islands’ envoy"
            titled = self._titled_institution(text, start, body)
            # ("The Ruritanian Foreign Ministry head called on …": told as written, not "Ruritania head")
            if titled is None and not name.startswith("The ") and self.index[actor].kind != "person" \
                    and _with_article(text[:start], name):
                name = "The " + name  # "The Arden Commission proposes", as the text has it (not "the
                # Arden Palace", another name for the state)
            body = titled if titled is not None else name + (body if body[:1] in ",’'" else " " + body.lstrip())
        body = plain_markdown(body)
        words = body.split()
        if len(words) > MAX_SUMMARY_WORDS:
            body = " ".join(words[:MAX_SUMMARY_WORDS]) + " …"
        body = re.sub(r"\s{2,}", " ", balance_quotes(body)).strip().rstrip(",;:–—- " + END_MARKS)  # (and "■")
        body = NOTE_NUMBERS.sub("", body)  # "… from the battlefield.[4]": a research note's number
        body = WIRE_CREDIT.sub("", body)  # "… he said.-AFP": the agency's credit, no words of his
        if body and body[-1] not in ".!?…”’\"'":
            body += "."
        elif len(body) > 1 and body[-1] in "”’\"'" and body[-2] not in ".!?…":
            # 'ready to meet “at any moment”', '“in any format,”': the sentence ends after the quote
            body = (body[:-2] + body[-1] if body[-2] in ",;:" else body) + "."
        return body[:1].upper() + body[1:]


_MARKDOWN_INLINE = (
    (re.compile(r"^>\s*"), ""),  # a blockquote's marker
    (re.compile(r"!?\[([^\]]+)\]\([^)\s]*\)"), r"\1"),  # [text](url)
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **strong**
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *emphasis*
)


def _possessive(name: str) -> str:
    """"Jane Doe’s ", "The Arden Islands’ ": a name told as the owner of what follows."""
    return name + ("’ " if name.endswith("s") else "’s ")


def _aside(text: str, start: int) -> re.Match | None:
    """Where an aside or a second thought opens after `start`: a spaced dash, a semicolon, or the
    one em dash of the sentence set without spaces ("…—a steep price Kyiv has rejected"; but two
    of them enclose an aside: "the sites—Natanz, Fordow and Isfahan—must be dismantled")."""
    spaced = ASIDE.search(text, start)
    bare = list(BARE_DASH.finditer(text))
    if len(bare) == 1 and bare[0].start() >= start and (spaced is None or bare[0].start() < spaced.start()):
        return bare[0]
    return spaced


def _joins_names(text: str, at: int) -> bool:
    """Whether the "and" at `at` joins two names into one phrase: "between Ruritania and Freedonia",
    "said Ruritania and Freedonia would …"."""
    return bool(BETWEEN_BEFORE.search(text, 0, at) or PAIRED_SUBJECT_BEFORE.search(text, 0, at))


def _absolute_and(text: str, start: int) -> int | None:
    """Where the next subject of ", with Arden offering talks and Ruritania pressing for a truce" begins
    its "and", when `start` is inside such a construction."""
    opened = [m for m in WITH_ABSOLUTE.finditer(text, 0) if m.start() < start]
    if not opened:
        return None
    found = AND_ABSOLUTE.search(text, start)
    return found.start() if found else None


def _new_clause(text: str, start: int) -> int | None:
    """Where a clause with a subject of its own begins after `start`: after ", and" (NEW_CLAUSE), or
    after a bare "and" before a capitalised subject and its verb, unless "and" joins two names
    ("between Ruritania and Freedonia would …")."""
    found = [m.start() for m in (NEW_CLAUSE.search(text, start), AS_CLAUSE.search(text, start)) if m]
    found += [m.start() for m in AND_NEW_CLAUSE.finditer(text, start) if not _joins_names(text, m.start())][:1]
    return min(found) if found else None


def plain_markdown(text: str) -> str:
    """A summary told from a scrape kept as Markdown, without its markup (quotes keep it: they
    must be found verbatim in the article)."""
    if not any(mark in text for mark in ("*", "_", "[", ">")):
        return text
    for pattern, replacement in _MARKDOWN_INLINE:
        text = pattern.sub(replacement, text)
    return text


# ", who confirmed his willingness to …" running to the cue: a relative clause not yet closed
# the few words before "which"/"that" and a verb, no comma between: what "which" stands for
THING_WHICH = re.compile(r"(?<![\w’'-])(?P<thing>(?:[\w’'.-]+\s+){0,3}(?P<noun>[\w’'.-]+)\s+)(?:which|that)\s+"
                         r"(?:\w+ly\s+)?$")
OPEN_WHO = re.compile(r",\s+who\s+[^,;“”\"]*$")


def _relative_holding(text: str, at: int) -> re.Match | None:
    """The relative clause (", who … ," / ", which … ,") that offset `at` falls inside, if any."""
    return next((r for r in RELATIVE_CLAUSE.finditer(text) if r.start() < at < r.end()), None)


def _with_article(head: str, name: str) -> bool:
    """`head` ends with `name` after "the": the text gives the party its article."""
    return head.endswith(name) and re.search(r"(?i:(?<![\w-])the)\s+$", head[:len(head) - len(name)]) is not None


def _past_of(participle: str) -> str:
    """"adding" -> "added", "noting" -> "noted", "saying" -> "said"."""
    if participle in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[participle]
    stem = participle[:-3]
    return stem + ("d" if stem.endswith("e") else "ed")


def _inside_quote(prefix: str) -> bool:
    """True when `prefix` ends inside an open quotation (never cut a summary there)."""
    if "„" in prefix:  # „German“ quotes close with “
        opened, closed = prefix.count("„"), prefix.count("“") + prefix.count("”")
    else:
        opened, closed = prefix.count("“"), prefix.count("”")
    return opened > closed or prefix.count('"') % 2 == 1


def find_claims(sentences: list[Sentence], reading: Reading, cues: Cues, index: ActorIndex) -> list[ClaimHit]:
    finder = ClaimFinder(cues, index)
    out: list[ClaimHit] = []
    for sentence in sentences:
        out.extend(finder.find(sentence, reading, reading.quotes))
        finder.note_pairs(sentence)
    return out
