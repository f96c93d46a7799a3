"""Turn a Digest into text: the Jinja2 environment, view models, filters, HTML finishing.

Templates live in the repository's ``templates/`` folder; a destination's ``template`` key
names a file that replaces the built-in one. Feed text reaches templates as plain text and
is escaped for each output: HTML autoescaping for .html templates, and the ``esc``,
``link`` and ``highlight`` filters for the chat platforms (``style`` is one of
html, text, slack, markdown, gchat). Finished HTML is CSS-inlined and sanitised with nh3,
so nothing from a feed can add scripts, styles or remote images.
"""

from __future__ import annotations

import functools
import html as htmllib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
import jinja2
import nh3
from markupsafe import Markup

import watcher
from watcher.chips import chips, common_terms, preferred_marks
from watcher.digest import normalise_title
from watcher.itemhtml import mail_html
from watcher.models import Digest, DigestEntry, Enclosure, Snippet

# Inside the package so a regular (non-editable) install carries them; the repository's
# top-level templates/ is a link to this folder.
TEMPLATE_DIR = Path(watcher.__file__).resolve().parent / "templates"

# What the digest HTML may contain after rendering; everything else is stripped.
_ALLOWED_TAGS = {"a", "b", "br", "div", "em", "h1", "h2", "h3", "hr", "li", "mark", "p",
                 "small", "span", "strong", "table", "tbody", "td", "th", "tr", "ul",
                 # what an item's own HTML may carry in a ``content: full`` digest
                 "blockquote", "pre", "code", "ol", "i", "u", "h4", "h5", "h6", "sub", "sup",
                 "s", "del", "ins", "q", "cite", "abbr", "dl", "dt", "dd", "thead", "tfoot",
                 "caption", "figure", "figcaption"}
# No ``class``: the CSS is inlined, so class names would only add bytes. Section and story
# ids are the summary's link targets.
_ALLOWED_ATTRS = {"*": {"style"}, "a": {"href", "title"}, "td": {"align", "width"},
                  "h2": {"id"}, "div": {"id"},
                  "table": {"width", "role", "cellpadding", "cellspacing", "border"}}
_SLACK_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_SPACE = re.compile(r"\s+")
_MD_SPECIAL = re.compile(r"([\\`*_~|\[\]()>#])")
_NOT_ID = re.compile(r"[^A-Za-z0-9_-]+")
_STYLE_ATTR = re.compile(r'style="([^"]*)"')
_STYLE_GAP = re.compile(r"\s*([:;,])\s*")


@dataclass(frozen=True, slots=True)
class EntryView:
    """One story as templates see it: times already in the destination's zone, ``terms``
    the words the story matched as the story has them, ``profiles`` every profile it
    matched (the one it is listed under first)."""

    title: str
    link: str | None
    source: str
    published: datetime
    snippet: Snippet
    terms: tuple[str, ...]
    also_reported_by: tuple[str, ...]
    score: float
    profiles: tuple[str, ...] = ()
    anchor: str = ""
    enclosures: tuple[Enclosure, ...] = ()  # files the feed attached (ingest, issue 12)
    doubtful: bool = False  # the feed dates the item in the future: shown, flagged
    body: str = ""  # the item's sanitised HTML (Markup), for ``content: full`` only


@dataclass(frozen=True, slots=True)
class GroupView:
    profile: str
    description: str
    entries: tuple[EntryView, ...]
    continued: bool = False  # a group split across messages repeats its heading
    anchor: str = ""


def anchor_for(profile: str) -> str:
    """A fragment id for a profile's section (profile names are config keys: any text)."""
    return "p-" + (_NOT_ID.sub("-", profile).strip("-") or "profile")


def _snippet(entry: DigestEntry, common: frozenset[str]) -> Snippet:
    """The match's snippet with its topic words marked; none when it only repeats the
    title (an item without a summary is matched on its title, and the snippet is that)."""
    snippet = entry.match.snippet
    if normalise_title(snippet.text.strip("…")) in normalise_title(entry.item.title):
        return Snippet("")
    return preferred_marks(snippet, entry.match.terms, common)


def entry_view(entry: DigestEntry, zone: ZoneInfo, common: frozenset[str] = frozenset(),
               anchor: str = "", *, full: bool = False) -> EntryView:
    item = entry.item
    body = Markup(mail_html(item)) if full else Markup("")  # sanitised by mail_html
    return EntryView(
        title=item.title.strip() or "(untitled)",
        link=item.link,
        source=item.source_title or item.feed_url,
        published=item.published.astimezone(zone),
        snippet=_snippet(entry, common),
        terms=chips(item, (entry.match, *entry.also_matched), common),
        also_reported_by=entry.also_reported_by,
        score=entry.match.score,
        profiles=entry.profiles,
        anchor=anchor,
        enclosures=item.enclosures,
        body=body,
        doubtful=item.published_doubtful,
    )


def group_views(digest: Digest) -> list[GroupView]:
    """The digest's groups as templates see them. The HTML and the text part of one email
    are rendered from the same digest in a row: the last one's views are kept for that."""
    last = _LAST_VIEWS.get("views")
    if last is not None and last[0] is digest:
        return list(last[1])
    views = _group_views(digest)
    _LAST_VIEWS["views"] = (digest, tuple(views))
    return views


_LAST_VIEWS: dict[str, tuple[Digest, tuple[GroupView, ...]]] = {}


def _group_views(digest: Digest) -> list[GroupView]:
    zone = ZoneInfo(digest.timezone)
    common = common_terms(digest)
    views, n = [], 0
    for g in digest.groups:
        entries = []
        for e in g.entries:
            n += 1
            entries.append(entry_view(e, zone, common, f"s{n}",
                                      full=digest.content == "full"))
        views.append(GroupView(g.profile, g.description, tuple(entries),
                               anchor=anchor_for(g.profile)))
    return views


# ---- filters -------------------------------------------------------------------------------

def esc(text: str, style: str) -> str:
    """Escape feed text for one output style (HTML autoescaping covers .html templates)."""
    text = _SPACE.sub(" ", str(text)) if style != "text" else str(text)
    if style == "slack":
        return text.translate(_SLACK_ESC)
    if style == "markdown":
        return _MD_SPECIAL.sub(r"\\\1", text)
    if style in ("gchat", "html"):
        return htmllib.escape(text, quote=False)
    return text


def link(text: str, url: str | None, style: str) -> str:
    """A link in the platform's syntax; plain escaped text when there is no URL."""
    label = esc(text, style)
    if not url:
        return label
    if style == "slack":
        return f"<{url.translate(_SLACK_ESC).replace('|', '%7C')}|{label}>"
    if style == "markdown":
        return f"[{label}]({url.replace(')', '%29').replace(' ', '%20')})"
    if style == "gchat":
        return f'<a href="{htmllib.escape(url)}">{label}</a>'
    return f"{label} <{url}>"


_MARKS = {"html": ("<mark>", "</mark>"), "gchat": ("<b>", "</b>"), "slack": ("*", "*"),
          "markdown": ("**", "**"), "text": ("*", "*")}


def highlight(snippet: Snippet, style: str) -> str:
    """The snippet with its hits marked; each piece escaped for ``style``."""
    open_, close = _MARKS[style]
    escape: Callable[[str], str] = (
        (lambda s: str(Markup.escape(s))) if style == "html" else (lambda s: esc(s, style))
    )
    text, out, pos = snippet.text, [], 0
    for start, end in sorted(snippet.highlights):
        if start < pos or end <= start or end > len(text):
            continue  # overlapping or out-of-range offsets: leave that hit unmarked
        out += [escape(text[pos:start]), open_, escape(text[start:end]), close]
        pos = end
    out.append(escape(text[pos:]))
    result = "".join(out).strip()
    return Markup(result) if style == "html" else result


def fmt_time(value: datetime, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    return value.strftime(fmt)


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 story``, ``2 stories``."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def and_join(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    words = [str(w) for w in words]
    return " and ".join(filter(None, [", ".join(words[:-1]), *words[-1:]]))


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters on a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


# ---- environment and templates -----------------------------------------------------------

@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one Environment: autoescape for HTML templates only, undefined names are errors."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=jinja2.select_autoescape(["html", "htm"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(esc=esc, link=link, highlight=highlight, fmt_time=fmt_time, clip=clip,
                       plural=plural, and_join=and_join, anchor=anchor_for)
    return env


def load_template(name: str, override: Path | None = None) -> jinja2.Template:
    """The built-in template ``name``, or the file ``override`` compiled in the same env."""
    env = environment()
    if override is None:
        return env.get_template(name)
    source = override.read_text(encoding="utf-8")
    if override.suffix in (".html", ".htm"):
        source = "{% autoescape true %}" + source + "{% endautoescape %}"
    return env.from_string(source)


@dataclass(frozen=True, slots=True)
class ProfileLine:
    """One line of the summary: a profile, its section (if it has one), how many stories
    are listed there and how many more that matched it are listed under another profile."""

    profile: str
    anchor: str | None
    listed: int
    elsewhere: int


def summary_lines(views: Sequence[GroupView]) -> list[ProfileLine]:
    listed = {g.profile: len(g.entries) for g in views if not g.continued}
    anchors = {g.profile: g.anchor for g in views}
    elsewhere: dict[str, int] = {}
    for g in views:
        for e in g.entries:
            for p in e.profiles[1:]:
                elsewhere[p] = elsewhere.get(p, 0) + 1
    names = list(dict.fromkeys([*listed, *elsewhere]))
    return [ProfileLine(p, anchors.get(p) or None, listed.get(p, 0), elsewhere.get(p, 0))
            for p in names]


def most_covered(views: Sequence[GroupView], limit: int = 3) -> list[EntryView]:
    """The stories most profiles or sources share, for the summary (none when none do)."""
    def reach(e: EntryView) -> int:
        return len(e.profiles) + len(e.also_reported_by)
    shared = [e for g in views for e in g.entries if reach(e) > 1]
    return sorted(shared, key=lambda e: (-reach(e), -e.score))[:limit]


def digest_context(digest: Digest, groups: Sequence[GroupView] | None = None) -> dict[str, Any]:
    zone = ZoneInfo(digest.timezone)
    views = list(groups) if groups is not None else group_views(digest)
    lines = summary_lines(views)
    return {
        "digest": digest,
        "groups": views,
        "count": digest.item_count,
        "more": digest.more,
        "summary": lines,
        "top": most_covered(views),
        "sections": {g.profile for g in views},
        "profiles": [line.profile for line in lines],
        "window_start": digest.window_start.astimezone(zone) if digest.window_start else None,
        "window_end": digest.window_end.astimezone(zone),
        "timezone": digest.timezone,
    }


def render_text(digest: Digest, override: Path | None = None) -> str:
    return load_template("digest.txt", override).render(digest_context(digest))


def render_html(digest: Digest, override: Path | None = None) -> str:
    """Digest HTML ready for email: rendered, CSS inlined, sanitised, wrapped in a document."""
    page = load_template("digest.html", override).render(digest_context(digest))
    return finish_html(page, title=f"{digest.title}: {digest.destination}")


@functools.lru_cache(maxsize=256)  # a digest's thousands of style attributes take ~20 forms
def _compact(style: str) -> str:
    return 'style="' + _STYLE_GAP.sub(r"\1", style).rstrip(";") + '"'


def _compact_style(m: re.Match[str]) -> str:
    return _compact(m.group(1))


def finish_html(page: str, *, title: str) -> str:
    # The inliner writes "margin: 0;" on every element; "margin:0" is the same to a mail
    # client and a few kilobytes less in a long digest.
    inlined = _STYLE_ATTR.sub(_compact_style, css_inline.inline(page))
    body = nh3.clean(inlined, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRS,
                     url_schemes={"http", "https", "mailto"}, clean_content_tags={"script",
                     "style"}, link_rel=None)  # no target=_blank, so no rel needed
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{htmllib.escape(title)}</title></head>\n"
            f'<body style="margin:0;padding:0;background:#f4f5f7">{body}</body></html>\n')
