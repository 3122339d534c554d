from __future__ import annotations

import io
from pathlib import Path

import pytest

from summarizer.articles import (
    article_from_text,
    expand_paths,
    html_to_text,
    load_article,
    normalise_text,
)
from summarizer.errors import InputError

from .conftest import SEED_FILES


def test_seeds_load_with_stable_ids() -> None:
    ids = {load_article(p).id for p in SEED_FILES}
    assert ids == {"fd6059d6d97c3021", "f9d800ded702b085", "a2b2248e483936df"}


def test_seed_crumbs_and_repeated_headline_are_kept_as_text() -> None:
    article = load_article(SEED_FILES[0])
    assert article.text.startswith("- Conservative Fix\n- Posts\n")
    assert article.text.count("Second Trump-Putin Summit on Hold") == 2


def test_bom_and_crlf_give_the_same_article(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes(b"Line one\nLine two\n")
    windows = tmp_path / "b.txt"
    windows.write_bytes("\ufeffLine one\r\nLine two\r\n".encode())
    assert load_article(plain).id == load_article(windows).id
    assert load_article(windows).text == "Line one\nLine two"


def test_html_is_reduced_to_visible_text() -> None:
    page = (
        "<!doctype html><html><head><title>T</title><style>p{}</style>"
        '<meta property="article:published_time" content="2025-10-22T10:00:00Z"></head>'
        "<body><nav>Home | World</nav><h1>Summit on hold</h1><p>Trump &amp; Putin "
        "won&#8217;t meet.</p><script>var x=1;</script></body></html>"
    )
    article = article_from_text(page)
    assert "Summit on hold" in article.text
    assert "Trump & Putin won\u2019t meet." in article.text
    assert "var x" not in article.text and "Home | World" not in article.text
    assert article.metadata["article:published_time"].startswith("2025-10-22")
    assert html_to_text("<p>a</p><p>b</p>")[0].split() == ["a", "b"]


def test_normalise_collapses_blank_runs_and_trailing_space() -> None:
    assert normalise_text("a  \n\n\n\nb\n\n") == "a\n\nb"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty article"),
        (b"   \n\t\n", "empty article"),
        (b"\xef\xbb\xbf  \r\n", "empty article"),
        (b"PK\x03\x04\x00\x00binary", "binary file"),
        ("café".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_are_refused_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_article(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_article(tmp_path)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"Piped article text.\n")

    monkeypatch.setattr("sys.stdin", FakeStdin())
    article = load_article("-")
    assert article.source == "<stdin>"
    assert article.text == "Piped article text."


def test_expand_folder_glob_and_errors(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "skip.bin").write_text("x")
    assert list(expand_paths([str(tmp_path)])) == [str(tmp_path / "a.md"), str(tmp_path / "b.txt")]
    assert list(expand_paths([str(tmp_path / "*.txt")])) == [str(tmp_path / "b.txt")]
    with pytest.raises(InputError, match="matches no files"):
        list(expand_paths([str(tmp_path / "*.html")]))
    with pytest.raises(InputError, match="no such file"):
        list(expand_paths([str(tmp_path / "nope.txt")]))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="holds no article files"):
        list(expand_paths([str(empty)]))
