"""What the page itself says of a person's gender, for a "he" or "she" that reads a quote back
to them (:mod:`summarizer.verification.quotes.speakers`).

"Prime Minister Mark Carney met the mayor. "...," she said" reads the quote back to Carney, as
the sentence's subject; that holds only while nothing on the page says otherwise. The page
says so, for a named person, by:
- a title or gendered noun before the name: "Mr. Carney", "Congresswoman Ana Diaz", "Dame
  Ruth Okafor";
- a gendered noun in an appositive: "Carney, the chairman,", "the spokeswoman, Ana Diaz,",
  "Her husband, the painter Ian Cowie,";
- a pronoun the page uses for them where no one else can be meant: right after their own
  statement verb ("Carney said he", "Diaz insisted that she"), "Carney himself", or in a
  relative clause about them naming no one else ("Kim Lee, who lost her seat,").
A first name is never read: names do not tell gender, and guessing would flag true quotes.
Evidence both ways (a page that calls a person "he" and "she") tells nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import PARTICLES, find_named
from ..people.standin_words import BODY_WORDS, PERSON_HEADS
from .subjects import FILLERS

_MALE = word_set(
    """mr sir lord king prince duke baron earl emperor congressman chairman spokesman
    councilman assemblyman alderman businessman statesman father son brother husband uncle
    grandfather widower nephew actor"""
)
_FEMALE = word_set(
    """mrs ms miss madam madame dame lady queen princess duchess baroness countess empress
    congresswoman chairwoman spokeswoman councilwoman assemblywoman alderwoman businesswoman
    stateswoman mother daughter sister wife aunt grandmother widow niece actress"""
)
_HE = word_set("he his him himself")
_SHE = word_set("she her hers herself")
_PRONOUNS = _HE | _SHE
_GENDERED = _MALE | _FEMALE | _PRONOUNS
# Verbs with no object before a reported clause: "Carney said he", "Diaz insisted that she".
_STATING = word_set(
    """said says added insisted stressed noted argued explained warned wrote acknowledged
    admitted conceded promised vowed claimed hoped believes believed thinks thought felt feels
    recalled announced confirmed denied indicated suggested declared maintained asserted
    complained predicted"""
)
_OPENERS = word_set("the a an")
_KIN_OWNERS = word_set("his her their")
# Words inside a description that make the name after them its object, not the one described.
_LINKS = word_set("of to for with from at by in on")
# A gendered word in the possessive before a capitalised word names a body, not its holder:
# "Lord's Resistance Army", "King's College", "Queen's Bench".


def _of_word(norm: str) -> str | None:
    if norm in _MALE or norm in _HE:
        return "he"
    if norm in _FEMALE or norm in _SHE or norm.endswith("woman"):
        return "she"
    return None


def _run_before(tokens: Sequence[Token], end: int, text: str) -> list[Token]:
    """The capitalised run ending at ``tokens[end]`` (a name, with its titles)."""
    run: list[Token] = []
    for index in range(end, max(end - 6, -1), -1):
        token = tokens[index]
        if run and text[token.end : run[0].start].strip(" .-\u2010\u2011") != "":
            break
        if not (token.capitalised or token.norm in PARTICLES):
            break
        run.insert(0, token)
    return run


def _run_after(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The capitalised run starting at ``tokens[start]``."""
    run: list[Token] = []
    for token in tokens[start : start + 6]:
        if run and text[run[-1].end : token.start].strip(" .-\u2010\u2011") != "":
            break
        if not (token.capitalised or token.norm in PARTICLES):
            break
        run.append(token)
    return run


def _comma(tokens: Sequence[Token], left: int, text: str) -> bool:
    return 0 <= left < len(tokens) - 1 and "," in text[tokens[left].end : tokens[left + 1].start]


def marked(tokens: Sequence[Token], text: str) -> Iterator[tuple[list[Token], str]]:
    """Each name the tokens mark with a gender, and that gender ("he" or "she")."""
    for index, token in enumerate(tokens):
        gender = _of_word(token.norm) if token.norm not in _PRONOUNS else None
        if gender is not None:
            follows = index + 1 < len(tokens) and tokens[index + 1].capitalised
            follows = follows and not token.text.lower().endswith(
                SINGULAR_POSSESSIVES
            )  # "Lord's Army"
            if follows and not _comma(tokens, index, text):  # "Mrs. Chow", "his wife Jean"
                yield _run_after(tokens, index + 1, text), gender
            head = _chunk_head(tokens, index, text)
            if head is not None and _comma(tokens, head - 1, text):  # "Lee, the chairman,"
                yield _run_before(tokens, head - 1, text), gender
            if head is not None and _comma(tokens, index, text):  # "the spokeswoman, Ana Diaz,"
                yield _run_after(tokens, index + 1, text), gender
            elif index and tokens[index - 1].norm in _KIN_OWNERS and _comma(tokens, index, text):
                yield _apposed(tokens, index + 1, text), gender  # "Her husband, the painter X,"
        if not token.capitalised or (index + 1 < len(tokens) and tokens[index + 1].capitalised):
            continue
        yield from _by_pronoun(tokens, index, text)


def _apposed(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The name a description apposed at ``tokens[start]`` ends with ("the painter Ian Cowie";
    review rvactors37, session 41); empty when none does. A bare name ("His brother,
    Michael,") is left to the readers of an owner's people (subject_pronouns). A name after a
    preposition is the description's object, someone else ("the widow of Peter Cross"; review
    rv42old, session 42)."""
    if start >= len(tokens) or tokens[start].norm not in _OPENERS:
        return []
    at = start + 1
    while at < len(tokens) and at - start < 4 and not tokens[at].capitalised:
        if _comma(tokens, at - 1, text) or tokens[at].norm in _LINKS:
            return []
        at += 1
    if at >= len(tokens) or at - start >= 4 or _comma(tokens, at - 1, text):
        return []
    return _run_after(tokens, at, text)


def _chunk_head(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """Where the noun phrase a gendered noun ends opens with "the", "a" or "an" ("the
    board's chairman", "a spokeswoman"), within its comma chunk; None when it does not."""
    for head in range(index - 1, max(index - 5, -1), -1):
        if tokens[head].norm in _OPENERS:
            return head
        if _comma(tokens, head, text) or tokens[head].norm in _PRONOUNS:
            return None
    return None


def _by_pronoun(tokens: Sequence[Token], end: int, text: str) -> Iterator[tuple[list[Token], str]]:
    """A pronoun about the name ending at ``tokens[end]``: "Carney said he", "Carney himself",
    "Kim Lee, who lost her seat,"."""
    # The run is read only once a pronoun is found: most capitalised words have none after
    # them, and reading runs first cost a tenth of a seed's grounding.
    at = end + 1
    if _comma(tokens, end, text) and at < len(tokens) and tokens[at].norm == "who":
        for index in range(at + 1, min(at + 12, len(tokens))):
            word = tokens[index]
            if word.capitalised or _comma(tokens, index - 1, text):
                return  # another name, or the clause ended: it may be anyone's
            if word.norm in _PRONOUNS:
                yield _run_before(tokens, end, text), "he" if word.norm in _HE else "she"
                return
        return
    opening = _run_before(tokens, end, text)[0] is tokens[0]
    if opening and (own := _own_clause(tokens, end, text)) is not None:
        yield _run_before(tokens, end, text), own  # "Moreno joins from Atlas, where she was"
        return
    if at < len(tokens) and tokens[at].norm in {"himself", "herself"}:
        yield _run_before(tokens, end, text), "he" if tokens[at].norm == "himself" else "she"
        return
    while at < len(tokens) and tokens[at].norm in FILLERS:
        at += 1
    if at + 1 >= len(tokens) or tokens[at].norm not in _STATING or _comma(tokens, at, text):
        return
    at += 2 if tokens[at + 1].norm == "that" else 1
    if at < len(tokens) and tokens[at].norm in {"he", "she"}:
        yield _run_before(tokens, end, text), tokens[at].norm


# Words opening an adverbial clause whose "he" or "she" reads back to the sentence's subject.
_SUBORDINATORS = word_set("where when after before since until while because although though")


def _own_clause(tokens: Sequence[Token], end: int, text: str) -> str | None:
    """The gender of a "he"/"she" opening an adverbial clause after a comma in a sentence the
    name at ``tokens[end]`` opens ("Moreno, 47, joins from Atlas Insurance, where she was
    finance director"; session 44): the subject is the one person the sentence can mean, so
    only when nothing between names or describes another (a gendered word, a person's noun,
    a capitalised run that is no body's name: "Moreno replaced Tom Hale, when he")."""
    run: list[Token] = []
    for at in range(end + 1, min(end + 24, len(tokens))):
        token = tokens[at]
        if token.norm in _GENDERED or token.norm in PERSON_HEADS:
            if token.norm in ("he", "she") and tokens[at - 1].norm in _SUBORDINATORS:
                return token.norm if _comma(tokens, at - 2, text) else None
            return None
        if token.capitalised:
            run.append(token)
        elif run and not _no_person(run, tokens[at - len(run) - 1].norm):
            return None  # "Tom Hale" between: he may be Hale
        else:
            run = []
    return None


def _no_person(run: Sequence[Token], before: str) -> bool:
    """Whether a capitalised run names no person: a body's word ends it ("Atlas Insurance"),
    it follows an article or a preposition of place ("the Tate", "at Fenby Town"; "from" may
    take a person, "over from Sam Reid"), or it is a
    month or a weekday ("in May")."""
    if run[-1].norm in BODY_WORDS or before in _PLACE_LINKS:
        return True
    return len(run) == 1 and run[0].norm in _CALENDAR


_PLACE_LINKS = word_set("the at in")  # not "from": "takes over from Sam Reid, when she" (rv44d)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _is(parts: Sequence[str], run: Sequence[Token], text: str) -> bool:
    return bool(run) and any(find_named(part, run, text) for part in parts)


def _page_marks(article: ArticleText) -> list[tuple[list[Token], str]]:
    """Every name the page marks with a gender, read once per article: a quote's rivals ask
    for many people's genders, and reading the page anew for each cost a twentieth of a
    seed's grounding."""
    key = ("gender-marks",)
    known: list[tuple[list[Token], str]] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = []
        for start, end in article.sentences:
            tokens = article.outside_quotes(start, end)
            norms = [token.norm for token in tokens]
            if _GENDERED.isdisjoint(norms) and not any(n.endswith("woman") for n in norms):
                continue  # no gendered word and no pronoun: nothing marks anyone here
            known.extend((run, gender) for run, gender in marked(tokens, article.text) if run)
    return known


def gender_of(article: ArticleText, parts: Sequence[str]) -> str | None:
    """ "he" or "she" when the page marks the person so (and never the other way), else None."""
    if len(parts) != 1:
        return None
    key = ("gender", tuple(parts))
    if key in article.memo:
        known: str | None = article.memo[key]
        return known
    found = {g for run, g in _page_marks(article) if _is(parts, run, article.text)}
    known = found.pop() if len(found) == 1 else None
    article.memo[key] = known
    return known


def named_between(
    article: ArticleText, parts: Sequence[str], pronoun: str, start: int, end: int
) -> bool:
    """Whether someone other than the speaker is named in ``[start, end)`` and marked with
    the pronoun's gender ("Carney met Mrs. Chow. "...," she said")."""
    tokens = article.outside_quotes(start, end)
    return any(
        g == pronoun and run and not _is(parts, run, article.text)
        for run, g in marked(tokens, article.text)
    )


def pronoun_verdict(
    article: ArticleText, parts: Sequence[str], pronoun: str, start: int, end: int
) -> str:
    """The verdict for a quote a "he" or "she" reads back to the speaker, from ``start`` (the
    sentence that named them) to ``end`` (the quote): "other" when the page marks the speaker
    with the other gender (the pronoun is someone else's: unsupported); "unsure" when the
    speaker is unmarked and another person of the pronoun's gender is named in between (two
    readings: unconfirmed); else "yes", as read before."""
    own = gender_of(article, parts)
    if own is not None:
        return "yes" if own == pronoun else "other"
    return "unsure" if named_between(article, parts, pronoun, start, end) else "yes"


__all__ = ["gender_of", "marked", "named_between", "pronoun_verdict"]
