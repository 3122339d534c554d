"""A free-text piece's first word that is a bare common word (session 58, ft58: outside checks 74
to 100 flagged "Joint fleet of British and Norwegian frigates", "Contingency planning for a
possible special administration", "Maximum sentence", "Breakdown of
restructuring costs", "Extra costs of 650 million francs are expected." as names the article
never states). A labeller who restates the page in a label or a sentence of their own opens it
with their own noun or adjective, capitalised only because it comes first; the article need not
write that word in any form.

The word must be in :func:`summarizer.text.ordinary.common_words` (SCOWL's small list, never
capitalised in its largest list: "cost", "rise", "fall", "job", "mass", "stock" are names there
and are not read), written with only its first letter capital, and stand in a common word's
place, read by English grammar:

- *in a label* (a piece with no closing full stop: an event's description, a subject line),
  with a lower-case word right after it (no comma, no saying verb): a noun it modifies or heads
  ("Joint prayer", "Rescue operation", "Maximum sentence"), a hyphened compound
  ("Lower-income customers"), "of" with a lower-case word, a determiner and a lower-case
  word, or a possessive name after it ("Breakdown of restructuring costs", "Growth of
  Belgium's armed forces"). A name after the preposition ("Waltz of the NSC", "Release of the
  Survey of ..."), any other preposition ("Tusk on the election", "Waltz at the summit",
  "Gallant in talks": the label of a person's words, visit or state; "Rise in transactions"
  is read by :mod:`.label_heads` when the page writes "rose") and a headline verb with its
  object ("Tusk visits Kyiv", "Gallant fires the chief") are a person's shape and still asked
  for;
- *in a sentence* (a piece ending in a full stop), only before a hyphened compound
  ("Existing-home sales dipped", "Annual cross-border sales rose") or a plural noun of the
  inflected list (``ordinary_forms``) that no saying verb follows ("Extra costs of ... are
  expected", "Notable deals included"): a sentence's bare first word before a verb ("Profit
  rose", "Tusk said") is a name's shape as often as a noun's and is not read here.

Left out: a body's noun ("Commission officials", "Tribunal judges": a body's name), a word
the lists write capitalised ("Cost of meeting NATO's goal", "Job cuts"), a
word before a capitalised one ("Original Switch sales", "Possible Romanian claim"), and a
surname that is a common word the lists never capitalise ("Tusk", "Waltz", "Gallant", "Musk",
"Stride", "Chalk", "Cleverly") before a person's following ("Tusk allies", "Musk loyalists";
review rv58f). Such a surname before any other lower-case noun ("Tusk government collapse",
"Musk shareholders voted") no word list tells from a noun, and this module accepts it there (a
known limit of session 58). The caller reads the word again later in the piece ("Gallant
rescue ... praised by Gallant": the second is a name).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.ordinary import common_words, ordinary_forms
from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..sentences.speech import SPEECH_VERBS

_DETERMINERS = word_set("the a an its their his her this that these those some all both each")
# Nouns that name a body when capitalised ("Commission officials", "Tribunal judges"): a body
# the page never names is still asked for.
_BODIES = word_set(
    """commission commissions council councils committee committees parliament assembly
    congress senate cabinet court ministry government federation coalition administration
    opposition convention organisation organization association corporation foundation
    delegation confederation union agency authority bureau department office board tribunal
    army navy police chamber league alliance institute"""
)


# A person's following (review rv58f, session 58): a common word before one of these is a
# surname's place ("Tusk allies", "Stride aides", "Musk loyalists", "Waltz backers"), not a
# modifier's: a labeller's own adjective seldom stands before a person's people.
_FOLLOWERS = word_set(
    """allies ally aides aide loyalists loyalist backers supporters associates confidants
    followers henchmen cronies"""
)


def _lower_word(token: Token | None) -> bool:
    """A lower-case word of letters (not a number, not a saying verb)."""
    return (
        token is not None
        and token.text.isalpha()
        and not token.capitalised
        and token.norm not in SPEECH_VERBS
    )


def _possessive_name(token: Token | None) -> bool:
    return token is not None and token.capitalised and token.text.endswith(SINGULAR_POSSESSIVES)


def _object_of(tokens: Sequence[Token], at: int) -> bool:
    """What follows a preposition at ``at``: a lower-case word, a determiner and a lower-case
    word, or a possessive name ("of Belgium's armed forces")."""
    first = tokens[at] if at < len(tokens) else None
    second = tokens[at + 1] if at + 1 < len(tokens) else None
    if first is None:
        return False
    if first.norm in _DETERMINERS and not first.capitalised:
        return _lower_word(second) or (second is not None and second.is_number)
    return _lower_word(first) or _possessive_name(first)


def _in_label(tokens: Sequence[Token], at: int) -> bool:
    following = tokens[at + 1]
    if following.joined:
        return True  # "Lower-income customers"
    after = tokens[at + 2] if at + 2 < len(tokens) else None
    if following.norm == "of":
        return _object_of(tokens, at + 2)  # "Breakdown of restructuring costs"
    if following.norm in STOPWORDS:
        return False  # "Tusk on the election", "Tusk at the summit": a person's label
    # "Joint prayer", "Maximum sentence"; not a headline's verb with its object ("Tusk visits
    # Kyiv", "Gallant fires the chief")
    return not (
        following.norm.endswith(("s", "ed"))
        and after is not None
        and (after.capitalised or after.norm in _DETERMINERS)
    )


def _in_sentence(tokens: Sequence[Token], at: int) -> bool:
    following = tokens[at + 1]
    if following.joined:
        return True  # "Existing-home sales dipped"
    after = tokens[at + 2] if at + 2 < len(tokens) else None
    if after is not None and after.joined and after.text.isalpha():
        return True  # "Annual cross-border cattle sales rose" (review rv58f)
    if after is not None and after.norm in SPEECH_VERBS:
        return False  # "Gallant allies said": a person's people
    return following.norm.endswith("s") and following.norm in ordinary_forms()


def common_head(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether ``tokens[at]``, a sentence's first word in free text ``text`` (tokenised as
    ``tokens``), is a bare common word in a common word's place (see the module)."""
    word = tokens[at].text
    if not word.isalpha() or not word[1:].islower() or tokens[at].norm not in common_words():
        return False
    if tokens[at].norm in _BODIES:
        return False  # "Commission officials will review": a body's name
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if not _lower_word(following) or following is None:
        return False
    if following.norm in _FOLLOWERS:
        return False  # "Tusk allies walk out", "Stride aides on the review": a person's people
    if text[tokens[at].end : following.start].strip(" -\u2010\u2011"):
        return False  # "Gallant, the minister"; "Tusk (Poland)"
    sentence = text.rstrip().endswith((".", "!", "?"))
    # a saying verb within two words (three in a sentence: "Festival residents were told"), not
    # a label's noun further on ("Decline in jobless claims")
    if any(token.norm in SPEECH_VERBS for token in tokens[at + 1 : at + (4 if sentence else 3)]):
        return False  # "Waltz told reporters", "Joint statement said" read as a name's
    if sentence:
        return _in_sentence(tokens, at)
    return _in_label(tokens, at)


BODY_NOUNS = _BODIES  # read by .thing_openings too

__all__ = ["BODY_NOUNS", "common_head"]
