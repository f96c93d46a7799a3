"""Snippets: a window cut on word boundaries, highlights, HTML and plain rendering."""

from __future__ import annotations

from watcher.match.snippet import make_snippet


def test_short_text_is_kept_whole_with_highlights() -> None:
    """A short text is the whole snippet; every occurrence of each term is marked."""
    snip = make_snippet("Kim Jong-un met Kim Jong Un's envoy", [("kimjongun", False)])
    assert snip.text == "Kim Jong-un met Kim Jong Un's envoy"
    assert [snip.text[s:e] for s, e in snip.highlights] == ["Kim Jong-un", "Kim Jong Un"]


def test_long_text_is_cut_on_spaces_around_the_first_hit() -> None:
    """About 200 characters, no cut words, ellipses where text was dropped."""
    text = " ".join(f"word{i}" for i in range(200)) + " target " + " ".join(
        f"tail{i}" for i in range(200))
    snip = make_snippet(text, [("target", False)])
    assert snip.text.startswith("…word") and snip.text.endswith("…")
    body = snip.text.strip("…")
    assert text.find(body) >= 0 and 150 <= len(body) <= 200
    assert [snip.text[s:e] for s, e in snip.highlights] == ["target"]


def test_prefix_highlights_the_whole_word_and_hangul_the_substring() -> None:
    """defect* marks 'defectors'; 탈북 marks only those two syllables of 탈북민이."""
    snip = make_snippet("Defectors: 탈북민이 왔다", [("defect", True), ("탈북", False)])
    assert [snip.text[s:e] for s, e in snip.highlights] == ["Defectors", "탈북"]


def test_accented_text_keeps_original_offsets() -> None:
    """Folding that changes length (ß -> ss) still highlights the original characters."""
    snip = make_snippet("Die Straße nach Pjöngjang", [("pjongjang", False)])
    assert [snip.text[s:e] for s, e in snip.highlights] == ["Pjöngjang"]


def test_match_without_snippets_then_snippet_for_gives_the_same_snippet() -> None:
    """match(snippets=False) leaves the snippet empty; snippet_for rebuilds it from the terms."""
    from matchsupport import item, one

    from watcher.match import snippet_for
    from watcher.match.snippet import NO_SNIPPET

    matcher = one("@nk AND (defect* OR 탈북*)")
    it = item("Soldier defects", "A North Korean soldier defected across the DMZ overnight.")
    eager = matcher.match(it)[0]
    lazy = matcher.match(it, snippets=False)[0]
    assert lazy.snippet == NO_SNIPPET and (lazy.profile, lazy.terms) == (eager.profile, eager.terms)
    assert snippet_for(it.title, it.summary, it.content, lazy.terms) == eager.snippet
    assert [eager.snippet.text[s:e] for s, e in eager.snippet.highlights] == [
        "North Korean", "defected"]
