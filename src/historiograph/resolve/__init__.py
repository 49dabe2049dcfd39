"""Resolve: link mentions to the knowledge base and places to the gazetteer. Empty until the entities issue lands."""
