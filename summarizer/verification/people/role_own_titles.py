"""The titles the page writes of THIS person, and whether a role value is another office than
all of them, read for :mod:`summarizer.verification.people.person_rules` (session 33).

Outside checks 50-73 accepted 45 planted roles the page ties to no one: "Treasury Secretary"
for "Commerce Secretary Howard Lutnick", "Foreign Minister" for "Deputy Foreign Minister
Alexander Grushko", "Senator" for "Representative Dina Titus", "prime minister" for "the
Speaker, Szymon Holownia", "Deputy Governor" for "Governor Andrew Bailey". :mod:`.role_holders`
reads where the VALUE's words are written; when they are written nowhere (or only as another
office, "Deputy Foreign Minister"), nothing was read. Here the page's words for this person
are read instead, each place the surname is written:

- the title run right before the name, over its first names and one comma ("Commerce Secretary
  Howard Lutnick", "the county's fire commissioner, Anne Marrone"), back to a function word or verb
  ("said", "and", "with") and at most :data:`_RUN` words;
- a fact-box line's label ("Foreign minister: Johann Wadephul");
- the apposition or copula after the name (:func:`.role_descriptions.own_descriptions`:
  "Mats Malm, permanent secretary of the Swedish Academy,").

A post a verb of appointing gives the name ("promoted Marquardt to vice chancellor") may hold
the value, never refuse it (review rvro33): "picked Hanna Lindqvist as interim president" is
the university's president. A title run over an abbreviation's stop is read ("Gov. Gordon
Pike", "the chief of the general staff, Gen. Valery Gerasimov"); one cut at an abbreviation
not known ("Treas. Sec. Scott Bessent") is not read at all.

A value is another office (refused, a strong flag: the page states this person's post) when
the person has such a title holding an office noun (:data:`_OFFICES`), the value holds one too,
and no title of theirs holds every word of the value (its parties and fillers aside, a word
matched by its first five letters: "ministry" for "minister") without a rank word the value
lacks ("deputy ambassador" is no ambassador, :data:`.role_holders.OTHER_OFFICE`). Left to the
other readings: a person with no office noun in their titles ("Alice Weidel", "Tedros told
delegates"), a value with no office noun ("captain", "rabbi": trades, not offices read here), a
generic value ("official", "leader", "spokesman"), a value naming a past office ("former ...").
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from .names import PARTICLES, TITLES
from .party_names import named_at
from .role_descriptions import OFFICE_WORDS, own_descriptions
from .role_holders import ABBREVIATIONS, FORMER, OTHER_OFFICE, role_words

#: Nouns of an office: a title holding one names a post, and a value holding one claims one.
#: Not "chief" nor "head": "NATO chief Mark Rutte" is the Secretary General in other words.
_OFFICES = word_set(
    """minister secretary president premier chancellor governor senator representative
    congressman congresswoman ambassador judge justice speaker mayor treasurer attorney king
    queen prince chairman chairwoman chair chairperson director commissioner superintendent
    sheriff prosecutor general admiral correspondent anchor presenter editor
    ceo cfo coo founder analyst economist strategist lecturer professor administrator
    agent manager coach constable"""
)
#: Value words that name no distinct office ("US Secretary of State" is "Secretary of State").
_LOOSE = (
    word_set(
        """the of for and a an in at to on its his her their top senior current new then
    acting now u s us elect designate""",
    )
    | FORMER
)
# Words a title run before a name stops at: a verb or a function word of the clause.
_STOPS = word_set(
    """said says told tells and or but with by to from at as is was were are has have had
    who which that when while after before since during against than also met meets
    joined joins called urged asked according including like between among over
    via per for where what how why if i we you he she they it named sources"""
)
# Capitalised words that may stand right before a name as its title, not as a first name.
_TITLED = _OFFICES | TITLES | word_set("dr mr mrs ms sir dame lord lady rev")
_PRONOUNS = word_set("its his her their")
#: Rank words of another office than the bare title: "Lt. Gov." is no governor.
_RANKS = OTHER_OFFICE | word_set("lieutenant")
#: Capitalised post words that end a title, never a first name, right before the name
#: (session 57: "First Officer Clive Kunder" was read as another person's first names).
_RANK_POSTS = word_set("officer executive spokesman spokeswoman spokesperson commander")
_RUN = 7  # words of one title run before the name
_LABEL_MARKS = (":", "\u2014", "\u2013")  # "Foreign minister: X", "Foreign minister \u2014 X"
_LABEL_WORDS = 4
_SHORT = 5  # letters of a capitalised word before a full stop read as an abbreviation
# A verb of appointing before a name ("promoted Ilse Marquardt"), its first names between, and
# the post it gives after the name ("to vice chancellor", "as ambassador").
_APPOINTED = re.compile(
    r"\b(?:promoted|appointed|named|elected|nominated|tapped|picked|confirmed|installed|made)"
    r"\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}$"
)
_GIVEN = re.compile(r"(?:'s?|\u2019s?)?\s+(?:as|to)\s+(?:the\s+)?(?:post\s+of\s+)?([a-zA-Z -]+)")
_STEM = 5
_SAME_OFFICE = {"secre": "minis"}  # stems of one office in British and American use
# Joins of two offices in one value ("deputy prime minister and foreign minister"): either
# office held is enough.
_JOINS = re.compile(r",|&|\band\b", re.IGNORECASE)


def _stems(words: frozenset[str]) -> frozenset[str]:
    """The words' first letters (:data:`_STEM`), "secretary" read as "minister": a "Foreign
    Secretary" is the foreign minister, a "State Secretary" a minister of state (the
    caller asks for another word in common besides, :func:`_holds`)."""
    return frozenset(_SAME_OFFICE.get(word[:_STEM], word[:_STEM]) for word in words)


def _content(value: str) -> frozenset[str]:
    """The value's words that name its office and body: no filler, no party, no loose word."""
    tokens = tokenize(value)
    parties: set[int] = set()
    for index, token in enumerate(tokens):
        hit = named_at(tokens, index) if token.capitalised else None
        if hit is not None:
            parties.update(range(index, index + hit[2]))
    kept = {
        token.norm
        for index, token in enumerate(tokens)
        if index not in parties and token.norm not in _LOOSE and not token.is_number
    }
    return role_words(" ".join(kept)) if kept else frozenset()


def _label(text: str, line_start: int, end: int) -> bool:
    """Whether ``line_start:end`` is a fact-box label: a colon's (any length the line gives),
    or a dash's of a few words only ("Foreign minister \u2014 Johann Keller"), as a dash in
    prose ("the talks \u2014 Keller said") closes a clause, not a label."""
    mark = text[end:].lstrip()[:1]
    return mark == ":" or len(text[line_start:end].split()) <= _LABEL_WORDS


def _run_before(
    article: ArticleText, start: int, name: tuple[str, ...]
) -> tuple[frozenset[str], bool] | None:
    """The title run before the name at ``start`` (see the module) and whether the surname is
    written bare there; None when another person's first name stands before it."""
    text = article.text
    line_start = text.rfind("\n", 0, start) + 1
    after = text[start + len(name[-1]) : start + len(name[-1]) + 2].lstrip()
    closed = not after or after[0] in ",.;:)"  # "the Speaker, Szymon Holownia, announced"
    before = article.window_tokens(start, start, before=90)
    end = start
    words: list[str] = []
    commas = 0
    skipping = True  # first names of this person
    bare = True
    for token in reversed(before):
        if token.start < line_start:
            break
        gap = text[token.end : end]
        if gap.strip() in _LABEL_MARKS and not words and _label(text, line_start, token.end):
            if text[line_start : token.end].isupper():
                break  # "ROULEAU: Ravi Bhatt in Ottawa": a transcript's speaker, no label
            return frozenset(t.norm for t in article.tokens_between(line_start, token.end)), bare
        if gap.strip() == "," and commas == 0 and set(words) <= ABBREVIATIONS:
            if not closed:
                break  # "The president, Rubio added": no apposition of Rubio
            commas += 1
            skipping = False
        elif gap.strip() not in ("", "-", "\u2010", "\u2011") and not (
            gap == ". " and token.norm in ABBREVIATIONS  # "Gov. Gordon Pike"
        ):
            if (
                gap == ". "
                and words
                and token.capitalised
                and len(token.text) <= _SHORT
                and (
                    article.sentence_at(token.start) == article.sentence_at(end)
                    or text[end:].split(" ", 1)[0].endswith(".")
                    or _abbreviates(token.norm)
                )
            ):  # session 57: "the Legislative Yuan. Premier Cho" ends a sentence, no cut
                return frozenset(), bare  # "Treas. Sec. Scott Bessent": cut at an abbreviation
            break
        if skipping and token.capitalised and (token.norm in name or token.norm in PARTICLES):
            end, bare = token.start, False
            continue
        if (
            skipping
            and token.capitalised
            and not commas
            and not role_words(token.norm) & (_TITLED | _RANK_POSTS)
        ):
            return None  # "Sarah Huckabee Sanders": another person's first name
        skipping = False
        if token.norm in _STOPS or len(words) >= _RUN or token.is_number:
            break
        words.append(token.norm)
        end = token.start
    return frozenset(words), bare


def _abbreviates(word: str) -> bool:
    """Whether ``word`` is an office word's short form (review rv57r: "Asst. Chief Constable",
    "Dep. Mayor", "Exec. Vice President" qualify the run, though the splitter ends a sentence
    there): its letters, from the first, in order in a longer title word ("asst": assistant)."""
    if len(word) < 2:  # "U.S.", "Harry S.": an initial, the splitter's to read
        return False
    for title in _TITLED | OFFICE_WORDS | _RANK_POSTS:
        letters = iter(title)
        if len(title) > len(word) and title[0] == word[0] and all(c in letters for c in word):
            return True
    return False


def _posts_given(article: ArticleText, start: int, end: int) -> frozenset[str] | None:
    """The post a verb of appointing gives the name written at ``start:end``: "promoted
    Marquardt to vice chancellor", "named Ruiz as ambassador" (the words after "to"/"as" up
    to a mark or a function word); None when no such verb stands before the name."""
    text = article.text
    if not _APPOINTED.search(text[max(0, start - 80) : start]):
        return None
    match = _GIVEN.match(text, end)
    if match is None:
        return None
    words = [word.lower() for word in match.group(1).split()]
    kept: list[str] = []
    for word in words:
        if word in _STOPS or len(kept) >= _RUN:
            break
        kept.append(word)
    return frozenset(kept) or None


def own_titles(article: ArticleText, name: tuple[str, ...]) -> list[frozenset[str]]:
    """Every title the page writes of this person (see the module), as sets of words."""
    if not name or len(article.lowered) != len(article.text):
        return []
    key = ("own titles", name)
    found: list[frozenset[str]] | None = article.memo.get(key)
    if found is not None:
        return found
    spans = article.phrase_spans((name[-1],))
    runs = [_run_before(article, start, name) for start, _ in spans]
    shared = None in runs  # the surname is another person's too: its bare uses are not read
    found = [run for run, bare in filter(None, runs) if run and not (shared and bare)]
    found.extend(
        description.words
        for description in own_descriptions(article, name)
        if not (shared and len(description.name) < 2)
    )
    article.memo[key] = found
    return found


def _holds(title: frozenset[str], content: frozenset[str], ranks: frozenset[str]) -> bool:
    """Whether a title holds every content word of the value (by stem) and no rank word the
    value lacks (``ranks``: the value's words; "Deputy Foreign Minister" holds no "Foreign
    Minister"). A title whose body is a pronoun ("its president, Jonathan Kennedy") holds the
    value's office words only: the body is named elsewhere; one joining two offices ("is vice
    chancellor and finance minister") may give its rank word to the other one."""
    norms = role_words(" ".join(sorted(title)))
    if norms & _PRONOUNS:
        content = content & (_OFFICES | OTHER_OFFICE)
    plain = frozenset(word[:_STEM] for word in content) <= frozenset(n[:_STEM] for n in norms)
    if not plain and not (_stems(content) <= _stems(norms) and content - _OFFICES):
        return (
            False  # read across only with a body word besides ("Minister" is no "State Secretary")
        )
    return "and" in title or not (norms & _RANKS) - ranks


def other_office(article: ArticleText, name: tuple[str, ...], value: str) -> str | None:
    """The title the page gives this person when the value is another office than every
    title of theirs (see the module); None when the page leaves the value open."""
    parts = [_content(part) for part in _JOINS.split(value)]
    parts = [part for part in parts if part & _OFFICES]
    if not parts:
        return None
    ranks = role_words(value)
    past = bool(ranks & FORMER)
    titles = own_titles(article, name)
    given = [  # a post given by a verb of appointing may hold the value, never refuse it
        post
        for start, end in article.phrase_spans((name[-1],))
        if (post := _posts_given(article, start, end)) is not None
    ]  # ("picked Hanna Lindqvist as interim president" for "president": rvh)
    offices = [
        title
        for title in titles
        if role_words(" ".join(sorted(title))) & _OFFICES and (past or not title & FORMER)
    ]  # "Carney, a former governor of the Bank of England": no post of his now
    if not offices or any(_holds(title, part, ranks) for title in titles + given for part in parts):
        return None
    return " ".join(sorted(offices[0]))


#: Words that make a title a post of the person's own when no office noun of :data:`_OFFICES`
#: is in it ("First Officer", "the chief industry affairs officer", "the translator"). Not the
#: generic words a labeller turns into the office itself: "Ukrainian leader" is the president,
#: "Russia's top diplomat" the foreign minister, "defence chief" the defence minister.
_POSTS = (
    _OFFICES
    | word_set(
        """executive officer translator lawyer spokesman spokeswoman spokesperson negotiator
        commander lawmaker coordinator representative reporter"""
    )
) - word_set("general")
#: A "chief" of a named service or function is a post of its own ("Finance chief", "the
#: county's fire chief"); of a country or a ministry's field it is the minister's paraphrase.
_SERVICES = word_set(
    """finance financial operating technology marketing strategy fire police medical science
    scientific investment information executive"""
)


def _is_post(words: frozenset[str]) -> bool:
    """Whether a title's words name a post (:data:`_POSTS`, or "chief" of a service)."""
    return bool(role_words(" ".join(sorted(words))) & _POSTS) or (
        "chief" in words and bool(words & _SERVICES)
    )


def _joined_titles(article: ArticleText, name: tuple[str, ...]) -> list[frozenset[str]]:
    """A title joined by "and" to the run before the name ("Chief executive and founder Nadia
    Okafor"): :func:`_run_before` stops at "and" and reads "founder" only (review rv56r). The
    part nearest the name must name a post, and the word before "and" be a title's word, not
    another person's name ("Chief executive Tom Rusk and founder Nadia Okafor": none)."""
    text = article.text
    found: list[frozenset[str]] = []
    for start, _ in article.phrase_spans((name[-1],)):
        line_start = text.rfind("\n", 0, start) + 1
        end, skipping, joined = start, True, False
        near: list[str] = []  # the title next to the name, then the one before "and"
        far: list[str] = []
        for token in reversed(article.window_tokens(start, start, before=120)):
            if token.start < line_start or text[token.end : end].strip() not in ("", "-"):
                break
            end = token.start
            if skipping and token.capitalised and (token.norm in name or token.norm in PARTICLES):
                continue
            skipping = False
            if token.norm == "and" and near and not joined:
                joined = True
                continue
            if token.norm in _STOPS or token.is_number or len(near) + len(far) >= 2 * _RUN:
                break
            if joined and not far and token.capitalised and not role_words(token.norm) & _POSTS:
                break  # "Tom Rusk and founder ...": a person before "and", no title
            (far if joined else near).append(token.norm)
        if far and _is_post(frozenset(near)):
            found.append(frozenset(near + far + ["and"]))
    return found


def _office_only(value: str) -> frozenset[str]:
    """The value's office without its body: the words before "of"/"at" and, in a value not
    written in capitals throughout, no capitalised word but a post's ("chief executive" of
    "Quarry Bank chief executive" or "chief executive of Quarry Bank")."""
    tokens = tokenize(value)
    cut = next((i for i, t in enumerate(tokens) if t.norm in ("of", "at")), len(tokens))
    lower = any(not token.capitalised for token in tokens[:cut])
    vocabulary = _POSTS | _SERVICES | OTHER_OFFICE | word_set("chief")
    return _content(
        " ".join(
            t.text for t in tokens[:cut] if not (lower and t.capitalised) or t.norm in vocabulary
        )
    )


def rival_office(
    article: ArticleText, name: tuple[str, ...], value: str, past: frozenset[str] = FORMER
) -> str | None:
    """This person's own post when the value is a title the page writes for ANOTHER named
    person (the caller has read that tie, session 56): "Finance chief Arno Antlitz" and
    "Chief executive Oliver Blume" give "chief executive" to Blume, not Antlitz. Unlike
    :func:`other_office`, neither side needs an office noun: the other person's title shows
    the value is a post, and any post word of this person's title shows they hold another.
    None when a title of theirs holds the value (by stem, as :func:`_holds` reads it), when
    the value names a past post, or when no title of theirs names a post (a title holding a
    word of ``past`` names none now: session 58, "once commissioner of the league")."""
    ranks = role_words(value)
    if ranks & FORMER:
        return None
    parts = [part for part in (_content(part) for part in _JOINS.split(value)) if part]
    if not parts:
        return None
    titles = own_titles(article, name)
    posts = [title for title in titles if not title & past and _is_post(title)]
    if not posts:
        return None
    titles = titles + _joined_titles(article, name)  # review rv56r: "X and founder Okafor"
    office = _office_only(value)  # review rv56r: the same office at another body is no
    if office and _is_post(office):  # other post ("chief executive of Quarry Bank")
        parts = [*parts, office]
    if any(_holds(title, part, ranks) for title in titles for part in parts):
        return None
    return " ".join(sorted(posts[0]))


__all__ = ["other_office", "own_titles", "rival_office"]
