/* The actor graph: agents to targets and victims from /api/graph, drawn with
 * Cytoscape.js (labels are drawn on canvas, as text). */
"use strict";

async function loadGraph() {
  const state = document.getElementById("graph-state");
  const graph = await api("/api/graph?limit=300" + window.location.search.replace("?", "&"));
  // An actor's dot grows with the number of events it takes part in.
  const degrees = new Map();
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) degrees.set(end, (degrees.get(end) || 0) + edge.events);
  }
  const elements = [
    ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind || "other", degree: degrees.get(n.id) || 1 } })),
    ...graph.edges.map((e, i) => ({ data: { id: "edge" + i, source: e.source, target: e.target, weight: e.events } })),
  ];
  const cy = cytoscape({
    container: document.getElementById("graph"),
    elements: elements,
    // Labels count as part of each node's size, so the layout keeps long
    // names ("People's Mojahedin Organization of Iran") from running over
    // their neighbours instead of only keeping the dots apart.
    layout: {
      name: "cose",
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 40000,
      idealEdgeLength: () => 90,
      componentSpacing: 60,
      padding: 20,
    },
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 10,
          "text-wrap": "wrap",
          "text-max-width": 110,
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": 1,
          width: "mapData(degree, 1, 10, 16, 40)",
          height: "mapData(degree, 1, 10, 16, 40)",
          "background-color": "#4a6fa5",
        },
      },
      { selector: "node[kind = 'group'], node[kind = 'organization']", style: { "background-color": "#b03a2e" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 10, 1, 6)", "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#999", "target-arrow-color": "#999" } },
    ],
  });
  window.actorGraph = cy; // for the browser console and the browser tests
  cy.on("tap", "node", (event) => window.location.assign(entityHref(event.target.id())));
  state.textContent = `${graph.nodes.length} actors, ${graph.edges.length} relations`;
}

loadGraph().catch((error) => {
  document.getElementById("graph-state").textContent = error.message;
});
