"""Reading articles from files, folders, globs and stdin into normalised ``Article`` values.

The article id is a hash of the normalised text, not of the file name, so the same article under
another name (or piped on stdin) maps to the same cache entry and cassette.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import html
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from summarizer.errors import InputError
from summarizer.text import html_extract
from summarizer.text.saved import read_saved

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_ARTICLE_BYTES = 5_000_000
"""The largest article file (or stdin) read: 5 MB. A long news article is ~50 KB and a saved
page with inline scripts a few MB; anything larger is not one article, and reading it whole
(``/dev/zero`` never ends) would exhaust memory before the prompt refused it anyway."""


@dataclass(frozen=True)
class Article:
    """One article's text, ready for the prompt, and where it came from."""

    id: str
    text: str
    source: str
    metadata: dict[str, str] = field(default_factory=dict)
    captions: tuple[str, ...] = ()  # photo captions and credits, kept out of the text


def article_id(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class _TextExtractor(HTMLParser):
    """Keeps visible text, drops script/style/nav chrome, and breaks lines at block elements."""

    _SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "svg",
    }
    _BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "article",
        "section",
        "blockquote",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "meta":
            values = dict(attrs)
            key = values.get("property") or values.get("name") or ""
            if key in {"article:published_time", "og:site_name", "author"} and values.get(
                "content"
            ):
                self.meta[key] = values["content"] or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page, one block per line, plus a few useful <meta> values."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    return text, parser.meta


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(p|div|article|body|h1)[\s>]", head)
    )


def normalise_text(text: str) -> str:
    """One canonical form for hashing and grounding: no BOM, LF line ends, no trailing spaces,
    at most one blank line in a row, no blank lines at either end. Characters are otherwise kept
    as they are (typographic quotes included) so evidence offsets point into what the user has."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    if "\n\n\n" in text:  # the substitution alone scans ~30 us per article even when idle
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ")


def repair_text(text: str) -> str:
    """``text`` with mojibake undone (UTF-8 read as Windows-1252 or Latin-1: an apostrophe
    shown as three characters, an accented letter as two), by ftfy: a passage copied from the
    real article would never be found in the garbled one. Only encoding repairs are applied:
    quotes, ligatures, widths, line breaks and Unicode normalisation are left as they are, so
    clean text (and its article id) is unchanged."""
    if text.isascii() or _surely_clean(text):
        return text
    import ftfy

    return ftfy.fix_text(text, _repair_config())


#: Non-ASCII characters news text is full of (curly quotes, dashes, the ellipsis, no-break and
#: thin spaces, guillemets, the bullet, primes) that cannot make ftfy's mojibake pattern match
#: on their own: each of its branches needs a character outside this set (a test reads that
#: off the pattern). Text whose only non-ASCII characters are these is clean without ftfy
#: (whose import alone compiles that pattern: ~0.1 s).
TYPOGRAPHIC = (
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00a0\u2009\u202f\u00ab\u00bb"
    "\u2022\u2032\u2033"
)
_UNTYPOGRAPHIC = re.compile(f"[^\\x00-\\x7f{TYPOGRAPHIC}]")
#: The longest match of ftfy's mojibake pattern (``ftfy.badness.BADNESS_RE``), in characters;
#: a test reads it off the pattern itself, so an ftfy release that lengthens it fails there.
BADNESS_REACH = 7
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _surely_clean(text: str) -> bool:
    """True only when ftfy, with :func:`_repair_config`, would return ``text`` unchanged;
    False says nothing (ftfy then decides). Why it holds: with that config ftfy changes a line
    only when it holds C1 controls or surrogates, or when its mojibake pattern
    (``BADNESS_RE``, which also matches any C1 control) matches somewhere in the line; every
    match of that pattern holds a non-ASCII character and is at most :data:`BADNESS_REACH`
    characters long, so it lies within that many characters of a run of non-ASCII characters,
    inside one line. Searching those windows (cut at line ends, so that the pattern's ``^``
    can match where a line starts) instead of whole lines is what saves the time: ftfy's
    pattern costs about 2 us per character, and a news article's non-ASCII characters are a
    few quotes and dashes (``tests/test_repair_precheck.py`` proves it against ftfy). Text
    whose only non-ASCII characters are :data:`TYPOGRAPHIC` needs no search at all."""
    if _UNTYPOGRAPHIC.search(text) is None:
        return True
    if len(text) > 1_000_000 or _SURROGATE.search(text):
        return False  # ftfy also cuts lines longer than its max_decode_length (1,000,000)
    from ftfy.badness import BADNESS_RE

    reach = BADNESS_REACH - 1
    start = end = 0  # the window being gathered: runs closer than 2 x reach share one
    for run in _NON_ASCII.finditer(text):
        lo, hi = run.span()
        lo = max(0, lo - reach, text.rfind("\n", max(0, lo - reach), lo) + 1)
        newline = text.find("\n", hi, hi + reach)
        hi = min(len(text), hi + reach) if newline < 0 else newline + 1
        if lo < end:  # overlaps the window, so on the same line: extend it
            end = hi
            continue
        if end and BADNESS_RE.search(text[start:end]):
            return False
        start, end = lo, hi
    return not (end and BADNESS_RE.search(text[start:end]))


@functools.cache
def _repair_config() -> TextFixerConfig:
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM) or a clear error: binary and other encodings are refused,
    because a wrong guess would feed the model mojibake and ground nothing."""
    if not data.strip():
        raise InputError(f"{source}: empty article")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not UTF-8 text (invalid byte at position {exc.start}); "
            "convert it with e.g. `iconv -t utf-8`"
        ) from None
    if not text.strip():
        raise InputError(f"{source}: empty article")
    return text


def article_from_text(text: str, source: str = "<text>") -> Article:
    """An ``Article`` from text already in memory. HTML is reduced to text: its main text by
    trafilatura when the ``html`` extra is installed, else all its visible text."""
    metadata: dict[str, str] = {}
    captions: tuple[str, ...] = ()
    if looks_like_html(text):
        markup = text
        text, metadata = html_to_text(markup)
        main = html_extract.extract(markup)  # with the html extra: no cookie banner, comments
        if main is not None:
            text, metadata = main[0], main[1] | metadata  # the page's own <meta> tags first
        text = normalise_text(repair_text(text))
    else:  # a saved article's header, comment block and captions are not its text
        saved = read_saved(normalise_text(repair_text(text)))
        text, metadata, captions = normalise_text(saved.body), saved.metadata, saved.captions
    if not text:
        raise InputError(f"{source}: empty article")
    return Article(
        id=article_id(text), text=text, source=source, metadata=metadata, captions=captions
    )


def article_from_bytes(data: bytes, source: str) -> Article:
    return article_from_text(decode(data, source), source)


def _too_large(source: str, size: int | None = None) -> InputError:
    over = f"{size} bytes is" if size is not None else "more than 5 MB is"
    return InputError(
        f"{source}: {over} over the {MAX_ARTICLE_BYTES // 1_000_000} MB limit for one article"
    )


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def load_article(path: str | Path) -> Article:
    """Read one article file; ``-`` reads standard input.

    Only regular files are read, and at most :data:`MAX_ARTICLE_BYTES`: a FIFO would block
    the run until someone writes to it, and a device such as ``/dev/zero`` never ends."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            raise _too_large("<stdin>")
        return article_from_bytes(data, "<stdin>")
    path = Path(path)
    try:
        mode = path.stat().st_mode  # stat never blocks, not even on a FIFO
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory (pass it to expand_paths)")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: {_file_kind(mode)}, not an article file")
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_ARTICLE_BYTES:
                raise _too_large(str(path), size)
            data = handle.read(MAX_ARTICLE_BYTES + 1)  # the file may have grown since
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise _too_large(str(path))
    return article_from_bytes(data, str(path))


Unreadable = tuple[str, InputError]  # a subfolder that could not be listed, and why


def _walk(folder: str) -> tuple[list[str], list[Unreadable]]:
    """Article files under ``folder`` (sorted) and one error per subfolder that could not be
    read: ``Path.rglob`` skips those silently, and the user would never learn that part of
    the corpus was left out. Symlinked folders are not followed (a link to a parent would
    loop); symlinked files are."""
    problems: list[Unreadable] = []

    def failed(exc: OSError) -> None:
        where = str(exc.filename or folder)
        problems.append((where, InputError(f"{where}: cannot read folder ({exc.strerror})")))

    found = [
        os.path.join(root, name)
        for root, _dirs, files in os.walk(folder, onerror=failed)
        for name in files
        if name.endswith(ARTICLE_SUFFIXES) and os.path.isfile(os.path.join(root, name))
    ]
    return sorted(found), problems


def _glob_root(pattern: str) -> str:
    """The folder a pattern searches from: its path up to the first part with a wildcard."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def expand_spec(spec: str) -> tuple[list[tuple[str, str]], list[Unreadable]]:
    """The files one spec names, in order and each once (by real path: a ``**`` glob through
    a symlink loop names one file many times), each as (name, real path) so that callers that
    keep files apart across specs do not resolve every path twice, and the subfolders that
    could not be read. A spec matching nothing raises :class:`InputError`: the user asked for
    it."""
    if spec == "-":
        return [(spec, spec)], []
    path = Path(spec)
    problems: list[Unreadable] = []
    if path.is_dir():
        found, problems = _walk(spec)
        if not found and not problems:
            raise InputError(
                f"{spec}: folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})"
            )
    elif glob.has_magic(spec):
        found = sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
        if "**" in spec:  # glob skips unreadable folders silently too
            problems = _walk(_glob_root(spec))[1]
        if not found and not problems:
            raise InputError(f"{spec}: pattern matches no files")
    else:
        if not path.exists():
            raise InputError(f"{spec}: no such file")
        found = [spec]
    named: dict[str, str] = {}  # real path -> the shortest name found for it
    for item in sorted(found, key=lambda p: (len(p), p)):
        named.setdefault(os.path.realpath(item), item)
    return sorted((name, real) for real, name in named.items()), problems


def expand_paths(specs: list[str]) -> Iterator[str]:
    """Files named by each spec, in order: a file as is, a folder's article files (sorted), a
    glob's matches (sorted), ``-`` for stdin; each file once, by real path. A spec matching
    nothing, or a folder with a subfolder that cannot be read, is an error, never silently
    skipped, because the user asked for it (:func:`expand_spec` returns both instead)."""
    seen: set[str] = set()
    for spec in specs:
        found, problems = expand_spec(spec)
        if problems:
            raise problems[0][1]
        for item, key in found:
            if key not in seen:
                seen.add(key)
                yield item
