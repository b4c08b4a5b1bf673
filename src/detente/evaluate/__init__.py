"""Gold formats and scorers behind ``detente eval``."""
