"""drill: a terminal study companion for algorithm and ML-engineering interviews."""

__version__ = "0.1.0"
