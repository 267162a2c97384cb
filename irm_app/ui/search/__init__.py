"""The search box: every text of the library, hits that lead to where they are."""
