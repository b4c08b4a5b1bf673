"""Extractors over a parsed document; each reads the shared spaCy Doc and never re-tokenises."""
