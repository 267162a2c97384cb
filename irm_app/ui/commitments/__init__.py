"""The Commitments and Plan-level tabs: the table (model, columns, rows, filter), the selected
commitment's text, and the scoring form generated from the methodology."""
