"""Evidence behind a commitment: the panel, the add / edit dialog, and its undoable commands."""
