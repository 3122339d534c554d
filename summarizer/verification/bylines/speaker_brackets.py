"""A speaker's bracketed name is no agency credit (session 59, false-alarm writer md59), for
:func:`summarizer.verification.bylines.metadata.support_outlet`, which takes a name right after
"(" for the outlet of a dateline's "(Reuters)".

A transcript labels its turns "HOST (Nell Osei):", "GUEST (Bram Kettering):": a role, the
speaker's name in brackets and a colon. The name is a person speaking, not the publisher. A
dateline's "BHOPAL, October 5 (Satpura Newsline):" keeps its colon too, and still credits its
agency: only a role word opening the line makes the bracket a speaker's.
"""

from __future__ import annotations

import re

# "HOST (Nell Osei): ...": a speaker's role, the bracketed name and a colon; no outlet. A
# dateline's "BHOPAL, October 5 (Satpura Newsline):" credits its agency, as "(Reuters)" does.
_ROLE_OPEN = re.compile(
    r"(?:^|\n)\s*(?:host|guest|anchor|presenter|reporter|correspondent|interviewer|moderator|"
    r"chair|caller|analyst|panell?ist|speaker)\s*\($",
    re.IGNORECASE,
)
_TURN_LABEL = re.compile(r"\)\s*:")


def speaker_bracket(text: str, start: int, end: int) -> bool:
    """Whether the bracketed name at ``text[start:end]`` is a speaker's, after a role."""
    return bool(_TURN_LABEL.match(text, end)) and bool(
        _ROLE_OPEN.search(text, max(start - 40, 0), start)
    )
