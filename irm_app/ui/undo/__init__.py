"""Undo: the QUndoCommands that write through the Store, one undo stack per assessment."""
