"""Readers: one small module per input format, each turning its input into `Article` records."""
