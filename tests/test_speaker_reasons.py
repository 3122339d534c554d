"""A quote's "someone other" flag says how the other speaker was read: named in the quote's own
sentence, or read back through a pronoun or a description to an earlier sentence. On pages no
rule had seen (outside checks 61 and 62) the read-back ones were wrong more often than right
(21 false alarms, 15 catches; named: 9 and 28), so a reader of the report must be able to tell
them apart. (A description's flag already names whom the page gives it.)"""

from __future__ import annotations

import pytest

from tests.grounding_cases import report_for

NAMED = "named"
READ_BACK = "read back"
DESCRIBED = "described"

CASES = [
    # the quote's own sentence names someone else
    ('"We will not sign this text," said Amira Haddad, the trade minister.', "Omar Saleh", NAMED),
    ('Amira Haddad, the trade minister, told reporters: "We will not sign this text."',
     "Omar Saleh", NAMED),
    ('"We will not sign this text," Haddad said on Friday.', "Omar Saleh", NAMED),
    # read back through a pronoun to the sentence before
    ('Omar Saleh met Amira Haddad on Thursday. Mr. Saleh left early.\n\n'
     'Later Haddad spoke to the press. "We will not sign this text," she said.',
     "Omar Saleh", READ_BACK),
    ('Mayor Eric Dunn criticised council leader Ada Price on Monday. He said her budget was '
     '"built on sand".', "Ada Price", READ_BACK),
    # a description the page gives someone else says whom it names
    ('Omar Saleh, the envoy, met Amira Haddad, the trade minister, on Thursday. '
     '"We will not sign this text," the minister said.', "Omar Saleh", DESCRIBED),
]  # fmt: skip


def _reason(text: str, speaker: str) -> str:
    quote = text.split('"')[1]
    facts = {"quotes": [{"text": quote, "speaker": speaker, "evidence": [text.split("\n")[-1]]}]}
    report, _ = report_for({"text": text, "facts": facts})
    flags = [c for c in report.support if c.path == "quotes[0].speaker" and not c.supported]
    assert flags, f"{speaker!r} was not flagged"
    return flags[0].reason


@pytest.mark.parametrize(("text", "speaker", "how"), CASES)
def test_the_reason_says_whether_the_other_speaker_was_named_or_read_back(
    text: str, speaker: str, how: str
) -> None:
    reason = _reason(text, speaker)
    if how == NAMED:
        assert reason.startswith("the article attributes this quote to someone other than")
    elif how == DESCRIBED:
        assert reason == "the article names 'Amira Haddad' as the minister, who said this"
    else:
        assert reason.startswith("the quote's pronoun or description is read back to someone")
