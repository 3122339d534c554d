from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.storage.redact import MASK, redact
from tests.conftest import examples

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


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_a_key_anywhere_never_survives(before: str, after: str) -> None:
    assert KEY not in redact(before + KEY + after)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="-_"), max_size=80))
def test_text_without_secrets_is_unchanged(text: str) -> None:
    assert redact(text) == text


@settings(max_examples=examples(300), deadline=None)
@given(
    st.text(max_size=40),
    st.text(max_size=40),
    st.lists(st.booleans(), min_size=6, max_size=6),
    st.sampled_from(["sk-", "org-", "proj_"]),
)
def test_prefilter_on_bytes_finds_every_shape_in_any_text(
    before: str, after: str, upper: list[bool], prefix: str
) -> None:
    """The cheap pre-check runs on lowercased UTF-8 bytes (non-ASCII text around the secret,
    surrogates included, and "bearer" in any case) and must never skip what the patterns
    would mask."""
    bearer = "".join(c.upper() if up else c for c, up in zip("bearer", upper, strict=True))
    token = "Zq9" + "x" * 10
    for secret in (f"{bearer} {token}", f"{prefix}{'A1b2' * 4}"):
        text = f"{before} \u201c{secret}\u201d \ud800 {after}"
        out = redact(text)
        assert token not in out and "A1b2A1b2A1b2A1b2" not in out
