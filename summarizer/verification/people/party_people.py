"""A one-word value that names a party's people ("Democrats", "Tories"), which the party
table's labels read, not the own-body reading (session 60, fresh-miss writer af60).

``person_rules._elsewhere`` let every one-word value ending in "s" through as a party's
people, so a body of one word in "s" was never set against the person's own: "Shachi Kurl,
president of the Angus Reid Institute, ... she told Reuters" given "Reuters" (session 59's
note). :func:`party_people` keeps the exemption for the words of a party's members only:
the plural of a member's noun ("Democrats", "Republicans", "Socialists", "Liberals",
"Greens", "Sandinistas") and the few irregular ones ("Tories", "Whigs").

Session 64 (fresh-miss writer af64) added the same party words read the other way, a
person's party LABEL: a political party given as a person's affiliation when the page labels
the person with another party.

News copy writes a politician's party as a label on the name, and names several parties on
one page: "Liberal MP Nathaniel Erskine-Smith ... New Democrat MP Brian Masse", "Greens
senator Sarah Hanson-Young ... Liberal senator Sarah Henderson", "Democrat Tammy Baldwin"
beside "Republican Senator Bill Cassidy", "Susan Hall, the Conservative candidate" beside
"the Labour mayor", "Steve Drazkowski, a Republican from Mazeppa" beside "the Democratic
governor". Parties are no countries or groups of the party table, so every such value was left
to the free-text check, which finds the other party's name on the page and lets it through.

:func:`party_label_other` reads the person's own labels (a party word before their title or
name, "the Labour MP" or "a Republican" in an apposition right after the name, "(R-Minn.)",
"(Labour)", "standing for Reform UK") and refuses a value that is a political party (a party of
:data:`_ALIASES`, or a name ending in "Party") and none of the person's. Not read: a label
marked past ("former Conservative MP", "ex-Labour"), a page that writes the person moving
between parties in a sentence naming them ("defected to", "crossed over", "joined", "quit"),
a value naming a branch of the person's party ("Democratic-Farmer-Labor Party" for a
Democrat), and a value the holder readings tie to the person. Each person's labels are read
once per page (``article.memo``).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from .names import TITLES

# The endings of a member's noun in the plural: "-ists", "-ans", "-ats", "-ives", "-als",
# "-ens", "-ites", "-istas", "-ents" (Independents), "-ies" (Tories)
_MEMBERS = re.compile(r"(?:ists|ans|ats|ives|als|ens|ites|istas|ents|ies|igs)", re.IGNORECASE)


def party_people(value: str) -> bool:
    """Whether a one-word value is the plural of a party member's noun."""
    word = value.strip()
    return " " not in word and re.search(rf"{_MEMBERS.pattern}$", word, re.IGNORECASE) is not None


# The political parties English news names by word, each form to one key: the party, its
# members' noun (singular and plural), its adjective, its nickname.
_ALIASES: dict[str, str] = {
    "labour": "labour",
    "labor": "labour",
    "conservative": "conservative",
    "tory": "conservative",
    "tories": "conservative",
    "liberal democrat": "liberal democrat",
    "lib dem": "liberal democrat",
    "libdem": "liberal democrat",
    "liberal": "liberal",
    "democrat": "democrat",
    "democratic": "democrat",
    "republican": "republican",
    "gop": "republican",
    "green": "green",
    "reform uk": "reform uk",
    "snp": "snp",
    "scottish national": "snp",
    "plaid cymru": "plaid cymru",
    "sinn fein": "sinn fein",
    "fianna fail": "fianna fail",
    "fine gael": "fine gael",
    "dup": "dup",
    "democratic unionist": "dup",
    "ndp": "ndp",
    "new democrat": "ndp",
    "new democratic": "ndp",
    "bloc quebecois": "bloc quebecois",
    "one nation": "one nation",
    "nationals": "nationals",
    "bjp": "bjp",
    "bharatiya janata": "bjp",
    "social democrat": "social democrat",
    "spd": "social democrat",
    "christian democrat": "christian democrat",
    "cdu": "christian democrat",
    "free democrat": "free democrat",
    "fdp": "free democrat",
    "afd": "afd",
    "alternative for germany": "afd",
    "national rally": "national rally",
    "anc": "anc",
    "african national congress": "anc",
    "democratic alliance": "democratic alliance",
    "independent": "independent",
}

# The titles of an elected or standing politician that a party word opens
_OFFICE = (
    r"(?:MPs?|MLAs?|MEPs?|MSPs?|MSs?|TDs?|[Ss]enators?|Sen\.|[Cc]ouncill?ors?|Cllr\.?|"
    r"[Cc]ongress(?:man|woman|member)|[Ll]awmakers?|[Ll]egislators?|[Cc]andidates?|"
    r"[Aa]ssembly(?:man|woman|member)|[Rr]epresentatives?|Rep\.|[Pp]eers?|[Gg]overnor|Gov\.|"
    r"[Mm]ayor|[Ll]eader|[Cc]hairman|[Cc]hair|[Pp]resident|[Mm]inister|[Ss]pokes(?:man|woman|person)|"
    r"[Ww]hip|[Mm]ember)"
)
_RUN = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
_PAST = re.compile(r"(?:former|ex-?|then-?|one-?time|erstwhile|onetime|past)\s*$", re.IGNORECASE)
_MOVE = re.compile(
    r"\b(?:defect\w*|cross(?:ed|es|ing)?\s+(?:over|the\s+floor|to)|switch\w*\s+(?:to|sides)|"
    r"(?:re)?join(?:ed|s|ing)?|quit\w*|(?:left|leav\w+)\s+the\s+(?:party|[A-Z]\w+)|"
    r"resign\w*\s+from|expell\w*|suspend\w*|turncoats?|came\s+over|went\s+over|"
    r"moved\s+to|formerly|used\s+to)\b",
    re.IGNORECASE,
)


def party_key(words: str) -> str | None:
    """The key of a political party named by ``words`` ("the Labour Party", "Tories",
    "Democratic", "Lib Dems", "(R-Minn.)"'s "R"), else None."""
    low = re.sub(r"[\u2019']s$", "", words.strip().lower())
    low = low.replace("\u00e9", "e").replace("\u00e1", "a")
    low = re.sub(r"^the\s+", "", low)
    low = re.sub(r"\s+party(?:\s+of\s+.*)?$", "", low)
    low = re.sub(r"[\s-]+", " ", low).strip(" .,")
    split = low.split()
    for start in range(len(split)):  # "Scottish Labour", "Australian Labor": the last words
        if start and split[start - 1] in ("of", "for", "on"):
            break  # a body's subject ("Department of Labor", "Ministry of Labour"), no party
        tail = " ".join(split[start:])
        for form in (tail, tail[:-1] if tail.endswith("s") else tail):
            if form in _ALIASES:
                return _ALIASES[form]
    if low in ("r", "d", "i"):
        return {"r": "republican", "d": "democrat", "i": "independent"}[low]
    return None


# A party's own name ("Goa Forward Party"), not a body named after one ("Committee on ...
# the Chinese Communist Party")
_FOLD = str.maketrans("\u00e9\u00e8\u00e1\u00e0\u00ed\u00f3\u00fa", "eeaaiou")
_NAMED_PARTY = r"(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4}Party"


def _value_key(value: str) -> str | None:
    """The value's party key: a party of the table above, or a name ending in "Party"."""
    key = party_key(value)
    if key == "independent" and not re.fullmatch(r"(?i:an\s+)?[Ii]ndependents?", value.strip()):
        return None  # "The Independent", "Irish Independent": a paper, not standing alone
    if key is None and re.fullmatch(_NAMED_PARTY, value.strip()):
        if re.search(r"\b[A-Z]{2,5}\b", value):
            return None  # "Ontario PC Party", "DFL Party": initials the table cannot read
        return re.sub(r"\s+party$", "", value.strip().lower())
    return key


def _form(alias: str) -> str:
    """An alias as the page writes it: initials in capitals, other words capitalised."""
    if " " not in alias and len(alias) <= 3:
        return "AfD" if alias == "afd" else alias.upper()
    small = {"uk": "UK", "for": "for"}
    return r"\s+".join(small.get(word, word.capitalize()) for word in alias.split())


# The party words as a label, longest first ("Liberal Democrat" before "Liberal"), with the
# members' plural and a possessive ("Labour's Sadiq Khan")
_PARTY = "|".join(_form(a) for a in sorted(_ALIASES, key=len, reverse=True) if a != "tories")
_LABEL = rf"(?:{_PARTY}|Tories)s?(?:\s+Party)?(?:['\u2019]s)?"
# Words after a party word that make it a government's body or portfolio ("Labor Department
# Secretary", "the Labour Department's", India's "Labour Minister X"), no label
_BODY = re.compile(
    r"\b(?:Department|Ministry|Minister|Secretary|Commissioner|Office|Commission|Council|Board|Committee|Union|"
    r"Court|Agency|Authority|Government|Administration|Coalition|Caucus|Club|Foundation|Institute)\b"
)
# After a party word in an apposition: another's possessive noun ("the Labour government's
# adviser", "the Conservative leader's husband"), whose party it is; or an end in time ("the
# Conservative MP for X until last month", "a lifelong Democrat until she registered")
_OTHERS = re.compile(r"\s+[\w-]+['\u2019]s\b")
_UNTIL = re.compile(r"\b(?:until|till|before)\b")


def _labels_at(sentence: str, surname: str, given: tuple[str, ...] = ()) -> set[str]:
    """The party labels one sentence gives the surname's person (past ones left out; a label
    on another first name of the surname is another person's: "Conservative MP Giles Danvers"
    for Ruth Danvers)."""
    keys: set[str] = set()
    sentence = sentence.translate(_FOLD)  # "Bloc Québécois" as the table writes it
    name = rf"(?i:{re.escape(surname)})"
    before = re.compile(  # "Labour and Co-operative MP X": the second party read as well
        rf"(?<![\w-])({_LABEL})(?:\s+(?:and|&)\s+([A-Z][\w'\u2019-]*))?\s+(?:(?:state|county|city)\s+)?"
        rf"(?:{_OFFICE}\s+){{0,2}}((?:[A-Z][\w.'\u2019]*(?:\s+|-)){{0,3}}){name}\b"
    )
    after = re.compile(
        rf"\b{name}\b(?:\s*\([^)]{{0,40}}\))?,\s+(?:the|a|an|of\s+the)\s+"
        rf"((?:[a-z-]+\s+)?)(?:[A-Z][\w.]*\s+){{0,2}}?({_LABEL})(?![\w-])"  # "a Texas Republican"
    )
    listed = re.compile(  # "The Conservatives Hugh Dalby and Anne Fenwick": each name
        rf"(?<![\w-])((?:{_PARTY})s|Tories)\s+(?:[A-Z][\w.'\u2019]*(?:\s+|-)){{1,3}}and\s+"
        rf"(?:[A-Z][\w.'\u2019]*(?:\s+|-)){{0,3}}{name}\b"
    )
    owned = re.compile(  # "Holland's Liberals", "Starmer's Labour"; not "Khan's Labour rival"
        rf"\b{name}['\u2019]s\s+({_LABEL})(?![\w-])(?!\s+(?:rivals?|challengers?|opponents?|"
        rf"critics?|counterparts?|predecessors?|successors?|foes?|enemies|nemesis))"
    )
    wire = re.compile(rf"\b{name},\s+([RDI])-[A-Z][\w.]*(?:,|\s)")  # "Sen. X, R-Texas, said"
    standing = re.compile(  # "X, standing as an independent", "X is standing for Reform UK",
        # "X, who has sat on the council for Labour since 2021"
        rf"\b{name}\b[^.;:]{{0,40}}?\b(?:(?:standing|stands|running|runs)|(?:sits|sitting|has\s+sat)\s[^.;:,]{{0,30}}?)\s*"
        rf"(?:as\s+(?:an?\s+|the\s+)?|for\s+(?:the\s+)?)({_LABEL}|independent)\b"
    )
    bracket = re.compile(rf"\b{name}\b\s*\(([A-Za-z .'-]{{1,30}}?)(?:-[A-Z][\w.]*)?\)")
    for match in before.finditer(sentence):
        if _BODY.search(match.group(0)) or _another(match.group(3), given):
            continue
        if not _PAST.search(sentence[: match.start()]):
            keys.add(party_key(match.group(1)) or "")
            second = match.group(2) or ""
            keys.add(party_key(second) or second.lower())
    for match in after.finditer(sentence):
        rest = sentence[match.end() :]
        phrase = re.split(r"[,;:.()]", rest, maxsplit=1)[0]
        if _BODY.match(rest.lstrip()) or _PAST.search(match.group(1)) or _UNTIL.search(phrase):
            continue
        label = match.group(2)
        while (owner := _OTHERS.match(phrase)) is not None:  # another's: the apposition's next
            later = re.search(rf"(?<![\w-])({_LABEL})(?![\w-])", phrase[owner.end() :])
            phrase = phrase[owner.end() + later.end() :] if later else ""
            label = later.group(1) if later else ""
        keys.add(party_key(label) or "")
    for match in [*listed.finditer(sentence), *owned.finditer(sentence)]:
        if not _PAST.search(sentence[: match.start()]):
            keys.add(party_key(match.group(1)) or "")
    for match in wire.finditer(sentence):
        keys.add(party_key(match.group(1)) or "")
    for match in standing.finditer(sentence):
        keys.add(party_key(match.group(1)) or "")
    for match in bracket.finditer(sentence):
        keys.add(party_key(match.group(1)) or "")
    keys.discard("")
    return keys


def _another(run: str, given: tuple[str, ...]) -> bool:
    """Whether the capitalised run right before the surname ends in another first name."""
    words = run.split()
    if not given or not words:
        return False
    last = words[-1].strip("-")
    return last.isalpha() and last.lower() not in given and last.lower() not in TITLES


def _person_labels(
    article: ArticleText, surname: str, given: tuple[str, ...] = ()
) -> tuple[frozenset[str], bool]:
    """The person's party keys and whether a sentence naming them moves between parties."""
    cached: tuple[frozenset[str], bool] | None = article.memo.get(("party labels", surname, given))
    if cached is not None:
        return cached
    text = article.text
    keys: set[str] = set()
    moved = False
    for begin, stop in article.sentences:
        sentence = text[begin:stop]
        if not re.search(rf"\b{re.escape(surname)}\b", sentence, re.IGNORECASE):
            continue
        keys |= _labels_at(sentence, surname, given)
        moved = moved or _MOVE.search(sentence) is not None
    found = article.memo["party labels", surname, given] = (frozenset(keys), moved)
    return found


def party_label_other(
    article: ArticleText, surname: str, value: str, given: tuple[str, ...] = ()
) -> str | None:
    """The person's own party label, when the value is a political party the page does not
    label them with (the person neither shown moving between parties nor given the value)."""
    want = _value_key(value)
    if want is None:
        return None
    keys, moved = _person_labels(article, surname, given)
    if not keys or want in keys or moved:
        return None
    if any(key in value.lower() for key in keys):
        return None  # "Labour and Co-operative MP" given "Co-operative Party"
    words = re.findall(r"[a-z]+", value.lower())
    stems = [key.split()[0].removesuffix("s") for key in keys]  # "national", not "nation"
    if any(word.startswith(stem) for stem in stems for word in words):
        return None  # "Democratic-Farmer-Labor Party" for a Democrat: a branch of theirs
    return ", ".join(sorted(keys))
