"""detente: source-cited, time-indexed records of negotiations from news, statements and analyst reports."""

__version__ = "0.1.0"
