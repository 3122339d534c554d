"""The ``party`` kind: a summit's parties, a stance's party, a measure's reacting party.

News names a country (or a group) in many ways, and a fact-checker reads them all as that
party: its name or short form ("the U.S.", "America", "UK", "Britain"), its people's adjective
("Ukrainian forces", "Israeli officials"), its capital standing for its government ("Moscow
rejected"), its seat of government ("the Kremlin", "the White House", "Downing Street"), and a
leader or official the article itself ties to it ("Russian President Vladimir Putin", "Putin,
Russia's president", "Ukraine's defence minister, Rustem Umerov", "his Russian counterpart
Sergei Lavrov"). The aliases come from the one table in :mod:`summarizer.text.countries`.

A party value that is one of those countries or groups (alone, or with a body word: "the
Russian government", "Ukrainian forces", "the Kremlin") is supported when a sentence of the
fact's evidence names it by any alias, or names a person the article ties to it with a
government title (no world-knowledge table of leaders: "Putin said" supports Russia only where
the article calls him Russian, Russia's or the Kremlin's). Any other value (a person, a
description, a country the table lacks) is read as the ``person`` kind reads it: full name,
or surname with no conflicting first name, spelling variants folded; a leading country and
title are dropped first ("Russian President Vladimir Putin" is Vladimir Putin).

Stricter in return: aliases are whole words, longest first ("South Korea" is not "Korea",
"Nigerian" is not "Niger", "Romania" is not "Oman"; a listed people's word such as "Omani" is
Oman's, an unlisted one supports nothing); an abbreviation must be written in capitals ("US",
never "us"); a capital or seat that goes on into a longer name ("the Washington Post", "Moscow
Times") is no alias; a country or capital right after a place preposition ("talks in Moscow",
"aid to Kyiv") is a place, not the party acting; a person the article ties to another country,
or to none, supports no country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import STOPWORDS
from ..acts.joined_names import actor_parts
from ..acts.possessed_parties import owner_only
from ..bylines.contact_lines import credited_only
from ..bylines.news_sources import source_only
from ..context import Context, Result, fact_has, no_evidence, unconfirmed
from ..occasions.offstage_parties import offstage_party
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.mashed_names import name_clash
from ..people.names import NOT_NAMES, TITLES, find_named, norms
from ..people.party_names import (
    is_alias,
    party_of,
    person_part,
    sentence_parties,
    surname_like,
    ties,
)
from ..people.place_names import PLACE_NOUNS
from ..people.shared_surnames import titled_other
from ..quotes.attribution import by_title
from ..quotes.speakers import name_forms
from ..status.condition_holders import condition_holder
from ..status.quoted_claims import claimed_keys
from .absent_parties import absent_party
from .apposed_subjects import apposed_reactor
from .body_anaphors import body_anaphors
from .body_initials import initials_spans
from .cited_people import cited_only
from .counterparts import paired_keys
from .group_nouns import group_nouns, is_group_name
from .host_parties import host_attends
from .member_actors import members_act
from .other_pairs import other_pair_only
from .pair_epithets import PEOPLE_PLURALS, PairVerdict, epithet_verdict
from .paired_meetings import outside_pair
from .reaction_owners import other_reactor
from .remote_parties import remote_party
from .sent_objects import received_only
from .side_groups import side_verdict
from .side_roles import other_role, roled_keys
from .spokespeople import spokesperson
from .stance_parties import stance_holder
from .standins import standin_reading, standin_result
from .summit_leads import leads_others, leads_summit
from .surname_rivals import rival_namesake
from .trip_legs import other_leg
from .unmet_parties import unmet_party

# The roles :func:`side_roles.other_role` reads, named in a refusal.
_ROLES = (
    "mediator, proposer, host, chair, observer, witness, announcer, persuader, one praised, "
    "one others are urged to talk with, one named only in another's condition, a meeting's "
    "cause, or one reacted to"
)


def _support_country(key: str, shown: str, ctx: Context) -> Result:
    article, placed, roled, paired, claimed = ctx.article, False, False, False, False
    mode = _mode(ctx)
    for index in ctx.sentences:
        named, places = sentence_parties(article, index)
        if key in named and mode is None and received_only(key, article, index, ctx.fact):
            placed = True  # "handed hostages to officials from Egypt" (sent_objects)
        elif key in named:
            if mode not in (None, "reaction") and key in paired_keys(article, index):
                paired = True  # "met his French counterpart": whose counterpart (counterparts)
            elif mode == "taken" and key in claimed_keys(article, index):
                claimed = True  # '"Russia rejected it," Zelensky said': his claim (quoted_claims)
            elif mode is None or key not in roled_keys(article, index, mode):
                return True, ""
            else:
                roled = True
        placed = placed or key in places
    for tokens in ctx.sentence_tokens():
        for position, token in enumerate(tokens):
            if surname_like(tokens, position) and key in ties(article, token.norm):
                if position + 1 < len(tokens) and tokens[position + 1].norm in PLACE_NOUNS:
                    continue  # "in Nigeria's Borno state": a place of it, no person tied
                if mode is None or not other_role(tokens, position, position, article.text, mode):
                    return True, ""
                roled = True
    noun = _by_group_noun(shown, ctx)
    if noun:
        return True, ""
    read = paired or claimed or placed or noun is False
    group = "none" if read else side_verdict(key, article, ctx.sentences, not roled)
    if group == "yes":  # "each side freed 390" for Russia and Ukraine named before
        return True, ""
    if group == "unsure":
        return unconfirmed(f"{shown!r} is one of more countries than its evidence's group counts")
    if roled or noun is False:
        return False, f"{shown!r} is in its evidence only in another role ({_ROLES})"
    if paired:
        return unconfirmed(f"{shown!r} is in its evidence only as a counterpart's people word")
    if claimed:
        return unconfirmed(f"{shown!r} takes that stance in its evidence only in another's quote")
    if placed and members_act(key, ctx):  # "teams from Rwanda", "the Hamas-led assault"
        return True, ""
    if placed:
        return False, f"{shown!r} is in its evidence only as a place"
    return False, (
        f"{shown!r} is not named in its evidence (nor its capital, government, people, or a "
        "leader the article ties to it)"
    )


def support_party(value: Any, rule: Supported, ctx: Context) -> Result:
    """A party is named in its evidence, by any alias or by a person the article ties to it;
    a person or description as the ``person`` kind reads it. A reaction's is also the
    subject of the clause giving the reaction's words (:mod:`reaction_owners`), a stance's
    the one its clause gives it to (:mod:`stance_parties`)."""
    ok, reason = _support_party(value, ctx)
    if ok and fact_has(ctx.fact, "reaction"):
        other = other_reactor(str(value), ctx) or apposed_reactor(str(value), ctx)
        if other is not None:
            return False, f"its evidence gives that reaction to {other!r}, not {str(value)!r}"
    if ok and fact_has(ctx.fact, "parties"):
        if absent_party(str(value), ctx):
            return False, f"its evidence names {str(value)!r} as absent from the meeting"
        if unmet_party(str(value), ctx):  # "X and Y did not meet" (unmet_parties)
            return False, f"its evidence says {str(value)!r} did not meet the others"
        if remote_party(str(value), ctx):
            return False, (
                f"its evidence names {str(value)!r} only in a clause of its own beside the "
                "meeting (a call, a message, a comment, or a place elsewhere)"
            )
        if offstage_party(str(value), ctx):  # "sent a video message" (offstage_parties)
            return False, f"its evidence puts {str(value)!r} away from the meeting it held"
        if owner_only(str(value), ctx):  # "met Obama's envoy" (possessed_parties)
            shown = str(value)
            return False, f"its evidence names {shown!r} only as the owner of the one met"
        if other_pair_only(str(value), ctx):  # "Yoon had met Kishida" (other_pairs)
            return False, f"its evidence names {str(value)!r} only in another pair's meeting"
        if outside_pair(str(value), ctx):  # "arranging a Putin-Zelensky meeting" (s30)
            return False, f"its evidence names the meeting by a pair without {str(value)!r}"
        leg = other_leg(str(value), ctx)
        if leg is not None:
            return False, f"{str(value)!r} hosts another leg of the trip ({leg}), not this meeting"
    if ok and fact_has(ctx.fact, "stance"):
        holder = stance_holder(str(value), ctx) or condition_holder(str(value), ctx)
        if holder is not None:
            return False, f"its evidence gives that stance to {holder!r}, not {str(value)!r}"
    return ok, reason


def _support_party(value: Any, ctx: Context) -> Result:
    if not ctx.sentences:
        return no_evidence(ctx)
    text = str(value)
    key = party_of(text)
    if key is not None:
        return _support_country(key, text, ctx)
    for part in actor_parts(text, ctx.article):
        key = party_of(part)
        if key is not None:
            ok, reason = _support_country(key, part, ctx)
            if not ok:
                return ok, reason
            continue
        person = person_part(part)
        clash = name_clash(person, ctx.article)
        if clash is not None:
            return clash
        if _speaks_for(person, ctx):
            return False, f"{part!r} speaks for a party; a spokesperson is no side of its own"
        if source_only(part, ctx.article, ctx.sentences):  # "EFE reported", "told AFP"
            return False, f"{part!r} is a news outlet, in its evidence only as the source"
        if cited_only(part, ctx.article, ctx.sentences):  # "citing a UN diplomat"
            return False, f"{part!r} is a source the report cites, no side"
        if credited_only(part, ctx.article, ctx.sentences):  # "(Reporting by X; Editing by Y)"
            return False, f"{part!r} is named only in the newsroom's credit, no side"
        if _mode(ctx) == "summit":  # "Li Keqiang" where "Li Qiang" met (surname_rivals)
            rival = rival_namesake(person, ctx.article, ctx.sentences)
            if rival is not None:
                return False, f"{part!r} is not the one who met; its evidence names {rival!r}"
        named = _named_acting(person, ctx)
        if named is True:
            continue  # by name, or by a family name written first ("Xi Jinping", then "Xi")
        if named is False:
            return False, f"{part!r} is in its evidence only in another role ({_ROLES})"
        pair = _by_epithet(person, ctx)  # "the same two men met" (pair_epithets)
        if pair == "unsure":
            return unconfirmed(f"{part!r} is one of several people the evidence's epithet may mean")
        if pair == "other":
            return False, f"{part!r} is not among the people its evidence's epithet stands for"
        if pair == "yes":
            continue
        if _by_title(person, ctx) or _together(person, ctx) or _by_group_noun(part, ctx):
            continue
        read = standin_result(text if "&" in text else part, part, ctx)  # "The airline" (s35)
        if not read[0]:
            return read
    return True, ""


def _named_acting(person: str, ctx: Context) -> bool | None:
    """True when the evidence names the person (for a stance, once not as a mediator,
    proposer or host); False when it names them only in such a role; None when not at all.
    Stops at the first name that settles it."""
    mode, roled = _mode(ctx), False
    group = is_group_name(person)
    for form in name_forms(person, ctx.article):
        for tokens in ctx.sentence_tokens():
            for first, last in find_named(form, tokens):
                if group and first == last and not tokens[first].capitalised:
                    continue  # "the international community" is no "... Development Community"
                if first == last and titled_other(person, tokens, first, ctx.article.text, TITLES):
                    continue  # "Prof Hale" beside "Professor Ruth Hale" (shared_surnames)
                if (
                    first == last
                    and not tokens[first].capitalised
                    and standin_reading(person, ctx.article, ctx.sentences) == "other"
                ):
                    continue  # "the bank" for "Kestrel Bank" past "Harrow Bank" (standins)
                if mode == "summit" and leads_others(tokens, first, last, ctx.article.text):
                    roled = True  # the sides' chair, another occasion's host (summit_leads)
                    continue
                if mode is None or not other_role(tokens, first, last, ctx.article.text, mode):
                    return True
                passages = [str(p) for p in getattr(ctx.fact, "evidence", None) or []]
                if (
                    mode == "summit"
                    and not group
                    and (
                        host_attends(tokens, first, last, ctx.article.text, passages)
                        or leads_summit(tokens, first, last, ctx.article.text, passages)
                    )
                ):
                    return True  # "hosted by President X at Y": the host sits at the table
                roled = True
    return False if roled else None


def _by_epithet(person: str, ctx: Context) -> PairVerdict:
    """A meeting's party the evidence gives only by a plural epithet ("the two men"), read
    against the people a neighbouring sentence names (:mod:`pair_epithets`)."""
    parties = getattr(ctx.fact, "parties", None)
    if not isinstance(parties, list) or not any(
        token.norm in PEOPLE_PLURALS for tokens in ctx.sentence_tokens() for token in tokens
    ):
        return "none"
    names = [person_part(str(party)) for party in parties]
    return epithet_verdict(person, names, ctx.article, ctx.sentences)


def _by_group_noun(value: str, ctx: Context) -> bool | None:
    """True when a group noun in the evidence stands for the group ("ASEAN met ... The bloc
    appointed an envoy": :mod:`group_nouns`), not in a role; False when only in a role; None
    when no noun stands for it."""
    mode, roled = _mode(ctx), False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        spans = group_nouns(value, ctx.article, index) + initials_spans(value, ctx.article, index)
        spans += body_anaphors(value, ctx.article, index)  # "the army" (body_anaphors)
        for first, last in spans:
            if mode is None or not other_role(tokens, first, last, ctx.article.text, mode):
                return True
            roled = True
    return False if roled else None


def _mode(ctx: Context) -> str | None:
    """Which roles keep a name from being the party (:func:`side_roles.other_role`): a stance's
    party is the one taking it, not a mediator or proposer ("taken" when the stance is given);
    a summit's parties are the ones meeting, not a host named only as the host ("thanked Lee
    for hosting the summit") nor a group others are urged to talk with (unless the summit is
    only proposed: "proposal"); a reaction's is the one reacting, not the one reacted to
    ("reaction"); a stance awaiting an answer keeps the one whose answer is sought
    ("awaiting", :mod:`sought_answers`); no role for any other party."""
    if fact_has(ctx.fact, "reaction"):
        return "reaction"
    if fact_has(ctx.fact, "stance"):
        stance = getattr(ctx.fact.stance, "value", ctx.fact.stance)  # type: ignore[attr-defined]
        return (
            "stance" if stance is None else "awaiting" if stance == "awaiting_answer" else "taken"
        )
    if not isinstance(getattr(ctx.fact, "parties", None), list):
        return None
    status = getattr(ctx.fact, "status", None)
    return "proposal" if getattr(status, "value", status) == "proposed" else "summit"


def _speaks_for(person: str, ctx: Context) -> bool:
    """A meeting's party or a truce's side the article calls a spokesperson ("White House
    spokesman Scott McClellan said", "Colonel X, the army spokesman, said the truce was
    holding"): the one speaking for a party, not one meeting or keeping a truce."""
    if not (isinstance(getattr(ctx.fact, "parties", None), list) or fact_has(ctx.fact, "stance")):
        return False
    words = norms(tokenize(person))
    return bool(words) and spokesperson(ctx.article, words[-1])


def _by_title(person: str, ctx: Context) -> bool:
    """ "the President" in the evidence, for the one person the article names "President X"
    without a country before it (the speaker rules' reading, :func:`attribution.by_title`)."""
    for tokens in ctx.sentence_tokens():
        for index in range(1, len(tokens)):
            token = tokens[index]
            if token.norm != "president" or tokens[index - 1].norm != "the":
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.capitalised and not following.is_number:
                continue  # "the President Trump ...": named, read above
            if by_title(ctx.article, "President", token.start, [person]) == "yes":
                return True
    return False


# Words for a meeting's parties together: "their next meeting", "both sides", "the two
# leaders", "a three-way meeting with Putin and Zelenskyy".
_TOGETHER = word_set("their they both two sides each trilateral bilateral")


def _together(person: str, ctx: Context) -> bool:
    """A summit's party the evidence refers to together with the others ("Putin floated their
    next meeting", "Both sides have talked about a second meeting", "a three-way meeting with
    Putin and Zelenskyy"), when the article names that party before. Only for a fact with
    parties (a summit): a stance or a reaction is one party's own."""
    if not isinstance(getattr(ctx.fact, "parties", None), list):
        return False
    together = False
    for tokens in ctx.sentence_tokens():
        for index, token in enumerate(tokens):
            if token.norm == "two" and _counts_time(tokens, index):
                continue  # "within two weeks": a span, not the two sides
            if token.norm in _TOGETHER or (
                token.norm == "way" and token.joined and tokens[index - 1].norm in _COUNTS
            ):
                together = True
                break
        if together:
            break
    if not together or _strangers(ctx):
        return False
    words = tuple(norms(tokenize(person)))
    if not words or not ctx.sentences:
        return False
    # named before the evidence, as what "their" or "the two" points back to (a person first
    # named after it is someone else: "The two presidents ... He would also see Lee")
    first = ctx.article.sentences[ctx.sentences[0]][0]
    return any(
        start < first
        for phrase in (words, words[-1:])
        for start, _ in ctx.article.phrase_spans(phrase)
    )


_COUNTS = word_set("two three four")
_TIME_UNITS = word_set(
    "minutes hours days weeks months years decades times rounds percent per cent dozen"
)


def _counts_time(tokens: Sequence[Token], index: int) -> bool:
    """ "two weeks", "two more days", "two percent": the number counts a span or an amount."""
    following = [t.norm for t in tokens[index + 1 : index + 3]]
    return bool(following) and (
        following[0] in _TIME_UNITS
        or (following[0] in _MORE and following[1:2] != [] and following[1] in _TIME_UNITS)
    )


_MORE = word_set("more further other additional full")


def _strangers(ctx: Context) -> bool:
    """Whether the evidence names a person who is none of the fact's parties ("Trump and
    Putin discussed their next meeting" is not about Xi's meeting): a capitalised word the
    article elsewhere writes after a first name or a title."""
    parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
    for tokens in ctx.sentence_tokens():
        covered = {
            index
            for party in parties
            for first, last in find_named(person_part(party), tokens)
            for index in range(first, last + 1)
        }
        for position, token in enumerate(tokens):
            if position in covered or not surname_like(tokens, position):
                continue
            if _is_person(ctx.article, token.norm):
                return True
    return False


def _is_person(article: ArticleText, norm: str) -> bool:
    """The article writes this word after a first name or a title somewhere ("Vladimir
    Putin", "President Putin"): a person's surname, not a place or a thing."""
    memo_key = ("party person", norm)
    known: bool | None = article.memo.get(memo_key)
    if known is None:
        known = False
        for start, end in article.phrase_spans((norm,)):
            before = article.window_tokens(start, end, before=40)
            if len(before) < 2 or before[-1].norm != norm:
                continue
            previous = before[-2]
            if article.text[previous.end : before[-1].start] not in (" ", ". "):
                continue
            if previous.norm in TITLES or (
                previous.capitalised
                and previous.norm not in STOPWORDS
                and previous.norm not in NOT_NAMES
                and not is_alias(previous.norm)
            ):
                known = True
                break
        article.memo[memo_key] = known
    return known


__all__ = ["support_party"]
