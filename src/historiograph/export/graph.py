"""Actor networks for Gephi and networkx: GraphML and GEXF.

Nodes are the actors of the exported events (entity id, name, kind); each
event becomes one directed edge per (agent, target-or-victim) pair, keyed
by the event's key and carrying its ``event_type`` (GEXF reserves
``type``), subtype, dates (``start``/``end``, so Gephi's timeline can play
them), modality, fatalities and document. With no
agent, the first participant acts; with no target, the other participants
are targets. An event with actors on one side only adds its nodes but no
edge, since an edge needs two ends. Attributes that are missing are left
out (GraphML and GEXF cannot hold a null).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

import networkx as nx

from historiograph.export.account import Account, plain


def _ends(account: Account) -> tuple[list[str], list[str]]:
    agents = [a.entity for a in account.actors("agent")]
    targets = [a.entity for a in account.actors("target", "victim")]
    participants = [a.entity for a in account.actors("participant")]
    if not agents and participants:
        agents, participants = participants[:1], participants[1:]
    if not targets:
        targets = participants
    return agents, targets


def _edge(account: Account) -> dict[str, Any]:
    event = account.event
    figures = account.figures("fatalities")
    interval = account.interval
    values: dict[str, Any] = {
        "event": event.id,
        "document": account.record.document.id,
        "event_type": event.type,
        "subtype": event.subtype,
        "modality": event.modality,
        "start": interval[0].isoformat() if interval else None,
        "end": interval[1].isoformat() if interval else None,
        "precision": event.when.precision,
        "place": account.place_name,
        "fatalities_low": plain(figures.low) if figures else None,
        "fatalities_best": plain(figures.best) if figures else None,
        "fatalities_high": plain(figures.high) if figures else None,
        "label": f"{event.type}: {event.trigger.text}",
    }
    return {k: v for k, v in values.items() if v is not None}


def actor_graph(accounts: Iterable[Account]) -> nx.MultiDiGraph[str]:
    """The actor network of the accounts (see the module docstring)."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(name="historiograph actors")
    for account in accounts:
        for actor in account.event.actors:
            entity = account.entity(actor.entity)
            if actor.entity not in graph:
                graph.add_node(
                    actor.entity,
                    label=account.name(actor.entity),
                    kind=entity.kind if entity is not None else "other",
                )
        agents, targets = _ends(account)
        for source in agents:
            for target in targets:
                if source != target:
                    graph.add_edge(source, target, key=account.key, **_edge(account))
    return graph


_XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'


def _write_xml(lines: Iterable[str], out: IO[str]) -> None:
    """Write networkx's XML lines as a text document, so it can go to stdout or a file alike."""
    out.write(_XML_DECLARATION)
    for line in lines:
        out.write(line + "\n")


def write_graphml(accounts: Iterable[Account], out: IO[str]) -> None:
    _write_xml(nx.generate_graphml(actor_graph(accounts)), out)


def write_gexf(accounts: Iterable[Account], out: IO[str]) -> None:
    _write_xml(nx.generate_gexf(actor_graph(accounts)), out)
