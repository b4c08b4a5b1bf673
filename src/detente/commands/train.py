"""``detente train narratives|issues|targets``: rebuild the trained models of a pack from gold files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Annotated, Optional

import typer
from rich.console import Console

from ..config import default_pack

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True)
PackOption = Annotated[str, typer.Option("--pack", envvar="DETENTE_PACK")]
OutOption = Annotated[Optional[Path], typer.Option("--out", help="model file [default: inside the pack]")]
SplitOption = Annotated[Optional[list[str]], typer.Option(
    "--split", help="a split to train on; repeat for several [default: train]")]


def _splits(gold: Path, chosen: list[str] | None) -> list[str]:
    """The splits to train on, each of which must have lines in the gold file."""
    from ..evaluate.gold import GoldError, read_gold

    splits = chosen or ["train"]
    try:
        empty = [s for s in splits if next(iter(read_gold(gold, s)), None) is None]
    except GoldError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None
    if empty:
        err.print(f"[red]{gold} has no lines in split {', '.join(empty)}[/red]")
        raise typer.Exit(1)
    return splits


def _fit(trainer: ModuleType, save: Callable, gold: Path, split: list[str] | None, out_file: Path | None,
         pack: str) -> None:
    """Train ``trainer``'s model on the gold file's splits and write it with ``save``, by default into the pack."""
    from ..nlp import load
    from ..ontology import load_pack

    splits = _splits(gold, split)
    ontology = load_pack(pack)
    model = trainer.train(gold, ontology, load(), splits)
    target = out_file or trainer.model_path(ontology)
    save(model, target)
    out.print(f"wrote {target}: {model.trained_on}", markup=False)


def register(app: typer.Typer) -> None:
    train_app = typer.Typer(help="Rebuild trained models from gold files.", no_args_is_help=True)
    app.add_typer(train_app, name="train")

    @train_app.command("narratives")
    def train_narratives(
        gold: Annotated[Path, typer.Option("--gold", help="gold JSON Lines file", exists=True)]
        = Path("gold/narratives.jsonl"),
        out_file: OutOption = None,
        pack: PackOption = default_pack(),
    ) -> None:
        """Fit the narrative and entity-role models on the gold file's train split and write them as JSON."""
        from .. import narrative_model
        from ..nlp import load
        from ..ontology import load_pack

        ontology = load_pack(pack)
        model = narrative_model.train(gold, ontology, load())
        target = out_file or narrative_model.model_path(ontology)
        narrative_model.save(model, target)
        out.print(f"wrote {target}: {model.trained_on}", markup=False)

    @train_app.command("issues")
    def train_issues(
        gold: Annotated[Path, typer.Option("--gold", help="gold JSON Lines file of positions", exists=True)]
        = Path("gold/positions.jsonl"),
        split: SplitOption = None,
        out_file: OutOption = None,
        pack: PackOption = default_pack(),
    ) -> None:
        """Fit the per-issue sentence models that correct the issues of positions, and write them as JSON."""
        from .. import issue_model, sentence_model

        _fit(issue_model, sentence_model.save, gold, split, out_file, pack)

    @train_app.command("targets")
    def train_targets(
        gold: Annotated[Path, typer.Option("--gold", help="gold JSON Lines file of events", exists=True)]
        = Path("gold/events.jsonl"),
        split: SplitOption = None,
        out_file: OutOption = None,
        pack: PackOption = default_pack(),
    ) -> None:
        """Fit the model that gives targets to events the rules left without one, and write it as JSON."""
        from .. import target_model

        _fit(target_model, target_model.save, gold, split, out_file, pack)
