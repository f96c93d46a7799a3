"""Scan one item with the shared automaton: which patterns occur, in which fields, where.

The item's fields are folded, cut into tokens and squashed (see normalize_text), then joined
with a NUL between fields into one string, so one automaton pass covers every field. A NUL
never occurs in a pattern, so no hit spans two fields.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, Final
from urllib.parse import urlsplit

import ahocorasick

from watcher.match.nodes import FIELD_BIT
from watcher.match.normalize_text import TOKEN, fold
from watcher.models import Item

_TOKEN_OR_NUL = re.compile(TOKEN.pattern + "|\x00")
# ASCII text is folded as bytes: upper case to lower, punctuation (and _) and white space to
# a space, so that TOKEN's alphanumeric runs are what stands between spaces (a NUL, the
# fields' separator, stays: a token of its own). bytes.translate is one table lookup per
# byte; str.translate looks every character up in a dict, ten times slower.
_ASCII_FOLD = bytes(ord(chr(c).lower()) if chr(c).isalnum() or c == 0 else 32
                    for c in range(128)) + bytes(range(128, 256))
_SPACE_TO_ONE: Final = bytes(1 if c == 32 else 0 for c in range(256))  # see _spaced_marks
# Hits.bounds holds one byte per offset of the squashed string and one past its end: _START
# where a token starts (and at the end), 0 inside a token. (Final: the compiled build reads a
# module global by name.)
_START: Final = b"\x02"
_ASCII_NOT_ALNUM = bytes(c for c in range(1, 128) if not chr(c).isalnum())
ALL_FIELDS = sum(FIELD_BIT.values())
_AUTHOR, _CATEGORY = FIELD_BIT["author"], FIELD_BIT["category"]
_LINK, _SITE = FIELD_BIT["link"], FIELD_BIT["site"]
Occurrence = tuple[int, int, int]  # (field index, start, end) in the squashed string
# Automaton payload: (length, needs start boundary, needs end boundary, exact id, prefix id,
# the exact id again, untyped). The compiled build holds a typed int unboxed, and boxing an
# id past 256 to use it as a dictionary key allocates a new int each time; the untyped copy
# is the automaton's own int object, used as the key as it is.
Payload = tuple[int, bool, bool, int, int, Any]
# Pattern id -> (fields mask, slots) of the tables of terms it is in, grouped by the fields
# it counts in there (see Hits.hold). Tuples, not Sequences: the compiled build walks them
# natively.
TableIndex = tuple[tuple[tuple[int, tuple[int, ...]], ...], ...]
# Hits.held and Hits.answers, as the matcher lends them from one item to the next.
Slots = tuple[list[object], list[object]]


@lru_cache(maxsize=4096)
def _host(url: str) -> str:
    return urlsplit(url).hostname or ""


def hosts(link: str | None, feed_url: str | None) -> str:
    """The site field: host of the item's link and of its feed."""
    link = _host(link) if link else ""
    feed = _host(feed_url) if feed_url else ""
    return link if feed in ("", link) else f"{link} {feed}".strip()


def field_texts(item: Item, fields: int = ALL_FIELDS) -> tuple[str, ...]:
    """The item's text per field, in nodes.FIELDS order; "" for a field not in ``fields``."""
    return texts_of(item.title, item.summary, item.content, item.author, item.categories,
                    item.link, item.feed_url, fields)


def texts_of(title: str, summary: str, content: str, author: str, categories: Sequence[str],
             link: str | None, feed_url: str | None, fields: int = ALL_FIELDS
             ) -> tuple[str, ...]:
    """field_texts from the values themselves, for a caller that has no Item to build.

    Skipping the fields no query names (with the default profiles: author, link, site)
    saves folding and scanning a URL per item and parsing its host: a fifth of matching."""
    return (title, summary, content,
            author if fields & _AUTHOR else "",
            " ".join(categories) if fields & _CATEGORY else "",
            (link or "") if fields & _LINK else "",
            hosts(link, feed_url) if fields & _SITE else "")


# The end of the first sentence: a full stop, ? or ! followed by a space and the start of the
# next sentence, but not after an initial or a short title ("N. Korea", "U.S. envoy", "Mr. Kim").
# The stop is matched first and the letters before it looked at behind it: a pattern that
# starts with a character class is searched for that class, several times faster than trying
# the lookbehinds at every position (the same matches).
_STOP = "[.!?。？！]"
_SENTENCE_END = re.compile(_STOP + r"(?<![A-Z]" + _STOP + r")(?<!\b[A-Z][a-z]" + _STOP + ")"
                           r"[\"'”’)]*\s+(?=[\"“‘'(\dA-Z]|[^\x00-\x7f])")
_SUMMARY, _CONTENT = FIELD_BIT["summary"].bit_length() - 1, FIELD_BIT["content"].bit_length() - 1


def lead_cut(text: str) -> int:
    """Characters of ``text`` in its first sentence (all of it when there is one sentence)."""
    m = _SENTENCE_END.search(text)
    return m.start() if m else len(text)


def squashed_len(text: str) -> int:
    """Length of ``text``'s tokens joined with nothing, as Hits builds them."""
    if text.isascii():  # the tokens are the letters and digits: count them
        return len(text.encode().translate(None, _ASCII_NOT_ALNUM))
    return len("".join(_TOKEN_OR_NUL.findall(fold(text))))


def _spaced_marks(spaced: bytes) -> bytes:
    """Hits.bounds for ASCII text folded to tokens between spaces, by whole-string steps
    (a loop over the tokens cost a tenth of matching): the spaces before each token, one put
    before the first, become 1s and the rest 0s; a 1 followed by a 0 (a token's first byte)
    becomes _START, and the other 1s are dropped."""
    ones = (b" " + spaced).translate(_SPACE_TO_ONE)
    return ones.replace(b"\x01\x00", _START).translate(None, b"\x01") + _START


def _token_marks(toks: Sequence[str]) -> bytes:
    """Hits.bounds from the tokens themselves (text that is not all ASCII)."""
    return b"".join([_START + bytes(len(tok) - 1) for tok in toks]) + _START


class Hits:
    """Where each pattern id occurs in one item; positions in words computed on demand."""

    __slots__ = ("_lead", "_spans", "answers", "bases", "bounds", "denied",
                 "found", "held", "masks", "occ", "squashed", "stamp", "texts")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self._lead: tuple[int, int] | None = None
        self._spans: dict[int, list[tuple[int, int, int]]] = {}
        # One fold over all fields joined by NUL: the NULs stay in the squashed string, as
        # tokens of their own, to separate the fields. Where each token starts is kept as
        # one byte per offset (see _START): the boundary test of every hit reads a byte,
        # which the compiled build does without making the offset an int object, and a
        # word's index is a count of the starts before it.
        joined = " \x00 ".join(texts)
        if joined.isascii():  # the same tokens as the regex, several times faster
            spaced = joined.encode().translate(_ASCII_FOLD)
            self.squashed = spaced.translate(None, b" ").decode()
            self.bounds = _spaced_marks(spaced)
        else:
            toks = _TOKEN_OR_NUL.findall(fold(joined))
            self.squashed = "".join(toks)
            self.bounds = _token_marks(toks)
        bases, at = [0], self.squashed.find("\x00")
        while at >= 0:
            bases.append(at + 1)
            at = self.squashed.find("\x00", at + 1)
        self.bases = bases
        self.masks: dict[int, int] = {}  # pattern id -> bitmask of fields it occurs in
        self.occ: dict[int, list[Occurrence]] = {}
        # The ids in ``masks`` as a set, made once the scan is done: an OR intersects its
        # terms with it, and set & set walks the smaller side (an alias list has dozens).
        self.found: frozenset[int] = frozenset()
        # Per table of terms of the build (see ``hold``): the table holds (one of its terms
        # occurs in its fields) if its slot is this item's ``stamp``. A list of flags made
        # and freed per item cost a seventh of matching a topic item (4,862 slots with the
        # shipped profiles, a few hundred set); stamps let the matcher hand every item the
        # same list, never cleared: a slot last set for another item holds that item's
        # stamp, and no stamp is ever another's (each is a new object, and one a slot
        # still refers to cannot be freed and its address reused).
        self.held: list[object] = []
        self.stamp: object = None
        # The answers of the compiled NEAR and OUTSIDE tests for this item, kept by the
        # tests themselves (see evaluate.compile_pred): yes if the slot is ``stamp``, no if
        # it is ``denied``, not asked yet otherwise; lent and stamped as ``held`` is. (A
        # bytearray made per item was read and written through generic calls, each slot
        # number made an int object.)
        self.answers: list[object] = []
        self.denied: object = None

    def collect(self, automaton: Any) -> Hits:
        """Record every pattern occurrence that respects its word-boundary rules."""
        # The hottest loop of matching: one pass per hit, locals only, one occurrence tuple
        # shared by the prefix and exact ids (prefix first, as the ids were always added).
        bounds, bases, masks, occ = self.bounds, self.bases, self.masks, self.occ
        size = len(self.squashed)
        # Hits come in the order of their ends and none spans a field's NUL, so the field
        # only moves forward: looked up again only once a hit starts past the current one.
        field, bit, limit = -1, 0, -1
        # Typed for the compiled build: a tuple of known shape is read field by field, where
        # unpacking an untyped value walks an iterator over it.
        found_hits: Iterator[tuple[int, Payload]] = automaton.iter(self.squashed)
        for last, payload in found_hits:
            length, need_start, need_end, exact, prefix, key = payload
            end = last + 1
            start = end - length
            if bounds[start]:
                # Three hits in four are of a key with no prefix term (an exact Latin
                # word or phrase): settled here, its end tested before anything is built.
                if prefix == -1:
                    if need_end and not bounds[end]:
                        continue
                    if start >= limit:
                        field = bisect_right(bases, start) - 1
                        bit = 1 << field
                        limit = bases[field + 1] if field + 1 < len(bases) else end + size
                    # ``in`` and subscripts, not dict.get: no method call per hit.
                    if key in masks:
                        masks[key] |= bit
                        occ[key].append((field, start, end))
                    else:
                        masks[key] = bit
                        occ[key] = [(field, start, end)]
                    continue
            # A hit that starts inside a word: only Hangul's may, and it must end in it.
            elif need_start or self.crosses(start, end):
                continue
            if start >= limit:
                field = bisect_right(bases, start) - 1
                bit = 1 << field
                limit = bases[field + 1] if field + 1 < len(bases) else end + size
            found = (field, start, end)
            if prefix < -1:  # a one-word prefix (see compiler._automaton): within a word
                prefix = -1 if self.crosses(start, end) else -2 - prefix
            if prefix >= 0:
                if prefix in masks:
                    masks[prefix] |= bit
                    occ[prefix].append(found)
                else:
                    masks[prefix] = bit
                    occ[prefix] = [found]
            if exact >= 0 and (not need_end or bounds[end]):
                if exact in masks:
                    masks[exact] |= bit
                    occ[exact].append(found)
                else:
                    masks[exact] = bit
                    occ[exact] = [found]
        self.found = frozenset(masks)
        return self

    def lend(self, size: int, answers: int, lent: Slots | None = None) -> Slots:
        """Give this item its ``held`` and ``answers`` (``size`` and ``answers`` slots: new
        lists, or ``lent``, a pair that served an earlier item, reused as it is) and new
        stamps, none of the slots holding or answered yet; once this item is done with the
        pair, it may serve another."""
        if lent is None:
            none: list[object] = [None]
            lent = (none * size, none * answers)
        self.held, self.answers = lent
        self.stamp, self.denied = object(), object()
        return lent

    def hold(self, index: TableIndex) -> None:
        """Work out once, from the ids found, which of the build's tables of terms hold
        (one of its terms occurs in one of its fields): ``index`` lists, per pattern id, the
        tables it is in (their slots in ``held``, given by ``lend``). The ORs of terms and
        the NEAR sides' presence tests of every profile then read a slot, where each
        intersected its ids with the item's, again and again: a quarter of matching was set
        operations. An id is in a few tables (an alias list is one table, however many
        queries use it), and an item holds a few dozen."""
        held, stamp = self.held, self.stamp
        masks: dict[Any, int] = self.masks  # untyped ids: looked up as the objects they are
        for pid, bits in masks.items():
            # Typed: looked up by an untyped id, the compiled build would walk it generically.
            tables_of: tuple[tuple[int, tuple[int, ...]], ...] = index[pid]
            for mask, slots in tables_of:
                if bits & mask:
                    for slot in slots:
                        held[slot] = stamp

    def crosses(self, start: int, end: int) -> bool:
        """True if a word boundary lies strictly inside [start, end).

        A Hangul hit that begins inside a word (탈북한 contains 북한) must also end in it:
        squashing would otherwise join the tail of one word to the next (탈북한 식당 is
        not 북한식당).
        """
        return _starts_in(self.bounds, start + 1, end, 1) != 0

    def lead(self) -> tuple[int, int]:
        """(field index, squashed end offset) of the first sentence of the summary, or of
        the content when the summary is empty. Computed only when a lead: term or a lead
        boost asks, so items that match nothing never pay for it."""
        if self._lead is None:
            field = _SUMMARY if self.texts[_SUMMARY].strip() or len(self.texts) <= _CONTENT \
                else _CONTENT
            text = self.texts[field] if field < len(self.texts) else ""
            base = self.bases[field] if field < len(self.bases) else len(self.squashed)
            self._lead = (field, base + squashed_len(text[:lead_cut(text)]))
        return self._lead

    def in_first(self, pid: Any) -> bool:
        """True if pattern ``pid`` has an occurrence in the first sentence (see ``lead``).
        Asked only of the ids a lead: term or a lead boost needs (a few per item): a set of
        every id in the first sentence, worked out once per item, walked all the item's
        occurrence lists for them, about 9 k instructions of a topic item's 543 k."""
        field, end = self.lead()
        low = self.bases[field] if field < len(self.bases) else len(self.squashed)
        # Untyped, so the compiled build looks the id up as the object it is.
        occ: dict[Any, list[Any]] = self.occ
        where = occ.get(pid)
        if where is None:
            return False
        # One pattern's occurrences all have its length and come in the automaton's order
        # (by end), so by start too: stop at the first past the sentence.
        for occurrence in where:
            start: int = occurrence[1]
            if start >= end:
                return False
            if start >= low:
                return True
        return False

    def in_lead(self, field: int, start: int) -> bool:
        """True if an occurrence starting at ``start`` in ``field`` is in the first sentence."""
        lead_field, end = self.lead()
        return field == lead_field and start < end

    def word_spans(self, pid: int) -> list[tuple[int, int, int]]:
        """(field, first word, last word) of each occurrence of ``pid``, in ``occ`` order.

        Worked out once per item and pattern: the NEARs and OUTSIDEs of several profiles,
        and the scorer's guards after them, ask for the same patterns' words again and
        again (two counts of word starts per occurrence each time). Shared: never mutate
        the list."""
        found = self._spans.get(pid)
        if found is None:
            found = []
            for f, s, e in self.occ[pid]:
                first = self.word_index(s)
                # Its last word: the first plus the word starts inside it (a short count).
                found.append((f, first, first + _starts_in(self.bounds, s + 1, e, e)))
            self._spans[pid] = found
        return found

    def word_index(self, offset: int) -> int:
        """Index of the token containing squashed offset ``offset`` (monotone per field)."""
        return self.bounds.count(_START, 0, offset + 1) - 1


def _starts_in(bounds: bytes, start: int, end: int, most: int) -> int:
    """How many words start in [start, end) of ``bounds`` (Hits.bounds), counted up to
    ``most``. The range is inside one hit, a few bytes: read one by one, which the compiled
    build does natively, where bytes.find and bytes.count are method calls through the
    interpreter (their offsets made int objects, their arguments parsed), about 1,300
    instructions each, and a topic item asked about eighteen."""
    count = 0
    for at in range(start, end):
        if bounds[at]:
            count += 1
            if count == most:
                break
    return count


def scan(item: Item, automaton: Any, fields: int = ALL_FIELDS) -> Hits:
    return scan_texts(field_texts(item, fields), automaton)


def scan_texts(texts: Sequence[str], automaton: Any) -> Hits:
    """Hits of the automaton in ``texts`` (one per field, as field_texts gives them). Room
    for the tests' answers and which tables of terms hold are left to Hits.lend and
    Hits.hold: an item no profile can match never needs them."""
    hits = Hits(texts)
    # With no terms at all (``profiles: {}``) the trie was never made into an automaton,
    # and iterating one raises; there is nothing to find anyway.
    if automaton.kind != ahocorasick.AHOCORASICK:
        return hits
    if len(hits.squashed) >= len(hits.bases):  # something besides the separators
        hits.collect(automaton)
    return hits
