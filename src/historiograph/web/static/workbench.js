/* historiograph workbench: the write token, review controls, reverts and uploads.
 *
 * Everything shown from the store is built as text nodes (el() never parses
 * HTML), so document text cannot inject markup. Writes send the token saved in
 * this browser's localStorage as a bearer token; the server checks it.
 */
"use strict";

const TOKEN_KEY = "historiograph.token";

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  }
  return node;
}

function token() {
  return window.localStorage.getItem(TOKEN_KEY) || "";
}

/** Fetch JSON from the API; a failure throws an Error carrying the API's message. */
async function api(path, options) {
  const opts = Object.assign({ headers: {} }, options || {});
  if (token()) opts.headers.Authorization = "Bearer " + token();
  const response = await fetch(path, opts);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? `[${body.error.code}] ${body.error.message}` : response.statusText;
    throw new Error(message);
  }
  return body;
}

/** What the source says of an event it does not tell as having happened: a label's prefix. */
const UNREAL = { hypothetical: "planned or attempted", denied: "denied" };

/** An event's label, prefixed where its modality says it did not happen as told. */
function modalLabel(label, modality) {
  return UNREAL[modality] ? `${UNREAL[modality]}: ${label}` : label;
}

function eventHref(docId, eventId) {
  return "/events/" + encodeURIComponent(docId) + "/" + encodeURIComponent(eventId);
}

function entityHref(entityId) {
  return "/entities/" + encodeURIComponent(entityId);
}

function setupToken() {
  const form = document.getElementById("token-form");
  const input = document.getElementById("token-input");
  const state = document.getElementById("token-state");
  if (!form) return;
  const show = () => { state.textContent = token() ? "token set" : "read-only"; };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim()) window.localStorage.setItem(TOKEN_KEY, input.value.trim());
    else window.localStorage.removeItem(TOKEN_KEY);
    input.value = "";
    show();
  });
  show();
}

/** The fields of an edit form that the reviewer changed (numbers stay numbers). */
function changesFrom(form) {
  const changes = {};
  for (const field of form.querySelectorAll("input[name], select[name]")) {
    const initial = field.tagName === "SELECT"
      ? Array.from(field.options).find((option) => option.defaultSelected)?.value
      : field.defaultValue;
    if (field.value === initial) continue;
    const value = field.value.trim();
    if (field.name === "value") changes.value = value !== "" && !isNaN(Number(value)) ? Number(value) : value;
    else changes[field.name] = value === "" ? null : value;
  }
  return changes;
}

async function sendReview(box, action, changes) {
  const state = box.querySelector(".review-state");
  state.textContent = "saving…";
  try {
    const entry = await api("/api/reviews", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        document_id: box.dataset.doc,
        kind: box.dataset.kind,
        span: [Number(box.dataset.start), Number(box.dataset.end)],
        action: action,
        changes: changes || {},
      }),
    });
    state.textContent = `saved (log #${entry.id})`;
    window.location.reload();
  } catch (error) {
    state.textContent = error.message;
  }
}

function setupReview() {
  for (const box of document.querySelectorAll(".review")) {
    for (const button of box.querySelectorAll("button[data-action]")) {
      button.addEventListener("click", () => sendReview(box, button.dataset.action));
    }
    const form = box.querySelector(".edit-form");
    if (form) {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        sendReview(box, "edit", changesFrom(form));
      });
    }
  }
  for (const button of document.querySelectorAll("button.revert")) {
    button.addEventListener("click", async () => {
      try {
        await api(`/api/reviews/log/${encodeURIComponent(button.dataset.entry)}/revert`, { method: "POST" });
        window.location.reload();
      } catch (error) {
        button.replaceWith(el("span", { class: "error" }, error.message));
      }
    });
  }
}

/** Merge, split and revert event clusters; each needs the token, and reloads the page. */
function setupClusters() {
  const post = async (button, path, body) => {
    const state = button.parentElement.querySelector(".cluster-state") || button.parentElement;
    try {
      await api(path, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      window.location.reload();
    } catch (error) {
      state.append(el("span", { class: "error" }, " " + error.message));
    }
  };
  const cluster = document.querySelector("section.accounts[data-cluster]");
  for (const button of document.querySelectorAll("button.cluster-split")) {
    button.addEventListener("click", () => post(button,
      `/api/clusters/${encodeURIComponent(button.dataset.cluster)}/split`,
      { events: [button.dataset.ref] }));
  }
  for (const button of document.querySelectorAll("button.cluster-merge")) {
    button.addEventListener("click", () => post(button, "/api/clusters/merge",
      { into: Number(cluster.dataset.cluster), other: Number(button.dataset.other) }));
  }
  for (const button of document.querySelectorAll("button.revert-cluster")) {
    button.addEventListener("click", () => post(button,
      `/api/clusters/decisions/${encodeURIComponent(button.dataset.decision)}/revert`));
  }
}

function setupUpload() {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const state = document.getElementById("upload-state");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = document.getElementById("upload-file").files[0];
    if (!file) return;
    const body = new FormData();
    body.append("file", file);
    const encoding = document.getElementById("upload-encoding").value.trim();
    if (encoding) body.append("encoding", encoding);
    state.textContent = "ingesting…";
    try {
      const result = await api("/api/ingest", { method: "POST", body: body });
      state.textContent = `stored ${result.stored}, already stored ${result.skipped}, failed ${result.failed}`;
    } catch (error) {
      state.textContent = error.message;
    }
  });
}

setupToken();
setupReview();
setupClusters();
setupUpload();
