"""A meeting's place read through the sentence's structure (session 26, checks 50 to 57: the
"in its evidence, but not as where this meeting is" flags), for
:func:`summarizer.verification.rules.support_place`.

The place rules find a meeting word near the place ("met in", "talks at", "the summit in").
Four shapes put the meeting at a place with no such word beside it, or beside the wrong one:

- *"there" after a verb of meeting* ("Geneva set the tone in May: the delegations met there
  for two days"; "Helsinki was the stage, and the two presidents talked there"): the place
  named before "there" in the same sentence, with no other place between, is where they met
  (:func:`there_meeting`);
- *a clause of time about another occasion* ("... talked there for two hours, a day after
  Trump had ended a visit to Britain"; "met there on 30 October, before Xi went on to
  Gyeongju for the APEC gathering"): a place in a clause opened by "after", "before",
  "since", "following" or "until" is another occasion's when another clause of the sentence
  holds a verb of meeting with its own place or "there" (:func:`time_clause_elsewhere`); a
  clause of arriving before the meeting ("after arriving in Geneva") is the way to it and
  keeps its reading;
- *a "where" clause about another body's meeting* ("flew on to Phnom Penh, where his cabinet
  met the next morning"): a meeting word after ", where" whose subject is someone's own body
  ("his cabinet", "its parliament") is that body's meeting, not this one
  (:func:`summarizer.verification.places.where_clauses.where_other_body`); a "where" clause about
  the parties ("Joint Base Elmendorf-Richardson, where Trump and Putin sat down") is this
  meeting's (:mod:`summarizer.verification.places.where_clauses`);
- *a dateline and an epithet for it* ("DOHA, Qatar - Negotiators resumed talks in the Qatari
  capital"): read in :mod:`summarizer.verification.places.dateline_epithets`.

Review rvP mended what its cases broke: "there" past another name in an earlier clause
("Oslo was ruled out and Geneva chosen; the delegations met there") gives nothing, past an
aside that locates the place (", in Saudi Arabia,") it still reads; a "where" clause counts
only with a verb of meeting or making and no other body's subject ("Hun Manet's cabinet");
an opening participle only with a comma, no finite verb, no "with" someone who is no party,
and a named or grouped subject after it; a subject meeting noun only "in / at" its place and
with no new subject between ("ended early and Putin flew back to Moscow"); a later session
of the same day ("that afternoon") is this meeting's; a clause of time about another
occasion counts beside "the two leaders" too, and not for the parties' own meeting word
("following up on their August talks in Alaska"); "following" is a later round only after
"the"; a subject meeting noun "of / between / with" others is theirs; an arrival's purpose
refuses a meeting that another body's initials name ("to take part in a G20 ministers'
meeting", :func:`body_meeting`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from ..occasions.occasion_places import clauses
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.names import find_named
from ..people.party_names import names_party
from .dateline_epithets import CAPITALS_OF, dash_before, dateline_epithet
from .place_words import (
    CALENDAR,
    GROUPS,
    MEETING_NOUNS,
    MET,
    PLACE_AT,
)
from .where_clauses import where_other_body, where_parties

# "were there" / "was there" says a meeting only with the parties' people as its subject.
_BE = word_set("was were")
_AT_IN = word_set("in at")
_LOCATING = word_set("in on near outside")
_OPENERS = word_set("after before since following until")
_POSSESSIVES = word_set("his her its their")
_ARRIVING = word_set(
    """arrived arriving arrive arrives landed landing reached reaching flew flying travelled
    traveled travelling traveling came coming"""
)
# Words before a subject meeting noun: "Their talks", "The two-day summit", "This week's".
_OPENING = word_set("the their his her its this that these a an")
# Words of a round after this one, before a meeting noun ("later rounds", "next year's summit").
_LATER = word_set("later subsequent next following further")
_OTHER_ROUND = word_set(
    "second third fourth fifth next another new fresh later previous earlier last"
)
# Words of the same day's later sitting (review rvP): "a later session that afternoon".
_NEGATIONS = word_set("not never no n't nor neither")
_WHOSE = word_set("of between with among")
_SAME_DAY = word_set("afternoon evening morning tonight overnight")
# Words that start another clause of the sentence inside the subject meeting's reach.
_JOINING = word_set("and but while as then")
_PRONOUNS = word_set("he she they it we")
# A sentence opening on a participle of meeting and its place ("Talking in Doha, ...").
_TALKING = word_set("""meeting talking negotiating conferring gathering convening""")
# Small words a sentence or clause may open on, capitalised: no place.
_FINITE = word_set("is was are were would will could can may might remains")
_SMALL = word_set("the a an this that these those their his her its it they he she we")


def structural_meeting(
    tokens: Sequence[Token],
    start: int,
    size: int,
    text: str,
    parties: Sequence[str],
    found: int | None,
    about: Callable[[Sequence[Token], int, Sequence[str], str], bool],
) -> int | None:
    """The meeting word the sentence's structure ties the place to, given the one the other
    rules ``found`` (None when they found none): None for a place in a clause of time about
    another occasion or before another body's "where" meeting; else the found word, or one of
    "there", ", where <parties>", a dateline's epithet, a subject meeting noun or an opening
    participle (see the module) when ``about`` (:func:`sites.about_parties`) says the
    sentence is about the parties at that word ("The talks between Russia and Ukraine ...
    ended in Istanbul" is not Kiir and Machar's)."""
    theirs = found is not None and any(
        t.norm in _POSSESSIVES for t in tokens[max(0, found - 3) : found]
    )
    if not theirs and time_clause_elsewhere(tokens, start, text, parties, groups=True):
        return None  # not "following up on their August talks in Alaska": theirs, read below
    if found is not None:
        if where_other_body(tokens, start, size, found) or _body_trip(tokens, start, size, found):
            return None
        return found
    for reading in (
        _subject_meeting(tokens, start, text, parties),  # "Their talks, held ..., at Filoli"
        _opening_participle(tokens, start, text),  # "Talking in Doha, Congo's government"
        there_meeting(tokens, start, size, text, parties),
        where_parties(tokens, start, size, text, parties),
        dateline_epithet(tokens, start, size, text),
    ):
        if reading is not None:
            concerned = about(tokens, reading, parties, text) or _concerns(tokens, parties)
            return reading if concerned else None
    return None


_NAME_OR_PEOPLE = frozenset({"name", "people"})  # not a capital: "meet in Doha" for Qatar


def _concerns(tokens: Sequence[Token], parties: Sequence[str]) -> bool:
    """The sentence names a country party by its name or people's word anywhere ("Meeting in
    Geneva, the American and Ukrainian delegations agreed"), refers to the parties by a
    definite group noun ("The delegations flew to Muscat ... and talked there"), or names a
    group party's own noun ("the leaders" for "European leaders"): enough to tie a reading
    the sentence's structure already made to them, not to make one."""
    if names_party(tokens, parties, _NAME_OR_PEOPLE):
        return True
    heads = {tokenize(party)[-1].norm for party in parties if party.strip() and tokenize(party)}
    return any(
        token.norm in GROUPS | heads and index and tokens[index - 1].norm == "the"
        for index, token in enumerate(tokens)
    )


def _body_trip(tokens: Sequence[Token], start: int, size: int, found: int) -> bool:
    """A journey's end ("flew to Johannesburg", "landed in Brussels") whose purpose is a
    meeting another body's initials name ("to attend a G20 summit", "a NATO meeting"; review
    rvP): that body's meeting, where the parties' own is told elsewhere."""
    if found <= start or not any(t.norm in _ARRIVING for t in tokens[max(0, start - 3) : start]):
        return False
    return body_meeting(tokens[start + size : found], (), "")


def later_round(tokens: Sequence[Token], start: int, text: str) -> bool:
    """In the place's clause, before it, a word of a later or next round right before a
    meeting noun ("later rounds in Geneva went ahead", "a follow-up session in Oslo", "next
    year's summit in Evian"): another round's place, not this meeting's."""
    if any(t.norm in _SAME_DAY for t in tokens):
        return False  # "a later session in the Ciragan Palace that afternoon": the same day's
    first = start
    while first > 0 and not clause_gap(tokens, first - 1, text):
        first -= 1
    for index in range(max(first, start - 6), start):
        if tokens[index].norm in MEETING_NOUNS and index > first:
            words = tokens[max(first, index - 3) : index]
            if any(_later_word(words, at) for at in range(len(words))):
                return True
    return False


def _later_word(words: Sequence[Token], at: int) -> bool:
    """A word of a later round; "following" only after "the" ("the following session"), not
    "Following talks in Moscow, ..." or "following her meeting with Saied" (review rvP)."""
    if words[at].norm == "following":
        return at > 0 and words[at - 1].norm == "the"
    return words[at].norm in _LATER


def _subject_meeting(
    tokens: Sequence[Token], start: int, text: str, parties: Sequence[str]
) -> int | None:
    """A meeting noun that is the sentence's subject ("Their talks", "The two-day summit",
    in its first five words) when the place follows "in / at" in the same main clause: past
    at most one aside between commas, and not inside it ("Their talks, held on the sidelines
    of the forum, ran for four hours at Filoli"; not "The talks, first held in Geneva, ...")."""
    before = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if before < 1 or tokens[before].norm not in _AT_IN:
        return None  # not "ended with an invitation to Ankara" (review rvP)
    noun = next((i for i in range(min(5, start)) if tokens[i].norm in MEETING_NOUNS), None)
    if noun is None or any(not (t.norm in _OPENING or not t.capitalised) for t in tokens[:noun]):
        return None
    if any(t.norm in _OTHER_ROUND for t in tokens[:noun]):
        return None  # "A second round followed in London": another round's place
    if tokens[noun + 1].norm in _WHOSE and not _names_side(
        tokens, (noun, start), text, parties, True
    ):
        return None  # "The talks of the Sudanese army and the RSF took place in Jeddah"
    if tokens[noun + 1].norm in PLACE_AT:
        return None  # "Meeting in Geneva ..., the delegations ...": a participle (review rvP)
    commas = [i for i in range(noun, start) if clause_gap(tokens, i, text)]
    if len(commas) not in (0, 2) or (commas and commas[0] != noun):
        return None  # an aside must follow the noun and close before the place
    main = commas[-1] + 1 if commas else noun + 1
    if any(t.norm in _NEGATIONS for t in tokens[noun:start]):
        return None  # "The summit will not be in Vienna" (review rvP)
    if any(t.norm in MET or t.norm in MEETING_NOUNS for t in tokens[main:start]):
        return None  # another meeting word nearer the place reads it
    if any(
        word.norm in _JOINING and (nxt.capitalised or nxt.norm in _PRONOUNS)
        for word, nxt in pairwise(tokens[main:start])
    ):
        return None  # "The summit ended early and Vladimir Putin flew back to Moscow"
    return noun


def _opening_participle(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """A participle of meeting that opens the sentence, or its text after a label and a dash
    ("ASIA - Meeting in Putrajaya on July 28, ..."), with the place right after "in / at
    (the)": the main clause's subject met there."""
    before = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if before < 1 or tokens[before].norm not in PLACE_AT:
        return None
    verb = before - 1
    if tokens[verb].norm not in _TALKING:
        return None
    opens = verb == 0 or dash_before(tokens, verb, text) or clause_gap(tokens, verb - 1, text)
    return verb if opens and _participle_of_parties(tokens, start, text) else None


def _participle_of_parties(tokens: Sequence[Token], start: int, text: str) -> bool:
    """The opening phrase ends in a comma with no finite verb and no "with" someone who is no
    party ("Meeting in Moscow is out of the question", "Meeting in London with reporters"),
    and the main clause's subject opens on a name or a group ("the two presidents", "U.S.
    and Chinese officials"), not "thousands of protesters" (review rvP)."""
    end = next((i for i in range(start, len(tokens)) if clause_gap(tokens, i, text)), None)
    if end is None or any(t.norm in _FINITE for t in tokens[start : end + 1]):
        return False
    for index in range(start, end):
        if tokens[index].norm == "with":
            nxt = tokens[min(index + 2, end)] if tokens[index + 1].norm in _OPENING else None
            head = nxt or tokens[index + 1]
            if not (head.capitalised or head.norm in GROUPS):
                return False
    for token in tokens[end + 1 : end + 7]:
        if (token.capitalised and token.norm not in _SMALL) or token.norm in GROUPS:
            return True
        if not (token.norm in _OPENING or token.norm in _SMALL or token.norm == "and"):
            return False
    return False


def there_meeting(
    tokens: Sequence[Token], start: int, size: int, text: str, parties: Sequence[str] = ()
) -> int | None:
    """The verb of meeting before a "there" that points back to the place at
    ``tokens[start : start + size]``: after the place in the same sentence, with no other
    place after "in / at / to" between them, nor another name in a clause before the one of
    "there" (review rvP: "Oslo was ruled out and Geneva chosen; the delegations met there"
    is Geneva's "there"; "Donald Trump and Vladimir Putin talked there" names its subject in
    the clause of "there")."""
    begin = _past_locating(tokens, start + size, text)
    for index in range(begin, len(tokens)):
        token = tokens[index]
        if token.norm == "there" and _name_between(tokens, begin, index, text, parties):
            return None
        if (
            token.norm in PLACE_AT
            and index + 1 < len(tokens)
            and tokens[index + 1].capitalised
            and tokens[index + 1].norm not in CALENDAR
        ):
            return None  # "... flew to Moscow first, ... joined him there": Moscow's own
        if token.norm != "there" or index < 1:
            continue
        for verb in range(index - 1, max(index - 4, -1), -1):
            norm = tokens[verb].norm
            if norm in MET:
                return verb
            if norm in _BE and any(t.norm in GROUPS for t in tokens[max(verb - 4, 0) : verb]):
                return verb  # "the negotiators were there from 6 October"
            if clause_gap(tokens, verb, text):
                break
    return None


def _past_locating(tokens: Sequence[Token], after: int, text: str) -> int:
    """The index past an aside that locates the place (", in Saudi Arabia,", ", on South
    Korea's south coast,"; review rvP), else ``after``: the aside's place is the place's own
    country or coast, not another place "there" may point to."""
    if not (0 < after < len(tokens) and tokens[after].norm in _LOCATING):
        return after
    if "," not in text[tokens[after - 1].end : tokens[after].start]:
        return after
    end = next(
        (i for i in range(after, min(after + 8, len(tokens))) if clause_gap(tokens, i, text)), None
    )
    return after if end is None else end + 1


def _name_between(
    tokens: Sequence[Token], first: int, there: int, text: str, parties: Sequence[str]
) -> bool:
    """A capitalised word between the place and "there" in an earlier clause than the one of
    "there", which is no calendar word, people's word, small word or party's name: another
    place "there" may point to."""
    clause = there
    while clause > first and not clause_gap(tokens, clause - 1, text):
        clause -= 1
    named = [p for p in parties if p.strip() and find_named(p, tokens[first:clause], text)]
    for token in tokens[first:clause]:
        if not token.capitalised or token.norm in CALENDAR or token.norm in _SMALL:
            continue
        if token.norm.lower() in CAPITALS_OF or any(token.norm in _norms(p) for p in named):
            continue
        return True
    return False


def _norms(name: str) -> frozenset[str]:
    return frozenset(t.norm for t in tokenize(name))


def time_clause_elsewhere(
    tokens: Sequence[Token], start: int, text: str, parties: Sequence[str], groups: bool = False
) -> bool:
    """The place stands in a clause of time ("a day after Trump had ended a visit to
    Britain") and another clause that names one of the fact's ``parties`` holds a verb of
    meeting with a place or "there" (see the module). Not a clause of arriving ("after
    arriving in Geneva, they met at the hotel"). With ``groups``, "the two <leaders>" stand
    for the parties too (review rvP); not when the other rules found the parties' own meeting
    word for the place ("two years after their inaugural meeting in Osaka"), whose reading
    tells an earlier meeting strongly."""
    spans = clauses(tokens, text)
    own = next((span for span in spans if span[0] <= start < span[1]), None)
    if own is None or len(spans) < 2:
        return False
    opener = next(
        (i for i in range(own[0], min(own[0] + 3, start)) if tokens[i].norm in _OPENERS), None
    )
    if opener is None or any(t.norm in _ARRIVING for t in tokens[opener:start]):
        return False
    return any(
        span != own
        and _placed_meeting(tokens, *span)
        and _names_side(tokens, span, text, parties, groups)
        for span in spans
    )


def _names_side(
    tokens: Sequence[Token], span: tuple[int, int], text: str, parties: Sequence[str], groups: bool
) -> bool:
    """The clause names one of the parties, or "the two <leaders>" (review rvP: "The two
    leaders talked in Busan ..., a day after Trump had met Japanese officials in Tokyo")."""
    clause = tokens[span[0] : span[1]]
    if any(find_named(p, clause, text) for p in parties if p.strip()):
        return True
    return groups and any(
        (a.norm, b.norm) == ("the", "two") and c.norm in GROUPS
        for a, b, c in zip(clause, clause[1:], clause[2:], strict=False)
    )


def _placed_meeting(tokens: Sequence[Token], first: int, end: int) -> bool:
    """A verb of meeting in the clause with "there" or a place after "in / at" right after
    it (up to four words on)."""
    for index in range(first, end):
        if tokens[index].norm not in MET:
            continue
        for after in range(index + 1, min(index + 5, end)):
            if tokens[after].norm == "there":
                return True
            name = after + 2 if after + 2 < end and tokens[after + 1].norm == "the" else after + 1
            if tokens[after].norm in PLACE_AT and name < end and tokens[name].capitalised:
                return True  # "met in Busan", "talked at the Kremlin"
    return False


def body_meeting(words: Sequence[Token], parties: Sequence[str], text: str) -> bool:
    """A body's initials before the meeting noun that is no party's ("a G20 ministers'
    meeting", "a NATO summit" for talks of Russia and America): that body's meeting."""
    return any(
        word.text.isupper()
        and (len(word.text) > 1 or (nxt is not None and nxt.attached and nxt.is_number))
        and not any(find_named(party, [word], text) for party in parties if party.strip())
        for word, nxt in zip(words, [*words[1:], None], strict=False)
    )


__all__ = [
    "body_meeting",
    "later_round",
    "structural_meeting",
    "there_meeting",
    "time_clause_elsewhere",
]
