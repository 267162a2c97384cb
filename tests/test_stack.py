"""The installed stack: the Qt binding keeps the interpreter intact, and a missing system
library is named (with its Debian package) before Qt can abort the process."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from irm_app.cli import system_libs

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal, QCoreApplication
    app = QCoreApplication([])
    class O(QObject):
        s = Signal(str)
    o = O(); o.s.connect(lambda x: None)
    before = sys.getrefcount(True)
    for i in range(300):
        o.s.emit("x")
    print(before, sys.getrefcount(True))
    """
)


def test_the_issue_probe_holds_steady_in_the_installed_environment():
    """300 emits of a Signal(str): PySide6 6.12.0 on 3.11 drains True's count and aborts."""
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    before, after = map(int, run.stdout.split())
    assert after >= before - 10, f"True's refcount went {before} -> {after}"


def test_the_start_up_guard_passes_here_and_would_name_the_fix():
    from irm_app.ui import stack_check

    assert not stack_check.leaks_constants()
    assert stack_check.problem() is None


def test_ldd_output_is_read_for_the_missing_sonames():
    out = (
        "\tlinux-vdso.so.1 (0x00007ffc)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f)\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
    )
    assert system_libs.not_found(out) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_only_x11_sessions_need_the_xcb_libraries():
    assert system_libs.uses_xcb({"DISPLAY": ":0"}) == sys.platform.startswith("linux")
    assert not system_libs.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not system_libs.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})
    assert system_libs.problem({"QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is the Linux platform plugin")
def test_the_installed_xcb_plugin_finds_every_library():
    """What the README's set-up installs (scripts/system-deps.sh) is enough for Qt's X11 plugin."""
    assert system_libs.xcb_plugin() is not None
    assert system_libs.missing_libraries(system_libs.xcb_plugin()) == []


@pytest.mark.skipif(shutil.which("cc") is None or shutil.which("ldd") is None, reason="needs cc and ldd")
def test_a_plugin_whose_library_is_gone_is_named_in_one_line(tmp_path: Path):
    """A real shared object linked against a library that is then removed, as on a fresh machine."""
    stub_dir = tmp_path / "stub"
    stub_dir.mkdir()
    (tmp_path / "stub.c").write_text("int irm_stub(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int irm_stub(void);\nint irm_plugin(void) { return irm_stub(); }\n")
    subprocess.run(["cc", "-shared", "-fPIC", "-Wl,-soname,libirm-gone.so.1", "-o",
                    str(stub_dir / "libirm-gone.so.1"), str(tmp_path / "stub.c")], check=True)
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-Wl,--no-as-needed", "-o", str(plugin), str(tmp_path / "plugin.c"),
                    str(stub_dir / "libirm-gone.so.1")], check=True)
    shutil.rmtree(stub_dir)
    assert system_libs.missing_libraries(plugin) == ["libirm-gone.so.1"]
    line = system_libs.problem({"DISPLAY": ":0"}, plugin=plugin)
    assert line is not None and "\n" not in line
    assert "libirm-gone.so.1" in line and "system-deps.sh" in line
