"""A role whose head noun is none of the words of the title the page gives THIS person, read
for :mod:`summarizer.verification.people.person_rules` (session 64).

Fresh outside checks 141-171 accepted 137 planted roles; in most, the page gives the person a
plain noun title of their own, written right before the name or set beside it in an
apposition, and the planted role is another post or trade: "owner" for "General manager
Brendan Hickey", "prefect" for "Jacques Arnoux, the mayor of Val-Cenis", "chief executive" for
"CWU general secretary Dave Ward", "projectionist" for "its owner, Charles Morris". The older
readings refuse such a value only when both sides hold an office noun of their lists
(:mod:`.role_own_titles`) or when the value is tied to another named person
(:mod:`.role_rivals`); a captain, a lawyer, a beekeeper or a shareholder kept any role.

Read here, each place the surname is written:
- a title run right before the name, over its first names: "General manager Brendan Hickey",
  "Vue chief executive Tim Richards", "Captain Virgil van Dijk" (back to a mark, a function
  word or a verb; a run ending in a word of "-ed"/"-ing" is a verb's, no title);
- an opener and a title set off by a comma before the name: "Its owner, Charles Morris",
  "Specsavers' chief executive, John Perkins", "The Tottenham captain, Son Heung-min";
- an apposition after the name opening with an article or a possessive: "Jacques Arnoux, the
  mayor of Val-Cenis,", "Maha Nater, a kindergarten worker,", "Neil D'Arcy, the trust's
  principal engineer," (up to "of", "for", "at", a mark or a clause word).
A title holding "former", "then", "previously", "retired" and the like names no post now and
is not read; nor is a title whose head is no person's noun (a word of neither the title words
nor a person noun's ending: "on the trip Trump said"), a relation ("his son Rod Wood"), an
honour held ("the Ballon d'Or holder"), a time, an honorific alone ("Mr", "Gov.", "Professor"
before the name), or a capitalised word outside the title words (another's first name:
"Melania Trump"); "The president, Rubio added" is no title (the name is not set off).

Refused (a strong flag: the page states this person's post): a value whose head noun (its last
word before "of"/"for"/"at"/"to"/"in", for each office joined by "and") has no word of the
same stem (its first five letters, or a word of one class of :data:`_SAME`: "actor" and
"actress", "CEO" and "executive", "lawyer" and "attorney") in any title of theirs, nor in any
sentence naming them (a second post the page gives in other words: "Hands, the Minister for
London and MP for Chelsea"; "sacked as Manchester United manager"). Left open: a generic
value ("leader", "head", "chief", "official", "member", "spokesman": a labeller's word for
many posts), a rank word ("deputy"), a short form or word of three letters ("PM", "CFO",
"fan"), "chief ... officer" ("chief financial officer" for "Finance chief Rosa Venn"), a past
one ("former ..."), an office the person acts ("founder" for "formed by teacher Pia Rowe",
:mod:`.acted_offices`), a person the page gives no noun title or only another's rank ("Qureshi's
deputy"), and a formal office (a word of :data:`.names.TITLES`: "Foreign Minister") for a
person whose titles are all vague ("EU foreign policy chief Kaja Kallas": session 25's keep).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from .acted_offices import acted_office
from .names import PARTICLES, TITLES
from .role_descriptions import OFFICE_WORDS

_STEM = 5
#: Heads a labeller writes for many posts: never read as another post than the page's title.
_GENERIC = word_set(
    """leader leaders head heads chief chiefs official officials member members boss figure
    spokesman spokeswoman spokesperson representative staff staffer employee worker aide
    executive executives person people one man woman deputy vice assistant associate
    politician expert specialist star"""
)
_SHORT = 3  # letters of a value's head read as a short form ("PM", "CFO") or a loose word
_CHIEF_OFFICER = re.compile(r"\bchief\b.*\bofficer\b", re.IGNORECASE)
#: Title heads that name a post by another's office ("his deputy", "her assistant").
_SECONDS = word_set("deputy deputies vice assistant aide second number")
#: Title heads that paraphrase an office: "EU foreign policy chief" may be the minister.
_VAGUE = word_set("leader leaders chief chiefs head heads boss official")
#: Words that make a title a past or other time's post, not the person's now.
_NOT_NOW = word_set(
    """former ex erstwhile onetime previous previously then once until late outgoing
    incoming future next elect designate interim acting retired"""
)
#: Words a title run before the name stops at: a clause's verbs and function words.
_STOPS = word_set(
    """said says told tells and or but with by to from at as is was were are be been has have
    had who which that when while after before since during against than also met meets
    joined joins called urged asked according including like between among over via per for
    where what how why if i we you he she they it his her him them on in of into about
    under not no new named sources says announced added among"""
)
_OPENERS = word_set("the a an its his her their our")
_HONORIFICS = word_set(
    """mr mrs ms mx miss dr sir dame lord lady rev revd prof cllr coun det gov sen rep sens
    reps lt col gen adm sgt capt insp supt hon"""
)
#: Academic titles before a name are honorifics there ("Professor Nick Foskett", the
#: vice-chancellor), posts only in lower case ("assistant professor of entomology").
_ACADEMIC = word_set("professor doctor")
#: Heads of a relation or a time, no post: "son Rod Wood", "the rival Susan Hall".
_RELATIONS = word_set(
    """son daughter wife husband brother sister father mother cousin uncle aunt nephew niece
    grandson granddaughter friend partner colleague counterpart rival successor predecessor
    fellow compatriot teammate namesake widow widower fiance fiancee girlfriend boyfriend
    number"""
)
#: Heads of an honour held, no post: "the Ballon d'Or holder Aitana Bonmati" is a midfielder.
_HONOURS = word_set(
    """holder holders winner winners champion champions laureate medallist medalist finalist
    nominee recipient"""
)
_TIME = word_set(
    """year years week weeks day days month months weekend time times way row today
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december spring summer autumn winter"""
)
#: Capitalised words that stand before a name as its title ("Captain Virgil van Dijk").
_TITLE_WORDS = (
    TITLES
    | OFFICE_WORDS
    | word_set(
        """captain coach judge justice inspector detective sergeant constable superintendent
    commissioner mayor governor professor actor actress singer manager owner founder
    editor reporter correspondent attorney lawyer councillor councilor bishop rabbi imam
    pastor treasurer registrar provost dean principal executive officer engineer"""
    )
) - _HONORIFICS
_RUN = 5
#: Endings of a noun naming a person by post or trade ("campaigner", "supervisor", "activist",
#: "consultant", "president", "spokesman", "executive", "secretary").
_PERSON_ENDS = ("er", "or", "ist", "ant", "ent", "ian", "man", "men", "ee", "ess", "ive", "ary")
_LAST_WORD = re.compile(r"([A-Za-z][\w'\u2019.-]*)\s+$")
#: Classes of head nouns one post is written with: a value's head held by any word of its class.
_SAME = [
    word_set(group)
    for group in (
        "actor actress",
        "lawyer attorney counsel solicitor barrister advocate kc qc",
        "ceo executive",
        "cfo financial finance",
        "coo operating operations",
        "minister secretary",
        "lawmaker mp legislator senator congressman congresswoman parliamentarian",
        "councillor councilor councilman councilwoman alderman cllr",
        "coach manager",
        "reporter correspondent journalist writer",
        "writer author novelist columnist essayist poet playwright",
        "officer constable policeman policewoman trooper",
        "copilot officer",
        """player footballer striker forward midfielder defender goalkeeper keeper winger
        batsman batter bowler pitcher athlete runner cyclist rider jockey driver""",
        "economist analyst strategist",
        "singer musician artist songwriter rapper performer guitarist",
        "director filmmaker",
        "campaigner activist protester",
        "resident local villager homeowner neighbour neighbor",
        "trader dealer broker",
        "farmer grower rancher",
        "victim survivor",
        "founder cofounder",
        "owner proprietor",
        "professor lecturer academic researcher scientist",
        "doctor physician surgeon dr",
        "judge justice",
        "chair chairman chairwoman chairperson",
        "president presidency",
    )
]
_WORD = r"[A-Za-z][\w'\u2019&.-]*"
#: An apposition after the name: ", [age,] opener|Body's words ... head" up to a cut.
_AFTER = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?P<open>(?:the|a|an|its|his|her|their|our)\s+|{_WORD}"
    rf"(?:\s{_WORD}){{0,3}}(?:'s|\u2019s|s'|s\u2019)\s+)(?P<words>(?:{_WORD}\s+){{0,4}}?{_WORD})"
    r"(?=\s+(?:of|for|at|in|with|from|to|on|and|who|whose|since|in)\b|\s*[,.;:)\u2014\u2013]|\s*$)"
)
#: Body words before a possessive: "Specsavers' chief executive", "the council's".
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|s'|s\u2019)$")


def _stem(word: str) -> str:
    return word.lower().replace("-", "")[:_STEM]


def _classes(word: str) -> frozenset[str]:
    """The stems one head noun is written with (its own, and its class's in :data:`_SAME`)."""
    stems = {_stem(word)}
    for group in _SAME:
        if word.lower() in group:
            stems |= {_stem(member) for member in group}
    return frozenset(stems)


def _name_start(article: ArticleText, start: int, name: tuple[str, ...]) -> int:
    """The offset where the person's first names begin before the surname at ``start`` (the
    whole word: "Jae-myung" is one surname)."""
    text = article.text
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'\u2019"):
        start -= 1
    cursor = start
    while True:
        match = _LAST_WORD.search(text, max(0, cursor - 40), cursor)
        if match is None:
            return cursor
        norms = {token.norm for token in tokenize(match.group(1))}
        if not norms or not norms <= (set(name) | PARTICLES):
            return cursor
        cursor = match.start(1)


def _run_before(text: str, begin: int, line_start: int, closed: bool) -> list[str]:
    """The title run right before the name at ``begin`` (see the module), in order; empty when
    none. "Its owner, X" is read only with its opener or a body's possessive."""
    segment = text[line_start:begin]
    comma = re.search(r",\s*$", segment)
    if comma and not closed:
        return []
    if comma:
        segment = segment[: comma.start()]
    elif segment and not segment.endswith(" "):
        return []  # "(Name", "\"Name": no run
    words: list[str] = []
    for match in reversed(list(re.finditer(r"\S+", segment))):
        raw = match.group(0)
        if raw[-1] in ',.;:!?)"\u201d' or (raw[-1] in "'\u2019" and raw[-2:-1] != "s"):
            break  # "Ukraine. Trump", "said, Trump": another clause's word
        core = raw.lstrip('("\u201c\u2018')
        if not re.fullmatch(r"[A-Za-z][\w'\u2019&-]*", core):
            break
        bare = _POSSESSIVE.sub("", core).lower()
        if bare in _STOPS and not (comma and bare in _OPENERS):
            break
        words.insert(0, core)
        if core != raw or len(words) >= _RUN:
            break
    if (
        comma
        and not (  # "Its owner, X": an opener or a body's possessive opens the run
            words
            and (words[0].lower() in _OPENERS or any(_POSSESSIVE.search(w) for w in words[:-1]))
        )
    ):
        return []
    return [w for w in words if w.lower() not in _OPENERS and not _POSSESSIVE.search(w)]


def _clean(words: list[str]) -> list[str] | None:
    """The title's words when it names a post now (see the module); None otherwise: a head
    that is a verb's form, a relation ("son", "rival"), a time, an honorific ("Mr", "Gov."),
    a capitalised word that is no title word (another person's first name: "Melania Trump"),
    or a word of :data:`_NOT_NOW` in the title."""
    kept = [
        w
        for w in words
        if w.lower() not in _HONORIFICS and not (w[:1].isupper() and w.lower() in _ACADEMIC)
    ]
    if not kept:
        return None
    lowered = [tokenize(w)[0].norm if tokenize(w) else w.lower() for w in kept]
    head, raw = lowered[-1], kept[-1]
    if head.endswith(("ed", "ing")) or head in _STOPS or head in _RELATIONS | _HONOURS | _TIME:
        return None
    if raw[:1].isupper() and head not in _TITLE_WORDS:
        return None
    if head not in _TITLE_WORDS and not head.endswith(_PERSON_ENDS):
        return None  # "on the trip Trump said": a person's title ends as one
    if any(w in _NOT_NOW for w in lowered):
        return None
    return [w.lower() for w in kept]


def own_noun_titles(article: ArticleText, name: tuple[str, ...]) -> list[list[str]]:
    """Every noun title the page writes of this person (see the module), each in order."""
    if not name:
        return []
    key = ("own noun titles", name)
    found: list[list[str]] | None = article.memo.get(key)
    if found is not None:
        return found
    text = article.text
    found = []
    for start, end in article.phrase_spans((name[-1],)):
        line_start = text.rfind("\n", 0, start) + 1
        begin = _name_start(article, start, name)
        after = text[end : end + 2].lstrip()
        closed = not after or after[0] in ",.;:)"  # "The president, Rubio added": no title
        run = _clean(_run_before(text, begin, line_start, closed))
        if run:
            found.append(run)
        line_end = text.find("\n", end)
        match = _AFTER.match(text, end, line_end if line_end >= 0 else len(text))
        if match is not None:
            words = match.group("words").split()
            if not any(w.lower() in _STOPS for w in words):
                title = _clean(words)
                if title:
                    found.append(title)
    article.memo[key] = found
    return found


def _heads(value: str) -> list[str]:
    """The value's head nouns: each office's last word before "of"/"for"/"at"/"to"/"in",
    offices joined by "and" or a comma read apart."""
    heads = []
    for part in re.split(r",|&|\band\b", value):
        cut = re.split(r"\s+(?:of|for|at|to|in|with|on)\s+", part.strip(), maxsplit=1)[0]
        words = re.findall(r"[A-Za-z][\w'\u2019-]*", cut)
        if words:
            heads.append(words[-1].lower())
    return heads


def _written_near(article: ArticleText, surname: str, head: str) -> bool:
    """Whether a sentence naming the person holds a form of ``head`` (a word opening with the
    head's letters but its last two, and at least five: "chairs" for "chair", "managing" for
    "manager", not "council" for "councillor") or of a word of its class (:data:`_SAME`:
    "chairs" for "chairman")."""
    prefix = head.replace("-", "")[: max(_STEM, len(head) - 2)]
    same = _class_words(head)
    for start, _ in article.phrase_spans((surname,)):
        first, last = article.sentences[article.sentence_at(start)]
        sentence = article.lowered[first:last]
        for word in re.findall(r"[a-z][\w'\u2019-]*", sentence):
            if word.replace("-", "").startswith((prefix, *same)):
                return True
    return False


def _class_words(word: str) -> frozenset[str]:
    """The words of the head's class in :data:`_SAME` (itself when in none)."""
    found = {word}
    for group in _SAME:
        if word in group:
            found |= group
    return frozenset(found)


def other_head(article: ArticleText, name: tuple[str, ...], value: str) -> str | None:
    """This person's own title when the value's head noun is none of its words (see the
    module); None when the page leaves the value open."""
    lowered = value.lower()
    if not name or re.search(r"\b(?:former|ex|then|past|previous|onetime)\b", lowered):
        return None
    heads = _heads(value)
    if not heads or any(head in _GENERIC or len(head) <= _SHORT for head in heads):
        return None  # "PM", "CFO", "fan": a short form or word a labeller writes for many
    if _CHIEF_OFFICER.search(value):
        return None  # "chief financial officer" for "Finance chief Rosa Venn"
    titles = [t for t in own_noun_titles(article, name) if t[-1] not in _SECONDS]
    if not titles:
        return None  # "Qureshi's deputy": a post named by another's office
    if all(title[-1] in _VAGUE for title in titles) and any(h in TITLES for h in heads):
        return None  # "EU foreign policy chief Kaja Kallas" may be the foreign minister
    held = frozenset(
        stem
        for title in titles
        for word in title
        for part in {word, *word.split("-")}
        for stem in _classes(part)
    )
    for head in heads:
        if _classes(head) & held or _written_near(article, name[-1], head):
            return None
        if acted_office(article, " ".join(name), head):  # "formed by teacher Pia Rowe"
            return None
    return " ".join(titles[0])


__all__ = ["other_head", "own_noun_titles"]
