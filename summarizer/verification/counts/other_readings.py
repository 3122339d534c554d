"""Whether a number the rules could not read as a field's is contradicted or only unread.

A field's number that is in its evidence but not next to the field's cue words ("84 is in its
evidence, but not as this field's number") was a strong flag. Measured on the outside checks
50-69 (session 31), that reason was a false alarm as often as it caught a planted number (55
and 55), and on the unseen checks 70-71 three times as often (16 and 5): the words are there,
and the rules simply did not read their role, which is what an *unconfirmed* flag says. It is
a contradiction only when the same evidence gives the field another number: "with 84
co-sponsors" against a value of 500 (the tariff's number). So the strong flag is kept exactly
when another of the evidence's numbers reads as the field's by the same rule; otherwise the
flag is unconfirmed (session 32; the split kept 54 of the 55 right strong flags on 50-69 and
moved 40 of the 55 false ones).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from functools import partial
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTHS
from ..context import Context, Result, unconfirmed
from ..figures.numbers import NumberMention
from ..figures.written_units import unit_written
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .amounts import ANY_COUNT, any_count_of, claimed, counts_as, cue_word, with_synonyms
from .count_nouns import cue_positions, other_noun
from .count_reach import other_verb, part_of_count
from .durations import day_lengths
from .ranges import named_part
from .sentence_numbers import number_value, numbers_of_sentence

# Words before a capitalised noun that make it and the number after it a label ("on Route 9",
# "in Ward 7", "at Gate 3"): the number names a thing, it counts nothing (review rvst32).
_LABEL_LEADS = word_set("on at in from near to along off via into onto of by")
# Places and vehicles a count's deed happened in or on ("killed villagers in 3 hamlets",
# "displaced families across 7 districts", "flown out on 2 helicopters"): not its people.
_WHERE = word_set("in across on from into throughout within aboard")

# Set while the other numbers are read: their own refusals do not look for others again.
_REREADING: ContextVar[bool] = ContextVar("_REREADING", default=False)


def unread_number(
    value: Any, wanted: float, rule: Supported, ctx: Context, support: Callable[[Any], Result]
) -> Result:
    """The refusal of a number that is in its evidence but not next to the field's cue words:
    strong when ``support`` (the field's rule) reads another of the evidence's numbers as the
    field's, unconfirmed otherwise (see the module). A length in days also offers the lengths
    the evidence writes in weeks or hours, as the rule reads them: "a two-week ceasefire" is 14
    days, "a 48-hour truce" 2 (review rvst32)."""
    reason = (
        f"{wanted:g} is in its evidence, but not as this field's number "
        f"(no {'/'.join(rule.cues)}{' with ' + rule.unit if rule.unit else ''} next to it)"
    )
    tokens_of = ctx.article.sentence_tokens
    numbers_of = _named_out(
        partial(numbers_of_sentence, ctx.article), tokens_of, rule.kind == "count"
    )
    if rule.unit == "day":
        numbers_of = _with_lengths(numbers_of, tokens_of)
    other = _other_reading(value, wanted, ctx.sentences, numbers_of, lambda v: support(v)[0])
    if (
        other is None
        and not _REREADING.get()
        and rule.kind == "count"
        and _sentence_cue(wanted, _qualifier(value), rule, ctx)
    ):
        return True, ""  # its sentence names what it counts, and no other number is that
    if (
        other is None
        and not _REREADING.get()
        and rule.kind == "count"
        and _unit_written(wanted, _qualifier(value), rule, ctx)
    ):
        return True, ""  # "a 40p jump" for an increase in pence: the unit is on the number
    return unconfirmed(reason) if other is None else (False, f"{reason}; {other:g} is")


def _unit_written(wanted: float, qualifier: str, rule: Supported, ctx: Context) -> bool:
    """Whether a sentence of the evidence writes the count's number in the unit its ``what``
    names, as :func:`..figures.written_units.unit_written` reads it ("a 40p jump")."""
    what = str(getattr(ctx.fact, "what", "") or "")
    cues = tuple(c for c in rule.cues if c not in ANY_COUNT)
    return any(
        unit_written(
            ctx.article.sentence_tokens(index),
            numbers_of_sentence(ctx.article, index),
            ctx.article.text,
            what,
            cues,
            wanted,
            qualifier,
        )
        for index in ctx.sentences
    )


def _qualifier(value: Any) -> str:
    read = number_value(value)
    return read[1] if read else "exact"


def _sentence_cue(wanted: float, qualifier: str, rule: Supported, ctx: Context) -> bool:
    """Whether a count's number is the one number of its sentence that can be what the count
    counts, its sentence naming that thing: "The marchers, who had walked from the docks
    through the old town ..., were put by organisers at around 6,500" (session 44, fcu44).
    The issue's rule for a number is that it stand in the sentence of its field's cue words
    and belong to no other field; the window of :func:`.number_rules.support_number` asks
    more (a cue within ten words), and the count was flagged unconfirmed although no other
    number of its evidence reads as it (the caller's test, which keeps every strong flag).
    Read here when the sentence has one number of the value, of the field's unit, with no
    noun of its own ("300 police officers" counts no marchers), no year's, age's or date's
    shape, not after "by" and no partitive's part ("Eight of the hostages, ... were not
    released"); every word of what it counts in the sentence (one of them may be a synonym:
    "died" for "killed"; not "total" or "figure", nor a modifier such as "last" or "new");
    and one of them that no other number claims, with no other number, clause, negation or
    "the rest" between.

    Review rv44f closed what that read wrongly: the number's own bound against the count's
    ("no more than 6,500" for more than 6,500: its qualifier, as the window rule asks); the
    count's words in another noun's phrase ("Relatives of the hostages ... numbered about
    300", "The nurses who cared for the miners ..."); a plan, a forecast or a comparison
    between them ("had been expected to reach 2,300", "compared with 14"); a number inside
    another noun's relative clause ("joined a camp that already holds about 12,000"), an
    agent's size ("by a team of 30") and another time's ("last season's 45")."""
    cue_words = with_synonyms(rule.cues)
    own = tuple(c for c in cue_words if c not in ANY_COUNT and c not in _WEAK_CUES)
    if not own:
        return False
    words = [t.norm for t in tokenize(str(getattr(ctx.fact, "what", "") or "").replace("-", ""))]
    # each word of what it counts, with the stems of it among the cues ("killed": "killed",
    # "kill"): a word is named once however many of its stems the cues hold
    groups = [stems for w in words if (stems := frozenset(c for c in own if w.startswith(c)))]
    named = frozenset().union(*groups)  # the rest of the cues: its synonyms
    said = partial(_said, named, tuple(c for c in own if c not in named))
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = numbers_of_sentence(ctx.article, index)
        mine = [m for m in mentions if abs(m.value - wanted) <= 1e-9]
        text = ctx.article.text
        if len(mine) != 1 or not _plain(tokens, mine[0], own, text):
            continue
        present = {c for t in tokens for c in own if said(t.norm, (c,))}
        missing = sum(1 for stems in set(groups) if not stems & present)
        if missing > min(len(present - named), 1):
            continue  # "Eight of the hostages ... were released" names no hostages killed
        mention = mine[0]
        what = str(getattr(ctx.fact, "what", "") or "")
        if qualifier not in mention.qualifiers and not named_part(mention, qualifier, what, tokens):
            continue  # "no more than 6,500" is no count of more than 6,500
        cues = cue_positions(tokens, cue_words)
        if not counts_as(mention, rule, tokens, cues) or mention.after == "of":
            continue  # a partitive's part ("Eight of the hostages, ...") is not read here
        for cue in cues:
            if not said(tokens[cue].norm, own) or mention.first <= cue <= mention.last:
                continue
            low, high = sorted((cue, mention.first if cue < mention.first else mention.last))
            if any(m is not mention and low <= m.last and m.first <= high for m in mentions):
                continue  # another number stands between: the cue may be its noun
            gap = text[tokens[low].end : tokens[high].start]
            if ";" in gap or any(t.norm in _CLAUSE_BREAKS for t in tokens[low:high]):
                continue  # "...; police said they held 40", "..., while 40", "not", "the rest"
            if cue < mention.first and _not_stated(tokens, cue, mention.first, text):
                continue  # "had been expected to reach 2,300", "compared with 14"
            if cue < mention.first and (
                _led(tokens, cue, own, text) or _in_relative(tokens, cue, mention.first, own, text)
            ):
                continue  # "Relatives of the hostages"; "joined a camp that holds 12,000"
            if (
                claimed(tokens, cue, mention, mentions)
                or not any_count_of(tokens, cue, mention, rule.cues)
                or other_noun(tokens, mention, mentions, cue, cues, text)
                or other_verb(tokens, cue, mention, mentions, text)
                or part_of_count(tokens, cue, mention)
            ):
                continue
            return True
    return False


def _said(
    named: frozenset[str], synonyms: tuple[str, ...], word: str, cues: tuple[str, ...]
) -> bool:
    """Whether ``word`` is one of ``cues``: a stem of the count's own words by prefix, a
    synonym only as a form of its own word (review rv47c): since wide47c a synonym stands in
    for a count's word of two stems, and "Livestock losses ... have now reached 2,400" is no
    toll of the dead, nor "The deadline ..." nor "Diesel sales ..."; "lives", "died",
    "fatalities", "evacuations" are."""
    return any(
        word[len(cue) :] in _ENDINGS if cue in synonyms else cue_word(word, (cue,))
        for cue in cues
        if word.startswith(cue)
    )


# What may follow a synonym's stem in a form of its own word ("death": "deaths"; "injur":
# "injured", "injuries"; "evacuat": "evacuation"; "fatalit": "fatalities").
_ENDINGS = word_set(
    "s es d ed ing ings er ers r rs y ies ion ions ment ments ement ements e ee ees ur urs or "
    "ors ition itions ity ities ship ships"
) | {""}


def _led(tokens: Sequence[Token], cue: int, own: tuple[str, ...], text: str) -> bool:
    """Whether a count's word at ``cue`` is in another noun's phrase: after a relative word,
    an "of" not after a word for any count, or a plural noun of no count word, all in its
    own stretch of the sentence (since the last comma, colon or semicolon): "Relatives of
    the hostages", "Police officers who guarded the marchers", "The lawyers representing
    the families"; not "The number of marchers" nor "In the end, the delegates". Asked of
    a word before its number only: check-77's "2.9 per cent, is roughly half the size of
    this spring's increase" keeps fcu44's reading (the one alarm that rule cut)."""
    start = cue
    while start > 0 and not any(
        c in text[tokens[start - 1].end : tokens[start].start] for c in ",;:"
    ):
        start -= 1
    for index in range(start, cue):
        word = tokens[index].norm
        if word in _RELATIVES:
            return True
        if word == "of" and (index == 0 or tokens[index - 1].norm not in _COUNT_HEADS):
            return True
        if (
            word.isalpha() and word.endswith("s") and len(word) > 3
            and word not in _NOT_NOUNS and word not in _COUNT_HEADS
            and not cue_word(word, own)
        ):  # fmt: skip
            return True
    return False


def _not_stated(tokens: Sequence[Token], cue: int, first: int, text: str) -> bool:
    """Whether the number's own stretch (back to the count's word or the last comma, colon
    or semicolon) frames it as a plan's, a forecast's or a compared value: "..., had been
    expected to reach 2,300"; not "Pupils ..., whose parents had hoped it would stay open,
    now number 64", where the hope is an aside's."""
    index = first - 1
    while index > cue:
        if any(c in text[tokens[index].end : tokens[index + 1].start] for c in ",;:"):
            return False
        if tokens[index].norm in _NOT_STATED:
            return True
        index -= 1
    return False


def _in_relative(
    tokens: Sequence[Token], cue: int, first: int, own: tuple[str, ...], text: str
) -> bool:
    """Whether the number at ``first`` stands in a relative clause of another noun than the
    count's, with no mark closing it and no word of the count in it before the number:
    "Refugees ... joined a camp that already holds about 12,000"; not "Refugees who crossed
    ..., came to 3,500" nor "Shops on the high street that have shut ... now run to 60"."""
    for index in range(cue + 1, first):
        if tokens[index].norm not in _RELATIVES or cue_word(tokens[index - 1].norm, own):
            continue
        if any(c in text[tokens[index].end : tokens[first].start] for c in ",;:"):
            continue
        if not any(cue_word(t.norm, own) for t in tokens[index + 1 : first]):
            return True
    return False


def _plain(
    tokens: Sequence[Token], mention: NumberMention, own: tuple[str, ...], text: str
) -> bool:
    """A number that is a count of no other noun, no year, age or day of a month, and no
    agent's or change's after "by" ("joined on the picket lines by about 900", "fell by
    800": who joined, or how much a thing moved)."""
    first = tokens[mention.first]
    if mention.compound or (first.text.isdigit() and len(first.text) == 4):
        return False  # "the 58-year-old", "a 30-day pause"; "in 2011"
    before = tokens[mention.first - 1].norm if mention.first else ""
    after = tokens[mention.last + 1].norm if mention.last + 1 < len(tokens) else ""
    if {before, after} & _DATED:
        return False  # "on 12 May", "May 12", "aged 58", "58 years old"
    lead = mention.first - 1
    while lead > 0 and tokens[lead].norm in _ROUGHLY:
        lead -= 1
    if lead >= 0 and tokens[lead].norm == "by":
        return False
    by_of = lead >= 3 and tokens[lead].norm == "of" and tokens[lead - 3].norm == "by"
    if by_of and tokens[lead - 2].norm in {"a", "an"}:
        return False  # "by a team of 30" sizes the team
    owner = tokens[mention.first - 1] if mention.first else None
    if owner and owner.norm in _TIMES and owner.text.lower().endswith(SINGULAR_POSSESSIVES):
        return False  # "last season's 45", "the previous year's 4,000": another time's
    noun = mention.unit
    end = mention.last + 1
    if end < len(tokens) and any(
        c in text[tokens[end - 1].end : tokens[end].start] for c in ",.:;"
    ):
        return True  # "about 60, traders said": the word after a comma is not its noun
    if noun.isalpha() and noun.endswith("s") and len(noun) > 3 and noun not in _NOT_NOUNS:
        return cue_word(noun, own) or noun in {"people", "persons"}  # "6,000 passengers"
    return True


# A count's words that modify what it counts rather than name it: "last year's cut", "new
# bottom", "still under negotiation"; none of them alone ties a number to the count.
_WEAK_CUES = word_set(
    "all last new previou each still under after since from can before early earlie late "
    "first year lower upper bound largest lowest highest minimum maximum projected expected "
    "earlier current official record average more less over back"
)
# Words of a number's size between it and the word before: "by about 900", "by more than 40".
_ROUGHLY = word_set(
    "about around roughly some nearly almost more than over just only least at up to"
)
_DATED = frozenset(MONTHS) | word_set("aged age year years old")
# Words that end the count's clause or turn it away from the number: another clause, a
# negation, the rest of a group ("the rest were elected"), an exception.
_CLAUSE_BREAKS = word_set(
    "while whereas but although though meanwhile not never no without rest others except"
)
# Words of a number not (yet) stated as the count: a plan, a forecast, a fear, a former or
# compared value ("had been expected to reach 2,300", "once numbered", "compared with 14").
_NOT_STATED = word_set(
    "expected forecast feared meant hoped hope hopes projected predicted planned "
    "intended supposed compared versus once formerly"
)
# A time whose possessive owns the number after it ("last season's 45").
_TIMES = word_set(
    "year season month week spring summer autumn winter term quarter poll election decade"
)
# Words before a count's word in its phrase that make it another noun's complement: a
# relative clause's ("the nurses who cared for the miners"), a preposition's ("Relatives of
# the hostages"), and words for any count, whose "of" leads to what they count.
_RELATIVES = word_set("who whom whose which that where when")
_COUNT_HEADS = word_set("number numbers total tally count figure")
_NOT_NOUNS = word_set("this was has is its as plus less thus since across us whereas does")


def _other_reading(
    value: Any, wanted: float, sentences: Iterable[int],
    numbers_of: Callable[[int], Sequence[NumberMention]],
    supports: Callable[[Any], bool],
) -> float | None:  # fmt: skip
    """Another number of the evidence that ``supports`` reads as the field's, or None. Each
    is offered as the value with the qualifier its own words carry ("about 80" is read as
    about 80), so a qualifier never hides the contradiction."""
    if _REREADING.get():
        return None
    token = _REREADING.set(True)
    try:
        tried: set[tuple[float, str]] = set()
        for index in sentences:
            for mention in numbers_of(index):
                qualifier = "exact" if "exact" in mention.qualifiers else min(mention.qualifiers)
                if mention.value == wanted or (mention.value, qualifier) in tried:
                    continue
                tried.add((mention.value, qualifier))
                if supports(_offered(value, mention.value, qualifier)):
                    return mention.value
    finally:
        _REREADING.reset(token)
    return None


def _with_lengths(
    numbers_of: Callable[[int], Sequence[NumberMention]],
    tokens_of: Callable[[int], Sequence[Token]],
) -> Callable[[int], Sequence[NumberMention]]:  # fmt: skip
    """``numbers_of`` and each sentence's lengths in weeks, fortnights or hours as days (the
    exact ones :func:`.durations.day_lengths` reads; a month's rough span is never offered)."""

    def numbers(index: int) -> Sequence[NumberMention]:
        plain = numbers_of(index)
        return [*plain, *day_lengths(tokens_of(index), plain, 0.0)[0]]

    return numbers


def _named_out(
    numbers_of: Callable[[int], Sequence[NumberMention]],
    tokens_of: Callable[[int], Sequence[Token]], counting: bool,
) -> Callable[[int], Sequence[NumberMention]]:  # fmt: skip
    """``numbers_of`` without the numbers that only name a thing ("on Route 9", "H.R. 4471",
    "No. 5") and, for a count, those right after a preposition of place ("in 3 hamlets", "on 2
    helicopters"): the rules may take them for the field's by their nearness to its cue
    words, but a fact-checker reads no other value of the field in them, so they never make
    the refusal strong (review rvst32). Only the reread drops them; the field's own value
    is read as before."""

    def numbers(index: int) -> Sequence[NumberMention]:
        tokens = tokens_of(index)
        return [m for m in numbers_of(index) if not _label(tokens, m.first, counting)]

    return numbers


def _label(tokens: Sequence[Token], first: int, counting: bool) -> bool:
    if first < 1 or first >= len(tokens) or not tokens[first].is_number:
        return False
    before = tokens[first - 1]
    if counting and before.norm in _WHERE:
        return True
    if not before.capitalised or before.is_number:
        return False
    gap = tokens[first].start - before.end  # ". " after an abbreviation: "H.R. 4471", "No. 5"
    dotted = gap == 2 and len(before.text) <= 2 and (before.norm == "no" or first >= 2)
    dotted = dotted and (before.norm == "no" or tokens[first - 2].capitalised)
    led = first >= 2 and tokens[first - 2].norm in _LABEL_LEADS
    return dotted or led


def _offered(value: Any, number: float, qualifier: str) -> Any:
    """``value`` with another number (an ``Amount`` keeps its model, a bare number is one)."""
    copy = getattr(value, "model_copy", None)
    if copy is None:
        return number
    return copy(update={"value": number, "qualifier": qualifier})


__all__ = ["unread_number"]
