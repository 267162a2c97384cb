"""Before Qt starts on X11: are the system libraries its xcb platform plugin loads present?

Qt aborts the whole process (exit 134) when its platform plugin cannot load, and its message
blames libxcb-cursor0 even when another library is missing. Asking the dynamic linker first
lets the app name the libraries really missing and the Debian packages that hold them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> the Debian/Ubuntu package that ships it (what libqxcb.so loads beyond libc)
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def uses_xcb(env: dict[str, str] | None = None) -> bool:
    """Will Qt pick its X11 (xcb) platform plugin? Only Linux-like systems have one."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """The installed PySide6's libqxcb.so, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for root in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def not_found(ldd_output: str) -> list[str]:
    """The sonames ldd reports as `libfoo.so.1 => not found`, in order, without repeats."""
    out: list[str] = []
    for line in ldd_output.splitlines():
        name, sep, where = line.strip().partition("=>")
        if sep and where.strip() == "not found" and name.strip() not in out:
            out.append(name.strip())
    return out


def missing_libraries(plugin: Path) -> list[str]:
    """Sonames the plugin (or what it loads) needs and the dynamic linker cannot find."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        run = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return not_found(run.stdout)


def problem(env: dict[str, str] | None = None, plugin: Path | None = None) -> str | None:
    """One line naming the missing libraries and packages, or None when Qt can start."""
    if not uses_xcb(env):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    packages = sorted({DEBIAN_PACKAGES.get(so, "") for so in missing} - {""})
    unknown = [so for so in missing if so not in DEBIAN_PACKAGES]
    hint = f"; on Debian/Ubuntu: sudo apt-get install {' '.join(packages)}" if packages else ""
    hint += f" (and the packages providing {', '.join(unknown)})" if unknown and packages else ""
    return (
        f"the desktop app cannot start: Qt's X11 plugin needs system libraries that are missing: "
        f"{', '.join(missing)}{hint} (or run: sh scripts/system-deps.sh)"
    )
