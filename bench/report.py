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


# Issue 13's targets hold on the topic workload; the earlier ones on the mixed workload.
_TARGETS: dict[str, dict[str, float]] = {
    "mixed": {"steady": 2.0, "first": 12.0, "match_jsonl": 0.0},  # 0: no target
    "topic": {"steady": 1.5, "first": 8.0, "match_jsonl": 25_000.0},
}


def _seq_label(feeds: int, seq: dict[str, Any]) -> str:
    return f"sequential feedparser (x{feeds // seq['feeds']} of {seq['feeds']})"


def poll_rows(r: dict[str, Any], name: str) -> list[Row]:
    """Steady and first polls of one workload, each beside its same-run baselines."""
    wl = r["workloads"][name]
    b, w, targets = wl["baselines"], wl["watcher"], _TARGETS[name]
    n = r["settings"]["feeds"]
    limit = targets["steady"]
    rows: list[Row] = []
    for key, label in (("steady_process", "whole process"), ("steady_inproc", "in-process")):
        sec = w[key]["seconds"] if not w[key].get("returncode") else None
        if "sequential_steady" in b:
            seq = b["sequential_steady"]["extrapolated"]
            ok = None if sec is None else sec <= limit and seq / sec >= 100
            rows.append(_row(f"{name}: steady poll, {n} feeds all 304 ({label})", sec, "s",
                             _seq_label(n, b["sequential_steady"]), seq,
                             f"<= {limit} s and >= 100x", ok))
            rows.append(_row("", sec, "s", "asyncio+httpx, 1 shared client, 64 in flight",
                             b["naive_steady"]["seconds"]))
        else:
            rows.append(_row(f"{name}: steady poll, {n} feeds all 304 ({label})", sec, "s",
                             "asyncio+httpx, 1 shared client, 64 in flight",
                             b["naive_steady"]["seconds"], f"<= {limit} s",
                             _within(sec, limit)))
    first = w["first"]["seconds"] if not w["first"]["returncode"] else None
    label = f"{name}: first poll, {n} feeds x {r['settings']['items']} new items, stored+matched"
    if "sequential_first" in b:
        rows.append(_row(label, first, "s", _seq_label(n, b["sequential_first"]),
                         b["sequential_first"]["extrapolated"], f"<= {targets['first']:g} s",
                         _within(first, targets["first"])))
        label, target, ok = "", "", None
    else:
        target, ok = f"<= {targets['first']:g} s", _within(first, targets["first"])
    rows.append(_row(label, first, "s", "asyncio+httpx, 1 shared client (parse only)",
                     b["naive_first"]["seconds"], target, ok))
    return rows


def workload_rows(r: dict[str, Any], name: str) -> list[Row]:
    """match --jsonl beside the naive matcher, the match rate, the first poll's digest,
    start-up and peak RSS of one workload."""
    wl = r["workloads"][name]
    rows = poll_rows(r, name)
    mj, limit = wl["match_jsonl"], _TARGETS[name]["match_jsonl"]
    if "error" in mj:
        rows.append(_row(f"{name}: match --jsonl: {mj['error'][:200]}", None, ""))
    else:
        rate = mj["items_per_second"]
        rows.append(_row(f"{name}: watcher match --jsonl, {mj['items']:,} items, whole process",
                         rate, "items/s", "naive keyword lists, whole process",
                         mj["naive_items_per_second"],
                         f">= {limit:,.0f} items/s" if limit else "",
                         rate >= limit if limit else None, higher_is_better=True))
        share = 100 * mj["match_rate"]
        rows.append(_row(f"{name}: items matching a shipped profile", share, "%",
                         "naive keyword lists", 100 * mj["naive_match_rate"],
                         ">= 90 %" if name == "topic" else "",
                         share >= 90 if name == "topic" else None))
        rows[-1]["ratio"] = None  # two rates side by side; their quotient means nothing
    d = wl["digest_all"]
    if "error" in d:
        rows.append(_row(f"{name}: digest of all matches: {d['error'][:200]}", None, ""))
    else:
        rows.append(_row(f"{name}: digest of all {d['matches']:,} matches ({d['items']} shown, "
                         f"{d['overflow']:,} more counted), build + email", d["total"], "s"))
    w = wl["watcher"]
    rows.append(_row(f"{name}: start-up until the first request (run --once, median)",
                     w["steady_process"].get("to_first_request"), "s"))
    rows.append(_row(f"{name}: peak RSS of watcher through polls 1 and 2", w["peak_rss_mb"],
                     "MB", target="<= 150 MB", ok=_within(w["peak_rss_mb"], 150.0)))
    if "cpu_seconds" in w["first"]:
        rows.append(_row(f"{name}: CPU of the median first poll (watcher and its workers)",
                         w["first"]["cpu_seconds"], "s"))
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
    rend = r["rendering"]
    rows = [_row(f"rendering: {rend['error']}", None, "")] if "error" in rend else [
        _row(f"render {rend['items']}-item digest (build + HTML/text email)", rend["total"],
             "s", target="<= 0.5 s", ok=_within(rend["total"], 0.5)),
        _row("  of which HTML + text templates alone", rend["html_and_text"], "s")]
    farms = [wl["watcher"]["steady_process"]["farm"] for wl in r["workloads"].values()]
    rows.append(_row("farm CPU per request (ms), not the bottleneck",
                     1000 * sum(f["cpu_seconds"] for f in farms)
                     / max(sum(f["requests"] for f in farms), 1), "ms"))
    return rows


def rows(r: dict[str, Any]) -> list[Row]:
    out: list[Row] = []
    for name in r["workloads"]:
        out += workload_rows(r, name)
    return out + matching_rows(r["matching"]) + other_rows(r)


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value >= 1 else f"{value:.3f}"
    return f"{text} {unit}".strip()


def _loads(values: list[float] | None) -> str:
    return "-" if not values else "/".join(f"{v:.1f}" for v in values)


def table(r: dict[str, Any]) -> str:
    """A Markdown table, so the README can take it as it is."""
    m = r["machine"]
    head = (f"Machine: {m['cores']} cores, {m['cpu']}, Python {m['python']}, "
            f"commit {m['commit']}, {r['date']}")
    if "load_average" in r:
        load = r["load_average"]
        head += (f"; load average (1, 5, 15 min) at start {_loads(load['start'])}, at end "
                 f"{_loads(load.get('end'))}; suite {r.get('suite_seconds', 0) / 60:.1f} min")
    lines = [head, "", "| figure | watcher | baseline | baseline value | ratio | target | pass |",
             "|---|---|---|---|---|---|---|"]
    for row in r["table"]:
        ok = {True: "PASS", False: "FAIL", None: ""}[row["pass"]]
        ratio = f"{row['ratio']:,.1f}x" if row["ratio"] else ""
        lines.append(f"| {row['figure']} | {_fmt(row['watcher'], row['unit'])} | "
                     f"{row['baseline']} | {_fmt(row['baseline_value'], row['unit'])} | "
                     f"{ratio} | {row['target']} | {ok} |")
    return "\n".join(lines)
