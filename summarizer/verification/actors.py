"""Who does what in a sentence: is a named person the one acting in a cue word ("introduced",
"sponsored", "warned"), or merely named near it?

A name is the actor of a cue when:
- passive: the cue has a "by" within a few words after it, and the name follows that "by"
  with only names, titles, party words and places between ("introduced in April by
  Republican Senator Lindsey Graham of South Carolina and Democratic Senator Richard
  Blumenthal": both act). A name *before* a passive cue never acts in it;
- co-actor: "drafted the measure with Blumenthal", "led by Graham with Blumenthal";
- active: the name stands before the cue (within ``ACTIVE_SPAN`` words) with no speech verb,
  no other cue and no stance word ("opposition", "veto", "praised") between, and no other
  person named after a verb between them ("Schumer praised the bill, which Graham filed");
  appositives and parentheses are skipped ("Graham, a South Carolina Republican, (R-S.C.)
  introduced"); an infinitive cue counts only after an intention word ("are expected to roll
  out"), not as someone else's power ("grant Trump the authority to impose");
- possessive: "Graham's bill";
- a threat's voice: for a threat, the one the article attributes the threatening quotation to
  ("Bessent ... said "Treasury is prepared to take further action if necessary"").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.article import ArticleText
from summarizer.verification.names import NOT_NAMES, TITLES
from summarizer.verification.speakers import SPEECH_VERBS, attribute
from summarizer.verification.tokens import Token, tokenize

ACTIVE_SPAN = 12
_PASSIVE_GAP = 7
_MEASURES = frozenset(
    [
        "bill",
        "act",
        "measure",
        "legislation",
        "proposal",
        "plan",
        "sanctions",
        "package",
        "amendment",
        "resolution",
    ]
)
_STANCES = frozenset(
    [
        "veto",
        "vetoed",
        "vetoes",
        "oppose",
        "opposed",
        "opposes",
        "opposing",
        "opposition",
        "block",
        "blocked",
        "blocking",
        "criticized",
        "criticised",
        "criticizing",
        "criticising",
        "criticism",
        "praised",
        "praise",
        "praising",
        "rejected",
        "rejects",
        "rejecting",
        "objected",
        "against",
        "supported",
        "supports",
        "supporting",
        "support",
        "endorsed",
        "endorsing",
        "welcomed",
        "welcoming",
        "backed",
        "backing",
        "questioned",
        "doubts",
    ]
)
_PARTIES = frozenset(
    [
        "republican",
        "republicans",
        "democratic",
        "democrat",
        "democrats",
        "independent",
        "gop",
        "conservative",
    ]
)
_JOINERS = frozenset({"of", "and", "the"})
_INTENDING = frozenset(
    [
        "expected",
        "set",
        "planning",
        "plans",
        "plan",
        "planned",
        "going",
        "wants",
        "want",
        "intends",
        "intend",
        "aims",
        "aim",
        "likely",
        "poised",
        "ready",
        "due",
        "seeking",
        "seeks",
        "seek",
        "vowed",
        "promised",
        "threatened",
        "moved",
        "prepared",
        "preparing",
        "hopes",
        "hoping",
    ]
)
_ASIDE_STARTS = frozenset({"a", "an", "the", "who", "which", "whose"})
_NEUTRAL = TITLES | _PARTIES | _JOINERS | {"a", "an", "or"}


def _only_agents(tokens: Sequence[Token]) -> bool:
    """Words that can stand between "by" and a name in a list of agents."""
    return all(
        t.capitalised or t.norm in TITLES or t.norm in _PARTIES or t.norm in _JOINERS
        for t in tokens
    )


def _other_actor_between(tokens: Sequence[Token], text: str) -> bool:
    """Whether another person is named, after a verb or other content word, between a name and
    a cue (asides between commas and single letters skipped)."""
    content = False
    aside = False
    for index, token in enumerate(tokens):
        gap = text[tokens[index - 1].end : token.start] if index else ""
        if "," in gap:
            aside = token.norm in _ASIDE_STARTS
        norm = token.norm
        if aside or len(token.text) == 1 or norm in _NEUTRAL or norm in NOT_NAMES:
            continue
        if token.capitalised:
            if content:
                return True
            continue
        content = True
    return False


def is_actor(
    tokens: Sequence[Token], first: int, last: int, cues: Sequence[int], text: str
) -> bool:
    """Whether the name at ``tokens[first..last]`` acts in one of the cue words."""
    cue_set = set(cues)
    for cue in cues:
        if cue > 1 and tokens[cue - 1].norm == "to" and tokens[cue - 2].norm not in _INTENDING:
            continue
        window = range(cue + 1, min(cue + _PASSIVE_GAP + 1, len(tokens)))
        by = next((i for i in window if tokens[i].norm == "by"), None)
        if by is not None:
            agents = [t for t in tokens[by + 1 : first] if t.norm != "with"]  # "by A with B"
            if by < first <= by + ACTIVE_SPAN and _only_agents(agents):
                return True
            continue
        with_ = next((i for i in window if tokens[i].norm == "with"), None)
        if (
            with_ is not None
            and with_ < first <= with_ + 4
            and _only_agents(tokens[with_ + 1 : first])
        ):
            return True
        if not last < cue <= last + ACTIVE_SPAN:
            continue
        between = tokens[last + 1 : cue]
        if any(
            t.norm in SPEECH_VERBS or t.norm in _STANCES or t.norm == "by" for t in between
        ) or any(i in cue_set for i in range(last + 1, cue)):
            continue
        if any(t.norm in _STANCES for t in tokens[cue + 1 : cue + 5]):
            continue
        if _other_actor_between(between, text):
            continue
        return True
    possessive = tokens[last].text.lower().endswith(("'s", "\u2019s"))
    return possessive and any(t.norm in _MEASURES for t in tokens[last + 1 : last + 7])


# Words that make quoted words a threat: an intention ("is prepared to", "will") or what a
# threat promises ("further action", "consequences").
_THREATENING = _INTENDING | frozenset({"will", "further", "consequences"})


def voices_threat(article: ArticleText, sentences: Sequence[int], name: str) -> bool:
    """Whether, in these sentences, a quotation with threatening words is attributed to
    ``name`` by the speaker rules: a threat is made by whoever voices it."""
    for index in sentences:
        start, end = article.sentences[index]
        for q_start, q_end in article.quoted:
            if not start <= q_start < end:
                continue
            words = {token.norm for token in tokenize(article.text[q_start:q_end])}
            if words & _THREATENING and attribute(article, q_start, q_end, name):
                return True
    return False
