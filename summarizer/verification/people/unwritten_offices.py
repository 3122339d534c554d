"""A role whose office words the page writes nowhere, in no word form, read for
:mod:`summarizer.verification.people.person_rules` (session 55).

Fresh outside checks (101-166) accepted planted roles the page never uses at all: "chief
financial officer" or "chairman" in an article that has neither word, "Treasury Secretary" for
a person the page never calls that. :mod:`.role_own_titles` refuses such a value only when the
page gives the person an office title of their own, so a person named bare ("Lena Moss told
reporters") passed with any office. A labeller writes a role from the page's words: when the
word naming the value's office is written nowhere (in no form: "chair" and "chairwoman",
"directs" and "director", "Sen." and "senator", "CEO" and "chief executive" are one word
here), the page does not state the role, whoever holds it.

Read: the value's office nouns (:data:`_OFFICES`), each matched on the whole page (quotes,
captions, fact boxes too) by its first :data:`_STEM` letters, its abbreviations and the
rewordings a labeller uses (:data:`_SAME`), and a title's short form before a name ("Sgt",
"Capt.", "Cllr": review rv55r). A value is refused only when one of its office
nouns has no form on the page. Generic roles that describe rather than name an office
("reporter", "head", "leader", "member", "owner", "fan", "official") hold no office noun and
are never read here, nor are a value's body words ("Treasury", "Federal Reserve"): a page may
name a body by a short form ("the Fed") a labeller spells out.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from ..page.tokens import tokenize, word_set
from .role_holders import role_words

#: Nouns that name an office or post: a value holding one claims the page calls the person so.
_OFFICES = word_set(
    """minister secretary president premier chancellor governor senator representative
    congressman congresswoman ambassador judge justice speaker mayor treasurer attorney king
    queen prince princess chairman chairwoman chair chairperson director commissioner
    superintendent sheriff prosecutor general admiral ceo cfo coo cto officer founder
    cofounder economist strategist professor administrator manager coach constable envoy
    spokesman spokeswoman spokesperson trustee registrar comptroller controller auditor
    provost dean principal inspector commander colonel captain lieutenant
    sergeant marshal editor correspondent anchor presenter bishop archbishop cardinal pope
    imam rabbi pastor councillor
    councilor councilman councilwoman alderman lawmaker legislator diplomat consul
    attache adviser advisor counsel solicitor barrister magistrate coroner ombudsman
    vice deputy executive"""
)
_STEM = 5
_OFFICER = frozenset({"chief", "officer"})
_FILLERS = word_set("the of for and a an at in to interim acting former new")
#: Rewordings of an office a labeller writes for the page's word: the value's word (key) is
#: stated when the page writes any of these (each read by its stem too).
_SPEAKS = ("spokes", "speaks", "speaking", "spoke")  # "who speaks for the coast guard"
_SAME: dict[str, tuple[str, ...]] = {
    "ceo": ("chief executive", "executive"),
    "executive": ("ceo", "cfo", "coo", "cto", "exec"),
    "cfo": ("chief financial", "finance chief", "finance director"),
    "coo": ("chief operating", "operations chief"),
    "cto": ("chief technology", "technology chief"),
    "officer": (
        "ceo",
        "cfo",
        "coo",
        "cto",
        "policeman",
        "policewoman",
        "cop",
        "constable",
        "trooper",
        "agent",
        *_SPEAKS,
    ),  # "press officer" for "spokesman"
    "editor": ("edits", "edited", "editing", "editorial"),
    "correspondent": ("reporter", "reports", "reported", "reporting", "corresponds"),
    "presenter": ("presents", "presented", "hosts", "host", "anchor"),
    "anchor": ("presenter", "presents", "hosts", "host", "anchors"),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "chairperson": ("chair",),
    "spokesman": _SPEAKS,
    "spokeswoman": _SPEAKS,
    "spokesperson": _SPEAKS,
    "premier": ("prime minister", "pm"),
    "minister": ("pm", "mp", "ministry", "secretary", "diplomat"),  # "Iran's top diplomat"
    "secretary": ("minister", "diplomat", *_SPEAKS),  # "speaking for the White House"
    "senator": ("sen", "sens", "senate"),
    "representative": ("congressman", "congresswoman", "congress", "rep"),
    "congressman": ("representative", "rep", "congress"),
    "congresswoman": ("representative", "rep", "congress"),
    "lawmaker": ("mp", "senator", "representative", "congress", "legislat", "parliament"),
    "legislator": ("lawmaker", "mp", "senator", "representative", "congress", "parliament"),
    "cofounder": ("founder", "founded"),
    "founder": ("founded", "cofounder"),
    "adviser": ("advisor", "advises", "advised", "counsel"),
    "advisor": ("adviser", "advises", "advised", "counsel"),
    "attorney": ("lawyer", "prosecutor", "da"),
    "general": ("gen",),
    "judge": ("justice", "judiciary"),
    "justice": ("judge",),
    "councillor": ("council",),
    "councilor": ("council",),
    "councilman": ("council",),
    "councilwoman": ("council",),
    "envoy": ("ambassador", "emissary", "representative"),
    "ambassador": ("envoy",),
    "director": ("directs", "directed", "directing", "head"),
    "manager": ("manages", "managed", "managing", "boss"),
    "coach": ("coaches", "coached", "manager", "boss"),
    "captain": ("skipper", "skippered"),
    "diplomat": ("ambassador", "envoy", "minister", "consul", "embassy", "secretary"),
    "counsel": ("lawyer", "attorney", "solicitor"),
    "solicitor": ("lawyer", "attorney"),
    "barrister": ("lawyer", "counsel"),
    "professor": ("prof", "lecturer", "academic"),
    "king": ("monarch", "crown"),
    "queen": ("monarch", "crown"),
    "vice": ("deputy", "vp"),
    "deputy": ("vice", "second"),
}


def _stem(word: str) -> str:
    return word[:_STEM]


@lru_cache(maxsize=64)
def _page_stems(text: str) -> frozenset[str]:
    """Every word of the page by its stem (a plural's singular too), with its abbreviations
    spelled out (``role_words``: "Sen." is "senator")."""
    words = set(role_words(text)) | {token.norm for token in tokenize(text)}
    singular = {word[:-1] for word in words if word.endswith("s") and len(word) > 3}
    return frozenset(_stem(word) for word in words | singular)  # "kings", "deans", "CEOs"


#: A name's courtesy titles: short forms of no office ("Mr" is not "mayor", "Dr" not "director").
_COURTESY = word_set("mr mrs ms mx dr st sr jr")


@lru_cache(maxsize=64)
def _title_shorts(text: str) -> frozenset[str]:
    """The page's short forms of a title written before a name (review rv55r): a capitalised
    word of two (with its full stop) to four letters with at most one vowel, not a courtesy
    title, followed by a capitalised word ("Capt.
    Mara Quill", "Sgt Tobin Ashe", "Lt. Col. Pia Rendle", "Cllr Ewan Tarr")."""
    tokens = tokenize(text)
    return frozenset(
        token.norm
        for token, after in pairwise(tokens)
        if token.capitalised and after.capitalised and token.norm.isalpha()
        and 2 <= len(token.norm) <= 4 and sum(c in "aeiou" for c in token.norm) <= 1
        and token.norm not in _COURTESY
        and (len(token.norm) > 2 or text[token.end : token.end + 1] == ".")
    )  # fmt: skip


def _shortens(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` cut to some of its letters in order, from its first
    ("sgt" of "sergeant", "cllr" of "councillor")."""
    if short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _written(word: str, stems: frozenset[str], shorts: frozenset[str] = frozenset()) -> bool:
    """Whether the page writes the office ``word`` in any form, or every word of a labeller's
    rewording of it ("chief executive" for "CEO"), or a title's short form of it."""
    return any(
        all(_stem(form) in stems for form in phrase.split())
        for phrase in (word, *_SAME.get(word, ()))
    ) or any(_shortens(short, word) for short in shorts)


def _field_chief(text: str, offices: list[str]) -> bool:
    """Whether the page writes a chief-officer value's field word right before "chief"
    ("Finance chief Rosa Venn", "the firm's technology chief"): the post in its short form."""
    fields = {_stem(word) for word in offices if word not in _OFFICES}
    tokens = tokenize(text)
    return any(
        after.norm == "chief" and _stem(token.norm) in fields for token, after in pairwise(tokens)
    )


def unwritten_office(text: str, value: str) -> str | None:
    """The value's office noun the page writes in no form (see the module), else None."""
    words = role_words(value)
    offices = [word for word in sorted(words) if word in _OFFICES]
    stems = _page_stems(text)
    if words >= _OFFICER:  # "chief operating officer": the word naming the post is its field
        offices += sorted(words - _OFFICER - _OFFICES - _FILLERS)
        if _field_chief(text, offices):  # "finance chief" (review rv55r): the post's form
            offices.remove("officer")
    initials = "".join(t.norm[0] for t in tokenize(value) if t.norm not in _FILLERS)
    if len(initials) > 1 and initials in stems:  # "CFO" for "chief financial officer"
        return None
    shorts = _title_shorts(text)
    for word in offices:
        if not _written(word, stems, shorts):
            return word
    return None


__all__ = ["unwritten_office"]
