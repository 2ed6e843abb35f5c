"""Progress bars for long management commands: on stderr (stdout may be data, as for export_data), and
only on a terminal, so logs and pipes stay clean."""

import sys

from tqdm import tqdm


def progress_bar(*, desc: str, total: int | None = None, unit: str = "it", verbosity: int = 1, **options) -> tqdm:
    # disable=None: tqdm turns itself off when stderr is not a terminal.
    return tqdm(
        desc=desc,
        total=total,
        unit=unit,
        file=sys.stderr,
        disable=None if verbosity >= 1 else True,
        dynamic_ncols=True,
        **options,
    )
