"""An office the page states as the act of holding it, read for
:mod:`summarizer.verification.people.person_rules` (session 56, false-alarm writer fo56).

Session 55's :mod:`.unwritten_offices` refuses a role whose office noun the page writes
nowhere, in no form. Its word forms are read by the noun's first five letters, so the verb of
an office whose stem is as long already counts ("directs", "chairs", "founded", "presides",
"governs", "represents"), and the short ones are in its rewording table ("edits", "coaches").
What it lacks is the office stated by a verb of ANOTHER word: "the charity was set up in June
2018 by Ana Ruiz and Tom Lee" (its co-founders), "Pell Kitchens, which Dora Pell started",
"Owen Bray, who represents the family in the lawsuit" (their counsel, where "represents" is
another office's stem). A labeller turns that act into the office noun, and the refusal
flagged a correct value (four co-founders on one unseen check, a counsel). Read here:
- a founding written as a phrase (:data:`_FOUNDING`: "set up", "started", "established",
  "launched", "created", "formed") whose object or passive subject is a body (a body noun or
  a name: "set up her own charity", "the Luma Trust was started by"), for a founder;
- "represents" in a sentence about a case or a court, for a counsel, an attorney, a lawyer;
and only when THIS person does it: the person's name right before the verb (over "who", an
adverb, "has", a co-doer "and his sister Ama", or one apposition between commas), or in the
list of doers after the verb's "by" ("set up in 2018 by A and B", "by surgeon Pia Rowe").
Another person's act ("whose grandfather set up"), a founding of no body ("started work at",
"set up a meeting", "launched an inquiry"), a body founded by no one named, "represents" a
district: the refusal stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from .names import find_person
from .role_descriptions import sentences_of

#: The founding phrases of a founder's post: the verb and the word after it, if any.
_FOUNDING = (("set", "up"), ("started", ""), ("established", ""), ("launched", ""),
             ("created", ""), ("formed", ""), ("cofounded", ""))  # fmt: skip
_FOUNDERS = word_set("founder cofounder")
#: Nouns of a body one founds ("set up a charity", "the firm was started by").
_BODIES = word_set(
    """company firm business group charity foundation startup organisation organization
    agency band label brand restaurant club school party movement network magazine
    newspaper website platform studio venture trust society association institute
    campaign collective cooperative enterprise initiative nonprofit"""
)
#: Counsel's act: representing a side, in a sentence about a case.
_COUNSEL = word_set("counsel attorney solicitor barrister lawyer")
_REPRESENTS = word_set("represents represented representing")
_LEGAL = word_set(
    """case court lawsuit suit trial tribunal hearing appeal inquest inquiry judge
    legal law firm defence defense prosecution client clients family families"""
)
#: Words that may stand between the doer's name and the verb ("X, who also chairs").
_BETWEEN = word_set(
    """who also now jointly has have had later then first once originally still currently
    co and both together personally"""
)
_KIN = word_set("his her their")
#: Words after a founded body's name that open what follows it, not a head noun of the name
#: ("formed the Lekki Walking Group after a heart scare", "set up the Luma Trust last year").
_LINKS = word_set("after before since during until last next this when while once")
_BE = word_set("is are was were be been being")
_REACH = 8  # tokens between a verb and its "by", or "by" and the doer


#: Words skipped on the way from a founding verb to its body: determiners after it ("set up
#: her own charity"), auxiliaries and relatives before it ("the charity, which was set up").
_AFTER_SKIPS = word_set("the a an his her their its our own small new")
_BEFORE_SKIPS = word_set("was were is are been has have had which that originally first also")


def _body_near(source: str, tokens: Sequence[Token], at: int, step: int) -> bool:
    """Whether the founding verb at ``at`` has a body for its object (``step`` 1: "set up
    the Luma Trust", "started her own bakery business") or its passive subject (-1: "the
    charity was set up"): a body noun or a capitalised word that is no function word, within
    four words, over determiners or auxiliaries only and at most two other plain words
    ("started work at the Kestrel Foundation" founded nothing)."""
    skips = _AFTER_SKIPS if step == 1 else _BEFORE_SKIPS
    k, plain = at + step, 0
    while 0 <= k < len(tokens) and abs(k - at) <= 4:
        token = tokens[k]
        if token.norm in _BODIES and not token.text.lower().endswith("'s"):
            return True
        if token.capitalised and token.norm not in STOPWORDS:
            if step == -1:
                return True
            end = k  # the name's run: its head decides ("the new Aurora phone" founds nothing)
            while (
                end + 1 < len(tokens)
                and tokens[end + 1].capitalised
                and not _possessive(source, tokens, end)
            ):
                end += 1
            if _possessive(source, tokens, end):  # "the Rovers' second goal": the head comes after
                k, plain = end + 1, plain + 1
                continue
            head = tokens[end + 1] if end + 1 < len(tokens) else None
            return (
                head is None
                or head.norm in _BODIES
                or head.norm in STOPWORDS
                or head.norm in _LINKS
                or head.is_number
                or head.capitalised
                or head.start > tokens[end].end + 1  # a comma or a dash after the name
            )
        if token.norm in skips:
            k += step
            continue
        if token.norm in STOPWORDS or token.is_number or step == -1:
            return False
        plain += 1
        if plain > 2:
            return False
        k += step
    return False


def _possessive(source: str, tokens: Sequence[Token], at: int) -> bool:
    """Whether token ``at`` is a possessor ("Berg's", "Rovers'"): what follows is its thing,
    and the founder "by Lars Berg's mother" is not Lars Berg."""
    if tokens[at].text.lower().endswith(POSSESSIVE_ENDINGS):
        return True
    after = source[tokens[at].end : tokens[at].end + 1]
    return after in ("'", "\u2019")


def _relative(source: str, tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb's object is a body before its doer's relative ("Pell Kitchens, which
    Dora Pell started in 2009"): "which" or "that" at most four names back, a body before it."""
    for k in range(verb - 1, max(verb - 6, 0) - 1, -1):
        if tokens[k].norm in ("which", "that"):
            return _body_near(source, tokens, k, -1)
        if not tokens[k].capitalised:
            return False
    return False


def _legal_clause(text: str, tokens: Sequence[Token], verb: int) -> bool:
    """Whether a word of a case stands in the verb's own clause or a clause before it ("At
    the hearing, Ruth Obi, representing the airline"), not only in a later one: "Dev Anand,
    who represents Leeds Central in Parliament, raised the case of a constituent" and "Mo
    Farr, who represents Britain, lost his appeal" name no counsel."""
    stops = (",", ";", ":", "(", "\u2014", "\u2013", "-")
    end = next(
        (j for j in range(verb + 1, len(tokens)) if _gap(text, tokens, j).startswith(stops)),
        len(tokens),
    )
    return any(t.norm in _LEGAL for t in tokens[:end])


def _acts(office: str, text: str, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """(first, last, side) of each verb of the office in a sentence's tokens: ``side`` says
    where its doer may stand ("before" it, "after" its "by", or "either")."""
    found: list[tuple[int, int, str]] = []
    for k, token in enumerate(tokens):
        norm = token.norm
        if token.joined and k and tokens[k - 1].norm == "co":
            norm = "co" + norm  # "co-founded"
        if office in _FOUNDERS:
            for verb, particle in _FOUNDING:
                if norm != verb and token.norm != verb:
                    continue
                last = k + 1 if particle else k
                if particle and (last >= len(tokens) or tokens[last].norm != particle):
                    continue
                if _body_near(text, tokens, last, 1):
                    found.append((k, last, "before"))  # "Ana Ruiz set up the Luma Trust"
                if _body_near(text, tokens, k, -1):
                    found.append((k, last, "after"))  # "the trust was set up by Ana Ruiz"
                if _relative(text, tokens, k):
                    found.append((k, last, "before"))  # "Pell Kitchens, which Dora Pell started"
        if office in _COUNSEL and norm in _REPRESENTS and _legal_clause(text, tokens, k):
            # passive ("Mark Voss, represented by Ana Petit"): the counsel is after its "by"
            passive = (k + 1 < len(tokens) and tokens[k + 1].norm == "by") or (
                k > 0 and tokens[k - 1].norm in _BE
            )
            found.append((k, k, "after" if passive else "either"))
    return found


def _gap(text: str, tokens: Sequence[Token], at: int) -> str:
    """What stands between token ``at`` and the one before it, spaces dropped."""
    return text[tokens[at - 1].end : tokens[at].start].strip()


def _doer_before(
    text: str, tokens: Sequence[Token], spans: list[tuple[int, int]], verb: int
) -> bool:
    """Whether the person's name stands right before the verb, over words of
    :data:`_BETWEEN`, a co-doer's name, or one apposition between commas."""
    for _, last in spans:
        if last >= verb:
            continue
        between = tokens[last + 1 : verb]
        if between and _gap(text, tokens, last + 1) == ",":
            commas = (j for j in range(last + 2, verb + 1) if _gap(text, tokens, j) == ",")
            close = next(commas, None)
            if close is not None:
                between = tokens[close:verb]
        joined = False  # after "and", a co-doer may be described ("and his sister Ama")
        for t in between:
            joined = joined or t.norm == "and"
            if not (
                t.norm in _BETWEEN
                or (t.capitalised and t.norm not in STOPWORDS)
                or (joined and (t.norm in _KIN or t.norm not in STOPWORDS))
            ):
                break
        else:
            return True
    return False


def _doer_after(
    text: str, tokens: Sequence[Token], spans: list[tuple[int, int]], verb: int
) -> bool:
    """Whether the person stands in the list of doers after the verb's "by" ("set up in June
    2018 by A and B"): only names, "and" and commas between "by" and them."""
    reach = range(verb + 1, min(len(tokens), verb + _REACH))
    by = next((j for j in reach if tokens[j].norm == "by"), None)
    if by is None or any(_gap(text, tokens, j) in (".", ";") for j in range(verb + 1, by + 1)):
        return False
    for first, last in spans:
        if (
            by < first <= by + _REACH
            and not _possessive(text, tokens, last)  # "by Lars Berg's mother"
            and all(  # "by A and B", "by surgeon Pia Rowe"
                t.norm == "and" or (t.norm not in STOPWORDS and not t.is_number)
                for t in tokens[by + 1 : first]
            )
        ):
            return True
    return False


def acted_office(article: ArticleText, name: str, office: str) -> bool:
    """Whether the page writes ``office`` (an office noun) as an act of the person ``name``
    (see the module): a verb of the office whose doer is them."""
    key = ("acted office", name, office)
    known: bool | None = article.memo.get(key)
    if known is not None:
        return known
    known = False
    parts = [t.norm for t in tokenize(name)]
    if parts:
        for index in sentences_of(article, parts[-1]):
            tokens = article.sentence_tokens(index)
            spans = find_person(name, tokens, article.text)
            if not spans:
                continue
            for first, last, side in _acts(office, article.text, tokens):
                if (side != "after" and _doer_before(article.text, tokens, spans, first)) or (
                    side != "before" and _doer_after(article.text, tokens, spans, last)
                ):
                    known = True
                    break
            if known:
                break
    article.memo[key] = known
    return known


__all__ = ["acted_office"]
