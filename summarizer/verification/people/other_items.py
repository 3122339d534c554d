"""A body written in the person's own sentence, but in another item of a list, held there by
someone else (session 60, fresh-miss writer af60).

The own-body reading (``person_rules._elsewhere``) refuses a body other than the person's
own only when the page never writes it beside them (:func:`.acted_bodies.never_beside`): a
body in a sentence naming the person may be theirs. A sentence that lists several people
with their bodies, or joins two clauses of two people, names the other person's body beside
this one's, held by its own title or name there:

- "charges against Premchai Karnasuta, chief executive of Italian-Thai Development, and a
  senior executive of China Railway No. 10" (a title "of" the value, in the next item);
- "Boeing chief executive Kelly Ortberg stood beside the president, and Qatar Airways Group
  CEO Badr Al-Meer signed for the carrier" (the value before another's title and name);
- "Kyoto University's Susumu Kitagawa, Richard Robson from the University of Melbourne, and
  Omar Yaghi" (another's name "from"/"of"/"at" the value).

:func:`held_in_other_item` reads it: every sentence naming both the person and the value
(outside quotes) splits into items at commas, semicolons and "and"/"while"/"but"/"whereas"
(the value and the person's own bodies kept whole), the value sits in an item without the
person's name or a pronoun of a person, and that item holds it by a title or a name of its
own ("while B said it would add four routes": B's own clause of speech). Not read: a value
in the person's item ("X, head of A at B"), an item with no holder of its own ("and its
parent, B"; "and her firm, B"), a value in quotes, and (review rv60a) the person's further
post after ", and" with an adverb, a time or a verb of theirs ("and also chairman of B", "and
now an adviser at B"). An outlet told ("X, head of A, told B that ...") is a listener.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..page.article import ArticleText

_MARK = "\x00"
_SPLIT = re.compile(r";\s+|,\s+|\s+(?:and|while|but|whereas)\s+")
_TRADES = (
    r"ceo|cfo|coo|cto|founder|co-founder|partner|professor|fellow|lecturer|economist|"
    r"analyst|strategist|researcher|scientist|editor|director|executive|chairman|"
    r"secretary-general|president|minister|spokesman|spokeswoman|spokesperson|head|chief|"
    r"manager|officer|official|adviser|advisor|envoy|representative|leader|counsel|lawyer|"
    r"attorney|coach|captain|striker|goalkeeper|player|engineer|reporter|correspondent"
)
_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+"
_HELD = (
    # ", and a senior executive of <value>", ", but an engineer at <value>": after a comma and
    # a conjunction only ("X, chief of A and a director of B," and "X, chief of A, a director
    # of B," give one person two posts)
    re.compile(
        r"^(?:and|but|while|whereas)\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,3}?"
        rf"(?:{_TRADES})s?\s+(?:of|at|from|for|with)\s+(?:the\s+)?{_MARK}",
        re.I,
    ),
    # "<value> Group CEO Badr Al-Meer", "<value>'s chief economist Ann Lee"
    re.compile(rf"{_MARK}(?:'s|\u2019s)?\s+(?:[A-Za-z-]+\s+){{0,3}}(?i:{_TRADES})\s+{_NAME}"),
    # "Richard Robson from the <value>", "Ann Lee of <value>", "<value>'s Ann Lee"
    re.compile(rf"{_NAME},?\s+(?:from|of|at)\s+(?:the\s+)?{_MARK}"),
    re.compile(rf"{_MARK}(?:'s|\u2019s)\s+{_NAME}"),
    # review rv60a: "X, head of A, told <value> that ...": the outlet told, a listener
    re.compile(
        rf"^(?:told|telling|(?:spoke|speaking|talking)\s+to|in\s+an\s+interview\s+with)\s+"
        rf"(?:the\s+)?{_MARK}(?=\s*(?:[,.;:]|$|(?:that|on|in|at|this|last|earlier)\b))"
    ),  # not "told Midwest Freight managers", hearers who may be their side (cl49f)
    # "..., while <value> said it would add four routes": the value's own clause of speech
    re.compile(
        rf"^(?:(?:and|while|but|whereas)\s+)?(?:the\s+)?{_MARK}\s+(?:said|says|added|announced|"
        r"reported|warned|argued|replied|responded|declined|denied|confirmed)\b"
    ),
)
# review rv60a: the person's own further post after ", and": an adverb, a time or a verb of
# theirs between "and" and the title ("and also chairman of B", "and now an adviser at B",
# "and since 2021 a lecturer at B", "and is a trustee of B"); another person's item opens
# with its article or title
_OWN_LINK = re.compile(
    r"^(?:and|but)\s+(?:[\w,-]+\s+){0,4}?(?:also|now|currently|additionally|concurrently|"
    r"simultaneously|since|until|till|formerly|previously|later|once|still|then|"
    r"recently|lately|is|was|has|had|been|remains|serves|served|became|same|\d+)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|their|them|its)\b", re.IGNORECASE)


def _blank(text: str, words: Iterable[str], mark: str) -> str:
    for word in sorted(set(words), key=len, reverse=True):
        if word:
            text = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", mark, text)
    return text


def held_in_other_item(article: ArticleText, surname: str, value: str, own: frozenset[str]) -> bool:
    """Whether each sentence naming both the person and the value writes the value in
    another item of a list or another clause, held there by someone else's title or name."""
    found = False
    for begin, stop in article.sentences:
        low = article.lowered[begin:stop]
        if not re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", low):
            continue
        text = article.text[begin:stop]
        at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text)]
        at = [a for a in at if article.quoted_region_at(begin + a) is None]
        if not at:
            continue
        marked = _blank(_blank(text, own - {value}, "Body"), [value], _MARK)
        items = _SPLIT.split(marked)
        for item in items:
            if _MARK not in item:
                continue
            if re.search(
                rf"(?<![\w-]){re.escape(surname)}(?![\w-])", item.lower()
            ) or _PRONOUN.search(item.replace(_MARK, "")):
                return False
            if not any(pattern.search(item) for pattern in _HELD):
                return False
            own_post = _OWN_LINK.search(item.split(_MARK)[0]) and _HELD[0].search(item)
            if own_post and not any(pattern.search(item) for pattern in _HELD[1:]):
                return False  # review rv60a: "and also chairman of B", theirs
        found = True
    return found
