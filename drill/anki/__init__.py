"""Anki interop: export decks as .apkg packages and import Anki packages as deck files."""
