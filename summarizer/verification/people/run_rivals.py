"""A role the page writes only before ANOTHER person's name, refused for a person it titles
with a run of their own that :func:`.person_titles.described` does not read, for
:mod:`summarizer.verification.people.person_rules` (session 60, fresh-miss writer ro60).

Seen miss: "Mayor Pro Tem Mark Smith" given "Deputy City Manager" from
"Deputy City Manager Jeff Capps". ``described`` reads a title right before the name only from
its narrow list of title words within two first names ("Mayor", "Manager", "Judge" and a run of
three words before the first name are not in it), and :func:`.role_rivals.sole_holders` keeps
any value for a person with an office word before the name ("NATO chief Mark Rutte" may be the
secretary general). So a person the page titles in a run of their own, and never with the
value, kept any title the page gives to someone else.

English news titles a person in a run of capitalised and office words right before the name
("City Attorney Adam Falco", "Detective Inspector Sam Byrne"): that run is the person's own
post. When the value's words are tied on the page (:func:`.role_holders.role_ties`) to other
named people only, each as a present office, and the person's own run holds none of the
value's office words, the value is the other's.

Kept: a run of this person's holding one of the value's office words ("Mayor Pro Tem" for
"Mayor"; ranked posts are :mod:`.ranked_titles`'), a run with a past word ("former"), a run
whose offices are all generic ("EU foreign policy chief Kaja Kallas", "Conservative leader",
"top diplomat": the generic word may name the value in other words, as session 25 kept "NATO
chief Mark Rutte"; one unseen alarm came from the first version, which read them), a generic
value ("spokesman", "official"), a value also written in the plural or beside
"counterpart" anywhere, a sentence naming this person with a word of succession or sharing
(:func:`.role_rivals.handed_over`, :func:`.role_rivals.room_here`), and a title-case line
(a headline's capitals are no title run).

:func:`named_once`, the second seen shape ("Chair Jerome Powell ... the chair says" for the
bare-named Stephen Miran; "Judge Andrew Menary KC ... The judge described" for the prosecutor
Paul Greaney): :func:`.role_rivals.sole_holders` keeps a value any unnamed mention of which
is "written of no one". English names a holder once with the title and then calls them "the
judge": a definite "the <title>" after the named holding is that holder. Refused for a person
with no title word before the name (generic ones too), run or description of their own when
one full-named person holds the value and every other mention is "the <value>" after that
holder's name; kept when this person is named earlier in the definite mention's own
sentence ("Zelensky had flown in ... as the Ukrainian president departed" is his), for a
head's bare title without a party, "a <value>", a plural, and the guards above.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from .party_names import party_of
from .person_titles import value_parties
from .role_descriptions import OFFICE_WORDS, own_descriptions, same_person, sentences_of
from .role_holders import FORMER, Tie, role_words
from .role_rivals import HEADS, handed_over, room_here

# Office nouns of a title run besides the shared office words ("Mayor", "City Manager").
RUN_OFFICES = OFFICE_WORDS | word_set(
    """mayor manager judge justice magistrate attorney prosecutor solicitor barrister ceo cfo
    coo executive editor coach captain commissioner councillor councilor councilman
    councilwoman superintendent sheriff constable inspector sergeant detective professor dean
    provost rector principal bishop archbishop cardinal rabbi imam pastor reverend treasurer
    auditor clerk registrar founder cofounder owner chairman chairwoman trustee governor
    mp mep minister secretary ambassador consul general colonel major lieutenant"""
)
# Words of a title run before a name that are not themselves capitalised or an office.
_RUN_FILLERS = word_set(
    """of the for and press national security policy affairs military intelligence trade
    finance top senior economic interior justice health energy foreign city county state
    district regional chief pro tem"""
)
# Generic office words: a run of these alone names no one post ("NATO chief Mark Rutte").
_GENERIC = word_set(
    """official officials spokesman spokeswoman spokesperson aide aides adviser advisor
    lawmaker diplomat member leader head chief representative officer staffer source analyst
    expert resident witness soldier commander activist envoy boss senior top first junior"""
)
_FUNCTION = word_set(
    """from in at on by with after before for to the a an and but as when while since
    meanwhile later earlier then still also yesterday today this that there here it he she
    they we his her their our its"""
)
_SHARED = word_set(
    """replaced replaces replacing replace succeeded succeeds succeeding succeed successor
    predecessor cochair jointly joint alongside fellow counterpart counterparts handed
    named appointed nominated promoted elected charge caretaker replacement"""
)
_FIRST_NAMES = 2  # first names between a run and the surname
_LONGEST_RUN = 8
_MIN_LOWER = 4  # letters of a lower-case word that shows a line is prose, not a headline
_BENCH = word_set("judge justice magistrate recorder coroner sheriff")
_CHAIRS = word_set("chair chairman chairwoman chairperson president presiding")
_HEARINGS = r"\b(?:hearing|trial|retrial|court|tribunal|inquest|sentencing|appeal|case)s?\b"
_FULL = 2  # words of the holder's name: a full name ("on X, the president" names no one)


def own_runs(article: ArticleText, surname: str) -> list[frozenset[str]]:
    """The words of each title run the page writes right before the surname (over up to two
    first names, one space between each word), that holds an office word; none on a
    title-case line or with a past word in it."""
    text = article.text
    runs: list[frozenset[str]] = []
    for start, _ in article.phrase_spans((surname,)):
        if not _prose_line(text, start):
            continue
        before = article.window_tokens(start, start, before=120)
        position, end, skipped = len(before) - 1, start, 0
        while position >= 0 and skipped < _FIRST_NAMES:  # the name's first names
            token = before[position]
            if text[token.end : end] != " " or not token.capitalised:
                break
            if token.norm in RUN_OFFICES:
                break
            skipped, end, position = skipped + 1, token.start, position - 1
        words: list[str] = []
        while position >= 0 and len(words) < _LONGEST_RUN:
            token = before[position]
            if text[token.end : end] not in (" ", "-"):
                break
            if not (token.capitalised or token.norm in RUN_OFFICES or token.norm in _RUN_FILLERS):
                break
            if token.norm in _FUNCTION and token.norm not in ("of", "for", "the", "and"):
                break
            words.append(token.norm)
            end, position = token.start, position - 1
        run = frozenset(words)
        if run & RUN_OFFICES and not run & FORMER and not run & word_set("late then"):
            runs.append(run)
    return runs


def _prose_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` has a lower-case word of some length (a headline in
    title case has none)."""
    begin = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    line = text[begin : stop if stop >= 0 else len(text)]
    return any(
        word.isalpha() and word.islower() and len(word) >= _MIN_LOWER for word in line.split()
    )


def run_rivals(
    article: ArticleText, name: tuple[str, ...], value: str, found: list[Tie], titled: bool
) -> list[str]:
    """The other people the page gives the value to, when this person has a title run of
    their own that ``described`` does not read and that holds none of the value's office
    words (see the module); empty otherwise."""
    words = role_words(value)
    if titled or not name or not words or words <= _GENERIC:
        return []
    if not found or any(not _person_like(tie) or tie.former for tie in found):
        return []  # written of no one there, of no person, or as a past office
    if any(same_person(name, tie.name) for tie in found):
        return []
    runs = own_runs(article, name[-1])
    if not runs:
        return []
    offices = words & RUN_OFFICES - _RUN_FILLERS  # "foreign" of "foreign policy chief" is no post
    for run in runs:
        if run & (offices | (words - _RUN_FILLERS - _GENERIC)):
            return []  # "Mayor Pro Tem Mark Smith" may be "Mayor"
        if run & RUN_OFFICES - _RUN_FILLERS <= _GENERIC:
            return []  # "NATO chief Mark Rutte" may be the secretary general (session 25)
    holders = sorted({" ".join(tie.name).title() for tie in found})
    if handed_over(article, name, holders) or room_here(article, name, value):
        return []
    if _shared(article, words, name[-1]):
        return []
    return holders


def named_once(
    article: ArticleText, name: tuple[str, ...], value: str, found: list[Tie], titled: bool
) -> str | None:
    """The one other person the page gives the value to by name, when the page's other
    mentions of it are all "the <value>" (the holder named again: "Judge Andrew Menary ...
    The judge described") and this person has no title, run or description of their own
    (see the module); None otherwise."""
    words = role_words(value)
    if titled or not name or not words or words <= _GENERIC or _any_title(article, name[-1]):
        return None  # "Russia's top diplomat, Sergei Lavrov" may be "the foreign minister"
    named = [tie for tie in found if tie.name]
    if not named or len(named) == len(found) or own_descriptions(article, name):
        return None  # all named: :func:`.role_rivals.sole_holders` reads them
    first = named[0].name
    if any(
        not _person_like(tie) or tie.former or not same_person(first, tie.name) for tie in named
    ):
        return None
    if same_person(name, first) or (words & HEADS and not value_parties(value)):
        return None  # "President": every country has its own
    if len(first) < _FULL or not _definite_only(article, value, first, name):
        return None
    holder = " ".join(first).title()
    if handed_over(article, name, [holder]) or room_here(article, name, value):
        return None
    if _seated(article.text, words, name[-1]):
        return None  # "The retrial opened ... before Clare Hart": the judge is hers
    return None if _shared(article, words, name[-1]) else holder


def _any_title(article: ArticleText, surname: str) -> bool:
    """Whether an office word, generic or not, stands right before the name somewhere, over
    its first names and one comma ("NATO chief Mark Rutte", "Russia's top diplomat, Sergei
    Lavrov"): a title of some office, which may be the value in other words."""
    text = article.text
    for start, _ in article.phrase_spans((surname,)):
        end = start
        for token in reversed(article.window_tokens(start, start, before=60)[-5:]):
            if text[token.end : end].strip() not in ("", ","):
                break
            if token.norm in RUN_OFFICES or token.norm in _GENERIC:
                return True
            if not token.capitalised:
                break
            end = token.start
    return False


def _definite_only(
    article: ArticleText, value: str, holder: tuple[str, ...], name: tuple[str, ...]
) -> bool:
    """Whether every place the value is written either stands before the holder's name or
    comes right after "the", the holder named before it and this person not earlier in its
    sentence ("Judge Andrew Menary ... The judge described"; "Volodymyr Zelensky had flown in
    ... as the Ukrainian president departed" is his own)."""
    text = article.text
    theirs = [start for start, _ in article.phrase_spans((holder[-1],))]
    ours = [start for start, _ in article.phrase_spans((name[-1],))]
    phrase = r"\s+".join(re.escape(part) for part in value.split())
    for match in re.finditer(rf"(?i)(?<![\w-]){phrase}(?![\w-])", text):
        if _name_follows(text, match.end(), holder[-1], over=_FULL):
            continue  # "Judge Andrew Menary": the named holding (a word, not "toward")
        before = text[max(0, match.start() - 5) : match.start()].lower()
        if not re.search(r"(?:^|\W)the\s$", before):
            return False
        opening = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
        if not any(at < match.start() for at in theirs) or any(
            opening < at < match.start() for at in ours
        ):
            return False  # "the Ukrainian president" after this person's name in its sentence
        if _apposed(text, match.end(), name[-1]):
            return False  # "the chair of the parks board, Tom Berg,": this person's
    return True


def _name_follows(text: str, end: int, surname: str, over: int) -> bool:
    """Whether the surname, as a word, follows ``end`` over one comma and at most ``over``
    first names ("Judge Andrew Menary", "the chair, Jerome Powell")."""
    names = r"(?:[A-Z][\w'.-]*\s+)" + f"{{0,{over}}}"
    found = re.match(rf",?\s+{names}(?i:{re.escape(surname)})(?![\w-])", text[end:])
    return found is not None


def _seated(text: str, words: frozenset[str], surname: str) -> bool:
    """Whether the page seats this person in the value's office without the title (session
    60, mend rh60): "presided over by" or "chaired by" the name for a judge or a chair;
    "the bench of" the name, or a hearing's, trial's or court's "before", "heard by" or
    "tried by" the name for a judge ("The retrial opened on Monday before Clare Hart at
    Renfield Crown Court"). The name right after the phrase, over at most two first names,
    and after "before" closing its clause ("at", "in", "on", "sitting", a full stop), so
    "before Marsh could speak", "before Marsh's lawyer" and "appeared before the committee"
    seat no one."""
    names = r"(?:[A-Z][\w'.-]*\s+){0,2}" + f"(?i:{re.escape(surname)})(?![\\w'\u2019-])"
    if words & _BENCH:
        if re.search(r"\bthe\s+bench\s+of\s+" + names, text):
            return True
        closes = r"(?=\s*[.;]|\s+(?:at|in|on|sitting)\b|,\s+(?:sitting|who)\b)"
        court = rf"\b(?:heard\s+by|tried\s+by|before)\s+{names}{closes}"
        for found in re.finditer(court, text):
            opening = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start()))
            clause = text[opening + 1 : found.start()].lower()
            if re.search(_HEARINGS, clause) and not re.search(r"\bappear\w*\s*$", clause):
                return True  # a hearing's: not "heard by Marsh" of a shout
    if words & (_BENCH | _CHAIRS):
        return re.search(r"\b(?:presided\s+over|chaired)\s+by\s+" + names, text) is not None
    return False


def _apposed(text: str, end: int, surname: str) -> bool:
    """Whether the definite title's own phrase ends in a comma and this person's name ("the
    chair of the parks board, Tom Berg")."""
    rest = re.match(r"[^.,;:!?\n]{0,60},", text[end:])
    return rest is not None and _name_follows(text, end + rest.end(), surname, over=_FULL)


def _person_like(tie: Tie) -> bool:
    """A tie's name that may be a person's: no function word, not a party."""
    return (
        bool(tie.name) and _FUNCTION.isdisjoint(tie.name) and party_of(" ".join(tie.name)) is None
    )


def _shared(article: ArticleText, words: frozenset[str], surname: str) -> bool:
    """Whether the page leaves the role open to more holders: "counterpart", a plural of one
    of its words, or a word of succession or sharing in a sentence naming this person."""
    if article.uses("counterpart") or article.uses("counterparts"):
        return True
    if any(article.uses(_plural(word)) for word in words if word not in _RUN_FILLERS):
        return True
    for index in sentences_of(article, surname):
        tokens: list[Token] = list(article.sentence_tokens(index))
        norms = {token.norm for token in tokens}
        if surname in norms and norms & _SHARED:
            return True
    return False


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


__all__ = ["RUN_OFFICES", "named_once", "own_runs", "run_rivals"]
