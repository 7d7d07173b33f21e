"""The three kinds of lesson step, each drawn by its own view inside the lesson player."""
