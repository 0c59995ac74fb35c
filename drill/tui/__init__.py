"""drill's Textual interface: Home, Review, Solve, Problems, Oops and Browse screens."""
