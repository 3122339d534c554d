"""A role described, then named in apposition: "The group's chief economist, Lawrence Yun,
pointed to rates", "NHS England's co-national medical director for secondary care, Professor
Meghana Pandit, issued a plea", and after a verb of saying, '"...," said the company's chief
executive, Ana Ruiz.' (session 39, outside checks 93 and 94; the same form stood behind flags
on 59, 69 and 70). Read for
:func:`summarizer.verification.sentences.opening_subjects.sentence_subject`
and :func:`~summarizer.verification.sentences.clauses.tail`.

Why: English identifies a described person by a name set off by commas right after the
description (a restrictive description, a non-restrictive name). The name is who the noun
phrase is, so it is the sentence's subject and the antecedent of a later "he"/"she", and it is
the speaker of a trailing "said". The readers took the description alone: "The group's chief
economist" pointed back to an earlier sentence, and an owner's long title ("NHS England's
co-national ...") read as the owner's thing ("England's co"), so the read-back gave the quote
to someone else.

The form, as syntax: a noun phrase that opens with an article or holds a possessive, whose
words include a role's head (a title, an office or an agentive noun, :mod:`.false_titles`) and
no verb of saying, no second article and no past-tense verb (a second noun phrase or a
clause: "The union thanked the club's owner, X", "the judgment against the former minister,
X" give X no subject's place); a comma; two or more capitalised words (an honorific may lead
them), not in the possessive; then a comma before a lower-case word that is no coordinator
("..., Lawrence Yun, and Ana Ruiz said": two people), or, after "said", the clause's end.
Anything else is no apposition: "The bank's chairman, Tom Hale's deputy, said" (a
possessive), "the company's chief executive, who ..." (a relative, no name), "The chief
executive, Ana Ruiz and Tom Hale" (a list).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import PARTICLES, TITLES
from .false_titles import agent_head
from .speech import SPEECH_VERBS
from .subjects import COORDINATORS, OFFICES, POSSESSIVE_PRONOUNS, gap, possessive_end

_ARTICLES = frozenset({"the", "a", "an"})
# Words that open a phrase of their own: before the role's head, the words are no subject's
# description ("Unlike Labour's leader, X, the union's chief refused"); after it, a role or an
# owner they hold is the one the name is ("a spokesman for Britain's prime minister, X").
_PREPOSITIONS = word_set(
    """for of to at in on with from by against about over under behind beside near into onto
    unlike like after before since despite towards toward among between without within beyond
    alongside following including"""
)
_REACH = 12  # words a description may run before its comma


def appositive_name(
    tokens: Sequence[Token], start: int, text: str, trailing: bool = False, held: bool = False
) -> list[Token]:
    """The name set off by commas after the role described from ``start`` (the words of a
    clause after a verb of saying when ``trailing``: the name may then end the clause); empty
    when the words there are no description with a name in apposition. With ``held``, the
    name set off after a description whose head is followed by a phrase holding another
    role or owner ("a spokesman for Britain's prime minister, Keir Starmer"): the name is
    that role's holder, not the head's, so not who the description is."""
    comma = next(
        (
            index
            for index in range(start + 1, min(len(tokens), start + _REACH))
            if "," in gap(text, tokens[index - 1], tokens[index])
        ),
        None,
    )
    if comma is None:
        return []
    described = tokens[start:comma]
    opens = described[0].norm in _ARTICLES or any(possessive_end(t) for t in described[:4])
    if not opens or any(t.norm in SPEECH_VERBS for t in described):
        return []
    if any(t.norm in _ARTICLES or _past(t) for t in described[1:]):
        return []  # "The union thanked the club's owner, X", "the judgment against the minister, X"
    if _described_role(described) != ("held" if held else "head"):
        return []
    name: list[Token] = []
    for token in tokens[comma : comma + 6]:
        if name and "," in gap(text, name[-1], token):
            break
        if not token.capitalised and not (name and token.norm in PARTICLES):
            return []  # "Niek de Vries": a particle inside the name
        name.append(token)
    own = [t for t in name if t.norm not in TITLES and t.capitalised]
    if len(own) < 2 or possessive_end(name[-1]) or not name[-1].capitalised:
        return []
    end = comma + len(name)
    if end == len(tokens):
        return name if trailing else []
    after = tokens[end]
    if "," not in gap(text, name[-1], after) or after.capitalised or after.norm in COORDINATORS:
        return []
    return name


def _described_role(described: Sequence[Token]) -> str:
    """ "head" when the words before the comma are one description whose head is a role, so
    the name after the comma is who they describe (review rv-r3speakers); "held" when a
    phrase after the head holds the role the name is; else "". No preposition and no
    opening participle before the head ("Unlike Labour's leader, X, the union's chief";
    "Asked about Chelsea's owner, X, the striker"); after the head's words, nothing or a
    phrase opened by a preposition holding no owner and no role: "director for secondary
    care, X" is X, but in "a spokesman for Britain's prime minister, X", "a letter to
    Everton's owner, X", "said the club's owner to its manager, X" X is the phrase's role
    holder, and in "The union's president met Labour's leader, X" (a verb, a second noun
    phrase) the verb's object."""
    head = next(
        (i for i, t in enumerate(described) if _role(t) and not possessive_end(t)), None
    )  # "the carrier's commercial director": an owner is no head
    if head is None or any(t.norm in _PREPOSITIONS for t in described[:head]):
        return ""
    first = described[0]
    if first.capitalised and first.norm.endswith("ing") and not possessive_end(first):
        return ""  # "Praising Labour's leader, X, the union's chief ..."
    end = head + 1
    while end < len(described) and _role(described[end]) and not possessive_end(described[end - 1]):
        end += 1
    tail = described[end:]
    if not tail:
        return "head"
    if tail[0].norm not in _PREPOSITIONS:
        return ""  # "The union's president met Labour's leader, X": a verb's object
    if tail[-1].capitalised:
        return "head"  # "an adviser to Governor Rosa Ortiz, Tim Hale": the phrase's own is named
    if any(possessive_end(t) or t.norm in POSSESSIVE_PRONOUNS or _role(t) for t in tail):
        return "held"  # "a spokesman for Britain's prime minister, X": X is the minister
    return "head"


def _past(token: Token) -> bool:
    """A lower-case word with a past ending: a verb, so the words are a clause, not a noun
    phrase ("The union thanked the club's owner, X": X is its object)."""
    return not token.capitalised and token.norm.endswith("ed") and token.norm not in TITLES


def _role(token: Token) -> bool:
    """A word that heads a description of someone by their role."""
    if token.norm in TITLES or token.norm in OFFICES:
        return True
    return token.text.islower() and agent_head(token.norm)  # "eMarketer": a name, no role


# Nouns for a person that no suffix marks and no title list holds: kin, and roles of sport
# and town (the role words of :func:`_role` hold the rest)
_PERSON_HEADS = word_set(
    """son daughter wife husband brother sister mother father widow partner friend aide
    captain coach mayor boss pilot judge nurse doctor player keeper"""
)
# Words that open a phrase or clause fronted before a main clause's subject ("Unlike X, the
# union's chief refused"; "After X left, the club's captain spoke"; "Asked about X, the striker")
_FRONTING = _PREPOSITIONS | word_set("when while as although though once because if until")
_RELATIVES = word_set("who whom whose which that and or but")
_COPULAS = word_set("is was are were remains remained becomes became")


def unnamed_role_subject(tokens: Sequence[Token], text: str) -> bool:
    """Whether the sentence's main clause has for subject a role described and not named
    (:func:`role_subject`)."""
    return role_subject(tokens, text) is not None


def role_subject(tokens: Sequence[Token], text: str) -> Token | None:
    """The first word of the main clause's subject when that is a person described by a
    role and not named ("The club's manager hopes its captain, X, will stay"; "A lawyer for Celtic's
    chairman, X, addressed the hearing"; "Asked about Chelsea's owner, X, the striker
    shrugged"), so that a later "he"/"she" is that described person: a name the sentence holds
    elsewhere (a verb's object, the holder of a role in a phrase after the head, a fronted
    phrase's or clause's) is not the pronoun's antecedent (review rv-r3speakers, session 40).
    The subject opens the sentence, or follows the comma closing a fronted phrase (the
    sentence opens with a preposition, a subordinator or a participle); it is an article or
    an owner, modifiers, then a role's head, followed by a verb (a lower-case word that opens
    no phrase) or by a phrase holding another role whose holder is named between commas."""
    fronted = bool(tokens) and (
        tokens[0].norm in _FRONTING
        or (tokens[0].capitalised and tokens[0].norm.endswith(("ed", "ing")))
    )
    starts = [0] + [
        i for i in range(1, len(tokens)) if fronted and "," in gap(text, tokens[i - 1], tokens[i])
    ]
    for start in starts:
        if _role_then_verb(tokens, start, text):
            return tokens[start]
        if start and _named_then_verb(tokens, start, text):
            return None  # "On his way over, Trump again blurred ..., the ... principle"
    return None


def _named_then_verb(tokens: Sequence[Token], start: int, text: str) -> bool:
    """Whether a named subject opens at ``tokens[start]``: capitalised words, then a
    lower-case word with no comma between (not a name set off in apposition)."""
    end = start
    while end < len(tokens) and tokens[end].capitalised and not possessive_end(tokens[end]):
        end += 1
    return start < end < len(tokens) and _verb_next(tokens, end, text)


def _role_then_verb(tokens: Sequence[Token], start: int, text: str) -> bool:
    """:func:`unnamed_role_subject` for the noun phrase opening at ``tokens[start]``."""
    if start >= len(tokens) or not (
        tokens[start].norm in _ARTICLES or possessive_end(tokens[start])
    ):
        return False
    head = None
    for index in range(start, min(len(tokens), start + 6)):
        token = tokens[index]
        if index > start and "," in gap(text, tokens[index - 1], token):
            return False
        if not possessive_end(token) and (_role(token) or token.norm in _PERSON_HEADS):
            head = index
            break
        if token.norm in _PREPOSITIONS or token.norm in SPEECH_VERBS or _past(token):
            return False
        if token.capitalised and not possessive_end(token) and index > start:
            return False  # "the club's Tom Hale": a name in the phrase
    if head is None:
        return False
    end = head + 1
    while (
        end < len(tokens)
        and _role(tokens[end])
        and "," not in gap(text, tokens[end - 1], tokens[end])
    ):
        end += 1
    bare = end + 1 < len(tokens) and not tokens[end + 1].capitalised  # "chief of staff"
    bare = bare and tokens[end + 1].norm not in _ARTICLES | POSSESSIVE_PRONOUNS
    bare = bare and tokens[end].norm == "of" and not possessive_end(tokens[end + 1])
    if bare and _verb_next(tokens, end + 2, text):  # "The mayor's chief of staff rang"
        return tokens[end + 2].norm not in _COPULAS
    if _verb_next(tokens, end, text):
        return tokens[end].norm not in _COPULAS  # "The new pope is X": X is who it describes
    held = appositive_name(tokens, start, text, held=True)
    return bool(held) and _after_name_verb(tokens, held)


def _verb_next(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether ``tokens[at]`` reads as the verb after a subject: a lower-case word, no comma
    before it, that opens no phrase, relative or coordinate."""
    if at >= len(tokens) or at == 0:
        return False
    token = tokens[at]
    if token.capitalised or "," in gap(text, tokens[at - 1], token) or possessive_end(token):
        return False
    if token.joined:  # "the collective-defence principle": one word, no verb after a head
        return False
    return (
        token.norm not in _PREPOSITIONS
        and token.norm not in _RELATIVES
        and token.is_number is False
    )


def _after_name_verb(tokens: Sequence[Token], name: Sequence[Token]) -> bool:
    """After the held role's name and its closing comma, a verb: the head is the subject."""
    at = next(i for i, t in enumerate(tokens) if t is name[-1]) + 1
    return at < len(tokens) and not tokens[at].capitalised and tokens[at].norm not in _RELATIVES


__all__ = ["appositive_name", "role_subject", "unnamed_role_subject"]
