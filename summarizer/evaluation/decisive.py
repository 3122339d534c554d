"""Decisive tokens: the differences that make two short values different facts.

A fuzzy score cannot tell "Senate Majority Leader" from "Senate Minority Leader" (one letter
pair) or "Oct. 21" from "Oct. 12", yet a careful grader calls both wrong at a glance, while
"Defense Secretary" and "Secretary of Defense" (low fuzzy score) are the same title. So values
are read token by token first, and the tokens that carry the fact decide:

- numbers, years and days (number words read as digits: "two weeks" = "2 weeks", "first" = 1);
- negation ("not", "no", "never", "n't", "refuses to", and words that mean "not X": rejects =
  not accept, opposes = not support, un-/in-/dis- forms of a word on the other side). A negation
  applies to the next content word, and decides when that word is on both sides: "does not
  support" vs "supports" differ, while a paraphrase that adds a negated clause of its own
  ("... made a meeting unnecessary") is left to similarity;
- contrasts: words of one scale that exclude each other (buy/sell, rise/fall, peace/war,
  last/this/next, early/late, major/minor, cancelled/paused/scheduled/held ...; "on hold" and
  "called off" are read as phrases first);
- title modifiers (majority/minority, deputy, acting, former, vice, ex-, interim, assistant,
  chief, senior, junior, co-, elect, under ...) and name suffixes (Jr., Sr.: another person);
- proper nouns (the feminine and masculine forms of a name, "Giorgia"/"Giorgio", are two
  people). There is no part-of-speech tagger here, so a token is a proper noun when it is
  in a known table (countries, demonyms read as their country, US states, the alias table), or
  written with a capital inside a value that is not title case, or capitalised where case says
  little (a value's first word, a title-case headline) and not a common English word. The
  decision is shared by both sides (a token proper on one side is proper on both). In Name
  fields every token except titles and generic nouns ("official", "administration") counts.
  Two proper nouns are the same when their spelling key agrees (first letter, then consonants
  with vowels, "h" and doubled letters dropped, c/q->k, w->v, diacritics stripped): that lets
  transliterations and misspellings through ("Lindsay"/"Lindsey", "Dmitriyev"/"Dmitriev") and
  stops different people ("Rubin"/"Rubio"); countries and other known names compare exactly
  ("Niger" is not "Nigeria").

Acronyms are read against the other side first (:func:`spell_out_acronyms`): a run of
capitalised words whose initials spell an acronym the other side writes ("International
Monetary Fund" / "IMF", "Executive Order 14024" / "EO 14024") becomes that acronym, and only
those words, so the rest still decides.

Decisive tokens must pair up one to one. What is left over is a mismatch, except a
*qualifier* that only one side states, when that side lists nothing ("and", "with"): a country,
demonym, US state or legislative chamber ("Budapest, Hungary" = "Budapest", "U.S. Treasury
Secretary" = "Treasury Secretary"), because a less specific value is not a wrong one; a city or
person is never a qualifier ("Moscow, Russia" is not "Russia"). Where a field allows it (dates,
bill names) a year that one side leaves out is accepted too; a *different* year never is.

Only when the decisive tokens agree does similarity decide, on the remaining words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer.text.normalize import fold_keep_case, words

# --- word tables ---------------------------------------------------------------------------


def _table(text: str) -> list[str]:
    """A word table written as one space-separated string."""
    return text.split()


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_SCALES = {
    "hundred": "100", "hundreds": "100", "thousand": "1000", "thousands": "1000",
    "million": "1000000", "millions": "1000000", "billion": "1000000000",
    "billions": "1000000000", "trillion": "1000000000000", "trillions": "1000000000000",
}  # fmt: skip

MONTHS: dict[str, str] = {}
for _number, _names in enumerate(
    [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):  # fmt: skip
    for _name in _names:
        MONTHS[_name] = _names[0]
MONTH_NUMBER = {name: index for index, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}  # fmt: skip
WEEKDAYS: dict[str, str] = {}
for _names in (
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
    ("sunday", "sun"),
):  # fmt: skip
    for _name in _names:
        WEEKDAYS[_name] = _names[0]

NEGATORS = frozenset(
    {"not", "no", "never", "none", "nor", "neither", "nothing", "nobody", "without"}
)
# Words that negate what follows them, like "not": "refuses to accept" = "does not accept".
_NEGATING_VERBS = frozenset(
    _table("refuse refuses refused refusing refusal unwilling unable fail fails failed failing")
)
# Words that state "not X": they read as a negation plus X, so "rejects" = "does not accept".
_NEGATIVE_WORDS = {
    "reject": "accept", "rejection": "accept", "oppose": "support", "opposition": "support",
    "disagree": "accept", "deny": "confirm", "denial": "confirm", "ban": "allow",
    "prohibit": "allow", "forbid": "allow", "illegal": "legal", "impossible": "possible",
    "unnecessary": "necessary", "unproductive": "productive", "unlikely": "likely",
}  # fmt: skip
_POSITIVE_SYNONYMS = {
    "acceptance": "accept", "backing": "support", "back": "support", "willing": "accept",
    "agree": "accept", "agreed": "accept", "agrees": "accept",
}  # fmt: skip
# Adverbs between a negation and the word it negates: "has not yet decided" negates "decide".
_NEGATION_TRANSPARENT = frozenset(_table("yet still even ever really necessarily fully quite"))
_NEGATING_PREFIXES = ("un", "non", "dis", "in", "im", "il", "ir")

# Mutually exclusive values of one scale; each value is a set of synonyms.
_CONTRASTS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("buy", "purchase", "import"), ("sell", "export")),
    (
        ("rise", "increase", "raise", "grow", "higher", "up"),
        ("fall", "decrease", "lower", "cut", "drop", "reduce", "down"),
    ),
    (("lift", "ease", "relax", "remove", "easing"), ("impose", "tighten", "ramp")),
    (("north", "northern"), ("south", "southern")),
    (("east", "eastern"), ("west", "western")),
    (("early", "beginning"), ("mid", "middle"), ("late", "end")),
    (("start", "begin", "launch", "resume"), ("stop", "halt", "finish", "cease", "suspend")),
    (("before",), ("after",)),
    (("win", "won", "wins", "winning", "victory"), ("lose", "lost", "loses", "losing", "defeat")),
    (
        ("right", "rightly", "correct", "correctly", "true"),
        ("wrong", "wrongly", "incorrect", "incorrectly", "false"),
    ),
    (("align", "aligns", "consistent", "matches"), ("contradict", "contradicts", "inconsistent")),
    (("call", "calls", "phone", "phoned"), ("meet", "met", "meeting", "person")),
    (("peace",), ("war", "fight")),
    (
        ("help", "helps", "benefit", "boost", "strengthen", "reinforce", "reinforcing"),
        ("hurt", "harm", "damage", "weaken", "undermine", "undermining", "sabotage"),
    ),
    (("high", "higher", "highest"), ("low", "lower", "lowest")),
    (("on",), ("off",)),
    (
        ("cancel", "cancelled", "canceled", "scrap", "scrapped", "off"),
        ("postpone", "delay", "pause", "paused"),
        ("schedule", "scheduled", "plan", "planned"),
        ("hold", "held", "holds", "holding"),
    ),
    (("major", "big", "large"), ("minor", "small", "little")),
    (("long",), ("short",)),
    (("strong", "strength"), ("weak", "weakness")),
    (("success", "successful"), ("failure", "fail", "unsuccessful")),
    (("ally", "allies", "friend", "partner"), ("enemy", "adversary", "foe")),
    (("more", "most"), ("less", "fewer", "least", "fewest")),
    (("maximum", "max"), ("minimum", "min")),
    (("all", "every", "entire", "whole"), ("some", "several", "few", "many", "most", "part")),
    (("spring",), ("summer",), ("autumn",), ("winter",)),
    (("morning",), ("afternoon",), ("evening",), ("night",)),
    (("yesterday",), ("today",), ("tomorrow",)),
    (("positive",), ("negative",)),
    (("open",), ("close", "closed")),
    (("include",), ("exclude",)),
    (("public",), ("private",)),
    (("approve", "adopt"), ("veto", "block")),
    (("majority",), ("minority",)),
    (("last", "past", "previous"), ("next", "coming", "upcoming"), ("this", "current")),
)  # fmt: skip

# "Jr." and "Sr." name a different person ("Donald Trump Jr." is not "Donald Trump").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
TITLE_MODIFIERS = frozenset(
    {"majority", "minority", "deputy", "acting", "former", "vice", "ex", "interim", "assistant",
     "chief", "senior", "junior", "co", "elect", "designate", "emeritus", "under", "associate",
     "lieutenant", "incoming", "outgoing", "principal", "executive", "honorary"}
)  # fmt: skip
# Title words: dropped from the front of a person's name ("Defense Secretary Pete Hegseth"),
# and never proper nouns inside a Name field.
TITLE_WORDS = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "president", "secretary", "minister", "senator", "sen", "rep",
     "representative", "gov", "governor", "chancellor", "envoy", "leader", "general", "spokesman",
     "spokeswoman",
     "spokesperson", "ambassador", "director", "chairman", "chair", "speaker", "mayor", "king",
     "queen", "prince", "pope", "premier", "prime", "foreign", "defense", "treasury", "state",
     "commerce", "trade", "finance", "interior", "justice", "attorney", "national", "security",
     "adviser", "advisor", "special", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "the",
     "a", "an", "of", "commander", "admiral", "colonel", "judge", "officer",
     "official", "head", "whip", "press", "sheikh", "crown", "his", "her", "excellency"}
    | TITLE_MODIFIERS
)  # fmt: skip
# Generic nouns in names of sources and bodies: not proper nouns even when capitalised.
GENERIC = frozenset(
    {"official", "officials", "administration", "government", "leaders", "leader", "diplomats",
     "diplomat", "nations", "nation", "spokesman", "spokesperson", "source", "sources", "people",
     "aide", "aides", "allies", "ally", "countries", "country", "members", "member", "team",
     "staff", "party", "parties", "office", "ministry", "department", "affairs"}
)  # fmt: skip
_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "amb": "ambassador", "pres": "president", "dept": "department", "defence": "defense",
    "secy": "secretary", "sec": "secretary", "admin": "administration",
    # one role word whatever its spelling or gender
    "advisor": "adviser", "advisors": "advisers", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "spokesmen": "spokespeople", "spokeswomen": "spokespeople",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chairmen": "chairs",
    "chairwomen": "chairs",
}  # fmt: skip

COUNTRIES = _table(
    "afghanistan algeria argentina armenia australia austria azerbaijan bahrain bangladesh "
    "belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china "
    "colombia congo croatia cuba cyprus czechia denmark ecuador egypt estonia ethiopia "
    "finland france georgia germany ghana greece guatemala haiti honduras hungary iceland "
    "india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea "
    "kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg malaysia mali "
    "malta mexico moldova mongolia montenegro morocco myanmar nepal netherlands nicaragua "
    "niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland "
    "portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain "
    "sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey "
    "turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe "
    "us uk eu un nato europe asia africa gaza crimea donbas donetsk luhansk kurdistan arabia "
    "emirates zealand lanka rica salvador herzegovina macedonia southkorea northkorea "
    "southafrica southsudan srilanka newzealand uae costarica elsalvador northmacedonia "
    "dominicanrepublic ivorycoast easttimor "
)
_DEMONYMS = {
    "afghan": "afghanistan", "american": "us", "americans": "us", "argentine": "argentina",
    "armenian": "armenia", "australian": "australia", "austrian": "austria",
    "azerbaijani": "azerbaijan", "belarusian": "belarus", "belgian": "belgium",
    "brazilian": "brazil", "british": "uk", "bulgarian": "bulgaria", "canadian": "canada",
    "chinese": "china", "croatian": "croatia", "cuban": "cuba", "czech": "czechia",
    "danish": "denmark", "dutch": "netherlands", "egyptian": "egypt", "estonian": "estonia",
    "european": "europe", "europeans": "europe", "finnish": "finland", "french": "france",
    "georgian": "georgia", "german": "germany", "germans": "germany", "greek": "greece",
    "hungarian": "hungary", "indian": "india", "indonesian": "indonesia", "iranian": "iran",
    "iraqi": "iraq", "irish": "ireland", "israeli": "israel", "italian": "italy",
    "japanese": "japan", "jordanian": "jordan", "kazakh": "kazakhstan", "korean": "korea",
    "latvian": "latvia", "lebanese": "lebanon", "libyan": "libya", "lithuanian": "lithuania",
    "mexican": "mexico", "moldovan": "moldova", "nigerian": "nigeria", "norwegian": "norway",
    "pakistani": "pakistan", "palestinian": "palestine", "polish": "poland",
    "portuguese": "portugal", "qatari": "qatar", "romanian": "romania", "russian": "russia",
    "russians": "russia", "saudi": "saudi", "serbian": "serbia", "slovak": "slovakia",
    "slovenian": "slovenia", "spanish": "spain", "swedish": "sweden", "swiss": "switzerland",
    "syrian": "syria", "taiwanese": "taiwan", "thai": "thailand", "turkish": "turkey",
    "ukrainian": "ukraine", "ukrainians": "ukraine", "venezuelan": "venezuela",
    "vietnamese": "vietnam", "yemeni": "yemen", "soviet": "ussr", "turkiye": "turkey",
}  # fmt: skip
US_STATES = _table(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire "
    "jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee "
    "texas utah vermont virginia washington wisconsin wyoming dc "
)
_INSTITUTIONS = frozenset(
    {"senate", "house", "congress", "parliament", "federal", "kremlin", "whitehouse"}
)
KNOWN_PLACES = frozenset(COUNTRIES) | frozenset(_DEMONYMS.values()) | frozenset(US_STATES)
QUALIFIERS = KNOWN_PLACES | {"senate", "house", "congress", "parliament", "federal"}
# A government seat qualifies a title like its country does: "White House Chief of Staff" =
# "Chief of Staff", "Kremlin spokesman" = "spokesman" (it is not a name of its own).
_DROPPABLE = QUALIFIERS | {"kremlin", "whitehouse"}
CONJUNCTIONS = frozenset({"and", "or", "nor", "with", "between", "plus", "vs", "versus", "against"})

# Function words and frequent news words: a capitalised one at the start of a value, or in a
# title-case headline, is an ordinary word, not a name.
COMMON_WORDS = frozenset(
    _table(
        "a about above across after again against all also although always am among an and any "
        "are as at away back be because been before being below between both but by can could did "
        "do does doing down during each either else even ever every few for from further had has "
        "have having he her here hers him his how however i if in into is it its itself just last "
        "least less like many may me might more most much must my never new next no nor not now "
        "of off often on once one only or other our out over own per perhaps same she should "
        "since so some still such than that the their them then there these they this those "
        "though through thus to too under until up upon us very was we were what when where "
        "whether which while who whom whose why will with within without would yet you your act "
        "action address agreement aid allies announce announces attack bank banks bill border "
        "call calls ceasefire chief claims close conflict country crisis deal defense democrats "
        "diplomacy economy election end energy era experts forces gas goods government head hold "
        "holds house idea infrastructure issues leader leaders meeting meetings military minister "
        "nations news nuclear oil officials peace plan plans pressure president prime products "
        "report reports republicans sanctions secretary security services signals state statement "
        "strikes summit summits support supports talks tariff tariffs threat time trade troops "
        "truce war wars week weapons weakness strength world year "
    )
)
_STOPWORDS = frozenset(
    _table(
        "a an the of in on at to for by from as is are was were be been being it its that this "
        "these those and or with into over about than then there their they them he she his her "
        "we our you your i me my do does did has have had will would can could should may might "
        "must s "
    )
)

# --- tokens --------------------------------------------------------------------------------

_CONTRACTIONS = (
    (re.compile(r"\b(can)'t\b", re.I), r"\1 not"),
    (re.compile(r"\b(can)not\b", re.I), r"\1 not"),
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"\bshan't\b", re.I), "shall not"),
    (re.compile(r"(\w)n't\b", re.I), r"\1 not"),
    (re.compile(r"(\w)'ll\b", re.I), r"\1 will"),
    (re.compile(r"(\w)'re\b", re.I), r"\1 are"),
    (re.compile(r"(\w)'ve\b", re.I), r"\1 have"),
    (re.compile(r"\b(I)'m\b", re.I), r"\1 am"),
    (re.compile(r"(\w)'d\b", re.I), r"\1 would"),
    (re.compile(r"\b(it|that|there|what|who|he|she|here)'s\b", re.I), r"\1 is"),
    (re.compile(r"(\w)'s\b"), r"\1"),
    (re.compile(r"(\w)s'(?=\s|$)"), r"\1s"),
    (re.compile(r"\bper cent\b", re.I), "percent"),
    # phrases whose words mislead alone: "on hold" is paused (not held), "called off" cancelled
    (re.compile(r"\b(?:put )?on (?:hold|pause)\b", re.I), "paused"),
    (re.compile(r"\bcall(?:s|ed|ing)? off\b", re.I), "cancelled"),
    # phrases that negate what follows: "declined to attend" = "refused to attend", "has yet
    # to decide" = "has not yet decided", "unless X" = "if not X"
    (re.compile(r"\bdeclin(?:e|es|ed|ing) to\b", re.I), "refused to"),
    (re.compile(r"\byet to\b", re.I), "not yet"),
    (re.compile(r"\bunless\b", re.I), "if not"),
    # "unlikely to change" = "probably will not change" (the negation is of the verb)
    (re.compile(r"\bunlikely to\b", re.I), "probably not"),
    (re.compile(r"\blikely to\b", re.I), "probably"),
    # "St. Petersburg" = "Saint Petersburg" (not "Main St.")
    (re.compile(r"\bSt\.?\s+(?=[A-Z])"), "Saint "),
    # "Q3" = "third quarter", "H2" = "second half" (read as "3 quarter", "2 half")
    (re.compile(r"\bQ([1-4])\b"), r"\1 quarter"),
    (re.compile(r"\bH([12])\b"), r"\1 half"),
    (re.compile(r"%"), " percent "),
    (re.compile(r"(?<=\d),(?=\d{3})"), ""),
)
_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?|[^\W\d_]+", re.UNICODE)
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
_SENTENCE_END = frozenset('.!?:;"(')


# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "\u0131": "i", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)  # fmt: skip


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Irregular past forms of verbs common in news, read as their base form ("did not hold" vs
# "held" is a negation flip of the same verb).
_IRREGULAR = dict(
    pair.split(":")
    for pair in _table(
        "held:hold made:make said:say met:meet sent:send won:win lost:lose took:take gave:give "
        "went:go came:come told:tell thought:think brought:bring began:begin left:leave "
        "kept:keep sold:sell bought:buy paid:pay led:lead fought:fight struck:strike saw:see "
        "knew:know spoke:speak broke:break chose:choose fell:fall rose:rise ran:run "
        "stood:stand wrote:write got:get found:find built:build shot:shoot sought:seek "
        "meant:mean felt:feel heard:hear spent:spend withdrew:withdraw drew:draw froze:freeze "
        "became:become understood:understand forgave:forgive overtook:overtake swore:swear "
        "hid:hide stole:steal threw:throw flew:fly grew:grow"
    )
)


def stem(word: str) -> str:
    """A light suffix-stripper, enough for "supports"/"supported"/"supporting" to agree. It
    must give one stem for every form of a verb: "rule"/"ruled"/"ruling" -> "rul",
    "plan"/"planned" -> "plan", or a negation of one form is missed on the other side."""
    word = _IRREGULAR.get(word, word)
    for suffix in ("ings", "ing", "ances", "ance", "ences", "ence", "ies", "ed", "es", "al", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            if suffix in ("ed", "es") and word.endswith("e"):
                word += "e"  # "agreed", "agrees" -> "agree"
            if (
                suffix in ("ed", "ing", "ings")
                and len(word) >= 4
                and word[-1] == word[-2]
                and word[-1] not in "lsz"
                and word[-1] not in "aeiouy"
            ):
                word = word[:-1]  # "planned" -> "plan", but "called", "passed" keep theirs
            break
    if word.endswith("e") and len(word) >= 4 and not word.endswith("ee"):
        word = word[:-1]
    return word


def spelling_key(word: str) -> str:
    """First letter plus consonants: equal for transliterations and common misspellings."""
    word = strip_diacritics(word).lower()
    for old, new in (
        ("ph", "f"), ("gh", "k"), ("ck", "k"), ("c", "k"), ("q", "k"), ("w", "v"), ("x", "ks"),
        ("j", "y")
    ):  # fmt: skip
        word = word.replace(old, new)
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    rest = re.sub(r"[aeiouyh]", "", word[1:])
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return word[:1] + rest


@dataclass(frozen=True)
class Token:
    text: str  # canonical lower-case form
    capital: bool  # written with a capital
    initial: bool  # first word of the value or of a sentence in it
    known: bool  # from a known-name table (alias, country, demonym, state)


def _merge_numbers(found: list[list[object]]) -> list[list[object]]:
    """Number words as digits: "eighty-four" -> "84", "two" -> "2", "first" -> "1"."""
    out: list[list[object]] = []
    for item in found:
        word = str(item[0])
        previous = out[-1] if out else None
        ones = _UNITS.get(word, _ORDINALS.get(word, 10))
        if ones < 10 and previous is not None and previous[3] == "tens":
            # "eighty-four" = 84, "twenty-first" = 21
            previous[0] = str(int(str(previous[0])) + ones)
            previous[3] = ""
            continue
        if word in _TENS:
            out.append([str(_TENS[word]), item[1], item[2], "tens"])
        elif word in _UNITS:
            out.append([str(_UNITS[word]), item[1], item[2], ""])
        elif word in _ORDINALS:
            out.append([str(_ORDINALS[word]), item[1], item[2], ""])
        elif word in _SCALES:
            if previous is not None and str(previous[0]).isdigit() and previous[3] != "scale":
                # "five hundred" = "500", "5 million" = "5000000"
                previous[0] = str(int(str(previous[0])) * int(_SCALES[word]))
                previous[3] = "scale"
                continue
            out.append([_SCALES[word], item[1], item[2], ""])
        else:
            out.append([word, item[1], item[2], ""])
    return out


def _expand(text: str) -> str:
    text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}|\b[A-Z]\.(?=\s)")


# Month and weekday forms that are also ordinary words ("may", "march", "sun", "sat"): date
# parts only when capitalised or next to a number. Full names ("April", "Monday") always are.
_AMBIGUOUS_DATE_WORDS = frozenset(
    name for name, full in (*MONTHS.items(), *WEEKDAYS.items()) if name != full
) | {"may", "march"}


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """The canonical tokens of a short value, with what its case says about each."""
    raw = _expand(fold_keep_case(text).replace("-", " "))
    found: list[list[object]] = []
    previous_end = 0
    for match in _TOKEN.finditer(raw):
        word = match.group(0)
        between = raw[previous_end : match.start()]
        initial = not found or any(c in _SENTENCE_END for c in between)
        previous_end = match.end()
        lower = strip_diacritics(word).casefold()
        digits = _ORDINAL_DIGITS.fullmatch(lower)
        if digits:
            lower = digits.group(1)
        lower = _ABBREVIATIONS.get(lower, lower)
        found.append([lower, word[:1].isupper(), initial])
    merged = _merge_numbers(found)
    out: list[Token] = []
    index = 0
    while index < len(merged):
        phrase = alias_at([str(item[0]) for item in merged], index)
        if phrase is not None:
            canonical, size = phrase
            if canonical == ("us",) and size == 1 and not merged[index][1]:
                out.append(Token("us", False, bool(merged[index][2]), False))  # the pronoun
                index += 1
                continue
            for word in canonical:
                out.append(Token(word, True, bool(merged[index][2]), True))
            index += size
            continue
        word, capital, initial = (
            str(merged[index][0]),
            bool(merged[index][1]),
            bool(merged[index][2]),
        )
        word = _DEMONYMS.get(word, word)
        if word in _AMBIGUOUS_DATE_WORDS:
            near = [str(item[0]) for item in merged[max(index - 1, 0) : index + 2]]
            if capital or any(n.isdigit() for n in near):  # "May 9", "Oct." - not "may", "sun"
                word = MONTHS.get(word, WEEKDAYS.get(word, word))
            else:
                word = "_" + word  # the ordinary word: never a date part
        else:
            word = MONTHS.get(word, WEEKDAYS.get(word, word))
        known = word in KNOWN_PLACES or (capital and word in _INSTITUTIONS)
        out.append(Token(word, capital, initial, known))
        index += 1
    return tuple(out)


# Known spellings of one entity; the first member is the canonical form. Matching is token-level
# (longest phrase first), so "Volodymyr Zelenskyy" becomes "volodymyr zelensky" as a whole
# phrase or via its surname alone. Capitals are deliberately NOT aliases of their countries
# ("Moscow" for "Russia", "Washington" for "United States"): Summit.planned_location is a Name
# field, and a summit in Moscow is a different fact from a summit "in Russia". Gold files list
# metonyms per field as alternatives instead, where the labeller judged them right.
ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("sergei lavrov", "sergey lavrov"),
    ("sergei", "sergey"),
    ("volodymyr zelensky", "volodymyr zelenskyy", "volodymyr zelenskiy"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenski"),
    ("dmitry", "dmitri", "dmitriy"),
    ("us", "u.s.", "usa", "u.s.a.", "united states", "united states of america", "america"),
    ("uk", "u.k.", "united kingdom", "britain", "great britain"),
    ("russia", "russian federation"),
    ("kyiv", "kiev"),
    ("eu", "european union"),
    ("un", "united nations"),
    ("nato", "north atlantic treaty organization", "north atlantic treaty organisation"),
    ("turkey", "turkiye"),
    ("xi jinping", "xi"),
    # countries of more than one word, as one token: a qualifier like any other country
    # ("Busan" = "Busan, South Korea"), and "South Korea" is not "North Korea"
    ("southkorea", "south korea", "south korean", "republic of korea"),
    ("northkorea", "north korea", "north korean", "dprk"),
    ("southafrica", "south africa", "south african"),
    ("southsudan", "south sudan"),
    ("srilanka", "sri lanka", "sri lankan"),
    ("newzealand", "new zealand"),
    ("saudi", "saudi arabia"),
    ("uae", "u.a.e.", "united arab emirates"),
    ("costarica", "costa rica"),
    ("elsalvador", "el salvador"),
    ("northmacedonia", "north macedonia"),
    ("czechia", "czech republic"),
    ("dominicanrepublic", "dominican republic"),
    ("ivorycoast", "ivory coast", "cote d'ivoire"),
    ("easttimor", "east timor", "timor leste"),
    ("bosnia", "bosnia and herzegovina"),
    ("whitehouse", "white house"),
)


def _alias_table(groups: Sequence[Sequence[str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in groups:
        canonical = tuple(words(group[0]))
        for member in group:
            table[tuple(words(member))] = canonical
    return table


_ALIASES = _alias_table(ALIAS_GROUPS)
_LONGEST_ALIAS = max(len(phrase) for phrase in _ALIASES)
_ALIAS_WORDS = frozenset(word for phrase in _ALIASES.values() for word in phrase)


def alias_at(tokens: Sequence[str], index: int) -> tuple[tuple[str, ...], int] | None:
    """The canonical form of the longest alias phrase starting at ``index``, and its length."""
    for size in range(min(_LONGEST_ALIAS, len(tokens) - index), 0, -1):
        canonical = _ALIASES.get(tuple(tokens[index : index + size]))
        if canonical is not None:
            return canonical, size
    return None


def apply_aliases(tokens: Sequence[str]) -> list[str]:
    """Tokens with every known alias phrase replaced by its canonical form, longest first."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        phrase = alias_at(tokens, index)
        if phrase is None:
            out.append(tokens[index])
            index += 1
        else:
            out.extend(phrase[0])
            index += phrase[1]
    return out


def _title_case(toks: Sequence[Token]) -> bool:
    """A headline or title: most longer words capitalised, so case says little."""
    long = [t for t in toks if len(t.text) > 3 and not t.text.isdigit()]
    return len(long) >= 2 and sum(t.capital for t in long) >= 0.75 * len(long) and len(toks) > 4


def is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit()


def is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


# --- comparison ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """What a value says, split into decisive parts and the rest."""

    numbers: tuple[str, ...]
    negated: tuple[str, ...]  # the stems that a negation applies to
    contrasts: frozenset[tuple[int, int]]
    modifiers: tuple[str, ...]
    proper: tuple[str, ...]  # candidate proper nouns (decided jointly with the other side)
    words: tuple[str, ...]  # all canonical tokens
    content: tuple[str, ...]  # stemmed tokens that are not stopwords
    has_conjunction: bool


_CONTRAST_INDEX: dict[str, set[tuple[int, int]]] = {}
for _scale, _values in enumerate(_CONTRASTS):
    for _value, _synonyms in enumerate(_values):
        for _word in _synonyms:
            _CONTRAST_INDEX.setdefault(_word, set()).add((_scale, _value))
            _CONTRAST_INDEX.setdefault(stem(_word), set()).add((_scale, _value))
_NEGATIVE_STEMS = {stem(k): stem(v) for k, v in _NEGATIVE_WORDS.items()} | {
    k: stem(v) for k, v in _NEGATIVE_WORDS.items()
}
_POSITIVE_STEMS = {stem(k): stem(v) for k, v in _POSITIVE_SYNONYMS.items()}


@lru_cache(maxsize=16384)
def read(text: str, name: bool = False) -> Reading:
    """Decisive parts of one value; ``name`` reads it as a name (Name comparator)."""
    toks = tokens(text)
    title_case = _title_case(toks)
    has_case = any(t.capital for t in toks) and not all(
        t.capital for t in toks if not t.text.isdigit()
    )
    # A bare title ("National Security Adviser", "Deputy Foreign Minister"): capitals are a
    # style choice there, not names (a country or other known name in it still counts).
    bare_title = not name and all(
        t.text in TITLE_WORDS or t.text in _STOPWORDS or t.known for t in toks
    )
    numbers: list[str] = []
    negated: list[str] = []
    pending = False  # a negator waits for the next content word
    contrasts: set[tuple[int, int]] = set()
    modifiers: list[str] = []
    proper: list[str] = []
    content: list[str] = []
    for tok in toks:
        word = tok.text
        if is_number(word):
            numbers.append(word)
            content.append(word)
            if pending:
                negated.append(word)
                pending = False
            continue
        if word in NEGATORS or word in _NEGATING_VERBS:
            pending = True
            continue
        stemmed = stem(word)
        if word in _NEGATIVE_WORDS or stemmed in _NEGATIVE_STEMS:
            stemmed = _NEGATIVE_STEMS.get(stemmed) or stem(_NEGATIVE_WORDS[word])
            negated.append(_POSITIVE_STEMS.get(stemmed, stemmed))
        elif pending and word not in _STOPWORDS and word not in _NEGATION_TRANSPARENT:
            negated.append(_POSITIVE_STEMS.get(stemmed, stemmed))
        if word not in _STOPWORDS and word not in _NEGATION_TRANSPARENT:
            pending = False
        stemmed = _POSITIVE_STEMS.get(stemmed, stemmed)
        contrasts.update(_CONTRAST_INDEX.get(word) or _CONTRAST_INDEX.get(stemmed) or ())
        if (word in TITLE_MODIFIERS and not name) or word in NAME_SUFFIXES:
            modifiers.append(word)
        if word in MONTH_NUMBER or word in WEEKDAYS.values():
            numbers.append(word)
            content.append(word)
            continue
        if _proper_candidate(tok, name, title_case, has_case) and not (
            bare_title and not tok.known
        ):
            proper.append(word)
        if word not in _STOPWORDS:
            content.append(stemmed)
    words = tuple(t.text for t in toks)
    return Reading(
        numbers=tuple(numbers),
        negated=tuple(negated),
        contrasts=frozenset(contrasts),
        modifiers=tuple(modifiers),
        proper=tuple(proper),
        words=words,
        content=tuple(content),
        has_conjunction=any(w in CONJUNCTIONS for w in words),
    )


def _proper_candidate(tok: Token, name: bool, title_case: bool, has_case: bool) -> bool:
    word = tok.text
    if word in _STOPWORDS or word in CONJUNCTIONS or word in NEGATORS:
        return False
    if tok.known:
        return True
    if name:
        if word in TITLE_WORDS or word in GENERIC or stem(word) in GENERIC:
            return False
        return tok.capital or not has_case
    if not tok.capital:
        return False
    if len(word) > 1 and word in GENERIC:
        return False
    if title_case or tok.initial:
        return word not in COMMON_WORDS and stem(word) not in COMMON_WORDS
    return True


_NICKNAMES = dict(
    pair.split(":")
    for pair in _table(
        "mike:michael bill:william will:william bob:robert rob:robert jim:james jimmy:james "
        "joe:joseph steve:steven stephen:steven tom:thomas dan:daniel dave:david "
        "chris:christopher alex:alexander nick:nicholas tony:anthony ben:benjamin "
        "sam:samuel matt:matthew andy:andrew pete:peter ed:edward rick:richard dick:richard "
        "don:donald liz:elizabeth kate:katherine kathy:katherine jon:jonathan vlad:vladimir"
    )
)


def same_proper(left: str, right: str) -> bool:
    """Two proper-noun tokens name the same thing: equal, a nickname of the same first name
    ("Mike"/"Michael"), or (names outside the known tables) equal spelling keys, or one a
    short form of the other ("Steve"/"Steven")."""
    if left == right or _NICKNAMES.get(left, left) == _NICKNAMES.get(right, right):
        return True
    if left in KNOWN_PLACES and right in KNOWN_PLACES:
        return False
    if min(len(left), len(right)) < 3:
        return False
    if _gendered_pair(left, right):
        return False
    if spelling_key(left) == spelling_key(right) and (
        fuzz.ratio(left, right) >= 70 or sorted(left) == sorted(right)
    ):
        return True
    short, long = sorted((left, right), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) == 1


def _gendered_pair(left: str, right: str) -> bool:
    """The feminine and masculine forms of one name are two people: "Giorgia"/"Giorgio",
    "Alexandra"/"Alexander", "Zakharova"/"Zakharov": exactly one ends in "a", and without
    that "a" it is the other, or the other with its "o" off, or spelt the same."""
    if (left.endswith("a")) == (right.endswith("a")):
        return False
    fem, masc = (left, right) if left.endswith("a") else (right, left)
    base = fem[:-1]
    if len(base) < 3:
        return False
    if masc[-1] in "aeiouy":  # "Giorgio", "Mario"; not a misspelt vowel ("Sandu"/"Sanda")
        return masc[-1] == "o" and masc[:-1] == base
    return masc == base or spelling_key(masc) == spelling_key(base)


def same_spelling(left: str, right: str) -> bool:
    """Two words that are one word spelt two ways (a typo, a transliteration)."""
    return (
        min(len(left), len(right)) >= 4
        and spelling_key(left) == spelling_key(right)
        and fuzz.ratio(left, right) >= 70
    )


def _pair_off(
    left: list[str], right: list[str], same: object = None
) -> tuple[list[str], list[str]]:
    """Remove tokens that pair up one to one; return what is left on each side."""
    rest_right = list(right)
    rest_left: list[str] = []
    for word in left:
        for index, other in enumerate(rest_right):
            if word == other or (same is not None and same_proper(word, other)):
                del rest_right[index]
                break
        else:
            rest_left.append(word)
    return rest_left, rest_right


@dataclass(frozen=True)
class Verdict:
    """The decisive comparison of two values: ``clash`` names the first decisive difference
    (None when there is none); ``dropped`` are tolerated one-sided tokens (qualifiers, a
    missing year) to leave out of the similarity that decides next."""

    clash: str | None
    dropped: frozenset[str]


@lru_cache(maxsize=16384)
def compare(
    gold: str,
    pred: str,
    *,
    name: bool = False,
    partial_years: bool = False,
    numbers: bool = True,
    omissions: bool = False,
) -> Verdict:
    """Decide whether two values differ in a decisive token (see the module docstring).
    ``numbers=False`` leaves numbers, days, months and years to the caller (dates by parts).
    ``omissions``: a paraphrase may leave out proper nouns the other side states (it is less
    specific, not contradictory) as long as it names none the other side lacks."""
    left, right = read(gold, name), read(pred, name)
    dropped: set[str] = set()
    if not numbers:
        return _compare_words(left, right, name, dropped, omissions)
    # numbers, years, days, months
    lnum, rnum = _pair_off(list(left.numbers), list(right.numbers))
    if partial_years and _only_years(lnum, rnum, right):
        dropped.update(lnum)
        lnum = []
    if partial_years and _only_years(rnum, lnum, left):
        dropped.update(rnum)
        rnum = []
    if lnum or rnum:
        return Verdict(f"number {lnum} vs {rnum}", frozenset())
    return _compare_words(left, right, name, dropped, omissions)


def _only_years(rest: list[str], other_rest: list[str], other: Reading) -> bool:
    """One side's leftover numbers are years, and the other side states no year at all."""
    return (
        bool(rest)
        and not other_rest
        and all(is_year(n) for n in rest)
        and not any(is_year(n) for n in other.numbers)
    )


def _compare_words(
    left: Reading, right: Reading, name: bool, dropped: set[str], omissions: bool = False
) -> Verdict:
    """Negation, contrasts, title modifiers and proper nouns (numbers are done)."""
    lneg, rneg = Counter(left.negated), Counter(right.negated)
    for head in lneg.keys() | rneg.keys():
        if lneg[head] != rneg[head] and head in left.content and head in right.content:
            return Verdict(f"negation of {head!r}", frozenset())
    if _prefix_negation(left, right):
        return Verdict("negation prefix", frozenset())
    for scale in {s for s, _ in left.contrasts} & {s for s, _ in right.contrasts}:
        lv = {v for s, v in left.contrasts if s == scale}
        rv = {v for s, v in right.contrasts if s == scale}
        if lv - rv and rv - lv:
            return Verdict("contrast", frozenset())
    if sorted(left.modifiers) != sorted(right.modifiers):
        return Verdict(f"title modifier {left.modifiers} vs {right.modifiers}", frozenset())
    # proper nouns: a token proper on either side is proper on both
    candidates = set(left.proper) | set(right.proper)
    lprop = [w for w in left.words if w in candidates and w not in _STOPWORDS]
    rprop = [w for w in right.words if w in candidates and w not in _STOPWORDS]
    lrest, rrest = _pair_off(lprop, rprop, same_proper)
    if name:  # a middle initial that one side leaves out
        lrest = [w for w in lrest if len(w) > 1 or rrest]
        rrest = [w for w in rrest if len(w) > 1 or lrest]
    for rest, other, reading in ((lrest, rrest, left), (rrest, lrest, right)):
        if (
            rest
            and not other
            and not reading.has_conjunction
            and all(w in _DROPPABLE for w in rest)
        ):
            dropped.update(rest)
            rest.clear()
    if (lrest or rrest) and not (omissions and not (lrest and rrest)):
        return Verdict(f"proper noun {lrest} vs {rrest}", frozenset())
    return Verdict(None, frozenset(dropped))


def _prefix_negation(left: Reading, right: Reading) -> bool:
    """ "productive" vs "unproductive", "legal" vs "illegal": a negating prefix on one side,
    unless the other side negates the bare word itself ("not necessary" = "unnecessary")."""
    lset, rset = set(left.words), set(right.words)
    for mine, others, other in (
        (lset - rset, rset - lset, right),
        (rset - lset, lset - rset, left),
    ):
        for word in mine:
            for prefix in _NEGATING_PREFIXES:
                root = word[len(prefix) :]
                if word.startswith(prefix) and root in others and stem(root) not in other.negated:
                    return True
    return False


# --- acronyms --------------------------------------------------------------------------------

_ACRONYM_WORD = re.compile(r"\b([A-Z]{2,8})s?\b")
_SPELLED_WORD = re.compile(r"[^\W\d_]+(?:'s)?")
# Function words an acronym may leave out ("REPO" = "Rebuilding Economic Prosperity and
# Opportunity") or keep ("CAATSA" = "Countering America's Adversaries Through Sanctions Act").
_ACRONYM_SKIPPABLE = frozenset(_table("and of for the on in to a"))


def _spelled_run(acronym: str, text: str) -> tuple[int, int] | None:
    """The span of a run of words in ``text`` whose initials spell ``acronym`` (function words
    may be skipped inside it); words must be capitalised unless ``text`` has no capitals."""
    found = list(_SPELLED_WORD.finditer(text))
    lowered = not any(c.isupper() for c in text)
    letters = acronym.lower()

    def initial(index: int, letter: str) -> bool:
        word = found[index].group(0)
        return word[0].lower() == letter and (lowered or word[0].isupper())

    def end(index: int, at: int) -> int | None:
        """Word index after the run that spells ``letters[at:]`` from word ``index``."""
        if at == len(letters):
            return index
        if index == len(found):
            return None
        if initial(index, letters[at]):
            done = end(index + 1, at + 1)
            if done is not None:
                return done
        if at > 0 and found[index].group(0).lower() in _ACRONYM_SKIPPABLE:
            return end(index + 1, at)
        return None

    for start in range(len(found)):
        if initial(start, letters[0]):
            stop = end(start, 0)
            if stop is not None:
                return found[start].start(), found[stop - 1].end()
    return None


@lru_cache(maxsize=16384)
def spell_out_acronyms(text: str, other: str) -> str:
    """``text`` with every run of words that spells an acronym written in ``other`` replaced by
    that acronym, so that "International Monetary Fund" and "IMF", "Executive Order 14024" and
    "EO 14024", "Prime Minister" and "PM" read alike. Only the words an acronym's letters stand
    for are replaced: anything else in the value (a number, a year, another name) still
    decides. Acronyms of the alias table (US, UK, EU, UN) are left to it."""
    for match in _ACRONYM_WORD.finditer(other):
        acronym = match.group(1)
        lower = acronym.lower()
        if lower in _ALIAS_WORDS or re.search(rf"\b{acronym}", text, re.I):
            continue
        span = _spelled_run(acronym, text)
        if span is not None:
            text = text[: span[0]] + acronym + text[span[1] :]
    return text


def content_words(text: str, name: bool, drop: Iterable[str] = ()) -> list[str]:
    """The stemmed non-stopword tokens of a value, less tolerated one-sided tokens."""
    dropped = {stem(word) for word in drop} | set(drop)
    return [w for w in read(text, name).content if w not in dropped]


def content_counter(text: str, name: bool, drop: Iterable[str] = ()) -> Counter[str]:
    return Counter(content_words(text, name, drop))


__all__ = [
    "ALIAS_GROUPS",
    "COMMON_WORDS",
    "GENERIC",
    "MONTH_NUMBER",
    "QUALIFIERS",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "Reading",
    "Token",
    "Verdict",
    "alias_at",
    "apply_aliases",
    "compare",
    "content_counter",
    "content_words",
    "read",
    "same_proper",
    "same_spelling",
    "spell_out_acronyms",
    "spelling_key",
    "stem",
    "tokens",
]
