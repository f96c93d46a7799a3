"""Turn the runner's results into table rows (kept in results.json) and one printed table."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def _row(figure: str, value: float | None, unit: str, baseline: str = "",
         base_value: float | None = None, target: str = "", ok: bool | None = None,
         higher_is_better: bool = False) -> Row:
    ratio = None
    if value and base_value:
        ratio = value / base_value if higher_is_better else base_value / value
    return {"figure": figure, "watcher": value, "unit": unit, "baseline": baseline,
            "baseline_value": base_value, "ratio": ratio, "target": target,
            "pass": ok}


def _within(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def poll_rows(r: dict[str, Any]) -> list[Row]:
    b, w = r["baselines"], r["watcher"]
    n = r["settings"]["feeds"]
    sample = b["sequential_first"]["feeds"]
    seq_steady, seq_first = b["sequential_steady"]["extrapolated"], \
        b["sequential_first"]["extrapolated"]
    rows: list[Row] = []
    for key, label in (("steady_process", "whole process"), ("steady_inproc", "in-process")):
        sec = w[key]["seconds"] if not w[key].get("returncode") else None
        ok = None if sec is None else sec <= 2.0 and seq_steady / sec >= 100
        rows += [
            _row(f"steady poll, {n} feeds all 304 ({label})", sec, "s",
                 f"sequential feedparser (x{n // sample} of {sample})", seq_steady,
                 "<= 2.0 s and >= 100x", ok),
            _row("", sec, "s", "asyncio+httpx, 1 shared client, 64 in flight",
                 b["naive_steady"]["seconds"]),
        ]
    first = w["first"]["seconds"] if not w["first"]["returncode"] else None
    rows += [
        _row(f"first poll, {n} feeds x {r['settings']['items']} new items, stored+matched",
             first, "s", f"sequential feedparser (x{n // sample} of {sample})", seq_first,
             "<= 12 s", _within(first, 12.0)),
        _row("", first, "s", "asyncio+httpx, 1 shared client (parse only)",
             b["naive_first"]["seconds"]),
    ]
    return rows


def matching_rows(m: dict[str, Any]) -> list[Row]:
    """bench/match.py's rows: items/s per profile count, the regex baseline beside it."""
    if "error" in m:
        return [_row(f"matching: {m['error']}", None, "")]
    rows: list[Row] = []
    for r in m.get("rows", []):
        limit = m.get("targets", {}).get(str(r["profiles"]))
        value = float(r["items_per_second"])
        rows.append(_row(
            f"matching, {r['profiles']:,} profiles x {r['terms_per_profile']} terms", value,
            "items/s", "one regex per term per profile", float(r["baseline_items_per_second"]),
            f">= {limit:,} items/s" if limit else "", None if limit is None else value >= limit,
            higher_is_better=True))
    return rows


def other_rows(r: dict[str, Any]) -> list[Row]:
    rend, w = r["rendering"], r["watcher"]
    rows = [_row(f"rendering: {rend['error']}", None, "")] if "error" in rend else [
        _row(f"render {rend['items']}-item digest (build + HTML/text email)", rend["total"],
             "s", target="<= 0.5 s", ok=_within(rend["total"], 0.5)),
        _row("  of which HTML + text templates alone", rend["html_and_text"], "s")]
    rows.append(_row("peak RSS of watcher through polls 1 and 2", w["peak_rss_mb"], "MB",
                     target="<= 150 MB", ok=_within(w["peak_rss_mb"], 150.0)))
    if "cpu_seconds" in w["first"]:
        rows.append(_row("CPU of the median first poll (watcher and its workers)",
                         w["first"]["cpu_seconds"], "s"))
    farm = w["steady_process"]["farm"]
    rows.append(_row("farm CPU per request (ms), not the bottleneck",
                     1000 * farm["cpu_seconds"] / max(farm["requests"], 1), "ms"))
    return rows


def rows(r: dict[str, Any]) -> list[Row]:
    return poll_rows(r) + matching_rows(r["matching"]) + other_rows(r)


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value >= 1 else f"{value:.3f}"
    return f"{text} {unit}".strip()


def table(r: dict[str, Any]) -> str:
    """A Markdown table, so the README can take it as it is."""
    m = r["machine"]
    head = (f"Machine: {m['cores']} cores, {m['cpu']}, Python {m['python']}, "
            f"commit {m['commit']}, {r['date']}")
    lines = [head, "", "| figure | watcher | baseline | baseline value | ratio | target | pass |",
             "|---|---|---|---|---|---|---|"]
    for row in r["table"]:
        ok = {True: "PASS", False: "FAIL", None: ""}[row["pass"]]
        ratio = f"{row['ratio']:,.1f}x" if row["ratio"] else ""
        lines.append(f"| {row['figure']} | {_fmt(row['watcher'], row['unit'])} | "
                     f"{row['baseline']} | {_fmt(row['baseline_value'], row['unit'])} | "
                     f"{ratio} | {row['target']} | {ok} |")
    return "\n".join(lines)
