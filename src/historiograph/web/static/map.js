/* The map: country borders from the vendored Natural Earth 1:110m TopoJSON (no
 * tile server), and a marker per located event from /api/map.
 *
 * The TopoJSON is made for spherical projections; on Leaflet's flat map a ring
 * that crosses the antimeridian (Russia, Fiji) would be drawn as a band across
 * the world, so its western longitudes are moved past 180°. Antarctica, a ring
 * around the pole, cannot be drawn flat and is left out. */
"use strict";

const ANTARCTICA = "010";

function unwrapRing(ring) {
  const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function flatCountries(world) {
  const countries = topojson.feature(world, world.objects.countries);
  countries.features = countries.features.filter((f) => f.id !== ANTARCTICA && f.geometry);
  for (const feature of countries.features) {
    const geometry = feature.geometry;
    if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(unwrapRing);
    if (geometry.type === "MultiPolygon") {
      geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrapRing));
    }
  }
  return countries;
}

async function loadMap() {
  const state = document.getElementById("map-state");
  const map = L.map("map", { worldCopyJump: true, attributionControl: true }).setView([30, 30], 2);
  map.attributionControl.addAttribution("Borders: Natural Earth");
  const world = await (await fetch("/static/vendor/world-atlas/countries-110m.json")).json();
  L.geoJSON(flatCountries(world), {
    style: { color: "#7a7a7a", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 },
  }).addTo(map);
  const page = await api("/api/map?limit=5000" + window.location.search.replace("?", "&"));
  const points = page.items;
  for (const p of points) {
    const popup = el("div", {},
      el("a", { href: eventHref(p.document_id, p.event_id) }, modalLabel(p.label, p.modality)),
      el("br"), `${p.place || ""} ${p.start || ""}`);
    // An event the source does not tell as having happened is a hollow, dashed ring.
    const style = UNREAL[p.modality]
      ? { radius: 6, color: "#b03a2e", dashArray: "3 3", fillOpacity: 0, className: "modality-" + p.modality }
      : { radius: 6, color: "#b03a2e" };
    L.circleMarker([p.lat, p.lon], style).bindPopup(popup).addTo(map);
  }
  if (points.length) {  // open on the events, not on the whole world
    map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])), { padding: [30, 30], maxZoom: 8 });
  }
  state.textContent = points.length < page.total
    ? `the first ${points.length} of ${page.total} located events`
    : `${page.total} located events`;
}

loadMap().catch((error) => {
  document.getElementById("map-state").textContent = error.message;
});
