"""A country's or a body's own people acting for it, for the ``party`` kind
(:mod:`.parties`; outside checks 54, 61 and 65, session 32): a party written right after "from"
or "at" is read as a place ("talks in Moscow", "aid to Kyiv"), but

- *its members*: "Technical teams from Rwanda and the Democratic Republic of the Congo
  initialled the text", "judges at the International Criminal Court issued a warrant": a noun
  of people who act for a body (teams, delegations, officials, negotiators, judges, envoys,
  ministers, prosecutors ...) before "from"/"at" and the party: the party acts through them;
- *its lead*: "the Hamas-led assault": the party joined by a hyphen to "led" leads the act;
- *its paper*, for an event that is the paper's: "a warrant from the International Criminal
  Court, issued under seal on March 7" is the court's warrant, when the fact's description
  names that paper ("ICC warrant issued under seal").

What stays refused: people who do not act for the party ("refugees from Syria", "students at
Columbia University", "Americans held in Venezuela"), a party only "backed" ("the Iran-backed
militia"), and a paper's issuer for an event that is not the paper's ("Police arrested him on a
warrant from the ICC": the arrest is the police's).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, fact_description
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_mentions
from .sent_objects import object_people

# People who act for the body or country they are "from" or "at".
_MEMBERS = word_set(
    """team teams delegation delegations delegate delegates official officials negotiator
    negotiators judge judges envoy envoys diplomat diplomats minister ministers prosecutor
    prosecutors representative representatives investigators investigator emissaries
    emissary"""
)
_FROM = word_set("from at")
# Papers a body issues: "a warrant from the ICC".
_PAPERS = word_set(
    """warrant warrants order orders ruling rulings decision decisions verdict judgment
    judgement summons subpoena indictment"""
)


def members_act(key: str, ctx: Context) -> bool:
    """Whether a sentence of the fact's evidence names the party ``key`` as the one its
    members, its lead or its paper act for (see the module)."""
    told = tokenize(fact_description(ctx.fact))
    description = {t.norm for t in told}
    if any(other != key for _, other, _, _ in party_mentions(told)):
        description = set()  # "Mongolia ignores ICC warrant": the paper's event is another's
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for position, found, _, size in party_mentions(tokens):
            if found == key and _acting(tokens, position, size, description):
                if object_people(tokens, position, ctx.article.text):
                    continue  # "handed hostages to officials from Egypt" (sent_objects)
                return True
    return False


def _acting(tokens: Sequence[Token], position: int, size: int, description: set[str]) -> bool:
    after = position + size
    if after < len(tokens) and tokens[after].joined and tokens[after].norm == "led":
        return True  # "the Hamas-led assault"
    before = position - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 1 or tokens[before].norm not in _FROM:
        return False
    word = tokens[before - 1].norm
    if word in _MEMBERS:
        return True  # "teams from Rwanda", "judges at the International Criminal Court"
    return tokens[before].norm == "from" and word in _PAPERS and word in description


__all__ = ["members_act"]
