"""A quote credited to a writing ("it read", "the letter says", "The post went on:"), given
to the one the sentence right before names as that writing's owner, read for
:mod:`summarizer.verification.quotes.continued_speakers` (session 62, writer sp62; here in
sentences/ because quotes/ holds its 70 modules).

News introduces a statement, letter, post or filing with its owner ("Sinner's own statement
was issued through his lawyers.", "HoldCo's complaint says ...", "in an email sent by Trent
Morse", "X's first word came in a post on X:") and quotes it in the next sentence with the
writing as the speaker: '"...," it read.', '"...," the message read.', 'The post went on:
"..."'. The readings that judge a subject against a name see "it" or "the letter" and read
the quote back to whoever was named last, often the person written to. Here the quote is the
value's when:

- the quote's own sentence, outside quotation marks, is only its credit: "it" or "the" and
  a writing's noun, then a verb of what a text says ("read", "says", "went on", "added"),
  in either order ("said the statement"), with at most "in part" or "simply" besides;
- the sentence right before it (in the quote's paragraph, or the last of the paragraph
  before when the quote opens its own) holds, outside quotation marks, a writing's noun (the
  credit's own noun, or one of its kind: a "message" is the "email" before it; "it" takes
  any), and that writing has one owner: a name in the possessive right before the noun
  ("Sinner's own statement", "HoldCo's complaint"), or a name after "from", or after "by" with
  a verb of making it ("sent", "signed", "written", "issued", "posted"), within six words
  after it ("an email ... sent by Trent Morse"; not "handed over by", a carrier), or,
  when neither, the name the sentence opens with, in the possessive or as subject ("Kurtz's
  first word came in a post");
- the owner is the value: every word of the owner is one of the value's, and the last word
  of a person's value is among them ("Sinner" for "Jannik Sinner", "HoldCo" for "HoldCo
  Asset Management").

Never the owner: a name after "to" (the one written to), a name inside quotation marks, or a
name in any other sentence. Anything else leaves the quote to the other readings: this rule
only accepts.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES

_KINDS = (
    word_set("statement release readout communique declaration announcement"),
    word_set("letter email message memo note notice"),
    word_set("post tweet message update"),
    word_set("complaint filing lawsuit suit motion petition brief"),
    word_set("report citation review verdict ruling judgment"),
)
_NOUNS = frozenset().union(*_KINDS)
_VERBS = word_set("read reads said says added adds continued continues went goes stated states")
_SPARE = word_set("in part simply on the it")
_AUTHORED = word_set("sent signed written issued posted published released filed")
# Words between a possessive and a writing's noun that open another phrase ("Carla Moss's
# landlord sent a letter", "Weir's club issued a statement": the landlord's and the club's;
# review rv63n), where "Sinner's own statement", "Vane's farewell note" have none.
_RESTARTS = word_set("a an the this that his her their its our my your")
# Adjectives a possessive's writing may carry ("Kurtz's first word", "Mora's brief statement").
_MODIFIERS = word_set(
    """own first latest last new brief short full formal written public official joint open
    long lengthy terse earlier original second final angry emotional handwritten"""
)
# What one's own possessive may open the sentence with ("Kurtz's first word came in a post"),
# never another person or body ("Carla Moss's landlord sent a letter"; review rv63n).
_WORDS = word_set("word words reply response answer reaction comment comments remarks message")
_FUNCTION = word_set("the a an in on at for as after before but and then also this that its")


def _possessive(token: Token, text: str) -> bool:
    return token.text.endswith(SINGULAR_POSSESSIVES) or text[token.end : token.end + 1] in "'\u2019"


def _glued(first: Token, second: Token, text: str) -> bool:
    return text[first.end : second.start] in ("", " ")


def _credit(tokens: Sequence[Token]) -> str | None:
    """The writing's noun the credit names ("it" for a bare "it"), or None when the words
    outside the quote are no writing's credit."""
    norms = [t.norm for t in tokens if t.norm.isalpha()]
    verbs = [n for n in norms if n in _VERBS]
    if len(verbs) != 1:
        return None
    nouns = [n for n in norms if n in _NOUNS]
    if "it" in norms and not nouns:
        noun = "it"
    elif len(nouns) == 1 and "the" in norms:
        noun = nouns[0]
    else:
        return None
    rest = [n for n in norms if n not in _SPARE and n != noun and n not in _VERBS]
    return noun if not rest or rest == ["on"] else None


def _fits(noun: str, credit: str) -> bool:
    return credit == "it" or noun == credit or any(noun in k and credit in k for k in _KINDS)


def _name_before(tokens: Sequence[Token], at: int, text: str) -> list[Token]:
    """The capitalised run ending in the possessive right before ``tokens[at]`` (past "own"
    and a few lower-case adjectives), or []."""
    index = at - 1
    while index >= 0 and not tokens[index].capitalised and at - index <= 3:
        if _possessive(tokens[index], text) or tokens[index].norm in _RESTARTS:
            return []
        index -= 1
    if index < 0 or not _possessive(tokens[index], text):
        return []
    run = [tokens[index]]
    while index > 0 and tokens[index - 1].capitalised:
        if not _glued(tokens[index - 1], tokens[index], text):
            break
        index -= 1
        run.insert(0, tokens[index])
    return [t for t in run if t.norm not in _FUNCTION]


def _name_after(tokens: Sequence[Token], at: int, text: str) -> list[Token]:
    """The capitalised run after "by" or "from" within six words after ``tokens[at]``."""
    for index in range(at + 1, min(at + 7, len(tokens) - 1)):
        if tokens[index].norm == "to" or tokens[index].norm in _NOUNS:
            return []  # "released hours after a complaint from Leah Dunn" (review rv63n)
        word = tokens[index].norm
        authored = word == "from" or (word == "by" and tokens[index - 1].norm in _AUTHORED)
        name = index + 2 if tokens[index + 1].norm == "the" else index + 1  # "by the X Institute"
        if authored and name < len(tokens) and tokens[name].capitalised:
            run = []
            for token in tokens[name:]:
                if not token.capitalised:
                    break
                run.append(token)
                if _possessive(token, text):
                    return []  # "from Lind's former club": the club's (review rv63n)
            return run
    return []


def _opener(tokens: Sequence[Token], text: str) -> list[Token]:
    """The capitalised run the sentence opens with, when a lower-case word or a possessive
    ends it right after and no word of it is a function word."""
    run: list[Token] = []
    for index, token in enumerate(tokens):
        if not token.capitalised:
            break
        run.append(token)
        if _possessive(token, text):
            head = next((t.norm for t in tokens[index + 1 :] if t.norm not in _MODIFIERS), "")
            return run if head in _NOUNS or head in _WORDS else []
    if not run or run[0].norm in _FUNCTION or len(run) == len(tokens):
        return []
    return run


def _owner(article: ArticleText, index: int, credit: str) -> list[Token]:
    text = article.text
    start, end = article.sentences[index]
    tokens = article.outside_quotes(start, end)
    places = [i for i, t in enumerate(tokens) if t.norm in _NOUNS and _fits(t.norm, credit)]
    places = [i for i in places if i + 1 == len(tokens) or tokens[i + 1].norm not in _NOUNS]
    if len(places) != 1:
        return []
    at = places[0]
    owner = _name_before(tokens, at, text) or _name_after(tokens, at, text)
    if not owner and not any(t.norm == "to" for t in tokens[:at]):
        owner = _opener(tokens, text)
    return owner


def _is_value(owner: Sequence[Token], value: str) -> bool:
    words = {w.lower().removesuffix("'s").removesuffix("\u2019s") for w in value.split()}
    names = [t.norm for t in owner if t.norm not in TITLES]
    if not names or not all(n in words for n in names):
        return False
    last = value.split()[-1].lower()
    return last in names or len(value.split()) > 2 or names[-1] == value.split()[0].lower()


def document_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is credited to a writing the sentence before
    gives the value (see the module's doc)."""
    if not value.strip():
        return False
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        credit = _credit(lead_of(article, region, sentence) + tail_of(article, region, sentence))
        if credit is None or sentence == 0:
            continue
        paragraph = article.paragraph_at(article.sentences[sentence][0])
        if paragraph - article.paragraph_at(article.sentences[sentence - 1][0]) > 1:
            continue
        owner = _owner(article, sentence - 1, credit)
        if owner and _is_value(owner, value):
            return True
    return False


__all__ = ["document_verdict"]
