"""The ``actor`` kind: who carried out an event, read from the event's evidence.

An actor is named in the evidence as a party is (:func:`parties.support_party`: its name,
capital, people, or a person the article ties to it), and not only as the one acted on: a
name that stands in the evidence only as the owner of a verb's object ("New Zealand and
Australia rejected Commodore Bainimarama's request": Bainimarama, and Fiji through him, are
not the ones rejecting) or right after a verb done to it ("expelled Fiji", "condemned Fiji")
did not carry the event out, nor the target of a measure or an attack ("sanctions on Doha",
"strikes against Hamas", "the blockade of Qatar"), nor the owner of an offer turned down
("Uganda turned down Kenya's offer", "Kenya's offer to mediate was turned down by Uganda",
"an offer from Kenya was turned down"), nor who holds people or ground or hosts an occasion
named after "by" right after its noun ("the release of hostages held by Hamas", "at a seminar
hosted by the Ministry of Interior": checks 24 and 25), nor the one an attack or a killing
hits or whose people it hits ("Israeli jets struck Hamas positions", "assassinated the Hamas
spiritual leader"), a name after "against" other than a fight's ("rose up against Maduro",
"actions against Maoist cadres"; "fought against Russia" keeps both sides), a quarrel's topic
("a dispute over Taiwan's participation"), one that stays out ("X did not participate in the
vote", unless the event is the boycott) or one that accuses another ("Ukraine accused Russia
of shelling Kherson": Russia is the shelling's actor, Ukraine is not, unless the event is the
accusing); names opening a clause after a comma are not read as a verb's object. The one
spoken to ("urged Netanyahu", "told Fiji") "took part" (the schema): not refused.

Only when the evidence names its actors as a group ("the two ministers", "both sides",
"they", "the leaders", "all three"; not after a preposition: "the wishes of the parties")
may an actor named elsewhere in the article stand for one of them (a name the article never
writes, "John Kelly" beside its John Bolton, is still refused). Other evidence must name the
actor itself ("Indonesia" is no actor of "Hun Sen suggested the meeting be delayed").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import NUMBER_WORDS
from ..acts.other_acts import kept_side, not_doer
from ..acts.summit_roles import shut_out
from ..bylines.metadata import support_mention
from ..context import Context, Result, fact_description, unconfirmed
from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.names import TITLES, find_named
from ..people.party_names import party_mentions, party_of, person_part, ties
from ..people.standin_checks import bodylike
from ..people.standin_words import owns_person
from ..sentences.described_actors import described_actor
from ..sentences.entry_heads import entry_head
from ..sentences.idle_standins import idle_standins
from ..sentences.own_heads import own_head_actor
from ..sentences.owned_subjects import owned_subject
from ..sentences.owner_bodies import owner_actor
from ..sentences.passives import BE, PERFECT, passive_after
from ..sentences.pronoun_objects import pronoun_object
from ..sentences.topic_statements import topic_statement
from .actor_descriptions import described_spans
from .befallen import beaten, befell
from .body_initials import body_spans, initials_spans
from .group_nouns import group_nouns
from .held_by import holder
from .outside_actors import outside_act
from .parties import support_party
from .party_frames import reports_only
from .press_offices import only_tells, press_office
from .side_roles import left_by_act, watches
from .talk_facilitators import facilitates

# Nouns for a group of actors after "the" ("the leaders", "the two ministers").
_GROUPS = word_set(
    """leaders ministers sides parties delegations countries governments presidents nations
    premiers heads envoys negotiators allies rivals neighbours neighbors counterparts
    officials states"""
)
_GROUP_WORDS = word_set("they both")
# A group after a preposition did not act ("the wishes of the parties", check 23), by "by" it did.
_OBJECT_PREPOSITIONS = word_set(
    "of to for with between among from about on at into toward towards upon against"
)
# Verbs whose object is acted on ("expelled Fiji", "rejected Bainimarama's request", "overrode
# Mayor Voss's veto": rv64c); verbs of speaking to someone ("urged", "told") are left out.
_DONE_TO = word_set(
    """rejected rejects rejecting refused refuses denied denies condemned condemns criticised
    criticized criticises criticizes accused accuses blamed blames expelled expels suspended
    suspends sanctioned sanctions invited invites barred bars ignored ignores dismissed dismisses
    turned rebuffed rebuffs spurned spurns snubbed snubs declined declines overrode overrides
    overruled overrules overturned overturns quashed quashes vetoed vetoes
    struck strikes hit hits attacked attacks shelled shells bombed bombs targeted targets
    raided raids assassinated assassinates killed kills arrested arrests invaded invades
    ambushed ambushes abducted abducts kidnapped kidnaps executed executes"""
)
# Accusing verbs: their object before "of"/"for" is the one said to act ("accused Russia of
# shelling Kherson": Russia shelled), their subject only says so (tiers review).
_ACCUSING = word_set("accused accuses accusing blamed blames blaming")
_CHARGE_LINKS = word_set("of for")
# Words before "against" that make its object a side of a fight both carry out ("fought
# against Russia", "the war against Ukraine"); after any other word ("rose up against Maduro",
# "actions against Maoist cadres", "a failed uprising in April against Maduro") it is the
# one acted on (check 27).
_FIGHTING = word_set(
    """fought fight fights fighting clashed clash clashes clashing battled battle battles
    battling war wars"""
)
# Nouns of a quarrel whose "over"/"about" names its topic, not a side ("a dispute over
# Taiwan's participation": check 27).
_QUARRELS = word_set(
    """dispute disputes row rows spat spats quarrel quarrels feud feuds standoff tension
    tensions disagreement disagreements controversy concerns concern fears"""
)
_TOPIC_LINKS = word_set("over about")
# Staying out of the event ("The Party of Regions faction did not participate in the vote",
# check 27): a negation then a verb of taking part, or a verb of staying out.
_NEGATIONS = word_set("not never n't")
_TAKING_PART = word_set(
    "participate participated take took join joined attend attended vote voted show showed"
)
_STAYING_OUT = word_set("boycotted boycotts abstained abstains")
# Stems of a description that makes staying out the event itself ("boycotted the vote").
_OUT_STEMS = ("boycott", "abstain", "stay", "refus", "declin", "walk", "absen", "skip")
# A phrasal verb's particle between the verb and its object ("turned down Kenya's offer",
# "brushed aside Qatar's plan"; check 23's probe): skipped back to the verb.
_PARTICLES = word_set("down away aside off")
_PHRASAL = word_set("turned turns turning turn brushed brushes brushing waved waves stood stands")
# Most words between an owner and the passive verb done to what it owns ("Kenya's offer to
# mediate was turned down by Uganda").
_OWNED_REACH = 8
_SKIPPED = word_set("the a an")
# A measure or attack and its target ("sanctions on Doha were imposed by ...": check 22's
# plant): the target is acted on.
_AT = word_set("on against of upon")
_AIMED = word_set(
    """sanctions embargo embargoes blockade siege tariffs duties restrictions strike strikes
    airstrikes attack attacks raid raids offensive assault bombing shelling invasion
    occupation boycott"""
)


def support_actor(value: Any, rule: Supported, ctx: Context) -> Result:
    """See the module: named in the evidence and not only as acted on; else, for evidence
    naming its actors as a group, named in the article."""
    ok, reason = support_party(value, rule, ctx)
    if ok:
        if ctx.sentences and _only_acted_on(str(value), ctx):
            return False, (
                f"{value!r} is in its evidence only as the one acted on (or holding or "
                "hosting something else, watching or judging it, staying out or accusing)"
            )
        key = party_of(str(value))
        reported = (key is not None or _body(str(value))) and not _about_saying(ctx, key)
        if ctx.sentences and reported and _only_reporting(str(value), ctx):
            return False, f"{value!r} is in its evidence only as the one reporting it"
        if press_office(str(value), ctx.article) and only_tells(
            str(value), ctx.article, ctx.sentences
        ):  # "the military's media wing (ISPR) said troops repelled ..." (press_offices)
            return False, f"{value!r} is a press office or spokesperson, only reporting it"
        if ctx.sentences and not _named(str(value), ctx) and idle_standins(str(value), ctx):
            return unconfirmed(f"{value!r} is told in its evidence only by a stand-in not acting")
        if ctx.sentences and pronoun_object(str(value), ctx.article, ctx.sentences):  # s44
            return unconfirmed(f"{value!r} is in its evidence only as a pronoun's verb's object")
        return ok, reason
    if not ctx.sentences or any(words in reason for words in _FINAL):
        return ok, reason  # "fighting across eastern Ukraine as both armies dug in": a place
    told = [
        not _acted_on(t, f, last, ctx.article.text)
        for t, f, last in described_spans(str(value), ctx)
    ]
    if told:  # "the union says", "The carrier now hopes" (actor_descriptions, s31)
        if any(told) and idle_standins(str(value), ctx):  # "The airline was fined by" (s40)
            return unconfirmed(f"{value!r} is told in its evidence only by a stand-in not acting")
        return (
            (True, "")
            if any(told)
            else (False, f"{value!r} is told in its evidence only as acted on")
        )
    bare = str(reason).endswith(" is not named in its evidence")  # s39, s56, s57, s59
    heads = (owner_actor(ctx.fact), entry_head, owned_subject)  # s61 "its shares fell"
    read = [topic_statement, *heads] if bare else [*heads] if "may be" in reason else []
    read += [entry_head] if "nearer name" in reason else []  # the entry's label heads it
    read += [own_head_actor] if "not named in its" in reason else []  # s60 "the commission"
    if described_actor(str(value), ctx) or any(
        r(str(value), ctx.article, ctx.sentences) for r in read
    ):
        return True, ""
    if not _grouped(ctx):
        return ok, reason
    return support_mention(value, rule, ctx)


# Refusals of the party rule no group wording undoes: a place, a source, a newsroom credit.
_FINAL = ("another first name", "as a place", "source", "newsroom")


def _named(value: str, ctx: Context) -> bool:
    """Whether the evidence names the actor itself, not only by "it" or a description."""
    return any(
        True
        for index in ctx.sentences
        for _ in _places(value, ctx.article.sentence_tokens(index), ctx, index)
    )


def _grouped(ctx: Context) -> bool:
    """Whether the evidence names actors as a group: "they", "both", "the two ...", "the
    leaders", "all three"; not as a preposition's object ("the wishes of the parties")."""
    for tokens in ctx.sentence_tokens():
        for index, token in enumerate(tokens):
            norm = token.norm
            if norm in _GROUP_WORDS:
                if not (index and tokens[index - 1].norm in _OBJECT_PREPOSITIONS):
                    return True
            elif (
                index
                and tokens[index - 1].norm in {"the", "all"}
                and (norm in _GROUPS or norm in NUMBER_WORDS)
                and not (index > 1 and tokens[index - 2].norm in _OBJECT_PREPOSITIONS)
            ):
                return True
    return False


def _only_acted_on(value: str, ctx: Context) -> bool:
    """Whether every place the evidence names the actor (by name, alias, or a person the
    article ties to it) is acted on (see the module), stays out of the event ("did not
    participate", unless the event is the staying out) or accuses another of it ("Ukraine
    accused Russia of shelling Kherson", unless the event is the saying); False when none is
    found."""
    found = False
    words = tokenize(fact_description(ctx.fact))
    out_event = any(token.norm.startswith(_OUT_STEMS) for token in words)
    saying = any(token.norm.startswith(_SAYING_STEMS) for token in words)
    text = ctx.article.text
    told, own = [t.norm for t in words], [t.norm for t in tokenize(value) if len(t.norm) > 3]
    named = tuple(t.norm for t in tokenize(value))
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for first, last in _places(value, tokens, ctx, index):  # lazily: stops at the first
            found = True
            if kept_side(tokens, first, last, text, ctx.fact, value, told):
                return False  # "beat the Pacers 103-91": a match's side (contest_sides, s38)
            if not_doer(tokens, first, last, text, ctx.fact, value, told):
                continue  # "fined Navy Federal", "HSBC was fined by" (acts/undergoers, s48)
            if _acted_on(tokens, first, last, text) or shut_out(
                tokens, first, last, text, relative=False
            ):
                continue  # shut out: "decided to exclude junta chief X", "left X out"
            if owns_person(tokens, last) and not (party_of(value) or bodylike(value, named)):
                continue  # "met Xi Jinping's premier, Li Qiang": the premier is met (not
                # "Germany's chancellor signed", a body's own acting for it: rv43a)
            if watches(tokens, first, last, text) or left_by_act(tokens, first, last, text):
                continue  # "with Ban in attendance", "India's boycott left Pakistan isolated"
            if facilitates(tokens, first, last, text, "actor"):
                continue  # "talks between A and B, facilitated by Malaysia" (talk_facilitators)
            if beaten(tokens, first, last, text) or befell(tokens, first, last, told, own):
                continue  # "routed the army", "the collapse of the army" (befallen.py)
            if outside_act(tokens, first, last, text, told):
                continue  # "the AU condemned the attack", "an inquiry into Chinese cars"
            if not out_event and _stays_out(tokens, last, text):
                continue
            if not saying and _accuses(tokens, last, text):
                continue
            return False
    return found


def _clause_ahead(tokens: Sequence[Token], last: int, text: str, reach: int) -> list[str]:
    """Up to ``reach`` norms after ``last``, cut at punctuation and clause words."""
    norms: list[str] = []
    index = last
    while len(norms) < reach and index + 1 < len(tokens) and not clause_gap(tokens, index, text):
        index += 1
        if tokens[index].norm in _CLAUSE_WORDS:
            break
        norms.append(tokens[index].norm)
    return norms


def _stays_out(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The name stays out: "X did not participate", "X boycotted / abstained" (check 27)."""
    ahead = _clause_ahead(tokens, last, text, 7)
    for position, norm in enumerate(ahead[:5]):
        away = ahead[position + 1 : position + 2] == ["away"]
        if norm in _STAYING_OUT or (norm == "stayed" and away):
            return True
        negated = norm in _NEGATIONS or norm.endswith("n't") or norm in {"refused", "declined"}
        if negated and any(word in _TAKING_PART for word in ahead[position + 1 : position + 3]):
            return True
    return False


def _accuses(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The name accuses another of the event: "X (on Monday) accused / blamed Y of / for"."""
    ahead = _clause_ahead(tokens, last, text, 12)
    for position, norm in enumerate(ahead[:4]):
        if norm in _ACCUSING:
            return any(word in _CHARGE_LINKS for word in ahead[position + 2 :])
    return False


# Stems of a description that makes the event a saying ("Chad claimed Khartoum was backing
# rebels", "Libya announced the postponement"): then the speaker is its actor.
_SAYING_STEMS = (
    "said", "says", "say", "claim", "statement", "stated", "announc", "accus", "alleg", "warn",
    "told", "tells", "deni", "deny", "confirm", "report", "declar", "insist", "urg", "threat",
)  # fmt: skip


def _about_saying(ctx: Context, key: str | None) -> bool:
    """The event's description is a saying (its words hold a verb or noun of speaking) or
    names the actor's party itself ("U.S. military aid held back", reported by "a White House
    official": the gold set's own act told by its own official)."""
    words = tokenize(fact_description(ctx.fact))
    if any(token.norm.startswith(_SAYING_STEMS) for token in words):
        return True
    return any(named == key for _, named, _, _ in party_mentions(words))


# A body that reports what others did ("the UN mission reported", "a monitoring group said"):
# no country or group of the party labels, yet no person acting through what they say.
_REPORTING_BODIES = word_set(
    """mission missions monitor monitors observatory agency ministry office officials
    spokesman spokeswoman spokesperson council committee commission watchdog observers
    authority media network service tracker group army military police governor command
    staff force navy guard"""
)


def _body(value: str) -> bool:
    return any(token.norm in _REPORTING_BODIES for token in tokenize(value))


def _only_reporting(value: str, ctx: Context) -> bool:
    """Every place the evidence names the actor (a country or group: a person the labels
    read as acting through what they said) only reports the event ("A Libyan official
    said the change was made after calls from Chad", "according to Qatar, Israel freed 30
    prisoners", "..., an Egyptian security source said": :func:`party_frames.reports_only`;
    check 26; a reporting body, "the UN mission reported", by its whole name or initials
    the page gave it, "MKFA said", rv63c); False when none is found."""
    found, whole, article = False, party_of(value) is None and _body(value), ctx.article
    for index in ctx.sentences:
        tokens = article.sentence_tokens(index)
        places = body_spans(value, article, index) if whole else list(_places(value, tokens, ctx))
        for first, last in places:
            if any(last == end and first < start for start, end in places):
                continue  # "off the coast, the coast guard said": the loose match holds the tight
            found = True
            if not reports_only(tokens, first, last, ctx.article.text):
                return False
    return found


def _places(
    value: str, tokens: Sequence[Token], ctx: Context, index: int | None = None
) -> Iterator[tuple[int, int]]:
    """Where a sentence names the actor: its first and last token each time; with the
    sentence's ``index``, also a group noun standing for it (:mod:`group_nouns`), first."""
    key = party_of(value)
    if index is not None:
        yield from group_nouns(value, ctx.article, index)
        yield from initials_spans(value, ctx.article, index)  # "IOM" spelt out before
    if key is None:
        yield from find_named(person_part(value), tokens)
        return
    for start, named, _, size in party_mentions(tokens):
        if named == key:
            yield start, start + size - 1
    for position, token in enumerate(tokens):
        if token.capitalised and key in ties(ctx.article, token.norm):
            yield position, position


def _acted_on(tokens: Sequence[Token], first: int, last: int, text: str = "") -> bool:
    """A name right after a verb done to it, or owning that verb's object ("rejected
    Commodore Bainimarama's request": titles, capitalised words and articles skipped), or
    after a measure's or attack's "on" / "against" / "of" ("sanctions on Doha"), or the
    subject of that verb in the passive ("Fiji was expelled", "Eritrea has been barred")."""
    if first >= 2 and tokens[first - 1].norm in _OFFER_LINKS and tokens[first - 2].norm in _OFFERS:
        offer = first - 2  # "turned down an offer from Kenya", "an offer by Kenya ... was rejected"
        return _acted_on(tokens, offer, offer, text) or _passive_after(tokens, last)
    before = first - 1
    while (
        before >= 0
        and not clause_gap(tokens, before, text)
        and (
            tokens[before].norm in TITLES
            or tokens[before].capitalised
            or tokens[before].norm in _SKIPPED
        )
    ):
        before -= 1
    if before >= 0 and clause_gap(tokens, before, text):
        before = -1  # "struck Gaza, Hamas fighters ...": the name opens a clause of its own
    if before >= 0 and tokens[before].norm in _ACCUSING:
        return not _charged(tokens, last, text)  # "accused Russia of shelling": Russia acts
    if before >= 1 and tokens[before].norm == "against":
        return tokens[before - 1].norm not in _FIGHTING  # "rose up against Maduro"
    if before >= 1 and tokens[before].norm in _TOPIC_LINKS and tokens[before - 1].norm in _QUARRELS:
        return True  # "a dispute over Taiwan's participation"
    if before >= 1 and tokens[before].norm in _PARTICLES and tokens[before - 1].norm in _PHRASAL:
        return True  # "turned down Kenya's offer"
    if before >= 0 and tokens[before].norm in _DONE_TO:
        return True
    if _owned_passive(tokens, last, text):
        return True
    if before >= 1 and tokens[before].norm in _AT and tokens[before - 1].norm in _AIMED:
        return True  # "sanctions on Doha", "strikes against Hamas", "the blockade of Qatar"
    if holder(tokens, before):
        return True  # "hostages held by Hamas", "a seminar hosted by the Interior Ministry"
    ahead = [t.norm for t in tokens[last + 1 : last + 5]]
    after = list(ahead)
    while after and after[0] in _PASSIVE:
        after.pop(0)
    been = not BE.isdisjoint(ahead[: len(ahead) - len(after)])  # "had struck" is active (s31)
    return been and bool(after) and after[0] in _DONE_TO


def _charged(tokens: Sequence[Token], last: int, text: str) -> bool:
    """An accused name followed by "of"/"for" (after its possessive's noun at most): the one
    said to have done it ("accused Russia of shelling", "blamed Hamas's gunmen for")."""
    ahead = _clause_ahead(tokens, last, text, 3)
    return any(word in _CHARGE_LINKS for word in ahead)


_PASSIVE = BE | PERFECT  # "had struck" is read as active below, by BE
_CLAUSE_WORDS = word_set("and but while which who that said says")


def _owned_passive(tokens: Sequence[Token], last: int, text: str) -> bool:
    """A possessive owner of a subject done to in the passive ("Qatar's proposal was rebuffed"):
    acted on through what it owns. Only a possessive, within ``_OWNED_REACH`` words, one clause."""
    return is_possessive(tokens[last], text) and _passive_after(tokens, last)


# An offer and the word before its owner ("an offer from Kenya", "a request by Qatar").
_OFFERS = word_set(
    """offer offers proposal proposals request requests call calls bid bids invitation
    invitations plan plans appeal appeals demand demands overture overtures"""
)
_OFFER_LINKS = word_set("from by of")


def _passive_after(tokens: Sequence[Token], last: int) -> bool:
    """A passive verb done to something within ``_OWNED_REACH`` words after ``last``, in its
    clause ("... to mediate was turned down"): the shared
    :func:`..sentences.passives.passive_after`, with only the verbs of :data:`_DONE_TO`."""
    return passive_after(
        tokens, last, reach=_OWNED_REACH, stops=_CLAUSE_WORDS, participles=_DONE_TO
    )


actor_places = _places  # where a sentence names the actor (confirm_only's doer tie)
__all__ = ["actor_places", "support_actor"]
