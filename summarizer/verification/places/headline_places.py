"""An event's site that is the place the whole story is about, named at the head of its
headline and nowhere in the evidence (an outside check, session 61, pl61).

Statistics and explainer pages name their place once, in the headline, and then write the
figures bare: "Japan's births drop below 700,000 for first time" over "Deaths climbed 1.9 per
cent to 1.6 million, so natural change alone cost the country roughly 919,000"; "Q&A: South
Korea's birth rate has finally risen" over "Weddings surged: the number of marriages climbed
14.9 per cent last year"; "Birmingham bin strike: rubbish piles up" over "Refuse workers who
belong to Unite have been on an all-out, indefinite strike since 11 March". A labeller writes
the headline's place, and a reader takes it: an unplaced event in a story headed by a place is
that place's.

Read for an evidence that names the value nowhere (the refusal "not stated in its evidence"),
when the page's first line is a headline (short, not a sentence of the body: at most
:data:`_HEAD_WORDS` words, with a line after it) and one of its heads (its start, or the start
after a label's colon or a dash: "LIVE: Rotterdam lashers' strike - ...") is the value, or a
name of the same country (:data:`summarizer.text.countries.PARTIES`: "America's fertility
rate" for the United States), written

- as a possessive ("Japan's births", "China's population"), or
- as the first word of a label that ends at a colon or a dash ("Birmingham bin strike:",
  "Venice day-trip fee:"), its other words lower case.

What stays refused: a headline that names another country, capital or people, or a
capitalised place after "in", "at", "near" ("Israel's strikes on Iran", "Venice fee spreads
to Amsterdam"); an evidence that names another country, capital or people, or a place after
"in", "at", "near", "to" ("Weddings in Busan rose": Busan's, not the country's); a place at
the head as a subject ("Venezuela frees six Americans": an actor, not a setting); a place
inside a longer name ("Qatar Airways signs"); and for a strike, an attack, casualties or
displacement, a possessive not on a home noun (:data:`home_markets.HOME_NOUNS`, "births",
"fertility"): "Russia's drone barrage kills 12" names the attacker, not where the dead were.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import common_words, ordinary_forms
from summarizer.text.vocabulary import MONTH_NUMBER, STOPWORDS, WEEKDAYS
from ..context import HARM_KINDS, Context, fact_kind
from ..page.headline_lines import title_case
from ..page.tokens import BE_FORMS, Token, tokenize, word_set
from .home_markets import HOME_NOUNS

_HEAD_WORDS = 18
_PLACING = word_set("in at near into across off")
_ARTICLES = word_set("the a an")
_CALENDAR = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS)
# Words that put the evidence's event away from the headline's place ("across the border",
# "abroad", "in a neighbouring state"), and "there" for a place named before.
_AWAY = word_set(
    """abroad overseas elsewhere neighbouring neighboring border borders foreign offshore
    nearby frontier frontiers"""
)
# Words before a bare name that place the event there too ("travelled to Ostreva last week",
# "bookings to Pellarn", "imports from Ostreva"): read only for a one-word name straight after
# it that is no common word, so "according to the Land Registry", "belong to the Allied union"
# and "to Ilse Warrender" stay unread.
_TOWARD = word_set(
    """to from on over beyond outside inside within throughout toward towards around through
    via"""
)
_THERE = word_set("there")
# A place's own things, owned by a possessive in the evidence ("Varno's council").
_HELD = HOME_NOUNS | word_set(
    """council mayor government port harbour airport city town police hospital hospitals
    schools streets region province state authorities officials residents"""
)
# Words of armed force in a headline over a strike, an attack or casualties: a place at its
# head is as often the attacker's as the scene's.
_ARMED = word_set(
    """drone drones missile missiles rocket rockets barrage shelling bombing bombings bomb
    bombs airstrike airstrikes raid raids troops army forces military navy artillery"""
)
_EXISTENTIAL = BE_FORMS | word_set("has have had seem seems seemed appear appears remain remains")
# Home nouns of a count the possessive may own for a harm kind ("Japan's births", "China's
# deaths"), beyond the home-market ones.
_STATS = HOME_NOUNS | word_set("birth fertility mortality population migration census")
# A label's separators inside a headline.
_SEPARATORS = (":", " - ", " \u2013 ", " \u2014 ", "|")
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")


@lru_cache(maxsize=256)
def _aliases(place: str) -> tuple[tuple[str, ...], ...]:
    """``place`` as word tuples, with every name of the same country in the table."""
    wanted = tuple(t.norm for t in tokenize(place))
    found = {wanted}
    for names, _people, _capitals, _seats in PARTIES.values():
        forms = {tuple(t.norm for t in tokenize(name)) for name in names}
        if wanted in forms:
            found.update(forms)
    return tuple(sorted(form for form in found if form))


@lru_cache(maxsize=256)
def _own_words(place: str) -> frozenset[str]:
    """The words of ``place``, its country's names, people and capitals (Seoul for South
    Korea is not another place)."""
    wanted = tuple(t.norm for t in tokenize(place))
    words = set(wanted)
    for names, people, capitals, _seats in PARTIES.values():
        if wanted in {tuple(t.norm for t in tokenize(name)) for name in names}:
            for part in (*names, *people, *capitals):
                words.update(t.norm for t in tokenize(part))
    return frozenset(words)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every word of a country's names, people and capitals in the table, bar "the" and the
    calendar's."""
    words: set[str] = set()
    for names, people, capitals, _seats in PARTIES.values():
        for part in (*names, *people, *capitals):
            words.update(t.norm for t in tokenize(part) if t.capitalised)
    return frozenset(word for word in words - _CALENDAR - {"the", "of", "and"} if len(word) > 1)


@lru_cache(maxsize=256)
def _country(form: tuple[str, ...]) -> bool:
    """Whether ``form`` is a country's name in the table (not a city's or a region's)."""
    return any(
        form in {tuple(t.norm for t in tokenize(name)) for name in names}
        for names, _people, _capitals, _seats in PARTIES.values()
    )


def _other_place(tokens: Sequence[Token], own: frozenset[str]) -> bool:
    """Whether ``tokens`` name a country, capital or people other than the value's, or a
    capitalised place after a placing word ("in Busan", "at the Dubai show")."""
    for index, token in enumerate(tokens):
        if not token.capitalised or token.norm in own or token.norm in _CALENDAR:
            continue
        if token.norm in _place_words():
            return True
        if index and tokens[index - 1].norm in _PLACING:
            return True
        if index > 1 and tokens[index - 1].norm in _ARTICLES and tokens[index - 2].norm in _PLACING:
            return True
    return False


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Words that are never a name: the common and ordinary word lists and the stopwords."""
    return common_words() | ordinary_forms() | frozenset(STOPWORDS)


def _name_like(token: Token, own: frozenset[str]) -> bool:
    """Whether ``token`` reads as a name that is not the value's: capitalised, not the
    place's own, no month or weekday, and no common word (nor one's plural)."""
    norm = token.norm
    if not token.capitalised or norm in own or norm in _CALENDAR or len(norm) < 2:
        return False
    known = _known()
    return norm not in known and not (norm.endswith("s") and norm[:-1] in known)


# Words before "to" that make the name after it a source or a body, not a place.
_CREDITS = word_set("according belong belongs belonged belonging due thanks owing affiliated")
# A subject's verb after a name that opens a sentence ("Ostreva saw births rise").
_SUBJECT_VERBS = BE_FORMS | word_set("has had saw fared did went")
# A place's figures named by the place as a modifier ("the Ostreva figure", "the Brennick
# rate"); a body's noun ("the Allied union") is no place.
_MEASURES = word_set(
    """figure figures rate rates number numbers total totals data count tally share level
    average result results side economy market"""
)


def _named_place(tokens: Sequence[Token], own: frozenset[str]) -> bool:
    """Whether ``tokens`` name a place the old guards leave unread (review rv61p): a bare
    one-word name straight after "to", "from", "on", ... ("travelled to Ostreva last week"),
    a name as a figure's modifier after "the" ("the Ostreva figure"), a name's possessive
    not after another capitalised word ("Brennick's rents", not "Ilse Warrender's"), and
    "next door"."""
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.norm == "next" and after is not None and after.norm == "door":
            return True
        if not _name_like(token, own) or (after is not None and after.capitalised):
            continue
        if (
            before is not None
            and before.norm in _TOWARD
            and (index < 2 or tokens[index - 2].norm not in _CREDITS)
        ):
            return True  # not "according to Istat", "belong to Unite"
        lead = before
        if before is not None and before.norm == "the":
            lead = tokens[index - 2] if index > 1 else None
            if after is not None and after.norm in _MEASURES:
                return True  # "the Ostreva figure", not "the Allied union"
        if token.text.endswith(_POSSESSIVE) and (lead is None or not lead.capitalised):
            return True
    return False


def _named_subject(tokens: Sequence[Token], own: frozenset[str]) -> bool:
    """Whether a sentence before the evidence opens with a name as its subject ("Ostreva
    tells another story.", "Ostreva saw births rise"): its first word a name, the next a
    form of "be" or "have" or a verb in "-s" ("Lower fertility is" is no name's)."""
    if len(tokens) < 2 or not _name_like(tokens[0], own):
        return False
    second = tokens[1]
    if second.capitalised:
        return False
    norm = second.norm
    return norm in _SUBJECT_VERBS or (norm.endswith("s") and not norm.endswith("ss"))


def _headline(ctx: Context) -> str | None:
    """The page's first line when it reads as a headline, else None."""
    memo = ctx.article.memo
    key = ("headline_places", "line")
    if key in memo:
        found: str | None = memo[key]
        return found
    lines = ctx.article.lines
    found = None
    if len(lines) > 1:
        line = lines[0][1].strip()
        if line and len(tokenize(line)) <= _HEAD_WORDS and not line.endswith("."):
            found = line
    memo[key] = found
    return found


def _heads(line: str) -> list[int]:
    """Offsets in ``line`` where a head starts: the line's start and after each separator."""
    starts = [0]
    for separator in _SEPARATORS:
        at = line.find(separator)
        while at >= 0:
            starts.append(at + len(separator))
            at = line.find(separator, at + 1)
    return sorted(set(starts))


def _label_end(line: str, start: int) -> int | None:
    """Where the label opening at ``start`` ends (its separator), or None."""
    ends = [at for separator in _SEPARATORS if (at := line.find(separator, start)) > start]
    return min(ends) if ends else None


def _headed(line: str, place: str, harm: bool) -> int | None:
    """Where in ``line`` a head that is ``place`` (or its country's name) as a possessive or
    as a label's first word ends, or None (see the module)."""
    for start in _heads(line):
        rest = line[start:].lstrip(" \"'\u201c\u2018")
        offset = len(line) - len(rest)
        tokens = tokenize(rest)
        norms = tuple(t.norm for t in tokens)
        for form in _aliases(place):
            size = len(form)
            if norms[:size] != form or size >= len(tokens) or not tokens[0].capitalised:
                continue
            last, after = tokens[size - 1], tokens[size]
            if harm and after.norm not in _STATS and _country(form):
                continue  # "Russia's missile strikes", "Iran drone attack:" name the attacker
            if rest[last.end :].startswith(_POSSESSIVE) or last.text.endswith(_POSSESSIVE):
                return offset + last.end
            end = _label_end(line, offset)
            if end is None or after.capitalised:
                continue
            if all(not t.capitalised for t in tokens[size:] if offset + t.start < end):
                return offset + last.end
    return None


def _named_after(line: str, end: int, own: frozenset[str]) -> bool:
    """Whether the headline names someone or somewhere else after its place: a capitalised
    word past ``end`` that is not the place's own and opens no sentence or label ("Norvia's
    house prices, Brisk's rents", "... as Ostland demand dries up"). A headline in title case
    says little by its capitals: there only a name that is no common word counts ("... While
    Brennick's Soar", "... on Pellarn Famine"); and anywhere, past a label's colon or a quote's
    mark too, another place's possessive ("Selmark's envoy: 'Ostreva's floods ...'")."""
    tokens = tokenize(line[end:], end)
    if any(t.text.endswith(_POSSESSIVE) and _name_like(t, own) for t in tokens):
        return True
    if title_case(line):
        return any(_name_like(t, own) for t in tokens)
    for index, token in enumerate(tokens):
        if (
            not token.capitalised
            or token.norm in own
            or token.norm in _CALENDAR
            or token.text == "I"
        ):
            continue
        gap = line[tokens[index - 1].end : token.start] if index else line[end : token.start]
        if any(mark in gap for mark in (".", "?", "!", ":", " - ", "|", "\u2013", "\u2014")):
            continue
        return True
    return False


def headline_place(place: str, ctx: Context) -> bool:
    """Whether ``place`` is the headline's own place and the evidence names no other (see the
    module)."""
    line = _headline(ctx)
    if line is None or not ctx.sentences:
        return False
    harm = fact_kind(ctx) in HARM_KINDS
    if harm and any(t.norm in _ARMED for t in tokenize(line)):
        return False  # "Ostland's drone barrage kills 12": the attacker's, not the scene's
    end = _headed(line, place, harm)
    if end is None:
        return False
    own = _own_words(place)
    if _other_place(tokenize(line), own) or _named_after(line, end, own):
        return False
    if any(
        _other_place(t, own) or _away(t) or _held(t, own) or _named_place(t, own)
        for t in ctx.sentence_tokens()
    ):
        return False
    return not any(
        _other_place(tokens, own) or _named_place(tokens, own) or _named_subject(tokens, own)
        for tokens in _lead_ins(ctx)
    )


def _lead_ins(ctx: Context) -> list[list[Token]]:
    """The sentences before each evidence sentence in its own paragraph, not evidence
    themselves ("In Orl, the next district, voters stayed away. Turnout was 38 per cent.")."""
    article = ctx.article
    found = []
    for index in ctx.sentences:
        start = article.sentences[index][0]
        paragraph = article.paragraph_at(start)
        before = index - 1
        while before >= 0 and before not in ctx.sentences:
            if article.paragraph_at(article.sentences[before][0]) != paragraph:
                break
            found.append(article.sentence_tokens(before))
            before -= 1
    return found


def _held(tokens: Sequence[Token], own: frozenset[str]) -> bool:
    """Whether the sentence gives a place's own thing by a capitalised possessive that is not
    the value's ("Varno's council froze its bills", "Orl's mayor")."""
    for index, token in enumerate(tokens[:-1]):
        if not token.capitalised or token.norm in own or tokens[index + 1].norm not in _HELD:
            continue
        if token.text.endswith(_POSSESSIVE):
            return True
    return False


def _away(tokens: Sequence[Token]) -> bool:
    """Whether the sentence puts its event away from the headline's place ("across the
    border", "abroad") or at a place named before ("concerts there"; not "there were")."""
    for index, token in enumerate(tokens):
        if token.norm in _AWAY:
            return True
        if token.norm in _THERE:
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            if following not in _EXISTENTIAL:
                return True
    return False


__all__ = ["headline_place"]
