"""Key continuity: which key signed the last package of each assessment and of each signer name.

A trust list answers "do I know this key?"; continuity answers "is this the same key as last
time?", which matters most when nothing is on the list yet: an impostor who copies Ana's name,
e-mail and organisation still has another key, and a package of her assessment, or under her
name, from another key is refused as a replacement until the reviewer decides.

Kept as `keys-seen.json` next to the trust list in the user data folder (same reasons: it is
the reviewer's memory, shared by every library they open, and a restored library backup must
not make them forget a key).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import user_data_dir
from .errors import PackageError
from .jsonstore import read_json, update_json

SEEN_FILE = "keys-seen.json"
FORMAT = "irm-keys-seen/1"


class KeyChanged(PackageError):
    """A package from a different key than the one remembered; the message says which."""


@dataclass(frozen=True)
class KeyChange:
    what: str  # "assessment" | "name"
    label: str  # the assessment id or the signer's name, as first seen
    previous: str  # the fingerprint remembered
    current: str

    def message(self) -> str:
        if self.what == "name":
            head = f"signed by a different key than the last package from {self.label}"
        else:
            head = f"signed by a different key than the last package of assessment {self.label}"
        return f"{head}: that was {self.previous}, this is {self.current}"


def name_key(name: str) -> str:
    """Names compare after Unicode normalisation, case folding and whitespace collapsing."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class KeyHistory:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def default(cls, home: Path | None = None) -> KeyHistory:
        return cls((home if home is not None else user_data_dir()) / SEEN_FILE)

    def changes(self, assessment_id: str, signer_name: str, fingerprint: str) -> list[KeyChange]:
        """What differs from the keys remembered (empty: first time, or the same key)."""
        doc = read_json(self.path, FORMAT)
        out = []
        seen_a = doc.get("assessments", {}).get(assessment_id)
        if seen_a and seen_a.get("fingerprint") != fingerprint:
            out.append(KeyChange("assessment", assessment_id, str(seen_a.get("fingerprint")), fingerprint))
        seen_n = doc.get("names", {}).get(name_key(signer_name))
        if seen_n and seen_n.get("fingerprint") != fingerprint:
            out.append(KeyChange("name", str(seen_n.get("name", signer_name)), str(seen_n.get("fingerprint")),
                                 fingerprint))
        return out

    def remember(self, assessment_id: str, signer_name: str, fingerprint: str) -> None:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")

        def change(doc: dict[str, Any]) -> None:
            doc.setdefault("assessments", {})[assessment_id] = {"fingerprint": fingerprint, "at": now}
            doc.setdefault("names", {})[name_key(signer_name)] = {
                "fingerprint": fingerprint, "name": signer_name, "at": now,
            }

        update_json(self.path, FORMAT, change)

    def check(self, assessment_id: str, signer_name: str, fingerprint: str, *, accept_new_key: bool) -> None:
        """Raise KeyChanged unless the key is the remembered one or the reviewer accepted it."""
        found = self.changes(assessment_id, signer_name, fingerprint)
        if found and not accept_new_key:
            lines = "; ".join(c.message() for c in found)
            raise KeyChanged(f"REFUSED, {lines}. Not opened: check with the signer, then open it again with "
                             "--accept-new-key (or trust the new key)")
