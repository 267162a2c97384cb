"""Small widgets shared by the pages: the auto-saving text editor, the review banner, the welcome page,
the wrapping one-line box, and the sizing of dialogs to the screen."""
