"""Whether a number stated in a sentence is the amount a field asks for, beyond standing next
to one of the field's cue words (:func:`summarizer.verification.rules.support_number`):

- not a modifier ("the 100-member Senate"), unless the noun it modifies is what the field
  counts ("a roughly 90-minute call" is a call of 90 minutes);
- not a part of a larger whole ("four of the co-sponsors", "35 percent of its imports"),
  unless the part is what is counted: "seven people, two of them children" (two children),
  "named 34 of the companies' subsidiaries" (34 named), "three days of separate meetings";
- not a deadline ("fifty days to agree"), but "rose 5.4 percent to $66" is a rise of 5.4;
- an ordinal counts what it numbers only for a count, right before the counted noun ("his
  fifth trip this year": five trips);
- a truce may be described by what stops ("agreed to stop hitting energy targets for 30 days");
- a count updated in the sentence's subject: "The number of people killed when two missiles
  hit ... has risen to at least 34" (the cue is the subject, however long);
- not a previous value: "cut to 47% from 57%", "raised from 25% to 50%", "down from 84
  co-sponsors", "from a previous 57%" (:func:`previous_value`);
- a vote's score ("voted 97-2", "a ten-to-one vote", "a vote of 97 to 2", "passed 97 to 2",
  "by 97 votes to 2"): the first number is the votes in favour, the second the votes against
  (the other way round when "against" follows the score), whatever cue words stand nearby
  (:func:`score_side`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from summarizer.comparators import Supported
from summarizer.text.vocabulary import ORDINALS
from ..figures.count_synonyms import COUNT_SYNONYMS
from ..figures.dated_numbers import counted_before
from ..figures.numbers import NumberMention
from ..figures.toll_words import toll_of_other
from ..page.tokens import Token, superlative, word_set
from .count_shares import changed_by, modifies, share_of_counted, sized_from, unit_fits, unit_said
from .score_outcomes import side_in_score

# Words after a number that make it something other than the field's amount: a part ("four
# of the co-sponsors"), a deadline ("fifty days to agree"), a point in time ("ten days into
# the truce", "three days after", "two weeks ago").
_NOT_AMOUNTS = word_set("of to into after ago later before since")
_LASTING = word_set("last lasts lasted lasting endured survived held holds hold holding")
_JUST = word_set("only just barely nearly almost about around roughly some")
_THEM, _COPULAS = word_set("them whom those"), word_set("were are was is being")
_QUALIFYING = word_set("about around roughly nearly almost some at least more than over up")
_UPDATES = word_set(
    """risen rose rises rising climbed climbs grown grew jumped reached reaches increased
    stands stood"""
)
_SINCE, _COUNTED_BY = word_set("since after before"), word_set("number toll count total tally")

# The words that stand for any count ("the toll rose to 34", "bringing the total to 558"):
# whole words ("count" is not "country" or "counted").
ANY_COUNT = ("toll", "figure", "tally", "count", "total")
_FUNCTION_S = word_set("this was has is its as plus less thus since across us whereas")


# Words a field's cue is also reported with, read here rather than declared with the field
# (the schema's cue words are part of its version): a truce described by what stops ("agreed
# to stop hitting energy targets for thirty days", "refrain from strikes for 30 days").
_CUE_SYNONYMS = {"truce": ("stop", "refrain", "suspend")}


def with_synonyms(cues: tuple[str, ...]) -> tuple[str, ...]:
    extra = [word for cue, words in _CUE_SYNONYMS.items() if cue in cues for word in words]
    return (*cues, *extra) if extra else cues


def cue_word(word: str, cues: Sequence[str]) -> bool:
    """Whether ``word`` is one of the cue stems: by prefix ("injur" finds "injuries"), but a
    word for any count only whole ("totals", not "totally"; "count", not "countries").
    Asked for every word of every sentence a number rule reads, with few distinct cue lists,
    so the answers are kept per cue list."""
    key = cues if isinstance(cues, tuple) else tuple(cues)
    known = _CUE_ANSWERS.get(key)
    if known is None:
        if len(_CUE_ANSWERS) >= 256:
            return _cue_word(word, key)
        known = _CUE_ANSWERS[key] = {}
    answer = known.get(word)
    if answer is None:
        answer = _cue_word(word, key)
        if len(known) < 20_000:
            known[word] = answer
    return answer


_CUE_ANSWERS: dict[tuple[str, ...], dict[str, bool]] = {}


def _cue_word(word: str, cues: tuple[str, ...]) -> bool:
    return any(
        word in (cue, cue + "s") if cue in ANY_COUNT else word.startswith(cue) for cue in cues
    )


def _group(word: str) -> tuple[str, ...]:
    return next((g for g in COUNT_SYNONYMS if word.startswith(g)), ())


def claimed(
    tokens: Sequence[Token], cue: int, mention: NumberMention, mentions: Sequence[NumberMention]
) -> bool:
    """A cue right after another number is that number's noun ("Four countries' embassies
    sent 25 observers": four countries, not 25); never the number's own sign (money_glosses)."""
    before = cue - 1
    while before >= 0 and tokens[before].norm in _QUALIFYING:
        before -= 1
    return cue != mention.first and any(
        m is not mention and m.last == before and not m.first <= mention.last <= m.last
        for m in mentions
    )  # a range's bounds share their noun ("between 300 and 400 families")


def any_count_of(
    tokens: Sequence[Token], cue: int, mention: NumberMention, cues: Sequence[str]
) -> bool:
    """Whether a word for any count ("toll", "total") counts what the field counts: when it
    is qualified ("death toll", "the total number of injured"), by the field's own words;
    "a total of 40 ambulances" counts what follows its number; an unqualified one ("killed
    12 people, bringing the total to 558") what the number before it counted."""
    if not cue_word(tokens[cue].norm, ANY_COUNT):
        return True
    if cue > mention.first:
        return False  # a total counts the number it leads to ("the total rose to 5")
    own = [c for c in cues if c not in ANY_COUNT]
    end = mention.first if cue < mention.first else min(cue + 4, len(tokens))
    near = [t.norm for t in [*tokens[max(cue - 2, 0) : cue], *tokens[cue + 1 : end]]]
    if any(cue_word(word, own) for word in near):
        return True
    if any(_group(word) for word in near):
        return False  # "the death toll" of people injured
    if toll_of_other(tokens[cue].norm, own):
        return False  # "the toll rose to 38" counts the dead (figures/toll_words)
    noun = mention.unit
    if noun.isalpha() and noun.endswith("s") and noun not in _FUNCTION_S and len(noun) > 3:
        return cue_word(noun, own) or noun in {"people", "persons"}  # "a total of 40 ambulances"
    if cue < mention.first:  # the total of what the number before it counted (dated_numbers)
        return counted_before(tokens, cue, own, COUNT_SYNONYMS, cue_word)  # and its deed
    return True


def modifier(mention: NumberMention, rule: Supported) -> bool:
    """A number joined to a noun other than the field's unit and cues modifies it ("the
    100-member Senate", "a 10-minute address"); not "a 12,000-strong crowd": its noun's size."""
    if mention.compound in {"", "strong", rule.unit}:
        return False
    return modifies(mention.compound, rule)  # not a count's own compound (count_shares)


# Units by kind (a count's cue is a stem: "hours" gives "hour"); not "second", often an ordinal.
_UNITS = {
    word: (kind, canonical)
    for kind, groups in (
        ("time", ("minute minutes", "hour hours", "day days", "week weeks", "month months",
                  "year years")),
        ("length", ("kilometre kilometres kilometer kilometers km", "mile miles",
                    "metre metres meter meters")),
        ("weight", ("tonne tonnes ton tons", "kilogram kilograms kg", "pound pounds")),
    )
    for canonical in groups
    for word in canonical.split()
}  # fmt: skip


def counts_as(
    mention: NumberMention, rule: Supported, tokens: Sequence[Token], cues: Sequence[int]
) -> bool:
    """Whether a number can be this field's value at all: with the field's unit when it has
    one, not a modifier, not a part of a larger whole, not a deadline (see the module). A
    count (co-sponsors, people killed) is never a percentage: "a 25 percent duty" next to
    "Senator" is no count."""
    if not unit_fits(mention.unit, rule) or not unit_said(tokens, mention, rule):  # "a share"
        return False  # no other: "a 25 percent duty" beside "Senator" counts no senators
    unit = _unit_read(mention.unit, rule.cues) if rule.kind == "count" else None
    if unit is False:
        return False  # "within 60 days" is no count of hours, "in 48 hours" none of people
    if unit and mention.after == "to" and _to_a_cue(tokens, mention, cues):
        return True  # "5 days to withdraw" for "days to withdraw"; not for "days of talks"
    if modifier(mention, rule):
        return False
    if mention.first in cues:  # "$5 million to relief agencies": its sign is its word
        return True  # (a number is a cue only so: figures/currency_signs.py)
    if rule.unit == "day" and _ahead(tokens, mention):
        return False
    if mention.after == "to":
        return _to_an_amount(tokens, mention)
    if rule.unit == "day" and mention.after in _SINCE and _length_of(tokens, mention, cues):
        return True  # "a lull of 96 hours before clashes resumed": how long, then when
    if mention.after == "of":
        if mention.unit == "day":  # "three days of separate meetings": what the days are of
            return any(i in cues for i in range(mention.last + 3, mention.last + 6))
        return _counted_part(tokens, mention, cues) or share_of_counted(tokens, mention, cues, rule)
    if mention.after == mention.unit and mention.after in _SINCE:
        return True  # "the total to 558 since the truce": no time unit, no point in time
    if mention.unit == "percent" and mention.after in {"after", "before"}:
        return True  # "fell to 12% after the deal": a rate, then when it changed
    return mention.after not in _NOT_AMOUNTS


def _length_of(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """ "a truce of four days", "a lull of 96 hours", "the truce lasted 1 1/2 days before": after
    "of" after the field's cue, or a verb of lasting ("held for"), the number is a length."""
    first = mention.first
    while first > 1 and tokens[first - 1].norm in _JUST:
        first -= 1  # "lasted only four days before collapsing"
    verb = first - 2 if first >= 2 and tokens[first - 1].norm == "for" else first - 1
    if verb >= 0 and tokens[verb].norm in _LASTING:  # "held for two days after": not "held 2"
        return verb < first - 1 or not tokens[verb].norm.startswith("h")
    return first >= 2 and tokens[first - 1].norm == "of" and first - 2 in cues


def _unit_read(unit: str, cues: Sequence[str]) -> bool | None:
    """For a count, a number measured in a unit ("60 days", "a 48-hour notice", "12 miles"):
    True when the count names that unit, False when it names another ("hours to notify
    Congress", "hours the convoy travelled") or, for a time unit, none ("people who fled"
    is no "48 hours"): each number of a sentence takes its own unit, however near the count's
    other words stand. None for a number with no unit."""
    own = _UNITS.get(unit)
    if own is None:
        return None
    wanted = {_UNITS[cue] for cue in cues if cue in _UNITS}
    if not wanted:
        return None if own[0] != "time" else False
    return own in wanted


def _ahead(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "resume in 21 days", "within 30 days": when something happens, not how long."""
    before = mention.first - 1
    while before >= 0 and tokens[before].norm in _QUALIFYING:
        before -= 1
    return before >= 0 and tokens[before].norm in {"in", "within"}


def _to_a_cue(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """ "5 days to withdraw" where the count names the verb after "to" (a count of the days
    to withdraw): the days' own count, not a deadline for something else."""
    return any(
        tokens[i].norm == "to" and i + 1 in cues
        for i in range(mention.last + 1, min(mention.last + 4, len(tokens)))
    )


def _to_an_amount(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "rose 5.4 percent to $66": "to" and another amount, not a deadline."""
    index = next(
        (i for i in range(mention.last + 1, min(mention.last + 4, len(tokens)))
         if tokens[i].norm == "to"),
        None,
    )  # fmt: skip
    if index is None or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.is_number or following.text in {"$", "\u20ac", "\u00a3"}


def _counted_part(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """ "two of them children" (a cue right after "of them"); "named 34 of the subsidiaries"
    (a cue right before the number acts on the part)."""
    last = mention.last
    if last + 3 < len(tokens) and tokens[last + 2].norm in _THEM:
        at = last + 3 + (tokens[last + 3].norm in _COPULAS or tokens[last + 3].capitalised)
        return at in cues  # "four of whom were children", not "two of them govern states"
    before = mention.first - 1
    while before >= 0 and tokens[before].norm in _QUALIFYING:
        before -= 1
    if before < 0 or before not in cues:
        return False
    gap = tokens[before + 1].start - tokens[before].end
    return gap == 1  # "named 34 of", not "nine people, three of them"


def ordinals_in(tokens: Sequence[Token], cues: Sequence[int]) -> list[NumberMention]:
    """Ordinal words right before a counted noun ("fifth trip", "fifth official trip"), read
    as that many (for counts only; never hyphenated: "fifth-largest")."""
    found = []
    for index, token in enumerate(tokens):
        value = ORDINALS.get(token.norm)
        if value is None or index + 1 >= len(tokens) or tokens[index + 1].joined:
            continue
        plain = not tokens[index + 1].is_number and not superlative(tokens[index + 1])
        if index + 1 in cues or (index + 2 in cues and plain):  # not the rank "third largest X"
            found.append(
                NumberMention(
                    value=float(value), first=index, last=index,
                    qualifiers=frozenset({"exact"}), unit=tokens[index + 1].norm,
                )
            )  # fmt: skip
    return found


def updated_count(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]
) -> bool | None:
    """ "The number of people killed ... has risen to at least 34": the number follows an
    update verb (only "to"/"at" and qualifiers between), and the verb's subject is "the
    number (toll, count) of" with one of the field's cue words in its next three. None when
    the number is not so updated; False when it is the update of something else ("the number
    of people killed, where two warehouses burned, has risen to 41" counts no warehouses)."""
    verb = mention.first - 1
    while verb >= 0 and mention.first - verb <= 4 and tokens[verb].norm not in _UPDATES:
        if tokens[verb].norm not in _QUALIFYING and tokens[verb].norm not in {"to", "at"}:
            return None
        verb -= 1
    if verb < 0 or tokens[verb].norm not in _UPDATES:
        return None
    for index in range(verb - 1, 0, -1):  # the verb's own subject, the nearest (rvnc35)
        if tokens[index].norm == "of" and tokens[index - 1].norm in _COUNTED_BY:
            return any(index < cue <= index + 3 for cue in cues)
    return None


# A score is read as a vote's when one of these stands within four words of it.
_VOTE_WORDS = word_set(
    """vote votes voted voting ballot tally margin passed approved adopted rejected defeated
    cleared carried divided division failed failing fell lost blocked confirmed ratified
    defeat"""
)  # "divided 235 to 188": a parliament's division (divisions.py)
_NAYS = word_set("against no nay nays noes")
_AYES = word_set("for yes aye ayes yea yeas support supporting backing backers content contents")
# A side given by the verb right after a number's voters ("120 lawmakers back the motion").
_BACKS = word_set("back backs backed support supports supported favour favor")


def vote_side(what: str) -> str | None:
    """Which side of a vote a count counts, from what it counts: "yes" ("votes in favour",
    "ayes", "votes for"), "no" ("votes against", "nays", "opposed"), None for anything else."""
    words = [word.strip(".,;:").lower() for word in what.replace("-", " ").split()]
    if "not" in words and any(word.startswith("content") for word in words):
        return "no"  # a division's "Not Contents"
    if any(word in _NAYS or word.startswith("oppos") for word in words):
        return "no"
    if any(word in _AYES or word.startswith("favo") for word in words):
        return "yes"
    return None


_COUNTED_VOTERS = word_set("votes vote senators members lawmakers deputies were voted voting")


def stated_side(tokens: Sequence[Token], mention: NumberMention) -> str | None:
    """The side a number is given right after it ("2 opposed", "97 senators in favor", "3
    against"), None when none: "97 in favor and 2 opposed" has 2 against, whatever cue word
    stands near it."""
    index = mention.last + 1
    while (
        index < len(tokens) and index <= mention.last + 3 and tokens[index].norm in _COUNTED_VOTERS
    ):
        index += 1
    words = [t.norm for t in tokens[index : index + 2]]
    if words and (words[0] in _NAYS or words[0].startswith("oppos")):
        return "no"
    if words and (words[0] in _YES_AFTER or words[0] in _BACKS or words[-1].startswith("favo")):
        return "yes"
    return None


_YES_AFTER = word_set("for yes ayes yeas")


def score_side(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    r"""The side of a vote a number is in a score ("97-2", "97\u20132", "ten-to-one", "97 to 2",
    "97 votes to 2") with a vote word near it: "yes" for the first number, "no" for the
    second, swapped when "against" follows; None when the number is in no vote's score."""
    for first, second in itertools.pairwise(mentions):
        if mention is not first and mention is not second:
            continue
        gap = text[tokens[first.last].end : tokens[second.first].start]
        middle = [t.norm for t in tokens[first.last + 1 : second.first]]
        if not (
            (not middle and (gap.strip() in {"-", "\u2013", "\u2014", "\u2010"}))
            or middle == ["to"]
            or (middle == ["votes", "to"] or middle == ["vote", "to"])
        ):
            continue
        around = tokens[max(first.first - 4, 0) : second.last + 4]
        if not any(t.norm in _VOTE_WORDS for t in around):
            continue
        after = [t.norm for t in tokens[second.last + 1 : second.last + 3]]
        return side_in_score(tokens, mention, first, second, text, "against" in after)
    return None


# Words that make a number after "from" the value before a change ("cut to 47% from 57%"),
# and words that date a number before the current one ("the previous 57%").
_CHANGES = word_set(
    """cut cuts cutting raise raised raises raising lower lowered lowers lowering reduce reduced
    reduces increase increased increases rise rose risen rises fall fell fallen falls drop
    dropped drops climb climbed slash slashed hike hiked doubled halved halving doubling down
    up jump jumped grow grew grown decline declined trimmed eased boosted lifted changed
    revised adjusted set shrank shrunk expanded widened narrowed contracted swelled slumped"""
)
_EARLIER_WORDS = word_set("previous previously prior former earlier old original")
_SKIPPED = word_set("a an the its their his her current existing present")
_SPANS = word_set("between anywhere varying vary")  # a range, with "ranging"


def previous_value(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a number is the value before a change, not the current one: right after "from"
    (qualifiers and "the previous" between) with a change word right before that "from"
    ("down from 84", "raised from"), or a "to" and a number before it ("cut to 47% from 57%")
    or after the number ("from 25% to 50%"); or dated by "previous", "prior", "had been". A
    range ("ranging from 10 to 20", "between") is no change, and "from 57 countries" with no
    change is no earlier value."""
    before = mention.first - 1
    dated = False
    while before >= 0 and tokens[before + 1].start - tokens[before].end < 2 and (  # no mark
        tokens[before].norm in _QUALIFYING or tokens[before].norm in _SKIPPED
        or tokens[before].norm in _EARLIER_WORDS
    ):  # fmt: skip
        dated = dated or tokens[before].norm in _EARLIER_WORDS
        before -= 1
    if dated or (before > 0 and tokens[before].norm == "been" and tokens[before - 1].norm == "had"):
        return True
    if before < 0 or tokens[before].norm != "from":
        return False
    earlier = tokens[max(before - 6, 0) : before]
    if any(t.norm.startswith("rang") or t.norm in _SPANS for t in earlier):
        return False
    later = tokens[mention.last + 1 : mention.last + 5]
    if any(t.norm in _CHANGES for t in earlier[-2:]) or sized_from(earlier, _CHANGES, later):
        return True  # "down from 84"; "down 18% from $4.10" (count_shares.sized_from)
    return _to_number(earlier) or _to_number(later)


def change_amount(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "rose by 10 percentage points to 35%": the size of a change, which does not stand
    between a cue and the value it changed to."""
    if mention.first < 1 or tokens[mention.first - 1].norm != "by":
        return changed_by(tokens, mention)  # "fell 5.7 per cent to 31.8 per cent" (count_shares)
    return any(t.norm == "to" for t in tokens[mention.last + 1 : mention.last + 5])


def _to_number(tokens: Sequence[Token]) -> bool:
    return any(
        t.norm == "to" and i + 1 < len(tokens) and tokens[i + 1].is_number
        for i, t in enumerate(tokens)
    )
