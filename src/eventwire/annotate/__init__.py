"""The analysis stages: each reads the parse and the records before it and adds its own."""
