/* The timeline: dated events from /api/timeline, drawn with vis-timeline.
 *
 * Events load for the visible time window, page after page by the API's
 * cursor (each page's `next`), at most MAX_ITEMS a window; moving or zooming
 * loads the new window, so a store of any size opens fast. An event told by
 * several documents is drawn once, for its cluster: where the accounts
 * disagree on the date, as a range over all their dates (class "disputed"),
 * with each account's date in its tooltip. A date known only to a range (a
 * month, a year) is a hatched range. Clicking an item opens the event's page.
 * Item content is a DOM node built from text. */
"use strict";

const PAGE = 500;
const MAX_ITEMS = 2000;

/** The page's own filters (type, actor, place, document) go with every request. */
const filters = new URLSearchParams(window.location.search);
filters.delete("start");
filters.delete("end");

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function dayAfter(iso) {
  const end = new Date(iso);
  end.setDate(end.getDate() + 1);
  return end;
}

function whenText(start, end) {
  if (!start) return "undated";
  return !end || start === end ? start : `${start} – ${end}`;
}

/** A vis-timeline item for an API item: its cluster's when the event has other accounts. */
function visItem(item) {
  const classes = ["type-" + item.type];
  if (item.review) classes.push("review-" + item.review);
  if (UNREAL[item.modality]) {
    classes.push("modality-" + item.modality);
    item = { ...item, label: modalLabel(item.label, item.modality) };
  }
  const cluster = item.cluster;
  if (cluster) {
    const ranged = cluster.disputed || cluster.start !== cluster.end;
    classes.push(cluster.disputed ? "disputed" : ranged ? "uncertain" : "agreed");
    const tooltip = [`${item.label}: ${cluster.accounts.length} accounts` +
      (cluster.disputed ? ", disputed date" : "")];
    for (const account of cluster.accounts) {
      tooltip.push(`${account.document_title || account.document_id}: ${whenText(account.start, account.end)}`);
    }
    return {
      id: "cluster-" + cluster.id,
      content: el("span", { title: tooltip.join("\n") }, `${item.label} (${cluster.accounts.length} accounts)`),
      start: cluster.start,
      end: ranged ? dayAfter(cluster.end) : undefined,
      type: ranged ? "range" : "box",
      className: classes.join(" "),
      href: eventHref(item.document_id, item.event_id),
    };
  }
  if (item.uncertain) classes.push("uncertain");
  return {
    id: item.id,
    content: el("span", { title: `${item.label} — ${item.document_title || item.document_id}` }, item.label),
    start: item.start,
    end: item.uncertain ? dayAfter(item.end) : undefined,
    type: item.uncertain ? "range" : "box",
    className: classes.join(" "),
    href: eventHref(item.document_id, item.event_id),
  };
}

let generation = 0;

/** The events of one window (null: from the first), walked by cursor; null if superseded. */
async function loadWindow(start, end) {
  const mine = ++generation;
  const params = new URLSearchParams(filters);
  params.set("limit", PAGE);
  if (start) params.set("start", isoDay(start));
  if (end) params.set("end", isoDay(end));
  const items = [];
  let total = 0;
  let next = null;
  do {
    if (next) params.set("after", next);
    const page = await api("/api/timeline?" + params.toString());
    if (mine !== generation) return null;
    total = page.total;
    items.push(...page.items);
    next = page.next;
  } while (next && items.length < MAX_ITEMS);
  return { items, total };
}

/**
 * The window's events, one per drawn item: the API pages accounts, and the
 * accounts of one cluster are drawn as one item, so the list and the count
 * follow the chart rather than the pages (a cluster told three times is one
 * row, not three).
 */
function windowRows(items) {
  const rows = new Map();
  for (const item of items) {
    const id = item.cluster ? "cluster-" + item.cluster.id : item.id;
    if (!rows.has(id)) rows.set(id, item);
  }
  return rows;
}

function rowText(item) {
  const cluster = item.cluster;
  if (!cluster) return `${whenText(item.start, item.end)} · ${item.document_title || item.document_id}`;
  const titles = new Set(cluster.accounts.map((a) => a.document_title || a.document_id));
  return `${whenText(cluster.start, cluster.end)} · ${cluster.accounts.length} accounts in ` +
    `${titles.size} document${titles.size === 1 ? "" : "s"}` + (cluster.disputed ? " · disputed date" : "");
}

function showWindow(loaded, data, hrefs) {
  const state = document.getElementById("timeline-state");
  const list = document.getElementById("timeline-list");
  const rows = windowRows(loaded.items);
  const drawn = [...rows.values()].map(visItem);
  for (const item of drawn) hrefs.set(item.id, item.href);
  data.update(drawn);
  state.textContent = `${rows.size} events from ${loaded.items.length} of ${loaded.total} dated accounts in this window` +
    (loaded.items.length < loaded.total ? " (the earliest; zoom in to see the rest)" : "");
  list.replaceChildren(...[...rows].map(([id, item]) => el("li", { "data-item": id },
    el("a", { href: eventHref(item.document_id, item.event_id) },
      item.cluster ? `${item.label} (${item.cluster.accounts.length} accounts)` : item.label),
    " ", el("span", { class: "muted" }, rowText(item)))));
}

async function loadTimeline() {
  const data = new vis.DataSet();
  const hrefs = new Map();
  const first = await loadWindow(null, null);
  showWindow(first, data, hrefs);
  const timeline = new vis.Timeline(document.getElementById("timeline"), data, {
    stack: true,
    zoomMin: 1000 * 60 * 60 * 24 * 7,
    tooltip: { followMouse: false },
  });
  timeline.on("select", (props) => {
    const href = hrefs.get(props.items[0]);
    if (href) window.location.assign(href);
  });
  let pending = null;
  timeline.on("rangechanged", (props) => {
    if (!props.byUser) return;
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const loaded = await loadWindow(props.start, props.end);
      if (loaded) showWindow(loaded, data, hrefs);
    }, 250);
  });
}

loadTimeline().catch((error) => {
  document.getElementById("timeline-state").textContent = error.message;
});
