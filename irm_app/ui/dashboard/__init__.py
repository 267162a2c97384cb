"""The Dashboard tab: progress tiles and charts; the counting is irm_app.breakdowns (Qt-free)."""
