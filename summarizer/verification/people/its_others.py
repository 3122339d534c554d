"""The body a person's "its" office stands for, when it is plainly another body than the
value: a person's ``affiliation`` (session 57, af57).

On fresh pages a person's own body is often given only by "its": "Canada Post said no new
mail would be accepted. Its spokeswoman, Lisa Liu, confirmed ..." (given the union named
two paragraphs up), "NHS England reacted with open frustration. Its co-national medical
director, Professor Meghana Pandit, said ..." (given the doctors' union of the first line),
"JLR, which along with Aston Martin had paused shipments, welcomed the news. Its chief
executive, Adrian Mardell, said ..." (given Aston Martin), "For the liberal union ACLVB,
its chair Gert Truyens said ..." (given the socialist union of the sentence before). The
holder readings read a body written beside the name, so the planted body, named nearby,
passed. :mod:`.its_holders` reads the same pronoun for the confirm-only mode, strictly, so as
never to confirm a wrong value; this module reads it strictly the other way, so as never to
refuse a right one: "its" is read only where English leaves no doubt whose it is,
- the sentence before opens with a capitalised body, its subject ("Canada Post said ...",
  "JLR, which ... , welcomed"), and the sentence with "its" names no body before the name;
- or the body is written right before ", its" in the same sentence ("For the liberal union
  ACLVB, its chair X").
A subject written in lower case ("The steelworkers' union has ...", "the company said"), a
sentence opened by a quote, a word the page also writes in lower case ("Revenue from its
...") or a place of the party table ("German") is no subject read here: the value is then
left to the other readings. The value is refused only when every such "its" of the person
stands for another body, that body shares no word nor initials with the value, and the page
writes no ownership between them ("Instagram, owned by Meta": :func:`.own_mentions.owned_with`)
nor a second name ("Caledonian Rail, trading as ScotLink"), and no other sentence names the
person with the value (a second post: "Dvorak also runs Moravia Flour"; review rv57a).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, tokenize
from .affiliation_holders import same_body
from .its_holders import first_word, is_value, its_places, name_runs
from .own_mentions import owned_with
from .party_names import party_of


def _subject(article: ArticleText, index: int) -> str | None:
    """The capitalised body that opens sentence ``index`` (after a bare "The"), or None."""
    tokens = article.sentence_tokens(index)
    if not tokens:
        return None
    begin = article.sentences[index][0]
    opening = article.text[begin : tokens[0].start].strip()
    if opening or article.text[: article.sentences[index][1]].rstrip().endswith("?"):
        return None  # a quote or a dash opens it, or a question: no subject read
    start = 1 if tokens[0].norm == "the" and len(tokens) > 1 else 0
    if not tokens[start].capitalised or (start == 0 and first_word(tokens, article)):
        return None
    runs = name_runs(tokens[start:], article.text, set())
    if not runs or not article.text.startswith(runs[0], tokens[start].start):
        return None
    body = runs[0]
    if party_of(body) is not None or body.endswith(SINGULAR_POSSESSIVES):
        return None  # a place ("German"), or the owner of the subject, not the subject
    if " " not in body and not body.isupper() and not _named_twice(article, body):
        return None  # "Sales in Portugal fell.": a capital the sentence gives, no name
    if _person_like(article, body):
        return None  # "John Sato said the firm ...": a person, and "its" is the firm's
    after = tokens[start].start + len(body)
    rest = article.text[after : article.sentences[index][1]]
    if rest[:1] not in (" ", ","):
        return None  # "Co-op", "Who?": no whole name read
    if rest.startswith(","):  # "JLR, which along with Aston Martin had paused ..., welcomed"
        clause = re.match(r",\s+(?:which|that|who)\b[^,]*,", rest)
        rest = rest[clause.end() :] if clause else rest
    others = name_runs(tokenize(rest), rest, set())
    if _STAND_IN.search(rest) or any(party_of(other) is None for other in others):
        return None  # a second body in the main clause ("backing The Hacking Games"): "its"
        # may be that one
    return body


# A body written in lower case after "the" or a possessive ("said the airline would add
# routes"): another referent for "its" than the subject, which may be a person.
_STAND_IN = re.compile(
    r"\b(?:the|its|their)\s+(?:[a-z]+\s+)?(?:company|firm|group|airline|carrier|airport|bank|"
    r"lender|insurer|retailer|brewer|maker|carmaker|railway|operator|utility|agency|union|"
    r"council|board|authority|regulator|ministry|department|club|team|charity|fund|network|"
    r"developer|publisher|broadcaster|chain|business|organisation|organization|institute|"
    r"university|school|hospital|trust|association|federation|party|government)\b"
)


def _named_twice(article: ArticleText, word: str) -> bool:
    """Whether a one-word subject is a name: written capitalised at least twice and never in
    lower case ("Sales" opening one sentence is not)."""
    text = article.text
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) >= 2


def _person_like(article: ArticleText, body: str) -> bool:
    """Whether a run of two or three words reads as a person's name: the page also writes its
    last word alone, as a surname ("Sato said"), not after the run's first word."""
    words = body.split()
    if not 2 <= len(words) <= 3 or party_of(words[-1]) is not None:
        return False
    alone = re.finditer(rf"(?<![\w-])(\w+\s+)?{re.escape(words[-1])}(?![\w-])", article.text)
    return any(m.group(1) is None or m.group(1).strip() != words[-2] for m in alone)


def _before_its(article: ArticleText, index: int, its: int) -> str | None:
    """The capitalised body written right before ", its" in sentence ``index`` ("For the
    liberal union ACLVB, its chair"), outside a quote, or None."""
    tokens = article.sentence_tokens(index)
    if its < 1:
        return None
    before = tokens[its - 1]
    gap = article.text[before.end : tokens[its].start]
    if gap.strip() != "," or not before.capitalised:
        return None
    if article.quoted_region_at(before.start) is not None:
        return None
    runs = name_runs(tokens[:its], article.text, first_word(tokens, article))
    if not runs or not article.text[: before.end].endswith(runs[-1]):
        return None
    return None if party_of(runs[-1]) is not None else runs[-1]


def its_other(article: ArticleText, name: str, value: str) -> str | None:
    """The body the page's "its" before or after ``name``'s office plainly stands for, when
    that is another body than ``value`` at every such place (see the module), or None."""
    found: str | None = None
    places: set[int] = set()
    for index, _, first, _, its in its_places(article, name):
        places.add(index)
        body = _before_its(article, index, its) if its < first else None
        if body is None:
            if min(its, first) > 0 or index == 0:
                return None  # words before the office ("the corporation's staff ...
                # according to its president"): "its" may be theirs
            body = _subject(article, index - 1)
        if body is None:
            return None  # an "its" read no way here: it may be the value's
        if is_value(body, value) or same_body(body, value):
            return None
        if owned_with(article, value, frozenset({body})) or _aliased(article, value, body):
            return None  # "Instagram, owned by Meta": its parent may be given; "Caledonian
            # Rail, trading as ScotLink": the same body under a second name (rv57a)
        found = body
    if found is not None and _written_with(article, name, value, places):
        return None  # "Dvorak also runs Moravia Flour": a second post of theirs (rv57a)
    return found


# Words that give a body a second name: "trading as", "known as", "formerly", "renamed".
_ALIAS = re.compile(
    r"\b(?:trades|trading|operates|operating|doing business|known|renamed|formerly|now called|"
    r"also called)\b"
)


def _aliased(article: ArticleText, value: str, body: str) -> bool:
    """Whether a sentence writes the value and the body as one body under two names, with a
    word of naming between them ("The Water Services Regulation Authority, known as Ofwat",
    "Caledonian Rail, trading as ScotLink", "ScotLink, formerly Caledonian Rail")."""
    names = [
        re.sub(r"^the\s+", "", each.strip(), flags=re.IGNORECASE).lower() for each in (value, body)
    ]
    if min(len(each) for each in names) < 2:
        return False
    for begin, stop in article.sentences:
        lowered = article.lowered[begin:stop]
        one, two = (lowered.find(each) for each in names)
        if one < 0 or two < 0:
            continue
        first, second = sorted((one, two))
        between = lowered[first + len(names[0] if first == one else names[1]) : second]
        if len(between) <= 40 and _ALIAS.search(between):
            return True
    return False


def _written_with(article: ArticleText, name: str, value: str, places: set[int]) -> bool:
    """Whether a sentence other than those of the "its" offices names the person (by their
    surname) and the value: a second post written of them, before or after ("Tweed Dyeworks
    chief executive Ana Sorensen", "Dvorak also runs Moravia Flour", "At the Baltic Welders
    Union, where Wrona is treasurer"): a person may hold posts at two bodies."""
    surname = name.split()[-1].lower()
    bare = re.sub(r"^the\s+", "", value.strip(), flags=re.IGNORECASE).lower()
    if len(surname) < 2 or len(bare) < 2:
        return False
    for index, (begin, stop) in enumerate(article.sentences):
        lowered = article.lowered[begin:stop]
        if index in places or bare not in lowered:
            continue
        if re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", lowered):
            return True
    return False


__all__ = ["its_other"]
