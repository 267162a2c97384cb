"""Every user action, once: the CLI and the GUI both call these and nothing else of the core.

One action is one small function: it takes the library, the actor (`who`, for the audit log)
and optionally an `initiator` (whatever started it: a widget, so a view can skip refreshing
itself), does the work in the core, and returns a `Change` naming what changed. The GUI's
Store emits that Change; views refresh only what it names. (Anki's aqt/operations, without a
global main window.)

Modules: `assessments` (import, new, status, delete, context), `scoring`, `evidence`,
`reports`, `packaging`, `review` (verify, open or remove a review copy), `trust` (the trust
list). Heavy stacks (reportlab, python-docx, cryptography, pyhanko) load inside the functions
that need them.
"""

from .change import Change, ChangeKind

__all__ = ["Change", "ChangeKind"]
