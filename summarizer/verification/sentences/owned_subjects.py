"""An event's actor told in its evidence as the owner of its clause's subject, by "its" or by a
possessive description of its kind ("The company beat forecasts. Its shares still fell 3.8%",
"The bureau's monthly employment release, issued on Friday, showed", "The state-owned railway
company's loans to Vanke totalled 29.1 billion yuan"; outside checks 92-99, session 61), for
the ``actor`` kind (:mod:`summarizer.verification.sides.event_actors`).

News copy tells a body's figures, offers and reports as things it owns: "its shares fell",
"the group's revenue rose", "the province's last offer would have raised wages". The owner is
read back exactly as :mod:`.described_actors` reads "it" and "the company" (the subject of
the sentence before for "its"; the salient organisation of the noun's kind for "the
company's", with no other body of the kind named nearer); what is added is the owner's place:
"its" or "the [up to 3 words] NOUN's" opening a clause (the sentence's start, after a fronted
adverbial's comma, a colon or semicolon, ", and"/", but"), then the owned noun phrase (up to
eight words, an aside set off by commas skipped), then an active verb.

Refused: an owned noun that is a person or another body ("its chief executive said", "the
bank's regulator fined", "its parent sold", "its rival cut prices", "its lawyers argued",
"the company's shareholders voted"): they act for themselves; a passive ("its shares were
suspended", "the group's licence was revoked by"); a verb of saying, or of reporting before
"that" ("the bureau's release reported that growers planted": the body only tells another's
act); an owner that is an object or after a preposition ("a fall in its shares"); words in
quotation marks; a value the article does not name or a country.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, Token, tokenize, word_set
from ..people.names import TITLES
from ..people.party_names import party_of
from .business_words import PERSON_NOUNS
from .described_actors import (
    FRONT_REACH,
    FRONTED,
    description_reads,
    it_reads,
    nearer_body,
    subject_starts,
    written_forms,
)
from .described_bodies import kind_of
from .passives import ADVERBS, PARTICIPLES, passive_participle

_MODIFIERS = 3  # words between "the" and the possessive head ("the state-owned railway company's")
_OWNED_REACH = 10  # words from the owner to the verb ("Its 16 January reading slipped")
# Owned nouns that are people or bodies of their own: they act for themselves.
_OTHERS = word_set(
    """rival rivals parent owner owners lender lenders creditor creditors bank banks chief
    chiefs boss bosses founder founders chairman chairwoman chair ceo cfo executive executives
    director directors president head heads lawyer lawyers attorney attorneys staff workers
    employees union unions members customers clients shareholders shareholder investors
    investor analysts analyst partner partners supplier suppliers critics critic regulator
    regulators spokesman spokeswoman spokesperson official officials subsidiary subsidiaries
    unit units arm division affiliate affiliates buyer buyers seller sellers auditor auditors
    adviser advisers advisor advisors manager managers owner's rival's customer's pilot pilots
    crew crews workforce treasurer treasurers secretary goalkeeper keeper headteacher
    headmaster headmistress insurer insurers distributor distributors dealer dealers
    contractor contractors competitor competitors franchisee franchisees bondholder
    bondholders lessor lessors trustee trustees governor governors striker strikers"""
)
_AUXILIARIES = word_set(
    "is are was were has have had will would can could may might should must does did"
)
_PASTS = word_set(
    """took gave rose fell grew began became drew drove saw ran sank spoke wrote chose broke
    froze stood withdrew forecast set put cut won lost made kept left held met paid sold
    bought sent spent brought struck led went came got slid slipped"""
)
# Verbs of saying: the owned thing (a statement, a filing) only tells; reporting verbs only
# before "that".
_SAYING = word_set("said says say told tells added adds noted notes stated states according")
_REPORTING = word_set(
    """reported reports announced announces confirmed confirms revealed reveals disclosed
    discloses found finds concluded concludes showed shows"""
)
_OPENERS = word_set("its the")
# Words after which "its" or "the" is an object, not an owner opening a clause.
_NOT_AFTER = word_set(
    """of in at for from with to by on into onto over under about against between among than
    as like via per and or but a an its their his her our"""
)
# Words that end the owned phrase without a verb: a new clause.
_STOPS = word_set("and but or while which that who whose where when because as if than")
# A thing's apposition opens so ("the Tesk, a small electric car", "the Tesk, the brand's
# first electric car"); its reach in words.
_APPOSING = word_set("a an its the")
_APPOSED_REACH = 7
# Prepositions before a name: a place or a partner, no thing brought in ("in Kaunas, a city",
# "a deal with Calder Casks, a cooperage").
_PLACED = word_set(
    """in at near outside from to across around inside within of with by for against between
    among via over into onto on about under"""
)
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
# What only a body owns: "Its shares rose" after a car brought in is still the maker's.
_BODY_OWNED = word_set(
    """shares stock profit profits revenue revenues turnover earnings dividend dividends
    debts debt valuation workforce headcount payroll losses"""
)


def owned_subject(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether an evidence sentence tells ``value`` as the owner ("its", "the company's") of an
    active clause's subject that is no person or body of its own (see the module)."""
    name = value.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    key = party_of(name)
    if not name or (key is not None and PARTIES[key][1]):
        return False  # a country is never "the company"
    written = written_forms(name, article)
    if not written:
        return False
    text = article.text
    for index in sentences:
        start, end = article.sentences[index]
        tokens = list(article.outside_quotes(start, end))
        for at in sorted({*subject_starts(tokens, text), *_fronted(tokens, text)}):
            owner = _owner(tokens, at)
            if owner is None or not _acts(tokens, owner, text):
                continue
            if tokens[at].norm == "its":
                found = any(it_reads(article, form, index) for form in written)
                found = found and not _thing_nearer(article, index, tokens, at, owner, name)
            else:
                found = any(
                    description_reads(article, form, index, tokens, owner) for form in written
                )
            if found and not nearer_body(article, written, tokens[at]):
                return True
    return False


def _thing_nearer(
    article: ArticleText, index: int, tokens: Sequence[Token], at: int, owner: int, name: str
) -> bool:
    """Whether a thing brought in by name with an apposition, after "its"'s read-back
    subject, stands nearer "its" than the body (review rv61c, mend mn62c): "Velora Motors
    unveiled the Tesk, a small electric car, in Geneva. At launch its battery gave", "... its
    new model, the Tesk. Its battery": the thing may own "its". Not a person apposed ("hired
    Ana Ruiz, a former engineer"), a place after a preposition ("a plant in Kaunas, a city of
    300,000"), nor an owned thing only a body has ("Its shares rose")."""
    owned = {t.norm for t in tokens[owner + 1 : owner + 1 + _OWNED_REACH]}
    if owned & _BODY_OWNED:
        return False
    own = {t.norm for t in tokenize(name)}
    before = list(article.outside_quotes(*article.sentences[index - 1])) if index else []
    text = article.text
    return any(
        _apposed_thing(stretch, text, own) for stretch in (before, list(tokens[:at])) if stretch
    )


def _apposed_thing(tokens: Sequence[Token], text: str, own: set[str]) -> bool:
    """A capitalised name (not the value's, not a sentence's first word, not after a
    preposition) and an apposition of a thing set off by commas or ending the sentence:
    "the Tesk, a small electric car," or "its new model, the Tesk." (see ``_thing_nearer``)."""
    for at in range(1, len(tokens)):
        if not tokens[at].capitalised or tokens[at - 1].capitalised:
            continue
        end = at
        while end + 1 < len(tokens) and tokens[end + 1].capitalised:
            end += 1
        run = {t.norm for t in tokens[at : end + 1]}
        lead = at - 1 if tokens[at - 1].norm == "the" else at  # the name's phrase opens
        if run & (own | _CALENDAR) or (lead and tokens[lead - 1].norm in _PLACED):
            continue
        if _closed(tokens, end, text) and _description(tokens, end + 1, text, forward=True):
            return True  # "the Tesk, a small electric car,"
        apposed = lead and "," in text[tokens[lead - 1].end : tokens[lead].start]
        ends = apposed and _closed(tokens, end, text, end_ok=True)
        if ends and _description(tokens, lead - 1, text, forward=False):
            return True  # "its new model, the Tesk."
    return False


def _closed(tokens: Sequence[Token], end: int, text: str, end_ok: bool = False) -> bool:
    """Whether a comma follows ``end`` (or, with ``end_ok``, the sentence ends there)."""
    if end + 1 >= len(tokens):
        return end_ok
    return "," in text[tokens[end].end : tokens[end + 1].start]


def _description(tokens: Sequence[Token], edge: int, text: str, forward: bool) -> bool:
    """Whether "a|an|its [words] NOUN" stands from ``edge`` on (``forward``: closed by a
    comma or the sentence's end) or ends at ``edge`` (opened by a comma or a verb), its head
    NOUN a lower-case word that is no person ("a small electric car", "its new model")."""
    if forward:
        if edge >= len(tokens) or tokens[edge].norm not in _APPOSING:
            return False
        for at in range(edge + 1, min(len(tokens), edge + 1 + _APPOSED_REACH)):
            gap = text[tokens[at].end : tokens[at + 1].start] if at + 1 < len(tokens) else "."
            if "," in gap or "." in gap:
                return _thing_noun(tokens[at])
        return False
    openers = range(edge, max(-1, edge - _APPOSED_REACH), -1)
    return _thing_noun(tokens[edge]) and any(tokens[at].norm in _APPOSING for at in openers)


def _thing_noun(token: Token) -> bool:
    norm = token.norm
    return norm.isalpha() and not token.capitalised and not _person(norm) and norm not in TITLES


def _fronted(tokens: Sequence[Token], text: str) -> list[int]:
    """ "For the full year its board now expects", "In June its revenue had risen", "Last year
    the fund's returns reached": the owner after a short fronted phrase with no comma, the
    word before it no preposition, verb or participle ("a fall in its shares", "cut its
    forecast", "buying its rival" are objects)."""
    if not tokens or tokens[0].norm not in FRONTED:
        return []
    for at in range(2, min(len(tokens), FRONT_REACH)):
        if "," in text[tokens[at - 1].end : tokens[at].start]:
            return []
        if tokens[at].norm in _OPENERS:
            before = tokens[at - 1].norm
            if before in _NOT_AFTER or before in _PASTS or _auxiliary(tokens[at - 1]):
                return []
            if before.endswith(("ing", "ed")):
                return []
            return [at]
    return []


def _auxiliary(token: Token) -> bool:
    """An auxiliary or modal, not the month ("In May the studio's ...")."""
    return token.norm in _AUXILIARIES and not token.capitalised


def _owner(tokens: Sequence[Token], at: int) -> int | None:
    """The owner's last index: "its" itself, or the possessive head of "the [words] NOUN's"
    (NOUN a kind of organisation's noun); else None."""
    if tokens[at].norm == "its":
        return at
    if tokens[at].norm != "the":
        return None
    for head in range(at + 1, min(at + 2 + _MODIFIERS, len(tokens))):
        token = tokens[head]
        owned = token.text.endswith(APOSTROPHE_ENDINGS)
        if kind_of(token.norm) is not None:
            return head if owned else None
        if owned:
            return None  # "the chief executive's": a person's, or another word's
    return None


def _acts(tokens: Sequence[Token], owner: int, text: str) -> bool:
    """Whether the owned noun phrase after ``owner`` is no person or body and is followed by
    an active verb that does not only say or report (see the module)."""
    index = owner + 1
    aside = False
    while index < min(len(tokens), owner + 1 + _OWNED_REACH):
        token = tokens[index]
        gap = text[tokens[index - 1].end : token.start]
        if ";" in gap or ":" in gap or '"' in gap:
            return False
        if "," in gap:
            aside = not aside  # ", issued on Friday morning, showed": skip the aside
        norm = token.norm
        if not aside and index > owner + 1 and _verb(tokens, index):
            return _active(tokens, index)
        if not aside and (_person(norm) or kind_of(norm) is not None or norm in _STOPS):
            return False  # "its chief executive", "its parent company", "its shares and"
        index += 1
    return False


def _person(norm: str) -> bool:
    """An owned noun that is a person or party of its own: the list above, or the project's
    apposition nouns of people (``PERSON_NOUNS``: "landlord", "tenant", "nurse", "player"),
    singular or plural ("its landlord evicted it", "the association's tenants marched";
    review rv61c). Not "major" ("its major markets")."""
    if norm in _OTHERS:
        return True
    if norm.endswith("men"):
        norm = norm[:-3] + "man"
    elif norm.endswith("s") and not norm.endswith("ss"):
        norm = norm[:-1]
    return norm in PERSON_NOUNS and norm != "major"


def _verb(tokens: Sequence[Token], index: int) -> bool:
    """A word that shows a finite verb after the owned noun: an auxiliary or modal, an
    irregular past, a past in -ed, or a present in -s whose next word is no verb itself (so
    "figures were" reads "were")."""
    word = tokens[index].norm
    if word in _AUXILIARIES or word in _PASTS or word in _SAYING or word in _REPORTING:
        return True
    if word.endswith("ed") and len(word) > 3:
        return True
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        return bool(after) and not (
            after in _AUXILIARIES or after in _PASTS or after.endswith("ed")
        )
    return False


def _active(tokens: Sequence[Token], verb: int) -> bool:
    """Not a passive ("were suspended"), a saying, or a report of another's act ("reported
    that")."""
    at = verb
    while at < len(tokens) - 1 and tokens[at].norm in ADVERBS:
        at += 1
    word = tokens[at].norm
    if word in _SAYING:
        return False
    if word in _REPORTING and at + 1 < len(tokens) and tokens[at + 1].norm == "that":
        return False
    return passive_participle(tokens, at, irregular=PARTICIPLES) is None


__all__ = ["owned_subject"]
