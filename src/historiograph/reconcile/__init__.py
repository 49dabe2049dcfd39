"""Reconcile: accounts of the same event across documents (event clusters, conflicts). Empty until the reconcile issue lands."""
