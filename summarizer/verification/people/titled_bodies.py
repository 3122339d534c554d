"""The body an apposition after a person's name gives them by a title "of"/"at" it or a verb
of running it, read for a person's ``affiliation`` (:mod:`.person_rules`, session 59).

The older holder shapes (:mod:`.affiliation_holders`) read "X, president of the Y" only when
the apposition opens with an office word and the body run starts right after "of": "Shaaron
Netherton, executive director of Friends of Nevada Wilderness" ("executive" opens it), "Joe
DiPasquale, who is CEO of BitBull Capital" (the run read is "CEO of BitBull Capital") and
"Jared Kushner, the president's son-in-law, heads Affinity Partners" gave their person no body
of their own, so a planted value naming another body of the story (the bank of the next
paragraph, the other green group quoted) was left to the free-text check.

:func:`titled_bodies` answers with the capitalised run (or a run written in mixed case,
"spiritsEUROPE") that such an apposition ties to the person now:
- ``Name, [a|an|the|who is|now] <title words> of|at|with [the] Body`` where the title words
  hold a word of a person's office or trade (:data:`.role_descriptions.OFFICE_WORDS`, a noun
  of a trade: "economist", "director") and no mark, quote or word of a past ("former",
  "until", "who was");
- ``Name, [<an apposition>,] [who] runs|heads|leads|chairs|directs|founded Body``.
Not read: a body behind a title of the past ("a former director of"), a clause of another
verb ("who told Reuters", "who sued Acme"), a table party (the party readings' own).
Review rv59a: nor a tie that is no post of theirs in the body (a kin's, "the daughter of the
founder of"; "whose husband is chief executive of"; a prize or an event, "a winner of", "an
attendee at"; a birthplace, "a native of"; a book, "author of The Salt Road"), a post to
come ("the incoming chief executive of") or held until a time ("until March", "from 2012 to
2019"), a field, department or region ("professor of Medieval History", "head of Europe"; the
body after it is read, "professor of Law at Kent").
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from .party_names import party_of
from .role_descriptions import OFFICE_WORDS

# A body run: capitalised words joined by "of", "and", "&" or "for" ("Friends of Nevada
# Wilderness", "Dirks, Van Essen & April" stops at its comma), or one word of mixed case.
_BODY = (
    r"(?:[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?[A-Z][\w&'\u2019.-]*)*"
    r"|[a-z]+[A-Z][\w-]*)"
)
# What may follow a body run: a mark, the sentence's end or a function word; not a
# possessive nor a noun it qualifies ("who manages the Lagos hub's catering": no body).
_BODY_END = (
    r"(?=\s*(?:[,.;:!?)\"\u201d\u2019\u2014-]\s|[,.;:!?)\"\u201d\u2014]|$)|\s+(?:and|or|in|"
    r"since|for|from|at|on|which|who|where|when|said|says|to|with|of|as|than|but|"
    r"after|before|while|over|under|by|is|was|has|had|will|would)\b)"
    # rv59a: not a body held until a time or between two years ("chief executive of Harlow
    # Foods until March", "from 2012 to 2019"): a post left
    r"(?!\s+(?:until|till|between)\b|\s+from\s+(?:\d|[A-Z][a-z]+\s+\d))"
)
_OPENER = r"(?:(?:a|an|the|who\s+is|who\s+serves\s+as|now|currently)\s+)?"
# The title's own words: anything but a mark, a quote or a bracket, up to 60 characters.
_TITLE = r"(?P<title>[^,;:.()\"\u201c\u201d]{1,60}?)"
_VERBS = r"(?:runs|heads|leads|chairs|directs|founded|co-founded|manages)"
_ASIDE = r"(?:[^,;:.()\"\u201c\u201d]{1,60},\s+)?"
_PAST = re.compile(
    r"\b(?:former|formerly|ex|erstwhile|onetime|previously|until|was|once|outgoing|late)\b",
    re.IGNORECASE,
)
# Nouns of a person's trade, by their endings ("economist", "director", "analyst").
_TRADE_ENDS = ("er", "or", "ist", "yst", "ian", "man", "woman", "person", "ee", "ive", "ent")
_TRADES = frozenset(
    (
        "ceo",
        "cfo",
        "coo",
        "cto",
        "founder",
        "co-founder",
        "partner",
        "professor",
        "fellow",
        "lecturer",
        "economist",
        "analyst",
        "strategist",
        "researcher",
        "scientist",
        "editor",
        "director",
        "secretary-general",
    )
)
# Nouns of a tie to a body that is not the person's own ("a customer of", "a critic of").
_NOT_OWN = frozenset(
    (
        "customer",
        "customers",
        "passenger",
        "passengers",
        "resident",
        "residents",
        "supporter",
        "supporters",
        "critic",
        "critics",
        "opponent",
        "opponents",
        "investor",
        "investors",
        "shareholder",
        "shareholders",
        "visitor",
        "visitors",
        "user",
        "users",
        "reader",
        "readers",
        "viewer",
        "viewers",
        "client",
        "clients",
        "patient",
        "patients",
        "victim",
        "victims",
        "rival",
        "rivals",
        "creditor",
        "creditors",
        "bidder",
        "bidders",
    )
)
# rv59a: nouns of a tie that is no post in the body: a kin of its holder ("the daughter of
# the founder of Brannock Mills", "sister of the president of"), a prize or an event ("a
# winner of the Halden Prize", "an attendee at the Tallinn Forum"), a place of birth or of
# a stay ("a native of Norfolk", "a prisoner at Belmarsh"), a book ("author of The Salt Road")
_NOT_POST = frozenset(
    (
        "daughter",
        "son",
        "mother",
        "father",
        "brother",
        "sister",
        "wife",
        "husband",
        "widow",
        "widower",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "nephew",
        "niece",
        "cousin",
        "stepdaughter",
        "stepson",
        "winner",
        "winners",
        "recipient",
        "recipients",
        "laureate",
        "nominee",
        "finalist",
        "finalists",
        "medallist",
        "medalist",
        "attendee",
        "attendees",
        "participant",
        "participants",
        "spectator",
        "spectators",
        "speaker",
        "speakers",
        "delegate",
        "delegates",
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "survivor",
        "survivors",
        "native",
        "natives",
        "prisoner",
        "inmate",
        "author",
        "co-author",
        "settlement",
        "agreement",
        "contract",
    )
)
# rv59a: the last word of a field, a department or a region, not of a body ("professor of
# Medieval History", "head of Europe", "director of Research at Kent Bank": Kent Bank)
_FIELDS = frozenset(
    (
        "history",
        "law",
        "economics",
        "medicine",
        "physics",
        "chemistry",
        "biology",
        "mathematics",
        "engineering",
        "philosophy",
        "politics",
        "english",
        "music",
        "art",
        "arts",
        "studies",
        "science",
        "sciences",
        "health",
        "research",
        "communications",
        "operations",
        "marketing",
        "sales",
        "finance",
        "policy",
        "strategy",
        "technology",
        "equities",
        "investments",
        "markets",
        "state",
        "europe",
        "asia",
        "africa",
        "america",
        "americas",
        "pacific",
        "emea",
        "apac",
    )
)
# The words that may qualify a field ("Medieval History", "Public Health", "Emerging Markets
# Research"); a firm's own word before it ("Bracken Law", "Kestrel Health") is a body.
_FIELD_QUALIFIERS = (
    "medieval|modern|ancient|public|political|social|natural|applied|clinical|computer|"
    "environmental|economic|international|global|european|american|asian|african|latin|"
    "north|south|east|west|central|eastern|western|northern|southern|middle|corporate|"
    "investment|emerging|markets|digital|data|strategic|government|foreign|legal|global|"
    "fixed|income|equity|credit|macro|mental|family|criminal|constitutional|tax"
)
# A field, a department or a region with no capitalised word of a body after it ("Medieval
# History" is refused, "Public Health England", "School of History" and "Bracken Law" are
# read): looked at where the body would start, so the title may run on to a body after it
# ("professor of Law at Kent": Kent)
_FIELD_RUN = (
    rf"(?!(?i:(?:{_FIELD_QUALIFIERS})\s+){{0,2}}(?i:" + "|".join(sorted(_FIELDS)) + r")\b"
    r"(?!\s+(?:of\s+|and\s+|&\s+|for\s+)?[A-Z]))"
)
# rv59a: a title in another's clause ("whose husband is chief executive of", "who advised
# the founder of", "who is suing the owner of": a verb before "the", not "managing
# director") or of a post to come ("incoming", "will")
_OTHERS_CLAUSE = re.compile(
    r"\b(?:who|whose|whom|will|incoming|designate|elect|future|next)\b|^\w+(?:ed|ing)\s+(?:the|a|an|its|their)\b",
    re.IGNORECASE,
)
_NOT_TITLE = re.compile(
    r"\b(?:said|says|told|tells|sued|met|visited|criticised|criticized|praised|warned|urged|"
    r"and|or|but|in|on|to|from|by|against|after|before|when|while|which|that)\b",
    re.IGNORECASE,
)


def _titled(title: str) -> bool:
    """Whether an apposition's words before "of"/"at" are a title of a person now: a word
    of an office or trade in them, none of a past, and no verb or clause word of another
    tie ("who told", "and")."""
    own = re.sub(r"^who\s+(?:has\s+been|became|remains|also\s+serves\s+as)\s+", "", title)
    if _PAST.search(title) or _NOT_TITLE.search(title) or _OTHERS_CLAUSE.search(own):
        return False
    words = [w.lower().strip("'\u2019") for w in re.findall(r"[\w'\u2019-]+", title)]
    if any(word in _NOT_OWN or word in _NOT_POST for word in words):
        return False
    return any(
        word in OFFICE_WORDS or word in _TRADES or (len(word) > 4 and word.endswith(_TRADE_ENDS))
        for word in words
        if word not in ("who", "is", "serves", "as", "now", "currently")
    )


def _portfolio(title: str, body: str) -> bool:
    """Whether a capitalised office's "of" phrase is its portfolio, not a body: "the Chief of
    Space Operations", "Secretary of Naval Research" (a title in capitals and lower case, its
    "of" words ending in a field's word with no "of"/"and" of a body's name among them). A
    lower-case or acronym title keeps its body ("chief executive of Kestrel Health", "CEO of
    Bracken Law"), as the field run allows only its qualifiers there; the caller also keeps a
    body the page names again elsewhere (a firm is named again, a portfolio seldom is)."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", title) if w.lower() not in _LINKS]
    if not words or not all(word[0].isupper() and not word.isupper() for word in words):
        return False
    parts = body.split()
    return parts[-1].lower() in _FIELDS and not any(p.lower() in _LINKS for p in parts)


_LINKS = frozenset(("of", "and", "&", "for", "the", "a", "an", "who", "is", "now", "currently"))


def _clean(body: str) -> str:
    return re.sub(r"(?:'s|\u2019s|[.'\u2019])$", "", body.strip())


def titled_bodies(article: ArticleText, surname: str) -> frozenset[str]:
    """The bodies an apposition after the person's surname ties them to now (see the
    module), kept per person."""
    memo_key = ("titled_bodies", surname)
    if memo_key in article.memo:
        known: frozenset[str] = article.memo[memo_key]
        return known
    name = re.escape(surname)
    titled = re.compile(
        rf"\b(?i:{name}),\s+(?:\d{{1,3}},\s+)?{_OPENER}{_TITLE}\s+(?:of|at|with)\s+"
        rf"(?:the\s+(?:[a-z-]+\s+){{0,2}})?{_FIELD_RUN}(?P<body>{_BODY}){_BODY_END}"
    )
    running = re.compile(
        rf"\b(?i:{name}),\s+{_ASIDE}(?:who\s+)?(?:also\s+|now\s+)?{_VERBS}\s+(?:the\s+)?"
        rf"(?P<body>{_BODY}){_BODY_END}"
    )
    found: set[str] = set()
    for begin, stop in article.sentences:
        if surname not in article.lowered[begin:stop]:
            continue
        text = article.text[begin:stop]
        for pattern, checked in ((titled, True), (running, False)):
            for match in pattern.finditer(text):
                body = match.group("body")
                if checked and not _titled(match.group("title")):
                    continue
                if (
                    checked
                    and _portfolio(match.group("title"), body)
                    and article.text.count(body) == 1
                ):  # lead, session 59: unseen check 150's "the Chief of Space Operations"
                    continue
                if not checked and _PAST.search(
                    text[match.start() : match.start("body")].rsplit(",", 1)[-1]
                ):  # the verb's own words: "X, a former director of Y, now runs Z" is Z's
                    continue
                body = _clean(body)
                if body and party_of(body) is None and body.lower() != surname:
                    found.add(body)
    result = article.memo[memo_key] = frozenset(found)
    return result


__all__ = ["titled_bodies"]
