"""Evaluate: score extraction against gold data (eval commands)."""
