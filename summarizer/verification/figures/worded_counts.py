"""Counts English states in forms the number reader does not read as a quantity (outside checks
50-75: correct counts refused as "not stated in its evidence"), for
:func:`summarizer.verification.counts.count_heads.worded` and so
:func:`summarizer.verification.counts.number_rules.support_number` (``count`` fields only):

- an ordinal that counts occasions so far: "was flying for the 30th time" (30 flights), "was
  the 41st record close of 2025" (41 record closes), "Tuesday's award was the physics prize's
  119th" (119 awards), "Shukla is 634th, Kapu 636th" (a roll's number). Only after "for the
  ... time" or after a copula ("is", "was": the subject is that one of the series); an
  ordinal that is a rank ("came 3rd", "finished 2nd"), a date ("on the 3rd", "the 3rd of
  May"), a period ("the 21st century") or a name ("the 2nd Infantry Division", capitalised) is
  none. "became the 84th co-sponsor" tells when one joined (the red team's rt-number-0192):
  "became" is no copula here;
- zero by a word as the clause's subject: "No one in the lenacapavir group acquired HIV",
  "Nobody was hurt" (0 of what the clause tells), not after a verb of saying or doubting
  ("No one disputes that 40 died": a denial of another claim counts nothing);
- one by the indefinite article: "a Cambodian soldier was killed" (1 soldier killed) when
  the article's noun is the count's noun and the clause's verb its verb ("a minister said"
  counts no ministers killed; "a ceasefire" counts nothing killed);
- a number noun: "a decade" (10 years), "a fortnight" (14 days, 2 weeks), "a century" (100
  years), read only for a count of that unit.

Each is a mention the role rules after it read as any number's (the count's words must stand
near it, its qualifier agree): the forms only make the value visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, ORDINALS
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, ordinal_at, superlative, word_set
from .number_qualifiers import qualifiers_of
from .numbers import NumberMention, word_number

_COPULAS = word_set("is was are were s")
_POSSESSIVES = word_set("his her its their our my your")
_PLACING = word_set("by with against from over to into near")
# Nouns after an ordinal that make it a period or a date, never a count of occasions.
_PERIODS = word_set(
    """century centuries millennium minute minutes floor floors birthday anniversary day
    week month year"""
)
_MONTH_WORDS = frozenset(MONTHS)
# Words that open an ordinal's scope after its noun ("of the season", "this year").
_SCOPES = word_set("of in since this on at for during after before so")
_ZERO_OPENERS = word_set("no nobody none")
# Past participles without "-ed" a count's deed may be ("people hurt", "ships hit").
_PARTICIPLES = word_set("hurt hit shot struck lost held taken stolen fled dead slain")
_ONE = word_set("one")
# Verbs after a zero subject that deny or doubt another claim rather than count.
_SAYING = word_set(
    """say said says dispute disputes disputed deny denies denied doubt doubts doubted claim
    claims claimed know knows knew believe believes believed think thinks thought expect
    expected expects suggest suggested suggests argue argued argues question questioned
    questions accept accepted accepts challenge challenged challenges contest contested
    contests tell told confirm confirmed explain explained how whether seriously"""
)
# Words before a zero subject that leave it a subject ("said no one was hurt").
_REPORTING = word_set("said says and that but while")
# Words after a number noun that make it a time ("a decade ago") and before it that make it a
# comparison's window ("the highest in a decade").
_TIME_AFTER = word_set("ago earlier later before after since")
_WINDOW_BEFORE = word_set("in than over within")
_MORE_LESS = word_set("more less fewer")
_ARTICLES = word_set("a an")
# Words that make a clause no statement of its count: a condition, a doubt or a denial
# ("if a soldier is killed", "denied that a soldier was killed", "whether anyone ...").
_UNASSERTED = word_set(
    """if unless whether lest deny denies denied doubt doubts doubted dispute disputes
    disputed reject rejects rejected refute refutes refuted"""
)
# Modals that leave a deed unhappened ("no workers would lose their jobs").
_MODALS = word_set("would could might may will should can must shall")
# Words before the article that deny the one ("not a single soldier") and words between it
# and the noun that make it one more, not one ("a second soldier", "a further worker").
_DENYING = word_set("not nor never without")
_ONE_MORE = word_set("further additional fresh another")
# Number nouns after "a"/"an" and the unit stems a count must name for each, with its value.
_NOUNS: dict[str, tuple[tuple[str, float], ...]] = {
    "decade": (("year", 10.0),),
    "century": (("year", 100.0),),
    "fortnight": (("day", 14.0), ("week", 2.0)),
}


def _ordinal(tokens: Sequence[Token], index: int) -> tuple[float, int] | None:
    """An ordinal at ``index`` ("30th", "third") and its last token, or None."""
    value = ordinal_at(tokens, index)
    if value is None:
        return None
    return float(value), index + 1 if tokens[index].is_number else index


def _asserted(tokens: Sequence[Token], first: int, end: int, text: str) -> bool:
    """Whether the clause of a worded zero or one (``first``..``end``) states it: not a
    question (the sentence ends in "?"), not opened by a condition or under a denial before
    it in its clause ("if a soldier is killed", "denied that a soldier was killed"), no modal
    in it ("no workers would lose their jobs"), no "not" before the article ("not a single
    soldier")."""
    tail = text[tokens[-1].end : tokens[-1].end + 3] if tokens and text else ""
    if "?" in tail:
        return False
    start = first
    while start > 0 and not clause_gap(tokens, start - 1, text):
        start -= 1
    if any(t.norm in _UNASSERTED for t in tokens[start:first]):
        return False
    if first and tokens[first - 1].norm in _DENYING:
        return False
    return not any(t.norm in _MODALS for t in tokens[first:end])


def _mention(value: float, first: int, last: int, tokens: Sequence[Token]) -> NumberMention:
    """A worded count as a mention; "of", "on", "in", "this" after it open the series' scope
    ("the club's 15th of the season", "the third on that road"), never a partitive's "of" or
    a unit (``unit`` and ``after`` left empty)."""
    unit = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    return NumberMention(
        value=value, first=first, last=last, qualifiers=frozenset({"exact"}),
        unit="" if unit in _SCOPES else unit, after="" if unit in _SCOPES else unit,
    )  # fmt: skip


def _period_after(tokens: Sequence[Token], last: int, text: str) -> bool:
    """A period, a date or a name after an ordinal in its clause ("the 21st century", "the
    3rd of May", "the 2nd Infantry Division"; not "is 634th, Kapu 636th")."""
    if last + 1 >= len(tokens) or clause_gap(tokens, last, text):
        return False
    following = tokens[last + 1]
    if superlative(following):  # "the third largest walkout": a rank
        return True
    if following.norm == "of":  # "the 3rd of May"; not "the club's 15th of the season"
        return last + 2 < len(tokens) and tokens[last + 2].norm in _MONTH_WORDS
    return following.norm in _PERIODS or following.capitalised or following.joined


def _copular(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the ordinal at ``first`` is the complement of "is"/"was": right after it, or
    after "the" and at most three words that end in a possessive ("was the physics prize's
    119th"), within its clause."""
    index = first - 1
    if index >= 0 and tokens[index].norm in _COPULAS:
        return True
    if index > 0 and tokens[index].norm in _POSSESSIVES and tokens[index - 1].norm in _COPULAS:
        return True  # "Kerrow's goal was his 100th for the club"
    words = 0
    while index >= 0 and words <= 4 and not clause_gap(tokens, index, text):
        token = tokens[index]
        if token.is_number:
            return False
        if token.norm == "the":
            copula = index - 1
            owner = text[tokens[first - 1].end : tokens[first].start] if words else ""
            possessive = not words or words == 1 or "'" in owner or "\u2019" in owner
            possessive = possessive or text[tokens[first - 1].start : tokens[first - 1].end][
                -2:
            ].lower() in {"'s", "\u2019s"}
            return copula >= 0 and tokens[copula].norm in _COPULAS and possessive
        index, words = index - 1, words + 1
    return False


def _named_subject(tokens: Sequence[Token], first: int, text: str) -> int:
    """Where the copula's subject starts when it is a name right before it ("After Saturday's
    defeat Dunmere is 18th": "Dunmere"), so a word of the count before the name, in a phrase
    that opens the clause, names no series of the ordinal; 0 otherwise."""
    index = first - 1
    while (
        index > 0 and tokens[index].norm not in _COPULAS and not clause_gap(tokens, index - 1, text)
    ):
        index -= 1
    name = index - 1
    if tokens[index].norm not in _COPULAS or name < 1 or clause_gap(tokens, name - 1, text):
        return 0
    if tokens[name - 1].norm in _SCOPES or tokens[name - 1].norm in _PLACING:
        return 0  # "Kerrow's goal on Sunday was his 100th": the name is a time or a place
    return name if tokens[name].capitalised else 0


def _own_series(
    tokens: Sequence[Token], first: int, last: int, cues: Sequence[int], text: str
) -> bool:
    """Whether the ordinal's series is the count's: a word of the count in its clause before
    it ("Saturday's win was the club's 15th") or in the noun it heads ("the 41st record
    close"), not only in the series' scope after it ("of the season", "this year": the 15th
    win of the season is no 15th loss)."""
    start = first
    while start > 0 and not clause_gap(tokens, start - 1, text):
        start -= 1
    end = last + 1
    while end < len(tokens) and not clause_gap(tokens, end - 1, text):
        if tokens[end].norm in _SCOPES:
            break
        end += 1
    return any(start <= cue < first or last < cue < end for cue in cues)


def ordinal_counts(
    tokens: Sequence[Token], text: str, cues: Sequence[int] = ()
) -> list[NumberMention]:
    """Ordinals that count a series so far: "for the 30th time", "was the 41st record
    close", "is 634th" and the ordinals listed after one ("Kapu 636th"), each in a clause
    that names the count's series (:func:`_own_series`; ``cues``: the count's words)."""
    found: list[NumberMention] = []
    listed = -9  # where the last ordinal of a copula's list ended ("Shukla is 634th, Kapu 636th")
    for index in range(len(tokens)):
        read = _ordinal(tokens, index)
        if read is None:
            continue
        value, last = read
        timed = last + 1 < len(tokens) and tokens[last + 1].norm in {"time", "times"}
        if timed and index > 1 and tokens[index - 1].norm == "the":
            if tokens[index - 2].norm == "for" and _own_series(tokens, index, last, cues, text):
                found.append(_mention(value, index, last, tokens))
            continue
        if _period_after(tokens, last, text):
            listed = -9
            continue
        if _copular(tokens, index, text) or index - listed <= 4:
            listed = last
            subject = _named_subject(tokens, index, text)
            own = [cue for cue in cues if cue >= subject or cue > index]
            if _own_series(tokens, index, last, own, text):
                found.append(_mention(value, index, last, tokens))
    return found


def deeds_of(what: str) -> list[str]:
    """The stems of the deeds a count's ``what`` names ("people killed in the blaze":
    "kill"; "staff who lost their jobs": "lost"), which a worded zero or one must state: "No
    one was hurt" counts no one killed."""
    stems = []
    for word in what.lower().replace("-", " ").split():
        if word in _PARTICIPLES:
            stems.append(word)
        elif word.endswith("ed") and len(word) > 4:
            stems.append(word[:-2] if len(word) > 6 else word[:-1])  # "killed": "kill"
        elif word.endswith("ing") and len(word) > 5:
            stems.append(word[:-3])  # "voting": "vot", "developing": "develop"
    return stems


def _deeds_in(tokens: Sequence[Token], deeds: Sequence[str]) -> bool:
    return all(any(t.norm.startswith(deed) for t in tokens) for deed in deeds)


def zero_subjects(
    tokens: Sequence[Token], cues: Sequence[int], text: str, deeds: Sequence[str] = ()
) -> list[NumberMention]:
    """A zero word opening its clause as the subject ("No one in the group acquired HIV",
    "Nobody was hurt", "No civilians were killed") with a word of the count in the same
    clause and no verb of saying or doubting, nor "that", after it."""
    found: list[NumberMention] = []
    for index, token in enumerate(tokens):
        if token.norm not in _ZERO_OPENERS:
            continue
        if (
            index
            and not clause_gap(tokens, index - 1, text)
            and tokens[index - 1].norm not in _REPORTING
        ):
            continue  # "voted no", "had no": not a clause's subject
        last = index + 1 if token.norm == "no" and index + 1 < len(tokens) else index
        last = last if tokens[last].norm in _ONE else index  # "No one"; "No civilians"
        end, blocked = last + 1, False
        while end < len(tokens):
            if tokens[end].norm in _SAYING or tokens[end].norm == "that":
                blocked = True  # "No one disputes that 40 died": a denial, no count
                break
            if clause_gap(tokens, end - 1, text) and end > last + 1:
                break
            end += 1
        if (
            not blocked
            and _asserted(tokens, index, end, text)
            and any(index < cue < end for cue in cues)
            and _deeds_in(tokens[index:end], deeds)
        ):
            found.append(_mention(0.0, index, last, tokens))
    return found


def one_counts(
    tokens: Sequence[Token], cues: Sequence[int], cue_words: Sequence[str], text: str,
    deeds: Sequence[str] = (),
) -> list[NumberMention]:  # fmt: skip
    """ "a Cambodian soldier was killed", "a single drone hit the depot": the indefinite
    article (or "a single") before a noun of the count, followed in its clause by another of
    the count's words (its verb), read as one. Both words must be there, so "a minister said"
    and "a ceasefire" count nothing the count names."""
    found: list[NumberMention] = []
    places = set(cues)
    for index, token in enumerate(tokens):
        if token.norm not in _ARTICLES:
            continue
        start = index + 1
        if start < len(tokens) and tokens[start].norm == "single":
            start += 1
        noun = next((i for i in range(start, min(start + 3, len(tokens))) if i in places), None)
        if noun is None or any(
            clause_gap(tokens, i, text) or tokens[i].is_number for i in range(index, noun)
        ):
            continue
        if any(t.norm in _ONE_MORE or t.norm in ORDINALS for t in tokens[start:noun]):
            continue  # "a second soldier was killed": one more, not one
        raw = tokens[noun].text.lower()
        if raw.endswith(SINGULAR_POSSESSIVES) or (
            noun + 1 < len(tokens) and tokens[noun + 1].norm == "of"
        ):
            continue  # "a soldier of the 5th brigade", "a soldier's family"
        verb = next(
            (
                i for i in range(noun + 1, min(noun + 5, len(tokens)))
                if i in places and tokens[i].norm != tokens[noun].norm
            ),
            None,
        )  # fmt: skip
        if verb is None or any(clause_gap(tokens, i, text) for i in range(noun, verb)):
            continue
        end = verb + 1
        while end < min(verb + 5, len(tokens)) and not clause_gap(tokens, end - 1, text):
            end += 1  # "a Cambodian soldier was killed": the deed after the noun's words
        if not _deeds_in(tokens[noun:end], deeds):
            continue  # "A police officer was injured": no officer killed
        if not _asserted(tokens, index, end, text):
            continue
        if not _distinct(tokens[noun].norm, tokens[verb].norm, cue_words):
            continue
        found.append(_mention(1.0, index, index, tokens))
    return found


def _distinct(noun: str, verb: str, cue_words: Sequence[str]) -> bool:
    """Whether the noun and the verb match two different cue words of the count (a noun
    and its verb, not one word twice)."""
    of_noun = {cue for cue in cue_words if noun.startswith(cue)}
    of_verb = {cue for cue in cue_words if verb.startswith(cue)}
    return bool(of_noun and of_verb and of_noun != of_verb)


def _window(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether the number noun at ``index`` (its article before it) is a comparison's window:
    after "in", "than", "over", "within" ("the highest in a decade"; "in more than a decade"
    read past the qualifier, while "for more than a decade" is a length), or after a
    superlative in its clause when "for" or "since" opens it ("the weakest for a decade")."""
    before = index - 2
    if before > 0 and tokens[before].norm == "than" and tokens[before - 1].norm in _MORE_LESS:
        before -= 2  # "more than a decade": the qualifier, then what stands before it
    if before >= 0 and tokens[before].norm in _WINDOW_BEFORE:
        return True
    if before < 0 or tokens[before].norm not in _SPAN_BEFORE:
        return False  # "the biggest airport is now a decade further off": no window (check 75)
    start = index - 1
    while start > 0 and not clause_gap(tokens, start - 1, text):
        start -= 1
    return any(superlative(t) for t in tokens[start : index - 1])


# Words before a number noun's article that may make it a superlative's window ("the weakest
# for a decade", "the lowest since a decade"); after any other word ("is now a decade further
# off") a superlative earlier in the clause is another noun's.
_SPAN_BEFORE = word_set("for since")


def noun_numbers(tokens: Sequence[Token], what: str, text: str = "") -> list[NumberMention]:
    """ "a decade" (10 years), "a fortnight" (14 days or 2 weeks), "a century" (100 years)
    for a count of that unit, with the qualifier before it ("nearly a decade", "more than a
    century"); "of" after it names what lasted ("a decade of drought"), no partitive."""
    words = what.lower()
    norms = [t.norm for t in tokens]
    found: list[NumberMention] = []
    for index, token in enumerate(tokens[1:], start=1):
        times, noun = 1.0, token.norm
        if noun in _PLURAL_NOUNS and (many := _many(tokens[index - 1])) is not None:
            times, noun = many, _PLURAL_NOUNS[noun]  # "two decades" (session 35)
        elif noun not in _NOUNS or tokens[index - 1].norm not in _ARTICLES:
            continue
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if following in _TIME_AFTER or _window(tokens, index, text):
            continue  # "a decade ago", "the highest in a decade": no length of what is counted
        for unit, value in _NOUNS[noun]:
            if unit in words:
                found.append(
                    NumberMention(
                        value=value * times, first=index - 1, last=index,
                        qualifiers=qualifiers_of(norms, index - (times != 1), index), unit=unit,
                        after="" if following == "of" else following,
                    )
                )  # fmt: skip
    return found


_PLURAL_NOUNS = {"decades": "decade", "centuries": "century", "fortnights": "fortnight"}


def _many(token: Token) -> float | None:
    """How many of a plural number noun the word before it counts ("two decades": 2)."""
    if token.is_number:
        text = token.text.replace(",", "")
        return float(text) if text.isdigit() else None
    read = word_number([token.norm], 0)
    return read[0] if read is not None and read[0] > 1 else None


__all__ = [
    "deeds_of", "noun_numbers", "one_counts", "ordinal_counts", "zero_subjects",
]  # fmt: skip
