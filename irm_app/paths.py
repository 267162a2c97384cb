"""Where the app's data lives: bundled forms/resources, and the user's library.

forms/ and resources/ sit at the repo root in a source tree (and an editable install), and
inside the package as `_data/` in a built wheel; look in both so every install finds them.
"""

from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    for candidate in (_PKG / "_data" / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found next to {_PKG}")


def forms_dir() -> Path:
    return _bundled("forms")


def resources_dir() -> Path:
    return _bundled("resources")


def sample_plan() -> Path:
    return resources_dir() / "samples" / "us-nap5-2022.json"


def user_data_dir() -> Path:
    """The per-user data folder (library, identity, backups); IRM_APP_HOME overrides it."""
    override = os.environ.get("IRM_APP_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("irm-assessor", "OGP-IRM"))


def default_db() -> Path:
    """The library to open: IRM_APP_DB if set, else library.db in the user data folder."""
    env = os.environ.get("IRM_APP_DB")
    return Path(env) if env else user_data_dir() / "library.db"
