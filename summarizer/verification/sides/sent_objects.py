"""People a party sends, named as the object of another's act, for an event's actor
(session 33, accepts33).

"ministers from Germany" names Germany as the one acting through its people
(:func:`people.party_names.sentence_parties` reads it so, and :mod:`.member_actors` lifts
"only as a place" for it), which holds when those people do the event's verb: "Officials
from Egypt handed the hostages to the Red Cross", "Technical teams from Rwanda initialled the
text", "signed by envoys from Qatar". When the noun phrase of those people is another's
object, the event is done to them or for them, and the party they come from is no doer:
"Hamas handed three hostages to officials from Egypt", "Gunmen shot dead two diplomats from
Israel", "Turkey recalled its envoy from Israel", "Police arrested three officials from
Uganda". An event's actor is the doer of its verb, not any party the sentence names.

The reading: from the people's noun back over the words of its noun phrase (articles,
possessives, numbers, a few adjectives of rank or field, capitalised words), the word reached
is a verb's or a preposition's (other than "by", the passive's doer) when the phrase is an
object; the sentence's start, a comma or a conjunction opens a subject instead. The object of
a verb of meeting or receiving, or after "with", takes part in the act beside its subject
("Saudi Arabia hosted delegations from Russia" for the talks; "negotiated with officials from
Egypt"; "brought together ministers from Germany and France"; "talks that included envoys
from Qatar"): kept as a doer.
Review rvac33: a subordinator or a verb of saying opens a subject too ("Mediators said that
envoys from Qatar had brokered", "because envoys from Egypt walked out"), and the last party
of a list after "from" is read as the first ("seized three officials from Mali, Niger and
Chad": Chad is no doer either).
Left out: the people as the subject of another verb than the event's ("Officials from Ghana
were among the guests as Nigeria swore in its president").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.party_names import party_mentions

_PEOPLE = word_set(
    """minister ministers leader leaders delegation delegations delegate delegates envoy envoys
    official officials representative representatives diplomat diplomats negotiator
    negotiators emissary emissaries ambassador ambassadors lawmakers parliamentarians team
    teams judge judges prosecutor prosecutors investigators investigator"""
)
_FROM = word_set("from at")
# Words a noun phrase of people may hold before its noun.
_PHRASE = word_set(
    """the a an its their his her our two three four five six seven eight nine ten several
    some many few dozens dozen senior top junior former technical military foreign defence
    defense security intelligence government trade health finance other visiting level"""
)
# Verbs and prepositions whose object takes part with the subject: a meeting's or talks'
# sides ("hosted delegations from Russia", "negotiated with officials from Egypt").
_JOINING = word_set(
    """with met meet meets meeting hosted hosts host hosting received receives receiving
    welcomed welcomes welcoming joined joins invited invites against together convened
    gathered assembled included including involved involving among"""
)
# Words that open a subject: "and officials from Qatar signed", "as envoys from Egypt arrived",
# a clause a verb of saying or a subordinator opens ("said that envoys from Qatar had
# brokered", "because mediators from Oman persuaded"; review rvac33).
_OPENERS = word_set(
    """and but as when while after before then so that because although though once until
    unless if whereas whether where said says"""
)
# Words that join one party to the next in a list after "from": "officials from Niger and Chad".
_LISTING = word_set("and or")
_LIST_MOST = 6  # "from Niger, Mali and Chad": the words of the parties before the last one


def object_people(tokens: Sequence[Token], position: int, text: str) -> bool:
    """Whether the party at ``tokens[position]`` follows "from"/"at" and a noun of people a
    party sends whose noun phrase is another verb's or preposition's object (see module)."""
    before = _list_start(tokens, position - 1, text)
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 1 or tokens[before].norm not in _FROM or tokens[before - 1].norm not in _PEOPLE:
        return False
    index = before - 1  # the people's noun
    while index > 0:
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return False  # a clause opens at the comma: a subject
        word = tokens[index - 1]
        if not (word.norm in _PHRASE or word.is_number or word.capitalised):
            break
        index -= 1
    if index == 0:
        return False  # the sentence opens with the phrase: its subject
    opener = tokens[index - 1].norm
    return opener != "by" and opener not in _OPENERS and opener not in _JOINING


def _list_start(tokens: Sequence[Token], before: int, text: str) -> int:
    """The word before the first party of a list ending at ``tokens[before + 1]``: "from"
    in "officials from Niger and Chad" (review rvac33: the last party of a list is the
    people's home as the first is); ``before`` itself when no list stands there."""
    if before < 1 or tokens[before].norm not in _LISTING:
        return before
    for index in range(before - 1, max(before - 1 - _LIST_MOST, 0), -1):
        word = tokens[index]
        if word.norm in _FROM:
            return index
        gap = text[tokens[index].end : tokens[index + 1].start]
        if not (word.capitalised or word.norm in _LISTING or word.norm == "the") or ";" in gap:
            return before
    return before


def received_only(key: str, article: ArticleText, index: int, fact: object) -> bool:
    """Whether sentence ``index`` names the party ``key`` only as the home of people who are
    another's object (:func:`object_people`), for an event (a fact with actors) alone."""
    if not isinstance(getattr(fact, "actors", None), list):
        return False
    tokens = article.sentence_tokens(index)
    hits = [position for position, found, _, _ in party_mentions(tokens) if found == key]
    return bool(hits) and all(object_people(tokens, hit, article.text) for hit in hits)


__all__ = ["object_people", "received_only"]
