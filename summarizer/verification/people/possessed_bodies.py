"""A body written as the person's owner by a possessive beside their name, against an
affiliation that names another body (session 61, af61).

English news writes a person's own body most tightly as a possessive: before the name
("Kyoto University's Susumu Kitagawa", "Vanuatu's envoy Ralph Regenvanu", "Iran's envoy to
the agency, Reza Najafi") or opening the apposition after it ("Jennifer Morgan, Germany's
former climate envoy", "Rob Keiser, Orsted's head of asset management", "Benjamin
Mbonimpa, the M23's permanent secretary"). The older readings let another body through when
the page writes it in the same sentence ("Kyoto University's Susumu Kitagawa, Richard Robson
from the University of Melbourne") or when the owner is a country (a table party, which the
organisation readings leave out). Here a value is refused when it is none of the owner (no
word in common, no initials, not the same table party), is not written in the person's own
stretch (the owner's words up to the end of the clause holding the name), and no older
reading ties it to the person.

Kept out: an owner that is a person ("Trump's envoy Steve Witkoff", "Putin's spokesman":
the page writes the word after a first name or a title elsewhere), a lower-case owner ("the
company's", "its": other modules' concern), and a value the page writes in a clause of the
person's after the name (", who also chairs the X"). A former office ("Germany's former
climate envoy") refuses only a value the page never writes in a sentence naming the person.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import word_set
from .affiliation_holders import same_body, value_holders
from .held_bodies import owns_body
from .own_mentions import owned_with
from .party_names import party_of
from .party_people import party_people
from .person_bodies import initials_of

# The owner: a run of capitalised words (inner "of", "for", "and", "&" kept), before "'s".
_OWNER = (
    r"(?P<the>\b[Tt]he[ \t]+)?"
    r"(?P<owner>[A-Z][\w&.-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w&.-]*){0,5})"
    r"(?:['\u2019]s|(?<=s)['\u2019])(?![\w'\u2019])"
)
# Between the owner and the name: a title of up to five words, no clause break but a comma
# closing it ("envoy to the agency,", "Foreign Secretary", "former climate envoy").
_BEFORE = re.compile(
    _OWNER + r"[ \t]+(?P<mid>(?:[\w-]+[ \t]+){0,4}?(?:[\w-]+,[ \t]*)?)(?:,[ \t]*)?$"
)
_AFTER = re.compile(
    r",[ \t]+(?:(?:a|an)[ \t]+)?" + _OWNER + r"[ \t]+(?P<mid>[\w-]+(?:[ \t]+[\w-]+){0,4})"
)
_STOP_MID = word_set(
    "and but or while when after before as said says told with than that which who whose "
    "was were is are has have had will would on from by in at comes came"
    # a relation, not a post: the body is theirs to own, back, fight or serve as counsel
    " owner owners shareholder investor backer customer client critic opponent rival"
    " fan friend ally wife husband son daughter lawyer attorney"
)
# an owner that is no body: a contraction or a pronoun ("It's Antonio Filosa")
_NO_OWNER = word_set("it that there here what who he she let")
# a party's people, read by the party table's labels: a second tie beside a place's person
_PARTY_VALUE = re.compile(
    r"\b(?:[Rr]epublican|[Dd]emocrat|[Ll]abour|[Cc]onservative|[Ll]iberal|[Ss]ocialist|"
    r"[Gg]reens?|[Pp]arty|[Ii]ndependent)"
)
_LEADING = word_set(
    "on in at by for from to after before when while but and as if yet so then also "
    "yesterday today tonight meanwhile earlier later still now"
)
_BODY_WORD = re.compile(
    r"\b(?:University|Institute|College|School|Company|Corporation|Corp|Inc|Ltd|Plc|Group|"
    r"Association|Foundation|Society|Bank|Fund|Capital|Partners|Holdings|Airlines?|Airways|"
    r"Motors|Energy|Media|Insurance|Union|Council|Ministry|Department|Agency|Authority|"
    r"Commission|Court|Party|Police|Army|Club|League|Federation|Trust|Service|Board|Office|"
    r"Centre|Center|Organi[sz]ation|Airport|Museum|Hospital|Network|Labs?|Studios?|Bureau|"
    r"Logistics|Freight|Steel|Power|Wind|Foods|Health|Systems|Technologies|Industries|Rail|"
    r"Railways|Shipping|Mining|Oil|Gas|Electric|Software|Ventures|Research|Securities|"
    r"Analytics|Consulting|Alliance|Front|Movement|Forces|Navy|News|Times|Post)\b"
)
# A state's organ, named without its state ("the Treasury", "the Foreign Office")
_ORGAN = re.compile(
    r"\b(?:Treasury|Ministry|Department|Office|Cabinet|Parliament|Government|Administration|"
    r"Army|Navy|Air Force|Police|Senate|Assembly|Congress|Exchequer|Bundes\w+|Central Bank|"
    r"Reserve|Embassy|Mission|Delegation|Agency|Service|Kremlin|White House|Elysee)\b",
    re.IGNORECASE,
)
# A stand-in for a body named in the sentence before, which may be the person's own
_STAND_IN = re.compile(
    r"\b(?:for|with|at|of|joined) the (?:side|club|team|company|firm|group|charity|bank|union)\b"
)
# "the <descriptor>" that is no person: a body, a thing or a time ("The company also owns")
_NO_DESCRIPTOR = (
    "company|firm|group|club|side|team|bank|agency|government|ministry|department|league|"
    "federation|union|council|board|party|city|state|country|court|fund|university|"
    "school|hospital|charity|rival|other|same|next|last|first|new|deal|move|vote|plan"
)
_CLAUSE_END = re.compile(r"[,;:.!?\"\u201c\u201d()]|\s[-\u2013\u2014]\s")


_WEEKDAYS_MONTHS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)


def _trim(owner: str) -> str:
    """The owner without leading sentence words ("On Monday Britain" -> "Britain")."""
    words = owner.split()
    while len(words) > 1 and (words[0].lower() in _LEADING | _WEEKDAYS_MONTHS):
        words.pop(0)
    return " ".join(words)


def _is_person(article: ArticleText, owner: str, the: bool) -> bool:
    """Whether the owner may be a person, not a body: several words with no body word and no
    table party ("Donald Trump's envoy", "President Trump's"), a pronoun or contraction
    ("It's"), or a single word written elsewhere after a first name or title ("Putin's
    spokesman" beside "Vladimir Putin")."""
    if the or party_of(owner) is not None or _BODY_WORD.search(owner):
        return False
    words = owner.split()
    if len(words) > 1 or owner.lower() in _NO_OWNER:
        return True
    for match in re.finditer(rf"([A-Z][\w.-]*)[ \t]+{re.escape(owner)}(?![\w-])", article.text):
        word = match.group(1).rstrip(".").lower()
        if word not in _LEADING and word not in ("the", "a", "an"):
            return True
    return False


def _title(mid: str) -> bool:
    """Whether the words between owner and name may be a post ("envoy to the agency")."""
    words = mid.lower().split()
    return not set(words) & _STOP_MID and not any(
        w.endswith("ed") or re.match(r"(?:best|most|top|first|only|leading|\w+est\b)", w)
        for w in words
    )  # "Ireland's best-paid boss", "its richest man": a ranking, no post


Reading = tuple[str, int, int, bool, bool]


def _opens(window: str, match: re.Match[str]) -> bool:
    """Whether a title closed by a comma ("Iran's envoy to the agency, X") opens its
    sentence or clause: after a clause's opening words it is the clause's object ("When the
    agency cut Y's programs, X lost ..."), no title of the person's."""
    if not window[: match.end()].rstrip().endswith(","):
        return True
    head = window[: match.start()]
    return re.fullmatch(r"(?:.*[;:\u2014]|.*\s[-\u2013]\s)?\s*", head, re.S) is not None


def _readings(article: ArticleText, full: str) -> list[Reading]:
    """Each owner written by possessive beside the person's full name: (owner, the
    stretch's start and end, whether the office is a former one, whether "the" opens the
    owner). Read once per person."""
    key = ("possessed_bodies", full)
    kept: list[Reading] | None = article.memo.get(key)
    if kept is not None:
        return kept
    found: list[tuple[str, int, int, bool, bool]] = []
    text = article.text
    at = text.find(full) if full else -1
    while at >= 0:
        end = at + len(full)
        begin = article.sentences[article.sentence_at(at)][0]
        low = max(begin, at - 140, text.rfind("\n", 0, at) + 1)
        window = text[low:at]
        match = _BEFORE.search(window) if ("'s" in window or "\u2019s" in window) else None
        if match and _title(match.group("mid")) and _opens(window, match):
            stop = _CLAUSE_END.search(text, end)
            former = re.search(r"\b(?:former|ex)\b", match.group("mid"), re.I) is not None
            owner, the = match.group("owner"), bool(match.group("the"))
            found.append(
                (owner, low + match.start(), stop.start() if stop else len(text), former, the)
            )
        after = _AFTER.match(text, end)
        if after and _title(after.group("mid")):
            stop = _CLAUSE_END.search(text, after.end())
            former = re.match(r"(?:former|ex)\b", after.group("mid"), re.I) is not None
            owner, the = after.group("owner"), bool(after.group("the"))
            found.append((owner, at, stop.start() if stop else len(text), former, the))
        at = text.find(full, end)
    kept = article.memo[key] = [
        (_trim(owner), start, stop, former, the)
        for owner, start, stop, former, the in found
        if not _is_person(article, _trim(owner), the)
    ]
    return kept


def _of_owner(owner: str, value: str) -> bool:
    """Whether the value may be the owner or a part or parent of it (a word in common,
    initials, the same table party: "Danish government" for "Denmark")."""
    if same_body(owner, value) or initials_of(owner, value) or initials_of(value, owner):
        return True
    party = party_of(owner)
    if party is not None and party == party_of(value):
        return True
    stem = owner[:-1] if owner[-1:] in "aeiouy" else owner  # "Tongan" for "Tonga"
    if " " not in owner and len(owner) == 3 and owner.istitle():  # "the Fed's": "Federal"
        stem = owner
    return (
        " " not in owner and len(stem) > 2 and re.search(rf"\b{re.escape(stem)}", value) is not None
    )


def _written_in(text: str, value: str) -> bool:
    """Whether the value's capitalised words (or the whole value) stand in the text."""
    words = re.findall(r"[A-Z][\w&-]{2,}", value) or [value]
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in words)


def _unquoted(article: ArticleText, begin: int, end: int) -> str:
    """The sentence with its quoted words blanked (a quote's "the Commission" is no tie)."""
    chars = list(article.text[begin:end])
    for at in range(begin, end):
        if chars[at - begin] != " " and article.quoted_region_at(at) is not None:
            chars[at - begin] = " "
    return "".join(chars)


def _company_of(text: str, value: str, owner: str) -> bool:
    """Whether the page writes the owner as the value's ("Acme Foods, a Loxley Holdings
    company", "Picta, owned by Halden Group")."""
    bare = re.escape(re.sub(r"^[Tt]he\s+", "", value.strip()))
    return (
        re.search(
            rf"{re.escape(owner)},\s+(?:a|an|the)\s+{bare}(?:['\u2019]s)?\s+"
            rf"(?:company|subsidiary|unit|brand|business|division|arm)\b"
            rf"|{re.escape(owner)},?\s+(?:owned|controlled|bought)\s+by\s+(?:the\s+)?{bare}\b",
            text,
        )
        is not None
    )


def _runs_owners(text: str, value: str, owner: str) -> bool:
    """Whether the page writes the value as running a thing of the owner's ("Norway's wealth
    fund, which is run by Norges Bank Investment Management"; "NBIM, which manages Norway's
    wealth fund"): the person's post of the owner's thing is the value's (review rv61a)."""
    bare = re.escape(re.sub(r"^[Tt]he\s+", "", value.strip()))
    own = rf"{re.escape(owner)}['\u2019]s?(?:[ \t]+[\w-]+){{1,3}}"
    verb = r"(?:run|managed|owned|operated|overseen|controlled|administered)"
    return (
        re.search(
            rf"{own},?\s+(?:(?:which|that)\s+(?:is|are|was)\s+)?{verb}\s+by\s+(?:the\s+)?{bare}\b"
            rf"|\b{bare},?\s+(?:which|that)\s+(?:runs|manages|owns|operates|oversees)\s+{own}",
            text,
        )
        is not None
    )


def _said_next(article: ArticleText, full: str, value: str) -> bool:
    """Whether one of the three sentences after one naming the person has them as its
    subject (their pronoun, surname or "the <descriptor>", after up to three fronted words:
    "At club level the striker plays for", "These days Balogun runs", "The billionaire also
    owns") and writes the value: a further post of theirs (review rv61a)."""
    last = full.split()[-1]
    old = re.compile(rf"\s*(?:He|She|They|{re.escape(last)})\b")
    opener = re.compile(
        rf"\s*(?:[\w-]+[ \t]+){{0,3}}?(?:He|She|They|{re.escape(last)}|[Tt]he[ \t]+"
        rf"(?!(?:{_NO_DESCRIPTOR})\b)[a-z][\w-]+)\b"
        rf"(?!['\u2019])(?![ \t]+of\b)(?![ \t]*,?[ \t]*[A-Z])"
    )
    sentences = article.sentences
    for index in range(len(sentences) - 1):
        begin, stop = sentences[index]
        if last.lower() not in article.lowered[begin:stop]:
            continue
        nbegin, nstop = sentences[index + 1]
        if old.match(article.text, nbegin) and _written_in(article.text[nbegin:nstop], value):
            return True
        for nbegin, nstop in sentences[index + 1 : index + 4]:
            said = opener.match(article.text, nbegin)
            if said and said.end() <= nstop and _all_written(article.text[nbegin:nstop], value):
                return True
    return False


def _all_written(text: str, value: str) -> bool:
    """Whether every capitalised word of the value (or the whole value) stands in the text."""
    words = re.findall(r"[A-Z][\w&-]{1,}", value) or [value]
    return all(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in words)


def possessed_other(article: ArticleText, full: str, surname: str, value: str) -> str | None:
    """The owner the page writes by possessive beside the person, when the value is none of
    it, is not written in the person's stretch nor in a clause of theirs after the name
    (", who also chairs X"), and the older holder shapes do not tie it to them; else None."""
    if _PARTY_VALUE.search(value) or party_people(value):
        return None  # a party beside a place's person ("Kentucky's Thomas Massie")
    readings = _readings(article, full)
    if party_of(value) is not None:  # a country against a body or a state, not a region
        readings = [r for r in readings if r[4] or party_of(r[0]) or _BODY_WORD.search(r[0])]
    elif _ORGAN.search(value):  # "Britain's chancellor" of the Treasury: the state's organ
        readings = [r for r in readings if party_of(r[0]) is None]
    if not readings or any(_of_owner(owner, value) for owner, *_ in readings):
        return None
    text = article.text
    for _owner, start, stop, former, _the in readings:
        stretch = text[start:stop]
        if _written_in(stretch, value) or any(
            _of_owner(run, value) for run in re.findall(r"\b[A-Z][A-Z\d]+\b", stretch)
        ):
            return None  # "Hungary's EU commissioner": a body in the title may be theirs
        begin, end = article.sentences[article.sentence_at(start)]
        if _written_in(_unquoted(article, begin, end), value):
            return None  # "Newcastle's sale ... Stuttgart's Nick Woltemade": named beside
        at = article.sentence_at(start)
        if (
            at
            and _STAND_IN.search(_unquoted(article, begin, end))
            and _written_in(text[slice(*article.sentences[at - 1])], value)
        ):
            return None  # "Millbrook Rovers won. X, Ireland's captain, scored for the side"
        rest = text[stop:end]
        clause = re.search(r",\s+(?:who|whose)\b", rest)
        if clause and _written_in(rest[clause.start() :], value):
            return None
        if former and any(
            full.split()[-1].lower() in article.lowered[b:e] and _all_written(text[b:e], value)
            for b, e in article.sentences
        ):
            return None
    owners = frozenset(owner for owner, *_ in readings)
    if owned_with(article, value, owners) or any(
        owns_body(article, value, owner)
        or _company_of(text, value, owner)
        or _runs_owners(text, value, owner)
        for owner in owners
    ):
        return None  # "Halden Group, which owns Picta": the owner's parent may be theirs
    if _said_next(article, full, value):
        return None  # "She also chairs the trade council of the African Union"
    if surname in value_holders(article, value):
        return None
    return readings[0][0]


__all__ = ["possessed_other"]
