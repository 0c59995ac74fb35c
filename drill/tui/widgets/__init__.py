"""Small widgets the drill TUI screens are built from, one per module."""
