"""Run every benchmark module and write docs/performance.md.

Usage: ``python -m benchmarks [TOPIC ...]`` (topics are the ``bench_<topic>`` module names; all by
default). With a subset, the other topics' sections of docs/performance.md are kept as they were.
"""

from __future__ import annotations

import importlib
import os
import platform
import re
import sys
import time
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"


def _topics() -> list[str]:
    return sorted(p.stem[len("bench_"):] for p in Path(__file__).parent.glob("bench_*.py"))


def _section(topic: str, results: list[Result]) -> str:
    lines = [f"<!-- topic:{topic} -->", f"## {topic}", "",
             "| measurement | time | baseline | against the baseline | peak memory | target | met |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        base = f"{r.baseline_name}: {_fmt(r.baseline_seconds)}" if r.baseline_seconds is not None else ""
        ratio = _ratio(r.ratio)
        mem = f"{r.peak_mb:,.1f} MB" if r.peak_mb is not None else ""
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        lines.append(f"| {r.name} | {_fmt(r.seconds)} | {base} | {ratio} | {mem} | {r.target} | {met} |")
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    if notes:
        lines += ["", *notes]
    lines += [f"<!-- /topic:{topic} -->", ""]
    return "\n".join(lines)


def _ratio(ratio: float | None) -> str:
    """'12.3x faster' or '95x slower': a ratio below 1 printed as 0.0x would say nothing."""
    if ratio is None:
        return ""
    if ratio >= 1:
        return f"{ratio:,.1f}x faster"
    return f"{1 / ratio:,.1f}x slower"


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 1e-3:
        return f"{seconds * 1e6:,.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:,.1f} ms"
    return f"{seconds:,.2f} s"


def main(argv: list[str]) -> int:
    """Run the chosen benchmark topics and update docs/performance.md."""
    topics = argv or _topics()
    old = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    sections = dict(re.findall(r"<!-- topic:(\w+) -->\n(.*?)<!-- /topic:\1 -->\n", old, re.S))
    sections = {k: f"<!-- topic:{k} -->\n{v}<!-- /topic:{k} -->\n" for k, v in sections.items()}
    for topic in topics:
        module = importlib.import_module(f"benchmarks.bench_{topic}")
        start = time.perf_counter()
        results = module.run()
        print(f"{topic}: {len(results)} figures in {time.perf_counter() - start:.1f} s")
        for r in results:
            ratio = f" ({_ratio(r.ratio)} than the baseline)" if r.ratio is not None else ""
            print(f"  {r.name}: {_fmt(r.seconds)}{ratio}" + (f", peak {r.peak_mb:.1f} MB" if r.peak_mb else ""))
        sections[topic] = _section(topic, results)
    header = (
        "# Performance\n\n"
        "Measured by `make bench` (`python -m benchmarks`). Each figure is compared with a baseline "
        "measured in the same run, so the ratios hold across machines. Timed assertions do not belong "
        "in the test suite; these figures are the record.\n\n"
        f"Last run: {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {platform.machine()}.\n\n"
    )
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(header + "\n".join(sections[k] for k in sorted(sections)), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
