"""A named subject that outranks a quote's read-back, read for
:mod:`summarizer.verification.quotes.speakers`.

A quote whose own sentence names no speaker by a speech verb ("Turkey's foreign minister,
Hakan Fidan, opened it with a call to end "..."", "Machado, for her part, was gracious: ...")
is read back, through its "he said" or its description, to an earlier sentence; and the walk
back stops at the first earlier sentence that gives a verdict. Two readings of a sentence's
own named subject stand before that walk's verdict "other":

- the quote's own sentence (:func:`own_subject`): its subject is nearer than any sentence
  before it, whatever verb it uses, unless another name in it speaks ('Abbas Araghchi
  "arrived in Muscat", IRNA said', "X criticized the idea, and Y said: "..."") or a second
  clause with its own subject holds the quote ("X defended the bloc, while Y described it as
  a "prison"") or the subject only relays ("X, quoting the president, told a briefing");
- the sentence the walk stopped at (:func:`subject_back`): when its readers (an epithet, a
  rival, a paper's reader) settle on someone else, yet its main clause's named subject is the
  speaker ("Vanuatu's envoy Ralph Regenvanu had opened those hearings with a warning. "...,"
  he told the bench"), the pronoun or description goes to that subject: a name further on
  ("according to Belga", "Donald Trump's senior adviser") is no subject; not when a second
  clause with its own subject follows ("X called for a boycott, but Y rejected the idea").

The same nearer subject refuses a read-back's "yes": 'Grain board chair Omar Haddad said more
would follow. The agency's country director, Leila Moreau, credited "..."' is never Haddad's,
unless the quote's sentence holds a pronoun the walk back could mean (one before the subject,
or '"...," he boasted' after the quote). A possessive is never the subject ("Ramaphosa's
spokesman, Vincent Magwenya," is Magwenya); a name set off by commas after a description
("The chairman of the Civic Union party, Avi Dagan, saw") is; a heading line above the
paragraph ("COLOMBIA - Talks frozen again") names no subject. Measured on outside checks 50-73
(session 33): 23 of the 130 read-back refusals of correct speakers cleared, 3 more
planted wrong speakers caught, none lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.article import ArticleText
from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from ..people.names import split_people
from ..sentences.antecedents import PRONOUNS
from ..sentences.clauses import Verdict, by_subject, sentence_subject
from ..sentences.speech import SPEECH_VERBS

# Words that open a second clause with a subject of its own ("..., while Y described it").
_CLAUSES = word_set("while whereas but and whilst")
# Words of a subject who relays another's words ("X, quoting the president, told ..."): the
# subject is then no speaker, and the relaying readers decide.
# The longest description a name set off by commas is read after.
_DESCRIPTION = 9
_RELAYS = word_set("quoting quoted citing cited relaying")


def own_subject(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote's own sentence has ``value`` for its named subject, no other name
    speaking in it and no second clause's subject between that subject and the quote."""
    parts = split_people(value)
    for start, end in spans:
        subject = _own_subject(article, article.quoted_region_at(start) or (start, end))
        if subject and _names(parts, subject):
            return True
    return False


def _own_subject(article: ArticleText, region: tuple[int, int]) -> list[Token]:
    """The named subject of the sentence the quote at ``region`` stands in, when that
    sentence has one, no name in it speaks, no subject relays, and no second clause with a
    subject of its own stands between that subject and the quote; else nothing."""
    text = article.text
    first, last = article.sentences[article.sentence_at(max(region[0] - 1, 0))]
    tokens = _last_line(article.outside_quotes(first, last), text)
    subject = _one_side(_subject(tokens, text), region)
    if not subject or _other_speaks(tokens, subject) or any(t.norm in _RELAYS for t in tokens):
        return []
    between = [t for t in tokens if min(subject[-1].end, region[0]) <= t.start]
    between = [t for t in between if t.end <= max(subject[0].start, region[0])]
    return [] if _second_clause(between, text) else subject


def subject_back(
    article: ArticleText, at: int, verdict: Verdict, parts: Sequence[str], quote: int
) -> Verdict:
    """``verdict`` read back to the sentence at ``at``, before the quote's (at ``quote``):
    "other" made "yes" when that sentence's own named subject is ``parts``; "yes" made
    "other" when the quote's own sentence has a named subject of its own that is not
    ``parts`` and no pronoun that could be read back (one before that subject, or one after
    the quote: '"...," he boasted'): a read-back never passes over a nearer subject."""
    own = article.sentence_at(max(quote - 1, 0))
    if verdict not in ("yes", "other") or article.sentence_at(at) >= own:
        return verdict
    text = article.text
    if verdict == "yes":
        region = article.quoted_region_at(quote) or (quote, quote)
        subject = _own_subject(article, region)
        first, last = article.sentences[own]
        opening = subject[0].start if subject else last  # "she dedicated" after it is its
        pronoun = any(  # a "he boasted" after the quote, or a "she" before the subject
            t.norm in PRONOUNS and not opening <= t.start < region[0]
            for t in article.outside_quotes(first, last)
        )
        named = any(t.text[:1].isupper() for t in subject[1:])
        return "other" if named and not pronoun and not _names(parts, subject) else verdict
    start, end = article.sentences[article.sentence_at(at)]
    tokens = _last_line(article.outside_quotes(start, end), text)
    subject = _subject(tokens, text)
    if not subject or _second_clause([t for t in tokens if t.start >= subject[-1].end], text):
        return verdict  # "X called for a boycott, but Y rejected it": the pronoun may be Y
    return "yes" if _names(parts, subject) else verdict


def _subject(tokens: list[Token], text: str) -> list[Token]:
    """The sentence's named subject: a name set off by commas after the description it
    names ("The agency's country director, Leila Moreau, credited", "The chairman of the
    Civic Union party, Avi Dagan, saw"), else the clause reader's subject."""
    commas = [
        i for i, (one, two) in enumerate(pairwise(tokens)) if "," in text[one.end : two.start]
    ]
    if len(commas) >= 2 and commas[0] < _DESCRIPTION and commas[1] + 1 < len(tokens):
        opening, name = tokens[: commas[0] + 1], tokens[commas[0] + 1 : commas[1] + 1]
        verb = tokens[commas[1] + 1]
        described = any(t.text.islower() for t in opening)  # not a name: "Greg Abbott,"
        described = described and not any(t.norm in SPEECH_VERBS for t in opening)  # "X said"
        proper = all(t.text[:1].isupper() for t in name) and 2 <= len(name) <= 4
        if described and proper and verb.text.islower():
            return name
    return sentence_subject(tokens, text) or []


def _one_side(subject: list[Token], region: tuple[int, int]) -> list[Token]:
    """The subject's words on the side of the quote its first word stands on: the words read
    around the quote run together ('Abbas Araghchi "arrived ...", IRNA said' is not one
    subject "Abbas Araghchi IRNA")."""
    before = bool(subject) and subject[0].start < region[0]
    return [t for t in subject if (t.start < region[0]) == before]


def _names(parts: Sequence[str], subject: list[Token]) -> bool:
    """Whether ``subject`` names ``parts`` outside any possessive ("Putin's aide Yuri
    Ushakov" names Ushakov, not Putin)."""
    owned: list[Token] = []
    for token in subject:
        if token.text.endswith(POSSESSIVE_ENDINGS):  # the owner's whole name: "Donald Trump's"
            while owned and owned[-1].text[:1].isupper() and owned[-1].end + 1 >= token.start:
                token = owned.pop()
            continue
        owned.append(token)
    return bool(owned) and by_subject(list(parts), owned) == "yes"


def _last_line(tokens: list[Token], text: str) -> list[Token]:
    """A sentence's words from its last line break on (a heading line above it names no
    subject)."""
    breaks = [i for i in range(1, len(tokens)) if "\n" in text[tokens[i - 1].end : tokens[i].start]]
    return tokens[breaks[-1] :] if breaks else tokens


def _other_speaks(tokens: list[Token], subject: list[Token]) -> bool:
    """Whether a speech verb of the sentence has a capitalised word before it that is not
    the subject's ("IRNA said", "deputy minister Sergiy Kyslytsya said")."""
    own = {t.start for t in subject}
    return any(
        after.norm in SPEECH_VERBS and before.start not in own and before.text[:1].isupper()
        for before, after in pairwise(tokens)
    )


def _second_clause(tokens: list[Token], text: str) -> bool:
    """Whether ``tokens`` (the words between the subject and the quote) open a second clause
    with a subject of its own: "while", "but", "and" followed by a capitalised word."""
    return any(
        (one.norm in _CLAUSES and two.text[:1].isupper()) or ";" in text[one.end : two.start]
        for one, two in pairwise(tokens)
    )


__all__ = ["own_subject", "subject_back"]
