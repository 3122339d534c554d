"""A story as one self-contained HTML page (no external assets): conflicts first, the merged
facts, and each article's text with every evidence passage highlighted from its grounding
offsets. Clicking a value marks its passages in every source and scrolls to the first;
values whose support is unverified or unsupported are marked. ``#v=<n>`` in the address
opens the page with value ``n`` marked (used by the browser test)."""

from __future__ import annotations

from html import escape
from itertools import pairwise

from summarizer.story.model import SourceRef, Story
from summarizer.story.render import KIND_ORDER, cite, origin_line

HIGHLIGHT, ACTIVE, CONFLICT, UNVERIFIED = "#ffe58a", "#ff8c42", "#fde0dc", "#c0392b"

STYLE = f"""
body {{ margin: 0; font: 14px/1.45 system-ui, sans-serif; color: #222; }}
.page {{ display: grid; grid-template-columns: 46% 54%; height: 100vh; }}
.facts, .texts {{ overflow: auto; padding: 12px 18px; }}
.texts {{ background: #fafafa; border-left: 1px solid #ddd; }}
h1 {{ font-size: 20px; margin: 4px 0 8px; }} h2 {{ font-size: 16px; margin: 14px 0 6px; }}
h3 {{ font-size: 14px; margin: 10px 0 4px; }}
.conflict {{ background: {CONFLICT}; border-left: 5px solid {UNVERIFIED}; padding: 6px 8px;
  margin: 6px 0; list-style: none; }}
ul {{ padding-left: 16px; margin: 4px 0; }}
.value {{ cursor: pointer; }} .value:hover {{ text-decoration: underline; }}
.value.on {{ outline: 2px solid {ACTIVE}; }}
.unverified {{ color: {UNVERIFIED}; text-decoration: underline dashed {UNVERIFIED}; }}
.badge {{ font-size: 11px; color: #fff; background: {UNVERIFIED}; border-radius: 3px;
  padding: 0 4px; margin-left: 4px; }}
.src {{ color: #666; font-size: 12px; }}
article {{ background: #fff; border: 1px solid #ddd; padding: 8px 12px; margin-bottom: 14px;
  white-space: pre-wrap; }}
mark.ev {{ background: {HIGHLIGHT}; }} mark.ev.on {{ background: {ACTIVE}; }}
.timeline li, .opinions li {{ font-size: 13px; }}
"""

SCRIPT = """
function mark(n) {
  document.querySelectorAll('.on').forEach(e => e.classList.remove('on'));
  const v = document.querySelector('[data-v="' + n + '"]');
  if (!v) return;
  v.classList.add('on');
  const ids = (v.dataset.spans || '').split(' ').filter(Boolean);
  let first = null;
  document.querySelectorAll('mark.ev').forEach(m => {
    if (m.dataset.ids.split(' ').some(id => ids.includes(id))) {
      m.classList.add('on'); if (!first) first = m;
    }
  });
  if (first) first.scrollIntoView({block: 'center'});
}
document.addEventListener('click', e => {
  const v = e.target.closest('[data-v]'); if (v) mark(v.dataset.v);
});
window.addEventListener('load', () => {
  const m = location.hash.match(/^#v=(\\d+)$/); if (m) mark(m[1]);
});
"""


def span_id(article_id: str, start: int, end: int) -> str:
    return f"{article_id}-{start}-{end}"


def spans_of(sources: list[SourceRef]) -> str:
    return " ".join(
        span_id(s.article_id, p.start, p.end)
        for s in sources
        for p in s.passages
        if p.start is not None and p.end is not None
    )


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` escaped, each stretch covered by passages in a ``<mark>`` naming them all."""
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for start, end in pairwise(cuts):
        ids = sorted({i for s, e, i in spans if s <= start and end <= e})
        chunk = escape(text[start:end])
        out.append(f'<mark class="ev" data-ids="{" ".join(ids)}">{chunk}</mark>' if ids else chunk)
    return "".join(out)


class Page:
    def __init__(self) -> None:
        self.count = 0

    def value(self, text: str, sources: list[SourceRef]) -> str:
        self.count += 1
        bad = not all(s.verified for s in sources)
        badge = '<span class="badge">unverified</span>' if bad else ""
        cls = "value unverified" if bad else "value"
        tips = escape("; ".join(cite(s) for s in sources))
        return (
            f'<span class="{cls}" data-v="{self.count}" data-spans="{spans_of(sources)}" '
            f'title="{tips}">{escape(text)}</span>{badge}'
        )


def to_html(story: Story) -> str:
    page, parts = Page(), []
    labels = {group.id: group.label for group in story.groups}
    parts.append(f'<h2 id="conflicts">Conflicts ({len(story.conflicts)})</h2><ul>')
    for conflict in story.conflicts:
        claims = " vs ".join(
            page.value(c.value, [c.source]) + f' <span class="src">{escape(cite(c.source))}</span>'
            for c in conflict.claims
        )
        parts.append(
            f'<li class="conflict"><b>{escape(labels[conflict.group])}</b> — '
            f"{escape(conflict.reason)}<br>{claims}</li>"
        )
    parts.append(
        f"</ul><details><summary><b>Differences a date would settle ({len(story.undated)})"
        "</b>: not conflicts, one source is undated</summary><ul>"
    )
    for conflict in story.undated:
        claims = " vs ".join(
            page.value(c.value, [c.source]) + f' <span class="src">{escape(cite(c.source))}</span>'
            for c in conflict.claims
        )
        parts.append(f"<li><b>{escape(labels[conflict.group])}</b>: {claims}</li>")
    parts.append("</ul></details><h2>Merged facts</h2>")
    for kind in KIND_ORDER:
        for group in (g for g in story.groups if g.kind == kind):
            parts.append(
                f"<h3>{escape(group.label)} <span class='src'>"
                f"({len(group.members)} source{'' if len(group.members) == 1 else 's'})"
                "</span></h3><ul>"
            )
            for value in group.values:
                outlets = ", ".join(sorted({s.outlet or s.article_id for s in value.sources}))
                parts.append(
                    f"<li>{escape(value.field)}: {page.value(value.value, value.sources)} "
                    f'<span class="src">{escape(outlets)}</span></li>'
                )
            parts.append("</ul>")
    parts.append('<h2>Timeline</h2><ul class="timeline">')
    for entry in story.timeline:
        parts.append(
            f"<li>{entry.date or 'undated'} · {escape(labels[entry.group])} · "
            f"{escape(entry.field)}: {page.value(entry.value, [entry.source])} "
            f'<span class="src">{escape(entry.source.outlet or "")}</span></li>'
        )
    parts.append('</ul><h2>Opinions (attributed, never merged)</h2><ul class="opinions">')
    for opinion in story.opinions:
        parts.append(
            f"<li>{escape(opinion.source.outlet or opinion.source.article_id)}: "
            f"{page.value(opinion.claim, [opinion.source])}</li>"
        )
    parts.append("</ul>")
    spans: dict[str, set[tuple[int, int, str]]] = {a.id: set() for a in story.articles}
    for article in story.articles:  # every passage found, grouped fact or not
        for p in article.evidence:
            if p.start is not None and p.end is not None:
                spans[article.id].add((p.start, p.end, span_id(article.id, p.start, p.end)))
    texts = []
    for article in story.articles:
        texts.append(
            f'<h3 id="a-{escape(article.id)}">{escape(article.outlet or article.id)}, '
            f"{article.date or 'undated'}"
            + (
                f' <span class="badge">{article.unverified} passages not found</span>'
                if article.unverified
                else ""
            )
            + "</h3>"
            f"<article>{highlighted(article.text, sorted(spans[article.id]))}</article>"
        )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title>'
        f"<style>{STYLE}</style></head><body><div class='page'><div class='facts'>"
        f"<h1>Story: {len(story.articles)} articles, {len(story.groups)} groups</h1>"
        f"<p class='origin'><strong>{escape(origin_line(story))}</strong></p>"
        + "".join(parts)
        + "</div><div class='texts'><h2>Articles</h2>"
        + "".join(texts)
        + f"</div></div><script>{SCRIPT}</script></body></html>"
    )


__all__ = ["ACTIVE", "CONFLICT", "HIGHLIGHT", "UNVERIFIED", "to_html"]
