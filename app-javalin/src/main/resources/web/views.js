"use strict";

/* The tasks, runs and demo activity views; the view and its filters live in the URL's hash. */

const FILTERS = ["integration", "provider", "status", "assignee", "q", "dueAfter", "dueBefore",
  "includeDeleted"];
const STATUS_NAMES = { TODO: "To do", IN_PROGRESS: "In progress", DONE: "Done", CANCELED: "Canceled" };
const views = { current: null, cursors: [null], nextCursor: null, tasks: [], runsTimer: null,
  activityTimer: null, lastFocus: null, demo: false };

function readHash() {
  const [view, query] = window.location.hash.replace(/^#/, "").split("?");
  return { view: view || "connect", params: new URLSearchParams(query || "") };
}

function writeHash(view, params) {
  const query = params && params.toString();
  const hash = `#${view}${query ? `?${query}` : ""}`;
  if (window.location.hash !== hash) window.history.replaceState(null, "", hash);
}

function showView() {
  const { view, params } = readHash();
  const known = ["connect", "tasks", "runs", "activity"];
  const name = known.includes(view) && (view !== "activity" || views.demo) ? view : "connect";
  views.current = name;
  for (const v of known) {
    $(`#view-${v}`).hidden = v !== name;
    const tab = $(`#tab-${v}`);
    if (v === name) tab.setAttribute("aria-current", "page"); else tab.removeAttribute("aria-current");
  }
  clearInterval(views.runsTimer);
  clearInterval(views.activityTimer);
  if (name === "tasks") openTasks(params);
  if (name === "runs") openRuns(params);
  if (name === "activity") openActivity();
}

function fillIntegrationSelect(select, withAll) {
  const chosen = select.value;
  select.textContent = "";
  if (withAll) select.append(new Option("All", ""));
  for (const i of state.integrations) {
    const names = i.workspaces.map((w) => w.name || w.externalId).join(", ");
    select.append(new Option(`${i.providerName} · ${names || i.id}`, i.id));
  }
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/* ---- tasks ---- */

function filterParams() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const field = $(`#f-${name}`);
    if (field.type === "checkbox") {
      if (field.checked) params.set(name, "true");
    } else if (field.value.trim()) {
      params.set(name, field.value.trim());
    }
  }
  return params;
}

async function openTasks(params) {
  fillIntegrationSelect($("#f-integration"), true);
  for (const name of FILTERS) {
    const field = $(`#f-${name}`);
    if (field.type === "checkbox") field.checked = params.get(name) === "true";
    else field.value = params.get(name) || "";
  }
  views.cursors = [null];
  await loadTasks();
}

async function loadTasks() {
  const params = filterParams();
  writeHash("tasks", params);
  const cursor = views.cursors[views.cursors.length - 1];
  const query = new URLSearchParams(params);
  query.set("limit", "50");
  if (cursor) query.set("cursor", cursor);
  const error = $("#tasks-error");
  try {
    const page = await api(`/api/tasks?${query}`);
    error.hidden = true;
    views.tasks = page.tasks;
    views.nextCursor = page.nextCursor;
    renderTasks();
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
    views.tasks = [];
    views.nextCursor = null;
    renderTasks();
  }
}

function cell(row, content) {
  const td = document.createElement("td");
  if (content instanceof Node) td.append(content); else td.textContent = content ?? "";
  row.append(td);
  return td;
}

function pill(text, kind) {
  const span = document.createElement("span");
  span.className = `status-pill ${kind}`;
  span.textContent = text;
  return span;
}

function effort(t) {
  const parts = [];
  if (t.estimate != null) {
    parts.push(t.estimateUnit === "MINUTES" ? `est. ${minutes(t.estimate)}` : `est. ${t.estimate} pt`);
  }
  if (t.timeTrackedMinutes) parts.push(`tracked ${minutes(t.timeTrackedMinutes)}`);
  return parts.join(" · ");
}

function minutes(m) {
  return m >= 60 ? `${Math.floor(m / 60)} h ${Math.round(m % 60)} min` : `${Math.round(m)} min`;
}

function renderTasks() {
  const body = $("#tasks-body");
  body.textContent = "";
  for (const t of views.tasks) {
    const row = document.createElement("tr");
    row.dataset.externalId = t.externalId;
    if (t.deletedAt) row.className = "deleted";
    const open = document.createElement("button");
    open.type = "button";
    open.className = "open-task";
    open.textContent = t.title;
    open.addEventListener("click", () => openDrawer(t, open));
    const title = cell(row, open);
    if (t.url) {
      const link = document.createElement("a");
      link.href = t.url;
      link.className = "provider-link";
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = `open in ${t.provider}`;
      link.setAttribute("aria-label", `${t.title}: open in ${t.provider}`);
      title.append(link);
    }
    cell(row, pill(t.deletedAt ? "Deleted" : STATUS_NAMES[t.status] || t.status, t.status));
    cell(row, t.assignees.join(", "));
    cell(row, t.dueDate ? t.dueDate.slice(0, 10) : "");
    cell(row, t.projectPath.join(" › "));
    cell(row, effort(t));
    cell(row, new Date(t.updatedAt).toLocaleString());
    body.append(row);
  }
  $("#tasks-empty").hidden = views.tasks.length > 0;
  const pageNo = views.cursors.length;
  $("#tasks-page").textContent = `Page ${pageNo} · ${views.tasks.length} tasks`;
  $("#tasks-first").disabled = pageNo === 1;
  $("#tasks-next").disabled = !views.nextCursor;
}

async function openDrawer(task, opener) {
  views.lastFocus = opener;
  const drawer = $("#drawer");
  $("#drawer-title").textContent = task.title;
  const fields = $("#drawer-fields");
  fields.textContent = "";
  $("#drawer-raw").textContent = "loading…";
  drawer.hidden = false;
  $("#drawer-close").focus();
  try {
    const detail = await api(
      `/api/integrations/${encodeURIComponent(task.integrationId)}/tasks/${encodeURIComponent(task.externalId)}`);
    const rows = { ...detail.task, assignees: detail.assignees
      .map((p) => [p.name, p.email, p.externalId].filter(Boolean).join(" · ")),
      creator: detail.creator ? [detail.creator.name, detail.creator.email].filter(Boolean).join(" · ") : null,
      priorityRaw: detail.priorityRaw, lastSeenAt: detail.lastSeenAt };
    for (const [key, value] of Object.entries(rows)) {
      const dt = document.createElement("dt");
      dt.textContent = key;
      const dd = document.createElement("dd");
      dd.textContent = Array.isArray(value) ? value.join(", ") : value ?? "—";
      fields.append(dt, dd);
    }
    let raw = detail.raw || "";
    try { raw = JSON.stringify(JSON.parse(raw), null, 2); } catch (e) { /* shown as stored */ }
    $("#drawer-raw").textContent = (raw || "(none)") + (detail.rawTruncated ? "\n…(cut when stored)" : "");
  } catch (e) {
    $("#drawer-raw").textContent = e.message;
  }
}

function closeDrawer() {
  $("#drawer").hidden = true;
  if (views.lastFocus) views.lastFocus.focus();
}

/* ---- runs ---- */

async function openRuns(params) {
  const select = $("#r-integration");
  fillIntegrationSelect(select, false);
  if (params.get("integration")) select.value = params.get("integration");
  await loadRuns();
  views.runsTimer = setInterval(loadRuns, 5000);
}

async function loadRuns() {
  const id = $("#r-integration").value;
  writeHash("runs", id ? new URLSearchParams({ integration: id }) : null);
  const body = $("#runs-body");
  if (!id) {
    body.textContent = "";
    $("#runs-empty").hidden = false;
    return;
  }
  const list = await api(`/api/integrations/${encodeURIComponent(id)}/runs?limit=50`);
  body.textContent = "";
  for (const r of list.runs) {
    const row = document.createElement("tr");
    cell(row, new Date(r.startedAt).toLocaleString());
    cell(row, r.kind || "");
    cell(row, pill(r.outcome, r.outcome));
    cell(row, `${(r.durationMs / 1000).toFixed(1)} s`);
    const c = r.counts;
    cell(row, `${c.fetched} / ${c.created} / ${c.updated} / ${c.unchanged} / ${c.deleted} / ${c.failed}`);
    cell(row, `${r.providerRequests} (${r.rateLimitedRequests})`);
    const errorCell = cell(row, "");
    if (r.error) {
      const message = document.createElement("div");
      message.className = "run-error";
      message.textContent = `${r.error.category}: ${r.error.message}`;
      const advice = document.createElement("div");
      advice.className = "advice";
      advice.textContent = r.error.advice;
      errorCell.append(message, advice);
    }
    for (const w of r.warnings) {
      const warning = document.createElement("div");
      warning.className = "advice";
      warning.textContent = w;
      errorCell.append(warning);
    }
    body.append(row);
  }
  $("#runs-empty").hidden = list.runs.length > 0;
  const oldestFirst = [...list.runs].reverse();
  const when = (r) => new Date(r.finishedAt).toLocaleTimeString();
  $("#chart-tasks").replaceChildren(lineChart(
    oldestFirst.map((r) => ({ y: r.activeTasks, label: when(r), bad: !!r.error })),
    "Tasks stored after each run, oldest to newest", "tasks"));
  $("#chart-durations").replaceChildren(lineChart(
    oldestFirst.map((r) => ({ y: r.durationMs / 1000, label: when(r), bad: !!r.error })),
    "Run durations in seconds, oldest to newest", "durations"));
}

/* ---- demo activity ---- */

async function openActivity() {
  await loadActivity();
  views.activityTimer = setInterval(loadActivity, 1000);
}

function renderActivity(activity) {
  const toggle = $("#activity-toggle");
  toggle.setAttribute("aria-pressed", String(activity.running));
  toggle.textContent = activity.running ? "Stop activity" : "Start activity";
  $("#activity-state").textContent = activity.running
    ? `On: a change every ${activity.intervalSeconds} s` : "Off";
  const body = $("#activity-body");
  body.textContent = "";
  for (const c of activity.changes) {
    const row = document.createElement("tr");
    row.dataset.taskId = c.taskId;
    cell(row, new Date(c.madeAt).toLocaleTimeString());
    cell(row, c.provider);
    cell(row, c.kind);
    cell(row, c.title || c.taskId);
    const delay = cell(row, c.delayMs == null ? "waiting…" : `${(c.delayMs / 1000).toFixed(1)} s`);
    delay.className = "delay";
    body.append(row);
  }
}

async function loadActivity() {
  try {
    renderActivity(await api("/api/demo/activity"));
  } catch (e) {
    $("#activity-state").textContent = e.message;
  }
}

async function toggleActivity() {
  const running = $("#activity-toggle").getAttribute("aria-pressed") !== "true";
  try {
    renderActivity(await api("/api/demo/activity", {
      method: "POST", body: JSON.stringify({ running }),
    }));
  } catch (e) {
    showNotice("error", e.message);
  }
}

function initViews(demo) {
  views.demo = demo;
  $("#tabs").hidden = false;
  $("#tab-activity").hidden = !demo;
  window.addEventListener("hashchange", showView);
  $("#task-filters").addEventListener("submit", (event) => {
    event.preventDefault();
    views.cursors = [null];
    loadTasks();
  });
  $("#clear-filters").addEventListener("click", () => {
    $("#task-filters").reset();
    views.cursors = [null];
    loadTasks();
  });
  $("#tasks-next").addEventListener("click", () => {
    views.cursors.push(views.nextCursor);
    loadTasks();
  });
  $("#tasks-first").addEventListener("click", () => {
    views.cursors = [null];
    loadTasks();
  });
  $("#drawer-close").addEventListener("click", closeDrawer);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("#drawer").hidden) closeDrawer();
  });
  $("#r-integration").addEventListener("change", loadRuns);
  $("#activity-toggle").addEventListener("click", toggleActivity);
  showView();
}
