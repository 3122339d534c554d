"""A summit's place told by the page's layout or the sentence's shape rather than by a verb
(outside checks 55 to 62, session 32), for :mod:`worded_venues`, and the helpers both modules
read a place's mentions with:

- *a schedule line*: "- Busan, October 30: Xi." / "- Gyeongju, October 29: a bilateral with
  ...": a line opening with the place, a comma and a day, then a colon and the entry, which
  names one of the fact's parties (or a word of the name: "Xi") or a meeting word, and no
  journey ("- Seoul, October 28: flies to Busan for talks" is where he leaves from); a meeting
  word alone only for a fact of one party or an entry naming no one ("- Tokyo, October 28:
  talks with Prime Minister Takaichi" is no line of a Trump-Xi meeting: review rvpl32);
- *the dateline's city*: "BUSAN, South Korea - ... met Xi at an air base outside this southern
  port city": "this city" (port, capital, town) in the narrative stands for the dateline's
  place, as "here" does (:func:`scene_places.here_dateline`), unless the evidence names
  another place after "in" or "at" or an earlier marker stands before it;
- *a fronted venue*: "Inside Beijing's Great Hall of the People, the 25th EU-China summit
  brought ...", "On Friday, 8 August, at the White House, Aliyev and Pashinyan signed ...",
  "Meeting in Putrajaya on July 28 ..., Thailand and Cambodia agreed": the place opens the
  sentence (after a day at most, or after a participle of meeting; a day may stand between
  it and its comma: "At Mar-a-Lago on Sunday, ...") and the main clause after its comma names
  a meeting or two of the fact's parties together ("and"/"with" between them; not "Trump and
  Vance discussed how to handle Putin"); not when it says words ("At the White House, Trump
  said the talks with Putin would ..."), tells a call ("In Ottawa, Carney and Trump spoke by
  phone": each side's place), names another place, or the sentence has an earlier marker or a
  year ("In Helsinki in 2018, Trump and Putin ...");
- *a where-aside*: "from the Kuala Lumpur Convention Centre, where the 47th ASEAN summit gets
  under way today": a where-clause right after the place whose subject is a meeting; not one
  with an earlier marker, a year, a negation, an offer or another place ("where the summit
  was held in 2019", "where talks had been offered before they moved to Doha"), nor one of a
  place someone came from ("came straight from Brussels, where an EU summit had just ended").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import find_named, find_phrase
from .scene_places import dateline_place

#: Nouns of a meeting.
MEETING_NOUNS = word_set(
    """summit summits talks meeting meetings bilateral bilaterals conference gathering
    negotiations"""
)
#: An earlier occasion's markers: the place is not this meeting's.
EARLIER_MARKS = word_set("last previous earlier ago former formerly past")
#: Words of a venue offered, wanted or turned down: a proposal, not the meeting's place.
OFFER_WORDS = word_set(
    """offer offers offered offering propose proposes proposed proposing suggest suggests
    suggested wanted want wants declined declines decline refused refuses rejected rejects
    rejecting spurned dismissed turned snubbed"""
)
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_DEPARTING = word_set(
    """flies fly flew leaves leave left departs depart departed departure arrives arrival
    travels travel heads head returns return boarded boards board flying leaving departing"""
)
# "- Osaka, Sunday: rest day before the talks": the entry's meeting is another time's.
_OTHER_TIME = word_set("before after ahead until since")
_CITY_WORDS = word_set("city town capital port village resort island")
_AT = word_set("in at")


def mentions(place: str, ctx: Context) -> Iterator[tuple[list[Token], int, int]]:
    """(tokens, the place's index, its size) of each mention outside quotation marks."""
    size = len(tokenize(place))
    for tokens in ctx.sentence_tokens():
        for at in find_phrase(place, tokens):
            if not ctx.article.in_quotes(tokens[at].start):
                yield tokens, at, size


def fact_parties(ctx: Context) -> list[str]:
    return [p for p in getattr(ctx.fact, "parties", None) or [] if isinstance(p, str) and p]


def party_named(tokens: Sequence[Token], first: int, last: int, ctx: Context) -> bool:
    """One of the fact's parties named in ``tokens[first:last]``."""
    text = ctx.article.text
    return any(
        first <= start < last
        for party in fact_parties(ctx)
        for start, _ in find_named(party, tokens, text)
    )


def clause_cut(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A semicolon or a dash between ``tokens[index]`` and the next: another clause."""
    if index + 1 >= len(tokens):
        return False
    gap = text[tokens[index].end : tokens[index + 1].start]
    return ";" in gap or " - " in gap or "\u2014" in gap or " \u2013 " in gap


def _name_word_in(tokens: Sequence[Token], ctx: Context) -> bool:
    """One of the fact's parties named in ``tokens``, or a word of its name alone ("Xi" for
    "Xi Jinping": a schedule's entry gives the one name the page uses)."""
    if any(find_named(party, tokens) for party in fact_parties(ctx)):
        return True
    words = {
        w.lower() for p in fact_parties(ctx) for w in p.split() if len(w) > 1 and w[0].isupper()
    }
    return any(t.capitalised and t.norm in words for t in tokens)


def schedule_line(place: str, ctx: Context, bulleted: bool = False) -> bool:
    """ "- Busan, October 30: Xi.": the page's line opens with the place (after a bullet at
    most), a comma and a day, then a colon; its entry names a party or a meeting word and no
    journey or other time. Read by the line, not the sentence: a list's short items may run
    into one sentence. ``bulleted``: only a line opening with a bullet ("- Kuala Lumpur,
    October 26: the ASEAN summit." is a programme's item, not the story's dateline)."""
    text = ctx.article.text
    for tokens, at, size in mentions(place, ctx):
        start = text.rfind("\n", 0, tokens[at].start) + 1
        lead = text[start : tokens[at].start]
        if lead.strip(" -*\u2022\u2013\u2014\t") or (bulleted and not lead.strip()):
            continue  # the place does not open its line (after a bullet, where ``bulleted``)
        end = text.find("\n", tokens[at].start)
        line = tokenize(text[start : end if end >= 0 else len(text)])
        first = next((i for i, t in enumerate(line) if t.start >= tokens[at].start - start), None)
        if first is None or first + size >= len(line):
            continue
        offset = start
        if "," not in text[offset + line[first + size - 1].end : offset + line[first + size].start]:
            continue
        colon = None
        for index in range(first + size, min(first + size + 5, len(line) - 1)):
            if not (line[index].norm in CALENDAR or line[index].is_number):
                break
            if ":" in text[offset + line[index].end : offset + line[index + 1].start]:
                colon = index + 1
                break
        if colon is None:
            continue
        entry = line[colon:]
        if any(t.norm in _DEPARTING or t.norm in _OTHER_TIME for t in entry):
            continue
        if _name_word_in(entry, ctx):
            return True
        if any(t.norm in MEETING_NOUNS for t in entry) and (
            len(fact_parties(ctx)) <= 1 or not any(t.capitalised for t in entry[1:])
        ):
            return True  # not "- Tokyo, October 28: talks with Takaichi" for a Trump-Xi meeting
    return False


def _this_city(place: str, ctx: Context) -> bool:
    """The place is the dateline's, and the evidence's narrative says "this (southern port)
    city" outside quotation marks with no earlier marker before it and no other place after
    "in" or "at"."""
    dateline = dateline_place(ctx.article)
    if dateline is None or tuple(t.norm for t in tokenize(place)) != dateline[0]:
        return False
    found = False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for at in range(1, len(tokens)):
            previous = tokens[at - 1]
            if (
                previous.norm in _AT
                and tokens[at].capitalised
                and tokens[at].norm not in dateline[1]
                and tokens[at].norm not in CALENDAR
            ):
                return False  # "in Gyeongju": another place named
        for at, token in enumerate(tokens):
            if token.norm != "this" or ctx.article.in_quotes(token.start):
                continue
            words = tokens[at + 1 : at + 5]
            noun = next((i for i, t in enumerate(words) if t.norm in _CITY_WORDS), None)
            if noun is None or any(t.capitalised for t in words[:noun]):
                continue
            if any(
                t.norm in EARLIER_MARKS or t.norm == "first" for t in tokens[max(at - 6, 0) : at]
            ):
                continue
            found = True
    return found


_FRONTING = word_set("in at inside")
_LEADS = word_set("on the this")  # "On Friday, 8 August, at the White House, ..."
_MEETING_PARTICIPLES = word_set("meeting gathering gathered")
_SAYING = word_set(
    """said say says told tell tells announced announces announce added adds insisted warned
    stated"""
)
_NEGATIONS = word_set("not never no without")
# Words of a call or a link: each side where it is, no place of the two together.
_REMOTE = word_set("phone telephone video videolink videoconference virtual virtually online")
_JOINING = word_set("and with")
# Words of coming from a place before "from": "came straight from Brussels, where ...".
_COMING = word_set(
    """came come comes coming arrived arrive arrives arriving returned returning flew flown
    travelled traveled straight directly fresh"""
)
_AWAY = word_set("in at to near")


def _owner_skipped(tokens: Sequence[Token], at: int) -> int:
    """The index before the place past "the" and one owner's possessive ("Inside Beijing's
    Great Hall", "Inside the Kremlin's St George Hall")."""
    before = at - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if (
        before >= 0
        and tokens[before].capitalised
        and tokens[before].text.endswith(SINGULAR_POSSESSIVES)
    ):
        before -= 1
        if before >= 0 and tokens[before].norm == "the":
            before -= 1
    return before


def _opens(tokens: Sequence[Token], index: int, text: str) -> bool:
    """``index`` opens the sentence or follows a dash ("ASIA - Meeting in Putrajaya")."""
    if index == 0:
        return True
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(dash in gap for dash in ("-", "\u2013", "\u2014"))


def _other_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A capitalised word after "in", "at", "to" or "near" in ``tokens[first:last]`` that is no
    day or month: another place named."""
    return any(
        tokens[i - 1].norm in _AWAY
        and tokens[i].capitalised
        and tokens[i].norm not in CALENDAR
        and not tokens[i].is_number
        for i in range(max(first, 1), min(last, len(tokens)))
    )


def _fronted(place: str, ctx: Context) -> bool:
    """A fronted venue: "Inside Beijing's Great Hall of the People, the 25th EU-China summit
    brought ...", "On Friday, 8 August, at the White House, Aliyev and Pashinyan signed ...",
    "Meeting in Putrajaya on July 28 under ..., Thailand and Cambodia agreed": the place opens
    the sentence (after a day at most, or after a participle of meeting), and the main clause
    after its comma names a meeting or two of the fact's parties, says no words and names no
    other place."""
    text = ctx.article.text
    for tokens, at, size in mentions(place, ctx):
        before = _owner_skipped(tokens, at)
        if before < 0 or tokens[before].norm not in _FRONTING:
            continue
        lead = tokens[:before]
        participle = (
            len(lead) == 1 and lead[0].norm in _MEETING_PARTICIPLES and _opens(tokens, 0, text)
        ) or (before >= 1 and tokens[before - 1].norm in _MEETING_PARTICIPLES
              and _opens(tokens, before - 1, text))  # fmt: skip
        if not participle and not (
            _opens(tokens, before, text)
            or all(t.norm in CALENDAR or t.is_number or t.norm in _LEADS for t in lead)
        ):
            continue
        if any(t.norm in EARLIER_MARKS or (t.is_number and len(t.text) == 4) for t in tokens):
            continue
        comma = next(
            (i for i in range(at + size - 1, min(at + size + 14, len(tokens) - 1))
             if "," in text[tokens[i].end : tokens[i + 1].start]),
            None,
        )  # fmt: skip
        if comma is None or (not participle and not _dated_to(tokens, at + size, comma)):
            continue
        end = next(
            (i for i in range(comma + 1, len(tokens)) if clause_cut(tokens, i, text)), len(tokens)
        )
        main = tokens[comma + 1 : end + 1]
        if any(t.norm in _SAYING or t.norm in _DEPARTING or t.norm in _REMOTE for t in main):
            continue  # "At the White House, Trump said ...", "In Ottawa, Carney and Trump
            # spoke by phone": the place is one side's only
        if _other_place(tokens, comma + 1, end + 1):
            continue
        if participle or any(t.norm in MEETING_NOUNS for t in main[:8]):
            return True
        if _joined_parties(tokens, comma, end, ctx):
            return True
    return False


def _dated_to(tokens: Sequence[Token], first: int, comma: int) -> bool:
    """Only a day stands between the place and its comma ("At Mar-a-Lago on Sunday, ...")."""
    return all(
        t.norm in CALENDAR or t.is_number or t.norm in _LEADS for t in tokens[first : comma + 1]
    )


def _joined_parties(tokens: Sequence[Token], comma: int, end: int, ctx: Context) -> bool:
    """Two of the fact's parties named together after the comma ("Aliyev and Pashinyan
    signed"): a mention's end and the next one's start at most four words apart, "and" or
    "with" between; not "Trump and Vance discussed how to handle Putin"."""
    text = ctx.article.text
    spans = sorted(
        (first, last, party)
        for party in fact_parties(ctx)
        for first, last in find_named(party, tokens, text)
        if comma < first <= end
    )
    for (_, last, one), (first, _, other) in pairwise(spans):
        between = {t.norm for t in tokens[last + 1 : first]}
        if one != other and first - last <= 5 and not between.isdisjoint(_JOINING):
            return True
    return False


def _where_aside(place: str, ctx: Context) -> bool:
    """ "from the Kuala Lumpur Convention Centre, where the 47th ASEAN summit gets under way
    today": a where-clause right after the place whose subject is a meeting, with no earlier
    marker, year, negation or other place in it."""
    text = ctx.article.text
    for tokens, at, size in mentions(place, ctx):
        after = at + size
        if after >= len(tokens) or tokens[after].norm != "where":
            continue
        if come_from(tokens, at, size, ctx):
            continue  # "came straight from Brussels, where an EU summit had just ended"
        end = next(
            (i for i in range(after, len(tokens)) if clause_cut(tokens, i, text)), len(tokens)
        )
        clause = tokens[after + 1 : end + 1]
        if not any(t.norm in MEETING_NOUNS for t in clause[:6]):
            continue
        if any(
            t.norm in EARLIER_MARKS or t.norm in _NEGATIONS or t.norm in OFFER_WORDS for t in clause
        ):
            continue
        if any(t.is_number and len(t.text) == 4 for t in clause):
            continue
        if _other_place(tokens, after + 1, end + 1):
            continue
        return True
    return False


def come_from(tokens: Sequence[Token], at: int, size: int, ctx: Context) -> bool:
    """The place is where someone comes from: "from" before it (past "the"), a verb of coming
    or "in" ("flew in from") within three words before that; not when the words after it up to
    a comma name one of the fact's parties, a word of the name at least ("returned from
    Anchorage, where he met Putin", "flew home from Busan after his meeting with Xi")."""
    before = at - 2 if at >= 2 and tokens[at - 1].norm == "the" else at - 1
    if before < 0 or tokens[before].norm != "from":
        return False
    if not any(t.norm in _COMING or t.norm == "in" for t in tokens[max(before - 3, 0) : before]):
        return False
    after, text = at + size, ctx.article.text
    end = next(
        (i for i in range(after, len(tokens) - 1)
         if "," in text[tokens[i].end : tokens[i + 1].start]),
        len(tokens) - 1,
    )  # fmt: skip
    return not _name_word_in(tokens[after : end + 1], ctx)


def laid_out_venue(place: str, ctx: Context) -> bool:
    """Whether a schedule line, "this city" under the dateline, a fronted venue or a
    where-aside gives ``place`` as the meeting's (see the module)."""
    return (
        schedule_line(place, ctx)
        or _this_city(place, ctx)
        or _fronted(place, ctx)
        or _where_aside(place, ctx)
    )


__all__ = [
    "CALENDAR",
    "EARLIER_MARKS",
    "MEETING_NOUNS",
    "OFFER_WORDS",
    "clause_cut",
    "come_from",
    "fact_parties",
    "laid_out_venue",
    "mentions",
    "party_named",
    "schedule_line",
]
