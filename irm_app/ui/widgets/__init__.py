"""Small widgets shared by the pages: the auto-saving text editor, the review banner, the welcome page."""
