"""The library tree: plans and their assessments, with progress."""
