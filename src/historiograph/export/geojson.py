"""GeoJSON: each event with a known position as a Point feature (for QGIS, Leaflet, geopandas).

Coordinates are the event's own ``where.lat/lon``, else its place entity's.
Properties carry the event's identity, type, dates and their precision, the
place and ``geo_precision`` (1 the named place, 2 near it or a larger area,
3 the province or region), fatalities (low/best/high), actors and the
evidence text. Events without a position are not written; GeoJSON has no
place for them. :func:`cluster_collection` adds each event cluster as a
MultiPoint over every account's place (``export --format geojson-clusters``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from historiograph.export.account import Account, plain, web_address
from historiograph.reconcile.accounts import event_key


def feature(account: Account) -> dict[str, Any] | None:
    """The GeoJSON Feature of an account, or ``None`` when it has no position."""
    coordinates = account.coordinates
    if coordinates is None:
        return None
    lat, lon = coordinates
    event = account.event
    figures = account.figures("fatalities")
    document = account.record.document
    properties: dict[str, Any] = {
        "id": account.key,
        "event": event.id,
        "document": document.id,
        "title": document.title,
        "url": web_address(document.source),
        "type": event.type,
        "subtype": event.subtype,
        "modality": event.modality,
        "earliest": event.when.earliest.isoformat() if event.when.earliest else None,
        "latest": event.when.latest.isoformat() if event.when.latest else None,
        "time_precision": event.when.precision,
        "when_text": account.timex.text if account.timex else None,
        "place": account.place_name,
        "place_entity": event.where.entity if event.where else None,
        "geo_precision": event.where.precision if event.where else None,
        "fatalities_low": plain(figures.low) if figures else None,
        "fatalities_best": plain(figures.best) if figures else None,
        "fatalities_high": plain(figures.high) if figures else None,
        "actors": [
            {"entity": a.entity, "name": account.name(a.entity), "role": a.role}
            for a in event.actors
        ],
        "sources": account.sources,
        "evidence": account.evidence,
    }
    return {
        "type": "Feature",
        "id": account.key,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def feature_collection(accounts: Iterable[Account]) -> dict[str, Any]:
    """A FeatureCollection of every account that has a position."""
    features = [f for a in accounts if (f := feature(a)) is not None]
    return {"type": "FeatureCollection", "features": features}


def cluster_collection(
    accounts: Iterable[Account], clusters: Mapping[str, int], labels: Mapping[int, str]
) -> dict[str, Any]:
    """Event clusters as GeoJSON: every account's place, side by side.

    ``clusters`` maps an event's key (:func:`historiograph.reconcile.accounts.event_key`)
    to its cluster id, ``labels`` a cluster id to its label. Each account with a
    position is a Point feature carrying its ``cluster``; each cluster with a
    positioned account is also one MultiPoint feature over all its accounts'
    places, so that two sources placing one event apart are visible on a map.
    """
    features: list[dict[str, Any]] = []
    places: dict[int, list[tuple[list[float], str]]] = {}
    for account in accounts:
        point = feature(account)
        if point is None:
            continue
        trigger = account.event.trigger.span
        cluster = clusters.get(event_key(account.record.document.id, trigger))
        point["properties"]["cluster"] = cluster
        features.append(point)
        if cluster is not None:
            places.setdefault(cluster, []).append((point["geometry"]["coordinates"], account.key))
    for cluster, located in sorted(places.items()):
        features.append(
            {
                "type": "Feature",
                "id": f"cluster-{cluster}",
                "geometry": {"type": "MultiPoint", "coordinates": [c for c, _ in located]},
                "properties": {
                    "cluster": cluster,
                    "label": labels.get(cluster),
                    "accounts": [key for _, key in located],
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
