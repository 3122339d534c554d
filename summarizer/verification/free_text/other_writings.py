"""A free-text name the article writes in another form (outside checks 51 to 71, session 32: 22
correct words flagged "does not occur in the article"), for
:func:`summarizer.verification.free_text.mentions.unstated`. Each reading backs one word of the
free text by what the article writes, never by the word's shape alone:

- *initials*: an all-capital word of three to six letters ("WFP") is the article's when the
  article writes a run of capitalised words whose first letters spell it ("the World Food
  Programme"; "of", "for", "and", "the", "in" inside the run give their initial or nothing,
  as initials take or skip them: "UN Interim Force in Lebanon" is UNIFIL; an all-capital
  word gives all its letters). The letters must spell the run from its start (a country's
  name or people, an all-capital word, "the" or "former" before it aside: "the US Food and
  Drug Administration" is the FDA) to its end or to an office after it ("International Atomic
  Energy Agency Director General ..." is the IAEA): a part in the middle of a run is another
  body's letters ("Department of Homeland Security" spells no "DOH", "United Nations Security
  Council" no "NSC", "Central Bank President Ana Ruiz" no "CBP"; review rvfw32). An
  abbreviation the article never spells out nor writes ("UNHCR" beside "the refugee agency")
  is still flagged;
- *a word glued to digits after it* ("COP30" where the article writes "COP30"): the tokenizer
  splits "COP" from "30", and the article's word is "COP30" whole. "COP" on a page that writes
  "COP29" only is still flagged (the number is checked on its own);
- *a country named by an office or a chamber only that country has* ("Ireland" for a page that
  names "the Taoiseach" or "the Dail"; "Israel" for "the Knesset"): the page names the state
  as surely as by its capital, as the party table's seats do. One way: the office is not
  backed by the country's name, and another country is not backed by the office;
- *a capitalised word opening a sentence in the other number* (a party's "Liberal win" for the
  page's "Mark Carney's Liberals", "Green ridings" for "the Greens"): read as inside a
  sentence (:func:`word_forms.other_number`), where the page's form must stand as a thing, not
  in a person's name, and inside a sentence of its own (a page's "Celebrations planned ..."
  backs no "Celebration residents": its capital is the sentence's);
- *an adverb of time opening a sentence* ("Afterwards he called"): a closed class, never a
  name.

Left out: an ordinary noun opening a subject line that the article writes in no form ("Theft of
crown jewels", "Talks on a second stage"): telling it from a surname that is also a word
("Tusk", "Bush") needs a lexicon of names, which the project does not ship.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import ordinary_forms
from ..page.article import ArticleText
from ..page.tokens import Token, has_whole_word, word_set
from ..people.role_shapes import PERSON_TITLES
from .lower_initials import acting, spelled_in_lower
from .word_forms import other_number

# Words initials skip inside an organisation's name ("World Food Programme" is WFP).
_SKIPPED = word_set("of for and the on in to de")
# Words a body's name may follow in a run of capitals without being part of it ("the US Food
# and Drug Administration", "Kenyan Electoral Commission", "Former World Bank President"):
# one-word country names and peoples, and a few that open a run.
_LEADS = frozenset(
    alias.lower()
    for names, people, _capitals, _seats in PARTIES.values()
    for alias in (*names, *people)
    if alias.isalpha()
) | word_set("the a an former")
# An office after a body's name ends the name: "Bank of Canada Governor Tiff Macklem" (BOC).
_OFFICES = PERSON_TITLES | word_set(
    "executive head commissioner general vice acting commander coordinator administrator ceo"
)
# Adverbs of time that open a sentence and are never a name.
_TIME_ADVERBS = word_set("afterwards afterward thereafter subsequently beforehand meanwhile")
# A state's offices, chambers and forces no other state has, folded and lower-case.
_NATIONAL_BODIES = {
    "ireland": word_set("taoiseach tanaiste dail seanad oireachtas gardai"),
    "israel": word_set("knesset"),
    "germany": word_set("bundestag bundeswehr bundesbank"),
    "russia": word_set("duma"),
    "poland": word_set("sejm"),
    "sweden": word_set("riksdag"),
    "norway": word_set("storting stortinget"),
    "denmark": word_set("folketing folketinget"),
    "iceland": word_set("althing"),
    "finland": word_set("eduskunta"),
    "ukraine": word_set("rada"),
}  # not "Bundesrat" (Germany's, Austria's, Switzerland's) nor "Nationalrat" (Austria's and
# Switzerland's): a chamber's name two countries share backs neither (review rvfw32)


class _Word(NamedTuple):
    """A word of a run of capitals as initials read it."""

    letters: str  # its initial; an all-capital word's letters ("UN")
    skippable: bool  # "of", "and": its initial or nothing
    lead: bool  # may stand before a body's name ("US", "Kenyan", "the")
    office: bool  # ends a body's name before it ("Governor", "Director")
    seat: bool = False  # "in" and a body's seat after it ("Organisation in Delhi")


_Run = tuple[_Word, ...]
_AND = _Word("a", True, True, False)  # "and" inside a run
# "in" and a place after a body's name ("the Central Drugs Standard Control Organisation in
# Delhi" is the CDSCO; session 37): the place is no part of the name. Not after a word of a
# task, named by where it is done, nor in a UN body's name (``_seat``): "United Nations
# Assistance Mission in Afghanistan" is UNAMA, never "UNAM"; "Security and Co-operation in
# Europe" is the OSCE's and the CSCE's (review rvfreetext37).
_IN = _Word("i", True, True, False, True)
_TASKS = word_set(
    """mission missions operation operations cooperation assistance security stabilisation
    stabilization peacekeeping reconstruction"""
)


def _capital_runs(article: ArticleText) -> tuple[_Run, ...]:
    """The article's runs of capitalised words (skipped words inside allowed), each word as
    its initial (an all-capital word as all its letters: "UN"), once per article."""
    known: tuple[_Run, ...] | None = article.memo.get(("capital_runs",))
    if known is None:
        runs: list[_Run] = []
        current: list[_Word] = []
        tokens = article.tokens_between(0, len(article.text))  # the page's own
        for index, token in enumerate(tokens):
            gap = article.text[tokens[index - 1].end : token.start] if index else "."
            joined = bool(current) and gap.strip() == "" and "\n" not in gap  # a line ends a run
            if token.capitalised and token.text.isalpha():
                if not joined:
                    _close(current, runs)
                    current = []
                upper = token.text.isupper() and len(token.text) <= 5
                # a run's first word may be a common word's ("Members of the Tigray Defence
                # Forces", "Talks between": summarizer.text.ordinary)
                common = not current and (
                    token.norm in ordinary_forms() or _plural_of(tokens, index)
                )
                lead = upper or common or token.norm in _LEADS
                letters = token.norm if upper else token.norm[0]
                current.append(_Word(letters, False, lead, token.norm in _OFFICES))
            elif joined and token.norm in _SKIPPED and not token.capitalised:
                seat = token.norm == "in" and _seat(tokens, index, len(current))
                current.append(_Word(token.norm[0], True, True, False, seat))
            else:
                _close(current, runs)
                current = []
        _close(current, runs)
        known = article.memo[("capital_runs",)] = tuple(runs)
    return known


def _seat(tokens: Sequence[Token], at: int, run_length: int) -> bool:
    """Whether "in" at ``tokens[at]``, inside a run of ``run_length`` words so far, may end a
    body's name before its seat: not after a word of a task (``_TASKS``), nor in a United
    Nations body's name, which spells its place out ("UN Interim Force in Lebanon" is
    UNIFIL, "United Nations Office in Geneva" UNOG; review rvfreetext37)."""
    norms = [token.norm for token in tokens[at - run_length : at] if token.norm != "the"]
    united = norms[:1] == ["un"] or norms[:2] == ["united", "nations"]
    return tokens[at - 1].norm not in _TASKS and not united


def _plural_of(tokens: Sequence[Token], at: int) -> bool:
    """Whether ``tokens[at]`` is a plural before "of" ("Members of the ...", "Leaders of the
    ..."): the people of a body, not a word of its name."""
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    plural = tokens[at].norm.endswith("s") and not tokens[at].norm.endswith("ss")
    return plural and following is not None and following.text == "of"


def _close(current: list[_Word], runs: list[_Run]) -> None:
    """Add a finished run (its trailing skipped words dropped) when it has two capitals."""
    while current and current[-1].skippable:
        current.pop()
    if sum(1 for word in current if not word.skippable) > 1:
        runs.append(tuple(current))


def _matches(run: _Run, at: int, letters: str) -> bool:
    """Whether the words of ``run`` from ``at`` spell ``letters`` out to the run's end, to an
    office after them or to "in" and a place, a skippable word ("of", "in") giving its initial
    or nothing ("UN Interim Force in Lebanon": UNIFIL; "WFP Executive Director": WFP)."""
    if not letters:  # the run's end, an office, or "and" another body ("WFP and the IOM")
        return at == len(run) or run[at].office or run[at] in (_AND, _IN)
    if at == len(run):
        return False
    word = run[at]
    if word.skippable:
        taken = letters[0] == word.letters and _matches(run, at + 1, letters[1:])
        return taken or _matches(run, at + 1, letters)
    return letters.startswith(word.letters) and _matches(run, at + 1, letters[len(word.letters) :])


def _spelled_out(word: str, article: ArticleText) -> bool:
    """Whether the article writes a run of capitalised words whose initials (see
    :func:`_matches`) are ``word``'s letters, read from the run's first capitalised word or
    one after words that may lead a body's name ("US", "Kenyan", "the")."""
    letters = word.lower()
    for run in _capital_runs(article):
        for start, first in enumerate(run):
            if not first.skippable and _matches(run, start, letters):
                return True
            if not first.lead:
                break
    return False


def _glued_after(text: str, end: int, article: ArticleText) -> bool:
    """Whether the word ending at ``end`` runs on into digits ("COP30") that the article writes
    glued to it the same way."""
    stop = end
    while stop < len(text) and text[stop].isdigit():
        stop += 1
    if stop == end:
        return False
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return has_whole_word(article.text, text[start:stop])


def written_otherwise(
    tokens: Sequence[Token], at: int, text: str, article: ArticleText, opening: bool
) -> bool:
    """Whether ``tokens[at]`` of free text ``text``, a capitalised word the article never
    writes, is the article's in another form (see the module). ``opening``: it opens a
    sentence."""
    token = tokens[at]
    word = token.text
    if 3 <= len(word) <= 6 and word.isalpha() and word.isupper() and _spelled_out(word, article):
        return True  # "WFP" for the article's "World Food Programme"
    if word[:3].isupper() and spelled_in_lower(word, article, acting(tokens, at, text)):
        return True  # "CEO" for "chief executive", "TRO" for "temporary restraining order"
    if (
        len(word) >= 4
        and word[-1] == "s"
        and word[:-1].isupper()
        and article.uses(word[:-1].lower())
    ):
        return True  # "CFOs" on a page that writes "CFO" (an abbreviation's plural)
    if _glued_after(text, token.end, article):
        return True  # "COP30" written so by the article
    bodies = _NATIONAL_BODIES.get(token.norm, frozenset())
    if any(article.uses(body) for body in bodies):
        return True  # "Ireland" for the article's "the Taoiseach"
    if opening and token.norm in _TIME_ADVERBS:
        return True  # "Afterwards he called"
    return opening and other_number(word, _Page(article), inside=True)  # "Liberal" for "Liberals"


class _Page:
    """The article as :func:`word_forms.other_number` reads it."""

    def __init__(self, article: ArticleText) -> None:
        self.article = article


__all__ = ["written_otherwise"]
