from __future__ import annotations

import glob
import io
import os
from pathlib import Path
from typing import Any

import pytest

from summarizer.articles import (
    MAX_ARTICLE_BYTES,
    article_from_text,
    expand_paths,
    html_to_text,
    load_article,
    normalise_text,
)
from summarizer.errors import InputError
from summarizer.run.outcomes import Failed
from summarizer.run.plan import input_items
from tests.conftest import SEED_FILES


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


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block until a writer came
    with pytest.raises(InputError, match=r"pipe\.txt: a named pipe \(FIFO\), not an article"):
        load_article(fifo)
    with pytest.raises(InputError, match="/dev/zero: a character device, not an article"):
        load_article("/dev/zero")


def test_an_article_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_ARTICLE_BYTES // 5) + b"x")
    with pytest.raises(InputError) as info:
        load_article(path)
    assert str(info.value) == (
        f"{path}: {MAX_ARTICLE_BYTES + 1} bytes is over the 5 MB limit for one article"
    )
    path.write_bytes(b"word " * (MAX_ARTICLE_BYTES // 5))
    assert load_article(path).text.startswith("word word")  # the cap itself is allowed


def test_stdin_over_the_size_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class EndlessStdin:
        buffer = io.BytesIO(b"a" * (MAX_ARTICLE_BYTES + 10))

    monkeypatch.setattr("sys.stdin", EndlessStdin())
    with pytest.raises(InputError, match=r"<stdin>: more than 5 MB is over the 5 MB limit"):
        load_article("-")


def test_a_symlink_loop_names_each_article_once(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.txt").write_text("story")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")  # news/loop/loop/... forever
    (tmp_path / "alias.txt").symlink_to(tmp_path / "news" / "story.txt")
    assert len(glob.glob(str(tmp_path / "news" / "**" / "*.txt"), recursive=True)) > 5
    found = list(expand_paths([str(tmp_path / "news" / "**" / "*.txt"), str(tmp_path)]))
    assert found == [str(tmp_path / "news" / "story.txt")]
    items = input_items([str(tmp_path / "news" / "**" / "*.txt"), str(tmp_path / "alias.txt")])
    assert items == [tmp_path / "news" / "story.txt"]


def test_an_unreadable_subfolder_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok.txt").write_text("fine")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("never read")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:  # chmod 000 does not stop root, so simulate it
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = input_items([str(tmp_path)])
    assert items[1:] == [tmp_path / "ok.txt"]
    failed = items[0]
    assert isinstance(failed, Failed) and failed.source == str(locked)
    assert str(failed.error) == f"{locked}: cannot read folder (Permission denied)"
    with pytest.raises(InputError, match="cannot read folder"):
        list(expand_paths([str(tmp_path)]))
    pattern = str(tmp_path / "**" / "*.txt")
    items = input_items([pattern])
    assert items[1:] == [tmp_path / "ok.txt"]
    assert isinstance(items[0], Failed) and items[0].source == str(locked)
