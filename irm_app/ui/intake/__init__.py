"""The review step of a plan read from the government's document (PDF, Word)."""
