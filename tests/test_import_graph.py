"""The layering holds: no import circle in irm_app, and nothing outside irm_app/ui imports Qt.

Read from the source with ast (nothing is imported): every `import` at any depth counts, lazy
ones inside functions included, except those under `if TYPE_CHECKING:` (never run).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import irm_app

ROOT = Path(irm_app.__file__).parent


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for b in node.body for n in ast.walk(b))
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps = {d for d in _imports(path, name) if d in files and d != name}
        graph[name] = deps
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for d in sorted(graph[n]):
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state and (found := visit(d)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def _without_package_inits(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """A package's __init__ re-exporting its modules is not a circle with them."""
    return {n: {d for d in deps if not n.startswith(d + ".")} for n, deps in graph.items()}


def test_no_import_circle_in_irm_app() -> None:
    cycle = _cycle(_without_package_inits(_graph()))
    assert cycle is None, " -> ".join(cycle or [])


def test_nothing_outside_ui_imports_qt() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        name = _module(path)
        if name.startswith("irm_app.ui"):
            continue
        if any(d.split(".")[0] in ("PySide6", "shiboken6") for d in _imports(path, name)):
            offenders.append(name)
    assert offenders == []


# What a front end (cli/, ui/) may take from the core directly: error types to catch, types to
# annotate, and how a verdict is worded. Everything that does something (verify, sign, read a
# package, create an identity, keep the trust list or the keys seen, parse a plan file, render
# a report) is reached through irm_app/operations/ (issue 12).
FRONT_ENDS = ("irm_app.cli", "irm_app.ui")
SIGNING_ALLOWED = {
    "irm_app.signing.errors": None,  # any error type
    "irm_app.signing.continuity": {"KeyChange", "KeyChanged"},
    "irm_app.signing.verify": {"EXIT_VALID", "EXIT_INVALID", "EXIT_UNREADABLE", "EXIT_UNTRUSTED", "Verdict",
                               "exit_code", "format_verdict", "report_state"},
    "irm_app.signing.identity": {"read_passphrase", "passphrase_problem"},  # the terminal's prompt and its rule
}
ACTION_MODULES = ("irm_app.importers.registry", "irm_app.reports.pdf", "irm_app.reports.docx",
                  "irm_app.reports.export", "irm_app.intake.reader",
                  "irm_app.library.backups.make_backup", "irm_app.library.backups.restore")


def _imported_names(path: Path, name: str) -> list[tuple[str, str]]:
    """(module, name) of every `from X import name` outside TYPE_CHECKING; (module, '*') for `import X`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for b in node.body for n in ast.walk(b))
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [(a.name, "*") for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            out += [(base, a.name) for a in node.names]
    return out


def _front_end_offences() -> list[str]:
    offences = []
    for path in sorted(ROOT.rglob("*.py")):
        name = _module(path)
        if not name.startswith(FRONT_ENDS):
            continue
        for module, what in _imported_names(path, name):
            full = f"{module}.{what}"
            if module == "irm_app" and what in ("signing", "importers"):
                offences.append(f"{name}: {full}")
            elif module.startswith("irm_app.signing") or full.startswith("irm_app.signing."):
                if module == "irm_app.signing":
                    module, what = full, "*"
                allowed = SIGNING_ALLOWED.get(module, set())
                if allowed is not None and what not in allowed:
                    offences.append(f"{name}: {module}.{what}")
            elif any(module == m or module.startswith(m + ".") or full == m for m in ACTION_MODULES):
                offences.append(f"{name}: {full}")
    return offences


def test_front_ends_reach_core_actions_only_through_operations() -> None:
    assert _front_end_offences() == []


def test_the_front_end_rule_sees_a_direct_core_call(tmp_path: Path, monkeypatch) -> None:
    """The check itself: a GUI module that verifies or loads an identity directly is caught."""
    fake = tmp_path / "irm_app"
    (fake / "ui" / "dialogs").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "ui" / "__init__.py").write_text("")
    (fake / "ui" / "dialogs" / "__init__.py").write_text("")
    (fake / "ui" / "dialogs" / "x.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from ...signing.errors import IdentityError\n"
        "from ...signing.verify import format_verdict, verify_file\n"
        "if TYPE_CHECKING:\n    from ...signing.trust import TrustStore\n"
        "def f():\n    from ...signing.identity import load_identity\n    from ... import signing\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", fake)
    assert _front_end_offences() == ["irm_app.ui.dialogs.x: irm_app.signing.verify.verify_file",
                                     "irm_app.ui.dialogs.x: irm_app.signing.identity.load_identity",
                                     "irm_app.ui.dialogs.x: irm_app.signing"]
