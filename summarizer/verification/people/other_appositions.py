"""A body the person's own sentence gives to another person named beside them, by that
person's apposition or clause, read for a person's ``affiliation`` (session 63, af63).

Pages that name two office holders in one sentence give each their body by an apposition
right after each name: "Rep. Raul Grijalva (D-Ariz.), the ranking member of the House Natural
Resources Committee, and Sen. Brian Schatz (D-Hawaii), who chairs the Senate Indian Affairs
Committee"; "Guthrie, who chairs the full committee, signed alongside Gus Bilirakis, chairman
of its trade subcommittee"; "Mitchell Goldberg sits in the Eastern District of Pennsylvania and
Cathy Seibel in the Southern District of New York". The older readings let the other person's
body through for this one: it is written in their sentence, so "never beside them" refuses
nothing, and the list reading (:mod:`.other_items`) wants a title or name inside the value's
own item, while here the apposition's holder is the item before it.

:func:`apposed_to_other` reads it exactly: in every sentence naming the person that writes the
value (outside quotes), each place of the value is
- an apposition item ("who chairs|heads|leads|runs <value>", "[the|a] <title> of|at|for
  <value>") right after an item that is, or ends in, another person's name alone (a title
  abbreviation and a bracket allowed; after "and", "alongside", "beside", "including", "as
  well as" or a colon), or
- a clause of another person's own ("Mitchell Goldberg sits in <value>", "and Cathy Seibel in
  <value>").
Guards: the same sentence must give the person a body of their own by the same shapes (their
name alone, then their own apposition naming a capitalised body; or their own clause), so
the sentence gives each their own; the name before the apposition is no body (a body word)
and not the person's; no past ("former", "once", "until", "acting") in the apposition; no
pronoun or stand-in after the value that could hand it back to the person ("and Tim Lee, its
treasurer", "a fellow director", "the committee's Trade Subcommittee"); a name after "by",
"for", "with", "under" or "to" (whom the person works under: "who works for Jo Reyes, chair of
V") is not read. The caller
(:func:`.person_rules.support_affiliation`) also keeps a value the older readings tie to the
person (their bodies, its initials) or that their next sentence or ", who" clause gives them.
The sentences naming the person are found once per person and page (``article.memo``).
"""

from __future__ import annotations

import re

from summarizer.text.normalize import strip_accents
from ..page.article import ArticleText
from .standin_words import BODY_WORDS

_MARK = "\x00"
_SPLIT = re.compile(r";\s+|,\s+|\s+(?:and|while|but|whereas)\s+")
_TRADES = (
    r"ceo|cfo|coo|cto|founder|co-founder|partner|professor|fellow|lecturer|economist|"
    r"analyst|strategist|researcher|scientist|editor|director|executive|chairman|chairwoman|"
    r"chair|secretary|president|minister|spokesman|spokeswoman|spokesperson|head|chief|"
    r"manager|officer|official|adviser|advisor|envoy|representative|leader|counsel|member|"
    r"attorney|coach|captain|judge|justice|commissioner|governor|mayor|administrator"
)
_WORD = r"[A-Z][\w'\u2019-]+"
_TITLE = r"(?:(?:[A-Z][a-z]{1,4}\.|Dr|Mr|Mrs|Ms|Sir|Dame|Judge|Justice|Senator|Rep)\s+){0,2}"
_PERSON = rf"({_WORD}(?:\s+(?:[A-Z]\.|{_WORD})){{1,3}})(?:\s*\([^()]{{1,40}}\))?"
# the item before the apposition: a name alone, or a clause ending in a name after a word
# that sets the name beside the person's, never under them ("works for", "hired by")
_NAME_ITEM = re.compile(
    rf"(?:^(?:and\s+|but\s+|while\s+|whereas\s+)?|(?:^|[:\s])(?:alongside|beside|including|"
    rf"as\s+well\s+as|and)\s+|:\s+){_TITLE}{_PERSON}$"
)


def _apposition(target: str) -> re.Pattern[str]:
    return re.compile(
        r"^(?:who\s+(?:chairs|co-chairs|heads|leads|runs|directs|manages|founded|co-founded)|"
        r"(?!(?:said|says|told|added|wrote|according|including)\b)"
        r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
        rf"(?i:{_TRADES})s?\s+(?:of|at|for|with|on|in))\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)?{target}"
    )


def _clause(target: str) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:[^:]{{0,80}}:\s+)?(?:and\s+|while\s+|whereas\s+)?{_TITLE}{_PERSON}\s+(?:(?:sits|serves|works|"
        rf"teaches|presides)\s+)?(?:in|on|at|for|with|over)\s+(?:the\s+)?{target}"
    )


# the value's place, and the person's own body (a capitalised run that is not the value)
_APPOSED, _CLAUSE = _apposition(_MARK), _clause(_MARK)
_OWN_APPOSED, _OWN_CLAUSE = _apposition(r"[A-Z]"), _clause(r"[A-Z]")
_PAST = re.compile(
    r"\b(?:former|formerly|ex|once|previously|then|until|later|earlier|was|had|retired|"
    r"outgoing|incoming|interim|acting)\b",
    re.IGNORECASE,
)
_BACK = re.compile(
    r"\b(?:it|its|their|theirs|the\s+same|there|also|both|too|fellow)\b", re.IGNORECASE
)
# a body's stand-in as owner ("the committee's Trade Subcommittee", "the group's Asian arm"):
# the part it names may be of the value, so the value may be this person's too (rv63a); not a
# place's or an act's ("the city's Transport Board", "the bill's cost")
_STAND_IN_OWNER = re.compile(r"\b[Tt]he\s+([a-z][a-z-]*)['\u2019]s\b")
_OWNER_NOUNS = BODY_WORDS | frozenset({"panel", "subcommittee", "force", "utility", "team", "side"})


def stand_in_owner(text: str) -> bool:
    """Whether the text names a part of a body by that body's stand-in ("the group's")."""
    return any(m.group(1) in _OWNER_NOUNS for m in _STAND_IN_OWNER.finditer(text))


def _blank(text: str, words: list[str], mark: str) -> str:
    for word in sorted(set(words), key=len, reverse=True):
        if word:
            text = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", mark, text)
    return text


def _person_sentences(article: ArticleText, surname: str) -> list[tuple[int, int]]:
    """The sentences naming the person, read once per person and page."""
    key = ("af63 person sentences", surname)
    kept: list[tuple[int, int]] | None = article.memo.get(key)
    if kept is None:
        pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
        low = article.lowered
        kept = article.memo[key] = [
            (begin, stop)
            for begin, stop in article.sentences
            if surname in low[begin:stop] and pattern.search(low[begin:stop])
        ]
    return kept


def _words(name: str) -> list[str]:
    """A name's words as the lowered page writes them (no accents, straight apostrophes)."""
    return strip_accents(name.lower().replace("\u2019", "'")).split()


def _other_name(match: re.Match[str] | None, surname: str) -> str | None:
    if match is None:
        return None
    name = match.group(1)
    words = _words(name)
    if surname in words or any(word.strip(".'s") in BODY_WORDS for word in words):
        return None
    return name


def _holder(items: list[str], index: int, surname: str) -> str | None:
    """The other person the value's item gives it to, or None."""
    item = items[index].strip()
    clause = _other_name(_CLAUSE.match(item), surname)
    if clause is not None:
        return clause
    if not index or not _APPOSED.match(item) or _PAST.search(item.split(_MARK)[0]):
        return None
    return _other_name(_NAME_ITEM.search(items[index - 1].strip()), surname)


def _own_item(items: list[str], surname: str) -> bool:
    """Whether the items give the person a body of their own by the same shapes."""
    for index, item in enumerate(items):
        item = item.strip()
        if _MARK in item:
            continue
        clause = _OWN_CLAUSE.match(item)
        if clause is not None and surname in _words(clause.group(1)):
            return True
        name = _NAME_ITEM.search(item)
        if name is None or surname not in _words(name.group(1)):
            continue
        after = items[index + 1].strip() if index + 1 < len(items) else ""
        if _MARK not in after and _OWN_APPOSED.match(after) and not _PAST.search(after):
            return True
    return False


def apposed_to_other(article: ArticleText, surname: str, value: str) -> str | None:
    """The other person whose apposition or clause holds the value in every sentence naming
    this person that writes it, when those sentences give this person a body of their own by
    the same shapes; None when any place of the value may be theirs."""
    surname = surname.lower()
    if len(value) < 3:
        return None
    holders: list[str] = []
    for begin, stop in _person_sentences(article, surname):
        text = article.text[begin:stop]
        if value not in text:
            continue
        at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text)]
        if not at:
            continue
        if any(article.quoted_region_at(begin + a) is not None for a in at):
            return None
        marked = _blank(text, [value], _MARK)
        rest = marked[marked.rindex(_MARK) :]
        if _BACK.search(rest) or stand_in_owner(rest):
            return None  # "and Tim Lee, its treasurer": the value may be theirs too
        items = _SPLIT.split(marked)
        if not _own_item(items, surname):
            return None  # the sentence gives the person no body of their own
        for index, item in enumerate(items):
            if _MARK not in item:
                continue
            holder = _holder(items, index, surname)
            if holder is None:
                return None
            holders.append(holder)
    return holders[0] if holders else None
