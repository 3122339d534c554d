"""Quotes led in by a stance rather than a verb of saying, and two words that look like a
verb of saying and are not one; read for :mod:`summarizer.verification.quotes.speakers`.

- A stance: "X was of the opinion that ...", "X took the view that ...", "X expressed the
  hope that ...", "X was adamant that ...", "X made it clear that ...", "X believed that ...",
  "the court found that ..." with the quoted words inside the "that" clause: the words are
  X's as much as after "X said that". The subject is the clause's named subject before the
  stance (asides, titles and a leading "From Moscow," skipped as for a verb of saying); a
  body or a title ("the ministry was of the view that") stands for whom the article named
  with it. Only when no verb of saying stands in the lead-in ("X believed that Y had called
  it "..."" is Y's) or after the quote ('"...", aides said'): those are left to the other
  readings. Read among the attribution shapes
  (:mod:`summarizer.verification.quotes.attribution_shapes`), it refuses another person too.
- Inside the "that" clause, a name owning an utterance noun ("was adamant that Mendez's
  promise of "no new taxes" had been broken", "X's remark about") owns the quoted words: left
  to the other readings. A "like Ruiz before her" or "unlike X" aside after the subject is
  no subject (fix23b).
- "the said committee stated": "said" after "the" is an adjective (the committee already
  named), never the verb; the tokens are read without it (:func:`without_said`).
- "The ministry opened an inquiry and said ...": the subject of a coordinated verb of saying
  is a title or a body as much as after "The ministry said" (read in ``clauses.lead_in``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import Token, word_set
from ..people.names import split_people
from ..sentences.runs import possessive
from ..sentences.speech import SPEECH_VERBS
from .statements import resolve

# "of the opinion that", "took the view that", "expressed the hope that"
_STANCE_NOUNS = word_set(
    "opinion opinions view views belief beliefs position conviction impression feeling "
    "understanding hope hopes fear fears concern concerns confidence assessment stance "
    "sense expectation"
)
# verbs that take a stance noun: "took the view", "voiced the fear", "shared the belief"
_TAKING = word_set(
    "took take takes taking expressed express expresses expressing voiced voice voices "
    "voicing shared share shares sharing held hold holds holding conveyed convey conveys "
    "stated states aired airs reiterated reiterates"
)
# "was adamant that", "remained convinced that", "is confident that"
_STANCE_ADJECTIVES = word_set(
    "adamant convinced confident certain sure insistent emphatic categorical firm "
    "optimistic hopeful doubtful sceptical skeptical concerned worried persuaded "
    "positive unequivocal clear"
)
_BEING = word_set("was is are were be been being remained remains remain seemed seems appeared")
# "believed that", "felt that", "the court found that"
_THINKING = word_set(
    "believes believed believe thinks thought think feels felt feel reckons reckoned "
    "considers considered judged judges opined opines found finds ruled rules held holds "
    "concluded suspects suspected"
)
_MAKING = word_set("made makes make making")
_PLAIN = word_set("clear plain known")
_THAT = word_set("that")
# Nouns of words said: a name owning one inside the "that" clause owns the quote.
_UTTERANCES = word_set(
    """promise promises pledge pledges vow vows warning warnings remark remarks claim claims
    words phrase slogan motto mantra boast threat threats charge accusation comment comments
    description label jibe quip line insistence assertion prediction catchphrase words
    call demand demands"""
)
_ASIDES = word_set("like unlike")
_FIRM = word_set("firm strong deep clear growing same unshakeable unwavering")  # "the firm belief"


def _owned_words(clause: Sequence[Token], text: str) -> bool:
    """A capitalised name owning an utterance noun ("Mendez's promise of")."""
    return any(
        token.capitalised
        and possessive(token, text)
        and any(t.norm in _UTTERANCES for t in clause[index + 1 : index + 4])
        for index, token in enumerate(clause)
    )


def _without_asides(lead: Sequence[Token], text: str) -> list[Token]:
    """``lead`` without a ", like Ruiz before her," or ", unlike X," aside."""
    kept: list[Token] = []
    skipping = False
    for index, token in enumerate(lead):
        gap = text[lead[index - 1].end : token.start] if index else ""
        if skipping and "," in gap:
            skipping = False
        elif not skipping and "," in gap and token.norm in _ASIDES:
            skipping = True
        if not skipping:
            kept.append(token)
    return kept


def _stance_at(lead: Sequence[Token]) -> tuple[int, int] | None:
    """Where the last stance before a "that" in ``lead`` starts (the first word after its
    subject) and where its "that" stands, or None."""
    for index in range(len(lead) - 1, 0, -1):
        if lead[index].norm not in _THAT:
            continue
        before = [t.norm for t in lead[max(index - 4, 0) : index]]
        start = index - len(before)
        if before[-1:] and before[-1] in _THINKING:
            return index - 1, index
        adjective = before[-1:] and before[-1] in _STANCE_ADJECTIVES
        if adjective and before[-2:-1] and before[-2] in _BEING:
            return index - 2, index  # "was adamant that"
        if before[-2:] and before[-1] in _PLAIN and before[-2] in _MAKING:
            return index - 2, index  # "made clear that"
        if before[-3:] and before[-1] in _PLAIN and before[-2] == "it" and before[-3] in _MAKING:
            return index - 3, index  # "made it clear that"
        if before[-1:] and before[-1] in _STANCE_NOUNS:
            for at in range(len(before) - 2, -1, -1):
                word = before[at]
                if word in ("the", "a", "his", "her", "its", "their") or word in _FIRM:
                    continue
                if word == "of" and at and before[at - 1] in _BEING:
                    return start + at - 1, index  # "was of the opinion"
                if word == "of" and at == 0 and index - 5 >= 0 and lead[index - 5].norm in _BEING:
                    return index - 5, index
                if word in _TAKING:
                    return start + at, index
                break
    return None


def stance_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """(True, "") when the quote at one of ``spans`` stands in the "that" clause of a stance
    whose subject is ``value`` (see the module's doc), (False, reason) when that subject is
    someone else, None when no stance leads into the quote. The lead-in is read as if the
    stance were "said" ("X was of the opinion that" as "X said that") by the reader of
    lead-ins."""
    parts = split_people(value)
    text = article.text
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        lead = lead_of(article, region, sentence)
        if not any(t.norm in _STANCE_CUES for t in lead):
            continue  # cheap: most quotes have no "that" before them
        if "\n" in text[lead[0].start : region[0]]:
            continue
        if any(t.norm in _ASIDES for t in lead):
            lead = _without_asides(lead, text)
        found = _stance_at(lead)
        if found is None or any(t.norm in SPEECH_VERBS for t in lead):
            continue  # "X believed that Y had called it": Y's, left to the other readings
        if _owned_words(lead[found[1] + 1 :], text):
            continue  # "that Mendez's promise of "..."": Mendez's, left to the other readings
        after = tail_of(article, region, sentence)
        if any(t.norm in SPEECH_VERBS for t in after):
            continue  # '"...", aides said': the words after the quote name who said them
        at, that = found
        said = lead[at]._replace(norm="said", text="said")
        # imported here, past the checks most quotes stop at: a function's import costs about
        # 10 us a call even when the module is loaded (spd50)
        from ..sentences.clauses import lead_in

        verdict = resolve(
            article, lead_in([*lead[:at], said, *lead[that:]], value, text), lead[0].start, parts
        )
        if verdict == "yes":
            return True, ""
        if verdict == "other":
            return (
                False,
                f"the article gives these words to the one who holds that view, not {value!r}",
            )
    return None


_STANCE_CUES = _THAT


def without_said(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a "said" that follows "the" ("the said committee stated": the
    committee is the subject, "stated" the verb)."""
    if not any(t.norm in _SAID for t in tokens):
        return tokens
    return [
        t
        for index, t in enumerate(tokens)
        if not (t.norm in _SAID and index and tokens[index - 1].norm == "the")
    ]


_SAID = word_set("said aforesaid aforementioned abovementioned")


__all__ = ["stance_verdict", "without_said"]
