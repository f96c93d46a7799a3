"""Profiles against labelled items: precision, recall and F1, false alerts, and every miss.

    score(matcher, items) -> Scores        items: (id, Item, expected profile ids)
    Scores.render() -> str                 the table, the summary lines, then each miss

Micro-F1 pools the true positives, false positives and false negatives of every profile. The
false-alert rate is the share of items labelled with no profile that raised at least one
alert: what an analyst who follows every profile sees as noise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from watcher.match import Matcher
from watcher.models import Item

LabelledItem = tuple[str, Item, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Miss:
    """One wrong decision: ``kind`` is "false positive" or "false negative"."""

    item_id: str
    title: str
    profile: str
    kind: str
    why: str  # the terms that fired (false positive) or what was missing (false negative)


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 1.0

    def add(self, got: bool, want: bool) -> Counts:
        return Counts(self.tp + (got and want), self.fp + (got and not want),
                      self.fn + (want and not got))


@dataclass(slots=True)
class Scores:
    per_profile: dict[str, Counts]
    items: int = 0
    unlabelled: int = 0
    false_alerts: int = 0  # unlabelled items that raised at least one alert
    misses: list[Miss] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        tp = sum(c.tp for c in self.per_profile.values())
        fp = sum(c.fp for c in self.per_profile.values())
        fn = sum(c.fn for c in self.per_profile.values())
        return Counts(tp, fp, fn)

    @property
    def false_alert_rate(self) -> float:
        return self.false_alerts / self.unlabelled if self.unlabelled else 0.0

    def summary(self) -> str:
        micro = self.micro
        return (f"items {self.items}, micro P {micro.precision:.3f} R {micro.recall:.3f} "
                f"F1 {micro.f1:.3f} (tp {micro.tp} fp {micro.fp} fn {micro.fn}); "
                f"false alerts {self.false_alerts}/{self.unlabelled} items with no label "
                f"({100 * self.false_alert_rate:.1f}%)")

    def table(self) -> str:
        lines = [f"{'profile':<22} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for name, c in self.per_profile.items():
            lines.append(f"{name:<22} {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} "
                         f"{c.tp:4} {c.fp:4} {c.fn:4}")
        return "\n".join(lines)

    def render(self) -> str:
        out = [self.table(), "", self.summary()]
        if self.misses:
            out += ["", f"misses ({len(self.misses)}):"]
            out += [f"  {m.kind} {m.profile} [{m.item_id}] {m.title}\n      {m.why}"
                    for m in self.misses]
        return "\n".join(out)


def score(matcher: Matcher, items: Iterable[LabelledItem],
          profiles: Sequence[str] | None = None) -> Scores:
    """Match every item and compare with its labels (profiles: the ones to score)."""
    names = tuple(profiles if profiles is not None else matcher.profiles)
    scores = Scores({name: Counts() for name in names})
    for item_id, item, want in items:
        found = {m.profile: m for m in matcher.match(item, snippets=False)
                 if m.profile in scores.per_profile}
        scores.items += 1
        if not want & set(names):
            scores.unlabelled += 1
            scores.false_alerts += bool(found)
        for name in names:
            got, wanted = name in found, name in want
            scores.per_profile[name] = scores.per_profile[name].add(got, wanted)
            if got and not wanted:
                fired = ", ".join(t.term for t in found[name].terms)
                scores.misses.append(Miss(item_id, item.title, name, "false positive",
                                          f"fired: {fired} (score {found[name].score:g})"))
            elif wanted and not got:
                why = _missing(matcher, name, item)
                scores.misses.append(Miss(item_id, item.title, name, "false negative", why))
    return scores


def _missing(matcher: Matcher, profile: str, item: Item) -> str:
    if profile not in matcher.profiles:
        return "no such profile in the configuration"
    return matcher.explain(profile, item).why_not()
