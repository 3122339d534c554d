"""A news outlet or agency the evidence names only as its source is no party of a meeting, no
side of a truce, no one reacting and no actor of an event (an outside check, session 14: "EFE
reported that the leaders met", "according to TASS", "told AFP" had EFE, TASS and AFP
accepted as summit parties, truce sides and event actors).

An outlet is one of the agencies and broadcasters news copy cites by name (:data:`_OUTLETS`,
public names, the short forms wire copy writes), or a name the article itself calls one ("the
Bernama news agency", "the Daily Clarion newspaper"). It stands as a source when the sentence

- makes it the subject of a verb of reporting ("TASS said", "Kyodo reported", "Interfax,
  citing a source in the ministry, said"), over its own outlet noun ("the Xinhua news agency
  said");
- names it after a word that gives it a report or a quote: "according to TASS", "a report
  by Yonhap", "told AFP", "in a comment to Al Jazeera", "in an interview with the BBC",
  "quoted by RIA Novosti", "speaking to Reuters";
- names it in a dateline's or credit's brackets or slashes ("(EFE)", "/TASS/").

Every place the evidence names it must be one of those for the refusal, which is unsupported
(the name is there, as the report's source). A country or a person is never an outlet here:
"Russia said" stays Russia's (the announcer rules read that).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.names import find_named

# Agencies and broadcasters by the names wire copy cites them by, lower case.
_OUTLETS = frozenset(
    {
        "reuters", "ap", "associated press", "afp", "agence france presse", "efe", "tass",
        "ria novosti", "ria", "interfax", "xinhua", "kyodo", "kyodo news", "yonhap", "anadolu",
        "anadolu agency", "bernama", "ansa", "dpa", "pti", "press trust of india", "ani",
        "ians", "irna", "tasnim", "fars", "isna", "mehr", "wafa", "sana", "kcna", "ukrinform",
        "unian", "prensa latina", "antara", "apa", "jiji", "jiji press", "nhk", "bbc", "cnn",
        "al jazeera", "al arabiya", "sputnik", "rt", "cctv", "cgtn", "bloomberg", "mena", "spa",
        "wam", "qna", "kuna", "petra", "bta", "pap", "agerpres", "tanjug", "hina", "ctk", "mti",
        "lusa", "belga", "anp", "ntb", "ritzau", "saba", "politico", "axios", "euronews",
        "sky news", "sky news arabia", "france 24", "deutsche welle", "dw", "voa",
        "voice of america", "rfe/rl", "radio free europe", "npr", "abc news", "cbs news",
        "nbc news", "fox news", "semafor",
    }
)  # fmt: skip
# Words an outlet's own name holds ("The Times of Israel", "Khmer Times", "the Daily
# Sentinel", "Radio Okapi"): a name with one of them, capitalised, is a newspaper's or
# broadcaster's (check 36: "witnesses told the Daily Sentinel" made no actor).
_MASTHEAD_WORDS = word_set(
    """times post herald tribune journal gazette sentinel daily radio television tv telegraph
    chronicle courier dispatch ledger wire news newspaper"""
)
_OUTLET_NOUNS = word_set(
    """agency newspaper daily broadcaster television tv channel radio outlet website wire
    paper magazine network service"""
)
_NEWS = word_set("news state")
_REPORTING = word_set(
    """said says reported reports quoted quotes cited cites citing learned wrote writes
    published publishes broadcast aired carried carries added adds"""
)
# Words before the name that give it a report or a quote ("according to", "told").
_GIVEN_TO = word_set("told tells telling")
_PAIRS = (
    ("according", "to"), ("report", "by"), ("report", "from"), ("reports", "by"),
    ("reported", "by"), ("quoted", "by"), ("cited", "by"), ("comment", "to"),
    ("comments", "to"), ("interview", "with"), ("speaking", "to"), ("speaking", "with"),
    ("statement", "to"), ("remarks", "to"), ("report", "in"), ("reporting", "by"),
    ("broadcast", "by"), ("aired", "by"), ("seen", "by"), ("obtained", "by"),
    ("reviewed", "by"), ("viewed", "by"), ("examined", "by"), ("verified", "by"),
    ("leaked", "to"), ("shown", "to"), ("provided", "to"), ("given", "to"), ("sent", "to"),
)  # fmt: skip
# Nouns before a name that make it a newspaper's or broadcaster's ("state broadcaster IRIB",
# "the daily Haaretz"); not "agency" or "service" ("UN refugee agency UNHCR" is no outlet).
_OUTLET_BEFORE = word_set("newspaper daily broadcaster television tv channel radio website tabloid")
_SKIP_BEFORE = word_set("the a an state news agency") | _OUTLET_BEFORE


def is_outlet(value: str, article: ArticleText) -> bool:
    """An agency or broadcaster by name, or one the article calls a news agency, newspaper
    or broadcaster (a name with such a noun right after it)."""
    named = [t for t in tokenize(value) if t.norm != "the"]
    words = tuple(t.norm for t in named)
    if not words:
        return False
    if " ".join(words) in _OUTLETS:
        return True
    masthead = len(named) > 1 and not _MASTHEAD_WORDS.isdisjoint(words)
    if masthead and all(t.capitalised or t.norm == "of" for t in named):
        return True  # "Times of Israel", "Khmer Times", "Daily Sentinel", "Radio Okapi"
    memo_key = ("news outlet", words)
    known: bool | None = article.memo.get(memo_key)
    if known is None:
        known = False
        for start, end in article.phrase_spans(words):
            before = tokenize(article.text[max(start - 20, 0) : start])[-1:]
            if before and before[0].norm in _OUTLET_BEFORE:
                known = True  # "state broadcaster IRIB", "the daily Haaretz"
                break
            after = tokenize(article.text[end : end + 30])[:2]
            if after and after[0].norm in _NEWS and len(after) > 1:
                after = after[1:]
            if after and after[0].norm in _OUTLET_NOUNS and after[0].norm != "service":
                known = True
                break
        article.memo[memo_key] = known
    return known


def _reports(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "TASS said", "the Xinhua news agency said", "Interfax, citing a source, said"."""
    index = last + 1
    while index < len(tokens) and (tokens[index].norm in _NEWS | _OUTLET_NOUNS):
        index += 1
    if index < len(tokens) and tokens[index].norm in _REPORTING:
        return True
    # "Interfax, citing a source in the ministry, said"
    return index < len(tokens) and tokens[index].norm == "citing" and clause_gap(tokens, last, text)


def _credited(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A word before the name that gives it a report or a quote, or brackets or slashes
    around it ("(EFE)", "/TASS/")."""
    index = first - 1
    while index >= 0 and tokens[index].norm in _SKIP_BEFORE:
        index -= 1
    if index >= 0 and tokens[index].norm in _GIVEN_TO:
        return True
    if index >= 1 and (tokens[index - 1].norm, tokens[index].norm) in _PAIRS:
        return True
    before = text[tokens[first - 1].end if first else 0 : tokens[first].start]
    after = text[tokens[last].end : tokens[last + 1].start] if last + 1 < len(tokens) else ""
    return ("(" in before and ")" in after) or ("/" in before and "/" in after)


def cited_at(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` stands as a source: the subject of a
    verb of reporting, or after a word that gives it a report or a quote (see the module)."""
    return _reports(tokens, last, text) or _credited(tokens, first, last, text)


def source_only(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether ``value`` is an outlet every place of these sentences names only as a source
    (see the module); False when it is no outlet or is not named there."""
    if not is_outlet(value, article):
        return False
    found = False
    text = article.text
    for index in sentences:
        tokens = article.sentence_tokens(index)
        for first, last in find_named(value, tokens, text):
            found = True
            if not (_reports(tokens, last, text) or _credited(tokens, first, last, text)):
                return False
    return found


__all__ = ["cited_at", "is_outlet", "source_only"]
