"""Plans typed or corrected by hand: the plan editor, its undo commands and menu entries."""
