"""Stories: articles about one real-world happening, the events they share, and where they
disagree. See docs/stories.md."""
