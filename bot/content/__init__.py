"""Content: flows and FAQ entries loaded from YAML, each object remembering its file and line."""
