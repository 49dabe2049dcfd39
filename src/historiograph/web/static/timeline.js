/* The timeline: every dated event from /api/timeline, drawn with vis-timeline.
 * A date known only to a range is drawn as a hatched range; clicking an item
 * opens the event's page. Item content is a DOM node built from text. */
"use strict";

const PAGE = 500;
const MAX_ITEMS = 5000;

async function loadTimeline() {
  const state = document.getElementById("timeline-state");
  const list = document.getElementById("timeline-list");
  const items = [];
  let total = 0;
  for (let offset = 0; offset < MAX_ITEMS; offset += PAGE) {
    const page = await api(`/api/timeline?limit=${PAGE}&offset=${offset}` + window.location.search.replace("?", "&"));
    total = page.total;
    items.push(...page.items);
    if (offset + PAGE >= total) break;
  }
  state.textContent = `${items.length} of ${total} dated events`;
  const data = items.map((item) => {
    const end = new Date(item.end);
    end.setDate(end.getDate() + 1);
    const classes = ["type-" + item.type];
    if (item.uncertain) classes.push("uncertain");
    if (item.review) classes.push("review-" + item.review);
    return {
      id: item.id,
      content: el("span", { title: `${item.label} — ${item.document_title || item.document_id}` }, item.label),
      start: item.start,
      end: item.uncertain ? end : undefined,
      type: item.uncertain ? "range" : "box",
      className: classes.join(" "),
      href: eventHref(item.document_id, item.event_id),
    };
  });
  const byId = new Map(data.map((d) => [d.id, d]));
  const timeline = new vis.Timeline(document.getElementById("timeline"), new vis.DataSet(data), {
    stack: true,
    zoomMin: 1000 * 60 * 60 * 24 * 7,
    tooltip: { followMouse: false },
  });
  timeline.on("select", (props) => {
    const chosen = byId.get(props.items[0]);
    if (chosen) window.location.assign(chosen.href);
  });
  for (const item of items) {
    const when = item.start === item.end ? item.start : `${item.start} – ${item.end}`;
    list.append(el("li", {},
      el("a", { href: eventHref(item.document_id, item.event_id) }, item.label),
      " ", el("span", { class: "muted" }, `${when} · ${item.document_title || item.document_id}`)));
  }
}

loadTimeline().catch((error) => {
  document.getElementById("timeline-state").textContent = error.message;
});
