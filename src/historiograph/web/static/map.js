/* The map: country borders from the vendored Natural Earth 1:110m TopoJSON (no
 * tile server), and a marker per located event from /api/map. */
"use strict";

async function loadMap() {
  const state = document.getElementById("map-state");
  const map = L.map("map", { worldCopyJump: true, attributionControl: true }).setView([30, 30], 2);
  map.attributionControl.addAttribution("Borders: Natural Earth");
  const world = await (await fetch("/static/vendor/world-atlas/countries-110m.json")).json();
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: { color: "#7a7a7a", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 },
  }).addTo(map);
  const points = await api("/api/map?limit=5000" + window.location.search.replace("?", "&"));
  for (const p of points) {
    const popup = el("div", {},
      el("a", { href: eventHref(p.document_id, p.event_id) }, p.label),
      el("br"), `${p.place || ""} ${p.start || ""}`);
    L.circleMarker([p.lat, p.lon], { radius: 6, color: "#b03a2e" }).bindPopup(popup).addTo(map);
  }
  state.textContent = `${points.length} located events`;
}

loadMap().catch((error) => {
  document.getElementById("map-state").textContent = error.message;
});
