"""Section keys of a Word anchor: how a place in the report (a section, a cluster, a cluster's
section) is written as one string and read back. Kept apart from the Word reader so filing
comments needs no XML library."""

from __future__ import annotations


def section_key(section: str | None, cluster: str | None) -> str | None:
    """The section key of a place: a section's key; for a cluster (the dataclasses have no field
    of their own for it) `cluster:NAME`, or `KEY@cluster:NAME` for one of the cluster's sections."""
    if cluster is None:
        return section
    return f"{section}@cluster:{cluster}" if section else f"cluster:{cluster}"


def split_section_key(key: str | None) -> tuple[str | None, str | None]:
    """(section, cluster) of a section key made by `section_key`: the inverse, for filing."""
    if not key:
        return None, None
    head, sep, cluster = key.partition("cluster:")
    if not sep or (head and not head.endswith("@")):
        return key, None
    return (head[:-1] or None), cluster or None
