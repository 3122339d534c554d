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
  (:func:`where_other_body`); a "where" clause about the parties ("Joint Base
  Elmendorf-Richardson, where Trump and Putin sat down") is this meeting's
  (:func:`where_parties`);
- *a dateline and an epithet for it* ("DOHA, Qatar - Negotiators resumed talks in the Qatari
  capital on Sunday, a week after a round in Cairo broke up"; "ISTANBUL - ... sat down in
  the city's Dolmabahce Palace"): the lead clause's meeting is "in / at the" epithet, which
  fits the dateline (a country's capital for "the <people> capital", any city for "the
  city", "the resort", "the town", "the port", "the city's"), and names no other place
  (:func:`dateline_epithet`). An epithet that does not fit ("BRUSSELS - ... talks in the
  Russian capital") gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from summarizer.verification.names import find_named
from summarizer.verification.occasion_places import clauses
from summarizer.verification.party_names import party_mentions, party_of
from summarizer.verification.tokens import Token, clause_gap, tokenize, word_set

# Verbs of meeting that "there" may follow ("met there", "talked there", "sat down there").
_MET = word_set(
    """met meet meets meeting talked talk talks gathered gather convened convene sat held
    negotiated conferred"""
)
# The past forms: a clause of time is another occasion's beside the meeting that took place
# ("would meet in Budapest, following up on their August talks in Alaska" keeps Alaska).
_MET_PAST = word_set("met talked gathered convened sat held negotiated conferred")
# "were there" / "was there" says a meeting only with the parties' people as its subject.
_BE = word_set("was were")
_GROUPS = word_set(
    """leaders presidents ministers negotiators delegations delegates envoys sides teams
    officials mediators both two"""
)
_PLACE_AT = word_set("in at to near inside outside into")
_OPENERS = word_set("after before since following until")
_ARRIVING = word_set(
    """arrived arriving arrive arrives landed landing reached reaching flew flying travelled
    traveled travelling traveling came coming"""
)
_POSSESSIVES = word_set("his her its their")
_TAIL = word_set("in near outside")
# Bodies that meet on their own ("where the EU's foreign affairs council gathered").
_BODIES = word_set(
    """cabinet council parliament assembly board committee court government senate congress
    commission"""
)
# Words before a subject meeting noun: "Their talks", "The two-day summit", "This week's".
_OPENING = word_set("the their his her its this that these a an")
# Words of a round after this one, before a meeting noun ("later rounds", "next year's summit").
_LATER = word_set("later subsequent next further")
_MOVED = word_set("moved relocated shifted transferred")  # not "following": "Following talks in X"
_OTHER_ROUND = word_set(
    "second third fourth fifth next another new fresh later previous earlier last"
)
# What the parties make at a meeting: the lead clause's act when it names no meeting word.
_MAKING = word_set("signed agreed sealed adopted pledged issued struck")
_MEETING_NOUNS = word_set(
    "talks meeting meetings summit summits negotiations round rounds session sessions"
)
_WHERE_REACH = 14
# Epithets of a city ("the city", "the resort"), and of a capital ("the Qatari capital").
_CITY_EPITHETS = word_set("city resort town port")
_CAPITAL = "capital"
_DASHES = ("-", "\u2013", "\u2014")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
# A sentence opening on a participle of meeting and its place ("Talking in Doha, ...").
_TALKING = word_set("""meeting talking negotiating conferring gathering convening""")


def _people_capitals() -> dict[str, frozenset[str]]:
    """A people's word ("qatari") to its country's capitals' normalised words ("doha")."""
    found: dict[str, set[str]] = {}
    for names in PARTIES.values():
        people, capitals = names[1], names[2]
        for word in people:
            for capital in capitals:
                found.setdefault(word.lower(), set()).add(
                    " ".join(t.norm for t in tokenize(capital))
                )
    return {word: frozenset(capitals) for word, capitals in found.items()}


_CAPITALS_OF = _people_capitals()


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
    if time_clause_elsewhere(tokens, start, text, parties):
        return None
    if found is not None:
        return None if where_other_body(tokens, start, size, found, parties) else found
    for reading in (
        _subject_meeting(tokens, start, text),  # "Their talks, held ..., ran ... at Filoli"
        _opening_participle(tokens, start, text),  # "Talking in Doha, Congo's government"
        there_meeting(tokens, start, size, text, parties),
        where_parties(tokens, start, size, text, parties),
        dateline_epithet(tokens, start, size, text),
    ):
        if reading is not None:
            return reading if about(tokens, reading, parties, text) else None
    return None


def later_round(tokens: Sequence[Token], start: int, text: str) -> bool:
    """In the place's clause, before it, a word of a later or next round right before a
    meeting noun ("later rounds in Geneva went ahead", "a follow-up session in Oslo", "next
    year's summit in Evian"): another round's place, not this meeting's."""
    first = start
    while first > 0 and not clause_gap(tokens, first - 1, text):
        first -= 1
    for index in range(max(first, start - 6), start):
        if tokens[index].norm in _MOVED and index and tokens[index - 1].norm in _LATER:
            return True  # "the talks were suspended and later moved to Geneva"
        if tokens[index].norm in _MEETING_NOUNS and index > first:
            words = {t.norm for t in tokens[max(first, index - 3) : index]}
            if not _LATER.isdisjoint(words):
                return True
    return False


def _subject_meeting(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """A meeting noun that is the sentence's subject ("Their talks", "The two-day summit",
    in its first five words) when the place follows "in / at" in the same main clause: past
    at most one aside between commas, and not inside it ("Their talks, held on the sidelines
    of the forum, ran for four hours at Filoli"; not "The talks, first held in Geneva, ...")."""
    before = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if before < 1 or tokens[before].norm not in _PLACE_AT:
        return None
    noun = next((i for i in range(min(5, start)) if tokens[i].norm in _MEETING_NOUNS), None)
    if noun is None or any(not (t.norm in _OPENING or not t.capitalised) for t in tokens[:noun]):
        return None
    if any(t.norm in _OTHER_ROUND for t in tokens[:noun]):
        return None  # "A second round followed in London": another round's place
    commas = [i for i in range(noun, start) if clause_gap(tokens, i, text)]
    if len(commas) not in (0, 2) or (commas and commas[0] != noun):
        return None  # an aside opens right after the noun and closes before the place
    main = commas[-1] + 1 if commas else noun + 1
    if any(t.norm in _MET or t.norm in _MEETING_NOUNS for t in tokens[main:start]):
        return None  # another meeting word nearer the place reads it
    return noun


def _opening_participle(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """A participle of meeting that opens the sentence, or its text after a label and a dash
    ("ASIA - Meeting in Putrajaya on July 28, ..."), with the place right after "in / at
    (the)": the main clause's subject met there."""
    before = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if before < 1 or tokens[before].norm not in _PLACE_AT:
        return None
    verb = before - 1
    if tokens[verb].norm not in _TALKING:
        return None
    if verb == 0 or _dash_before(tokens, verb, text) or clause_gap(tokens, verb - 1, text):
        return verb
    return None


def there_meeting(
    tokens: Sequence[Token], start: int, size: int, text: str, parties: Sequence[str]
) -> int | None:
    """The verb of meeting before a "there" that points back to the place at
    ``tokens[start : start + size]``: after the place in the same sentence, with no other
    place after "in / at / to" between them (see the module)."""
    for index in range(start + size, len(tokens)):
        token = tokens[index]
        if (
            token.norm in _PLACE_AT
            and index + 1 < len(tokens)
            and tokens[index + 1].capitalised
            and tokens[index + 1].norm not in _CALENDAR
        ):
            return None  # "... flew to Moscow first, ... joined him there": Moscow's own
        if token.norm != "there" or index < 1:
            continue
        for verb in range(index - 1, max(index - 4, -1), -1):
            norm = tokens[verb].norm
            if norm in _MET:
                between = tokens[verb + 1 : index]  # "met Emmanuel Macron there": his meeting
                named = any(find_named(p, between) for p in parties if p.strip())
                return None if any(t.capitalised for t in between) and not named else verb
            if norm in _BE and any(t.norm in _GROUPS for t in tokens[max(verb - 4, 0) : verb]):
                return verb  # "the negotiators were there from 6 October"
            if clause_gap(tokens, verb, text):
                break
    return None


def time_clause_elsewhere(
    tokens: Sequence[Token], start: int, text: str, parties: Sequence[str]
) -> bool:
    """The place stands in a clause of time ("a day after Trump had ended a visit to
    Britain") and another clause that names one of the fact's ``parties`` holds a verb of
    meeting with a place or "there" (see the module). Not a clause of arriving ("after
    arriving in Geneva, they met at the hotel")."""
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
        and any(find_named(p, tokens[span[0] : span[1]], text) for p in parties if p.strip())
        for span in spans
    )


def _placed_meeting(tokens: Sequence[Token], first: int, end: int) -> bool:
    """A past verb of meeting in the clause with "there" or a place after "in / at" right
    after it (up to four words on)."""
    for index in range(first, end):
        if tokens[index].norm not in _MET_PAST:
            continue
        for after in range(index + 1, min(index + 5, end)):
            if tokens[after].norm == "there":
                return True
            if (
                tokens[after].norm in _PLACE_AT
                and after + 1 < end
                and tokens[after + 1].capitalised
            ):
                return True
    return False


def where_other_body(
    tokens: Sequence[Token], start: int, size: int, meeting: int, parties: Sequence[str]
) -> bool:
    """The meeting word at ``meeting`` stands in a "where" clause right after the place whose
    subject is someone's own body ("Phnom Penh, where his cabinet met"; "Brussels, where the
    EU's foreign affairs council gathered", naming none of the ``parties``): that body's
    meeting."""
    after = start + size
    if not (after < meeting and tokens[after].norm == "where"):
        return False
    subject = tokens[after + 1 : meeting]
    if any(t.norm in _BODIES for t in subject) and not any(
        find_named(party, subject) for party in parties if party.strip()
    ):
        return True
    return any(
        word.norm in _POSSESSIVES
        and following.norm not in _MEETING_NOUNS
        and not following.capitalised
        for word, following in pairwise(subject)
    )


def where_parties(
    tokens: Sequence[Token], start: int, size: int, text: str, parties: Sequence[str]
) -> int | None:
    """The index of "where" when the place is followed by ", where" and the clause names one
    of the fact's parties before its next clause mark ("Joint Base Elmendorf-Richardson,
    where Trump and Putin sat down on Friday")."""
    after = _tail_end(tokens, start + size)  # "Gimhae air base near Busan, where ..."
    if after >= len(tokens) or tokens[after].norm != "where":
        return None
    if "," not in text[tokens[after - 1].end : tokens[after].start]:
        return None
    end = after + 1
    while end < min(after + _WHERE_REACH, len(tokens)) and not clause_gap(tokens, end - 1, text):
        end += 1
    clause = tokens[after + 1 : end]
    if any(find_named(party, clause, text) for party in parties if party.strip()):
        return after
    keys = {key for key in map(party_of, parties) if key is not None}
    if keys and any(key in keys for _at, key, _kind, _size in party_mentions(clause)):
        return after  # ", where Russian and Ukrainian delegations talked"
    return None


def _tail_end(tokens: Sequence[Token], after: int) -> int:
    """The index after the place's own tail, "in / near / outside" and a capitalised name
    ("Dolmabahce Palace in Istanbul", "Gimhae air base near Busan"), else ``after``."""
    if after + 1 < len(tokens) and tokens[after].norm in _TAIL and tokens[after + 1].capitalised:
        after += 1
        while after < len(tokens) and tokens[after].capitalised:
            after += 1
    return after


def dateline_epithet(tokens: Sequence[Token], start: int, size: int, text: str) -> int | None:
    """The index of the epithet noun when the place is the sentence's dateline and the lead
    clause puts its meeting "in / at the" epithet that fits it (see the module)."""
    after = start + size
    if after >= len(tokens) or not _line_start(tokens, start, text):
        return None
    body = next(
        (i for i in range(after, min(after + 8, len(tokens))) if _dash_before(tokens, i, text)),
        None,
    )
    if body is None:
        return None
    spans = clauses(tokens, text)
    lead = next((span for span in spans if span[0] <= body < span[1]), None)
    if lead is None:
        return None
    place = " ".join(t.norm for t in tokens[start:after])
    met = False
    for index in range(body, lead[1]):
        norm = tokens[index].norm
        met = met or norm in _MET or norm in _MEETING_NOUNS or norm in _MAKING
        if norm not in _PLACE_AT or index + 2 >= lead[1] or tokens[index + 1].norm != "the":
            if norm in _PLACE_AT and index + 1 < lead[1] and tokens[index + 1].capitalised:
                return None  # the lead clause names its own place
            continue
        dateline = {t.norm for t in tokens[start:body]}
        epithet = _fitting_epithet(tokens, index + 2, lead[1], place, dateline)
        if epithet is not None and (met or _met_after(tokens, epithet, lead[1])):
            return epithet
    return None


def _fitting_epithet(
    tokens: Sequence[Token], first: int, end: int, place: str, dateline: set[str]
) -> int | None:
    """The epithet noun of "the [people word] capital" / "the city('s)" / "the resort" from
    ``tokens[first]``, when it fits the dateline's ``place``; or of "the <words of the
    dateline> <noun>" ("KANANASKIS, Alberta - ... in the Alberta mountains")."""
    word = tokens[first]
    named = first
    while named < end and tokens[named].capitalised and tokens[named].norm in dateline:
        named += 1
    regional = first < named < end and not tokens[named].capitalised
    if regional and tokens[named].norm != _CAPITAL:  # "the Alberta capital" is another city
        return named  # the region the dateline itself names
    if word.norm in _CITY_EPITHETS:
        return first  # "the city's Dolmabahce Palace", "the resort"
    if word.norm == _CAPITAL:
        return first if any(place in capitals for capitals in _CAPITALS_OF.values()) else None
    nxt = first
    while nxt < end and tokens[nxt].capitalised and tokens[nxt].norm.lower() not in _CAPITALS_OF:
        nxt += 1  # "the Red Sea resort": the region's words
    if nxt < end and tokens[nxt].norm.lower() in _CAPITALS_OF:
        people = tokens[nxt].norm.lower()
        if nxt + 1 < end and tokens[nxt + 1].norm == _CAPITAL:
            return nxt + 1 if place in _CAPITALS_OF[people] else None
        nxt += 1
    if nxt < end and tokens[nxt].norm in _CITY_EPITHETS and nxt > first:
        return nxt  # "the Red Sea resort", "the Swiss city"
    return None


def _met_after(tokens: Sequence[Token], epithet: int, end: int) -> bool:
    """A meeting word after the epithet in the lead clause ("in the Qatari capital for
    talks")."""
    return any(t.norm in _MET | _MEETING_NOUNS | _MAKING for t in tokens[epithet:end])


def _dash_before(tokens: Sequence[Token], index: int, text: str) -> bool:
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(f" {dash} " in gap or gap.strip() == dash for dash in _DASHES)


def _line_start(tokens: Sequence[Token], start: int, text: str) -> bool:
    """The token opens a line of the article (a dateline after a headline the sentence took
    in)."""
    return tokens[start].start == 0 or text[tokens[start].start - 1] == "\n"


__all__ = [
    "dateline_epithet",
    "later_round",
    "structural_meeting",
    "there_meeting",
    "time_clause_elsewhere",
    "where_other_body",
    "where_parties",
]
