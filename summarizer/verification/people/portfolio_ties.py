"""The country a person holds a named portfolio of (session 58, af58): the page writes the
person as a country's office holder with the portfolio between the country and the office,
which :func:`.party_names.ties` reads only with government titles right beside the country:

- "Li Wen, China's international trade representative," / "Hungary's agriculture minister,
  Ivan Kos," / "Mexican Agriculture Secretary Julio Sanz";
- "Ana Berg, who is Norway's Minister of Fisheries and Oceans," / "Tom Hale, the Foreign
  Minister of Barbados,";
- "his Slovak colleague Juraj Blanar" (a colleague or counterpart is the same office's
  holder for another country).

English leaves no doubt there whose office it is: the country's. A past office ("former",
"ex-"), an opposition or rebel one, or a possessive inside the portfolio ("Danish Democrats'
defence spokesperson": the party's) gives no tie. Nor does a people's word joined by a hyphen
("Russian-backed"). A people's word right before one occupation noun ("the Belgian novelist
Claire Aubry") is read too: the person's country. :func:`.person_rules.support_affiliation`
asks this of a party of the table given as their affiliation when no older reading ties them
to any party, and refuses another party the page never names in a sentence of theirs (other
than as another person's country: :func:`named_with`).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, SINGULAR_POSSESSIVES, Token, word_set
from .party_names import named_at, party_mentions
from .surname_ties import mention_ties

# The head of an office a country's holder has ("agriculture minister", "trade representative").
_OFFICES = word_set(
    """minister ministers secretary representative envoy ambassador spokesman spokeswoman
    spokesperson commissioner negotiator president premier chancellor governor colleague
    counterpart diplomat"""
)
_NO_TIE = word_set("opposition former ex dissident rebel exiled then onetime acting")
_ARTICLES = word_set("the a an his her their its")
_LINKS = word_set("and")
# Verbs of a post's holder before "by" ("The team is led by the Argentine physicist X"): the
# post is the body's named before, the people's word only the holder's nationality.
_LED = word_set("led headed run chaired coached managed directed")
# Words after an apposed office that send it elsewhere ("a Jordanian diplomat who heads the
# agency's office", "a Danish diplomat at the UN").
_ELSEWHERE = word_set("at with")
_HEADS = word_set("heads leads runs chairs directs manages coaches works serves")
_PRONOUNS = word_set("he she")
_PORTFOLIO_REACH = 4


def _possessive(token: Token) -> bool:
    return token.text.endswith(APOSTROPHE_ENDINGS)


def _portfolio_word(token: Token) -> bool:
    """A word of a portfolio between a country and its office ("agriculture", "Foreign",
    "international trade", "Fisheries and Oceans")."""
    word = token.text.replace("-", "")
    return (
        word.isalpha()
        and not _possessive(token)
        and token.norm not in _NO_TIE
        and (token.norm not in STOPWORDS or token.norm in _LINKS)
    )


def _spaced(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] in (" ", "-")


def _owned(tokens: Sequence[Token], index: int) -> bool:
    """Whether the people's word at ``index`` is a body's holder's nationality: a body's
    possessive right before it ("Its Argentine coach X", "the agency's Dutch head"), or a
    holder's verb and "by" ("led by the Argentine physicist X")."""
    at = index - 1
    if at >= 0 and (tokens[at].norm in ("its", "their") or _possessive(tokens[at])):
        return True
    if at >= 0 and tokens[at].norm in _ARTICLES:
        at -= 1
    return at >= 1 and tokens[at].norm == "by" and tokens[at - 1].norm in _LED


def _sent_elsewhere(tokens: Sequence[Token], office: int) -> bool:
    """Whether an apposed office goes on to another post ("a Jordanian diplomat who heads
    the agency's office", "a Danish diplomat at the UN")."""
    after = tokens[office + 1 : office + 3]
    if not after:
        return False
    return after[0].norm in _ELSEWHERE or (
        after[0].norm == "who" and len(after) > 1 and after[1].norm in _HEADS
    )


def _office_after(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The position of the office word a portfolio starting at ``index`` reaches."""
    for at in range(index, min(len(tokens), index + _PORTFOLIO_REACH + 1)):
        if at > index and not _spaced(text, tokens[at - 1], tokens[at]):
            return None
        if tokens[at].norm in _OFFICES and not _possessive(tokens[at]):
            return at
        if not _portfolio_word(tokens[at]):
            return None
    return None


def _country_at(tokens: Sequence[Token], index: int) -> tuple[str, int] | None:
    """(party, size) of a country written as its holder's ("China's", "Mexican") at index."""
    if index >= len(tokens) or not tokens[index].capitalised:
        return None
    hit = named_at(tokens, index)
    if hit is None:
        return None
    key, kind, size = hit
    last = tokens[index + size - 1]
    if kind == "people" or (kind == "name" and last.text.endswith(SINGULAR_POSSESSIVES)):
        return key, size
    return None


def _after(tokens: Sequence[Token], text: str) -> str | None:
    """The country of an apposition after the surname (the first token)."""
    if len(tokens) < 4 or text[tokens[0].end : tokens[1].start].strip() != ",":
        return None
    index = 1
    if tokens[index].norm == "who" and tokens[index + 1].norm == "is":
        index += 2
    if index < len(tokens) and tokens[index].norm in _ARTICLES:
        index += 1
    if index >= len(tokens) or tokens[index].norm in _NO_TIE:
        return None
    country = _country_at(tokens, index)
    if country is not None:  # "Li Wen, China's international trade representative"
        end = index + country[1]
        if end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start] != " ":
            return None
        office = _office_after(tokens, end, text)
        return country[0] if office and not _sent_elsewhere(tokens, office) else None
    office = _office_after(tokens, index, text)  # "Tom Hale, the Foreign Minister of Barbados"
    if office is None or office + 2 >= len(tokens) or tokens[office + 1].norm != "of":
        return None
    at = office + 2 + (tokens[office + 2].norm == "the")
    hit = named_at(tokens, at) if at < len(tokens) and tokens[at].capitalised else None
    if hit is None or hit[1] != "name":
        return None
    end = at + hit[2]
    if (
        end < len(tokens)
        and tokens[end].capitalised
        and _spaced(text, tokens[end - 1], tokens[end])
    ):
        return None  # a longer name ("of Danish Democrats", "of Mexico City")
    return hit[0]


def _posted_to(tokens: Sequence[Token], index: int) -> int | None:
    """The office before a posting ending at ``index`` ("envoy to the agency", "ambassador
    to the United Nations"): the office's position."""
    for at in range(index, max(0, index - 5), -1):
        if tokens[at].norm == "to" and at and tokens[at - 1].norm in _OFFICES:
            return at - 1
    return None


def _occupied(tokens: Sequence[Token], index: int, text: str) -> str | None:
    """A people's word right before one lower-case noun before the name ("the Belgian
    novelist Caroline Aubry", "Romanian referee Ion Pop"): their country."""
    noun = tokens[index]
    if index < 1 or not noun.norm.isalpha() or noun.capitalised or noun.norm in STOPWORDS:
        return None
    if noun.norm in _NO_TIE or text[tokens[index - 1].end : noun.start] != " ":
        return None
    hit = named_at(tokens, index - 1) if tokens[index - 1].capitalised else None
    if hit is None or hit[1] != "people" or hit[2] != 1:
        return None
    if _owned(tokens, index - 1):
        return None
    if index >= 2 and (
        tokens[index - 2].norm in _NO_TIE
        or text[tokens[index - 2].end : tokens[index - 1].start] == "-"  # "Swiss-Belgian"
    ):
        return None
    return hit[0]


def _before(tokens: Sequence[Token], text: str) -> str | None:
    """The country of a title before the name (the last token is the surname)."""
    index = len(tokens) - 2
    names = 0
    while index >= 0 and names < 4 and tokens[index].norm not in _OFFICES:
        if not (tokens[index].capitalised and _spaced(text, tokens[index], tokens[index + 1])):
            break
        index, names = index - 1, names + 1
    if index < 0 or (not names and tokens[index].norm not in _OFFICES):
        return None
    gap = text[tokens[index].end : tokens[index + 1].start]
    if gap == ", ":
        office = index if tokens[index].norm in _OFFICES else _posted_to(tokens, index)
    elif gap == " " and tokens[index].norm in _OFFICES:
        office = index
    else:
        return _occupied(tokens, index, text) if gap == " " else None
    if office is None:
        return None
    for at in range(office - 1, max(-1, office - _PORTFOLIO_REACH - 2), -1):
        if not _spaced(text, tokens[at], tokens[at + 1]):
            return None
        for start in range(max(0, at - 3), at + 1):
            country = _country_at(tokens, start)
            if country is not None and start + country[1] - 1 == at:
                if (start and tokens[start - 1].norm in _NO_TIE) or _owned(tokens, start):
                    return None
                if text[tokens[at].end : tokens[at + 1].start] != " ":
                    return None  # "Russian-backed separatist leader"
                return country[0]
        if not _portfolio_word(tokens[at]):
            return None
    return None


def portfolio_parties(article: ArticleText, surname: str) -> frozenset[str]:
    """The countries the page writes the person as holding an office of (kept per surname)."""
    return mention_ties(article, surname, "portfolio parties", (_before, _after), 160)


def _holder_mention(tokens: Sequence[Token], index: int, size: int, surname: str) -> bool:
    """Whether the country at ``index`` is written as another person's ("French President
    Emmanuel Macron", "Chile's foreign minister, Ana Ruiz"): a country's word, a portfolio and
    an office, then a capitalised name that is not the person's."""
    end = index + size
    last = tokens[end - 1]
    if not (last.text.endswith(SINGULAR_POSSESSIVES) or named_at(tokens, index) is not None):
        return False
    for at in range(end, min(len(tokens), end + _PORTFOLIO_REACH + 1)):
        if tokens[at].norm in _OFFICES:
            following = tokens[at + 1 : at + 4]
            names = [t for t in following if t.capitalised]
            return (
                bool(names)
                and names[0].norm != surname
                and surname not in {t.norm for t in following}
            )
        if not _portfolio_word(tokens[at]):
            return False
    return False


def named_with(article: ArticleText, surname: str, party: str) -> bool:
    """Whether a sentence naming the person names the party (as an actor or a place), other
    than as another person's country ("French President Emmanuel Macron and his German
    counterpart, Hans Roth": France is Macron's)."""
    low = article.lowered
    naming = False
    for index, (begin, stop) in enumerate(article.sentences):
        after_naming, naming = naming, surname in low[begin:stop]
        if not naming:
            # a sentence opening with "He"/"She" right after one naming the person is theirs
            first = article.sentence_tokens(index)[:1]
            if not (after_naming and first and first[0].norm in _PRONOUNS):
                continue
        tokens = article.sentence_tokens(index)
        for at, key, _kind, size in party_mentions(tokens):
            if key == party and not _holder_mention(tokens, at, size, surname):
                return True
    return False
