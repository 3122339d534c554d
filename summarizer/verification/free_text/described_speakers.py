"""A quote credited to a description of a person named before it ("the 74-year-old told
deputies", '"...," the American president said', "said the South Carolina Republican", "the
Armenian leader agreed that ..."), read with the stand-in reader of
:mod:`summarizer.verification.sides.standins` (session 35, descspk35).

English credits a quote to a person once named by a description of them: their age, a title
the page gives them, their country's word. The quote readers of
:mod:`summarizer.verification.quotes.speakers` read such a credit back to the nearest earlier
attribution; on outside checks 50-77 that refused the right speaker about a hundred times
(the nearest speaker before was someone else, or the description reads back past a rival).
The stand-in reader ties a description to the last name before it that fits it, passing over
names that do not (a woman for "the 74-year-old" of a man aged 74, a Chinese minister for "the
Armenian leader"), and says "unsure" when a nearer name may fit too.

Only the quote's credit is read: a definite description ("the", "this", "his", "her", "its"
and lower-case or country words up to its head) that is the subject of the speech verb right
after the closing mark ('"...," the premier said'), the verb's subject after it ('"...," said
the former general') or the subject of the last speech verb before the opening mark ("The
Rwandan minister warned: "...""). The description is read as a sentence of its own after the
text before it, with the quote's sentence's quoted words blanked out, so no pronoun or
description inside a quote, nor one elsewhere in the sentence, is what is read.

- "yes" (the description surely is the value's) supports a speaker the quote readers refused
  or left unconfirmed;
- "other" (a nearer name surely fits: another "President X", another person aged 79, a person
  of the description's country) makes an unconfirmed refusal a strong one;
- "unsure" or no reading leaves the quote readers' verdict as it is, and a speaker they
  support stays supported (a bare title two people hold is "unsure": ambiguity is no
  contradiction, rvds35).

A description with a country's word the page itself gives a named person by apposition ("her
Argentine guest, President Diego Paz") is read first: that person's, and no one else's.

Kept here, above :mod:`summarizer.verification.sides`, because it reads the quote readers and
the stand-in reader both (the layers import only downward).
"""

from __future__ import annotations

import itertools
import re
from typing import Any, Literal

from summarizer.comparators import Supported
from ..context import Context, Result
from ..page.article import ArticleText
from ..page.locator import find
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.borrowed_titles import borrowed_title
from ..people.names import norms
from ..people.office_holders import HEADS, QUALIFIERS, RANKS, office_reading
from ..people.party_names import party_of
from ..people.standin_words import BODY_HEADS, BODY_WORDS, OWNERS, PERSON_HEADS, TITLE_HEADS
from ..quotes.quote_places import quoted_places
from ..quotes.speakers import support_speaker
from ..sentences.speech import SPEECH_VERBS
from ..sides.standins import Reading, standin_reading
from .age_credits import age_reading
from .relation_credits import RELATIONS, relation_reading

# The quote readers' refusals a description's sure reading overrules: a read-back to the
# nearest attribution, or no attribution read (not "may be X's or someone else's", nor a
# refusal on other grounds: a body for a person, a relayed quote).
_READ_BACK = (
    "read back to someone other than",
    "attributes this quote to someone other than",
    "no attribution of this quote",
)
# A quote readers' refusal for a credit that may be the value's or another's: an office's
# only holder overrules it too (offices36), a stand-in's reading does not.
_AMBIGUOUS = "or someone else's"
Credit = Literal["held", "yes", "not", "other", "unsure"]
_OPENERS = word_set("the this his her its")
_TITLED_WORDS = PERSON_HEADS | QUALIFIERS | RANKS | word_set("prime foreign vice deputy chief")
_RANKS = word_set("vice deputy assistant acting former junior under")
_LINKS = word_set("for of in at on to with from and or")
_PRONOUNS = word_set("he she his her him it its")
_BETWEEN = word_set("has had have then also later again just once simply")  # "the PM has warned"
_HEADS = PERSON_HEADS | BODY_HEADS | RELATIONS | HEADS  # "the chief executive" (offices36)
_REACH = 7  # tokens from a description's determiner to its head or speech verb
_BEFORE_OBJECT = word_set(
    """to with for by of from at on about against than met meet meets thanked urged asked
    called visited hosted greeted named praised criticised criticized accused"""
)


def described_speaker(value: Any, rule: Supported, ctx: Context) -> Result:
    """:func:`support_speaker`, with a quote credited to a description read back by the
    stand-in reader (see the module)."""
    result = support_speaker(value, rule, ctx)
    quote = getattr(ctx.fact, "text", None)
    if not isinstance(value, str) or not quote:
        return result
    if not value[:1].isupper() or value.split()[0].lower() in ("the", "a", "an"):
        return result  # "an Arab diplomat", "the Polish federation": no named person
    if set(norms(tokenize(value.partition("'s ")[0]))) & BODY_WORDS:
        return result  # a body: the stand-in reader's class heads are read by the party rules
    read = credit_reading(str(quote), value, ctx)
    reason = str(result[1])
    if read == "yes" and result[0] is False and any(why in reason for why in _READ_BACK):
        return True, ""
    if (
        read == "held"
        and result[0] is False
        and any(why in reason for why in (*_READ_BACK, _AMBIGUOUS))
    ):
        return True, ""  # the one person the page gives the credit's office
    if read == "not" and not (result[0] is False and isinstance(result[1], str)):
        # a page's own tie (an age, a country, a title given to another); a strong refusal
        # of the quote readers keeps its reason, which names whom the page gives the quote
        return False, f"the quote's credit, a description, is someone else's, not {value!r}"
    if read == "other" and result[0] is False and not isinstance(result[1], str):
        return False, f"the quote's credit, a description, stands for a nearer name than {value!r}"
    return result


def credit_reading(quote: str, value: str, ctx: Context) -> Credit | None:
    """The stand-in reader's verdict on the description crediting ``quote`` (see the
    module), None when no description credits it; "held" (the office reader's: the one
    person the page gives the credit's office) over "yes" over "not" over "other" over
    "unsure" (a bare title the page gives two people before it is "unsure": the quote
    readers' verdict stands)."""
    article = ctx.article
    located = find(quote, article, ctx.folded)
    if located.span is None:
        return None
    spans = quoted_places(quote, article) or [(located.span.start, located.span.end)]
    verdicts = {_read(article, start, end, value) for start, end in spans}
    return next((v for v in ("held", "yes", "not", "other", "unsure") if v in verdicts), None)


def _read(article: ArticleText, start: int, end: int, value: str) -> Credit | None:
    """The verdict on the description crediting the quote at ``start``-``end``."""
    region = article.quoted_region_at(start) or (start, end)
    last = article.sentences[article.sentence_at(max(region[0], region[1] - 1))]
    first = article.sentences[article.sentence_at(region[0])]
    after = [t for t in article.outside_quotes(*last) if t.start >= region[1]]
    before = [t for t in article.outside_quotes(*first) if t.end <= region[0]]
    chunk = _tail_credit(after, article.text) or _lead_credit(before, article.text)
    if chunk is None:
        return None
    if borrowed_title(article, chunk, value, chunk[0].start):
        return "not"  # "X, a critic of the mayor", "Vice-President X" (borrowed_titles.py)
    given = _given(article, chunk, value)
    if given is not None:
        return given
    after_chunk = article.tokens_between(chunk[-1].end, chunk[-1].end + 40)[:3]
    office = office_reading(article, chunk, after_chunk, value)
    if office in ("yes", "not"):
        return "held" if office == "yes" else "not"  # whom the page gives the office (offices36)
    if _of_office(after_chunk, 0):
        return None  # "the secretary of state": the stand-in reader reads no complement
    if chunk[-1].norm in RELATIONS or chunk[-1].norm == "old":
        read = (relation_reading if chunk[-1].norm in RELATIONS else age_reading)(
            article, chunk, value
        )  # the stand-in reader reads no relation, and takes any last name for an age
        return "not" if read == "other" else read
    if (chunk[-1].norm in BODY_HEADS and chunk[0].norm not in OWNERS) or chunk[-1].text.isupper():
        return None  # a body's description; a transcript's label ("THE GOVERNOR:")
    begin, text = first[0], article.text
    kept = list(text[begin : chunk[0].start])
    for q_start, q_end in article.quoted:
        for at in range(max(q_start, begin), min(q_end, chunk[0].start)):
            kept[at - begin] = " "
    words = text[chunk[0].start : chunk[-1].end]
    lead = "".join(kept).rstrip()
    if any(t.norm in _PRONOUNS or (t.capitalised and at) for at, t in enumerate(tokenize(lead))):
        return None  # "Of his successor, ...", "Asked about X's plan, her office said"
    if chunk[0].norm in OWNERS:
        return _owned(lead, text[:begin], chunk, value)
    lead = f"{text[:begin]}{lead}." if lead.strip() else text[:begin].rstrip()
    page = ArticleText(f"{lead}\n\n{words[:1].upper()}{words[1:]} said.")
    read = standin_reading(value, page, [len(page.sentences) - 1])
    if read == "yes" and chunk[-1].norm in TITLE_HEADS and not _holds(article, chunk, value):
        read = "unsure"  # "X is Japan's prime minister, and Y leads ..." gives Y no title
    if read in ("yes", "unsure") and len(chunk) == 2 and len(_titled_names(article, chunk)) > 1:
        return "unsure"  # "Finance Minister A and Health Minister B ... the minister said"
    return read if read is not None else _titled_other(article, chunk, value)


def _given(article: ArticleText, chunk: list[Token], value: str) -> Credit | None:
    """A description with a country's word the page itself gives a named person as an
    apposition before the credit ("her Argentine guest, President Diego Paz", "Felix Huber,
    the Austrian chancellor,"): "yes" when the page gives it the value alone, "not" when it
    gives it only to others (the host who met "the Austrian chancellor, Felix Huber" is not
    him), None when it gives it to nobody."""
    words = norms(tokenize(value))
    if not words or not any(t.capitalised and _people_word(t) for t in chunk[1:]):
        return None
    described = r"\s+".join(re.escape(t.text) for t in chunk[1:])
    owner = r"(?i:the|his|her|its|their)\s+"
    name = r"((?:[A-Z][\w.'\u2019-]*\s){0,4}[A-Z][\w'\u2019-]*)"
    shapes = rf"\b{owner}{described},\s+{name}|\b{name},\s+{owner}{described}\b"
    holders = set()
    for match in re.finditer(shapes, article.text[: chunk[0].start]):
        held = next(group for group in match.groups() if group)
        holders.add(norms(tokenize(held))[-1])
    if not holders:
        return None
    if words[-1] in holders:
        return "yes" if len(holders) == 1 else None
    return "not"


def _holds(article: ArticleText, chunk: list[Token], value: str) -> bool:
    """Whether the page writes the description's title right before the value's name
    ("Governor Dana Whitlock", "Prime Minister Anders Lund")."""
    title, words = chunk[-1].norm, norms(tokenize(value))
    tokens = article.outside_quotes(0, chunk[0].start)
    return any(
        token.norm == title and token.capitalised and after.norm in words
        for token, after in itertools.pairwise(tokens)
    )


def _titled_names(article: ArticleText, chunk: list[Token]) -> set[str]:
    """The names the page writes right after the description's title before it ("Judge
    Harriet Oyelaran": "harriet"), when its head is a title; not after a rank ("Vice Premier
    X" is no premier). Those titled with no country before it when there are any: a bare "the
    President" is the page's own ("President Ana Duarte", not "Russian President Oleg Markov")."""
    title = chunk[-1].norm
    if title not in TITLE_HEADS:
        return set()
    tokens = article.outside_quotes(0, chunk[0].start)
    plain: set[str] = set()
    foreign: set[str] = set()
    for at in range(len(tokens) - 1):
        token, after = tokens[at], tokens[at + 1]
        if token.norm != title or not token.capitalised or not after.capitalised:
            continue
        if at and tokens[at - 1].norm in _RANKS:
            continue  # "Vice Premier X" is no premier
        words = article.text[tokens[max(0, at - 2)].start : token.start].split()
        country = at and words and words[-1][:1].isupper() and party_of(words[-1])  # "U.S."
        (foreign if country else plain).add(after.norm)
    return plain or foreign


def _titled_other(article: ArticleText, chunk: list[Token], value: str) -> Credit | None:
    """ "The judge refused:" after "Judge Harriet Oyelaran heard ...": "other" for a value the
    page never writes near the description's title ("President X", "X, the president,", "The
    Prime Minister of Norway, Lena Holm,") when it writes someone else's name right after it."""
    title, words = chunk[-1].norm, norms(tokenize(value))
    if title not in TITLE_HEADS or not words:
        return None
    if any(t.capitalised and party_of(t.text) for t in chunk):
        return None  # "the Chilean president": read by its country
    tokens = article.outside_quotes(0, chunk[0].start)
    for at, token in enumerate(tokens):
        if token.norm != title:
            continue
        here = article.sentence_at(token.start)
        near = tokens[max(0, at - 6) : at + 7]  # "X, the US president,", "President X"
        if any(t.norm in words and article.sentence_at(t.start) == here for t in near):
            return None  # the page gives the value the title
    return "not" if _titled_names(article, chunk) else None


def _owned(lead: str, text: str, chunk: list[Token], value: str) -> Reading | None:
    """ "His office said", "its delegate said": the owner's office, never the owner. A value
    "X's office" (its last word the head) is read by its owner X as "He said"; any other
    value is not read here."""
    owner, mark, held = value.rpartition("'s ")
    if not mark or not owner or norms(tokenize(held))[-1:] != [chunk[-1].norm]:
        return None
    lead = f"{text}{lead}." if lead.strip() else text.rstrip()
    pronoun = {"his": "He", "her": "She", "its": "It"}[chunk[0].norm]
    page = ArticleText(f"{lead}\n\n{pronoun} said.")
    return standin_reading(owner, page, [len(page.sentences) - 1])


def _tail_credit(after: list[Token], text: str) -> list[Token] | None:
    """'"...," the premier said' or '"...," said the former general': the description."""
    if len(after) > 1 and after[0].norm in SPEECH_VERBS:
        after = after[1:]
    elif not (after and _then_verb(after, text)):
        return None  # '"...," the minister's aide said' is read no further than its head
    return _described(after, 0, text)


def _then_verb(after: list[Token], text: str) -> bool:
    """Whether a description after the closing mark is followed by its speech verb."""
    run = _described(after, 0, text)
    rest = after[len(run) :] if run else []
    rest = rest[_aged_noun(run, rest, text) :]
    rest = rest[_of_office(rest, 0) :]  # "the prime minister of Britain said"
    while rest and rest[0].norm in _BETWEEN:
        rest = rest[1:]
    return bool(rest) and rest[0].norm in SPEECH_VERBS


def _lead_credit(before: list[Token], text: str) -> list[Token] | None:
    """ "The Rwandan minister warned: "..."", "15:12 The Russian leader signs off in English:":
    the description that is the subject of the clause leading into the opening mark: before
    its last speech verb, or opening the lead-in when it has none."""
    verbs = [i for i, token in enumerate(before) if token.norm in SPEECH_VERBS]
    if verbs:
        for opener in range(verbs[-1] - 1, max(-1, verbs[-1] - _REACH - 1), -1):
            run = _described(before, opener, text)
            if run and opener + len(run) <= verbs[-1] and _subject_at(before, opener, text):
                if _apposed(before, opener, opener + len(run), text):
                    break  # "... and Alice Yoon, the Treasury secretary, said": a name's aside
                rest = before[opener + len(run) : verbs[-1]]
                rest = rest[_aged_noun(run, rest, text) :]
                rest = rest[_of_office(rest, 0) :]
                if all(t.norm in _BETWEEN for t in rest):
                    return run
                break
        return _coordinated(before, verbs[-1], text)
    opener = next((i for i, t in enumerate(before) if not t.is_number), len(before))
    return _described(before, opener, text)


def _apposed(tokens: list[Token], begin: int, end: int, text: str) -> bool:
    """Whether the description ``tokens[begin:end]`` is set off by commas right after a name
    inside the clause ("... with Mr. Brandt and Alice Yoon, the Treasury secretary, said"): an
    aside about an object, not the subject ("From London, the prime minister said" is one, and
    so is an aside on the name opening the clause: "Istvan Nagy, Hungary's minister, said")."""
    if begin == 0 or end >= len(tokens) or not tokens[begin - 1].capitalised:
        return False
    if text[tokens[begin - 1].end : tokens[begin].start].strip() != ",":
        return False
    if text[tokens[end - 1].end : tokens[end].start].strip() != ",":
        return False
    first = begin - 1
    while (
        first > 0
        and tokens[first - 1].capitalised
        and not _gap(text, tokens[first - 1], tokens[first])
    ):
        first -= 1
    opening = next((i for i, t in enumerate(tokens) if not t.is_number), 0)
    return first > opening  # "Istvan Nagy, Hungary's agriculture minister, said": the subject's


def _coordinated(before: list[Token], verb: int, text: str) -> list[Token] | None:
    """ "The president toured two shelters and told residents:": a speech verb joined by "and"
    to an earlier verb has that verb's subject, the description opening the lead-in (no name
    or pronoun between, which might be a subject of its own; offices36)."""
    if verb < 2 or before[verb - 1].norm != "and":
        return None
    opener = next((i for i, t in enumerate(before) if not t.is_number), len(before))
    run = _described(before, opener, text)
    if not run:
        return None
    between = before[opener + len(run) : verb - 1]
    if any(t.capitalised or t.norm in _PRONOUNS | {"they", "we", "i"} for t in between):
        return None  # "The president met Lula and told him": Lula may be the subject
    return run


def _aged_noun(run: list[Token] | None, rest: list[Token], text: str) -> int:
    """How many words after an age the description runs on ("the 71-year-old Labour peer",
    "the 52-year-old former banker"): an age is an adjective, and its noun (up to three words,
    unbroken, no link) is part of the credit; the age alone is what is read."""
    if not run or run[-1].norm != "old":
        return 0
    reach = 0
    for token in rest[:3]:
        if (
            token.norm in _LINKS | SPEECH_VERBS
            or token.text.endswith(SINGULAR_POSSESSIVES)
            or _gap(text, run[-1] if not reach else rest[reach - 1], token)
        ):
            break
        reach += 1
    return reach


def _subject_at(tokens: list[Token], at: int, text: str) -> bool:
    """Whether the description opening at ``at`` opens a clause, not an object ("told the
    president", "with the minister", "the minister's aide")."""
    if at == 0 or _gap(text, tokens[at - 1], tokens[at]):
        return True
    previous = tokens[at - 1]
    return previous.norm not in _BEFORE_OBJECT and previous.norm not in SPEECH_VERBS


def _described(tokens: list[Token], at: int, text: str) -> list[Token] | None:
    """The definite description opening at ``at`` up to its head ("the 74-year-old", "the
    South Carolina Republican" is not read: no head), unbroken, not an owner ("the president's
    envoy") and not a name's title ("the minister Ana Ruiz")."""
    if at >= len(tokens) or not (tokens[at].norm in _OPENERS or _country_owner(tokens[at])):
        return None
    for end in range(at + 1, min(len(tokens), at + _REACH)):
        token = tokens[end]
        if _gap(text, tokens[end - 1], token) or token.norm in _LINKS | SPEECH_VERBS:
            return None  # "the nominee for mayor" is no mayor
        aged = token.norm == "old" and token.joined
        if token.capitalised and not _people_word(token) and token.norm not in _TITLED_WORDS:
            return None  # "the Kremlin leader", "the Labour leader": a name's word
        governing = _of_office(tokens, end + 1) if token.norm == "head" else 0
        if aged or governing or token.norm in _HEADS:
            if token.text.endswith(SINGULAR_POSSESSIVES):
                return None
            return tokens[at : end + 1]
    return None


def _country_owner(token: Token) -> bool:
    """A country's possessive opening a description ("Britain's prime minister")."""
    return (
        token.capitalised
        and token.text.endswith(SINGULAR_POSSESSIVES)
        and bool(party_of(token.text))
    )


def _of_office(tokens: list[Token], at: int) -> int:
    """How many words at ``at`` tie an office to its country or kind ("of Britain" after "the
    prime minister", "of government" after "the head"): 2, else 0."""
    if at + 1 < len(tokens) and tokens[at].norm == "of":
        after = tokens[at + 1]
        if after.norm in {"government", "state"} or (after.capitalised and party_of(after.text)):
            return 2
    return 0


def _people_word(token: Token) -> bool:
    """A country's people word ("Chilean", "Congolese", "Polish", "Thai", "Argentine", "Greek",
    "Swiss", "Filipino") or its abbreviation
    ("U.S."), not a capital's or a seat's name ("the Kremlin leader" is no Russian leader's)."""
    bare = token.text.replace(".", "")
    endings = ("an", "ese", "ish", "i", "ch", "ic", "ine", "eek", "iss", "ino")  # "Argentine"
    people = bare.isupper() or bare.endswith(endings)
    return people and party_of(token.text) is not None


def _gap(text: str, left: Token, right: Token) -> bool:
    """Whether punctuation parts two tokens (a comma, a colon, a dash, a stop)."""
    return any(mark in text[left.end : right.start] for mark in ",;:.!?\u2014\u2013()")


__all__ = ["credit_reading", "described_speaker"]
