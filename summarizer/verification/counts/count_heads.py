"""A count's number bound to its head by form (session 27, checks 59 and 60), for
:func:`summarizer.verification.counts.number_rules.support_number`.

The number rule looked for one of the count's words within a few words of the number, and a
word between them (the whole of a partitive, a dash-list of names, a colon) or a word of the
count in another form ("abstained" for "abstentions", "voted" for "voting", "capped" for a
ceiling) left a correct count flagged: "Three - Russia, China and Burkina Faso - voted against
and 11 abstained", "Fourteen of the fifteen council members voted for the text", "Its strength
is capped at 5,550: 5,500 uniformed soldiers and police and 50 civilians".

Here the number is bound to its head by form, not by a list of the words pages used:

- the noun after it ("3,000 troops"; up to three words of its phrase);
- a partitive's noun: "N of (the) (M) X" binds N to X ("14 of the plant's cascades");
- a bare number (a verb, not a noun, after it) to the verb after it, past a dash-list of names
  ("four - Kenya, Uganda ... - voted against", "nine abstained", "12 were expelled");
- a number with nothing after it in its clause to a participle after an auxiliary and before
  "at"/"to" ("is limited to 1,200", "is capped at 5,550:"; not "puts the number of injured at
  nine", where the word is a noun).

The head must match one of the count's words by stem (:func:`stem`: "abstentions" and
"abstained" are "abstain", "voting" and "voted" "vot"; the words of an upper limit - cap,
ceiling, limit, maximum - are one word). The number's clause (to a comma, semicolon, colon or
a clause's "and"/"but"/"while", a dash-list skipped) must then say every other word of the
count, but one noun when the number has no noun of its own ("Three ... voted against" for
"countries voting against"); a name in the count ("Sakr's companies") is its owner's, read by
the owner rules, not here. The clause reaches back past an aside between commas that opens with
a participle or a relative ("linked his companies, based in the Emirates, to seven of the
vessels"). A clause negated or with a modal ("did not vote", "may be withdrawn") binds nothing,
and a number's own noun never matches a verbal word of the count ("12 protests" is no count of
people protesting).

What stays refused is the closed class of wrong numbers: a number whose head is another
count's (the abstentions for the votes against: a vote's side in the count must be the side
its clause states, and no other side), the whole of a partitive (a number after "of"), a year
or a date, a rate, a number joined to a noun ("the 35-member board"). A count of 0 is read
from "none"/"no"/"nobody" before a vote's side ("none against", "no abstentions", "No country
voted against"; :func:`zero_mentions`), only for a count of that same side. A number whose
head states a side of a vote and none the count's is refused outright (:func:`other_side`:
"Eight countries abstained" for countries approving). A number bound with the count's side
is read before the sibling counts' words (``sibling_counts``), which would give "two - Russia
and China - voted no" to the "two were absent" of the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.text.vocabulary import ORDINALS
from ..figures.field_readings import glued_field_units, ordinal_heads, signed_mentions
from ..figures.fraction_shares import fraction_shares
from ..figures.match_scores import match_clash
from ..figures.numbers import NumberMention, word_number
from ..figures.worded_counts import (
    deeds_of,
    noun_numbers,
    one_counts,
    ordinal_counts,
    zero_subjects,
)
from ..page.tokens import ORDINAL_SUFFIXES, SINGULAR_POSSESSIVES, Token, word_set
from .number_occasions import calendar_number
from .score_sides import own_candidate

# Words that end a number's clause when they open the next one.
_CLAUSES = word_set("and but while whereas although though")
_AUXILIARIES = word_set(
    "is are was were be been being has have had will would could can may might shall should"
)
# Words of an upper limit, read as one word ("capped at 5,550" for a force ceiling).
_LIMITS = ("cap", "ceil", "limit", "maxim")
# Function words a count's words leave out.
_PLAIN = word_set(
    """the and of to for in on at by with who that were was a an its their his her from as
    number total people persons"""
)
# Sides of a vote by stem; "for", "yes", "no" only after a word of voting ("voted no").
_SIDES = {
    "for": ("favo", "back", "support", "approv", "endors"),
    "against": ("against", "oppos", "object", "reject"),
    "abstain": ("abst",),
    "absent": ("absent",),
}
_AFTER_VOTING = {"for": "for", "yes": "for", "no": "against"}
_ZEROS = word_set("none no nobody")
_DETERMINERS = word_set("the a an this that these those his her its their any our")
_PRONOUNS = word_set("them whom those these us which")
_RELATIVES = word_set("who whom which that whose")
# Words that open what a verb takes ("ruled that", "voted to", "backed the"): the verb is the
# partitive's, not a participle of its whole ("the 30 hostages freed on Sunday were children").
_OBJECT_OPENINGS = word_set("that to the a an its their his her for against yes no with")
# Words of a clause that does not assert what the number did ("not", "could", "might").
_NEGATIONS = word_set("not never cannot could may might would should")


def stem(word: str) -> str:
    """A light stem, so that a noun and its verb meet ("abstentions", "abstained",
    "abstaining": "abstain"; "voting", "votes", "voted": "vot"; "capped": "cap")."""
    word = word.lower().strip(".,;:'\"\u2019")
    for ending in SINGULAR_POSSESSIVES:
        word = word.removesuffix(ending)
    word = word.replace("our", "or") if word.endswith(("our", "ours")) else word
    for suffix in ("ations", "ation", "itions", "ition", "ions", "ion", "ings", "ing", "ers",
                   "er", "ies", "ied", "ed", "es", "al", "s", "e", "y"):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            noun = suffix.startswith(("ation", "ition", "ion"))
            word = word[: -len(suffix)] + ("i" if suffix in ("ies", "ied", "y") else "")
            if noun and word.endswith("tent"):
                word = word[:-3] + "ain"  # "abstention": "abstain"; "detention": "detain"
            if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # "capped": "cap"
            break
    return word


def same_word(one: str, other: str) -> bool:
    """Whether two words are one by :func:`stem` (or both words of an upper limit)."""
    a, b = stem(one), stem(other)
    if a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a))):
        return True
    return any(a.startswith(limit) for limit in _LIMITS) and any(
        b.startswith(limit) for limit in _LIMITS
    )


def _label(what: str) -> list[str]:
    """The count's words: not its function words, not a name ("Sakr's"), not a side's
    particle (read as a side)."""
    return [
        word.strip(".,;:'\"").lower()
        for word in what.replace("-", " ").replace("/", " ").split()
        if len(word) > 2
        and not word[:1].isupper()
        and word.lower() not in _PLAIN
        and word.lower() not in _AFTER_VOTING
    ]


def sides(words: Sequence[str]) -> set[str]:
    """The sides of a vote the words state (see :data:`_SIDES`)."""
    found: set[str] = set()
    for index, word in enumerate(words):
        for side, stems in _SIDES.items():
            if any(word.startswith(s) for s in stems):
                found.add(side)
        if index and word in _AFTER_VOTING and words[index - 1].startswith("vot"):
            found.add(_AFTER_VOTING[word])
    return found


def _aside(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether the gap before ``tokens[index]`` holds a dash set off by spaces (" - ",
    " \u2014 "), which opens or closes a dash-list."""
    gap = text[tokens[index - 1].end : tokens[index].start] if index else ""
    return any(f" {dash}" in gap for dash in "-\u2013\u2014") or "\u2014" in gap


def _ends(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether a clause mark stands in the gap before ``tokens[index]``."""
    gap = text[tokens[index - 1].end : tokens[index].start] if index else ""
    return any(mark in gap for mark in ",;:()[].?!")


def clause(
    tokens: Sequence[Token], first: int, last: int, text: str
) -> tuple[list[str], list[str]]:
    """The words of a number's clause before it (back to a clause mark or opener, past an
    aside set off by commas that opens with a participle or a relative: "linked his companies,
    based in the Emirates, to seven of the vessels") and after it (on to a clause mark or
    opener), a dash-list after it skipped."""
    before: list[str] = []
    index = first - 1
    skipped = False
    while index >= 0 and tokens[index].norm not in _CLAUSES:
        if not skipped and _ends(text, tokens, index + 1):
            opening = _aside_opening(tokens, index, text)
            if opening is None:
                break
            index, skipped = opening - 1, True  # the aside's words are left out
            continue
        before.insert(0, tokens[index].norm)
        index, skipped = index - 1, False
    after: list[str] = []
    index, listing = last + 1, False
    while index < len(tokens):
        if _aside(text, tokens, index):
            listing = not listing
        elif _ends(text, tokens, index) and not listing:
            break
        if not listing and tokens[index].norm in _CLAUSES:
            break
        if not listing:
            after.append(tokens[index].norm)
        index += 1
    return before, after


def _aside_opening(tokens: Sequence[Token], end: int, text: str) -> int | None:
    """The index of the first word of an aside ending at ``end`` (a comma after it) that
    opens after a comma with a participle or a relative ("based in ...", "which ..."), with
    only commas' gaps between; None when there is none."""
    if "," not in text[tokens[end].end : tokens[end + 1].start]:
        return None
    for start in range(end, max(end - 8, 0), -1):
        gap = text[tokens[start - 1].end : tokens[start].start]
        if any(mark in gap for mark in ";:()[].?!"):
            return None
        if "," in gap:
            word = tokens[start].norm
            opens = word.endswith("ed") or word in _RELATIVES
            return start if opens and start > 1 else None
    return None


def _heads(after: list[str]) -> tuple[list[str], bool]:
    """The head words a number is bound to (from its clause's words after it), and whether it
    has a noun of its own; for a partitive the whole's words, up to its clause's first
    auxiliary ("the 30 hostages freed on Sunday were children": the hostages freed are the
    whole), else its first "-ed" verb ("the 35 board members voted yes": the members)."""
    if not after:
        return [], False
    if after[0] == "of":  # a partitive: "N of (the) (M) X"
        at = 1
        while at < len(after) and (after[at] in _PLAIN or _numeral(after[at])):
            at += 1
        whole = after[at:]
        aux = next((i for i, w in enumerate(whole) if w in _AUXILIARIES), len(whole))
        verb = next((i for i, w in enumerate(whole) if i and w.endswith("ed")), len(whole))
        opens = verb + 1 >= len(whole) or whole[verb + 1] in _OBJECT_OPENINGS
        split = verb if (verb < aux and opens) or aux == len(whole) else aux  # "ruled that"
        whole = whole[:split]
        if not whole or whole[0] in _PRONOUNS or any(w in _RELATIVES for w in whole):
            return [], False  # "Two of them govern ...", "Two of the senators who voted"
        return [w for w in whole if w not in _PLAIN], True
    first = after[0]
    if first in _AUXILIARIES:  # "12 were expelled"
        return [w for w in after[1:3] if w not in _AUXILIARIES], False
    if first.endswith("ed"):  # "nine abstained", "four ... voted against"
        return [first], False
    return after[:3], True


def _limited(before: Sequence[str]) -> bool:
    """Whether a number's clause ends before it in a participle after an auxiliary and "at"
    or "to" ("is capped at", "was limited to"): that participle is its head."""
    return (
        len(before) >= 3
        and before[-1] in {"at", "to"}
        and before[-2].endswith("ed")
        and before[-3] in _AUXILIARIES
    )


def _numeral(word: str) -> bool:
    return word[:1].isdigit() or word_number([word], 0) is not None


def _unasserted(words: Sequence[str]) -> bool:
    """A clause that does not say the number did it: negated ("have not ratified") or with a
    modal of what may be ("could be freed", "might be released")."""
    return any(w in _NEGATIONS or w.endswith(("n't", "n\u2019t")) for w in words)


def bound_head(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """How the number is bound by form to a head that is one of the count's words while its
    clause says the count's other words (see the module): "side" when the count's side of a
    vote is the one its clause states (which outweighs a sibling count's words), "form"
    otherwise, "" when it is not bound."""
    return _bound(tokens, mention, what, text)


_SIDE, _FORM = "side", "form"


def _bound(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    if mention.compound or mention.unit in {"percent", "day"} or calendar_number(tokens, mention):
        return ""
    if _in_score(tokens, mention, text):
        return ""
    if mention.first and tokens[mention.first - 1].norm in {"of", "the", "its", "their"}:
        return ""  # a partitive's whole, "the 35 members": not a part's number
    label = _label(what)
    if not label:
        return ""
    before, after = clause(tokens, mention.first, mention.last, text)
    heads, own = _heads(after)
    own = own and tokens[mention.first].norm not in _ZEROS  # "Nobody on the committee"
    if _limited(before) and not after:  # "is capped at 5,550:"
        heads = before[-2:-1]  # not "puts the number of injured at nine"
    if _unasserted([*before, *after]):
        return ""  # "have not ratified", "could be freed next week", "could not link X to"
    rest = [t.norm for t in [*tokens[: mention.first], *tokens[mention.last + 2 :]]]
    if own and _verb_object(before, heads, label, rest):
        return _FORM  # "The union represents about 3,200 people" for workers represented
    verbal = [w for w in label if w.endswith(("ing", "ed"))] if own else []
    if not any(same_word(head, word) for head in heads for word in label if word not in verbal):
        return ""  # "12 protests" is no count of people protesting (a noun, not the verb)
    words = [*before, *after]
    wanted = sides(what.lower().replace("-", " ").split())
    stated = sides(words)
    if wanted and (not wanted <= stated or stated - wanted):
        return ""  # another side's number: the abstentions for the votes against
    if after[:1] == ["of"] and all(any(same_word(w, h) for h in heads) for w in label):
        return ""  # "1,000 of a planned force": a count of the whole is the whole's
    missing = [w for w in label if not any(same_word(w, x) for x in words)]
    missing = [w for w in missing if not sides([w])]
    if len(missing) > (0 if own else 1):
        return ""
    return _SIDE if wanted else _FORM


def _verb_object(
    before: Sequence[str], heads: Sequence[str], label: Sequence[str], rest: Sequence[str]
) -> bool:
    """Whether the number and its noun are the object of the verb right before them (past a
    hedge: "represents about 3,200 people") and the count names that verb in another form and
    a noun of people that the number's noun is, or stands for ("workers represented":
    session 31, check 69; rvc30's open "who owns a count's noun"). The number's noun must be
    one of the words for any people ("people", "workers", "members"): "3,200 machinists" is
    left to the other rules, which read a count of machinists; another verb ("employs 16,000
    workers" for workers represented) binds nothing here. Nor a count whose noun the sentence
    says elsewhere (``rest``: its words but the number and its noun) for other people (review
    rvec31: "houses about 900 people ... and employs 300 staff" is no 900 staff housed)."""
    verbs = [w for w in label if w.endswith("ed")]
    nouns = [w for w in label if w not in verbs]
    if len(verbs) != 1 or len(nouns) != 1 or not heads or not before:
        return False
    at = len(before) - 1
    while at > 0 and before[at] in _OBJECT_HEDGES:
        at -= 1
    if not same_word(before[at], verbs[0]) or before[at].endswith(("ed", "ing")):
        return False  # "were represented by 40 lawyers": no object; "representing": a modifier
    if not same_word(heads[0], nouns[0]) and any(same_word(nouns[0], w) for w in rest):
        return False  # the count's noun names other people of the sentence
    return heads[0] in _ANY_PEOPLE and nouns[0] in _ANY_PEOPLE


_OBJECT_HEDGES = word_set("about around roughly some nearly almost over more than all just only")
# Words for any people a count or its number may name: each stands for the others.
_ANY_PEOPLE = word_set("people persons workers employees staff members individuals")


def _in_score(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether the number is one side of a score ("51-49", "27 votes to 5", "by 12 to 3"),
    whose sides are read by the score rules (vote_scores), not by the words after it."""

    def number(at: int) -> bool:
        return 0 <= at < len(tokens) and (
            tokens[at].is_number or word_number([tokens[at].norm], 0) is not None
        )

    def joined(at: int) -> bool:  # "51-49", "64\u201330", "12 / 3": no clause mark between
        return not any(mark in text[tokens[at].end : tokens[at + 1].start] for mark in ",;:.(")

    first, last = mention.first, mention.last
    if (number(first - 1) and joined(first - 1)) or (number(last + 1) and joined(last)):
        return True
    return (first >= 2 and tokens[first - 1].norm == "to" and number(first - 2)) or (
        last + 2 < len(tokens) and tokens[last + 1].norm == "to" and number(last + 2)
    )


def other_side(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why the number is another side's of a vote, or "": its head states a side of a vote
    and none the count's ("Eight countries abstained" for countries approving, "two were
    absent" for members voting no)."""
    wanted = sides(what.lower().replace("-", " ").split())
    if not wanted:  # "Arsenal won 2-1 against Spurs": 1 is no count of Arsenal's goals
        return match_clash(tokens, mention, what, text)  # (figures/match_scores)
    if mention.first and tokens[mention.first - 1].norm in {"of", "the"}:
        return ""
    if _in_score(tokens, mention, text) or own_candidate(tokens, mention, what):
        return ""  # a score's side; "against 11 for Koizumi" for votes for Koizumi
    before, after = clause(tokens, mention.first, mention.last, text)
    heads, _ = _heads(after)
    stated = sides([*before[-1:], *heads])  # "voted 12" too
    if stated and not stated & wanted:
        return f"{mention.value:g} counts another side of the vote ({'/'.join(sorted(stated))})"
    return ""


def zero_mentions(tokens: Sequence[Token], what: str, text: str) -> list[NumberMention]:
    """A count of 0 from "none"/"no"/"nobody" whose clause states the count's side of a vote
    ("none against", "no abstentions", "No country voted against"), as a mention of 0."""
    wanted = sides(what.lower().replace("-", " ").split())
    if not wanted:
        return []
    found: list[NumberMention] = []
    for index, token in enumerate(tokens):
        if token.norm not in _ZEROS:
            continue
        if token.norm == "no" and index and tokens[index - 1].norm.startswith("vot"):
            continue  # "voted no" is a side, not a count
        _, after = clause(tokens, index, index, text)
        if after[:1] in (["against"], ["for"]) and after[1:2] and after[1] in _DETERMINERS:
            continue  # "none against the war were consulted": a stance's people, no tally
        stated = sides(after[:6])  # "nobody voted against or abstained": none of either
        if stated == wanted or (wanted < stated and {"or", "nor"} & {*after[:6]}):
            found.append(
                NumberMention(
                    value=0.0, first=index, last=index, qualifiers=frozenset({"exact"}),
                    unit="", after=after[0] if after else "",
                )
            )  # fmt: skip
    return found


def worded(
    tokens: Sequence[Token], wanted: float, what: str, text: str,
    cue_words: tuple[str, ...], positions: Callable[[Sequence[Token], tuple[str, ...]], list[int]],
) -> list[NumberMention]:  # fmt: skip
    """The mentions of ``wanted`` the sentence writes in one of the module's forms (and a
    vote side's "none against", :func:`count_heads.zero_mentions`); ``positions`` finds the
    count's words in the sentence, asked only when a form needs them."""
    ordinal = any(t.norm in ORDINAL_SUFFIXES or t.norm in ORDINALS for t in tokens)
    found = ordinal_counts(tokens, text, positions(tokens, cue_words)) if ordinal else []
    found += noun_numbers(tokens, what, text)
    if _SHARE.search(what):  # "one in five children", "two-thirds of members" (fraction_shares)
        found += fraction_shares(tokens)
    if wanted == 0 and sides(what.lower().replace("-", " ").split()):  # a vote's side
        found += zero_mentions(tokens, what, text)
    elif wanted == 0:  # "No one in the group acquired HIV"
        found += zero_subjects(tokens, positions(tokens, cue_words), text, deeds_of(what))
    if wanted == 1:
        found += one_counts(tokens, positions(tokens, cue_words), cue_words, text, deeds_of(what))
    return [mention for mention in found if mention.value == wanted]


# A count that is a share in per cent, which a fraction or "N in M" may state.
_SHARE = re.compile(r"per ?cent|%|\bshare\b|\bproportion\b", re.IGNORECASE)


def fielded(
    tokens: Sequence[Token], mentions: list[NumberMention], wanted: float, what: str, text: str,
    cue_words: tuple[str, ...], positions: Callable[[Sequence[Token], tuple[str, ...]], list[int]],
) -> list[NumberMention]:  # fmt: skip
    """Mentions signed ("-5,628"), :func:`worded`'s, "550g", "their 20th" (field_readings)."""
    extra = [*glued_field_units(tokens, what, text), *ordinal_heads(tokens, what, text)]
    extra = [m for m in extra if m.value == wanted]
    found = [*signed_mentions(tokens, mentions, text, what), *extra]
    return [*found, *worded(tokens, wanted, what, text, cue_words, positions)]


__all__ = [
    "bound_head", "fielded", "other_side", "same_word", "sides", "stem", "worded", "zero_mentions",
]  # fmt: skip
