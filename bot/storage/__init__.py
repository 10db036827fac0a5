"""Storage over SQLite (sqlite-utils): the schema in one place, small stores with one job each."""
