"""A post of a body the person's own sentence does not name, for the confirm-only mode's
affiliation tie (:mod:`summarizer.verification.confirm_only`, session 53, tie writer cw53c).

Business, agency and union reports name the body once and then give its people a post
without it, so the holder readers (which want the body beside the name) left the right body
unconfirmed. Two shapes are read here, each in a sentence naming the person:
- a DESCRIPTION standing for the body: "The agency's director general, Rafael Grossi",
  "Sam Khater, the mortgage buyer's chief economist", "a spokeswoman for the agency", "an
  official at the statistics agency", "The head of the agency, Andre Denk";
- a BARE post: "Chief executive Ben Zhou told customers ...", "Paul Jacobson, the chief
  financial officer, said", "Chairman Sir Adrian Montague has said the utility ...".

Whose the post is, is read strictly, so that the other body of a deal, a lawsuit or a match
is never confirmed:
- a description whose noun is a word of the value ("the agency" for the International Atomic
  Energy Agency) ties when every name on the page holding that word is the value (a page
  naming two agencies ties neither); one the page writes beside the value ("Freddie Mac, the
  mortgage buyer") ties when the page writes it beside no other body;
- otherwise (a bare post, "the group's", "the company's"), every name the sentence writes
  apart from the person's own, or, when it writes none, every name of the sentence before,
  must be the value, as :mod:`.its_holders` reads "its"; a name written after the person's
  ("X of Vela Foods") is the holder readers', and no other body is X's here.
Review rv53c: a kind of body the page also writes in lower case ("a federal agency", "the
county council", "a lower court") is another of that kind: the description or title ties
nothing; a title's every noun counts ("Judge X" beside a tribunal and a court: neither).
A past post ("former", "then", "once"), a relation ("his counterpart", "a critic of") and a
government's posts (ministers, governors, mayors: another tie's) tie nothing, nor does a
country as the value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.countries import PARTIES
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from .fact_people import person_and_value
from .holder_words import ENDS, NOT_MEMBER, PAST, gap, possessive, post_word, stem
from .its_holders import first_word, is_value, name_runs
from .names import TITLES, find_person
from .party_names import party_of

#: The head words of a post a body's staff hold (the post's last word, or "chief" in "finance
#: chief"); a government's posts (minister, governor, mayor, senator) are not read here.
HEADS = word_set(
    """executive executives officer chairman chairwoman chair cochair founder cofounder
    spokesperson spokesman spokeswoman spokespeople director head economist chief manager
    treasurer strategist analyst researcher counsel partner ceo cfo coo cto vp
    secretarytreasurer owner publisher editor scientist engineer official"""
)
#: Words that stop a post run: a past, a relation, a government's post.
_NOT_POSTS = (
    PAST
    | NOT_MEMBER
    | word_set(
        """then previous predecessor successor counterpart colleague minister premier governor
        mayor senator prime ambassador envoy rival new"""
    )
)
_HONOURS = word_set("sir dame dr prof professor lord lady mr mrs ms")
_LINKS = word_set("of at for with in")  # "a spokeswoman for the agency"
_DETERMINERS = word_set("the a an")
_OWNERS = word_set("his her their its our my your")
_REACH = 6  # post words between a description and the name
#: A member's title and the nouns of the body it sits on ("Justice X": the court).
_MEMBERS = {
    "justice": word_set("court tribunal"),
    "judge": word_set("court tribunal circuit"),
    "commissioner": word_set("commission"),
    "councillor": word_set("council"),
    "councilor": word_set("council"),
    "councilmember": word_set("council"),
    "alderman": word_set("council"),
    "trustee": word_set("board trust"),
}
_RANKS = word_set("chief associate deputy assistant presiding senior vice")  # "Chief Justice X"
_QUOTES = frozenset('"\u201c\u201d')
_BACK = 1  # sentences back to the one that names a body: the one before (review rv53c: two
# sentences back, "A smaller hospital group ... made money." stood between)


#: Words that qualify a post ("chief financial officer", "senior vice president").
_QUALIFIERS = word_set(
    """financial operating technology information security legal commercial marketing global
    senior group deputy managing general vice assistant associate national international
    regional interim acting outgoing founding co principal lead research policy presiding
    secretary president"""
)


def _post(token: Token) -> bool:
    known = post_word(token) or token.norm in HEADS or token.norm in _QUALIFIERS
    return known and token.norm not in _NOT_POSTS


class Post:
    """A post read beside a mention: its words, and the description it names, if any."""

    def __init__(self, words: list[Token], description: list[Token]) -> None:
        self.words = words
        self.description = description


def _closed(text: str, tokens: Sequence[Token], left: int) -> bool:
    return left + 1 >= len(tokens) or any(mark in ENDS for mark in gap(text, tokens, left))


def _description_before(tokens: Sequence[Token], text: str, owner: int) -> list[Token] | None:
    """The lower-case noun phrase that ends in the possessive at ``owner`` and opens with
    "the" ("the mortgage buyer's"), or None."""
    index = owner
    words: list[Token] = []
    while index >= 0 and len(words) < 4:
        token = tokens[index]
        if token.norm == "the":
            return words[::-1] if words else None
        if token.capitalised or token.is_number or (index < owner and possessive(token)):
            return None
        words.append(token)
        index -= 1
    return None


def _post_before(tokens: Sequence[Token], text: str, first: int) -> Post | None:
    """A post right before the name: "Chief executive X", "the agency's director general, X",
    "The head of the agency, X"; None when a name, an owner or a past stands in it."""
    index = first - 1
    while (
        index >= 0
        and (tokens[index].norm in TITLES or tokens[index].norm in _HONOURS)
        and tokens[index].capitalised
        and tokens[index].norm not in HEADS
    ):
        index -= 1  # "Chairman Sir Adrian Montague", "Professor Meghana Pandit"
    if index < 0 or gap(text, tokens, index).strip() not in ("", ","):
        return None
    link: list[Token] = []
    start = index  # "the head of the agency, X": the description after a link
    if gap(text, tokens, index).strip() == "," and not tokens[index].capitalised:
        at = index
        while at >= 0 and not tokens[at].capitalised and tokens[at].norm not in _DETERMINERS:
            at -= 1
        if at > 0 and tokens[at].norm == "the" and tokens[at - 1].norm in _LINKS:
            link = list(tokens[at + 1 : index + 1])
            start = at - 2
    words: list[Token] = []
    index = start
    while index >= 0 and len(words) < _REACH:
        token = tokens[index]
        if possessive(token) and not token.capitalised:
            described = _description_before(tokens, text, index)
            if described is None or not words:
                return None
            return Post(words[::-1], described)
        if token.norm in _OWNERS:
            return None  # "Its chairman and chief executive, X": the "its" tie's
        if token.norm == "and" and words:
            index -= 1
            continue
        if not _post(token) or (token.capitalised and token.norm not in HEADS and index):
            break
        words.append(token)
        index -= 1
    if not words or (words[0].norm not in HEADS and not link):
        return None  # the post's head ("chief executive"), not "his counterpart"
    stop = tokens[index] if index >= 0 else None
    if (
        stop is not None
        and (stop.norm in _OWNERS | _NOT_POSTS or stop.capitalised)
        and not (index == 0 and stop.norm in _DETERMINERS)
    ):
        return None  # "his counterpart", "former chairman", "Nissan chief"
    return Post(words[::-1], link)


def _post_after(tokens: Sequence[Token], text: str, last: int) -> Post | None:
    """An apposition after the name that closes: "X, the chief executive,", "X, the group's
    chief executive.", "X, a spokeswoman for the agency.", "X, head of the agency,"."""
    at = last + 1
    if at >= len(tokens) or gap(text, tokens, last).strip() != ",":
        return None
    end = at
    while end < len(tokens) and not _closed(text, tokens, end):
        end += 1
    phrase = list(tokens[at : end + 1])
    opened = phrase[0].norm if phrase else ""
    if phrase and phrase[0].norm in _DETERMINERS:
        phrase = phrase[1:]
    if not phrase or any(t.capitalised and t.norm not in HEADS for t in phrase):
        return None
    for k, token in enumerate(phrase):
        if possessive(token):  # "the group's chief executive"
            posts = phrase[k + 1 :]
            if opened == "the" and k < 3 and posts and all(_post(t) for t in posts):
                return Post(posts, phrase[: k + 1])
            return None
        if token.norm in _LINKS:  # "a spokeswoman for the agency"
            rest = phrase[k + 1 :]
            posts = phrase[:k]
            if (
                rest
                and rest[0].norm == "the"
                and len(rest) > 1
                and posts
                and all(_post(t) for t in posts)
            ):
                return Post(posts, rest[1:])
            return None
    if phrase[-1].norm in HEADS and all(_post(t) for t in phrase):
        return Post(phrase, [])
    return None


def _country(value: str) -> bool:
    key = party_of(value)
    return key is not None and bool(PARTIES.get(key, ("", ""))[1])


def _named_with(article: ArticleText, head: str, value: str, anyone: bool = False) -> bool:
    """Whether every name on the page that holds the noun ``head`` ("Agency") is the value
    (with ``anyone``: whether any name holds it)."""
    found = False
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        for run in name_runs(tokens, article.text, set()):
            words = [t for t in tokenize(run)]
            if any(w.capitalised and stem(w.norm) == head for w in words):
                if anyone:
                    return True
                if not is_value(run, value) and run.lower() != value.lower():
                    return False
                found = True
    return found


def _beside(article: ArticleText, noun: tuple[str, ...], value: str, name: str) -> bool | None:
    """Whether the page writes the description ``noun`` beside the value ("Freddie Mac, the
    mortgage buyer"; "the mortgage buyer Freddie Mac"): True, False (beside another body),
    or None (beside no body)."""
    said: bool | None = None
    text = article.text
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        norms = [t.norm for t in tokens]
        for k in range(1, len(tokens) - len(noun) + 1):
            last = k + len(noun) - 1
            if tuple(norms[k : last + 1]) != noun or norms[k - 1] != "the":
                continue
            if possessive(tokens[last]):
                continue  # "the bloc's executive": another body of the bloc
            runs: list[str] = []
            if k >= 2 and gap(text, tokens, k - 2).strip() == ",":
                runs = name_runs(tokens[max(0, k - 6) : k - 1], text, set())[-1:]
            after = k + len(noun)
            if not runs and after < len(tokens) and tokens[after].capitalised:
                runs = name_runs(tokens[after : after + 5], text, set())[:1]
            for run in runs:
                if find_person(name, tokenize(run), run):
                    continue  # the person's own apposition
                if not is_value(run, value):
                    return False
                said = True
    return said


def _bodies(article: ArticleText, tokens: Sequence[Token], skip: set[int], value: str) -> list[str]:
    """The names a stretch writes that may be a body: not a country or its people's word
    ("Danish", "US": no company), not a word in capitals alone (a transcript's speaker, a
    dateline)."""
    own = skip | first_word(tokens, article)
    found: list[str] = []
    for run in name_runs(tokens, article.text, own):
        if not run[:1].isupper():
            continue  # "the company": a body noun, whichever body it stands for
        if is_value(run, value) or not (_country(run) or (run.isupper() and len(run) > 5)):
            found.append(run)  # not a transcript's speaker ("KESSLER"); an acronym ("DSV") is
    return found


def _nearest_bodies(
    article: ArticleText, index: int, skip: set[int], upto: int, value: str
) -> list[str]:
    """The names the sentence writes before the post (the person's own and the post's words
    left out), or those of the nearest sentence before that writes any (the one before only);
    lower-case body nouns ("the company") are left out."""
    tokens = article.sentence_tokens(index)
    text = article.text
    opens = {
        k
        for k in range(upto)
        if (text[tokens[k].start - 1 : tokens[k].start] if k == 0 else gap(text, tokens, k - 1))
        .strip()
        .endswith(tuple(_QUOTES))
        and not (k + 1 < len(tokens) and tokens[k + 1].capitalised)
    }  # a quote's first word ('"Dairy led the rise," said X'); its names still count
    runs = _bodies(article, tokens[:upto], opens, value)
    back = index
    while not runs and back > 0 and index - back < _BACK:
        back -= 1
        runs = _bodies(article, article.sentence_tokens(back), set(), value)
    return runs


def _ties(
    article: ArticleText, index: int, post: Post, skip: set[int], value: str, name: str
) -> bool:
    if any(t.norm in PAST for t in post.words):
        return False
    if post.description:
        noun = tuple(t.norm for t in post.description)
        head = stem(noun[-1])
        if _another_of_kind(article, {head}, value, noun):
            return False  # "the agency" beside "a federal agency", "the state's water agency"
        if head in {stem(t.norm) for t in tokenize(value)}:
            return _named_with(article, head, value)
        if _named_with(article, head, value, anyone=True):
            return False  # "the agency" on a page naming another agency
        beside = _beside(article, noun, value, name)
        if beside is not None:
            return beside
    tokens = article.sentence_tokens(index)
    mine = {t.start for t in post.words} | {t.start for t in post.description}
    skip = skip | {k for k, t in enumerate(tokens) if t.start in mine}
    upto = min(k for k in skip) if skip else 0
    bodies = _nearest_bodies(article, index, skip, upto, value)
    return bool(bodies) and all(is_value(body, value) for body in bodies)
    # no name near: nothing (review rv53c: "Profits at the country's second-largest lender
    # fell by half. Chief executive X said" on a page about another bank)


def _named_after(tokens: Sequence[Token], last: int) -> bool:
    """Whether the name is followed by its body ("Ida Moss of Vela Foods"): the holder
    readers', and no body near or on the page is the post's."""
    at = last + 1
    return (
        at + 1 < len(tokens)
        and tokens[at].norm in ("of", "at", "from")
        and tokens[at + 1].capitalised
    )


_OPENERS = word_set("a an another that this these those one its")
_RELATIVES = word_set("that which who whose")
_FUNCTION = _LINKS | word_set("to by from into on and or as than")


def _another_of_kind(
    article: ArticleText, nouns: set[str], value: str, described: tuple[str, ...] = ()
) -> bool:
    """Whether the page writes, in lower case, another body of a kind in ``nouns``: "a
    federal agency", "the county council", "a lower court", "the sheriff's department", "the
    court that ..." (the description itself, "the agency" alone, and words of the value, "the
    city council" for Kelby City Council, are the value's)."""
    mine = {stem(t.norm) for t in tokenize(value)}
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        for k, token in enumerate(tokens):
            if token.capitalised or not k or stem(token.norm) not in nouns:
                continue
            at = k - 1
            while at >= 0 and k - at <= 3 and not tokens[at].capitalised:
                if possessive(tokens[at]) or tokens[at].norm in _DETERMINERS | _OPENERS:
                    break
                at -= 1
            words = [t.norm for t in tokens[at + 1 : k + 1]]
            if at < 0 or tokens[at].capitalised or k - at > 3 or set(words) & _FUNCTION:
                continue  # "took the firm to court", "Lakeland Environment agency": no body
            if described and tuple(words) == described and tokens[at].norm == "the":
                continue  # the description itself
            modifiers = [w for w in words[:-1] if stem(w) not in mine]
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            related = after is not None and after.norm in _RELATIVES
            related = related and not gap(article.text, tokens, k).strip()
            if modifiers or related or tokens[at].norm not in ("the", "its"):
                return True
    return False


def _member_of(tokens: Sequence[Token], first: int) -> frozenset[str]:
    """The body nouns a member's title right before the name stands for ("Justice X": a
    court; "Commissioner X": a commission), over honours ("Judge Sir X")."""
    index = first - 1
    while index >= 0 and tokens[index].capitalised and tokens[index].norm in _HONOURS:
        index -= 1
    if index < 0 or not tokens[index].capitalised:
        return frozenset()
    before = tokens[index - 1] if index > 0 else None
    if before is not None and (
        before.norm in PAST or (before.capitalised and before.norm not in _RANKS)
    ):
        return frozenset()  # "former Judge X", "Chief Justice", "Kerr County Commissioner"
    return _MEMBERS.get(tokens[index].norm, frozenset())


def described_holder(article: ArticleText, name: str, value: str) -> bool:
    """Whether the page gives ``name`` a post of a body it describes or leaves bare, and
    that body is ``value`` (see the module)."""
    if _country(value):
        return False
    text = article.text
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        found = find_person(name, tokens, text)
        if not found:
            continue
        skip: set[int] = set()
        for first, last in found:
            skip.update(range(first, last + 1))
        if tokens and tokens[0].capitalised and tokens[0].norm in HEADS | TITLES:
            skip.add(0)  # "Chief executive X said": the post, not a body
        for first, last in found:
            if _named_after(tokens, last):
                continue  # "chief executive Ida Moss of Vela Foods": the body is written
            kinds = _member_of(tokens, first)
            bodies = kinds & {stem(t.norm) for t in tokenize(value)}
            if (
                bodies
                and any(_named_with(article, body, value) for body in bodies)
                and all(
                    _named_with(article, kind, value)
                    for kind in kinds
                    if _named_with(article, kind, value, anyone=True)
                )  # "Judge X" on a page naming a tribunal and a court: neither
                and not _another_of_kind(article, set(kinds), value)
            ):
                return True  # "Justice X" on a page naming one court, the value
            post = _post_before(tokens, text, first) or _post_after(tokens, text, last)
            if post is not None and _ties(article, index, post, skip, value, name):
                return True
    return False


def described_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """The confirm-only tie: a post of a body the page describes, or leaves bare, is the
    value's."""
    pair = person_and_value(value, ctx)
    return pair is not None and described_holder(ctx.article, *pair)


__all__ = ["described_holder", "described_tie"]
