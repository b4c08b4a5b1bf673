"""Ontology packs: everything that depends on one conflict, as validated YAML data."""

from .loader import PackError, available_packs, load_pack
from .schema import Pack

__all__ = ["Pack", "PackError", "available_packs", "load_pack"]
