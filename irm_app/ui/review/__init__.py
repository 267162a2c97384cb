"""The review loop in the window: comments in context, review states, importing and exporting reviews."""
