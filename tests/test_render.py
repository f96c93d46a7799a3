"""Rendering: escaping per platform, highlighting, HTML sanitising, times in the zone, the
summary on top, each story once, the footer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from digests import digest_of, item, many_rows, match

from watcher.models import Match, Snippet, TermHit
from watcher.render import clip, esc, highlight, link, render_html, render_text


@pytest.mark.parametrize(("style", "text", "expected"), [
    ("slack", "a < b & c > d", "a &lt; b &amp; c &gt; d"),
    ("markdown", "*bold* _it_ [x](y)", r"\*bold\* \_it\_ \[x\]\(y\)"),
    ("gchat", "<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y"),
    ("html", "<script>", "&lt;script&gt;"),
    ("text", "a <b> & c", "a <b> & c"),
    ("slack", "line\n\nbreak", "line break"),
])
def test_esc(style: str, text: str, expected: str) -> None:
    """Feed text is escaped for each platform's markup."""
    assert esc(text, style) == expected


@pytest.mark.parametrize(("style", "expected"), [
    ("slack", "<https://x.example/a?b=1&amp;c=2|T &amp; U>"),
    ("markdown", "[T & U](https://x.example/a?b=1&c=2)"),
    ("gchat", '<a href="https://x.example/a?b=1&amp;c=2">T &amp; U</a>'),
    ("text", "T & U <https://x.example/a?b=1&c=2>"),
])
def test_link(style: str, expected: str) -> None:
    """Links use each platform's syntax with the label escaped."""
    assert link("T & U", "https://x.example/a?b=1&c=2", style) == expected


@pytest.mark.parametrize(("style", "expected"), [
    ("html", "a <mark>&lt;b&gt;</mark> c <mark>d</mark>"),
    ("slack", "a *&lt;b&gt;* c *d*"),
    ("markdown", "a **<b\\>** c **d**"),
    ("text", "a *<b>* c *d*"),
    ("gchat", "a <b>&lt;b&gt;</b> c <b>d</b>"),
])
def test_highlight(style: str, expected: str) -> None:
    """Snippet hits are marked, and the text between them escaped, per style."""
    snippet = Snippet("a <b> c d", ((2, 5), (8, 9), (3, 4)))  # (3, 4) overlaps: ignored
    assert str(highlight(snippet, style)) == expected


@pytest.mark.parametrize(("text", "spans", "style", "expected"), [
    ("<b>Kim</b> & co", ((3, 6),), "html", "&lt;b&gt;<mark>Kim</mark>&lt;/b&gt; &amp; co"),
    ("a DPRK b", ((2, 6),), "text", "a *DPRK* b"),
])
def test_highlight_escapes_feed_text_around_marks(text: str, spans: tuple[tuple[int, int], ...],
                                                  style: str, expected: str) -> None:
    """Feed text is escaped (tags, &) while each highlight is wrapped in the style's mark."""
    assert str(highlight(Snippet(text, spans), style)) == expected


def test_clip_on_word_boundary() -> None:
    """clip shortens on a space and ends with an ellipsis."""
    assert clip("one two three four", 12) == "one two…"
    assert clip("short", 12) == "short"


def test_html_digest_has_everything_a_reader_needs() -> None:
    """Title links, source, local time, highlight, matched terms, also reported by, counts."""
    a = item(0, feed="a", link="https://agency.example/1", minutes_ago=30)
    b = item(1, feed="b", link="https://agency.example/1", minutes_ago=10)
    c = item(2, feed="a", minutes_ago=90)
    digest = digest_of([(a, match(a)), (b, match(b)), (c, match(c, "labour"))], max_items=1)
    html = render_html(digest)
    assert 'href="https://agency.example/1"' in html
    assert "Three defectors reach Seoul" in html
    assert "2024-05-04 07:30 KST" in html  # 22:30 UTC in Asia/Seoul
    assert "<mark" in html and "also reported by Desk B" in html
    assert ">defectors</span>" in html and "defect*" not in html and "and 1 more" in html
    assert "destination &ldquo;desk&rdquo;" in html or "destination “desk”" in html


def test_html_is_sanitised_and_inlined() -> None:
    """Feed markup is shown as text; no script, style, img or class-only styling survives."""
    bad = item(4)
    html = render_html(digest_of([(bad, match(bad))]))
    body = html.split("<body", 1)[1]
    for forbidden in ("<script", "<style", "<img", "tracker.example/pixel.gif\">"):
        assert forbidden not in body
    assert "&lt;script&gt;" in body
    assert 'style="' in body  # CSS was inlined into attributes


def test_text_digest() -> None:
    """The plain-text part lists title, link, source, time and terms; no HTML escaping."""
    bad = item(4)
    text = render_text(digest_of([(bad, match(bad))], timezone="UTC"))
    assert "<script>alert('x')</script>" in text
    assert "https://a.example/news/4" in text and "2024-05-03 22:56 UTC" in text
    assert "Matched: defect…" in text  # the term occurs in no text the digest shows


def test_template_override(tmp_path: Path) -> None:
    """A destination template replaces the built-in one and is still autoescaped."""
    override = tmp_path / "mine.html"
    override.write_text("<p>{% for g in groups %}{% for e in g.entries %}[{{ e.title }}]"
                        "{% endfor %}{% endfor %}</p>", encoding="utf-8")
    bad = item(4)
    html = render_html(digest_of([(bad, match(bad))]), override)
    assert "[&lt;script&gt;" in html


def test_thousand_items_render() -> None:
    """A 1,000-item digest renders to HTML and text with every item present."""
    digest = digest_of(many_rows(1000, long=False))
    html, text = render_html(digest), render_text(digest)
    assert html.count("item-") == 1000 and text.count("item-") == 1000


def test_summary_on_top_links_each_profile_to_its_section() -> None:
    """Above the first section the summary counts the stories per profile and links each
    profile with a section to it; a story's other profiles are counted beside theirs."""
    a, b, c = item(1, feed="a"), item(2, feed="b"), item(3, feed="c")
    rows = [(a, match(a, "defections")), (a, match(a, "labour")), (b, match(b, "labour")),
            (c, match(c, "defections"))]
    html = render_html(digest_of(rows))
    top, sections = html.split('id="p-defections"', 1)
    assert 'href="#p-defections"' in top and 'href="#p-labour"' in top
    assert 'id="p-labour"' in sections and "3 stories in 2 profiles" in top
    text = render_text(digest_of(rows))
    assert text.index("+1 under other profiles") < text.index("== defections ==")


def test_story_names_its_other_profiles_and_is_listed_once() -> None:
    """A story matching two profiles is listed once and says where else it belongs."""
    a = item(1)
    text = render_text(digest_of([(a, match(a, "defections")), (a, match(a, "labour"))]))
    assert text.count(f"* {a.title}") == 1 and "Also in labour" in text
    assert "1 story in 2 profiles" in text


def test_item_without_summary_shows_no_snippet() -> None:
    """An item matched on its title alone shows the title once, not again as a snippet."""
    bare = replace(item(1, link="https://x.example/1"), summary="")
    m = Match("defections", 1.0, (TermHit("defect*", ("title",), 1),),
              Snippet(bare.title, ((6, 15),)))
    digest = digest_of([(bare, m)])
    assert render_text(digest).count(bare.title) == 1
    assert "<mark" not in render_html(digest)


def test_empty_digest_footer_reads_properly() -> None:
    """A digest with nothing in it says so, and its footer has no dangling profile list."""
    empty = digest_of([], destination="empty")
    text, html = render_text(empty), render_html(empty)
    assert 'Sent by watcher to "empty".' in text and "profiles ." not in text
    assert "Nothing new" in text and "Nothing new" in html and "profiles ." not in html


def test_korean_font_stack_is_inlined_and_classes_are_gone() -> None:
    """The wrapper's inlined style names Korean fonts; class names, useless once CSS is
    inlined, are not sent."""
    html = render_html(digest_of([(item(1), match(item(1)))]))
    style = html.split('<div style="', 1)[1].split('"', 1)[0]
    for font in ("Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR"):
        assert font in style
    assert "class=" not in html


def test_feed_text_cannot_forge_an_anchor_or_a_script() -> None:
    """Anchors are ours alone: feed text with an id or a script stays escaped text."""
    bad = item(1, title='<h2 id="p-labour">x</h2><script>alert(1)</script>')
    html = render_html(digest_of([(bad, match(bad))]))
    assert "<script" not in html and '<h2 id="p-labour"' not in html
    assert "&lt;h2 id=" in html
