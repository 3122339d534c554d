"""A role whose head noun is none of the words of the title the page gives THIS person, read
for :mod:`summarizer.verification.people.person_rules` (session 64). Outside checks 141-171
accepted "owner" for "General manager Brendan Hickey", "prefect" for "Jacques Arnoux, the mayor
of Val-Cenis", "projectionist" for "its owner, Charles Morris": the older readings refuse only
when both sides hold an office noun (:mod:`.role_own_titles`) or another holds the value
(:mod:`.role_rivals`).

Read here, each place the surname is written: a title run right before the name, over its
first names ("General manager Brendan Hickey", "Captain Virgil van Dijk"; back to a mark, a
function word or a verb); an opener and a title set off by a comma before the name ("Its
owner, Charles Morris", "Specsavers' chief executive, John Perkins"); an apposition after the
name opening with an article or a possessive ("Jacques Arnoux, the mayor of Val-Cenis,"; up to
"of", "for", "at", a mark or a clause word). Not read: a title holding "former", "then",
"retired" and the like; a head that is no person's noun (neither a title word nor of a person
noun's ending), a relation ("his son Rod Wood"), an honour held ("the Ballon d'Or holder"), a
time, an honorific alone ("Mr", "Gov.", "Professor"), a capitalised word outside the title
words (another's first name: "Melania Trump"); "The president, Rubio added" (not set off).

Refused (strong): a value whose head noun (its last word before "of"/"for"/"at"/"to"/"in", for
each office joined by "and") has no word of the same stem (five letters, or of one class of
:data:`_SAME`: "lawyer" and "attorney") in any title of theirs, no title that is a kind of it
(:data:`_KINDS`, review rv64r: "artist" for "painter Ida Holm", "diplomat" for "Ambassador
Rana Said"), and no form in a sentence naming them ("the Minister for London and MP for
Chelsea"; "who owns the bakery", "who farms"), in a back-reference after one ("The director
added", "She is also a governor") or in a headline over them ("Museum director to step
down"). Left open: a generic value ("leader", "head", "official", "member", "spokesman"), a
rank word ("deputy"), a word of three letters ("PM", "CFO"), "chief ... officer", a past one,
an office the person acts (:mod:`.acted_offices`: "founder" for "formed by teacher Pia Rowe"),
a person titled only by another's rank ("Qureshi's deputy"), and for a person whose titles are
all vague ("EU foreign policy chief", "Rovers boss") a formal office (:data:`.names.TITLES`:
session 25's keep) or a post that heads a body (:data:`_HEADING`: "manager", rv64r).
"""

from __future__ import annotations

import re

from summarizer.text.ordinary import common_words
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
    for group in re.split(
        ";",
        """
    actor actress; lawyer attorney counsel solicitor barrister advocate kc qc;
    ceo executive; cfo financial finance; coo operating operations; minister secretary;
    lawmaker mp legislator senator congressman congresswoman parliamentarian;
    councillor councilor councilman councilwoman alderman cllr; coach manager;
    reporter correspondent journalist writer;
    writer author novelist columnist essayist poet playwright;
    officer constable policeman policewoman trooper; copilot officer;
    player footballer striker forward midfielder defender goalkeeper keeper winger batsman
    batter bowler pitcher athlete runner cyclist rider jockey driver;
    economist analyst strategist;
    singer musician artist songwriter rapper performer guitarist; director filmmaker;
    campaigner activist protester; resident local villager homeowner neighbour neighbor;
    trader dealer broker; farmer grower rancher; victim survivor; founder cofounder;
    owner proprietor; professor lecturer academic researcher scientist;
    doctor physician surgeon dr; judge justice; chair chairman chairwoman chairperson;
    president presidency
    """,
    )
]
#: Kinds a value may name the title's post by (one way: an "artist" may be the painter, the
#: painter is no sculptor): the value's head, then the title words or ends that are its kinds.
_KINDS = {
    kind: word_set(members)
    for line in """
    artist: painter sculptor illustrator printmaker potter muralist cartoonist engraver
    diplomat: ambassador envoy consul attache emissary
    soldier: sergeant corporal private lieutenant captain major colonel brigadier trooper gunner
        rifleman paratrooper sapper fusilier guardsman marine
    officer: lieutenant captain major colonel brigadier commander commodore admiral inspector
        superintendent detective sergeant
    priest cleric clergyman clergywoman minister: rector vicar curate chaplain pastor imam rabbi
        bishop archbishop deacon canon parson priest cleric
    doctor physician medic: paediatrician pediatrician physician surgeon gp anaesthetist
        anesthetist cardiologist oncologist psychiatrist radiologist neurologist obstetrician
        gynaecologist dermatologist pathologist clinician
    scientist researcher: physicist chemist botanist astronomer astrophysicist mathematician
    lawyer attorney: prosecutor solicitor barrister counsel
    musician: drummer guitarist bassist pianist violinist cellist saxophonist trumpeter organist
        percussionist composer conductor singer vocalist frontman frontwoman fiddler harpist
        flautist keyboardist
    singer: vocalist frontman frontwoman soprano tenor baritone mezzo
    athlete sportsman sportswoman: sprinter runner hurdler swimmer rower cyclist skier gymnast
        triathlete decathlete heptathlete marathoner
    broadcaster journalist: presenter newsreader anchor commentator announcer
    owner: shopkeeper restaurateur hotelier publican landlord landlady proprietor
    landlord: publican innkeeper
    headteacher teacher: headmaster headmistress headteacher principal
    firefighter fighter: fireman firewoman
    pharmacist: chemist
    forecaster: meteorologist weatherman
    comic comedian: comedian comic humorist
    captain: skipper
    protester: demonstrator marcher
    """.replace("\n        ", " ")
    .strip()
    .splitlines()
    for kinds, members in [line.split(":")]
    for kind in kinds.split()
}
#: Kinds written as a title's last two words ("public defender" is a lawyer, "defender" a player).
_KIND_PHRASES = {"lawyer": ("public defender", "district attorney")}
_KIND_ENDS = {"scientist": ("ologist",), "researcher": ("ologist",)}
#: A "boss" names a body's top post without its name ("Rovers boss"): a post that heads a
#: body is left open for it ("manager"), another trade is not ("drummer").
_HEADING = word_set(
    """manager director coach editor governor principal headteacher headmaster headmistress
    superintendent commissioner commander president chairman chairwoman chair ceo"""
)
#: Sitting on a council names its councillor ("who sits on the parish council").
_SITS_ON = re.compile(
    r"\b(?:sits?|sat|serves?|served|elected|re-elected)\s+(?:on|to)\s+(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}council\b"
)
_COUNCILLORS = word_set("councillor councilor councilman councilwoman alderman")
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
    if raw[:1].isupper() and head not in _TITLE_WORDS and head not in common_words():
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
    "manager", not "council" for "councillor"; a verb of its root: "owns" for "owner", "farms"
    for "farmer", "edits" for "editor") or of a word of its class (:data:`_SAME`: "chairs" for
    "chairman"); or a back-reference to them does (one of the two sentences after, up to one
    naming someone: "The director added", "She is also a governor"); or a headline over a page
    that names them first ("Museum director to step down"); or, for a councillor, they sit on
    a council ("who sits on the parish council", "was elected to Brayford council")."""
    prefix = head.replace("-", "")[: max(_STEM, len(head) - 2)]
    same = _class_words(head)
    root = head[:-2] if head.endswith(("er", "or")) and len(head) >= 5 else ""
    verbs = {root + end for end in ("s", "es", "ed", "ing")} if root else set()

    def holds(sentence: str) -> bool:
        if head in _COUNCILLORS and _SITS_ON.search(sentence):
            return True
        return any(
            word.replace("-", "").startswith((prefix, *same)) or word in verbs
            for word in re.findall(r"[a-z][\w'\u2019-]*", sentence)
        )

    forms = "|".join(re.escape(word) for word in sorted(same))
    back = re.compile(
        rf"^\W*(?:(?:the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){{0,3}}|(?:he|she)\s+"
        rf"(?:is|was|has\s+been)\b[^.;]*?\b(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,3}})"
        rf"(?:{forms})\b(?!['\u2019]s)"
    )
    word = rf"\b(?:{forms})\b"
    spans = article.phrase_spans((surname,))
    for start, _ in spans:
        index = article.sentence_at(start)
        first, last = article.sentences[index]
        if holds(article.lowered[first:last]):
            return True
        for at in range(index + 1, min(index + 3, len(article.sentences))):
            first, last = article.sentences[at]
            if _NAMED.search(article.text, first + 1, last):
                break  # "The mayor, Lyn Doran, has promised": another's sentence
            sentence = article.lowered[first:last]
            if back.search(sentence) and len(re.findall(word, sentence)) == len(
                re.findall(word, article.lowered)
            ):
                return True  # "The director added": the page's only director
    headline = re.match(r"([^\n.]{8,120})\n\n", article.text)
    first_named = spans[0][0] if spans else len(article.text)
    return bool(
        headline
        and article.paragraph_at(first_named) <= 3
        and re.search(rf"\b(?:{forms})\b(?!['\u2019]s)", headline.group(1).lower())
    )


#: Two capitalised words in a row after a sentence's first word: a full name, someone's.
_NAMED = re.compile(r"(?<=\s)[A-Z][a-z]+\s+[A-Z][a-z]+")


def _kind_of(head: str, titles: list[list[str]]) -> bool:
    """Whether a title is a kind of the value's head (:data:`_KINDS`): "artist" for "painter
    Ida Holm", "lawyer" for "his public defender", "scientist" for "Epidemiologist Ana Ruiz"."""
    members, ends = _KINDS.get(head, frozenset()), _KIND_ENDS.get(head, ("\0",))
    phrases = _KIND_PHRASES.get(head, ("\0",))
    return any(
        " ".join(title).endswith(phrases) or any(w in members or w.endswith(ends) for w in title)
        for title in titles
    )


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
    if all(title[-1] in _VAGUE for title in titles) and any(
        h in TITLES or (h in _HEADING and titles[0][-1] == "boss") for h in heads
    ):
        return None  # "EU foreign policy chief Kaja Kallas" may be the foreign minister
    held = frozenset(
        stem
        for title in titles
        for word in title
        for part in {word, *word.split("-")}
        for stem in _classes(part)
    )
    for head in heads:
        if _classes(head) & held or _kind_of(head, titles):
            return None
        if _written_near(article, name[-1], head):
            return None
        if acted_office(article, " ".join(name), head):  # "formed by teacher Pia Rowe"
            return None
    return " ".join(titles[0])


__all__ = ["other_head", "own_noun_titles"]
