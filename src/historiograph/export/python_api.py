"""historiograph from Python: ``extract(text)`` for one record, ``to_pandas(store)`` for tables.

Meant to be re-exported as ``historiograph.extract`` and
``historiograph.to_pandas``. The spaCy pipeline is built once, on first use,
and reused. pandas is optional: ``to_pandas`` says how to install it when
it is missing.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

from historiograph.errors import UsageError
from historiograph.ingest import RawDocument, clean
from historiograph.record import Record
from historiograph.store import Store

if TYPE_CHECKING:
    import pandas as pd

    from historiograph.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    from historiograph.pipeline import build_pipeline

    return build_pipeline()


def extract(text: str, *, published: dt.date | None = None, title: str | None = None) -> Record:
    """The record of one text, cleaned as ingest cleans it; ``published`` anchors relative dates.

    >>> record = extract("On 3 March 1985 a bomb exploded in Baghdad.")  # doctest: +SKIP
    >>> record.events[0].type  # doctest: +SKIP
    'attack'
    """
    raw = RawDocument(text=text, source="<python>", format="txt", title=title, published=published)
    return _pipeline().record(clean(raw))


def to_pandas(store: Store | str | None = None) -> dict[str, pd.DataFrame]:
    """The store as DataFrames, one per record part (``documents``, ``events``, ``claims``...).

    ``store`` is an open :class:`~historiograph.store.Store` or a database URL
    or path (``None``: the default store). Columns are those of the Parquet
    export (:mod:`historiograph.export.tables`); join on ``document_id``.
    """
    try:
        import pandas  # noqa: F401
    except ImportError as exc:
        raise UsageError(
            "to_pandas needs pandas: pip install 'historiograph[pandas]' (or pip install pandas)"
        ) from exc
    from historiograph.export.tables import tables

    if isinstance(store, Store):
        return {name: t.to_pandas() for name, t in tables(store.iter_records()).items()}
    with Store.open(store) as opened:
        return {name: t.to_pandas() for name, t in tables(opened.iter_records()).items()}
