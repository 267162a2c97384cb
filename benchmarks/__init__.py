"""The performance suite: `python -m benchmarks [--quick] [--json OUT]`.

Every figure is measured beside a baseline in the same run (the same machine, the same load),
so the ratio is what we judge: absolute seconds drift between machines, ratios much less.
This module holds only the bookkeeping (figures, statistics, the table, growth exponents);
the measurements live in `bench_*.py`. Standard library only, so importing it is cheap.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

GROWTH_FLAG = 1.2
"""A growth exponent above this is super-linear enough to look at."""


def pct(xs: list[float], p: float) -> float:
    """The p-th percentile (nearest rank); robust enough for the sample sizes used here."""
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * (len(s) - 1)))))]


def repeat(fn: Callable[[], Any], reps: int) -> list[float]:
    """Wall time of `reps` calls of fn, in seconds."""
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


@dataclass
class Figure:
    """One row of the table: a statistic of some samples beside the same statistic of a baseline."""

    name: str
    size: str
    samples: list[float]
    baseline: list[float]
    unit: str = "s"
    stat: str = "median"  # or "p99"
    target: str = ""  # human text, e.g. "ratio <= 1.5 and < 1 s"
    check: Callable[[Figure], bool] | None = field(default=None, repr=False)
    group: str | None = None  # growth family, e.g. "edit.p50"
    scale: float | None = None  # 1, 10, 100 (plans) within the family
    note: str = ""

    def _stat(self, xs: list[float]) -> float:
        if not xs:
            return math.nan
        return pct(xs, 99) if self.stat == "p99" else statistics.median(xs)

    @property
    def value(self) -> float:
        return self._stat(self.samples)

    @property
    def base(self) -> float:
        return self._stat(self.baseline)

    @property
    def ratio(self) -> float:
        b = self.base
        return self.value / b if b and not math.isnan(b) else math.nan

    @property
    def spread(self) -> tuple[float, float]:
        """p10-p90 with ten samples or more, else min-max."""
        if len(self.samples) >= 10:
            return pct(self.samples, 10), pct(self.samples, 90)
        return min(self.samples), max(self.samples)

    @property
    def status(self) -> str:
        if self.check is None:
            return "-"
        return "pass" if self.check(self) else "MISS"

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("check")
        d.pop("samples")
        d.pop("baseline")
        lo, hi = self.spread
        d.update(value=_num(self.value), spread=[lo, hi], n=len(self.samples), baseline_value=_num(self.base),
                 baseline_n=len(self.baseline), ratio=_num(self.ratio), status=self.status)
        return d


def _num(v: float) -> float | None:
    """NaN is not JSON: a missing statistic is null."""
    return None if math.isnan(v) else v


def growth(figures: list[Figure]) -> list[dict[str, Any]]:
    """Per family: value at each scale and the exponent log(v_max/v_min)/log(s_max/s_min)."""
    fams: dict[str, list[Figure]] = {}
    for f in figures:
        if f.group and f.scale:
            fams.setdefault(f.group, []).append(f)
    out = []
    for name, fs in fams.items():
        fs.sort(key=lambda f: f.scale or 0)
        lo, hi = fs[0], fs[-1]
        exp = math.nan
        if len(fs) > 1 and lo.value > 0 and hi.value > 0 and hi.scale != lo.scale:
            exp = math.log(hi.value / lo.value) / math.log((hi.scale or 1) / (lo.scale or 1))
        out.append({"group": name, "unit": lo.unit, "points": [[f.scale, f.value] for f in fs],
                    "exponent": _num(exp), "super_linear": bool(exp > GROWTH_FLAG)})
    return out


def _fmt(v: float, unit: str) -> str:
    if math.isnan(v):
        return "-"
    if unit == "s":
        return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v:.3g} {unit}"


def table(figures: list[Figure]) -> str:
    """The results as a Markdown table (readable in a terminal and pasteable into docs)."""
    head = ["benchmark", "size", "stat", "value", "spread", "baseline", "ratio", "target", "result"]
    rows = [head, ["---"] * len(head)]
    for f in figures:
        lo, hi = f.spread
        rows.append([f.name, f.size, f.stat, _fmt(f.value, f.unit),
                     f"{_fmt(lo, f.unit)} - {_fmt(hi, f.unit)}", _fmt(f.base, f.unit),
                     "-" if math.isnan(f.ratio) else f"{f.ratio:.2f}x", f.target or "-", f.status])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    return "\n".join(lines)


def growth_table(rows: list[dict[str, Any]]) -> str:
    """One row per family: the value at each scale (plans, or commitments for reports)."""
    head = ["family", "points (scale: value)", "exponent", "flag"]
    out = [head, ["---"] * len(head)]
    for g in rows:
        pts = "; ".join(f"{s:g}: {_fmt(v, g['unit'])}" for s, v in g["points"])
        out.append([g["group"], pts, "-" if g["exponent"] is None else f"{g['exponent']:.2f}",
                    "SUPER-LINEAR" if g["super_linear"] else ""])
    widths = [max(len(r[i]) for r in out) for i in range(len(head))]
    return "\n".join("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in out)


@dataclass
class Context:
    """What every bench_*.run() gets: the mode, a private temp dir and the run's library cache."""

    quick: bool
    tmp: Any  # Path
    cache: Any  # synthetic.LibraryCache
    env: dict[str, str]  # environment for child processes (offscreen Qt, private IRM_APP_HOME)
    log: Callable[[str], None] = print

    @property
    def scales(self) -> tuple[int, ...]:
        """Library sizes in plans (50 commitments each): 1x/10x/100x, quick mode stops at 10x."""
        return (1, 10) if self.quick else (1, 10, 100)

    def reps(self, full: int, quick: int = 1) -> int:
        return quick if self.quick else full
