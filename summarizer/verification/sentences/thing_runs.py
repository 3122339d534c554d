"""Capitalised words a "he" or "she" cannot stand for, taken out of a sentence before
:mod:`summarizer.verification.sentences.pronoun_walks` asks whether it names anyone (session
63, writer sp63; here in sentences/ beside the walk, as quotes/ holds its 70 modules).

News names a speaker and, in the same breath, the body they work for, the club they belong
to or the firm whose officer they are, then credits the next quote to "he" or "she": "Joe
Morris of the Tennessee Eastman Hiking and Canoeing Club remembers crews going out in snow.
"We were there," he said."; "Lonnie Hendry, Trepp's chief product officer, told a webinar
...". A sentence between may name only a body: "The Forest Service paid for the work." The
walk read each such capitalised word as a second person the pronoun might point to and
stopped, so the right speaker was flagged. A pronoun for a person never points to a body's
name, nor to the firm or person a speaker's own title belongs to ("Robert Newlen, Hayden's
deputy, ... he wrote" is Newlen's: the head of the phrase, not its owner).

Taken out, and only these:
- a run the word "the" stands before, or that opens the sentence with "The" ("The Forest
  Service paid"), and the runs joined to it by "of", "and" or "&" ("the Department of
  Health", "the Hiking and Canoeing Club"), when the run is two words or more or goes on
  with "of" ("The Guild of Master Bakers"; "The Brazilian, 29,", "the Kremlin" are left to
  the walk); never a run with a title or a
  person's word in it ("the Rev. Al Hart");
- a run whose last word is a body's ("Canoeing Club", "Forest Service", "Zeughauser Group";
  a word that is also a common surname, "Mills", "Power", "Church", "Steel", is not one);
- a run that opens with "New" and goes on ("New York", "New Delhi": a place);
- of the value's own words only: the runs of its apposition, between the commas right after
  its name, when they are a possessive and lower-case words up to a title word ("Lonnie
  Hendry, Trepp's chief product officer,"), and the run right after "of", "at" or "from"
  after its name ("Kent Zimmermann of Zeughauser said"). Nothing of another person's
  apposition is taken out: "Robert Newlen, Hayden's deputy," leaves Newlen in when Hayden is
  the value.
The first naming sentence names the value only as the owner of another's title ("Jenna
Pole, Rusk's deputy,": :func:`owner_only`): the walk stops there.
A sentence the walk passes with a run taken out still stops it when a name stands right after
"by", "from" or "with" ("The Kettle Ridge Trust, led by Jo Farr, raised the money": the "she"
may be Farr's), as the first naming sentence does.
Runs that hold the value's own name are never taken out.
Review rv63s: a run is cut after a possessive unless a body's word stands after it, so what a
body owns is judged alone ("the Transport Ministry's Ines Kale", "The BBC's Liam Storr": a
person); "and" or "&" joins only a run inside an "of" chain, a one-word run or a body's ("The
Harbour Authority and Petra Long" keeps Long); "New Zealander Rhys Hanley" loses only "New
Zealander"; the value's possessive before a title word owns no one when a lower-case noun
follows the title ("Jo Farr's head injury", "Alan Rusk's chief worry").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, word_set
from ..people.names import TITLES, find_named
from ..people.standin_words import BODY_WORDS, PERSON_HEADS
from .antecedents import capitalised_runs
from .speech import SPEECH_VERBS

# Last words of a body's name; surnames as common as the word are left out of it.
_BODY_ENDS = (
    BODY_WORDS
    | word_set(
        """service services club society association federation trust board commission
        agency advisory foundation institute committee council office department league"""
    )
) - word_set("mills power church house post water town county young united capital steel")
_JOINS = word_set("of and &")
# Endings of a people's word after "New" ("New Zealander", "New Yorker", "New Mexican"): the
# words after it are a person's name, not the place's.
_PEOPLES_ENDS = ("er", "ers", "ican", "icans", "ite", "ites")
_TIES = word_set("of at from")
_APPOSITION = 8  # words between the commas of a name's apposition, at most
_HEADS = (
    TITLES
    | PERSON_HEADS
    | word_set(
        """officer executive director manager analyst economist founder partner spokesman
        spokeswoman spokesperson deputy aide adviser advisor head chief lawyer attorney
        researcher professor strategist chairman chairwoman chair president secretary"""
    )
)


def _possessive(token: Token) -> bool:
    return token.capitalised and token.text.endswith(("'s", "\u2019s"))


def without_things(tokens: Sequence[Token], parts: Sequence[str], text: str) -> list[Token]:
    """The words of a sentence with the capitalised runs that name no person taken out (the
    module's list), so a "he" or "she" is not read back to a body, a place or the owner of the
    value's own title."""
    runs = _owned_apart(tokens, text)
    if not runs:
        return list(tokens)
    spans = [span for part in parts for span in find_named(part, list(tokens), text)]
    own = _own_words(tokens, spans, text)
    drop: set[int] = set()
    joined = False  # the run before was taken out and this one is joined to it
    chained = False  # ... and reached through "of" ("the Department of Health and Social Care")
    for number, (first, last) in enumerate(runs):
        if any(first <= span[1] and span[0] <= last for span in spans):
            joined = False
            continue  # the value's own name
        words = tokens[first : last + 1]
        if any(t.norm in TITLES or t.norm in PERSON_HEADS for t in words):
            joined = False
            continue  # "the Rev. Al Hart", "the Duchess of Kent": a person
        named = words[1:] if first == 0 and words[0].norm == "the" else words
        following = runs[number + 1][0] if number + 1 < len(runs) else None
        of_next = following == last + 2 and tokens[last + 1].norm == "of"  # "The Guild of X"
        led = (len(named) > 1 or of_next) and (
            (first > 0 and tokens[first - 1].norm == "the") or len(named) < len(words)
        )  # not "The Brazilian, 29,": a people's word, a description the walk reads
        taken = (
            led
            or joined
            or words[-1].norm in _BODY_ENDS
            or all(at in own for at in range(first, last + 1))
        )
        if taken:
            begin = first + 1 if first == 0 and words[0].norm == "the" else first
            if following == last + 1 and text[tokens[last].end : tokens[following].start] in (
                " ",
                " & ",
            ):
                begin = first  # "The Transport Ministry's Ines Kale": "The" is not hers
            drop.update(range(begin, last + 1))
        place = False  # a place's name ("New South Wales"): a place after "and" joins it
        if not taken and words[0].norm == "new" and len(words) > 1:
            people = words[1].norm.endswith(_PEOPLES_ENDS)  # "New Zealander Rhys Hanley"
            drop.update(range(first, first + 2 if people else last + 1))  # "New South Wales"
            place = not people
        link = tokens[last + 1].norm if following == last + 2 else ""
        chained = chained or (first > 0 and tokens[first - 1].norm == "of")  # "of Fisheries and"
        joined = bool(
            (taken or place)
            and link in _JOINS
            and text[tokens[last].end : tokens[last + 1].start] == " "
            and (link == "of" or chained or place or _thing_after(tokens, runs[number + 1]))
        )  # not "The Harbour Authority and Petra Long": a person may stand after "and"
        chained = joined and (link == "of" or chained)
    return [t for at, t in enumerate(tokens) if at not in drop]


def _thing_after(tokens: Sequence[Token], run: tuple[int, int]) -> bool:
    """Whether a run after "and" joins the body before it: a body's word ends it ("Hiking and
    Canoeing Club") or it is one word ("the United States and India"), not a full name."""
    return run[0] == run[1] or tokens[run[1]].norm in _BODY_ENDS


def _owned_apart(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """The capitalised runs, each cut after a possessive inside it: what a body owns ("the
    BBC's Liam Storr", "the Transport Ministry's Ines Kale") may be a person, so it is judged
    as a run of its own, never as part of the body's name."""
    runs: list[tuple[int, int]] = []
    for first, last in capitalised_runs(tokens, text):
        start = first
        owned = [at for at in range(first, last) if _possessive(tokens[at])]
        if owned and any(t.norm in _BODY_ENDS for t in tokens[owned[-1] + 1 : last + 1]):
            runs.append((first, last))  # "the Sheriff's Office Search and Rescue": a body's
            continue
        for at in range(first, last):
            if _possessive(tokens[at]):
                runs.append((start, at))
                start = at + 1
        runs.append((start, last))
    return runs


def _own_words(tokens: Sequence[Token], spans: list[tuple[int, int]], text: str) -> set[int]:
    """The indexes of the value's apposition ("Lonnie Hendry, Trepp's chief product officer,")
    and of the run right after "of", "at" or "from" after its name ("Kent Zimmermann of
    Zeughauser")."""
    own: set[int] = set()
    for _, last in spans:
        after = last + 1
        if after + 1 < len(tokens) and tokens[after].norm in _TIES:
            at = after + 1
            while at < len(tokens) and tokens[at].capitalised:
                own.add(at)
                at += 1
        if after >= len(tokens) or "," not in text[tokens[last].end : tokens[after].start]:
            continue
        end = next(
            (
                at
                for at in range(after, min(after + _APPOSITION, len(tokens) - 1))
                if "," in text[tokens[at].end : tokens[at + 1].start]
            ),
            None,
        )
        if end is None or tokens[end].norm not in _HEADS or tokens[end].capitalised:
            continue  # not "..., who met Tom Jones in the morning,"
        owner = next((at for at in range(after, end) if _possessive(tokens[at])), None)
        if owner is not None and all(
            not t.capitalised and t.norm not in STOPWORDS for t in tokens[owner + 1 : end + 1]
        ):
            own.update(range(after, owner + 1))  # "Trepp's chief product officer"
    return own


def owner_only(tokens: Sequence[Token], parts: Sequence[str], text: str) -> bool:
    """Whether the sentence names the value only as the owner of another person's title
    ("Jenna Pole, Rusk's deputy, told parents": the deputy is the one who speaks next, and
    the walk read "deputy" as Rusk's own title)."""
    spans = [span for part in parts for span in find_named(part, list(tokens), text)]
    if not spans:
        return False
    for _, last in spans:
        if not _possessive(tokens[last]):
            return False
        after = tokens[last + 1 : last + 4]
        head = next(
            (at for at, t in enumerate(after) if t.norm in _HEADS and not t.capitalised), None
        )
        if head is None:
            return False
        end = last + 1 + head
        while end + 1 < len(tokens) and tokens[end + 1].norm in _HEADS:
            end += 1  # "head coach", "chief executive"
        then = tokens[end + 1] if end + 1 < len(tokens) else None
        if (
            then is not None
            and not then.capitalised
            and then.norm not in STOPWORDS
            and then.norm not in SPEECH_VERBS
            and not then.norm.endswith("ed")
            and "," not in text[tokens[end].end : then.start]
        ):
            return False  # "Jo Farr's head injury kept her out": a compound, not a title
    return True


__all__ = ["owner_only", "without_things"]
