"""Whether an actor its evidence never names is told there only by stand-ins that act for no
one (session 40, GAPS of r3actors and rv-r3actors), read for the ``actor`` kind
(:mod:`summarizer.verification.sides.event_actors`) after the older stand-in reading
(:mod:`summarizer.verification.sides.standins`) has tied "it" or "the company" to the value.

A stand-in carries an event out only as the subject of an active clause. English gives the
form of each other place:

- a passive subject whose agent "by" names is acted on: "It was fined £5m by the Prudential
  Authority", "The bank has been sued by Acme" (with no agent it may be the event's party:
  "It has been fined twice before");
- "it" of a stretch or a sum taken to make it, the infinitive's own object, a thing: "It took
  three years and $900m to build", "It cost £2bn to finish" (with an object of its own, "It
  took five weeks to get the lines moving", the dummy is left to the older rules: check 77);
- a dummy "it" of ease: "It is becoming harder for budget carriers to", "It was easier to";
- "it" opening the sentence after one whose subject is the value's own thing ("Tarvo
  Telecom's network went down. It had carried"): English takes the nearer subject, the
  thing, unless "it" says something ("It said a fault was to blame": a thing says nothing);
- a description as a verb's or a preposition's object ("Investors sold the company
  heavily"), not opening a clause;
- a description with the value's "rival" named nearer ("Rival Ossory Mutual lost £300m. The
  insurer then raised premiums"): a rival is of the value's kind, so it may be the one meant;
- a description whose antecedent is an indefinite of its own noun opening a sentence
  before it ("A group of investors led by Sorrel Capital bid for Lanark Mills. The group
  also offered"): "the group" is that group, whoever the names in its sentence are.

"he", "she" and a person's description ("A federal judge") are not read here: a person's
stand-in in the evidence leaves the verdict to the older rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.standin_checks import dummy_it, opens
from ..people.standin_words import BODY_HEADS, CLAUSE_OPENERS, PERSON_HEADS, PHRASE_ENDS
from .passives import ADVERBS, BE, MODALS, PERFECT, agents_after, passive_participle

_PEOPLE = word_set("he she his her")
_BE = BE
_PERFECT = PERFECT | MODALS
_ADVERBS = ADVERBS
# "It took three years to", "It cost £2bn to": a stretch of time or a sum, then "to".
_TAKING = word_set("took takes take taking cost costs")
_SPANS = word_set("years months weeks days hours minutes decades")
# After the infinitive with no object of its own ("to build", "to build in Ohio"): "it" is
# what was built, a thing.
_LINKS_AFTER = word_set("in at on from for by with and than before after")
_MONEY = ("$", "£", "€", "¥")
# "It is (becoming) harder for ... to": a dummy's adjective of ease or worth.
_GETTING = word_set("becoming getting growing proving become got grown proved")
_EASE = word_set(
    """hard harder hardest easy easier easiest difficult tough tougher possible impossible
    costly cheaper dearer important necessary vital usual common rare unusual safe safer
    risky riskier worth"""
)
_FOR_TO = word_set("for to")
# A finite verb after a thing's noun: an auxiliary, a past, an irregular past.
_FINITE = word_set(
    """is was are were has had have will would can could may might went fell rose grew sank
    stood came began broke ran"""
)
_MODIFIERS = 3
_RIVALS = word_set("rival rivals competitor")
# A body's saying or will: a thing neither says nor agrees ("It has agreed to sell", rv40a).
_SAYS = word_set(
    """said says told tells added apologised apologized announced confirmed denied blamed
    warned expects expected agreed agrees decided decides plans planned hopes hoped wants
    wanted offered offers refused refuses intends intended promised pledged vowed chose"""
)
_REACH = 6  # words from a passive's participle to its "by"
_AGENTS = word_set("the a an its their his her")  # "by a former supplier"


def idle_standins(value: str, ctx: Context) -> bool:
    """True when the evidence tells the value by "it" or a body's description, and none of
    them acts (see the module); False when any acts, a person's pronoun is there, or there is
    no stand-in."""
    seen = False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for at, token in enumerate(tokens):
            if ctx.article.in_quotes(token.start):
                continue
            if token.norm in _PEOPLE and opens(tokens, at, ctx.article.text):
                return False
            if token.norm in PERSON_HEADS and token.norm not in BODY_HEADS:
                return False  # "A federal judge barred the agency": a person's description
            if token.norm == "it" and opens(tokens, at, ctx.article.text):
                seen = True
                if not _idle_it(ctx.article, index, tokens, at):
                    return False
            elif token.norm in BODY_HEADS and not token.text.endswith(SINGULAR_POSSESSIVES):
                begin = _determiner(tokens, at)
                if begin is None:
                    continue
                seen = True
                rival = _rival_nearer(ctx.article, index, value)
                if not (rival or _idle_description(ctx.article, index, tokens, begin, at)):
                    return False
    return seen and bool(value)


def _idle_it(article: ArticleText, index: int, tokens: Sequence[Token], at: int) -> bool:
    return (
        _passive(tokens, at + 1)
        or dummy_it(tokens, at)
        or _dummy(tokens, at)
        or (at == 0 and _thing_subject(article, index - 1) and not _saying(tokens, at))
    )


def _saying(tokens: Sequence[Token], at: int) -> bool:
    """ "It said", "It then apologised": a thing says nothing, so "it" is the body."""
    ahead = [t.norm for t in tokens[at + 1 : at + 4] if t.norm not in _ADVERBS | _PERFECT]
    return bool(ahead) and ahead[0] in _SAYS


def _idle_description(
    article: ArticleText, index: int, tokens: Sequence[Token], begin: int, head: int
) -> bool:
    gap = article.text[tokens[begin - 1].end : tokens[begin].start] if begin else ""
    before = tokens[begin - 1] if begin and not any(mark in gap for mark in ",:;") else None
    lower = before is not None and before.norm.isalpha() and not before.capitalised
    if lower and before is not None and before.norm not in CLAUSE_OPENERS | PHRASE_ENDS:
        return True  # "Investors sold the company heavily", "a deal with the firm"
    return _passive(tokens, head + 1) or _indefinite_before(article, index, tokens[head].norm)


def _rival_nearer(article: ArticleText, index: int, value: str) -> bool:
    """Whether a name written as the value's "rival" stands nearer the description than the
    value ("Greyfield Insurance paid out £1.2bn. Rival Ossory Mutual lost £300m. The insurer
    then raised premiums"): a rival is of the value's own kind, so the description may be it."""
    first = value.split()[0].lower() if value.split() else ""
    for back in range(index - 1, max(-1, index - 4), -1):
        tokens = article.sentence_tokens(back)
        for at, token in enumerate(tokens[:-1]):
            opening = all(t.norm in _AGENTS for t in tokens[:at])  # "Rival X", "Its rival X"
            if token.norm in _RIVALS and tokens[at + 1].capitalised and opening:
                return tokens[at + 1].norm != first
        if any(token.norm == first and token.capitalised for token in tokens):
            return False
    return False


def _determiner(tokens: Sequence[Token], head: int) -> int | None:
    """The index of "the" before the head noun at ``head`` ("the company", "The group"), with
    up to three lower-case words between; None when it is no definite description or a name
    follows ("the Bank of England")."""
    after = tokens[head + 1] if head + 1 < len(tokens) else None
    if after is not None and (after.norm == "of" or after.capitalised):
        return None
    for back in range(head - 1, max(-1, head - 2 - _MODIFIERS), -1):
        word = tokens[back]
        if word.norm == "the":
            return back
        if word.capitalised or not word.norm.isalpha():
            return None
    return None


def _passive(tokens: Sequence[Token], at: int) -> bool:
    """ "was fined £5m by the regulator", "has been sued by Acme": acted on by the agent its
    "by" names. With no agent the subject may be the event's party ("It has been fined twice
    before", review rvsi35), and "is to cut" is no passive. The shared reader
    (:mod:`.passives`) with adverbs before the auxiliary, a modal as one ("will be sued") and
    forms of *be* stacked ("has been being"), but no *get*: "it got hit by" is untested here."""
    participle = passive_participle(
        tokens, at, be=_BE, perfect=_PERFECT, leading=True, stacked=True
    )
    if participle is None or _acts_after(tokens, participle):
        return False
    return any(  # the agent named: "was fined £5m by the Prudential Authority"
        tokens[by + 1].capitalised or tokens[by + 1].norm in _AGENTS
        for by in agents_after(tokens, participle, _REACH)
    )


_UNDONE = word_set("not never yet to")


def _acts_after(tokens: Sequence[Token], participle: int) -> bool:
    """Whether "and" joins an active clause of the same subject to the passive ("It was hit
    by the slump and has cut 300 jobs", "The company was bought by Sorrel in 2019 and has
    since shut two call centres"; session 44): a perfect or a modal, then no form of *be*
    (not "and has been ordered to pay"). A bare past ("and cut") may be a participle: unread."""
    for at in range(participle + 1, len(tokens) - 1):
        if tokens[at].norm != "and":
            continue
        ahead = [t.norm for t in tokens[at + 1 : at + 5] if t.norm not in _ADVERBS]
        if len(ahead) >= 2 and ahead[0] in _PERFECT and ahead[1] not in _BE:
            undone = ahead[1] in _UNDONE  # "and has not responded", "has yet to" (rv44d)
            return ahead[1].isalpha() and ahead[1] not in _AGENTS and not undone
    return False


def _dummy(tokens: Sequence[Token], at: int) -> bool:
    """ "It took three years and $900m to build", "It is becoming harder for carriers to"."""
    ahead = tokens[at + 1 : at + 10]
    if not ahead:
        return False
    norms = [t.norm for t in ahead]
    if norms[0] in _TAKING and "to" in norms[2:]:
        to = norms.index("to", 2)
        span, after = norms[1:to], tokens[at + 1 + to + 2 : at + 1 + to + 3]
        if after and after[0].norm not in _LINKS_AFTER:
            return False  # "It took five weeks to get the lines moving": the verb's own object
        return bool(set(span) & _SPANS) or any(t.text.startswith(_MONEY) for t in ahead[1:to])
    if norms[0] not in _BE and norms[0] not in _PERFECT:
        return False
    skip = _BE | _GETTING | _ADVERBS | {"much", "far", "even"}
    rest = [t for t in ahead[1:] if t.norm not in skip]
    if len(rest) < 2 or rest[0].norm not in _EASE or rest[1].norm not in _FOR_TO:
        return False
    after = ahead[ahead.index(rest[1]) + 1 :][:1]  # "vital to the plan": a noun's "to"
    noun = bool(after) and (after[0].norm in _AGENTS or after[0].capitalised)
    return rest[1].norm == "for" or not noun


def _thing_subject(article: ArticleText, index: int) -> bool:
    """Whether sentence ``index`` opens with a name's thing as its subject: the name's
    singular noun that is no person's, then a finite verb ("Tarvo Telecom's network went
    down": what went down is what "it" carried). A reported clause's subject is left to the
    verb's sense ("said the grid had been stable. It then ordered" is the speaker's)."""
    if index < 0:
        return False
    tokens = article.sentence_tokens(index)
    for at, token in enumerate(tokens[:-1]):
        if not token.capitalised:
            break  # the sentence's opening name only
        if not token.text.endswith(SINGULAR_POSSESSIVES):
            continue
        for head in range(at + 1, min(at + 2 + _MODIFIERS, len(tokens) - 1)):
            word = tokens[head]
            if word.capitalised or not word.norm.isalpha() or word.norm in PERSON_HEADS:
                break
            if tokens[head + 1].norm in _FINITE or tokens[head + 1].norm.endswith("ed"):
                return not word.norm.endswith("s")  # "its shares fell": plural, no "it"
    return False


def _indefinite_before(article: ArticleText, index: int, head: str) -> bool:
    """Whether one of the three sentences before ``index`` opens with an indefinite of the
    description's own noun ("A group of investors ... The group")."""
    for back in range(max(0, index - 3), index):
        tokens = article.sentence_tokens(back)
        if not tokens or tokens[0].norm not in {"a", "an"}:
            continue
        if head in {t.norm for t in tokens[1 : 2 + _MODIFIERS]}:
            return True
    return False


__all__ = ["idle_standins"]
