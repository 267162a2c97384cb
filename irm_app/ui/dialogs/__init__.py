"""The window's dialogs: messages, new assessment, researcher and preferences, signing identity,
export and verify."""
