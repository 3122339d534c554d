"""The speaker named after the speech word instead of before it (an outside check, session 24, check
49's cause 1), read for :func:`summarizer.verification.sentences.clauses.lead_in` and ``tail``.

Two wordings put the one who spoke after the verb:

- *"according to"*: "According to Putin, "..."" names him; so does "according to the Russian
  leader", a title standing for whom the article named with it (it was read as naming someone
  else), and "according to him" points back;
- *a passive speech verb with its agent*: "As stated by Vladimir Putin, "..."", "As it was
  stated by the Russian president", "as was noted by X", "It was said by X that "..."": the
  name after "by" spoke. Only when nothing but "as", "it" and the passive's auxiliaries
  stands before the verb in its comma chunk ("The talks were useful, as it was stated by
  X:"): "the claim denied by Moscow that "..."" and "the plan backed by X" report another's
  words or a thing, and keep their own readings; or a passive of telling, whose subject is
  the one who heard it ("The jury was told by prosecutor X that "..."", review of session 34).

The agent is read up to its comma: a name at its start ("by Putin at the news conference")
is the speaker's or another's, a title (:func:`title_only`: "the Russian leader") or a
pronoun ("according to him") points back; any other description ("according to the
transcript", "as reported by the agency") names no one, as before.
"""

from __future__ import annotations

from ..page.tokens import Token, word_set
from ..people.names import TITLES, find_named
from .runs import named_at_start
from .speech import PAPERS
from .subjects import title_only, to_comma

# All that may stand before a bare passive speech verb: "As stated by", "As it was said by".
_BARE = word_set("as it was is has had been were have being also earlier previously once")
_AGENT_WORDS = 12
_PRONOUNS = word_set("him her them he she")


def agent_verdict(parts: list[str], tokens: list[Token], verb: int, text: str) -> str | None:
    """The verdict ("yes", "other", "back", "title:X") of a speaker named after the speech
    word at ``tokens[verb]``, or None when the verb does not name it so."""
    if tokens[verb].norm == "according":  # "according to X"
        return _agent(parts, tokens[verb + 2 : verb + 2 + _AGENT_WORDS], text)
    if (
        verb + 1 < len(tokens)
        and tokens[verb + 1].norm == "by"
        and (_bare(_chunk(tokens, verb, text)) or _told(tokens, verb))
    ):
        return _agent(parts, tokens[verb + 2 : verb + 2 + _AGENT_WORDS], text)
    return None


def _chunk(tokens: list[Token], verb: int, text: str) -> list[Token]:
    """The words before the verb in its comma chunk ("The talks were useful, as it was")."""
    start = verb
    while start > 0 and "," not in text[tokens[start - 1].end : tokens[start].start]:
        start -= 1
    return tokens[start:verb]


def _told(tokens: list[Token], verb: int) -> bool:
    """Whether the verb is a passive of telling ("The jury was told by prosecutor X that",
    "Reporters had been assured by X"): its subject heard the words, the agent said them
    (review of session 34); or of describing ('"A genius" was how Tom Reed was described by
    his teacher, Ann Gray'): its subject is the one the words are about (session 42)."""
    return verb > 0 and tokens[verb].norm in _TELLING and tokens[verb - 1].norm in _BE_FORMS


_TELLING = word_set(
    "told informed assured warned reminded advised promised described called hailed dubbed "
    "branded labelled labeled"
)
_BE_FORMS = word_set("was were is are been being be")


def _bare(before: list[Token]) -> bool:
    """Whether the words before a verb leave it a bare passive: "as" or "it" and auxiliaries,
    with "as" or a form of "be" among them ("As stated by", "It was said by")."""
    norms = [token.norm for token in before]
    if not norms or any(norm not in _BARE for norm in norms):
        return False
    return norms[0] == "as" or any(norm in {"was", "is", "were", "been"} for norm in norms)


def _agent(parts: list[str], following: list[Token], text: str) -> str:
    agent = to_comma(following, text)
    if (source := _paper_source(agent)) is not agent:  # "a statement from the Kremlin"
        agent = following = source
    if _object_of(parts, agent):
        return "other"  # "as was claimed by critics of Lukashenko": the critics spoke
    if named_at_start(parts, following, text):
        return "yes"
    if title := title_only(agent):
        apposed = following[len(agent) :]  # "by the union leader, Fran Hollis": the name
        if len(apposed) > 1 and apposed[0].capitalised and apposed[1].capitalised:
            return "yes" if named_at_start(parts, apposed, text) else "other"  # (review rv42s)
        return title  # "according to the Russian leader": whom the article named so
    if len(agent) == 1 and agent[0].norm in _PRONOUNS:
        return "back"  # "according to him": whom the article just named
    return "other"  # "according to the transcript", "as reported by TASS": no speaker named


def _paper_source(agent: list[Token]) -> list[Token]:
    """The issuer of a paper the agent names ("according to a statement from the Kremlin",
    "according to a readout issued by the White House", check 53's q12): the words after its
    "from", "by" or "of"; else the agent itself (no speaker is named by "a statement")."""
    noun = next((i for i, t in enumerate(agent[:4]) if t.norm in PAPERS), None)
    if noun is None or agent[0].norm not in _DETERMINERS:
        return agent
    at = noun + 1 + (noun + 1 < len(agent) and agent[noun + 1].norm in _ISSUED)
    if at > noun + 1:  # "a statement sent to Reuters by Amnesty": past whom it went to
        at = next((i for i in range(at, min(at + 4, len(agent))) if agent[i].norm == "by"), at)
    if at + 1 < len(agent) and agent[at].norm in ("from", "by", "of"):
        source = agent[at + 1 :]  # up to what it is about: not "the Kremlin about Zelensky"
        end = next((i for i, t in enumerate(source) if i and t.norm in _PAST_ISSUER), None)
        return source[:end]
    return agent


# Words that end the issuer's name: what, when or where the paper said it.
_PAST_ISSUER = word_set(
    "about on over to in at after before released issued published which that regarding for"
)
_DETERMINERS = word_set("a an the its their his her")
_ISSUED = word_set("issued released published sent put posted")


def _object_of(parts: list[str], agent: list[Token]) -> bool:
    """Whether the name stands in the agent as the object of "of", "to", "for" or "against"
    after a word in lower case ("critics of Lukashenko", "an aide to Putin"), titles between
    ("an aide to President Putin"): the one who spoke is the noun before it."""
    for part in parts:
        for start, _ in find_named(part, agent):
            at = start - 1
            while at >= 0 and agent[at].norm in TITLES:
                at -= 1
            if at >= 1 and agent[at].norm in _OWNING and not agent[at - 1].capitalised:
                return True
    return False


_OWNING = word_set("of to for against")

__all__ = ["agent_verdict"]
