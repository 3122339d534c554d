"""The words that mark speech around a quotation: speech verbs ("said", "tweeted"), nouns for
what was said ("statement", "reply"), verbs that hand a statement over ("issued the following
statement:"), and how far after a quote its verb may stand. Kept apart from the clause reading
in :mod:`summarizer.verification.clauses`, which uses them."""

from __future__ import annotations

from summarizer.verification.tokens import Token, word_set

SPEECH_VERBS = word_set(
    """said say says saying told tell tells telling wrote write writes writing stated stating
    added adds adding asked asks noted notes noting posted tweeted declared declares warned
    warns warning argued argues insisted insists explained explains replied remarked commented
    claimed claims urged urges urging emphasized emphasised emphasizing emphasising stressed
    stresses acknowledged conceded hinted suggested described describes recalled predicted
    announced announces continued concluded according quipped responded confirmed confirms
    cautioned contended observed threatened threatening threatens vowed vowing called calling
    calls dubbed termed labeled labelled agreed answered countered retorted joked dismissed
    reported reports denied denies indicated indicates underlined underscored reiterated
    affirmed assured admitted pledged promised signalled signaled highlighted mentioned
    complained lamented maintained alleged add warn insist explain describe urge declare
    stress reiterate"""
)

# Nouns for what someone said: "Rubio's summary:", "in the Kremlin's word,", "In its words,".
SPEECH_NOUNS = word_set(
    """word words summary verdict reply answer response message comment quip statement view
    take assessment warning retort phrase description characterisation characterization hope
    case plea pitch argument position"""
)

# How far after a closing quote the speech verb may stand: 8 words, 16 when a comma opens an
# aside in the first 8 ('"...," Jo Rae, a Democrat and one of its sponsors, said'; check 18).
NEAR_WORDS, TAIL_WORDS = 8, 16
# "X issued the following statement:": a verb that hands over a statement, before a colon.
ISSUING = word_set("issued issues released releases gave gives delivered made posted published")


def aside_opens(tokens: list[Token], text: str) -> bool:
    """A comma between two of the tokens: an aside opens."""
    return any("," in text[tokens[i - 1].end : tokens[i].start] for i in range(1, len(tokens)))


def issuing_verb(clause: list[Token], text: str) -> list[int]:
    """The verb of "issued the following (responsive) statement:" ending the clause at a colon."""
    end = clause[-1]
    if end.norm not in SPEECH_NOUNS or ":" not in text[end.end : end.end + 2]:
        return []
    return [i for i, token in enumerate(clause[:-1]) if token.norm in ISSUING][-1:]


def released_by(clause: list[Token], text: str) -> int | None:
    """ "in a statement released by the office of President X:": the index of "by" after a
    statement noun and an issuing verb, in a clause ending at a colon; whoever is named after
    it (through "the office of") speaks."""
    end = clause[-1]
    if ":" not in text[end.end : end.end + 2]:
        return None
    for index in range(len(clause) - 3):
        if (
            clause[index].norm in SPEECH_NOUNS
            and clause[index + 1].norm in ISSUING
            and clause[index + 2].norm == "by"
        ):
            return index + 2
    return None
