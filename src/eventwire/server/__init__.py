"""`eventwire serve`: read-only web pages and their JSON twins over a store."""

from eventwire.server.app import create_app, serve

__all__ = ["create_app", "serve"]
