"""Decisive tokens: the differences that make two short values different facts.

A fuzzy score cannot tell "Senate Majority Leader" from "Senate Minority Leader" (one letter
pair) or "Oct. 21" from "Oct. 12", yet a careful grader calls both wrong at a glance, while
"Defense Secretary" and "Secretary of Defense" (low fuzzy score) are the same title. So values
are read token by token first, and the tokens that carry the fact decide:

- numbers, years and days (number words read as digits: "two weeks" = "2 weeks", "first" = 1);
- negation ("not", "no", "never", "n't", "refuses to", and words that mean "not X": rejects =
  not accept, opposes = not support, un-/in-/dis- forms of a word on the other side). A negation
  applies to the next content word, and decides when that word is on both sides: "does not
  support" vs "supports" differ, while a paraphrase that adds a negated clause of its own
  ("... made a meeting unnecessary") is left to similarity;
- contrasts: words of one scale that exclude each other (buy/sell, rise/fall, peace/war,
  last/this/next, early/late, major/minor, cancelled/paused/scheduled/held ...; "on hold" and
  "called off" are read as phrases first);
- title modifiers (majority/minority, deputy, acting, former, vice, ex-, interim, assistant,
  chief, senior, junior, co-, elect, under ...) and name suffixes (Jr., Sr.: another person);
- proper nouns (the feminine and masculine forms of a name, "Giorgia"/"Giorgio", are two
  people). There is no part-of-speech tagger here, so a token is a proper noun when it is
  in a known table (countries, demonyms read as their country, US states, the alias table), or
  written with a capital inside a value that is not title case, or capitalised where case says
  little (a value's first word, a title-case headline) and not a common English word. The
  decision is shared by both sides (a token proper on one side is proper on both). In Name
  fields every token except titles and generic nouns ("official", "administration") counts.
  Two proper nouns are the same when their spelling key agrees (first letter, then consonants
  with vowels, "h" and doubled letters dropped, c/q->k, w->v, diacritics stripped): that lets
  transliterations and misspellings through ("Lindsay"/"Lindsey", "Dmitriyev"/"Dmitriev") and
  stops different people ("Rubin"/"Rubio"); countries and other known names compare exactly
  ("Niger" is not "Nigeria").

Acronyms are read against the other side first (:func:`spell_out_acronyms`): a run of
capitalised words whose initials spell an acronym the other side writes ("International
Monetary Fund" / "IMF", "Executive Order 14024" / "EO 14024") becomes that acronym, and only
those words, so the rest still decides.

Decisive tokens must pair up one to one. What is left over is a mismatch, except a
*qualifier* that only one side states, when that side lists nothing ("and", "with"): a country,
demonym, US state or legislative chamber ("Budapest, Hungary" = "Budapest", "U.S. Treasury
Secretary" = "Treasury Secretary"), because a less specific value is not a wrong one; a city or
person is never a qualifier ("Moscow, Russia" is not "Russia"). Where a field allows it (dates,
bill names) a year that one side leaves out is accepted too; a *different* year never is.

Only when the decisive tokens agree does similarity decide, on the remaining words.

The package is split by the stage a value goes through, each module small enough to read
whole: :mod:`.tokenizer` (canonical tokens), :mod:`.reading` (one value's decisive parts),
:mod:`.verdict` (two readings compared), :mod:`.acronyms` (read against the other side); the
word tables it reads are data apart from that code, :mod:`.lexicon` (words that decide by
meaning) and :mod:`.known_names` (countries, states, aliases), with the stemmer and the
spelling rules for names in :mod:`.spelling`. Numbers, months, weekdays and stop words come
from :mod:`summarizer.text.vocabulary`, shared with grounding. This module is the API the
matchers and the date rules use.
"""

from __future__ import annotations

from summarizer.evaluation.decisive.acronyms import spell_out_acronyms
from summarizer.evaluation.decisive.known_names import (
    ALIAS_GROUPS,
    QUALIFIERS,
    alias_at,
    apply_aliases,
)
from summarizer.evaluation.decisive.lexicon import (
    COMMON_WORDS,
    GENERIC,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from summarizer.evaluation.decisive.reading import (
    Reading,
    content_counter,
    content_words,
    read,
)
from summarizer.evaluation.decisive.spelling import (
    same_proper,
    same_spelling,
    spelling_key,
    stem,
)
from summarizer.evaluation.decisive.tokenizer import Token, tokens
from summarizer.evaluation.decisive.verdict import Verdict, compare

__all__ = [
    "ALIAS_GROUPS",
    "COMMON_WORDS",
    "GENERIC",
    "QUALIFIERS",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "Reading",
    "Token",
    "Verdict",
    "alias_at",
    "apply_aliases",
    "compare",
    "content_counter",
    "content_words",
    "read",
    "same_proper",
    "same_spelling",
    "spell_out_acronyms",
    "spelling_key",
    "stem",
    "tokens",
]
