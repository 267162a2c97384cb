"""The review loop's pure parts (no library, no Qt): its vocabulary (vocabulary.py) and the
readers of what reviewers send back (docx_review.py: Word's comments and tracked changes)."""
