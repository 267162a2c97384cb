"""The Narrative tab: the researcher's written sections, edited as typed markup."""
