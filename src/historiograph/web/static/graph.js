/* The actor graph: agents to targets and victims from /api/graph, drawn with
 * Cytoscape.js (labels are drawn on canvas, as text). */
"use strict";

async function loadGraph() {
  const state = document.getElementById("graph-state");
  const graph = await api("/api/graph?limit=300" + window.location.search.replace("?", "&"));
  const elements = [
    ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind || "other" } })),
    ...graph.edges.map((e, i) => ({ data: { id: "edge" + i, source: e.source, target: e.target, weight: e.events } })),
  ];
  const cy = cytoscape({
    container: document.getElementById("graph"),
    elements: elements,
    layout: { name: "cose", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#4a6fa5" } },
      { selector: "node[kind = 'group'], node[kind = 'organization']", style: { "background-color": "#b03a2e" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 10, 1, 6)", "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#999", "target-arrow-color": "#999" } },
    ],
  });
  cy.on("tap", "node", (event) => window.location.assign(entityHref(event.target.id())));
  state.textContent = `${graph.nodes.length} actors, ${graph.edges.length} relations`;
}

loadGraph().catch((error) => {
  document.getElementById("graph-state").textContent = error.message;
});
