"""Who a sentence says did a deed, in the wordings the deed reader of quote speakers
(:mod:`summarizer.verification.quotes.deed_speakers`) missed until session 45 (closer gsp45a):

- a title taken rather than won ("Iga Novak took the title, beating Ruiz", "Ada Quist took
  the next two and the title"): the champion's deed as much as "won";
- a winner a jury chose ("the judges chose Lars Onn's debut", "the jury that picked Lars
  Onn"): the chosen one (a work's owner) won;
- the name a prize went to behind a possessive: a kin's or a pupil's apposition ("went to
  Hana Sato's former student, Kenji Arai": Arai, not Sato) and a place's or a body's
  possessive ("went to Britain's Ana Pell", "Kyoto University's Hana Sato": Pell, Sato); a
  work's title behind a person's possessive is the owner's ("went to Ana Pell's Salt
  Roads"); another noun behind it stays unread ("went to Hana Sato's team");
- a deed the sentence marks as an earlier one ("first headed by Tom Ek, is now led by",
  "Earlier, Tom Ek headed the inquiry"): another occasion's, no one's now;
- a deed of two joined names ("Ana Pell and Leon Vasse founded Brightloop"): both did it,
  so neither is "the founder" alone.

Each is a closed wording of English, read on one sentence's tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from summarizer.text.countries import PARTIES
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set

# "took the title/crown": a win told by what was taken.
_TAKING = word_set("took takes clinched clinches lifted lifts claimed claims")
_TAKEN = word_set("title titles crown trophy cup championship gold")
# Words that end the thing taken before the title word ("took the lead in the title race").
_TAKEN_ENDS = word_set(
    "in at on to for of from with by after before when while but or that which who as"
)
# A taking not done ("nearly took the title", "hoped to take"): no deed.
_SHORT_OF = word_set("nearly almost not never")
# A jury's choice of the winner ("the judges chose X", "the jury that picked X").
_CHOOSING = word_set("chose chooses picked picks selected selects named names crowned")
_JURIES = word_set("judges jury juries panel jurors")
# Nouns of a person tied to a possessive's owner, whose apposition names the one meant
# ("Hana Sato's former student, Kenji Arai"; "Dara Finch's father, Ian Finch").
_KIN = word_set(
    """father mother son daughter wife husband brother sister partner student pupil protege
    colleague teammate friend widow widower niece nephew cousin deputy assistant apprentice
    coach successor fiancee fiance grandson granddaughter"""
)
# A body's own words before its possessive ("Kyoto University's Hana Sato").
_BODY_WORDS = word_set(
    """university college institute school academy club team society museum hospital
    laboratory lab foundation council"""
)
# Words that mark a deed as an earlier one ("first headed by", "Earlier, X headed").
_EARLIER = word_set("first earlier formerly previously once originally initially")
# Words that time a deed to another occasion than now ("last year", "a year ago", "in 2019").
_LAST = word_set("last previous")
_SPANS = word_set("year years season seasons month months week time")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words a jury's choice names a winner with ("named X as the winner", "chose X for the prize").
_WON = word_set("winner winners champion laureate recipient prize award medal title")
# Words that may open the clause a joined subject stands in ("which Ana Pell and Leon Vasse").
_CLAUSE_OPENS = word_set("which that who whom when where after before since then")
_PLACES = frozenset(
    form.lower()
    for names, people, *_ in PARTIES.values()
    for form in (*names, *people)
    if " " not in form
)


def taken_title(tokens: Sequence[Token], at: int) -> bool:
    """Whether ``tokens[at]`` takes a title ("took the title", "took the next two and the
    title", "lifted the trophy"), not short of it ("nearly took the title")."""
    if tokens[at].norm not in _TAKING or (at and tokens[at - 1].norm in _SHORT_OF):
        return False
    for index, token in enumerate(tokens[at + 1 : at + 8], start=at + 1):
        if token.norm in _TAKEN:  # not a post's "took the title of chief executive"
            return index + 1 >= len(tokens) or tokens[index + 1].norm != "of"
        if token.norm in _TAKEN_ENDS or token.capitalised:
            return False
    return False


def chosen_winner(text: str, tokens: Sequence[Token], at: int) -> list[Token] | None:
    """The one a jury's verb at ``at`` chose ("the judges chose Lars Onn's debut": Lars Onn;
    "the jury that picked Lars Onn"; "chose Hana Sato's former student, Kenji Arai": Arai), or
    None when ``tokens[at]`` is no jury's choice (a jury word within the six words before it:
    "the judges praised X but chose Y"), a choice short of the deed ("almost picked"), a
    choice for another role ("named Ana Pell as its chair", "picked X for the shortlist") or
    of a possessive's unnamed kin ("chose Hana Sato's student"; review rv45a)."""
    if tokens[at].norm not in _CHOOSING or (at and tokens[at - 1].norm in _SHORT_OF):
        return None
    if not any(t.norm in _JURIES for t in tokens[max(at - 6, 0) : at]):
        return None
    run: list[Token] = []
    for index, token in enumerate(tokens[at + 1 : at + 6], start=at + 1):
        if not token.capitalised or (run and text[run[-1].end : token.start].strip()):
            break
        run.append(token)
        if is_possessive(token, text):  # "Lars Onn's debut": the work's owner won
            if apposed := _apposed(text, tokens, index + 1):
                return apposed  # "Hana Sato's former student, Kenji Arai"
            if any(t.norm in _KIN for t in tokens[index + 1 : index + 4]):
                return None  # "Hana Sato's student": the student, unnamed
            break
    ends = at + 1 + len(run)
    role = run and ends < len(tokens) and tokens[ends].norm in ("as", "to", "for")
    if role and not any(t.norm in _WON for t in tokens[ends + 1 : ends + 5]):
        return None  # "named Ana Pell as its chair", "picked X for the shortlist"
    return run or None


def another_time(tokens: Sequence[Token], start: int = 0) -> bool:
    """Whether the words from ``start`` time a deed to another occasion than now ("took the
    title last year", "lifted the trophy a year ago", "in 2019"; review rv45a)."""
    for one, two in pairwise(tokens[start:]):
        if (one.norm in _LAST and two.norm in _SPANS) or (one.norm in _SPANS and two.norm == "ago"):
            return True
        if one.norm == "in" and _YEAR.fullmatch(two.text):
            return True
    return False


def clause_time(text: str, tokens: Sequence[Token], at: int) -> bool:
    """Whether the clause of the verb at ``at`` (between the punctuation around it) times it
    to another occasion ("Last year the judges chose Ana Pell's memoir"; not "went to Ana
    Pell in 2019, and this year she chaired the jury that picked Lars Onn"; review rv45a)."""
    gaps = [bool(re.search(r"[,;:]", text[a.end : b.start])) for a, b in pairwise(tokens)]
    start = max((i + 1 for i in range(at) if gaps[i]), default=0)
    end = min((i + 1 for i in range(at, len(gaps)) if gaps[i]), default=len(tokens))
    return another_time(tokens[start:end])


def named_after(text: str, tokens: Sequence[Token], at: int) -> list[Token]:
    """The doer a passive or a prize's "to" names right after it ("went to Leon Vasse"): its
    capitalised run (up to five words); behind a place's or a body's possessive the name after
    it ("Britain's Ana Pell"); behind a person's possessive and a kin's noun the apposition's
    name ("Hana Sato's former student, Kenji Arai"); behind a person's possessive and a
    capitalised title the owner ("Ana Pell's Salt Roads": her work won); [] for an unknown
    doer (no name at once: "went to a first-time author"; a possessive's other noun: "Hana
    Sato's team")."""
    run: list[Token] = []
    for index, token in enumerate(tokens[at : at + 5], start=at):
        if not token.capitalised:
            break
        run.append(token)
        if is_possessive(token, text):
            if _place_or_body(run):
                after = _run_at(text, tokens, index + 1)
                return after if len(after) >= 2 else []
            if _run_at(text, tokens, index + 1):
                return run  # "went to Ana Pell's Salt Roads": the work's owner won
            return _apposed(text, tokens, index + 1)
    return run


def _place_or_body(run: Sequence[Token]) -> bool:
    """Whether a possessive's owner is a country or a body ("Britain's", "Kyoto
    University's"), never a person."""
    last = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", run[-1].text).lower()
    return (len(run) == 1 and last in _PLACES) or last in _BODY_WORDS


def _run_at(text: str, tokens: Sequence[Token], at: int) -> list[Token]:
    """The capitalised run from ``at`` (up to four words, no possessive, no gap but space)."""
    run: list[Token] = []
    for token in tokens[at : at + 4]:
        if not token.capitalised:
            break
        if is_possessive(token, text):
            return []  # "Britain's Ana Pell's novel": the owner again, unread
        if run and text[run[-1].end : token.start].strip():
            break
        run.append(token)
    return run


def _apposed(text: str, tokens: Sequence[Token], at: int) -> list[Token]:
    """After a person's possessive at ``at - 1``: the name apposed to a kin's noun ("former
    student, Kenji Arai"), or [] (whose, unread)."""
    index = at
    while index < len(tokens) and index < at + 3 and not tokens[index].capitalised:
        index += 1
    if index == at or index >= len(tokens) or tokens[index - 1].norm not in _KIN:
        return []
    if text[tokens[index - 1].end : tokens[index].start].strip() != ",":
        return []
    after = _run_at(text, tokens, index)
    return after if len(after) >= 2 else []


def earlier_deed(tokens: Sequence[Token], at: int, run_start: int | None = None) -> bool:
    """Whether the deed at ``at`` is marked as an earlier one: a marker right before its
    verb ("first headed by", "once led"), or, for an active deed whose doer's run starts at
    ``run_start``, a marker of its own opening the sentence right before it ("Earlier, Tom Ek
    headed the inquiry"): not one that opens another phrase ("Previously unranked, Iga Novak
    won"), nor before a present deed or an aside's ("Earlier, Nora Blix, who chairs the
    inquiry, told MPs": the marker times the telling; review rv45a)."""
    if at and tokens[at - 1].norm in _EARLIER:
        return True
    if run_start != 1 or tokens[0].norm not in _EARLIER or tokens[at].norm.endswith("s"):
        return False
    return all(t.norm != "who" for t in tokens[run_start:at])


def earlier_marker(token: Token) -> bool:
    """Whether a capitalised word opening a doer's run is an earlier deed's marker
    ("Earlier", "Previously"), no part of the name."""
    return token.norm in _EARLIER


def joined_after(text: str, tokens: Sequence[Token], run_end: int) -> list[Token]:
    """The other name a passive's doer is joined to by "and" ("founded by Rob Ames and Gwen
    Ames": Gwen Ames for the run ending at ``run_end``), or []."""
    if run_end >= len(tokens) or tokens[run_end].norm != "and":
        return []
    if run_end and text[tokens[run_end - 1].end : tokens[run_end].start].strip():
        return []  # "founded by Rob Ames, and Tom Ek joined him": another clause (rv45a)
    after = _run_at(text, tokens, run_end + 1)
    return after if len(after) >= 2 else []


def joint_doers(text: str, tokens: Sequence[Token], run_start: int) -> list[Token]:
    """The other name joined to a doer's run by "and" ("Ana Pell and Leon Vasse founded":
    Ana Pell for the run "Leon Vasse"), or [] when the run stands alone or the other is a
    verb's object ("Tom Ek joined Orbis Capital and Ida Lunde founded": review rv45a)."""
    if run_start < 2 or tokens[run_start - 1].norm != "and":
        return []
    run: list[Token] = []
    back = run_start - 2
    while back >= 0 and tokens[back].capitalised and len(run) < 4:
        if text[tokens[back].end : (run[0] if run else tokens[back + 1]).start].strip():
            break
        run.insert(0, tokens[back])
        back -= 1
    if run and back >= 0 and not text[tokens[back].end : run[0].start].strip():
        before = tokens[back]
        if not before.capitalised and not before.is_number and before.norm not in _CLAUSE_OPENS:
            return []  # "joined Orbis Capital and": an object, no doer
    return run if len(run) >= 2 else []


__all__ = [
    "another_time",
    "chosen_winner",
    "clause_time",
    "earlier_deed",
    "earlier_marker",
    "joint_doers",
    "named_after",
    "taken_title",
]
