"""The words that decide a comparison by what they mean: negators and words that mean "not X",
scales of mutually exclusive values (buy/sell, rise/fall, last/this/next), title modifiers and
title words, generic nouns, spelling variants of role words, conjunctions and common words.

They are data, kept apart from the code that reads them (:mod:`.reading`) so that a new
contrast or title word is a one-line change here. Number words, months, weekdays and stop
words are not here: they are shared with grounding, in :mod:`summarizer.text.vocabulary`.
"""

from __future__ import annotations

NEGATORS = frozenset(
    {"not", "no", "never", "none", "nor", "neither", "nothing", "nobody", "without"}
)
# Words that negate what follows them, like "not": "refuses to accept" = "does not accept".
NEGATING_VERBS = frozenset(
    str.split("refuse refuses refused refusing refusal unwilling unable fail fails failed failing")
)
# Words that state "not X": they read as a negation plus X, so "rejects" = "does not accept".
NEGATIVE_WORDS = {
    "reject": "accept", "rejection": "accept", "oppose": "support", "opposition": "support",
    "disagree": "accept", "deny": "confirm", "denial": "confirm", "ban": "allow",
    "prohibit": "allow", "forbid": "allow", "illegal": "legal", "impossible": "possible",
    "unnecessary": "necessary", "unproductive": "productive", "unlikely": "likely",
}  # fmt: skip
POSITIVE_SYNONYMS = {
    "acceptance": "accept", "backing": "support", "back": "support", "willing": "accept",
    "agree": "accept", "agreed": "accept", "agrees": "accept",
}  # fmt: skip
# Adverbs between a negation and the word it negates: "has not yet decided" negates "decide".
NEGATION_TRANSPARENT = frozenset(str.split("yet still even ever really necessarily fully quite"))
NEGATING_PREFIXES = ("un", "non", "dis", "in", "im", "il", "ir")

# Mutually exclusive values of one scale; each value is a set of synonyms.
CONTRASTS: tuple[tuple[tuple[str, ...], ...], ...] = (
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
ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "amb": "ambassador", "pres": "president", "dept": "department", "defence": "defense",
    "secy": "secretary", "sec": "secretary", "admin": "administration",
    # one role word whatever its spelling or gender
    "advisor": "adviser", "advisors": "advisers", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "spokesmen": "spokespeople", "spokeswomen": "spokespeople",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chairmen": "chairs",
    "chairwomen": "chairs",
}  # fmt: skip
CONJUNCTIONS = frozenset({"and", "or", "nor", "with", "between", "plus", "vs", "versus", "against"})

# Function words and frequent news words: a capitalised one at the start of a value, or in a
# title-case headline, is an ordinary word, not a name.
COMMON_WORDS = frozenset(
    str.split(
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
