"""Extract: spaCy components that fill timexes, claims and events in the record."""
