"""IRM Assessor: assess OGP action plans with the IRM methodology, offline."""

__version__ = "0.1.0"
