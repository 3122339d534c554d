"""An event's actor told in a list entry headed by its name (session 59, false-alarm writer
at59; outside checks 86 and 89), for the ``actor`` kind
(:mod:`summarizer.verification.sides.event_actors`).

Briefings, fact boxes and round-ups set out one entry per body: a paragraph or a list item
("- ", "• ") that opens with the body's name as its label, in capitals closed by a full stop,
a colon or a dash ("FOREVER 21. Six years after its first Chapter 11 case, the teen fashion
chain filed again", "RITE AID: The drugstore chain, which ..., went back to court"), in
capitalised words closed by a colon or a dash ("- Forever 21: The chain filed"), or on a line
of its own ("LIVERPOOL" then "Paid Newcastle a British record £125m for Alexander Isak"); the
entry is read to its line's end. A reader takes
the entry's subject for its label: the entry's first words when they open with a verb of the
past (the label is the subject the entry leaves out), "it" acting, or a definite description
of a body's kind ("the teen fashion chain", "The operator of Billabong stores", "The Texas
housewares retailer, with about 260 stores,") as the subject of a clause.

Refused: a label other than the value (another entry's, the entry's other party), the
evidence outside the label's paragraph, a subject that is acted on ("the chain was sued by
its landlord"), another body named in the entry before the subject ("RITE AID. Its landlord,
Brixton Group, said the company ..." reads the nearer body), a description after a verb or a
preposition (an object: "sued the chain"), a subject that is a name ("Palace could not find a
replacement"), a possessive description ("the chain's landlord sued"), and words inside a
quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from ..people.party_names import party_of
from ..people.standin_checks import dummy_it
from .body_kinds import BUSINESS, NAME_WORDS
from .described_bodies import a_thing, kind_of, of_some_kind
from .passives import ADVERBS, PARTICIPLES, passive_participle

# A list item's mark before its label ("- Apple: ...", "• ORVIK. ...").
_BULLET = r"(?:[-*\u2022\u2013]\s+)?"
# A label in capitals opening a paragraph or item, then ". ", ": " or a dash ("FOREVER 21. Six").
_CAPS_LABEL = re.compile(
    _BULLET + r"([A-Z0-9][A-Z0-9&'\u2019.\- ]*[A-Z0-9])(?:\.|:|\s+[\u2014\u2013-])\s"
)
# A label of capitalised words, then ": " or a dash ("Forever 21: The teen fashion chain").
_TITLE_LABEL = re.compile(
    _BULLET + r"([A-Z0-9][\w&'\u2019.\- ]{0,58}[\w.])(?::|\s+[\u2014\u2013])\s"
)
# A label on a line of its own (capitalised words, no sentence inside).
_LINE_LABEL = re.compile(r"([A-Z0-9][\w&'\u2019.\- ]{0,58}[\w.]):?\n")
_SUFFIXES = word_set("group holdings inc ltd plc corp co llc ag sa nv corporation company")
# Nouns of a body that describe it by what it does ("The operator of Billabong stores").
_AGENTS = word_set("operator maker owner parent producer seller builder developer")
_MODIFIERS = 3  # words between "the" and the head noun ("the Texas housewares retailer")
_ASIDE_REACH = 25  # tokens from the comma after the head to the comma closing its aside
_OF_REACH = 10  # tokens of an agent noun's "of" phrase ("of Billabong, Roxy and ... stores")
# Words opening a fronted phrase whose comma comes before the subject ("Six years after ...,").
_FRONTED = word_set(
    """in on at after before during since for from with by under over across amid despite
    following as when while meanwhile separately also however earlier later last this then
    yet still less more technically six five four three two seven eight nine ten one"""
)
_FRONT_REACH = 16
# Words after a subject that are no verb: a preposition, joiner, relative or article.
_NOT_VERBS = word_set(
    """of in at for from with to by on and or but as than that which who whose where into
    against about over under between among the a an its their"""
)
# Pasts that end in neither -ed nor -ied, for an entry that leaves its subject out ("Paid").
_PASTS = PARTICIPLES | word_set(
    "took gave rose fell grew began became drew drove saw ran sank chose broke withdrew got"
)
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
_AUXILIARIES = word_set("is are was were has have had will would can could may might must does did")
# Words after an entry's opening participle that make the label the one acted on ("Sold to
# Tamsin Media", "Bought by Greylag", "Taken over by its lenders").
_LINKS = word_set("by to over out")
# Words closing an opening participle's clause before a "by" is read ("Fined ..., then sold").
_CLAUSE_ENDS = word_set("then and but after before while when as")
# Words after "by the"/"by a" that tell a time or a share, no agent ("by the end", "by a fifth").
_NOT_AGENTS = word_set(
    """end time close start deadline half third quarter fifth tenth margin year month week
    season summer winter spring autumn"""
)


def entry_head(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether an evidence sentence sits in an entry labelled ``value`` and its subject is the
    label left out, "it" or a description of a body (see the module)."""
    own = _norms(value)
    if not own or party_of(value) is not None:
        return False
    text = article.text
    for index in sentences:
        start, end = article.sentences[index]
        paragraph = text.rfind("\n\n", 0, start)
        paragraph = 0 if paragraph < 0 else paragraph + 2
        line = text.rfind("\n", 0, start) + 1  # a list item's own line ("- Apple: ...")
        label = (_label(text, line, end, item=True) if line > paragraph else None) or _label(
            text, paragraph, end
        )
        if label is None or _norms(label[0]) not in _forms(own):
            continue
        stop = text.find("\n", max(start, label[1]))  # one line: "- A: Cut jobs\n- B: ..."
        stop = end if stop < 0 else min(end, stop)
        tokens = [t for t in article.outside_quotes(start, stop) if t.start >= label[1]]
        if not tokens or _rival(article, label[1], tokens[0].start, own):
            continue
        first = start <= label[1] or text[label[1] : start].strip() == ""
        if any(
            _subject(tokens, at, text, first and at == 0, frozenset(own))
            and not _rival(article, tokens[0].start, tokens[at].start, own)
            for at in _starts(tokens, text)
        ):
            return True
    return False


def _norms(value: str) -> tuple[str, ...]:
    words = [t.norm for t in tokenize(value)]
    return tuple(words[1:] if words[:1] == ["the"] else words)


def _forms(own: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The value whole and without a company suffix ("Country Garden" for ... Holdings)."""
    forms = {own}
    if len(own) > 1 and own[-1] in _SUFFIXES:
        forms.add(own[:-1])
    return forms


def _label(text: str, at: int, end: int, item: bool = False) -> tuple[str, int] | None:
    """The label of the paragraph (or with ``item``, the list item) opening at ``at`` and
    where its entry's words start, or None."""
    patterns = (_CAPS_LABEL, _TITLE_LABEL) if item else (_LINE_LABEL, _CAPS_LABEL, _TITLE_LABEL)
    for pattern in patterns:
        match = pattern.match(text, at)
        if match is None or match.end() > end:
            continue
        label = match.group(1)
        if pattern is _CAPS_LABEL and sum(c.isalpha() for c in label) >= 2:
            return label, match.end()
        if pattern is not _CAPS_LABEL and not re.search(r"[.!?]\s", label) and _capitalised(label):
            return label, match.end()  # not a line of prose
    return None


def _capitalised(label: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", label) if w]
    small = {"of", "and", "the", "for", "&", "de", "des", "du"}
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in small for w in words)


def _rival(article: ArticleText, begin: int, stop: int, own: tuple[str, ...]) -> bool:
    """Whether a body other than the value is named between ``begin`` and ``stop``: a
    capitalised run (not the value's words, not a sentence's or line's first word, not a
    month or day) the page shows is an organisation."""
    if stop <= begin:
        return False
    text = article.text
    run: list[Token] = []
    for token in [*article.tokens_between(begin, stop), None]:
        if token is not None and token.capitalised:
            run.append(token)
            continue
        words = [t for t in run if t.norm not in own and t.norm not in _CALENDAR]
        if words and not (len(run) == 1 and _opens(text, run[0])):
            name = text[words[0].start : words[-1].end]
            if party_of(name) is None and (of_some_kind(article, name) or a_thing(article, name)):
                return True
        run = []
    return False


def _opens(text: str, token: Token) -> bool:
    """A word capitalised by its place: after a sentence's end or a line's."""
    before = text[: token.start].rstrip(" ")
    return not before or before[-1] in ".!?:\n\u2014"


def _starts(tokens: Sequence[Token], text: str) -> list[int]:
    """Where the clause's subject may stand: the first word, after an opening adverb ("Later
    the club appointed"), or after a fronted phrase's or a participle's comma ("Six years
    after its first Chapter 11 case, the teen fashion chain ...", "Founded by X, it shipped")."""
    starts = [0]
    opener = tokens[0].norm
    if opener in ADVERBS and len(tokens) > 1:
        starts.append(1)  # "Later the club appointed", "Then it sold"
    if opener in _FRONTED or opener in PARTICIPLES or opener.endswith("ed"):  # "Founded by X,"
        for at in range(1, min(len(tokens), _FRONT_REACH)):
            if "," in text[tokens[at - 1].end : tokens[at].start]:
                starts.append(at)
                break
    return starts


def _subject(
    tokens: Sequence[Token], at: int, text: str, leading: bool, own: frozenset[str]
) -> bool:
    """Whether the subject at ``at`` stands for the entry's label: a past verb opening the
    entry (``leading``), "it" acting, or "the ... NOUN" acting, NOUN a business's noun or of
    a kind the label's own words (``own``) name ("SKELLIG AIR. The carrier")."""
    token = tokens[at]
    if leading and token.norm.isalpha() and _past(token.norm) and at + 1 < len(tokens):
        # "Paid Newcastle £125m", not "Sold to X" nor "Handed a ban by the league"
        return tokens[at + 1].norm not in _LINKS and not _agent_by(tokens, at + 1, text)
    if token.norm == "it":
        return not dummy_it(tokens, at) and _verb(tokens, at + 1, text)
    if token.norm != "the":
        return False
    for head in range(at + 1, min(at + 2 + _MODIFIERS, len(tokens))):
        word = tokens[head]
        if word.text.endswith(POSSESSIVE_ENDINGS) or (word.capitalised and head > at + 1):
            return False  # "the chain's landlord", "the Brixton Group"
        kind = kind_of(word.norm)
        if kind is None and word.norm not in _AGENTS:
            continue
        if kind not in (None, BUSINESS) and not own & NAME_WORDS[kind]:
            return False  # "RITE AID. The regulator fined the chain": another party's kind
        after = head + 1
        if word.norm in _AGENTS and after < len(tokens) and tokens[after].norm == "of":
            of = after
            after = _past_of(tokens, after)
            if any(t.norm in ("its", "their") for t in tokens[of:after]):
                return False  # "The maker of its sofas stopped deliveries": its supplier
        verb = _past_aside(tokens, after, text)
        return verb is not None and _verb(tokens, verb, text)
    return False


def _past(word: str) -> bool:
    return word in _PASTS or (word.endswith("ed") and len(word) > 4)


def _agent_by(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether an opening participle's clause, from ``at`` to its first comma or clause word,
    names its doer after "by" ("Handed a ban by the league", "Cleared of wrongdoing by an
    independent panel"): the label is the one acted on. Not a time or share ("by Friday",
    "by the end of May", "by a fifth", "by 4%")."""
    for index in range(at, len(tokens) - 1):
        if index > at and re.search(r"[,;:]", text[tokens[index - 1].end : tokens[index].start]):
            return False
        word = tokens[index]
        if word.norm in _CLAUSE_ENDS:
            return False
        if word.norm != "by":
            continue
        agent = tokens[index + 1]
        if agent.capitalised:
            return agent.norm not in _CALENDAR
        if agent.norm in ("the", "a", "an", "its", "their") and index + 2 < len(tokens):
            return tokens[index + 2].norm.isalpha() and tokens[index + 2].norm not in _NOT_AGENTS
        return False
    return False


def _past_of(tokens: Sequence[Token], at: int) -> int:
    """The first past verb or auxiliary after an "of" phrase's "of" ("of Billabong, Roxy and
    Quiksilver stores sought": "sought"), or the phrase's reach."""
    for index in range(at + 1, min(len(tokens), at + _OF_REACH)):
        word = tokens[index]
        if not word.capitalised and (_past(word.norm) or word.norm in _AUXILIARIES):
            return index
    return min(len(tokens), at + _OF_REACH)


def _past_aside(tokens: Sequence[Token], at: int, text: str) -> int | None:
    """The word after a comma-enclosed aside that follows the subject (", with about 260
    stores,"; ", which first sought protection in 2023,"), or ``at`` itself; None when the
    comma opens no closed aside."""
    if at >= len(tokens) or "," not in text[tokens[at - 1].end : tokens[at].start]:
        return at
    for index in range(at + 1, min(len(tokens), at + _ASIDE_REACH)):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return index
    return None


def _verb(tokens: Sequence[Token], at: int, text: str) -> bool:
    """A lower-case word that may be an active verb at ``at`` (adverbs skipped), no passive."""
    while at < len(tokens) - 1 and tokens[at].norm in ADVERBS:
        at += 1
    if at >= len(tokens):
        return False
    word = tokens[at]
    if word.capitalised or word.norm in _NOT_VERBS or not word.norm.isalpha():
        return False
    if kind_of(word.norm) is not None:
        return False  # "the company chief": a noun the head modifies
    return passive_participle(tokens, at) is None


__all__ = ["entry_head"]
