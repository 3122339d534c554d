from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.redact import MASK, redact

KEY = "sk-proj-" + "A1b2" * 10


def test_known_shapes_are_masked() -> None:
    token = "abcdefgh" + "12345"
    text = f"key {KEY} then Bearer {token} and org-ABCDEFGH1234 and proj_ABCDEFGH1234"
    out = redact(text)
    assert KEY not in out and token not in out
    assert "org-ABCDEFGH1234" not in out and "proj_ABCDEFGH1234" not in out
    assert out.count(MASK) == 4
    assert redact("BEARER ABCDEFGHIJKL") == MASK


def test_known_secret_of_any_shape_is_masked() -> None:
    azure = "0123456789abcdef0123456789abcdef"
    assert redact(f"api-key={azure}", [azure, None, ""]) == f"api-key={MASK}"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_a_key_anywhere_never_survives(before: str, after: str) -> None:
    assert KEY not in redact(before + KEY + after)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="-_"), max_size=80))
def test_text_without_secrets_is_unchanged(text: str) -> None:
    assert redact(text) == text
