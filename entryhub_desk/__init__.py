"""Entry Hub Desk: the reception desk program of an Entry Hub."""

__version__ = "0.1.0"
