"""The review loop's file formats: what reviewers send back (a reviewed Word file, docx_review.py)."""
