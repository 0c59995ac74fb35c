"""The store's query layer: the only SQL the use cases run, returning plain dataclasses."""
