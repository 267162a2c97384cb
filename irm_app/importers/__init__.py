"""Importers: one module per source format, each turning a file into an ImportBundle."""
