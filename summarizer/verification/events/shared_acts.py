"""A status or an event's kind told by what the parties did, not by a verb of meeting or of
ruling (an outside check, session 24: check 49's first cause). Two word classes, each read as
extra cues of :mod:`statuses` (through :func:`status_calls.extra_status_cues`), so the cue
rules' own readings apply to them as to any cue: a negation or a denial before the verb
("did not", "never", "denied that": :mod:`status_denials`), a modal or a plan ("will",
"expected to", "if": ``statuses._prospect``), an earlier meeting ("last year", "ago"):

- ``pastime`` (a summit's ``held``): the parties did something together, in the past: a verb
  of a shared pastime or outing ("played golf", "golfed", "dined", "lunched", "toured the
  plant", "strolled", "took a boat ride", "shared a meal", "laid a wreath", "watched the
  match", "exchanged gifts"). Only the past form is a cue ("will dine", "are expected to
  tour" are plans; "did not play golf" holds no past verb). A verb that needs its object to be a
  pastime needs it in the four words after it ("played golf", not "played a key role";
  "took a walk", not "took questions"); a walk is no figure ("walked a fine line", "walked
  back"), and verbs that are mostly figures in the news are left out ("hiked tariffs",
  "sailed through", "cruised to victory"). Whose act it is, :func:`pastime_owned` reads for
  :func:`cue_occasions.foreign_cue`: the fact's own parties must be the company, named in
  the verb's clause ("Trump and Abe played golf", "Putin took Abe on a tour", "Abe, who
  golfed with Trump"), or one of them with a word of both ("the two", "the pair",
  "together"), not apart ("dined separately"); and no year the fact's timing does not give
  may date the clause ("played golf with Abe at Jupiter in 2017" is another meeting).
- ``ruling`` (an event's ``vote``): a court's decision told by its verb in the past: "upheld",
  "overturned", "struck down", "threw out", "dismissed the appeal", "sided with", "set aside",
  "quashed", "ruled", with a court (a court, tribunal, the justices or judges, a panel of
  judges, a bench, or its ruling, judgment or verdict) as its subject in its clause (or as the
  antecedent of "which"), or after "by" in the passive ("were struck down by the appeals
  court"). A collegiate court decides by its judges' votes; a lone judge's order is not read.
  Not: a verb with no court as its subject ("the ministry dismissed the appeal", "the
  government threw out the bids"), "dismissed"/"rejected" with no legal object ("the court
  dismissed reports"), a modal or a condition before it ("could have struck down", "if the
  court overturned"). A court's "struck down" is no ``strike`` or ``attack``
  (:func:`ruled_down`: the particle makes it a ruling's verb).
- ``put-off`` (:data:`PUT_OFF`): aid or a measure shelved, put on ice or pushed back, in the
  vocabularies' own notation.

Word lists over a sentence's normal forms (:func:`statuses.clause_norms`, "," at clause marks).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import word_set
from ..sentences.passives import BE

# --- pastime ------------------------------------------------------------------------------
# Past verbs of an outing or a meal that need no object to be one.
_OUTINGS = word_set(
    "golfed dined lunched breakfasted supped feasted toured strolled walked bonded picnicked"
)  # not "hiked" (tariffs), "sailed" or "cruised" (through a vote, to victory)
# Past verbs that are a pastime only with one of these nouns in the four words after them.
_WITH_OBJECT: dict[str, frozenset[str]] = {
    "played": word_set(
        """golf tennis round rounds match chess football soccer hockey cricket badminton
        billiards pool polo basketball"""
    ),
    "took": word_set("walk stroll ride tour cruise boat hike swim excursion"),
    "went": word_set("sightseeing fishing hunting skiing walking hiking shopping walk stroll"),
    "shared": word_set(
        """meal meals lunch dinner breakfast supper banquet round ride car cart drink drinks
        beer tea coffee toast table"""
    ),
    "watched": word_set(
        """match game parade performance show fireworks concert race display ballet opera
        exercise exercises drills tournament tournaments bout bouts final sumo"""
    ),
    "laid": word_set("wreath wreaths flowers"),
    "planted": word_set("tree trees sapling saplings"),
    "exchanged": word_set("gifts presents"),
    "ate": word_set("lunch dinner breakfast meal supper"),
    "enjoyed": word_set("dinner lunch meal round game walk stroll ride cruise banquet"),
    "drank": word_set("tea coffee beer wine vodka"),
    "sipped": word_set("tea coffee beer wine vodka"),
    "inspected": word_set("guard troops"),
    "hit": word_set("links course"),
    "teed": word_set("off"),
}
PASTIME_VERBS = _OUTINGS | frozenset(_WITH_OBJECT)
"""Every verb a pastime cue starts at (what :func:`pastime_owned` is asked about)."""
_COMPANY = word_set("together with alongside")
# Words that put the doers apart ("dined separately") or make a walk a figure of speech
# ("walked a fine line", "walked back their remarks").
_APART = word_set("separately separate apart individually respectively alone")
_FIGURES = word_set("back line tightrope fine")
_BOTH = word_set("two both pair couple together")
_CLAUSE_WORDS = word_set(
    """that which who whom whose while whereas but although though because when where after
    before since as if unless until once"""
)
_TITLES = word_set("president prime minister the and of mr mrs ms dr king queen chancellor")
# A party's word right before one of these names someone of theirs, not the party ("Trump and
# Abe's foreign minister lunched", "Abe's envoy dined with Trump"; the possessive is no norm).
_THEIRS = word_set(
    """wife wives husband son sons daughter daughters family envoy envoys aide aides foreign
    minister ministers delegation delegations spokesman spokeswoman team officials official
    adviser advisers advisor advisors deputy deputies chief staff negotiator negotiators
    ambassador administration government"""
)
# Words of a habit, not of one occasion ("have dined together many times over the years").
_HABITS = word_set("often regularly frequently repeatedly usually routinely times years")
# Words after a relative clause that make its sentence one about what is still to come.
_LATER = word_set("will would shall again plan plans expected due hopes")

# --- ruling -------------------------------------------------------------------------------
# Past verbs of a court's decision, with the particle some need ("struck down").
_RULING: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            """upheld overturned overruled reversed annulled quashed vacated affirmed
            invalidated voided nullified ruled"""
        ),
        "",
    ),
    "struck": "down",
    "threw": "out",
    "thrown": "out",
    "tossed": "out",
    "sided": "with",
    "set": "aside",
    "dismissed": "",
    "rejected": "",
}
# Verbs that are a ruling only with a legal object after them ("dismissed the appeal").
_LEGAL_OBJECT_ONLY = word_set("dismissed rejected")
_LEGAL_OBJECTS = word_set(
    """appeal appeals case cases petition petitions challenge challenges lawsuit lawsuits suit
    suits claim claims complaint complaints motion motions bid request application charges
    objection objections"""
)
_COURTS = word_set("court courts tribunal tribunals justices judges bench ruling judgment verdict")
_JUDGING = word_set("judge judges appeals appellate court judicial")
_RELATIVES = word_set("who which that")
_UNDECIDED = word_set(
    """will would could might may should must can expected likely if unless whether hope hopes
    hoped asked urged wants want to argued argue argues claimed claim claims alleged alleges
    contended contends"""
)  # a claim of what a court did is no report that it did ("lawyers argued the court erred")
_PASSIVE = BE  # the shared passive reader's forms of "be"
_AFTER_NOUN = word_set("of in on by from last this that which ,")

# --- put-off ------------------------------------------------------------------------------
# A pause, a drop or a delay told by the idioms of shelving (merged into the vocabularies by
# :mod:`status_cues`): aid "shelved" or "put on ice" is paused; a measure "put on ice",
# "shelved" or "pushed back" is suspended; tariffs or sanctions "called off" (the measure's
# noun right after) are lifted. The cue rules read each as asserted ("could be put on ice"
# is a prospect, "has not shelved" a negation).
PUT_OFF: dict[tuple[str, str], str] = {
    ("EventKind", "aid_pause"): "shelv*",
    ("MeasureStatus", "suspended"): "shelv* | pushed back | push* … back | put off | mothball*",
    ("MeasureStatus", "lifted"): " | ".join(
        f"{verb} off … {noun}"
        for verb in ("called", "calls", "calling")
        for noun in ("tariff*", "dut*", "sanction*", "levy", "levies", "countermeasure*")
    ),
}

# "on ice", "on the back burner": the cue starts at the verb that put it there, however far
# its object stretches ("had not put military aid to Kyiv on ice" is negated at "put").
_SET_ASIDE = (("on", "ice"), ("on", "the", "back", "burner"))
_PUTTING = word_set("put puts putting placed places placing kept keeps keeping left leaves")
_PUT_ASIDE = frozenset({("EventKind", "aid_pause"), ("MeasureStatus", "suspended")})
# What an idiom of putting off must put off to be the fact's: aid for a pause in aid; a
# measure, or its start, for a measure's status. Not another thing put off ("shelved plans
# for a factory", "put the trade talks on ice", "sanctions relief is on the back burner").
_AID_THINGS = word_set(
    """aid assistance delivery deliveries shipment shipments convoy convoys grant grants
    funding funds weapons arms package packages supplies donation donations loan loans
    disbursement disbursements payment payments tranche tranches"""
)
_MEASURE_THINGS = word_set(
    """sanctions sanction tariff tariffs duty duties levy levies embargo ban bans measure
    measures countermeasure countermeasures restrictions curbs controls quotas surcharge
    surcharges surtax package packages penalties start date deadline launch rollout"""
)
_OTHER_THINGS = word_set(
    """plan plans talks negotiations relief proposal proposals idea ideas review probe"""
)
_RESISTING = word_set("against on at hard")  # "pushed back against the tariffs": resisted


def put_aside_cues(family: str, value: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each "on ice" / "on the back burner" for aid paused or a measure
    suspended, from the verb that put it there when its clause has one."""
    found: list[tuple[int, int]] = []
    if (family, value) not in _PUT_ASIDE or "on" not in norms:
        return found
    for index in range(len(norms)):
        ends = [index + len(p) for p in _SET_ASIDE if tuple(norms[index : index + len(p)]) == p]
        if not ends:
            continue
        start = index
        for back in range(index - 1, max(index - 9, -1), -1):
            if norms[back] == "," or norms[back] in _CLAUSE_WORDS:
                break
            if norms[back] in _PUTTING:
                start = back
                break
        if _puts_off(family, norms, start, start + (start < index), index, reach=0):
            found.append((start, ends[0]))
    return found


def put_off_elsewhere(family: str, norms: Sequence[str], start: int, end: int) -> bool:
    """A pause, drop or delay idiom (:data:`PUT_OFF`: "shelved", "mothballed", "pushed back",
    "put off", "called off") that puts off no aid (``EventKind``) or measure
    (``MeasureStatus``) but another thing ("shelved its plan to cut aid", "China pushed back
    against the tariffs", "investors were put off by the tariffs")."""
    if family not in ("EventKind", "MeasureStatus"):
        return False
    head, rest = norms[start], list(norms[start + 1 : end])
    if head.startswith(("shelv", "mothball")):
        verb_end = start + 1
    elif head.startswith("push") and "back" in rest:
        if norms[end : end + 1] and norms[end] in _RESISTING:
            return True
        verb_end = start + 1
    elif rest[:1] == ["off"] and head in ("put", "called", "calls", "calling"):
        verb_end = start + 2
    else:
        return False
    return not _puts_off(family, norms, start, verb_end, max(end, verb_end))


def _puts_off(
    family: str, norms: Sequence[str], start: int, verb_end: int, end: int, reach: int = 6
) -> bool:
    """Whether the thing put off by the verb at ``norms[start:verb_end]`` (its object up to
    ``end`` or ``reach`` words on, or its subject when passive or when no verb put it) is the
    fact's kind of thing and no other thing's."""
    things = _AID_THINGS if family == "EventKind" else _MEASURE_THINGS
    passive = start == verb_end or not _PASSIVE.isdisjoint(norms[max(start - 2, 0) : start])
    if passive:
        span = _clause_back(norms, start, 12)
    else:
        span = list(norms[verb_end : max(end, verb_end + reach)])
        span = span[: span.index(",")] if "," in span else span
    return not things.isdisjoint(span) and _OTHER_THINGS.isdisjoint(span)


def _object_near(norms: Sequence[str], end: int, nouns: frozenset[str]) -> bool:
    following = norms[end : end + 4]
    if "," in following:
        following = following[: following.index(",")]
    return not nouns.isdisjoint(following)


def _clause_back(norms: Sequence[str], index: int, reach: int = 8) -> list[str]:
    """The words before ``index`` in its clause, back to a comma or a clause word; a comma
    right before it closes an aside, read with the words before it ("The two leaders, Modi
    and Xi, took a walk"); a relative word's antecedent is its subject ("Abe, who golfed
    with Trump", "the court, which upheld")."""
    words: list[str] = []
    aside = index > 0 and norms[index - 1] == ","
    for back in range(index - 1 - aside, max(index - reach - aside, 0) - 1, -1):
        if norms[back] == "," and aside:
            aside = False
            continue
        if norms[back] in _RELATIVES:
            before = back - 1 if back and norms[back - 1] == "," else back
            words.extend(norms[max(before - 2, 0) : before][::-1])
            break
        if norms[back] == "," or norms[back] in _CLAUSE_WORDS:
            break
        words.append(norms[back])
    return words[::-1]


def _lead(norms: Sequence[str], index: int, size: int = 5) -> list[str]:
    """The ``size`` words before ``index``, back to a comma: where a modal, a condition or a
    hope stands ("if the court overturned", "could have struck down")."""
    lead = list(norms[max(index - size, 0) : index])
    return lead[len(lead) - lead[::-1].index(",") :] if "," in lead else lead


def _clause_ahead(norms: Sequence[str], end: int, reach: int = 8) -> list[str]:
    """The words after ``end`` in its clause, to a comma, a clause word or another verb of
    the class after "and" ("played golf with Els and Abe toured the plant")."""
    words: list[str] = []
    for index in range(end, min(end + reach, len(norms))):
        norm = norms[index]
        if norm == "," or norm in _CLAUSE_WORDS:
            break
        if norm == "and" and not PASTIME_VERBS.isdisjoint(norms[index + 1 : index + 4]):
            break
        words.append(norm)
    return words


def pastime_cues(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each past pastime verb (with its pastime object where it needs one);
    whose company it is, :func:`pastime_owned` reads with the fact."""
    found: list[tuple[int, int]] = []
    if PASTIME_VERBS.isdisjoint(norms):
        return found  # a speed gate
    for index, norm in enumerate(norms):
        if norm not in PASTIME_VERBS:
            continue
        nouns = _WITH_OBJECT.get(norm)
        if norm == "walked" and not _FIGURES.isdisjoint(norms[index + 1 : index + 4]):
            continue
        if nouns is None or _pastime_object(norms, index + 1, nouns):
            found.append((index, index + 1))
    return found


def _pastime_object(norms: Sequence[str], end: int, nouns: frozenset[str]) -> bool:
    """A pastime's noun in the four words after its verb; a round only of a pastime ("played
    a round", "a round of golf"), not "played a round of brinkmanship"."""
    following = list(norms[end : end + 4])
    if "," in following:
        following = following[: following.index(",")]
    first = next((i for i, word in enumerate(following) if word in nouns), None)
    if first is None:
        return False
    after = list(norms[end + first + 1 : end + first + 3])
    if following[first] in ("round", "rounds") and after[:1] == ["of"]:
        return len(after) == 2 and after[1] in nouns  # "a round of golf", "of drinks"
    return True


def _named(words: frozenset[str], company: Sequence[str]) -> bool:
    """A party's word among ``company``, not right before a word of someone of theirs."""
    following = [*company[1:], ""][: len(company)]
    pairs = zip(company, following, strict=True)
    return any(word in words and after not in _THEIRS for word, after in pairs)


def _background(norms: Sequence[str], start: int, end: int) -> bool:
    """A pastime in a relative clause of a sentence about what is still to come ("Trump and
    Abe, who golfed together in February, will meet again in Osaka"): an earlier outing told
    as the parties' background, not this meeting."""
    for back in range(start - 1, max(start - 10, -1), -1):
        if norms[back] == "," or (norms[back] in _CLAUSE_WORDS and norms[back] not in _RELATIVES):
            return False
        if norms[back] in _RELATIVES:
            close = next((i for i in range(end, len(norms)) if norms[i] == ","), None)
            return close is not None and not _LATER.isdisjoint(norms[close + 1 : close + 4])
    return False


def _party_words(fact: Any) -> list[frozenset[str]]:
    words = []
    for party in getattr(fact, "parties", None) or []:
        own = (
            frozenset(w for w in str(party).lower().replace("-", " ").split() if len(w) > 1)
            - _TITLES
        )
        if own:
            words.append(own)
    return words


def pastime_owned(fact: Any, norms: Sequence[str], start: int, end: int) -> bool:
    """Whether the pastime at ``norms[start:end]`` is the fact's parties' (see the module)."""
    back, ahead = _clause_back(norms, start, 12), _clause_ahead(norms, end, 12)
    company = [*back, *ahead]
    timing = str(getattr(fact, "planned_timing", None) or "")
    if any(len(w) == 4 and w.isdigit() and w not in timing for w in company):
        return False  # "played golf with Abe at Jupiter in 2017": another meeting
    if not _APART.isdisjoint(company) or not _HABITS.isdisjoint(company):
        return False  # "Trump and Abe dined separately", "have dined together many times"
    if _background(norms, start, end):
        return False  # "Trump and Abe, who golfed in February, will meet again"
    parties = _party_words(fact)
    named = sum(1 for words in parties if _named(words, back) or _named(words, ahead))
    together = not _BOTH.isdisjoint(company)
    if len(parties) >= 2:
        return named >= 2 or (named == 1 and together)
    return named == len(parties) and (together or not _COMPANY.isdisjoint(company))


def ruling_cues(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each court's ruling verb in the past (the module)."""
    found: list[tuple[int, int]] = []
    if _COURTS.isdisjoint(norms) and "panel" not in norms:
        return found  # a speed gate
    for index, norm in enumerate(norms):
        particle = _RULING.get(norm)
        if particle is None:
            continue
        end = index + 1
        if particle:
            if norms[end : end + 1] != [particle]:
                continue
            end += 1
        if norm in _LEGAL_OBJECT_ONLY and not _object_near(norms, end, _LEGAL_OBJECTS):
            continue
        if not _UNDECIDED.isdisjoint(_lead(norms, index)):
            continue  # "could have struck down", "if the court overturned"
        before = _clause_back(norms, index, 10)
        if _court_in(before):
            found.append((index, end))
            continue
        passive = not _PASSIVE.isdisjoint(before[-2:])
        agent = norms[end : end + 7]
        if passive and agent[:1] == ["by"] and _court_in(agent):
            found.append((index, end))
    return found


def _court_in(words: Sequence[str]) -> bool:
    """A court among ``words``: a court noun, or a panel of judges ("an appeals panel", "a
    three-judge panel"), not a panel of experts; "ruling" only as a noun ("its ruling", "the
    ruling of the court"), not before one ("the ruling party", "the ruling coalition")."""
    for index, word in enumerate(words):
        noun_after = words[index + 1 : index + 2]
        if word == "ruling" and noun_after and noun_after[0] not in _AFTER_NOUN:
            continue
        if word in _COURTS:
            return True
        if word == "panel" and not _JUDGING.isdisjoint(words[max(index - 3, 0) : index]):
            return True
    return False


def ruled_down(norms: Sequence[str], start: int) -> bool:
    """ "struck down" (and "strike(s) down", "striking down"): a ruling's verb, no strike."""
    return norms[start].startswith(("struck", "strik")) and norms[start + 1 : start + 2] == ["down"]


__all__ = [
    "PASTIME_VERBS",
    "PUT_OFF",
    "pastime_cues",
    "pastime_owned",
    "put_aside_cues",
    "put_off_elsewhere",
    "ruled_down",
    "ruling_cues",
]
