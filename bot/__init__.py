"""Help desk bot for Dutch frontline professionals: signalling radicalisation and sharing information."""

__version__ = "0.1.0"
