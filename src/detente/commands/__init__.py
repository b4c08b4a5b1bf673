"""Command groups that live in their own modules: each module here has ``register(app)``.

``cli.py`` calls :func:`register_all` once, so a new group of commands is one new module.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(app)
