"""Answering free-text questions: normalisation, synonyms, and a measured fuzzy matcher."""
