"""The ``proposer`` kind: who proposed a truce must be named in its evidence *as the one who
proposed it*, not merely named (outside check 19 planted a mediator and a country the page
never names, and nothing read the field).

A proposer (a country or group by any alias the party rule knows, a person the article ties
to that country, or a person or description by name) stands in a proposing role when it is

- the subject of a verb of proposing: "Egypt proposed", "Mr. Trump proposed", "European
  leaders urged Washington to keep insisting on a ceasefire", "Brazil put forward a plan",
  "Norway, which hosts the talks, floated a truce" (asides and adverbs skipped), "Trump, who
  proposed the truce, said";
- the agent after "by" of such a participle: "a truce proposed by Egypt", "the plan put forward
  by Brazil", "declared by President Vladimir Putin", "drawn up by Qatar"; or after "from",
  "of" or "by" of a noun of proposing: "a proposal from Egypt", "the initiative of France";
- the owner of a noun of proposing: "Trump's call for the fighting to stop", "Trump's idea of
  freezing the front line", "Trump's Ceasefire Plan";
- its modifier: "the U.S. plan", "an Egyptian proposal", "a Trump administration initiative",
  "the three-phase U.S. proposal", "the EU Commission proposal", "Brussels' proposal", "an
  Egyptian-drafted truce", "a Commission-drafted plan" (a body the value names in full, as
  "the European Commission", may be written by its last word: "the Commission").

What counts as proposing (a decision): proposing, suggesting, floating, offering, putting
forward, drafting, tabling, unveiling, declaring (a truce one side declares is its own),
imposing a truce or suspending operations or strikes (check 24; not sanctions), calling
for, urging, pushing or pressing for, and demanding. Brokering is not (an outside check,
session 14: "the Beijing-brokered truce", "brokered by Qatar" name a go-between, and the
page may say another proposed the terms it carried; the broker is refused as unconfirmed,
or unsupported where the page names the proposer: :mod:`proposer_support`).
Mediating, monitoring, hosting, announcing, confirming, accepting and backing are not ("to be
monitored by Egypt", "Egypt, Qatar and the UN sought to mediate": none of them proposed it),
except announcing, extending or renewing a truce that is the subject's own ("the army will
extend its ceasefire", "the rebels announced a unilateral truce", a bare "has announced
cessation of hostilities": outside check 22), or calling off, ending, scrapping or abandoning
it ("has announced to call off its unilateral ceasefire": check 27). Asking to extend
another's truce ("demanded to extend the ceasefire period", "as demanded by X") proposes the
extension, not the truce; a country's possessive before another group's name ("Colombia's ELN
announced") is not the country proposing.

The verdict (:mod:`proposer_support`) reads the truce's own evidence, then its positions'.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..context import Context
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, word_set
from ..people.names import TITLES, find_named
from ..people.party_names import (
    named_at,
    party_of,
    person_part,
    surname_like,
    ties,
)
from .conjoined_subjects import conjunct_verb, placed_name
from .declared_truces import declares_at, owns_declared
from .proposal_owners import proposal_owner
from .truce_keeping import urges_keeping

# Verbs of proposing, as the verb of the proposer ("Egypt proposed") or the participle before
# "by" ("proposed by Egypt"); "for"/"forward" complete "called for", "put forward".
_VERBS = word_set(
    """proposed proposes propose proposing suggested suggests suggest floated floats float
    offered offers offer tabled tables drafted drafts unveiled unveils declared declares
    declare urged urges urge initiated initiates pitched pitches
    presented presents submitted submits demanded demands demand devised crafted authored
    designed mooted"""
)
_NEEDS_NEXT = {
    "put": word_set("forward"), "puts": word_set("forward"), "called": word_set("for on"),
    "calls": word_set("for on"), "call": word_set("for on"), "pushed": word_set("for"),
    "pushes": word_set("for"), "pushing": word_set("for"), "pressed": word_set("for"),
    "presses": word_set("for"), "pressing": word_set("for"), "came": word_set("up"),
    "drawn": word_set("up"), "drew": word_set("up"), "brought": word_set("forward"),
}  # fmt: skip
# Nouns of proposing, owned ("Trump's plan"), modified ("the U.S. plan") or followed by
# "from"/"of"/"by" ("a proposal from Egypt").
_NOUNS = word_set(
    """proposal proposals plan plans initiative initiatives offer offers idea ideas call calls
    framework draft blueprint roadmap proposition formula suggestion push demand"""
)
# Hyphen-joined participles that make a proposer a modifier ("Egyptian-drafted", "the
# Brussels-proposed truce"); "-brokered" and "-mediated" name a go-between.
_NOUN_ONLY = word_set("proposal proposals initiative initiatives idea ideas blueprint roadmap")
_JOINED = word_set("proposed drafted sponsored initiated authored")
_GO_BETWEEN = word_set("brokered mediated facilitated hosted backed")
_OWNERS = word_set("the a an this that its")
_MODIFIERS = word_set(
    """ceasefire truce peace new latest revised original draft initial day week month hour
    humanitarian energy partial full joint administration government led"""
)
# Words that may stand between a proposer and its verb: auxiliaries, adverbs, days.
_BETWEEN = word_set(
    """has have had will also first initially originally jointly last week month year on earlier
    this yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
    then now already reportedly formally publicly officially quietly again which who hereby
    said says it they would"""
)
# "said" between a proposer and its verb only before "it / they" ("Israel said it would").
_SAID = word_set("said says")
_SELF = word_set("it they")
# Words besides names that may stand in a list of proposers or after one's name ("Egyptian
# mediators", "U.S. officials", "Egypt's foreign minister").
_BODY = word_set(
    """officials official mediators mediator negotiators negotiator government administration
    leaders leader diplomats envoy envoys ministry delegation authorities side foreign
    defence defense president minister army military rebels forces fighters militia
    leadership command allies partners several other junta regime"""
)
_LIST = word_set("and the ,")
_BY = word_set("by from of")
_ASIDE_OPENERS = word_set("a an the who which whose its his her their")


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    """The text between ``tokens[index - 1]`` and ``tokens[index]``."""
    return text[tokens[index - 1].end : tokens[index].start] if index else ""


def mentions(part: str, tokens: Sequence[Token], ctx: Context) -> Iterator[tuple[int, int]]:
    """(first, last) token indexes where the sentence names the proposer: a country by any
    alias or by a person the article ties to it; anyone else by name or description."""
    key = party_of(part)
    if key is None:
        yield from find_named(person_part(part), tokens, ctx.article.text)
        return
    words = part.split()
    if len(words) > 1 and words[-1].lower() in _SHORT_BODIES:
        for index, token in enumerate(tokens):  # "the Commission" for "European Commission"
            if token.norm == words[-1].lower() and token.capitalised:
                before = tokens[index - 1] if index else None
                if before is None or not before.capitalised or _own_word(tokens, index - 1, key):
                    yield index, index  # not "the Electoral Commission"
    for index in range(len(tokens)):
        hit = named_at(tokens, index)
        if hit is not None and hit[0] == key:
            yield index, index + hit[2] - 1
        elif surname_like(tokens, index) and key in ties(ctx.article, tokens[index].norm):
            yield index, index


def _own_word(tokens: Sequence[Token], index: int, key: str) -> bool:
    hit = named_at(tokens, index)
    return index == 0 or (hit is not None and hit[0] == key)


# A body's last word that the page may write alone for it ("the Commission").
_SHORT_BODIES = word_set("commission council parliament secretariat")


# After a verb of proposing and "to": a role that is not proposing ("offered to host the
# talks", "proposed to mediate").
_MEDIATING = word_set("host mediate facilitate help broker monitor attend join")


# Announcing or extending is proposing only for a truce that is the subject's own ("the army
# will extend its ceasefire", "announced a unilateral truce"): a mediator announces others'.
_OWN_TRUCE_VERBS = word_set(
    "announced announces announce extended extends extend renewed renews prolonged prolongs"
)
_OWN = word_set("its their his her unilateral sided provisional")  # "one-sided": two tokens
_TRUCE_NOUNS = word_set("ceasefire ceasefires truce truces cessation halt moratorium")
_NOT_OWN_TRUCE = word_set(
    "for of to in on with and or support backing opposition rejection acceptance call plans"
)


def _own_truce(tokens: Sequence[Token], index: int) -> bool:
    """After an announcing or extending verb at ``index``: an own or one-sided truce ("its
    ceasefire", "a unilateral truce", "their seven-day truce") within four words, with no
    "support for" or "call for" between, and no "between" after it (others' truce); or a
    bare one, with no determiner ("has announced cessation of hostilities": check 22), that
    nothing after it gives to others ("between", "by", "agreed", "brokered")."""
    after = tokens[index + 1 : index + 10]
    owned = bare = False
    for position, token in enumerate(after[:5]):
        if position == 0:
            bare = True
        if token.norm in _OWN:
            owned = True
        elif token.norm in _TRUCE_NOUNS:
            rest = {t.norm for t in after[position + 1 :]}
            if owned:
                return "between" not in rest
            return bare and rest.isdisjoint(_OTHERS_TRUCE)
        elif token.norm in _NOT_OWN_TRUCE:
            return False  # "its support for a truce", "a call for a truce"
        elif token.norm in _DETERMINERS:
            bare = False
    return False


_DETERMINERS = word_set("a an the this that these any every another")
# Imposing a truce or suspending one's operations declares a truce of one's own (check 24:
# "will impose a four-day ceasefire", "has suspended all military operations"); imposing
# sanctions or suspending exports does not.
_HALTING = word_set("imposed imposes impose imposing suspended suspends suspend suspending")
_HALTED = word_set(
    """ceasefire ceasefires truce truces pause moratorium halt operations operation offensive
    offensives attacks strikes airstrikes raids hostilities fighting combat shelling bombing"""
)
# After a bare truce noun: the truce is others' ("announced ceasefire between X and Y",
# "announced truce brokered by Qatar").
_OTHERS_TRUCE = word_set("between by agreed brokered reached signed struck mediated")


# Ending one's own truce names who declared it (check 27: "has announced to call off its
# unilateral ceasefire declared four months ago"): the truce must be the subject's own.
_ENDING = word_set("ended ends end ending scrapped scraps scrap abandoned abandons abandon")
_CALLING = word_set("call calls called calling")


def _verb_at(tokens: Sequence[Token], index: int) -> bool:
    if index >= len(tokens):
        return False
    norm = tokens[index].norm
    next_norm = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if urges_keeping(tokens, index):
        return False  # "urged both sides to respect the ceasefire" (truce_keeping)
    if norm in _CALLING and next_norm == "off":
        return _own_truce(tokens, index + 1)  # "called off its (unilateral) ceasefire"
    if norm in _ENDING:
        return _own_truce(tokens, index)  # "ended their truce"
    if declares_at(tokens, index):  # "proclaimed a holiday truce", "ordered an Easter truce"
        return True
    if norm in _OWN_TRUCE_VERBS and next_norm == "to":  # "announced to call off its truce"
        return index + 2 < len(tokens) and _verb_at(tokens, index + 2)
    if norm in _OWN_TRUCE_VERBS:
        return _own_truce(tokens, index)
    if norm in _HALTING:  # "will impose a four-day ceasefire", "suspended all operations"
        objects = {t.norm for t in tokens[index + 1 : index + 6]}
        return not objects.isdisjoint(_HALTED) and _not_others_extension(tokens, index)
    if norm in _VERBS:
        after = [t.norm for t in tokens[index + 1 : index + 3]]
        if after[:1] == ["to"] and after[1:] and after[1] in _MEDIATING:
            return False
        return _not_others_extension(tokens, index)
    following = _NEEDS_NEXT.get(norm)
    if following is None or not any(t.norm in following for t in tokens[index + 1 : index + 3]):
        return False
    return _not_others_extension(tokens, index)


# Asking to extend a truce proposes the extension, not the truce ("have demanded to extend
# the ceasefire period", "called for an extension of the truce": check 22's KIA plant),
# unless the truce is the asker's own ("offered to extend its truce").
_EXTENDING = word_set(
    """extend extending extension prolong prolonging prolongation renew renewing renewal"""
)


def _not_others_extension(tokens: Sequence[Token], index: int) -> bool:
    """No extension word within four words after the verb at ``index``, or one of the
    asker's own truce."""
    for position in range(index + 1, min(index + 5, len(tokens))):
        if tokens[position].norm in _EXTENDING:
            return _own_truce(tokens, position)
    return True


def _noun_after(tokens: Sequence[Token], start: int, text: str, owned: bool = False) -> bool:
    """A noun of proposing from ``start``, after at most three modifiers (capitalised words,
    numbers, hyphen-joined words, words of a truce: "the U.S. 30-day ceasefire proposal"; after
    a possessive any word but a function word: "Biden's three-phase proposal", not "Russia's
    rejection of the plan") in the same clause; not a verb ("the U.S. and Russia plan to
    meet")."""
    for index in range(start, min(start + 4, len(tokens))):
        token = tokens[index]
        if index > start and clause_gap(tokens, index - 1, text):
            return False
        if token.norm in _NOUNS:  # "a U.S. proposal to end", not "the U.S. plan to meet"
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            return token.norm in _NOUN_ONLY or following != "to"
        if token.joined and token.norm in _GO_BETWEEN:
            return False  # "the Qatar-brokered truce proposal": the broker's, not its plan
        modifier = token.capitalised or token.is_number or token.joined
        if owned and token.norm not in _FUNCTION_WORDS and not _verb_at(tokens, index):
            modifier = True
        if not (modifier or token.norm in _MODIFIERS):
            return False
    return False


# Words that end a possessive's noun phrase before a noun of proposing could come.
_FUNCTION_WORDS = word_set(
    """of the a an to for in on at by with and or but that which who is are was were has have
    had will would said says"""
)


def _determined(tokens: Sequence[Token], first: int) -> bool:
    """A determiner before the proposer, over up to three modifiers ("the three-phase U.S.
    proposal", "a new Egyptian plan", a body's acronym: "a UN French draft resolution"), or
    the sentence's start ("U.S. plan for truce")."""
    for index in range(first - 1, max(first - 5, -1), -1):
        token = tokens[index]
        if token.norm in _OWNERS:
            return True
        compound = token.joined or (index + 1 < first and tokens[index + 1].joined)
        acronym = len(token.text) > 1 and token.text.replace(".", "").isupper()
        if not (token.is_number or compound or acronym or token.norm in _MODIFIERS):
            return False  # "three-phase": both halves are one modifier
    return first == 0


def _owner(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """ "Trump's call for", "the U.S. plan", "an Egyptian proposal", "Egyptian-drafted"."""
    if tokens[last].text.lower().endswith(SINGULAR_POSSESSIVES) or _bare_possessive(
        tokens, last, text
    ):
        return _noun_after(tokens, last + 1, text, owned=True)
    after = last + 1
    if after < len(tokens) and tokens[after].norm in _JOINED:
        gap = _gap(tokens, after, text)
        if gap and "-" in gap and not gap.isspace() and " " not in gap:
            return True  # "Egyptian-drafted", "Brussels-proposed"
    return _determined(tokens, first) and _noun_after(tokens, after, text)


def _agent(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "proposed by Egypt", "put forward by Brazil", "declared by President Vladimir Putin",
    "a proposal from Egypt": back over titles and a list of names to "by"/"from"/"of"."""
    index = first - 1
    while index >= 0 and (
        tokens[index].norm in TITLES or tokens[index].norm in _LIST or tokens[index].capitalised
    ) and tokens[index].norm not in _BY:  # fmt: skip
        index -= 1
    if index < 1 or tokens[index].norm not in _BY:
        return False
    word = tokens[index].norm
    before = [t.norm for t in tokens[max(index - 3, 0) : index]]
    if (
        word == "by"
        and before[-2:-1] == ["as"]
        and any(t.norm in _EXTENDING for t in tokens[: index - 2])
    ):
        return False  # "will extend its ceasefire ... as demanded by X": X asked for it
    if word == "by" and any(
        _verb_at(tokens, i) or tokens[i].norm in ("forward", "up")
        for i in range(max(index - 3, 0), index)
    ):
        return True
    return bool(before) and before[-1] in _NOUNS


def _past_adverbs(tokens: Sequence[Token], index: int) -> int:
    """The first index from ``index`` that is no auxiliary or adverb ("who had first")."""
    while index < len(tokens) and (
        tokens[index].norm in _BETWEEN or tokens[index].norm.endswith("ly")
    ):
        index += 1
    return index


def _bare_possessive(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "Brussels' proposal": a name ending in "s" and an apostrophe alone (the tokens keep
    no mark after the "s")."""
    gap = _gap(tokens, last + 1, text) if last + 1 < len(tokens) else ""
    return tokens[last].norm.endswith("s") and gap[:1] in ("'", "\u2019") and gap[1:].isspace()


def _possessive(token: Token) -> bool:
    return token.text.lower().endswith(SINGULAR_POSSESSIVES)


def _subject(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "Egypt proposed", "Mr. Trump on Tuesday proposed", "Russia and Turkey put forward",
    "Norway, which hosts the talks, floated": the proposer's verb after its name, a list of
    names, an aside set off by commas and a few adverbs."""
    index = last + 1
    start = last
    while start > 0 and tokens[start - 1].capitalised:
        start -= 1  # "drafted by Egypt and welcomed by Hamas, calls for": the plan calls
    if (
        start
        and tokens[start - 1].norm == "by"
        and index < len(tokens)
        and "," in _gap(tokens, index, text)
    ):
        return False
    if _possessive(tokens[last]) and index < len(tokens):
        following = tokens[index]
        if following.capitalised and following.norm not in _BODY | TITLES:
            return False  # "Colombia's ELN announced": the ELN's verb, not Colombia's
    while index < len(tokens) and (
        tokens[index].capitalised or tokens[index].norm in _BODY or tokens[index].norm in TITLES
    ):
        index += 1  # "Egyptian mediators", "Egypt's foreign minister Sameh Shoukry"
    skipped = 0
    while index < len(tokens):
        gap = _gap(tokens, index, text)
        norm = tokens[index].norm
        if "," in gap and norm in _ASIDE_OPENERS:
            if norm in ("who", "which") and _verb_at(tokens, _past_adverbs(tokens, index + 1)):
                return True  # "Trump, who proposed the truce, said", "Moscow, which declared"
            closing = next(
                (i for i in range(index + 1, min(index + 20, len(tokens)))
                 if "," in _gap(tokens, i, text)),
                None,
            )  # fmt: skip
            if closing is None:
                return False
            index = closing
            continue
        if _verb_at(tokens, index):
            return True
        if norm == "and" and index + 1 < len(tokens) and not tokens[index + 1].capitalised:
            return conjunct_verb(tokens, index + 1, text, lambda i: _verb_at(tokens, i))
        if norm == "and" or tokens[index].capitalised or norm in _BODY:
            index += 1  # "Russia and Turkey put forward", "France and several allies"
            continue
        if norm in _SAID and not (index + 1 < len(tokens) and tokens[index + 1].norm in _SELF):
            return False  # "Israel said it would suspend", not "the UN said Ethiopia imposed"
        if norm in _BETWEEN or norm.endswith("ly"):
            skipped += 1
            if skipped > 4:
                return False
            index += 1
            continue
        return False
    return False


def proposes(part: str, tokens: Sequence[Token], ctx: Context) -> bool:
    text = ctx.article.text
    return any(
        _owner(tokens, first, last, text)
        or owns_declared(tokens, first, last, text)
        or proposal_owner(tokens, first, last, text)
        or _agent(tokens, first, text)
        or (_subject(tokens, last, text) and not placed_name(tokens, first, True))
        for first, last in mentions(part, tokens, ctx)
    )


__all__ = ["mentions", "proposes"]
