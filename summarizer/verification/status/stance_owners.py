"""Whose stance a cue states: a party's stance cue must be that party's (tiers review).

A stance cue whose subject is another party is that party's stance, not the fact's: "Israel
agreed to the truce, which Hamas rejected" words "agreed" for Israel and "rejects" for Hamas,
never the other way round. The subject is the party named right before the cue (back over
auxiliaries and adverbs, "had", "later", "only", and at most two nouns of its people,
"negotiators", "cabinet"), with the parties joined to it by "and" or commas ("Israel and
Hamas agreed" is both's), or the speaker before "said it" ("Washington said it accepted
Hanoi's proposal" is Washington's acceptance, not Hanoi's); a passive cue's "by X" names its
subject instead ("was rejected by Hamas"). When no party stands there ("Both sides agreed",
"the truce, which was accepted") the cue is read for the fact's party, as before. A person's
name counts through the party the article ties the person to ("Netanyahu rejected"); a person
as the fact's party is not read.

A cue that is a word of a group's proper name ("the Syrian Opposition Coalition", "the Rapid
Support Forces") is no one's stance: :mod:`name_cues`.

"agreed / accepted only to study / consider / discuss ..." is no agreement ("Hamas agreed
only to study the proposal, not to accept it"): an agreement to talk, not to the truce.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..people.party_names import party_mentions, party_of, ties
from .name_cues import in_name
from .time_adverbs import steps_to_subject

_AUXILIARIES = word_set(
    """had has have was were is are been be would will also only already later then quickly
    swiftly since initially first duly reportedly formally publicly promptly eventually
    finally still now currently yet"""
)
# Nouns of a party's people between its name and the cue ("Israeli negotiators accepted").
_AGENTS = word_set(
    """officials negotiators leaders leader government cabinet parliament delegation delegates
    ministers minister spokesman spokeswoman team side forces commanders leadership
    authorities militants fighters movement rebels army military junta regime"""
)
_AGENT_REACH = 2
_AGREEING = word_set("agreed agrees agree accepted accepts accept")
_MERELY = word_set("only merely just")
_TALKING = word_set("study consider examine review discuss explore weigh look talk")
_BEING = word_set("was were been being is are")
_PRONOUNS = word_set("it they")
_SAYING = word_set("said says announced announces stated states declared added confirmed")
_WHEN_SAID = word_set(
    """on monday tuesday wednesday thursday friday saturday sunday today yesterday late early
    later also"""
)


def not_owned(
    family: str,
    fact: Any,
    article: ArticleText,
    index: int,
    norms: Sequence[str],
    start: int,
    end: int,
) -> bool:
    """Whether the stance cue at ``norms[start:end]`` (``clause_norms`` of sentence
    ``index``, a "," where punctuation parts clauses) is not the fact's party's (see the
    module). A cue that names the party itself is its own ("convinced Ethiopia and the TPLF
    to sign")."""
    if family != "Stance":
        return False
    if norms[start] in _AGREEING and _to_talk(norms, start):
        return True
    party = getattr(fact, "party", None)
    tokens = article.sentence_tokens(index)
    cue = start - list(norms[:start]).count(",")
    last = end - list(norms[:end]).count(",")
    written = party if isinstance(party, str) else None
    if in_name(tokens, cue, written):
        return True  # "the Syrian Opposition Coalition": a name's word (name_cues.py)
    key = party_of(party) if isinstance(party, str) else None
    if key is None or not 0 <= cue < len(tokens):
        return False
    if any(named == key for _, named, _, _ in party_mentions(tokens[cue:last])):
        return False
    if cue >= 1 and tokens[cue - 1].norm in _BEING:
        subjects = _by_subjects(tokens, cue, article)  # its subject is what was agreed
    else:
        subjects = _subjects(tokens, cue, article, index)
    return bool(subjects) and key not in subjects


def _to_talk(norms: Sequence[str], start: int) -> bool:
    """ "agreed (only) to study / consider / discuss ..." right after the cue."""
    after = list(norms[start + 1 : start + 4])
    while after and after[0] in _MERELY:
        after.pop(0)
    return len(after) >= 2 and after[0] == "to" and after[1] in _TALKING


def _keys_ending(
    tokens: Sequence[Token], article: ArticleText, index: int
) -> tuple[dict[int, str], dict[int, int]]:
    """The party each mention names, by the index of its last token (a capitalised word the
    article ties to one party, a person's surname, too), and each mention's last token by its
    first; once per sentence."""
    memo_key = ("stance subjects", index)
    known: tuple[dict[int, str], dict[int, int]] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    mentions = list(party_mentions(tokens))
    found = {start + size - 1: key for start, key, _, size in mentions}
    starts = {start: start + size - 1 for start, _, _, size in mentions}
    for position, token in enumerate(tokens):
        if token.capitalised and position not in found:
            tied = ties(article, token.norm)
            if len(tied) == 1:
                found[position] = next(iter(tied))
    article.memo[memo_key] = found, starts
    return found, starts


def _subjects(
    tokens: Sequence[Token], cue: int, article: ArticleText, index: int
) -> frozenset[str]:
    """The parties named as the cue's subject (see the module); empty when none is."""
    text = article.text
    position = cue - 1
    while position >= 0 and not clause_gap(tokens, position, text):
        stepped = steps_to_subject(tokens, position)  # "Rwanda on Thursday signed" (time_adverbs)
        if stepped is not None:
            position = stepped
            continue
        if tokens[position].norm not in _AUXILIARIES:
            break
        position -= 1
    position = _sayer(tokens, position, text)
    agents = 0
    while (
        position >= 0
        and agents < _AGENT_REACH
        and tokens[position].norm in _AGENTS
        and not clause_gap(tokens, position, text)
    ):
        position -= 1
        agents += 1
    if position < 0 or clause_gap(tokens, position, text):
        return frozenset()
    if agents == 0 and is_possessive(tokens[position], text):
        return frozenset()  # "the Kremlin's announcement": the owner of a noun, no subject
    ending, starts = _keys_ending(tokens, article, index)
    if position not in ending:
        return frozenset()
    keys = {ending[position]}
    first = next((s for s, e in starts.items() if e == position), position)
    closed = False  # a comma lists a party in a list closed by "and", or one opening its clause
    while first >= 1:
        link = first - 1
        joined = tokens[link].norm in ("and", "or") and not clause_gap(tokens, link, text)
        if joined and link >= 1 and link - 1 in ending:
            previous = link - 1
            closed = True
        elif (
            clause_gap(tokens, first - 1, text)
            and first - 1 in ending
            and (closed or _opens(tokens, first - 1, starts, ending, text))
        ):
            previous = first - 1  # "Israel, Hamas and Egypt agreed"; not "About Congo, Rwanda"
        else:
            break
        keys.add(ending[previous])
        first = next((s for s, e in starts.items() if e == previous), previous)
    return frozenset(keys)


def _opens(
    tokens: Sequence[Token], last: int, starts: dict[int, int], ending: dict[int, str], text: str
) -> bool:
    """Whether the mention ending at ``tokens[last]`` opens its clause ("Serbia, Kosovo
    agree"), not a preposition's object ("Asked about Congo, Rwanda signed")."""
    first = next((s for s, e in starts.items() if e == last), last)
    return first == 0 or clause_gap(tokens, first - 1, text)


def _sayer(tokens: Sequence[Token], position: int, text: str) -> int:
    """For "it" or "they" right after a verb of saying ("Washington said it accepted Hanoi's
    proposal", "Moscow announced that it rejected"), the word before that verb, where its
    speaker's name ends: the pronoun is the speaker; else ``position`` itself."""
    if position < 1 or tokens[position].norm not in _PRONOUNS:
        return position
    before = position - 1
    if tokens[before].norm == "that" and before >= 1:
        before -= 1
    while before >= 1 and tokens[before].norm in _WHEN_SAID:
        before -= 1  # "said on Monday it"
    if tokens[before].norm not in _SAYING or clause_gap(tokens, before - 1, text):
        return position
    return before - 1


def _by_subjects(tokens: Sequence[Token], cue: int, article: ArticleText) -> frozenset[str]:
    """The parties after a passive cue's "by" ("was rejected by Hamas and Egypt")."""
    by = cue + 1
    if by < len(tokens) and tokens[by].norm == "upon":
        by += 1  # "was agreed upon by"
    if by >= len(tokens) or tokens[by].norm != "by":
        return frozenset()
    cue = by - 1
    keys: set[str] = set()
    expected = 0  # where the next joined name must start ("by Hamas and Egypt")
    for start, key, _, size in party_mentions(tokens[cue + 2 : cue + 10]):
        if start != expected:
            break
        keys.add(key)
        after = cue + 2 + start + size
        if after >= len(tokens) or tokens[after].norm not in ("and", "or"):
            break
        expected = start + size + 1
    return frozenset(keys)


__all__ = ["not_owned"]
