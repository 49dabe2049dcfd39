"""NLP: the spaCy pipeline loader, and mentions/entities from its named-entity recogniser."""
