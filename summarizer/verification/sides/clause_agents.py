"""Who acts in a clause whatever its verb (outside checks 59 and 60, session 27): the one
who acts on a measure or a truce is the subject of the act's verb, or the agent after "by" of
a passive participle, whatever the verb is ("Canada, Australia and New Zealand blacklisted",
"The snapback was set in motion on 28 August by France, Germany and the United Kingdom",
"The text had been written by the council's ten elected members", "Antonio Guterres, the UN
Secretary-General, wanted a pause", "the truce, which X asked for"). A list in that position
holds each of its members; a name given as an alias in an aside ("Their foreign ministers,
known together as the Quad, want") stands for the aside's head.

The verbs are an open class, so the rule does not list the ones that act; it asks that the
verb act *on* the measure or the truce (:mod:`act_objects`: its object, its passive subject or
its relative antecedent is the measure or the truce, or the verb shares a measure noun's
stem), and keys on the closed set of shapes where a named party does *not* act in it:
- the object or target: a verb or preposition governs the name (its list), the name is the
  subject of a passive or copula ("Iran was hit"), of a verb of undergoing ("faces"), or only
  modifies a noun ("the Iran sanctions took effect");
- the one who reports, answers, reacts or votes: the clause's verb is a speech verb, a stance
  or reaction verb, a vote, a linking verb ("stayed silent") (:data:`_NOT_ACTS`), or any
  verb with a clause of its own after it ("Reuters learned that the Treasury blacklisted");
  asking verbs count only before "for" and only where the caller allows it (a truce asked
  for is proposed; a measure pressed for is not made);
- the go-between, host, monitor or companion: the verb or the participle before "by" relays,
  hosts, mediates, monitors or accompanies;
- the absentee or the refuser: a negation or a verb of refusing before the act; the one who
  helps, or acts on an existing truce's course (ends, breaks, extends, suspends it);
- the actor of another clause: a subject after a subordinating word ("after Iran shipped")
  acts in the cause, not the measure; only the sentence's start, a comma or dash, "and",
  "but" or a relative "that"/"which"/"whom" may open the name's clause.
Read by the sponsor rule (:func:`summarizer.verification.rules.support_person`) and the
proposer rule (:mod:`summarizer.verification.sides.proposer_support`) only after their own cue
readings fail, so every wording those read keeps its verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..acts.actors import STANCES, actor_cues
from ..acts.amount_bys import amount_by
from ..acts.measure_acts import measure_cues
from ..context import Context
from ..counts.count_nouns import cue_positions
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES, find_named
from ..sentences.runs import possessive
from ..sentences.speech import SPEECH_VERBS
from .act_objects import (
    PROPOSER_ACT,
    SPONSOR_ACT,
    ActNouns,
    antecedent_about,
    object_about,
    passive_about,
)

# Words that open the name's clause when they stand right before it.
_OPENERS = word_set("that which whom and but so then")
_DETERMINERS = word_set("the a an its their")
# Between the subject and its verb: auxiliaries, adverbs, a day ("on Thursday").
_AUX = word_set("has had have will would could can may might shall should must do does did")
_ADVERBS = word_set(
    """also jointly together then later earlier first quickly finally already formally
    personally swiftly again long since now once last this week month year on in at
    quietly alone themselves itself"""
)
_NEGATIONS = word_set("not never no nt cannot")
_BE = word_set("is was were are be been being am")
# "is set to", "was expected to": an intention; the verb after "to" is the act.
_INTENT = word_set("set due expected poised ready about likely going preparing planning")
# Verbs of undergoing, reacting, voting, relaying, hosting, watching, accompanying,
# refusing, helping, answering an existing measure (ignoring, defying, complying; delaying,
# vetoing, watering down, leaking, studying or criticising it: review rvac27), or of
# an existing truce's course (ending, breaking, extending): their
# subject (or their "by" agent) does not make the measure or the truce.
_NOT_ACTS = (
    SPEECH_VERBS
    | STANCES
    | word_set(
        """face faces faced facing suffer suffers suffered endure endured escape escaped
        evade evaded avoid avoided condemn condemns condemned denounce denounced slam
        slammed decry decried protest protested vote votes voted abstain abstained
        abstains relay relays relayed convey conveyed deliver delivered pass passed hand
        handed forward forwarded transmit transmitted carry carried host hosts hosted
        mediate mediated broker brokered facilitate facilitated monitor monitored
        supervise supervised oversee oversaw overseen observe observed verify verified
        guarantee guaranteed witness witnessed accuse accused accuses accompany accompanied
        flank flanked joined inform informed informs sign signs signed agree learn learned
        learnt obtain obtained cite cited quote quoted stay stayed remain remained seem seemed
        become became appear appeared
        end ended ends scrap scrapped abandon abandoned break broke breach breached violate
        violated extend extended extends prolong prolonged resume resumed suspend suspended
        help helped helps helping assist assisted
        ignore ignored ignores defy defied defies flout flouted circumvent circumvented dodge
        dodged skirt skirted bypass bypassed comply complied obey obeyed weather weathered
        challenge challenged contest contested
        join lobby lobbied press pressed appeal appealed beg begged petition petitioned
        refuse refused decline declined fail failed accept accepted receive received
        welcome welcomed hail hailed back endorse endorsed
        delay delayed delays postpone postponed stall stalled block blocked veto vetoed
        vetoes obstruct obstructed water watered weaken weakened dilute diluted leak
        leaked leaks study studied studies review reviewed examine examined weigh weighed
        consider considered debate debated discuss discussed criticise criticised
        criticize criticized attack attacked"""
    )
)
# Asking verbs that propose what they ask for ("asked for a truce", "pressed for a pause").
_ASKING = word_set(
    "ask asks asked call calls called press pressed push pushed appeal appealed urge urged"
)
# A verb before a clause of its own reports or weighs that clause's act.
_COMPLEMENTS = word_set("that whether how if")
# "Agreed" with a direct object makes a measure; "agreed to/on/with" consents to another's.
_AGREEING = word_set("agree agreed agrees")
_AGREED_TO = word_set("to on with that upon")
_PRONOUNS = word_set("they he she it")
_CONTINUING = word_set("when and then")
_ALIASES = word_set("known dubbed called styled")
_ALIAS_ADVERBS = word_set("together collectively jointly informally also as")
# Participles and past forms that end neither in -ed nor in -en.
_IRREGULAR = word_set(
    """set put made took taken sent led drew drawn wrote written brought laid sought won
    struck cast spread cut shut bound built began begun held kept left lent meant paid sold
    found gave given froze frozen chose chosen broke broken drove driven thrown threw"""
)
_FINITE_NEXT = word_set(
    "the a an its their his her to new fresh more further both all each every any some"
)
# Nouns a name may modify, never the verb after it ("the Iran sanctions", "US officials").
_NOUNS = TITLES | SPONSOR_ACT.nouns | PROPOSER_ACT.nouns | PROPOSER_ACT.carriers
_PARTICIPLE_REACH = 8
_ASIDE_REACH = 20


def _verb_form(token: Token) -> bool:
    """A past form or participle by its shape: "-ed" or an irregular one."""
    word = token.norm
    return not token.capitalised and ((word.endswith("ed") and len(word) > 3) or word in _IRREGULAR)


def acts_in_clause(
    tokens: Sequence[Token], first: int, last: int, text: str, about: ActNouns,
    asking: bool = False,
) -> bool:  # fmt: skip
    """Whether the name at ``tokens[first..last]`` is the subject, or the "by" agent, of its
    clause's verb, that verb is no verb of the wrong class and it acts on the measure or the
    truce (``about``, :mod:`act_objects`); ``asking``: an asking verb before "for" acts (a
    truce asked for is proposed). See the module."""
    start, end = _group(tokens, first, last, text)
    if possessive(tokens[end], text):
        return False  # "Iran's foreign minister said": another person acts
    before = start - 1
    while before >= 0 and tokens[before].norm in _DETERMINERS:
        before -= 1
    if before >= 0 and tokens[before].norm == "by" and not amount_by(tokens, before):
        participle = _participle(tokens, before, text)
        return participle is not None and passive_about(tokens, participle, text, about)
    after_alias = _after_alias(tokens, before, end, text)
    opener = _opener(tokens, start, text) if after_alias is None else -1
    if opener is None:
        return False
    loose = after_alias is not None
    verb = _verb(tokens, end + 1 if after_alias is None else after_alias, text, loose)
    if verb is None or not _acting(tokens, verb, asking):
        return False
    if verb + 2 < len(tokens) and tokens[verb + 1].norm == "to":
        verb += 2  # "moved to freeze the assets": the infinitive's object
    return (
        object_about(tokens, verb, text, about, asking)
        or (opener >= 0 and antecedent_about(tokens, opener, about))
        or _continued(tokens, verb, text, about, asking)
    )


def _continued(
    tokens: Sequence[Token], verb: int, text: str, about: ActNouns, asking: bool
) -> bool:
    """A later clause of the sentence whose subject is a pronoun for the same subject ("set
    the clock running ..., when they opened a 30-day process to restore the sanctions")."""
    for index in range(verb + 1, len(tokens) - 1):
        if tokens[index].norm in _PRONOUNS and tokens[index - 1].norm in _CONTINUING:
            again = _verb(tokens, index + 1, text, False)
            return (
                again is not None
                and _acting(tokens, again, asking)
                and object_about(tokens, again, text, about, asking)
            )
    return False


def _opener(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """Where the name (its list) opening at ``start`` opens its clause: -1 at the sentence's
    start or after a mark, the index of a coordinating or relative word before it; None when
    it opens none (a subordinating word before it: "after Iran shipped"). Capitalised words,
    titles and determiners before it are skipped."""
    index = start - 1
    while index >= 0:
        token = tokens[index]
        if "," in text[token.end : tokens[index + 1].start] or _marked(tokens, index, text):
            return -1
        if token.capitalised or token.norm in TITLES or token.norm in _DETERMINERS:
            index -= 1
            continue
        if token.norm in ("of", "for") and index and tokens[index - 1].capitalised:
            index -= 1
            continue
        return index if token.norm in _OPENERS else None
    return -1


def _marked(tokens: Sequence[Token], index: int, text: str) -> bool:
    gap = text[tokens[index].end : tokens[index + 1].start]
    return any(mark in gap for mark in ";:(\u2014\u2013") or " - " in gap


def _after_alias(tokens: Sequence[Token], before: int, end: int, text: str) -> int | None:
    """The index after the aside a name is an alias in ("Their foreign ministers, known
    together as the Quad, want"): the aside's head is the subject of the verb after it."""
    index = before
    while index >= 0 and tokens[index].norm in _ALIAS_ADVERBS:
        index -= 1
    if index < 1 or tokens[index].norm not in _ALIASES:
        return None
    if "," not in text[tokens[index - 1].end : tokens[index].start]:
        return None
    if end + 1 < len(tokens) and "," in text[tokens[end].end : tokens[end + 1].start]:
        return end + 1
    return None


def _verb(tokens: Sequence[Token], index: int, text: str, loose: bool) -> int | None:
    """The index of the clause's verb after its subject, or None: asides, auxiliaries,
    adverbs and a day skipped; a negation, a passive or copula, or no verb-like word gives
    None. After an aside or an auxiliary (``loose``) any content word is the verb."""
    closed = index if loose else -1  # the index an aside (or the alias aside) closed before
    while index < len(tokens):
        token = tokens[index]
        gap = text[tokens[index - 1].end : token.start] if index != closed else ""
        if "," in gap or "(" in gap:
            close = _aside_end(tokens, index, text)
            if close is None:
                return None
            index, loose, closed = close, True, close
            continue
        if ";" in gap or ":" in gap:
            return None
        norm = token.norm
        if norm in _NEGATIONS or token.text.lower().endswith("n't"):
            return None
        if norm in _AUX:
            index, loose = index + 1, True
            continue
        if norm in _ADVERBS or token.capitalised or token.is_number:
            index += 1
            continue
        if norm in _BE:
            after = index + 3
            if (
                after < len(tokens)
                and tokens[index + 1].norm in _INTENT
                and tokens[index + 2].norm == "to"
            ):
                return after  # "is set to impose"
            return None  # "Iran was hit by", "Canada is a member"
        if norm in _DETERMINERS or norm == "to" or norm in _OPENERS:
            return None
        if loose or _verb_form(token):
            return index
        if index + 1 < len(tokens) and norm not in _NOUNS:
            following = tokens[index + 1]
            if following.norm in _FINITE_NEXT or following.is_number:
                return index  # "designates 29 vessels", "Kenya and Ethiopia want both armies"
        return None
    return None


def _aside_end(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The index after an aside opening before ``tokens[index]`` (a comma or a parenthesis)
    and closing within reach with the same mark."""
    closing = ")" if "(" in text[tokens[index - 1].end : tokens[index].start] else ","
    for end in range(index + 1, min(index + _ASIDE_REACH, len(tokens))):
        gap = text[tokens[end - 1].end : tokens[end].start]
        if ";" in gap:
            return None
        if closing in gap:
            if closing == ")" and "," in gap:
                return end
            return end
    return None


def _participle(tokens: Sequence[Token], by: int, text: str) -> int | None:
    """The participle a "by" at ``by`` names the agent of: the nearest past form before it in
    its clause, unless a relaying, hosting, monitoring, accompanying or stance one ("hosted by
    Turkey", "Flanked by X")."""
    for index in range(by - 1, max(by - 1 - _PARTICIPLE_REACH, -1), -1):
        if any(mark in text[tokens[index].end : tokens[index + 1].start] for mark in ",;:("):
            return None
        if _verb_form(tokens[index]):
            return None if tokens[index].norm in _NOT_ACTS else index
    return None


def _acting(tokens: Sequence[Token], verb: int, asking: bool) -> bool:
    """Whether the verb at ``verb`` (and the one after its "to") is no verb of the wrong
    class; an asking verb before "for" acts where ``asking``."""
    norm = tokens[verb].norm
    after = tokens[verb + 1].norm if verb + 1 < len(tokens) else ""
    if asking and norm in _ASKING and after == "for":
        return True  # "asked for a truce", "pressed for a pause"
    if not asking and norm in _AGREEING and after not in _AGREED_TO:
        return True  # "the EU agreed its 18th package": agreeing a measure makes it
    if norm in _NOT_ACTS or after in _COMPLEMENTS:
        return False  # "Reuters learned that the Treasury ...": the clause after is the act
    if after == "to" and verb + 2 < len(tokens):
        return tokens[verb + 2].norm not in _NOT_ACTS  # "moved to", not "sought to block"
    return True


def _group(tokens: Sequence[Token], first: int, last: int, text: str) -> tuple[int, int]:
    """The span of the list the name stands in ("Britain, France and Germany"): members (runs
    of capitalised words, "of" inside) joined by commas, "and" or "or", a determiner before a
    member kept; commas alone join no list ("On Tuesday, Canada"), an "and" or "or" must."""
    start, end, conjoined, commas = first, last, False, False
    while True:  # leftwards
        index = start - 1
        while index >= 0 and tokens[index].norm in _DETERMINERS:
            index -= 1
        if index < 1:
            break
        if tokens[index].norm in ("and", "or"):
            joiner, index = "and", index - 1
        elif "," in text[tokens[index].end : tokens[index + 1].start]:
            joiner = ","
        else:
            break
        if not tokens[index].capitalised or tokens[index].norm in TITLES:
            break
        conjoined, commas = conjoined or joiner == "and", commas or joiner == ","
        start = _member_start(tokens, index, text)
    while True:  # rightwards
        index = end + 1
        if index >= len(tokens):
            break
        if tokens[index].norm in ("and", "or"):
            joiner, index = "and", index + 1
        elif "," in text[tokens[end].end : tokens[index].start]:
            joiner = ","
        else:
            break
        while index < len(tokens) and tokens[index].norm in _DETERMINERS:
            index += 1
        if index >= len(tokens) or not tokens[index].capitalised or tokens[index].norm in TITLES:
            break
        conjoined, commas = conjoined or joiner == "and", commas or joiner == ","
        end = _member_end(tokens, index, text)
    if commas and not conjoined:
        return first, last
    return start, end


def _member_start(tokens: Sequence[Token], index: int, text: str) -> int:
    while index > 0 and not _gap(tokens, index - 1, text):
        before = tokens[index - 1]
        if before.capitalised:
            index -= 1
        elif before.norm in ("of", "for") and index > 1 and tokens[index - 2].capitalised:
            index -= 2
        else:
            break
    return index


def _member_end(tokens: Sequence[Token], index: int, text: str) -> int:
    while index + 1 < len(tokens) and not _gap(tokens, index, text):
        after = tokens[index + 1]
        if after.capitalised:
            index += 1
        elif (
            after.norm in ("of", "for")
            and index + 2 < len(tokens)
            and tokens[index + 2].capitalised
        ):
            index += 2
        else:
            break
    return index


def _gap(tokens: Sequence[Token], left: int, text: str) -> str:
    """The punctuation between ``tokens[left]`` and the next token."""
    return text[tokens[left].end : tokens[left + 1].start].strip()


def clause_sponsor(ctx: Context, part: str, cues: tuple[str, ...]) -> bool:
    """Whether an evidence sentence that tells no act by the field's ``cues`` (nor a maker's
    verb) makes ``part`` the subject or "by" agent of its clause's verb, whatever the verb
    (see the module); never the measure's own target. Where a cue tells the act, the cue
    reading decides ("Shaheen introduced the bill; Paul attacked it"). Only for a sponsor
    (a "sponsor" cue among ``cues``)."""
    instrument = getattr(ctx.fact, "instrument", None)
    if "sponsor" not in cues or str(getattr(instrument, "value", instrument)) == "bill":
        return False  # a bill's sponsor is named by the parliament cues
    targets = " ".join(str(t) for t in getattr(ctx.fact, "targets", None) or [])
    if targets and find_named(part, tokenize(targets)):
        return False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        if cue_positions(tokens, actor_cues(cues)) or measure_cues(ctx.article, index):
            continue
        for first, last in find_named(part, tokens, ctx.article.text):
            if acts_in_clause(tokens, first, last, ctx.article.text, SPONSOR_ACT):
                return True
    return False


__all__ = ["acts_in_clause", "clause_sponsor"]
