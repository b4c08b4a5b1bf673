"""The web app: ``create_app(db_url, token=None)`` gives the FastAPI application behind ``detente serve``."""

from .app import create_app

__all__ = ["create_app"]
