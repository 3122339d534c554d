"""A meeting's place worded without a meeting word beside it, for
:func:`summarizer.verification.rules.support_place` (outside check 29):

- *Talks in a place*: "Following ten-hour talks in Moscow, the foreign ministers of A and B
  agreed", "agreed a truce after consultations in Doha": a noun of talking ("talks",
  "negotiations", "consultations", "discussions") right before "in" / "at" and the place.
  Fronted ("After / Following / During ... talks in X, <subject> ..."), the talks are those of
  the main clause's subject: a party, the parties' people as a group ("the foreign
  ministers", "both delegations") or "the two"; not when that subject is another country's,
  nor when the main clause puts a meeting elsewhere or sets one to come ("After
  consultations in Yerevan, Pashinyan agreed to meet Aliyev"): the fronted talks were then
  another occasion. Not fronted, the sentence must be about the parties
  (:func:`sites.about_parties`). A place dated back ("talks in Moscow last year") is not
  taken: another occasion (unconfirmed here; the caller's earlier-meeting reading may make it
  unsupported).
- *Travel for talks*: "arrived in Moscow late on Friday for consultations", "flew into Doha
  for a fresh round of negotiations", "is due in Geneva on Monday ahead of talks": a verb of
  arriving right before the place, and "for" / "ahead of" / "to attend" a noun of talking
  after it in the same clause, with the parties travelling. A journey home or back ("returned
  to Yerevan for consultations") goes to a place the parties consult at alone; a journey's
  start ("left Baku for Moscow") is read by :func:`place_plans.departure` before this.
- *Named after*: a declaration or agreement named after the place ("the Panmunjom
  Declaration, signed in the truce village where the summit was held", "the Sochi agreement,
  reached at the resort where the two leaders met") when the same sentence says the meeting
  was held where the document was made (a place noun, "where" or "there" between the verb of
  making and the meeting word), or "the village that gave its name to the X Declaration"
  after the meeting. A document only named ("the spirit of the Panmunjom Declaration",
  "signed in 2018, will be discussed at the summit in Hanoi") says nothing of the meeting's
  place.

- *A plan's frame* (session 15): "It was supposed to take place in Lima", "The talks had
  been due to be held in Oslo": a plan's "to" and "take place", "be held" or "convene"
  before the place, whose subject is the meeting ("it", a meeting noun) or its parties.

- *An occasion the place modifies* (session 25): "signed the declaration at a White House
  ceremony", "during a Kremlin dinner": the place between "at / during / over" and an
  article, and an occasion noun ("ceremony", "signing", "reception", "dinner", "session"; one
  word of its kind may stand between: "a White House state dinner"), in a sentence about
  the parties. Not an occasion the sentence gives no "at" ("had attended a Kremlin reception").

Each reading returns the meeting word's index, for the caller's test of an earlier occasion.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import find_named
from ..people.party_names import named_at, party_of, ties
from .clause_venues import clause_meeting
from .held_meetings import held_meeting, own_held
from .joined_places import together_at
from .place_clauses import body_meeting
from .place_plans import RETURN_HOME, plan_place, plan_subject
from .sites import about_parties, dated_before

TALK_NOUNS = word_set(
    """talks negotiations consultations discussions deliberations parleys dialogue meeting
    meetings summit conference round"""
)
_AT = word_set("in at")
_OPENERS = word_set(
    "after following during throughout at over ahead amid concluding wrapping before upon on"
)
# The parties' people as a group, or the parties together, as the subject of a main clause.
_GROUPS = word_set(
    """leaders heads presidents ministers premiers chancellors delegations delegates envoys
    negotiators counterparts diplomats sides delegation teams officials"""
)
_TOGETHER = word_set("both two their they")
# A meeting set to come or put elsewhere in the main clause: the fronted talks were another.
_MEET_AGAIN = word_set("meet convene reconvene resume gather summit")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_ARRIVING = word_set(
    """arrive arrives arrived arriving travel travels travelled traveled travelling traveling
    fly flies flew flown flying land lands landed landing come comes came coming go goes went
    going head heads headed heading jetted rushed drove sailed due expected"""
)
_INTO = word_set("in into to at")
_FOR = word_set(
    "for ahead attend attending join joining hold holding part participate participating"
)  # "to take part in the talks", "to participate in a new round"
_REACHING = word_set("reach reaches reached reaching")
_PLACE_NOUNS = word_set("capital city town resort port village island")
_SUBJECT_REACH = 10
_NOT_FOR = word_set("after before following since than and but during until with")
# Words of a subject before its verb: "the foreign ministers of Armenia and Azerbaijan agreed".
_SUBJECT_WORDS = word_set(
    """the a an of and both two their its foreign top chief senior deputy prime defence
    defense interior trade economy national security"""
)
_FOR_REACH = 12
_NOUN_REACH = 6
_DOCUMENTS = word_set(
    """declaration declarations accord accords agreement agreements communique treaty
    protocol memorandum charter pact"""
)
_MAKING = word_set(
    """signed adopted agreed reached sealed struck issued concluded inked named unveiled
    drafted"""
)
_HOLDING = word_set("summit summits talks meeting met held hosted gathered convened")
_BACK = word_set(
    """where there which village town city resort capital retreat venue palace hotel island
    compound estate house spa"""
)
_NAME_TO = word_set("gave gives lent lends given")


def talks_meeting(
    tokens: Sequence[Token],
    start: int,
    size: int,
    parties: Sequence[str],
    article: ArticleText,
    found: int | None,
) -> int | None:
    """The index of the meeting word that makes the place at ``tokens[start : start + size]``
    the parties' meeting place, or None. ``found`` is the meeting word the caller read near
    the place: it stands when the sentence is about the parties (:func:`sites.about_parties`),
    unless the place is fronted talks', a journey home's or a document's name, which are read
    here alone; without it the place is read as the module says."""
    text = article.text
    occasion = _occasion_after(tokens, start + size) if found is None else None
    if (
        occasion is not None
        and about_parties(tokens, occasion, parties, text)
        and not _placed_elsewhere(tokens, start, occasion)
    ):
        return occasion  # "signed ... at a White House ceremony" (check 53)
    held = held_meeting(tokens, start, text)
    if held is not None and own_held(tokens, held, start, parties, article):
        return held  # "was on Tuesday held in Astana", "in talks held in Doha" (held_meetings)
    planned = plan_place(tokens, start) if found is None else None
    if planned is not None and plan_subject(tokens, planned, parties, text):
        return planned  # "It was supposed to take place in Lima" (place_plans.py)
    talks_in = start >= 2 and tokens[start - 1].norm in _AT and tokens[start - 2].norm in TALK_NOUNS
    arriving = _arriving(tokens, start)
    if talks_in and _fronted(tokens, start - 2, text):
        return _talks_in(tokens, start, size, parties, article)
    if arriving is not None and _home_in_clause(tokens, start, text):
        return None  # "headed home to Tbilisi for consultations after the talks"
    if _document_at(tokens, start + size) is not None:
        return _named_after(tokens, start, size, parties, text)  # "the Minsk agreements"
    if found is not None and about_parties(tokens, min(found, start), parties, text):
        return found
    if talks_in:
        return _talks_in(tokens, start, size, parties, article)
    if arriving is not None:
        return _travel_for(tokens, start, size, parties, article, arriving)
    together = together_at(tokens, start, size, text, parties)  # "was in Moscow with Putin"
    if together is not None or found is not None:
        return together  # a meeting word the caller read, of others: not this meeting's
    verb = clause_meeting(tokens, start, size, text)  # "sat down inside X for talks"
    return verb if verb is not None and about_parties(tokens, verb, parties, text) else None


# Occasions of a meeting that a place may modify as a noun ("at a White House ceremony", "a
# Kremlin dinner", "the Geneva signing"); "meeting", "talks" and "summit" are the caller's.
_OCCASIONS = word_set(
    """ceremony ceremonies signing reception dinner banquet luncheon lunch session sessions
    negotiations consultations round forum retreat gala parley"""
)
_MODIFIED = word_set("a an the this")
_OCCASION_KINDS = word_set("state signing working official joint private formal welcome news")
_AT_OCCASION = word_set("at during over")


def _occasion_after(tokens: Sequence[Token], after: int) -> int | None:
    """The occasion noun right after a place, or after one word of its kind ("state",
    "signing", "working"), the place between "at / during / over" and an article ("at a
    White House state dinner"): the place names where that occasion was held; not "hosted a
    Kremlin reception", an occasion attended, not held at."""
    occasion = after + 1 if after < len(tokens) and tokens[after].norm in _OCCASION_KINDS else after
    if occasion >= len(tokens) or tokens[occasion].norm not in _OCCASIONS:
        return None
    start = after - 1
    while start > 0 and tokens[start - 1].capitalised and tokens[start - 1].norm not in _MODIFIED:
        start -= 1  # back over the place's own words
    if start < 2 or tokens[start - 1].norm not in _MODIFIED:
        return None
    return occasion if tokens[start - 2].norm in _AT_OCCASION else None


def _placed_elsewhere(tokens: Sequence[Token], start: int, occasion: int) -> bool:
    """The sentence also holds a meeting "in / at" another capitalised place than the
    occasion's ("held talks in Ottawa on Monday, weeks after the pair spoke at a Downing
    Street reception"; "sat down at the Elysee ..., two days after ... a Brussels banquet"):
    that occasion is another one. Only a place a meeting word stands right before ("met in",
    "talks in", "sat down at the"): "a day after Modi spoke at the United Nations in New
    York" is no meeting. A place right after the occasion is its own ("at a Chancellery
    ceremony in Berlin")."""
    for at in range(1, len(tokens) - 2):
        if tokens[at].norm not in _AT or start - 2 <= at <= occasion + 1:
            continue
        name = at + 2 if tokens[at + 1].norm == "the" else at + 1
        if not tokens[name].capitalised or tokens[name].norm in _CALENDAR:
            continue
        if any(t.norm in _HOLDING or t.norm == "down" for t in tokens[max(at - 2, 0) : at]):
            return True
    return False


def _arriving(tokens: Sequence[Token], start: int) -> int | None:
    """The verb of arriving before "in / to / into" and the place, also over "home" or
    "back" ("headed home to Tbilisi") or over the place the journey left ("flew from Tehran
    to Muscat"); or a verb of reaching right before the place ("reached Putrajaya")."""
    if start >= 1 and tokens[start - 1].norm in _REACHING:
        return start - 1
    if start < 2 or tokens[start - 1].norm not in _INTO:
        return None
    verb = start - 3 if start >= 3 and tokens[start - 2].norm in RETURN_HOME else start - 2
    if tokens[verb].norm not in _ARRIVING:
        verb = start - 2  # back over "from" and the capitalised place it names
        while verb > 0 and tokens[verb].capitalised:
            verb -= 1
        if verb < 1 or verb == start - 2 or tokens[verb].norm != "from":
            return None
        verb -= 1
    return verb if tokens[verb].norm in _ARRIVING else None


def _home_in_clause(tokens: Sequence[Token], start: int, text: str) -> bool:
    """A word of going home or back in the place's own clause ("headed home to Tbilisi for
    consultations"); not one of another clause ("came to Anchorage to attend the summit, and
    the next day he was back in Moscow")."""
    first = start
    while first > 0 and not clause_gap(tokens, first - 1, text):
        first -= 1
    last = start
    while last + 1 < len(tokens) and not clause_gap(tokens, last, text):
        last += 1
    return any(t.norm in RETURN_HOME for t in tokens[first : last + 1])


def _fronted(tokens: Sequence[Token], talk: int, text: str) -> bool:
    """The talks open the sentence: "After / Following / During ... talks in X, ..."."""
    return tokens[0].norm in _OPENERS and not any(clause_gap(tokens, i, text) for i in range(talk))


def _document_at(tokens: Sequence[Token], after: int) -> int | None:
    """A document noun right after the place, or after one or two capitalised words ("the
    Panmunjom Joint Declaration")."""
    for document in range(after, min(after + 3, len(tokens))):
        if tokens[document].norm in _DOCUMENTS:
            return document
        if not tokens[document].capitalised:
            return None
    return None


def _talks_in(
    tokens: Sequence[Token], start: int, size: int, parties: Sequence[str], article: ArticleText
) -> int | None:
    text, talk = article.text, start - 2
    if dated_before(tokens, start) or _elsewhere_after(tokens, start + size, text):
        return None  # "talks in Moscow last year", "..., agreed to meet in Vienna"
    if _with_others(tokens, start + size, parties, text):
        return None  # "after talks in Ankara with Erdogan": another party's
    if _fronted(tokens, talk, text):
        main = next(
            (i + 1 for i in range(start + size - 1, len(tokens)) if clause_gap(tokens, i, text)),
            None,
        )
        if main is None:
            return None
        zone = _subject(tokens[main : main + _SUBJECT_REACH])
        return talk if _subject_ours(zone, parties, article) else None
    return talk if about_parties(tokens, talk, parties, text) else None


def _travel_for(
    tokens: Sequence[Token],
    start: int,
    size: int,
    parties: Sequence[str],
    article: ArticleText,
    verb: int,
) -> int | None:
    text = article.text
    if dated_before(tokens, start) or _home_in_clause(tokens, start, text):
        return None  # "returned to Yerevan for consultations": home, alone
    talk = None
    begin = _apposed_end(tokens, start + size, text)  # "in Muscat, the capital of Oman, to"
    for index in range(begin, min(begin + _FOR_REACH, len(tokens))):
        if clause_gap(tokens, index - 1, text) and not index == begin != start + size:
            break
        if tokens[index].norm in _FOR:
            reach = tokens[index + 1 : index + 1 + _NOUN_REACH]
            for offset, word in enumerate(reach):
                if word.norm in _NOT_FOR:
                    break  # "for a rest after the talks": the talks are not what it is for
                if word.norm in TALK_NOUNS:
                    talk = index + 1 + offset
                    break
            if talk is not None and body_meeting(tokens[index + 1 : talk], parties, text):
                return None  # "to take part in a G20 ministers' meeting" (review rvP)
            break
    if talk is None or _with_others(tokens, talk + 1, parties, text):
        return None
    clause = verb
    while clause > 0 and not clause_gap(tokens, clause - 1, text):
        clause -= 1
    travellers = tokens[clause:verb]
    if _subject_ours(travellers, parties, article) or about_parties(tokens, talk, parties, text):
        return talk
    return None


def _apposed_end(tokens: Sequence[Token], after: int, text: str) -> int:
    """The index after an apposition that calls the place what it is (", the capital of
    Oman,", ", the resort city,"), else ``after``: the journey's purpose follows it."""
    if after >= len(tokens) or not clause_gap(tokens, after - 1, text):
        return after
    if tokens[after].norm != "the":
        return after
    for index in range(after + 1, min(after + 7, len(tokens) - 1)):
        if clause_gap(tokens, index, text):
            noun = any(t.norm in _PLACE_NOUNS for t in tokens[after + 1 : index + 1])
            comma = "," in text[tokens[index].end : tokens[index + 1].start]
            return index + 1 if noun and comma else after
    return after


def _subject(zone: Sequence[Token]) -> Sequence[Token]:
    """A clause's opening words up to its verb: names, group nouns and their small words."""
    for index, token in enumerate(zone):
        if not (token.capitalised or token.norm in _SUBJECT_WORDS or token.norm in _GROUPS):
            return zone[:index]
    return zone


def _own(parties: Sequence[str], article: ArticleText) -> set[str]:
    """The party keys of the fact's parties: a country's own, a person's by the article's
    ties ("Armenian Foreign Minister Zohrab Mnatsakanyan")."""
    own: set[str] = set()
    for party in parties:
        key = party_of(party)
        if key is not None:
            own.add(key)
        elif party.split():
            own |= ties(article, party.split()[-1].lower())
    return own


def _subject_ours(zone: Sequence[Token], parties: Sequence[str], article: ArticleText) -> bool:
    """A clause's subject words name one of the parties, or the parties as a group ("the
    foreign ministers of A and B", "both delegations", "the two"), and no country that is
    none of theirs ("Russian and Turkish diplomats" for Armenia and Azerbaijan)."""
    if any(find_named(party, zone) for party in parties):
        return True
    if not any(t.norm in _GROUPS or t.norm in _TOGETHER for t in zone):
        return False
    own = _own(parties, article)
    named = {hit[0] for i, t in enumerate(zone) if t.capitalised and (hit := named_at(zone, i))}
    return not (named - own) or not own


def _with_others(tokens: Sequence[Token], after: int, parties: Sequence[str], text: str) -> bool:
    """ "talks in Ankara with Erdogan": talks with a named one who is none of the parties."""
    if after + 1 >= len(tokens) or tokens[after].norm != "with":
        return False
    end = after + 1
    while end < len(tokens) and (tokens[end].capitalised or tokens[end].norm == "the"):
        end += 1
        if clause_gap(tokens, end - 1, text):
            break
    follow = [t for t in tokens[after + 1 : end] if t.capitalised]
    return bool(follow) and not any(find_named(party, follow) for party in parties)


def _elsewhere_after(tokens: Sequence[Token], after: int, text: str) -> bool:
    """After the talks' place, a meeting set to come ("agreed to meet", "will resume") or a
    meeting word with another place after "in" / "at": the talks were another occasion."""
    for index in range(after, len(tokens)):
        if tokens[index].norm in _MEET_AGAIN:
            return True
        if tokens[index].norm in TALK_NOUNS:
            for near in range(index + 1, min(index + 6, len(tokens) - 1)):
                place = tokens[near + 1]
                if tokens[near].norm in _AT and place.capitalised and place.norm not in _CALENDAR:
                    return True
    return False


def _named_after(
    tokens: Sequence[Token], start: int, size: int, parties: Sequence[str], text: str
) -> int | None:
    """ "the Panmunjom Declaration, signed in the truce village where the summit was held";
    "met in the village that gave its name to the Panmunjom Declaration"."""
    document = _document_at(tokens, start + size)
    if document is None:
        return None
    making = next(
        (
            i
            for i in range(document + 1, min(document + 7, len(tokens)))
            if tokens[i].norm in _MAKING
        ),
        None,
    )
    if making is None and any(t.norm in _MAKING for t in tokens[max(start - 4, 0) : start]):
        making = document  # "Moon and Kim signed the Panmunjom Declaration in the village where"
    meeting = _held_there(tokens, making) if making is not None else _gave_name(tokens, start)
    if meeting is None:
        return None
    first = meeting
    while first > 0 and not clause_gap(tokens, first - 1, text):
        first -= 1
    last = meeting
    while last + 1 < len(tokens) and not clause_gap(tokens, last, text):
        last += 1
    clause = tokens[first : last + 1]  # the meeting's own clause: "where Carter hosted Sadat"
    return meeting if about_parties(clause, meeting - first, parties, text) else None


def _held_there(tokens: Sequence[Token], making: int) -> int | None:
    """After the verb of making the document, a place noun, "where" or "there", then the
    meeting word ("signed in the truce village where the summit was held")."""
    back = False
    for index in range(making + 1, min(making + 14, len(tokens))):
        if tokens[index].norm in _BACK:
            back = True
        elif tokens[index].norm in _HOLDING and back:
            return index
    return None


def _gave_name(tokens: Sequence[Token], start: int) -> int | None:
    """ "The summit was held in the village that gave its name to the Panmunjom Declaration":
    the meeting word before a place noun before "gave / lent its name to the"."""
    if start < 5 or [t.norm for t in tokens[start - 3 : start]] != ["name", "to", "the"]:
        return None
    if not (tokens[start - 5].norm in _NAME_TO or tokens[start - 4].norm in _NAME_TO):
        return None
    words = range(start - 4, max(start - 18, -1), -1)
    back_at = next((i for i in words if tokens[i].norm in _BACK), None)
    if back_at is None:
        return None
    return next((i for i in words if i < back_at and tokens[i].norm in _HOLDING), None)


__all__ = ["TALK_NOUNS", "talks_meeting"]
