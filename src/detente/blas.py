"""One BLAS thread for the small matrix products of extraction and analysis: with more, OpenBLAS's threads only
contend with the parser and with each other (a 13 × 256 by 256 × 1,800 product took 12 ms on two busy cores
instead of 0.5 ms)."""

from __future__ import annotations

from threadpoolctl import ThreadpoolController

_controller: ThreadpoolController | None = None


def one_thread():
    """A context manager that runs BLAS on one thread inside it (the controller is built once)."""
    global _controller
    if _controller is None:
        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")
