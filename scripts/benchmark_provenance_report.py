#!/usr/bin/env python3
"""Turns the measurements of scripts/benchmark-provenance.sh into a docs/benchmarks.md section.

Arguments: results.tsv sizes.tsv plot-directory plot-prefix date git machine settings.
Prints the Markdown section; writes gnuplot data and scripts (<prefix>-depth.gp, <prefix>-size.gp) to the
plot directory for the calling script to render. Standard library only.
"""
import math
import os
import sys

COLUMNS = ["preset", "label", "client", "mode", "connections", "requests", "seconds", "rps", "p50", "p99",
           "first", "errors"]
UNLOADED_RATIO, THROUGHPUT_RATIO, DEEP_FIRST_MS, SIZE_RATIO = 1.3, 0.75, 200.0, 1.2


def number(text):
    try:
        value = float(text)
        return None if math.isnan(value) else value
    except (TypeError, ValueError):
        return None


def read_results(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) != len(COLUMNS):
                continue
            row = dict(zip(COLUMNS, cells))
            rows[(row["preset"], row["label"], row["client"])] = row
    return rows


def read_sizes(path):
    sizes = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            preset, _, text = line.rstrip("\n").split("\t")
            sizes[preset] = dict(item.split("=", 1) for item in text.split())
    return sizes


def latency(row):
    """The p50 of a run that completed requests, else None."""
    if row is None or row.get("requests") in ("0", "", None):
        return None
    return number(row["p50"])


def ms(value):
    return "–" if value is None else (f"{value:.1f}" if value < 100 else f"{value:.0f}")


def cell(row, key):
    if row is None:
        return "–"
    first = row.get("first", "")
    if key == "first" and first.startswith("FAIL"):
        return "no answer (" + first[5:] + ")"
    if key in ("p50", "p99") and row.get("requests") == "0":
        return "–"
    return ms(number(row.get(key)))


def verdict(ok):
    return "**met**" if ok else "**missed**"


def main():
    results_path, sizes_path, plots, prefix, date, git, machine, settings = sys.argv[1:9]
    rows = read_results(results_path)
    sizes = read_sizes(sizes_path)
    presets = [p for p in ("small", "large", "deep", "tiny") if p in sizes]
    out = []
    w = out.append
    w(f"### {date} — provenance walk against the raw Cypher statement")
    w("")
    w(f"- git: {git}")
    w(f"- machine: {machine}")
    w(f"- settings: {settings}")
    for p in presets:
        s = sizes[p]
        w(f"- `{p}`: {int(s['nodes']):,} nodes, {int(s['relationships']):,} relationships in {s['networks']} "
          f"network(s), generated and loaded over Bolt in {s['load_s']} s; root `{s['root']}`: {s['tiers']} tiers, "
          f"{s['batches']} batches, {s['shipments']} shipments upstream")
    w("- raw = one Cypher statement through the Java driver (`RawProvenanceLoad.STATEMENT`, the pruning"
      " var-length expansion), the limit; graphql = `provenance` over HTTP POST /graphql with the full"
      " selection, driven by wrk. Unloaded: one client, sequential requests. Loaded: concurrent clients.")
    w("")
    w("| graph | client | unloaded p50 / p99 (ms) | first request (ms) | loaded req/s | loaded p50 / p99 (ms) | errors |")
    w("|---|---|---|---|---|---|---|")
    for p in presets:
        for client in ("raw", "graphql"):
            u = rows.get((p, "root", client))
            l = next((r for (pp, label, c), r in rows.items() if pp == p and c == client and label.startswith("root-c")), None)
            errors = sum(int(r["errors"]) for r in (u, l) if r and r["errors"].isdigit())
            w(f"| {p} | {client} | {cell(u, 'p50')} / {cell(u, 'p99')} | {cell(u, 'first')} | "
              f"{cell(l, 'rps')} | {cell(l, 'p50')} / {cell(l, 'p99')} | {errors} |")
    w("")

    w("Targets (issue #11):")
    w("")
    w("| target | measured | |")
    w("|---|---|---|")
    for p in presets:
        raw_u, gql_u = rows.get((p, "root", "raw")), rows.get((p, "root", "graphql"))
        a, b = latency(raw_u), latency(gql_u)
        if a and b is not None:
            w(f"| {p}: unloaded latency ≤ {UNLOADED_RATIO}× the raw statement's | p50 {ms(b)} ms vs {ms(a)} ms:"
              f" {b / a:.2f}× | {verdict(b <= UNLOADED_RATIO * a)} |")
        else:
            w(f"| {p}: unloaded latency ≤ {UNLOADED_RATIO}× the raw statement's | not measured | **missed** |")
        raw_l = next((r for (pp, label, c), r in rows.items() if pp == p and c == "raw" and label.startswith("root-c")), None)
        gql_l = next((r for (pp, label, c), r in rows.items() if pp == p and c == "graphql" and label.startswith("root-c")), None)
        a, b = (number(raw_l["rps"]) if raw_l else None), (number(gql_l["rps"]) if gql_l else None)
        if a and b is not None:
            w(f"| {p}: throughput at {raw_l['connections']} connections ≥ {THROUGHPUT_RATIO}× the raw statement's |"
              f" {b:.1f} vs {a:.1f} req/s: {b / a:.2f}× | {verdict(b >= THROUGHPUT_RATIO * a)} |")
        else:
            w(f"| {p}: throughput ≥ {THROUGHPUT_RATIO}× the raw statement's | not measured | **missed** |")
    deep = rows.get(("deep", "root", "graphql"))
    if deep is not None:
        first = number(deep["first"])
        measured = f"{ms(first)} ms" if first is not None else "no answer (" + deep["first"][5:] + ")"
        w(f"| deep: {sizes['deep']['tiers']} tiers answered < {DEEP_FIRST_MS:.0f} ms on the first request after"
          f" warm-up | {measured} | {verdict(first is not None and first < DEEP_FIRST_MS)} |")
    if "small" in sizes and "large" in sizes:
        for label, what in (("root", "the root"),):
            s, l = rows.get(("small", label, "graphql")), rows.get(("large", label, "graphql"))
            a, b = latency(s), latency(l)
            if a and b is not None:
                w(f"| large ≤ {SIZE_RATIO}× small for the same path ({what}, graphql unloaded p50) | {ms(b)} ms vs"
                  f" {ms(a)} ms: {b / a:.2f}× | {verdict(b <= SIZE_RATIO * a)} |")
            else:
                w(f"| large ≤ {SIZE_RATIO}× small for the same path | not measured | **missed** |")
    else:
        w(f"| large ≤ {SIZE_RATIO}× small for the same path | not run (needs presets small and large) | – |")
    w("")

    plots_written = []
    if "deep" in sizes:
        tiers = int(sizes["deep"]["tiers"])
        w("Depth sweep on `deep` (root: tier 32 − d's first batch, a triangle of d tiers and d(d+1)/2 batches;"
          " unloaded p50 in ms):")
        w("")
        w("| depth | raw | graphql | graphql first request |")
        w("|---|---|---|---|")
        with open(os.path.join(plots, f"{prefix}-depth.dat"), "w", encoding="utf-8") as dat:
            dat.write("# depth raw graphql graphql-first\n")
            for d in range(1, tiers + 1):
                r, g = rows.get(("deep", f"depth-{d}", "raw")), rows.get(("deep", f"depth-{d}", "graphql"))
                w(f"| {d} | {cell(r, 'p50')} | {cell(g, 'p50')} | {cell(g, 'first')} |")
                values = [latency(r), latency(g), number(g["first"]) if g else None]
                dat.write(f"{d} " + " ".join("NaN" if v is None else f"{v:.3f}" for v in values) + "\n")
        gnuplot(plots, prefix, "depth", "Provenance latency against depth (deep preset, unloaded p50)", "tiers",
                [(2, "raw Cypher statement (the limit)"), (3, "provenance over GraphQL"),
                 (4, "provenance, first request")], DEEP_FIRST_MS)
        plots_written.append(("depth", "latency against depth"))
        w("")
    sized = [p for p in ("small", "large") if p in sizes]
    if sized:
        tiers = int(sizes[sized[0]]["tiers"])
        both = len(sized) == 2
        w("Same path, " + ("two graph sizes" if both else "one graph size (run small and large to compare)")
          + f" (root network's tier {tiers} − d, unloaded p50 in ms):")
        w("")
        headers = [f"{p} {c}" for c in ("raw", "graphql") for p in sized]
        w("| depth | " + " | ".join(headers) + (" | large / small (graphql) |" if both else " |"))
        w("|---|" + "---|" * (len(headers) + (1 if both else 0)))
        with open(os.path.join(plots, f"{prefix}-size.dat"), "w", encoding="utf-8") as dat:
            dat.write("# depth " + " ".join(h.replace(" ", "-") for h in headers) + "\n")
            for d in range(1, tiers + 1):
                cells = [rows.get((p, f"depth-{d}", c)) for c in ("raw", "graphql") for p in sized]
                values = [latency(c) for c in cells]
                ratio = ""
                if both:
                    ratio = f" {values[3] / values[2]:.2f}× |" if values[2] and values[3] else " – |"
                w(f"| {d} | " + " | ".join(cell(c, "p50") for c in cells) + " |" + ratio)
                dat.write(f"{d} " + " ".join("NaN" if v is None else f"{v:.3f}" for v in values) + "\n")
        nodes = " vs ".join(f"{int(sizes[p]['nodes']):,}" for p in sized)
        gnuplot(plots, prefix, "size", f"Same path on {nodes} nodes (unloaded p50)", "tiers",
                [(2 + i, ("raw, " if i < len(sized) else "GraphQL, ") + sized[i % len(sized)])
                 for i in range(len(headers))], None)
        plots_written.append(("size", "latency small against large"))
        w("")
    for kind, title in plots_written:
        w(f"![{title}](benchmarks/{prefix}-{kind}.png)")
    if plots_written:
        w("")
    print("\n".join(out))


def gnuplot(plots, prefix, kind, title, xlabel, series, target):
    dat = os.path.join(plots, f"{prefix}-{kind}.dat")
    png = os.path.join(plots, f"{prefix}-{kind}.png")
    lines = [
        "set terminal pngcairo size 900,540 font 'sans,10'",
        f"set output '{png}'",
        f"set title \"{title}\"",
        f"set xlabel '{xlabel}'",
        "set ylabel 'latency (ms), log scale'",
        "set logscale y",
        "set grid",
        "set key top left",
        "set datafile missing 'NaN'",
    ]
    plot = [f"'{dat}' using 1:{col} with linespoints title '{name}'" for col, name in series]
    if target is not None:
        plot.append(f"{target} with lines dashtype 2 title 'target: {target:.0f} ms at 32 tiers'")
    lines.append("plot " + ", ".join(plot))
    with open(os.path.join(plots, f"{prefix}-{kind}.gp"), "w", encoding="utf-8") as gp:
        gp.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
