"""A news outlet the page writes only as the story's channel, never as anyone's body: a
person's ``affiliation`` (session 63, fresh-miss writer af63b).

News pages name the outlets a person spoke to, or that carried a report, beside the person's
own body: "Current and former staff told The Washington Post that ...", "said Chris Lewis of
the charity Born Free, speaking to the Daily Mail", "According to ESPNcricinfo, those staying
are ... Azhar Ali", "Next month, The Guardian says, he travels to Britain", "CBS News and the
Chicago Tribune asked archaeologist David Meltzer ...", "Ukrainska Pravda carried the
ministry's account". The outlet is the other side of the person's act of telling (or the
subject of its own act of reporting); it is never their employer by that writing. The older
readings tie a body only where the page writes a tie, and an outlet's name in the person's
sentence passed the free-text check.

:func:`outlet_only` reads the value as a news outlet (its last word a masthead word such as
"Times", "Tribune", "Guardian", "Reuters", "Pravda", or the page calling it "the newspaper",
"the broadcaster", "the news agency" ...) and refuses it only when EVERY mention of it on the
page sits in a channel's slot:
- after a verb or noun of telling to it ("told", "speaking to", "in an interview with",
  "according to", "in a statement to", "reported by", "quoted by"), past a list of outlets
  ("told CNN and the BBC");
- or before its own verb of reporting ("reported", "says", "carried", "asked", "quoted",
  "published", "obtained"), past a list of outlets ("The Times, CNN and the BBC all
  reported").
A mention anywhere else passes the value: the outlet's possessive ("the Post's Jane Ruiz"),
"of", "at", "for", "with", a byline or a dateline ("(Northline Wire)"), a title run ("Times
columnist Ana Roe"), a bare mention. A person writing for the outlet is so written somewhere
(a reporter "for the Bronx Ledger"); one who only tells it is not. Bodies whose names end in a
masthead word but are no outlet ("Canada Post", "Royal Mail", "American Express") are kept out
by asking for the strong masthead words, or for "The"/"Daily"/"Sunday" before the weak ones.

Review rv63b kept the outlet's own people from the channel's slot: a staff title after it,
capitals or not ("told Lisle Radio Political Editor Dara Quinn", "Editor-in-Chief"), a
relative of its people ("told the Tribune, where she is a senior reporter", "for which he
writes", "which has employed Ravi Nair"), the person's own work it published ("His report,
published by the Eastgate Journal"), and (:func:`its_staff`) the person in a clause of the
page's own word for the outlet just named ("The paper's editor, Pia Larkin", "asked its
reporter Felix Okoro").
"""

from __future__ import annotations

import re

from ..page.article import ArticleText

# masthead words that name an outlet wherever they end a name
_STRONG = frozenset(
    {
        "times", "tribune", "guardian", "herald", "gazette", "telegraph", "journal", "chronicle",
        "reuters", "bloomberg", "bbc", "cnn", "ledger", "pravda", "inquirer", "dispatch",
        "courier", "observer", "npr", "afp", "politico", "axios", "statesman", "newsweek",
        "izvestia", "kommersant", "tass", "xinhua", "yonhap", "kyodo", "dawn", "bulletin",
        "gazeta", "zeitung", "spiegel", "monde", "figaro", "repubblica", "pais", "nikkei",
        "cricinfo", "espncricinfo", "news", "tv", "television", "radio", "magazine", "mirror",
    }
)  # fmt: skip
# masthead words that also end other bodies' names ("Canada Post", "Royal Mail"): an outlet
# only after "The", "Daily", "Sunday", "Evening" or "Morning"
_WEAK = frozenset(
    {"post", "mail", "express", "standard", "record", "star", "sun", "independent", "press",
     "wire", "review", "examiner", "citizen", "globe"}
)  # fmt: skip
_LEADS = frozenset({"the", "daily", "sunday", "evening", "morning"})
_CALLED = re.compile(
    r"\b(?:newspaper|paper|tabloid|broadsheet|news\s+(?:agency|site|website|outlet|service|"
    r"channel)|broadcaster|outlet|magazine|news\s*wire|wire\s+service)\b"
)

_NAME = r"[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|de|for)\s+)?[A-Z][\w.&'\u2019-]*)*"
# before the mention: telling it, or told/reported by it, past a list of outlets
_BEFORE = re.compile(
    r"(?:\b(?:told|tells|tell|telling|speaking\s+to|spoke\s+to|speaks\s+to|talking\s+to|"
    r"talked\s+to|talks\s+to|speaking\s+with|spoke\s+with|talking\s+with|talked\s+with|"
    r"interviews?\s+with|interviewed\s+by|according\s+to|(?:statement|comments?|remarks|"
    r"e-?mail|letter)\s+to|reported\s+by|quoted\s+by|cited\s+by|published\s+by|aired\s+by|"
    r"broadcast\s+by|first\s+reported\s+by|obtained\s+by|seen\s+by)\s+(?:the\s+)?)"
    r"(?:" + _NAME + r"\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$",
    re.IGNORECASE,
)
_TIED = re.compile(
    r"\b(?:of|at|for|with|from|in|joined|joins|joining|editor|reporter|correspondent)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# the outlet before a title and a name ("Fox News host Sean Hannity", "Tribune reporter Ana
# Roe"): a title run giving the outlet to the person after it
_TITLE_RUN = re.compile(
    r"\s+(?!(?:that|on|in|at|last|this|after|before|and|or|but|when|while|about|of|for|to|"
    r"with|by|as|from|was|is|had|has|it|which|who|the|a|an|its|his|her|their)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+[A-Z]"
)
_OTHERS = (
    r"(?:[\w-]+\s+){0,3}(?:stations?|outlets?|papers?|newspapers?|channels?|broadcasters?|"
    r"sites?|websites?|agencies|crews?|others)"
)
# the outlet before a staff title, capitals or not, and a name ("told Lisle Radio Political
# Editor Dara Quinn", "Kellmar Herald Editor-in-Chief Arlo Finch", review rv63b)
_STAFF_RUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:editor|reporter|correspondent|presenter|host|anchor|columnist|"
    r"journalist|writer|commentator|critic|producer|photographer)(?:s|-[\w-]+)?,?\s+"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
# a relative after the outlet telling of its own people ("told the Tribune, where she is a
# senior reporter", "for which he has written", "which has employed Ravi Nair", rv63b)
_ITS_PEOPLE = re.compile(
    r",?\s+(?:where|for\s+which|at\s+which|which\s+(?:\w+\s+){0,2}(?:employs?|employed|"
    r"hired|pays|paid))\b",
    re.IGNORECASE,
)
# one's own work the outlet published ("His report, published by the Eastgate Journal", rv63b)
_OWN_WORK = re.compile(
    r"\b(?:his|her|their|my|our)\s+(?:[\w-]+\s+){0,2}(?:report|story|article|column|"
    r"investigation|piece|documentary|series|film|podcast|reporting|interview)s?,?\s+"
    r"(?:[\w-]+\s+)?(?:published|aired|broadcast|carried|run|printed)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"(?:\s*(?:,\s*|\s+and\s+)(?:the\s+)?(?:" + _NAME + "|" + _OTHERS + r"))*\s+"
    r"(?:all\s+|also\s+|first\s+|"
    r"later\s+|earlier\s+|has\s+|have\s+|had\s+|was\s+first\s+to\s+)?(?:reported|reports|"
    r"report|says|said|carried|carries|asked|asks|quoted|quotes|cited|cites|revealed|reveals|"
    r"published|publishes|broadcast|aired|obtained|interviewed|covered|covers|ran)\b"
)


def is_outlet(article: ArticleText, value: str) -> bool:
    """Whether the value names a news outlet by its masthead word or the page's own word."""
    words = re.findall(r"[A-Za-z]+", value.lower())
    if not words:
        return False
    last = words[-1]
    if last in _STRONG or (last in _WEAK and any(word in _LEADS for word in words[:-1])):
        return True
    bare = re.escape(re.sub(r"^[Tt]he\s+", "", value))
    called = re.compile(
        r"\b(?:newspaper|paper|tabloid|broadcaster|outlet|magazine|news\s+agency|news\s+site)"
        r",?\s+(?:the\s+)?" + bare + r"\b|\b" + bare + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
        r"(?:newspaper|paper|tabloid|broadcaster|outlet|magazine|news\s+agency|news\s+site)\b"
    )
    return called.search(article.text) is not None


def _mentions(text: str, value: str) -> list[tuple[int, int]]:
    bare = re.sub(r"^[Tt]he\s+", "", value)
    if not bare:
        return []
    found = re.finditer(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", text)
    return [(hit.start(), hit.end()) for hit in found]


def _slot(text: str, start: int, end: int) -> bool:
    """Whether this mention sits in a channel's slot (see the module)."""
    if text[end : end + 1] in ("'", "\u2019"):
        return False  # the outlet's possessive: its own staff, its own report
    if _STAFF_RUN.match(text, end) or _ITS_PEOPLE.match(text, end):
        return False  # its staff title before a name, a relative telling of its own people
    begin = max(0, start - 160, text.rfind("\n", 0, start) + 1)
    if _OWN_WORK.search(text[begin:start]):
        return False  # the person's own work the outlet published
    before = _BEFORE.search(text[begin:start]) is not None
    tied = _TIED.search(text[begin:start]) is not None
    stop = text.find("\n", end)
    if _AFTER.match(text[end : stop if stop >= 0 else len(text)][:160]):
        return before or not tied  # "Jane Roe of the Tribune said": the outlet is hers
    if _TITLE_RUN.match(text, end):
        return False  # "told Fox News host Sean Hannity": the outlet is the host's
    return before


# the page's own word for the outlet with a staff title ("The paper's editor, Pia Larkin",
# "asked its reporter Felix Okoro", "employed Ravi Nair as its courts reporter", rv63b)
_ANAPHOR_STAFF = re.compile(
    r"\b(?:its|the\s+(?:paper|newspaper|station|broadcaster|channel|agency|magazine|site|"
    r"website|tabloid|outlet|network)(?:'s|\u2019s))\s+(?:[\w-]+\s+){0,2}(?:editor|reporter|"
    r"correspondent|presenter|host|anchor|columnist|journalist|writer|commentator|critic|"
    r"producer|photographer)s?\b",
    re.IGNORECASE,
)


def its_staff(article: ArticleText, value: str, last: str) -> bool:
    """Whether the page writes the person (by the last word of their name) within a clause of
    an outlet's staff title by its own word, the value named just before it ("The Saltby
    Times reported ... The paper's editor, Pia Larkin", "asked its reporter Felix Okoro"): the
    outlet is theirs."""
    text = article.text
    bare = re.escape(re.sub(r"^[Tt]he\s+", "", value))
    for hit in _ANAPHOR_STAFF.finditer(text):
        window = text[max(0, hit.start() - 80) : hit.end() + 40]
        if not re.search(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", window, re.IGNORECASE):
            continue
        before = text[max(0, hit.start() - 200) : hit.start()]
        if re.search(r"(?<![\w-])" + bare + r"(?![\w-])", before):
            return True
    return False


def outlet_of_people(article: ArticleText, value: str) -> bool:
    """Whether the value is a news outlet the page writes with a relative telling of its own
    people ("told the Harwick Tribune, where she is a senior reporter", "for which he has
    written a column"): a body the person may work for, whatever they told it (rv63b)."""
    if not is_outlet(article, value):
        return False
    text = article.text
    return any(_ITS_PEOPLE.match(text, end) for _, end in _mentions(text, value))


def outlet_only(article: ArticleText, value: str) -> bool:
    """Whether the value is a news outlet written on the page only as a channel (see the
    module): no body of any person there."""
    key = ("reporting_outlets", value)
    known: bool | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _outlet_only(article, value)
    return known


def _outlet_only(article: ArticleText, value: str) -> bool:
    text = article.text
    lowered = value.lower()
    words = re.findall(r"[a-z]+", lowered)
    masthead = any(word in _STRONG or word in _WEAK for word in words)
    if not masthead and _CALLED.search(text.lower()) is None:
        return False  # no masthead word, and the page calls nothing a newspaper
    mentions = _mentions(text, value)
    if not mentions or not is_outlet(article, value):
        return False
    return all(_slot(text, start, end) for start, end in mentions)
