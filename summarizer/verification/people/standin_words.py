"""The words and small page readings :mod:`summarizer.verification.sides.standins` reads a
stand-in by: the heads of a person's and a body's definite description ("the defendant", "the
airline"), the classes a body's name tells ("the union" is a body whose name holds "Union" or
"Workers"), the words after which a pronoun opens a clause ("said it would"), a body's own
name words; a page's capitalised name runs, titles ("President X", not "Chinese President X")
and ages ("Vladimir Putin, 72,"). Kept apart from the reader so that its tables and its
reading each stay one concern (session 35).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from summarizer.text.vocabulary import MONTHS, NUMBER_WORDS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, SINGULAR_POSSESSIVES, Token, word_set
from .names import TITLES
from .party_names import party_of

# Words after which a pronoun opens a clause ("said it would", "when she left", "and its").
CLAUSE_OPENERS = word_set(
    """that when after before as because while and but since if until though although so
    said says say added told announced stated insisted warned wrote whether where which who
    then now also later first"""
)
# A fronted phrase's last words before its subject ("At that point it", "Back on 27 February
# she", "On Monday he"): a day, a month, a number, "point", "time", "week", "year".
PHRASE_ENDS = word_set(
    """point time week month year day morning afternoon evening night monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tonight meanwhile however
    earlier later ago afterwards midday noon"""
)
# Heads that are titles: the value must be written with it ("President X", "Pope Leo").
TITLE_HEADS = word_set(
    """president premier minister chancellor secretary senator congressman congresswoman
    governor mayor judge prosecutor pope king queen prince envoy ambassador commissioner
    chairman chairwoman spokesman spokeswoman"""
)
# Heads of a role or a nationality a page must tie to the value ("Striker Tobias Raine",
# "capped 60 times by France"), by the words that tie it: a role may be someone unnamed
# ('"He let us down," he said of the goalkeeper'), so the last name alone does not take it.
ROLE_TIES = {
    head: word_set(ties or head)
    for head, ties in (
        ("striker", ""), ("midfielder", ""), ("goalkeeper", ""), ("winger", ""),
        ("captain", ""), ("manager", ""), ("coach", ""), ("singer", ""), ("actor", ""),
        ("actress", ""), ("novelist", ""), ("frenchman", "french france"),
        ("frenchwoman", "french france"), ("englishman", "english england"),
        ("scotsman", "scottish scotland"), ("irishman", "irish ireland"),
        ("welshman", "welsh wales"), ("dutchman", "dutch netherlands holland"),
        ("swede", "swedish sweden"), ("spaniard", "spanish spain"), ("dane", "danish denmark"),
    )
}  # fmt: skip
# Head nouns of a person's description ("the defendant", "the Malaysian premier").
PERSON_HEADS = (
    TITLE_HEADS
    | word_set(
        "leader defendant accused monarch diplomat lawmaker politician businessman man woman"
    )
    | frozenset(ROLE_TIES)
)
# Head nouns of a body's description ("the company", "the airline", "the court").
BODY_HEADS = word_set(
    """company firm group airline carrier carmaker automaker chain retailer bank lender insurer
    union court ministry agency corporation museum organisation organization body bloc
    alliance council commission department authority regulator charity institute university
    club broadcaster network manufacturer maker giant operator programme program fund
    assembly parliament board league federation association business conglomerate platform
    service trust foundation tribunal committee office watchdog"""
)
TITLE_FORMS = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president"}
# Heads any body may be called by ("the company" for Canada Post).
GENERIC = word_set("company firm group business organisation organization body conglomerate")
# A public or labour body's words: a trading body's heads never stand for it (review rv-r3actors).
_TRADING = word_set("company firm business")
_PUBLIC = word_set(
    """council university college court tribunal ministry department government parliament
    assembly senate congress police army school hospital church union unions party commission"""
)


def public_named(head: str, words: Iterable[str]) -> bool:
    """Whether ``head`` is a trading body's ("the company", "the firm") and the name a public or
    labour body's ("The firm has cut collections" is not Kessock District Council's)."""
    return head in _TRADING and bool(_PUBLIC.intersection(words))


# A head's class: the words a body's name holds when it is of that class ("the union").
CLASSES = {
    head: word_set(marks)
    for heads, marks in (
        ("union", "union unions guild workers employees association federation brotherhood"),
        ("airline carrier", "air airline airlines airways carrier"),
        ("carmaker automaker", "carmaker automaker motors motor automotive cars"),
        ("bank", "bank banking"),
        ("lender", "bank banking lender"),
        ("court tribunal", "court tribunal"),
        ("ministry", "ministry department"),
        ("museum", "museum gallery"),
        ("university", "university college"),
        ("agency", "agency programme program fund"),
        ("corporation", "corporation corp"),
        ("insurer", "insurer insurance assurance"),
        ("regulator watchdog", "regulator watchdog authority commission office"),
    )
    for head in heads.split()
}
# Class heads a brand's bare name may take ("Qantas ... The airline"): a ministry, a court or a
# council is named with its class word, so "the ministry" never stands for a bare "Gravitas".
BRAND_HEADS = word_set(
    """airline carrier carmaker automaker bank lender insurer retailer chain operator
    broadcaster manufacturer maker network platform giant conglomerate regulator watchdog"""
)
# Nouns after an owner that are the acting people, not the owner ("Her supporters marched").
PEOPLE = word_set(
    """supporters staff members followers lawyers lawyer aides aide workers employees troops
    forces officials spokesman spokeswoman spokesperson family son daughter wife husband fans
    colleagues allies rivals critics opponents voters deputy team"""
)
# One person an owner pronoun may name ("his successor", "her sister", "his killer"): another
# person of the page, who acts in the owner's place ("His coach said", "Her attacker was
# jailed") and may be the one a later "he" or "she" means; by gender where the noun marks one.
KIN_HE = word_set(
    """son husband brother father widower fiance nephew uncle grandson grandfather stepson
    stepfather boyfriend spokesman"""
)
KIN_SHE = word_set(
    """daughter wife sister mother widow fiancee niece aunt granddaughter grandmother
    stepdaughter stepmother girlfriend spokeswoman"""
)
ONE_PERSON = (
    KIN_HE
    | KIN_SHE
    | word_set(
        """child partner cousin successor predecessor replacement deputy assistant aide coach
        trainer manager agent publicist spokesperson lawyer attorney solicitor barrister
        doctor surgeon nurse carer biographer producer editor killer attacker murderer
        assailant rival opponent teammate bandmate mentor protege heir neighbour neighbor
        friend colleague employer boss"""
    )
)
# People an owner pronoun may name, one or many ("his two sons", "her former teammates").
OWNED_PEOPLE = (
    PEOPLE
    | ONE_PERSON
    | word_set(
        """sons daughters children family families parents brothers sisters doctors
        colleagues friends teammates bandmates students pupils killers attackers rivals heirs
        cousins nephews nieces grandchildren neighbours neighbors attorneys solicitors players"""
    )
)
# Words between an owner and the person it names ("his former coach", "her two sons").
# An office an owner's one person holds ("Her chief of staff met", "Xi Jinping's premier").
_OWNED_HEADS = PERSON_HEADS | word_set("chief")
_OWNED_MODIFIERS = word_set("former late longtime new own old young younger elder eldest")
_OWNER_PRONOUNS, _MALE = word_set("his her"), word_set("he him his himself")
# Words of a body's own name (beyond its description heads).
BODY_WORDS = BODY_HEADS | word_set(
    """inc ltd plc corp co llc ag sa nv gmbh news times post press party government army
    forces police house senate congress bundestag airlines airways holdings motors bank's
    school college hospital center centre church insurance shipping logistics haulage energy
    power water utilities telecom telecoms media foods labs laboratories pharma pharmaceuticals
    chemicals mills fisheries leisure retail capital partners ventures industries systems
    technologies solutions resources mining steel rail railways freight fc united rovers
    wanderers athletic albion town county"""
)

# A company's legal ending ("Nintendo Co.", "Heineken N.V."): the tail of the name before it.
LEGAL_ENDS = word_set("inc ltd plc corp co llc ag sa nv n v se asa spa gmbh bv b")


def name_fragment(run: list[Token]) -> bool:
    """Whether a capitalised run is only a piece of a name, no name of its own: a legal ending
    ("Co" of "Nintendo Co.") or one letter ("U" of "U.S."), session 43 (fa43a)."""
    return {t.norm for t in run} <= LEGAL_ENDS or sum(len(t.text) for t in run) < 2


NOT_NAMES = STOPWORDS | TITLES | frozenset((*MONTHS, *WEEKDAYS))
OWNERS = word_set("its his her")
# Words before a capitalised word that make it a place, not a name meant by a stand-in.
PLACE_BEFORE = word_set("in at from to near into across via towards toward outside inside of")


def titled(article: ArticleText, words: Sequence[str], title: str) -> bool:
    """Whether the page writes the title right before the name, with no country before it
    ("President Donald Trump", "Judge Amit Mehta"; "Chinese President Xi" is no bare "the
    President", which a page gives its own country's)."""
    for start, _ in article.phrase_spans((words[-1],)):
        before = article.tokens_between(max(0, start - 60), start)[-4:]
        for at, token in enumerate(before[1:], 1):
            given = all(t.capitalised for t in before[at + 1 :])  # "Judge Amit Mehta"
            if TITLE_FORMS.get(token.norm, token.norm) == title and given:
                return not party_of(before[at - 1].text)  # not "minister, met Helena Strand"
    return False


def role_tied(article: ArticleText, standin: Token, words: Sequence[str], head: str) -> bool:
    """Whether a sentence before the stand-in's that names the value (by its last word) holds
    a word tying it to the role or nationality ``head`` ("Striker Tobias Raine scored",
    "Pascal Mireau, who was capped 60 times by France")."""
    here = article.sentence_at(standin.start)
    marks = ROLE_TIES.get(head, frozenset({head}))
    for start, _ in article.phrase_spans((words[-1],)):
        at = article.sentence_at(start)
        begin, end = article.sentences[at]
        if at < here and {t.norm for t in article.tokens_between(begin, end)} & marks:
            return True
    return False


def titled_others(
    article: ArticleText, standin: Token, words: Sequence[str], title: str, reach: int
) -> bool:
    """Whether the page titles someone else so before the stand-in ("Judge Reggie Walton")."""
    begin = article.sentences[max(0, article.sentence_at(standin.start) - reach)][0]
    found = [t for t in article.tokens_between(begin, standin.start) if t.capitalised]
    return any(
        t.norm not in words and t.norm not in NOT_NAMES and titled(article, [t.norm], title)
        for t in found
    )


def age_clash(
    tokens: Sequence[Token], position: int, words: Sequence[str], article: ArticleText
) -> bool:
    """Whether the description's age ("the 79-year-old") is not the one the page gives the
    value ("Vladimir Putin, 72,")."""
    ages = [
        t.text
        for i, t in enumerate(tokens[: position + 1])
        if t.is_number
        and i + 2 < len(tokens)
        and tokens[i + 1].norm == "year"
        and tokens[i + 2].norm == "old"
    ]
    if not ages:
        return False
    for _, end in article.phrase_spans((words[-1],)):
        after = article.tokens_between(end, end + 8)[:1]
        if after and after[0].is_number and "," in article.text[end : after[0].start]:
            return after[0].text != ages[-1]
    return False


def name_runs(tokens: list[Token], article: ArticleText) -> list[list[Token]]:
    """The capitalised runs among ``tokens`` that may be names ("Bank of Ostrava" one run): no
    stop word, title, day or month; after a place's preposition only a body's ("to Harrow
    Bank", not "in Manila"); none after an owner ("its Leicester warehouse"); a sentence's or a
    line's first word only when the page writes it capitalised inside a sentence too."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    placed = False
    for at, token in enumerate(tokens):
        name = token.capitalised and token.norm not in NOT_NAMES and not token.is_number
        name = name and token.norm != "i" and not token.norm.startswith("i'")  # "I've"
        later = tokens[at + 1] if at + 1 < len(tokens) else None
        if current and "\n" in article.text[current[-1].end : token.start]:
            runs.extend(_kept(current, placed, article))
            current = []
        if current and token.norm in {"of", "for"} and later is not None and later.capitalised:
            current.append(token)
            continue
        if name and not current:
            before = tokens[at - 1] if at else None
            listed = before is not None and before.norm in {"and", "or"} and placed
            placed = listed or (before is not None and before.norm in PLACE_BEFORE)
            if before is not None and before.norm in OWNERS | {"their", "our"}:
                name = False
            elif article.sentences[article.sentence_at(token.start)][0] == token.start or (
                before is not None and "\n" in article.text[before.end : token.start]
            ):
                name = _capitalised_inside(article, token)
        if name:
            current.append(token)
            if not token.text.endswith(SINGULAR_POSSESSIVES):
                continue  # "India's Narendra Modi": the owner is a run of its own
        runs.extend(_kept(current, placed, article))
        current = []
    return [*runs, *_kept(current, placed, article)]


def _kept(run: list[Token], placed: bool, article: ArticleText) -> list[list[Token]]:
    """The run, unless empty or a place's ("in Manila"; "to Harrow Bank" is a body's, and so
    is "to Kiwi Crest, a New Zealand dairy group", review rv43g)."""
    if not run or not placed or {t.norm for t in run} & BODY_WORDS:
        return [run] if run else []
    told = _APPOSED.match(article.text, run[-1].end)
    return [run] if told and set(told[1].lower().split()) & (BODY_HEADS | _TRADES) else []


# An aside after a name that says what it is (", a New Zealand dairy group", ", the carmaker").
_TRADES = word_set("owner builder supplier producer developer brewer distributor cheesemaker")
_APPOSED = re.compile(r",\s+((?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+)")


def _capitalised_inside(article: ArticleText, token: Token) -> bool:
    """Whether the page writes the word capitalised after a sentence's first word too."""
    for start, _ in article.phrase_spans((token.norm,)):
        inside = article.sentences[article.sentence_at(start)][0] != start
        if start != token.start and article.text[start].isupper() and inside:
            return True
    return False


def owns_people(tokens: Sequence[Token], position: int) -> bool:
    """Whether the owner pronoun at ``position`` names people who act in its owner's place
    ("Her supporters marched", "His former coach called him", "Her attacker was jailed"): not
    the owner but they are the clause's actor."""
    return _owned_noun(tokens, position) is not None


def owns_person(tokens: Sequence[Token], position: int) -> bool:
    """Whether the name ending at ``position`` owns a person who acts ("met Xi Jinping's
    premier, Li Qiang", "Danielle Smith's predecessor, Jason Kenney"): the owned one, not the
    owner, is the clause's actor or the one met (review rv40a); a body's team or staff act
    for it."""
    owner = tokens[position].text.endswith(APOSTROPHE_ENDINGS)
    noun = _owned_noun(tokens, position) if owner else None
    return noun is not None and noun.norm in ONE_PERSON | _OWNED_HEADS  # not "the ICRC's team"


def _owned_noun(tokens: Sequence[Token], position: int) -> Token | None:
    for token in tokens[position + 1 : position + 4]:
        if token.norm in OWNED_PEOPLE or token.norm in _OWNED_HEADS:
            return token
        if not (token.is_number or token.norm in NUMBER_WORDS or token.norm in _OWNED_MODIFIERS):
            return None
    return None


def owned_before(tokens: Sequence[Token], position: int, deed: bool = False) -> bool:
    """Whether an owner's one person, who may be the pronoun at ``position``, stands before it
    in its sentence ("His coach said he had planned it", "Her biographer wrote that she"): the
    pronoun may be theirs, or the clause theirs (the saying), not the owner's deed; not "His
    family said he died", "His widow said he" (no "he"). With ``deed`` (the fact told is no
    saying) the subject of the clause the person reports is the owner: "Her lawyer said she
    would appeal", "His agent confirmed that he had signed" (review rv40a)."""
    other = KIN_SHE if tokens[position].norm in _MALE else KIN_HE
    for at in range(position):
        noun = _owned_noun(tokens, at) if tokens[at].norm in _OWNER_PRONOUNS else None
        if noun is not None and noun.norm in ONE_PERSON and noun.norm not in other:
            return not (deed and _reported(tokens, tokens.index(noun), position))
    return False


# Verbs of saying: a person who speaks them reports another's deed ("His agent said he").
SAYS = word_set(
    """said says told tells wrote writes confirmed confirms announced stated added insisted
    explained revealed claimed claims denied denies statement remarks speech interview"""
)


def says(description: str) -> bool:
    """Whether a fact's description tells a saying ("said the attack was planned")."""
    return any(word.strip(".,;:'\"").lower() in SAYS for word in description.split())


def _reported(tokens: Sequence[Token], noun: int, position: int) -> bool:
    """Whether the pronoun at ``position`` opens the clause the person at ``noun`` reports
    ("His coach said (that) he"), not another place ("called him the best he had seen")."""
    between = [t.norm for t in tokens[noun + 1 : position] if t.norm != "that"]
    return len(between) == 1 and between[0] in SAYS


__all__ = [
    "BODY_HEADS",
    "BODY_WORDS",
    "BRAND_HEADS",
    "CLASSES",
    "CLAUSE_OPENERS",
    "GENERIC",
    "KIN_HE",
    "KIN_SHE",
    "NOT_NAMES",
    "ONE_PERSON",
    "OWNED_PEOPLE",
    "OWNERS",
    "PEOPLE",
    "PERSON_HEADS",
    "PHRASE_ENDS",
    "PLACE_BEFORE",
    "ROLE_TIES",
    "SAYS",
    "TITLE_FORMS",
    "TITLE_HEADS",
    "age_clash",
    "name_fragment",
    "name_runs",
    "owned_before",
    "owns_people",
    "owns_person",
    "public_named",
    "role_tied",
    "says",
    "titled",
    "titled_others",
]
