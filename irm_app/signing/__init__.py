"""Signing: the researcher's identity, PAdES report PDFs and the signed `.irmpkg` package."""
