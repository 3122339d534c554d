"""A quote credited to "the <Name> <title>" ("The Gilead boss went further: "..."", '"...,"
the Optus chief said'), read back to the one person the page has named with that same
capitalised qualifier in a title before the quote ("Gilead's chief executive, Daniel O'Day",
"Optus chief executive Stephen Rue", "the FIDE president, Arkady Dvorkovich"), for
:func:`summarizer.verification.quotes.speakers.support_speaker` after every refusing reading
(it only accepts).

The qualifier is what makes the reading exact: "the minister" may be any minister, but "the
Gilead boss" is whoever the page has called Gilead's something. The credit must be the quote's
sentence's subject outside the marks: the lead-in (after an opener closed by a comma or a
dash) starts with it and names no one else, or the words after the quote are the credit and
one verb. The holder is the capitalised run within four lower-case words after the qualifier
("Gilead's chief executive, Daniel O'Day"), or the run just before it in an apposition
("Daniel O'Day, Gilead's chief executive"). The credit's title word must be the holder's
("the Ormond coach") or both must be words for the top of a body ("the Gilead boss" for a
chief executive; "the UN chief" is not "UN spokesman Peter Okafor", rvrb32's case, which the
first draft opened). When two people hold such a title with the qualifier
before the quote ("Optus chief executive Stephen Rue ... Optus chairman John Arthur"), or the
holder is not the value, it accepts nothing, and the other readings' refusal stands. Words
inside quotation marks are never read: a name there is not a title's holder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import word_set
from ..people.names import TITLES

# The words a title ends in ("the Gilead boss", "Optus chief executive"): a qualifier before
# any other noun ("the FIDE rules", "FIDE then gave players until February") names no one.
_HEADS = TITLES | word_set(
    """boss head executive officer founder cofounder coach manager professor chairwoman editor
    captain economist mayor owner president chief CEO"""
)

# "the Gilead boss", "The FIDE chief's", "the U.S. president": the qualifier and its title word.
_CREDIT = re.compile(
    r"\b[Tt]he ((?:(?!CEO\b)[A-Z][\w.\-]*\s+){1,2})((?:[a-z][a-z\-]+\s+)??(?:[a-z][a-z\-]+|CEO))"
    r"(?:['\u2019]s)?\b"
)
_RUN = r"[A-Z][\w.'\u2019\-]*(?:\s+(?:[A-Z][\w.'\u2019\-]*|de|da|van|von|bin|al))*"
_LOWER = r"\s*,?\s*(?:[a-z][a-z\-]+|CEO\b)"  # "Velto CEO Piers Lund" (review rv63n)
# Words a qualifier's title is made of must be lower-case; these never open a title.
# Words for the one at the top of a body, any of which a credit may use for another.
_TOPS = word_set(
    "boss chief head leader president chairman chairwoman chair executive director CEO"
)
# Words a title at the top may carry besides _TOPS: "Velto's finance head" or a "vice
# president" is not at the top, so "the Velto CEO" is not theirs (review rv63n).
_AT_TOP = word_set("managing officer new interim acting group global")
_NOT_TITLES = word_set(
    "said says told asked added went was is has had and or but who which that of in on at to "
    "for with by from as put"
)
# A frame whose words give the quote to someone the credit only heard ("The Ormond coach faced
# one question from a fan:", "The Velto chief was asked:"; review rv63n), unless a verb of
# saying closes it ("The Velto chief, pressed by reporters, said:").
_HEARD = re.compile(
    r"\b(?:(?:was|were|is|are|been|being)\s+(?:asked|told|pressed|questioned|quizzed|"
    r"challenged|greeted|handed|shown|given|sent|read)|from|by|faced|fielded|heard|received|"
    r"got|questions?)\b"
)
_SAYS = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|replied|answered|insisted|told \w+)\W*$"
)
# A title once held is no one's now ("Kessel's former chief executive"; review rv63n).
_ONCE = word_set("former then late onetime erstwhile previous")
_OPENERS = re.compile(r"^(?:.*[,\u2014\u2013]\s*|\S*\s*[-\u2014\u2013]\s*)?$", re.S)
# The verb after a tail's credit, with lower-case words or a weekday after it ("the Optus boss
# told reporters.", "the Gilead boss said on Friday."; review rv63n), never a passive one.
_VERB = re.compile(
    r"^\s*(?!(?:was|were|is|are)\b)[a-z]+(?:\s+[a-z]+){0,3}"
    r"(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*(?:[.,;:!?]|$)"
)


def _credit_in(article: ArticleText, start: int, end: int) -> tuple[str, int, str] | None:
    """The credit's qualifier, where it stands and its title's last word, when the quote's
    sentence outside the marks is only "the <Q> <title>" as its subject (and a verb or a frame
    to the colon)."""
    text = article.text
    region, sentence = quote_spot(article, start, end)
    lead = lead_of(article, region, sentence)
    if lead:
        said = text[lead[0].start : region[0]]
        for match in _CREDIT.finditer(said):
            if match[2].split()[0] in _NOT_TITLES or match[2].split()[-1] not in _HEADS:
                continue
            before = said[: match.start()]
            after = said[match.end() :]
            if not _OPENERS.match(before) or re.search(r"\b[A-Z]", after):
                continue
            if re.search(r"\b(?:to|of|about|for|with)\s*$", before):
                continue  # "told the Gilead boss:": the one spoken to
            if _HEARD.search(after) and not _SAYS.search(after):
                continue  # "The Ormond coach faced one question from a fan:" (review rv63n)
            return match[1].strip(), lead[0].start + match.start(), match[2].split()[-1]
    tail = tail_of(article, region, sentence)
    if tail:
        said = text[region[1] : tail[-1].end + 1].lstrip(",\"\u201d' ")
        credit = _CREDIT.match(said)
        if (
            credit
            and credit[2].split()[0] not in _NOT_TITLES
            and credit[2].split()[-1] in _HEADS
            and _VERB.match(said[credit.end() :])
            and not _HEARD.search(said[credit.end() :].split(".")[0])
        ):
            return credit[1].strip(), region[1], credit[2].split()[-1]
    return None


def _holders(article: ArticleText, qualifier: str, before: int) -> set[tuple[str, str]]:
    """The people the page names with ``qualifier`` in a title before ``before``, each with
    the title's words."""
    key = ("qualified-holders", qualifier, before)
    known: set[tuple[str, str]] | None = article.memo.get(key)
    if known is not None:
        return known
    text = article.text[:before]
    found: set[tuple[str, str]] = set()
    if qualifier in text:
        q = re.escape(qualifier)
        # "Optus chief executive Stephen Rue", "Gilead's chief executive, Daniel O'Day"
        after = re.compile(rf"\b{q}(?:['\u2019]s)?((?:{_LOWER}){{1,4}})\s*,?\s+(?:the\s+)?({_RUN})")
        # "Daniel O'Day, Gilead's chief executive"
        appos = re.compile(rf"({_RUN}),\s+(?:the\s+)?{q}(?:['\u2019]s)?((?:{_LOWER}){{1,4}})")
        for pattern, title_at, name_at in ((after, 1, 2), (appos, 2, 1)):
            for match in pattern.finditer(text):
                if article.quoted_region_at(match.start(name_at)) is not None:
                    continue  # a name inside quoted words holds no title
                title = match[title_at].replace(",", " ").split()
                verbs = [i for i, w in enumerate(title) if w.endswith("ed") and w not in _HEADS]
                if pattern is after and verbs:  # "Brenna's founder hired manager Ruth Kaye":
                    title = title[verbs[-1] + 1 :]  # she is the one hired (review rv63n)
                if pattern is appos:  # "X, the Ormond coach, met ...": it ends at the comma
                    title = match[title_at].split(",")[0].split()
                    cut = [i for i, w in enumerate(title) if w in _NOT_TITLES]
                    title = title[: cut[0]] if cut else title
                if not title or any(w in _NOT_TITLES for w in title) or title[-1] not in _HEADS:
                    continue  # "FIDE then gave players until February"
                if any(w in _ONCE or w.startswith("ex-") for w in title):
                    continue  # "Ann Lode, Kessel's former chief executive" (review rv63n)
                name = match[name_at]
                if name.split()[0] not in ("The", "A", "An"):
                    found.add((name, " ".join(title)))
    article.memo[key] = found
    return found


def _fits(head: str, title: str) -> bool:
    """Whether the credit's title word names the holder's title: the same word ("the Ormond
    coach" for "the Ormond coach"), or a word for the one at the top ("the Gilead boss", "the
    UN chief") for a title at the top ("chief executive", "president"), never for another
    post ("UN spokesman Peter Okafor" is not "the UN chief")."""
    words = title.split()
    top = all(word in _TOPS or word in _AT_TOP for word in words)  # not "finance head"
    return head in words or (head in _TOPS and top)


def _same(value: str, holder: str) -> bool:
    names = value.split()
    held = holder.replace("\u2019", "'").split()
    return (
        bool(names)
        and names[-1].replace("\u2019", "'") == held[-1]
        and all(n.replace("\u2019", "'") in held for n in names)
    )


def qualified_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str, refused: Result
) -> Result:
    """The other readings' ``refused`` verdict, or a pass when a quote at ``spans`` credited to
    "the <Q> <title>" is ``value``'s, the one person the page named before with Q in a title
    (see the module's doc); asked after every refusal."""
    return (True, "") if _qualified(article, spans, value) else refused


def _qualified(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    for start, end in spans:
        credit = _credit_in(article, start, end)
        if credit is None:
            continue
        qualifier, at, head = credit
        holders = [name for name, title in _holders(article, qualifier, at) if _fits(head, title)]
        one = len({h.split()[-1] for h in holders}) == 1  # "Stephen Rue" and later "Rue"
        if one and _same(value, max(holders, key=len)):
            return True
    return False


__all__ = ["qualified_verdict"]
