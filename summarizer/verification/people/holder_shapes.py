"""Holder shapes in a person's own sentence that tie them to a body, read as a POSITIVE
reading for the confirm-only mode (:mod:`summarizer.verification.confirm_only`, session 51).

Session 50's experiment exp50 found that the affiliation readers (:mod:`.affiliation_holders`,
:mod:`.party_names`, :mod:`.person_titles`) leave out common shapes that name the person's
body in the person's own sentence, so a correct affiliation was reported unconfirmed (its
shapes A2 and A3, about 700 of 1,647 new weak flags on checks 50-100). Read here, each within
one sentence and keyed to the words between the name and the body (:mod:`.holder_clauses`
reads the shapes with a verb, :mod:`.holder_lists` those of a list of names, and
:mod:`.holder_words` where the value is written):
- before the name, over post words only: "Republican Senator Mike Lee", "Transneft chief
  Nikolai Tokarev", "Labour's Wes Streeting", "the Kremlin's spokesman, Dmitry Peskov", "the
  president of the Louvre, Laurence des Cars";
- an apposition after the name, or "of" right after it: "Rand Paul, the Kentucky
  Republican,", "Mike Crapo, a Republican from Idaho", "Nikolai Tokarev, president of the
  pipeline company Transneft", "Marine Le Pen, of the far-right National Rally", "Kim
  Moon-soo of the People Power Party", "Barbara Wood, speaking for Britain". An apposition
  opens with an article, a post word, a possessive or "of" (not "According to Trump, China
  will"), has a post word before the value or the value as its head (not "the fog around US
  tariffs"), and no verb after the value ("the Holy See said").
What never ties: a past body ("former", "until"), a relation that is no membership ("a critic
of", "the ambassador to", "an adviser to", "a China analyst", "Moscow correspondent"), a
country's name joined to another word ("Russian-backed", "U.S.-born"), a longer name the value
opens ("the Washington Post") and a body another person stands between.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, word_set
from .holder_words import (
    ARTICLES,
    NOT_MEMBER,
    PAST,
    PEOPLE,
    POSTS,
    Hit,
    agent,
    ended,
    ends_at,
    gap,
    possessive,
    post_word,
)
from .names import LABELS_BEFORE

_CLAUSE = word_set("who which whose that said says told tells according while when after")
# Prepositions that tie the body after them to the post before ("president of", "a pilot
# with", "a Republican from", "spokesman for"); "to", "on", "against", "in" do not.
_TYING = word_set("of at with from for as")
_BREAKING = word_set(
    """to on against in into over about by and or around across through under near after
    before during between among without within toward towards via amid despite since than
    like upon behind beyond outside inside onto per"""
)
# A verb form between a post and its body ("a lawyer representing Boeing") breaks the tie,
# except these ("the ruling party", "acting chairman", "speaking for the White House").
_KEPT_FORMS = word_set(
    """acting ranking ruling governing leading founding managing presiding outgoing incoming
    elected appointed longstanding longtime standing sitting serving reigning speaking
    distinguished noted respected renowned celebrated seasoned"""
)
# Endings of an adjective inside a title ("structural biologist", "political editor").
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ary", "ior", "ful")
# What a person covers or is posted to, after a table party's name ("UN correspondent",
# "White House reporter", "NATO analyst"): no membership.
_BEATS = word_set(
    """correspondent correspondents reporter reporters editor analyst analysts watcher bureau
    desk columnist expert specialist envoy emissary"""
)
_GOVERNMENT = word_set(
    """president prime premier chancellor minister secretary foreign defence defense
    treasury leader king queen vice deputy attorney national senator governor ambassador"""
)
_REACH = 14  # tokens an apposition is read over


def clean_before(tokens: Sequence[Token], hit: Hit) -> bool:
    """The value is not after a word that makes it a past or another's ("former", "pro-"),
    and a country's name or capital not after a place's preposition ("In Beirut the prime
    minister, X")."""
    before = hit.first - 1
    if before >= 0 and tokens[before].norm in ARTICLES:
        before -= 1
    if before < 0:
        return True
    word = tokens[before].norm
    if hit.bare_name and word in _PLACES:
        return False
    return word not in PAST and word not in _SIDED


_PLACES = word_set("in at from near inside outside across around to into toward towards")


_SIDED = word_set("pro anti")


def sound(text: str, tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether the value at ``hit`` may name the holder's own body: not joined to the next
    word ("Russian-backed"), not after a word that makes it another's ("pro-", "former"), not
    the start of a longer name ("the Washington Post", "Finland's Alexander Stubb"), and a
    country's own name or capital before a post only before a government's title ("US
    Secretary", not "Ukraine envoy", "Russia analyst" nor "Moscow correspondent")."""
    after = hit.last + 1
    if (after < len(tokens) and tokens[after].joined) or not clean_before(tokens, hit):
        return False
    before = hit.first - 1
    if (
        before >= 0
        and tokens[before].capitalised
        and not possessive(tokens[before])
        and tokens[before].norm not in PEOPLE
        and tokens[before].norm not in STOPWORDS
        and gap(text, tokens, before) == " "
    ):
        return False  # "Pheu Thai", "Equinor Wind US": the end of a longer name
    if after >= len(tokens) or gap(text, tokens, hit.last) != " ":
        return True
    following = tokens[after]
    if following.capitalised and following.norm not in PEOPLE:
        return False
    if hit.possessive:
        return True
    if following.norm in _BEATS and hit.party:
        return False  # "UN correspondent", "White House reporter"
    if hit.bare_name and (post_word(following) or following.norm in NOT_MEMBER):
        return following.norm in _GOVERNMENT
    return True


def before_name(text: str, tokens: Sequence[Token], hit: Hit, first: int) -> bool:
    """ "Republican Senator Mike Lee", "the Kremlin's spokesman, Dmitry Peskov", "India's
    External Affairs Minister, S. Jaishankar": the value, then post words (capitalised words
    too, when a post word ends the run), one comma at most before the name at ``first``."""
    if hit.last >= first or first - hit.last > 7:
        return False
    if hit.last + 1 == first:  # "Labour's Wes Streeting", "the committee's top Democrat, X"
        if gap(text, tokens, hit.last).strip() == ",":
            return _ranked(tokens, hit)
        labelled = tokens[hit.last].norm in LABELS_BEFORE and not (
            hit.first > 0
            and tokens[hit.first - 1].capitalised
            and tokens[hit.first - 1].norm not in STOPWORDS
        )  # "the Republican Curtis Sliwa", not "Melinda French Gates"
        return (hit.possessive or labelled) and clean_before(tokens, hit)
    if not sound(text, tokens, hit):
        return False
    last_word: Token | None = None
    for at in range(hit.last, first):
        mark = gap(text, tokens, at).strip()
        if mark == ",":
            if at != first - 1:
                return False
        elif mark not in ("", "-", ".") or ends_at(text, tokens, at):
            return False  # "in Tel Aviv - Israeli military spokesman Effie Defrin"
        if at == hit.last:
            continue
        token = tokens[at]
        if token.norm in NOT_MEMBER or token.norm in PAST or possessive(token):
            return False
        if token.norm == "the" and tokens[at - 1].norm != "of":
            return False  # "In Moscow the US ambassador, X": no title run
        if not (post_word(token) or token.capitalised or token.norm in ("of", "the")) and not (
            token.norm.endswith(_ADJECTIVE_ENDINGS) and len(token.norm) > 4
        ):
            return False
        last_word = token
    return last_word is not None and post_word(last_word)


_RANKS = word_set("top senior ranking leading fellow lone only")


def _ranked(tokens: Sequence[Token], hit: Hit) -> bool:
    """ "The committee's top Democrat, Sherrod Brown": a body's word as the post itself, after
    a rank ("top", "senior"), never a country's name ("Kitagawa of Japan, Richard Robson")."""
    before = hit.first - 1
    return (
        not hit.bare_name and not hit.possessive and before >= 0 and tokens[before].norm in _RANKS
    )


def titled_of(text: str, tokens: Sequence[Token], hit: Hit, first: int) -> bool:
    """ "The president of the Louvre, Laurence des Cars", "the head of the European
    Commission, Ursula von der Leyen": a post "of" the value, a comma, the name."""
    if hit.last + 1 != first or gap(text, tokens, hit.last).strip() != ",":
        return False
    at = hit.first - 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    if at < 1 or tokens[at].norm != "of":
        return False
    return post_word(tokens[at - 1]) and tokens[at - 1].norm not in NOT_MEMBER


def post_before(text: str, tokens: Sequence[Token], start: int, hit: Hit) -> bool:
    """Whether the words from ``start`` to the value are a post's ("the Kentucky", "president
    of the pipeline company", "a senior researcher with", "of the far-right"): no past, no
    relation of another's, no verb, no other holder, and no preposition that breaks the tie
    ("the ambassador to"; "in" only before a team: "a barrister in the Vanuatu team")."""
    head, last_prep, named = "", "", False
    for at in range(start, hit.first):
        token = tokens[at]
        word = token.norm
        if at > start and ends_at(text, tokens, at - 1):
            return False
        if word in PAST or word in _CLAUSE or word in NOT_MEMBER:
            return False
        if not token.capitalised and word.endswith(("ed", "ing")) and word not in _KEPT_FORMS:
            return False
        if (
            token.capitalised
            and possessive(token)
            and not (at == hit.first - 1 and at > start and tokens[at - 1].norm in _TYING)
        ):
            return False  # "Putin's spokesman at the Kremlin"; "at South Dakota's Huron Plainsman"
        if word in _TYING:
            head = tokens[at - 1].norm if at > start else ""
            named = at > start and tokens[at - 1].capitalised  # "for the UK at Vinci"
            last_prep = word
        elif word == "in" and at >= hit.first - 2 and _team_after(tokens, hit):
            continue
        elif word in _BREAKING:
            return False
    if last_prep == "for" and hit.party and head not in _SPEAKING:
        return False  # "managing director for the UK at VINCI": a remit, not a body
    if head and not named and not (head in _SPEAKING or head in POSTS or agent(head)):
        return False  # "the vice president gave Leo a letter from Donald Trump"
    return not (head in NOT_MEMBER or head in PAST)


_SPEAKING = word_set("speaking spokesman spokeswoman spokesperson")


def _team_after(tokens: Sequence[Token], hit: Hit) -> bool:
    after = hit.last + 1
    return after < len(tokens) and tokens[after].norm in word_set("team side delegation")


def apposition(text: str, tokens: Sequence[Token], last: int, hits: list[Hit]) -> bool:
    """ "Rand Paul, the Kentucky Republican,", "Tokarev, president of the pipeline company
    Transneft", "Le Pen, of the far-right National Rally", "Lee Jae-myung of the Democratic
    Party": the value in the apposition after the name (or right after "of"/"from"), with a
    post's words before it (:func:`post_before`)."""
    if last + 1 >= len(tokens):
        return False
    opening = gap(text, tokens, last).strip()
    start = last + 1
    if opening in (",", "(") and tokens[start].is_number and start + 1 < len(tokens):
        start += 1  # "Ollie Chessum, 24, of Leicester Tigers"
    if opening == "" and tokens[start].norm == "of":
        pass
    elif opening not in (",", "(") or not _opens(text, tokens, start):
        return False  # "According to Trump, China will buy": no apposition
    for hit in hits:
        if hit.first < start or hit.first - start > _REACH:
            continue
        if any(ends_at(text, tokens, at) for at in range(start, hit.first)):
            continue
        if (
            post_before(text, tokens, start, hit)
            and sound(text, tokens, hit)
            and closed(text, tokens, hit)
            and (_posted(tokens, start, hit) or heads_phrase(text, tokens, hit))
            and not ended(text, tokens, hit.last + 1)  # "a Y executive until 2020"
        ):
            return True
    return False


def _posted(tokens: Sequence[Token], start: int, hit: Hit) -> bool:
    """A post word, "of" or "speaking" before the value in the apposition ("president of
    the pipeline company", "of the far-right", "speaking for")."""
    return any(
        post_word(token) or token.norm in ("of", "speaking") for token in tokens[start : hit.first]
    )


#: Lower-case words a body's name may end in ("the National Unity party").
BODY_NOUNS = word_set(
    """party parties caucus bloc coalition faction wing forces force movement alliance front
    union army government"""
)


_FUNCTION = word_set("since until in on at for with from of who which and or to as by after")


def heads_phrase(text: str, tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether the value is its phrase's head, not a modifier of another noun: what follows
    is an end, a post word, a body's noun, a possessive's post, or "from"/"of"/"who" ("the
    Kentucky Republican,", "a Republican from Idaho"; not "the fog around US tariffs", "the
    Minnesota nonprofit", "the group's Afghanistan programme")."""
    after = hit.last + 1
    if after >= len(tokens) or ends_at(text, tokens, hit.last) or hit.possessive:
        return True
    following = tokens[after]
    return (
        post_word(following)
        or following.norm in BODY_NOUNS
        or following.norm in STOPWORDS
        or following.norm in _FUNCTION  # "has run the Harbour Trust since 2019"
        or following.capitalised
    )


def _opens(text: str, tokens: Sequence[Token], start: int) -> bool:
    """An apposition's first word: an article or possessive pronoun, "of", "speaking", a post
    word or a possessive ("Russia's ambassador"), a lower-case word before a post word
    ("research director at XTB"), or a capitalised one a post word follows within two words
    ("AstraZeneca chief executive", "Block Medical Officer at")."""
    token = tokens[start]
    if token.norm in ARTICLES or token.norm in ("of", "speaking") or post_word(token):
        return True
    if possessive(token):
        return True
    if token.norm in VERBS or token.norm in STOPWORDS:
        return False  # not "with intelligence chief Ibrahim Kalin"
    if not token.capitalised:
        return start + 1 < len(tokens) and post_word(tokens[start + 1])
    # "AstraZeneca chief executive", "Block Medical Officer at": a post within two words, in
    # one phrase (not "Vance, Rubio and special envoy X", "King (Maine), a member")
    for at in range(start + 1, min(start + 3, len(tokens))):
        if ends_at(text, tokens, at - 1) or tokens[at].norm in ("and", "or"):
            return False
        if post_word(tokens[at]):
            return True
    return False


#: Verbs that show a phrase is a clause, not an apposition ("the Holy See said").
VERBS = word_set(
    """is was were are be been has had have will would can could did does do said says
    told tells shall should may might must"""
)


def closed(text: str, tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether the value ends a phrase rather than opening a clause: the first word after it
    and its post words is no verb ("the Holy See said"; "the Liverpool striker killed in a
    crash" and "the Republican who chairs" are phrases)."""
    at = hit.last + 1
    while at < len(tokens) and not ends_at(text, tokens, at - 1) and post_word(tokens[at]):
        at += 1
    if at >= len(tokens) or ends_at(text, tokens, at - 1):
        return True
    word = tokens[at].norm
    if word in VERBS or word in ("said", "says", "told", "tells"):
        return False
    return not (at == hit.last + 1 and word.endswith("ed") and word not in _KEPT_FORMS)


__all__ = [
    "BODY_NOUNS",
    "VERBS",
    "apposition",
    "before_name",
    "clean_before",
    "closed",
    "heads_phrase",
    "post_before",
    "sound",
    "titled_of",
]
