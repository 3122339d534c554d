"""A quote whose speaker is the object of "quoted ... as saying" and a pronoun (an outside
check, session 22, check 46's cause 4: 'Xi, for his part, said China was willing ... Chinese
state media quoted him as saying that "peace talks should be resumed"' was given to the
media, not to Xi), for :func:`summarizer.verification.quotes.speakers.support_speaker`.

The shape: the quote's own sentence leads in with a source that quotes, cites or paraphrases
"him" or "her" as saying (telling, calling, describing, warning, adding ...): the source
relays, the pronoun speaks. The pronoun points back to the named subject of the sentence
just before, in the same or the previous paragraph ("Xi, for his part, said ...", "Modi said
...", "On Friday, Lula told ..."); a sentence before with no named subject leaves it unread.
The named subject is read here only as an agreement (any other reading is left to the other
readers); the source that quotes is refused (:func:`quoting_source`), but not a name in it
that is the object of a preposition or a participle ("French journalists travelling with
Macron quoted him as saying ...", "a pool reporter accompanying Erdogan"): the source is
someone around that person, and the pronoun may well be them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

from ..page.article import ArticleText
from ..page.mark_search import matches_from, places
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import find_named, split_people
from ..sentences.clauses import by_subject
from ..sentences.opening_subjects import sentence_subject

_QUOTED_OBJECT = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing|paraphrased|reported|described)\s+"
    r"(?:him|her)\s+as\s+(?:having\s+)?(?:saying|telling|calling|describing|stating|"
    r"warning|adding|arguing|insisting|declaring|promising|pledging|urging|remarking|noting|"
    r"said|told)\b[^\"\u201c]*$",
    re.IGNORECASE,
)

_BARE_OWNS = ("'", "\u2019")
# A possessive mark right after a name's token, bare apostrophe included ("Harris' biographer"),
# but not an apostrophe that opens a word ("Marr'd").
_OWNS_AFTER = re.compile(r"(?:'s|\u2019s|'|\u2019)(?!\w)")


def _owns(token: Token, text: str, *, bare: bool = False) -> bool:
    """Whether a name stands as a possessor ("Erdogan's office"). ``bare`` also takes a bare
    apostrophe ("Harris' biographer"): one reader asks it, where a name that owns what is quoted
    is not its speaker, and the older reader does not, so its verdicts stay as measured."""
    if not bare:
        return token.text.lower().endswith(SINGULAR_POSSESSIVES) or text.startswith(
            SINGULAR_POSSESSIVES, token.end
        )
    word = token.text.lower()
    return word.endswith(SINGULAR_POSSESSIVES + _BARE_OWNS) or bool(
        _OWNS_AFTER.match(text, token.end)
    )


def object_speaker(
    article: ArticleText, spans: Sequence[tuple[int, int]], forms: Iterable[str]
) -> bool:
    """Whether a quote at one of ``spans`` is led in by "quoted him/her as saying" and the pronoun's
    antecedent is the value, by one of its name ``forms`` ("Xi" for "Xi Jinping",
    :func:`summarizer.verification.quotes.speakers.name_forms`, read only when the shape is
    there), or relayed "on behalf of" or "quoting" the value as given (:func:`relay_owner`)."""
    forms = list(forms)
    if any(relay_owner(article, spans, form) for form in forms[:1]):
        return True  # "read out on behalf of Y", "quoting Y": the words are Y's
    if " as " not in article.text:
        return False
    subjects = [s for s in (_antecedent(article, span) for span in spans) if s is not None]
    return bool(subjects) and any(
        by_subject(split_people(form), subject) == "yes" for form in forms for subject in subjects
    )


def quoting_source(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether ``value`` is named only as the source that quotes "him" or "her" as saying the
    words at ``spans`` ("Ansa quoted her as telling senators ..."), or as the subject of a
    lead-in that relays another's words (:func:`relayed_lead`): it relays, never speaks."""
    if relayed_lead(article, spans, value):
        return True
    if " as " not in article.text:
        return False
    text, found = article.text, False
    for start, _end in spans:
        region = article.quoted_region_at(start)
        if region is None:
            return False
        sentence_start = article.sentences[article.sentence_at(max(region[0] - 1, 0))][0]
        shape = _QUOTED_OBJECT.search(text, sentence_start, max(region[0] - 1, 0))
        if shape is None:
            return False
        source = tokenize(text[sentence_start : shape.start()], sentence_start)
        hits = [hit for part in split_people(value) for hit in find_named(part, source, text)]
        hits = [(first, last) for first, last in hits if not _object_of(source, first)]
        if not hits or any(_owns(source[last], text) for _, last in hits):
            return False  # "Erdogan's office quoted him as saying": the office is his
        found = True
    return found


# A lead-in that relays another's words (session 44, gsp44b, reviews rv41s and rvq36): "Dan
# Cole, the senator's chief of staff, passed on her message: "..."", "'...,' read the statement
# curator Iris Baptiste read out on behalf of director Hugo Marten", "'...,' Ines Roth wrote to
# subscribers, quoting the chairman, Paul Aster". Its subject carries the words; whose they are
# the possessive, the "on behalf of" or the "quoting" names. Not a message of its own ("read out
# his own statement"), nor "speaking on behalf of" a body (a spokesman's words are his to give),
# nor "said X, quoting Y" (a verb of saying keeps the words the sayer's, set places3).
_RELAYS = re.compile(
    r"\b(?:(?:passed|passes|passing)\s+on|relayed|relays|relaying|conveyed|conveys|conveying|"
    r"forwarded|(?:read|reads|reading)\s+out)\s+(?:her|his|their|the\s+[\w-]+(?:'s|\u2019s|'|"
    r"\u2019)|(?:(?-i:[A-Z])[\w.-]*\s+)?(?-i:[A-Z])[\w-]+(?:'s|\u2019s))\s+(?!own\b)"
    r"(?:[\w-]+(?:'s|\u2019s|'|\u2019)?\s+)?(?:message|reply|statement|"
    r"words|answer|response|note|letter|remarks|comments|greeting|apology)\b|"
    r"\b(?:read|reads|reading|delivered|delivering)\b(?:\s+out)?(?:\s+(?:a|the|her|his|their)\s+"
    r"(?:[\w-]+\s+)?(?:statement|message|letter|note))?\s+on\s+behalf\s+of\b|"
    r",\s+quoting\b",
    re.IGNORECASE,
)
# A speech verb of the subject's own after the relay and before the quote ("passed on her
# message and added: ..."): the words are the subject's again.
_OWN_SPEECH = re.compile(r"\b(?:said|says|added|adds|told|tells|replied|insisted)\b", re.I)
# Past a relaying verb, any verb of saying gives the subject words of its own ('X, who relayed
# the founder's message last week, wrote on Monday: "..."'; review rv44e).
_SAYS_AFTER = re.compile(
    r"\b(?:wrote|writes|posted|posts|declared|declares|announced|announces|stated|states|"
    r"explained|explains|warned|warns|argued|argues|tweeted|tweets)\b",
    re.I,
)
# A clause of another subject between the name and the relay ('"...," X said, as his lawyer
# read out a statement on behalf of the family'): the relay is not the name's (review rv44e).
_OTHER_CLAUSE = re.compile(
    r"\b(?:as|while|whilst|after|when|before|because|whereas|until|once)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:he|she|they|his|her|their|the|a|an|(?-i:[A-Z])[\w-]+)\b",
    re.I,
)


# Where a match of ``_RELAYS`` can open: at one of its verbs, or at the comma before "quoting".
_RELAY_VERBS = ("pass", "relay", "convey", "forwarded", "read", "deliver")


def _relay_starts(article: ArticleText) -> list[int] | None:
    """Every place of the article where a match of ``_RELAYS`` can open, ascending: one of
    its verbs in the case-folded text (:attr:`ArticleText.lower_case`, the offsets of the
    text's own), or the comma before the spaces before a "quoting" (``\\s`` is
    ``str.isspace``). None when the text holds a dotted capital I, whose lower case moves
    the offsets."""
    text = article.text
    if "\u0130" in text:
        return None
    lowered = article.lower_case
    starts = set(places(lowered, _RELAY_VERBS))
    for at in places(lowered, ("quoting",)):
        before = at
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if 0 < before < at and text[before - 1] == ",":
            starts.add(before - 1)
    return sorted(starts)


def _relays(article: ArticleText, first_at: int, last_at: int) -> Iterator[re.Match[str]]:
    """``_RELAYS.finditer(article.text, first_at, last_at)``, tried only where a match can open
    (``page.mark_search``; session 45, spd45). The pattern opens with alternatives under case
    folding, so ``re`` tried it at every character of a quote's sentences, for every quote
    and value and twice (``relayed_lead``, ``relay_owner``): about 1% of a grounding's
    instructions, in a page where its verbs are rare. The places are found once per article
    (``ArticleText.memo``)."""
    memo = article.memo
    if "relay starts" not in memo:
        memo["relay starts"] = _relay_starts(article)
    starts: list[int] | None = memo["relay starts"]
    if starts is None:
        return _RELAYS.finditer(article.text, first_at, last_at)
    low = bisect.bisect_left(starts, first_at)
    high = bisect.bisect_left(starts, last_at, low)
    return matches_from(_RELAYS, article.text, starts[low:high], last_at)


def _quote_sentences(article: ArticleText, start: int) -> tuple[tuple[int, int], int, int] | None:
    """The quoted region at ``start`` and where the sentences it stands in begin and end (from
    its opening's sentence to its last character's): the reach of a lead-in that relays it."""
    region = article.quoted_region_at(start)
    if region is None:
        return None
    first_at = article.sentences[article.sentence_at(region[0])][0]
    last_at = article.sentences[article.sentence_at(max(region[1] - 1, region[0]))][1]
    return region, first_at, last_at


def relayed_lead(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether ``value`` is named, in the quote's own sentence, only as the subject of a lead-in
    that relays another's words (see ``_RELAYS``): it carries them, never speaks them."""
    text, found = article.text, False
    for start, _end in spans:
        bounds = _quote_sentences(article, start)
        if bounds is None:
            return False
        region, first_at, last_at = bounds
        marks = [
            m for m in _relays(article, first_at, last_at)
            if not region[0] <= m.start() < region[1]
        ]  # fmt: skip
        if not marks:
            return False
        tokens = tokenize(text[first_at:last_at], first_at)
        hits = [hit for part in split_people(value) for hit in find_named(part, tokens, text)]
        hits = [h for h in hits if not region[0] <= tokens[h[0]].start < region[1]]
        if not hits:
            return False
        mark = marks[0]
        if any(tokens[first].start > mark.start() for first, _ in hits):
            return False  # the value named after the relay: the one it quotes, or another
        if mark.start() < region[0]:
            between = text[mark.end() : region[0]]
        else:  # '"...," X said before she relayed', '"...," said X, quoting Y' (X's words)
            between = text[region[1] : mark.start()]
        if not mark.group().endswith("of") and _OWN_SPEECH.search(between):
            return False
        if not mark.group().endswith(("of", "ing")) and _SAYS_AFTER.search(between):
            return False  # "who relayed her message last week, wrote on Monday:"
        last = max(tokens[end].end for _, end in hits)
        if _OTHER_CLAUSE.search(text, last, mark.start()):
            return False  # '"...," X said, as his lawyer read out ... on behalf of'
        found = True
    return found


# What may stand between "on behalf of" or "quoting" and the name it gives the words to: a
# determiner, a title or a description in lower case, and its comma ("quoting her late
# father, Ed Marr", "on behalf of chairman Rolf Lind").
_OWNER_LEAD = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:(?!(?:the|a|an|his|her|their|its|our|by|"
    r"of|for|with|and|to|from|who|which|that)\b)(?-i:[a-z])[\w'\u2019-]*\s+){0,3}"
    r"(?:(?-i:[a-z])[\w'\u2019-]*,\s+)?"
)


# The name past "quoting" or "on behalf of" owning what is quoted or who gives it ("quoting Ed
# Marr's biographer", "on behalf of Rolf Lind's family"), or the subject of a clause about the
# thing quoted ("quoting a line Ed Marr loved"): the words are not the name's (review rv44e).
_OPENS_CLAUSE = re.compile(r",?\s+(?!said\b)(?-i:[a-z]+ed)\b")


def _owns_else(text: str, last: Token) -> bool:
    """Whether the name ending at ``last`` owns something (:func:`_owns`, bare apostrophe
    included) or opens a clause (``_OPENS_CLAUSE``)."""
    return _owns(last, text, bare=True) or bool(_OPENS_CLAUSE.match(text, last.end))


def relay_owner(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote's own sentence relays its words "on behalf of" or "quoting" the
    value, named right after it (see ``_RELAYS``): the words are the value's."""
    text = article.text
    for start, _end in spans:
        bounds = _quote_sentences(article, start)
        if bounds is None:
            return False
        region, first_at, last_at = bounds
        marks = [
            m for m in _relays(article, first_at, last_at)
            if not region[0] <= m.start() < region[1] and m.group().endswith(("of", "ing"))
            and (m.group().endswith("of") or not _OWN_SPEECH.search(text, region[1], m.start()))
        ]  # fmt: skip
        if not marks:
            continue
        tokens = tokenize(text[first_at:last_at], first_at)
        hits = [hit for part in split_people(value) for hit in find_named(part, tokens, text)]
        for mark in marks:
            for first, last in hits:
                at = tokens[first].start
                if (
                    at > mark.end()
                    and _OWNER_LEAD.fullmatch(text, mark.end(), at)
                    and not _owns_else(text, tokens[last])
                ):
                    return True
    return False


# Words that make a name after them their object, not the source's head: "journalists
# travelling with Macron", "a pool reporter accompanying Erdogan", "reporters covering Lula".
_OBJECT_LEADS = word_set(
    "with accompanying alongside beside following covering interviewing near behind for aboard"
)


def _object_of(source: Sequence[Token], first: int) -> bool:
    """Whether the name at ``source[first]`` is the object of a preposition or a participle
    in the source phrase (the source is someone with or around it, and relays its words)."""
    if first == 0:
        return False
    index = first - 1
    if source[index].capitalised and index > 0 and not source[index - 1].capitalised:
        index -= 1  # a title between: "travelling with President Macron"
    before = source[index]
    return before.norm in _OBJECT_LEADS or (not before.capitalised and before.norm.endswith("ing"))


def _antecedent(article: ArticleText, span: tuple[int, int]) -> list[Token] | None:
    """The named subject of the sentence before, when the quote at ``span`` is led in by
    "quoted him as saying"; None otherwise."""
    text = article.text
    region = article.quoted_region_at(span[0])
    if region is None:
        return None
    sentence = article.sentence_at(max(region[0] - 1, 0))
    lead = text[article.sentences[sentence][0] : max(region[0] - 1, 0)]
    if sentence == 0 or _QUOTED_OBJECT.search(lead) is None:
        return None
    b_start, b_end = article.sentences[sentence - 1]
    if article.paragraph_at(region[0]) - article.paragraph_at(b_start) > 1:
        return None
    return sentence_subject(article.outside_quotes(b_start, b_end), text) or None


__all__ = ["object_speaker", "quoting_source", "relay_owner", "relayed_lead"]
