"use strict";

const MESSAGES = {
  access_denied: (p) => `You declined access at ${p}. Nothing was connected.`,
  invalid_state: () =>
    "That connect link was invalid, expired or already used. Nothing was stored; " +
    "start again with Connect.",
  unknown_provider: () => "That provider is not one tasksync knows.",
  exchange_failed: (p) =>
    `${p} did not accept the authorization. Nothing was stored; try connecting again.`,
  provider_unavailable: (p) =>
    `${p} could not be reached. Nothing was stored; try again in a minute.`,
  workspaces_failed: (p) =>
    `${p} granted access but its workspaces could not be read. Nothing was stored.`,
  missing_code: (p) => `${p} did not send an authorization code. Nothing was stored.`,
  provider_error: (p) => `${p} reported an error during consent. Nothing was stored.`,
  sign_in_required: () => "Sign in with your API key first, then connect.",
  provider_not_configured: (p) => `${p} is not configured on this server.`,
  browser_mismatch: (p) =>
    `That ${p} consent was started in another browser (or at another address of this app). ` +
    "Nothing was stored; start again with Connect here.",
};

const state = {
  environment: null, signedIn: false, integrations: [], timer: null, rendered: null,
  confirming: null,
};

function $(selector, root = document) {
  return root.querySelector(selector);
}

function nameOf(id) {
  const card = state.environment?.providers.find((p) => p.id === id);
  return card ? card.name : "The provider";
}

async function api(path, options = {}) {
  const response = await fetch(path, {
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    ...options,
  });
  if (response.status === 401 && path.startsWith("/api/")) {
    showSignIn(true);
    throw new Error("signed out");
  }
  const body = response.status === 204 ? null : await response.json();
  if (!response.ok) {
    throw new Error(body?.message || `request failed (${response.status})`);
  }
  return body;
}

function showNotice(kind, text) {
  const notice = $("#notice");
  notice.className = `notice ${kind}`;
  notice.textContent = "";
  const message = document.createElement("span");
  message.id = "notice-text";
  message.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.setAttribute("aria-label", "Dismiss");
  close.textContent = "×";
  close.addEventListener("click", () => (notice.hidden = true));
  notice.append(message, close);
  notice.hidden = false;
}

/** Shows the callback's outcome once, then removes it from the address bar. */
function readCallbackParams() {
  const url = new URL(window.location.href);
  const connected = url.searchParams.get("connected");
  const error = url.searchParams.get("error");
  if (connected) {
    showNotice("success",
      `${nameOf(connected)} is connected. The first import is running in the background.`);
  } else if (error) {
    const provider = nameOf(url.searchParams.get("provider"));
    const text = MESSAGES[error] ? MESSAGES[error](provider) : "Connecting failed. Nothing was stored.";
    showNotice("error", text);
  }
  if (connected || error) {
    ["connected", "error", "provider"].forEach((k) => url.searchParams.delete(k));
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
}

function renderEnvironment() {
  const env = state.environment;
  const box = $("#environment");
  box.textContent = "";
  const pill = document.createElement("span");
  pill.className = env.demo ? "pill" : "pill live";
  pill.textContent = env.demo ? "Demo" : "Live";
  const connectable = env.providers.filter((p) => p.connectable);
  const providers = connectable.length
    ? connectable.map((p) => p.name + (p.sandbox ? " (sandbox)" : "")).join(", ")
    : "none configured";
  const text = document.createElement("span");
  text.id = "environment-text";
  text.textContent = `Store: ${env.store} · Providers: ${providers}`;
  box.append(pill, text);
}

function showSignIn(visible) {
  state.signedIn = !visible;
  $("#signin").hidden = !visible;
  $("#who").hidden = visible;
}

function timeAgo(iso) {
  if (!iso) return "never";
  const seconds = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} h ago`;
  return new Date(iso).toLocaleString();
}

/** Rebuilds the cards only when what they show changed, so open panels stay open. */
function renderCards() {
  const signature = JSON.stringify([state.signedIn, state.integrations]);
  if (signature === state.rendered) return;
  state.rendered = signature;
  const container = $("#providers");
  container.textContent = "";
  for (const provider of state.environment.providers) {
    const card = $("#card-template").content.firstElementChild.cloneNode(true);
    card.id = `card-${provider.id}`;
    card.dataset.provider = provider.id;
    $(".provider-name", card).textContent = provider.name;
    $(".brings", card).textContent = provider.brings;
    for (const highlight of provider.highlights) {
      const chip = document.createElement("li");
      chip.textContent = highlight;
      $(".highlights", card).append(chip);
    }
    const active = state.integrations.filter(
      (i) => i.provider === provider.id && i.status !== "DISCONNECTED");
    const badge = $(".status", card);
    if (!provider.connectable) {
      badge.textContent = "Not configured";
    } else if (active.some((i) => i.status === "NEEDS_REAUTH")) {
      badge.textContent = "Reconnect needed";
      badge.classList.add("attention");
    } else if (active.length) {
      badge.textContent = "Connected";
      badge.classList.add("connected");
    } else {
      badge.textContent = "Not connected";
    }
    for (const integration of active) {
      $(".integrations", card).append(renderIntegration(integration));
    }
    const connect = $(".connect", card);
    connect.id = `connect-${provider.id}`;
    connect.href = `/oauth/${provider.id}/authorize`;
    connect.textContent = active.length ? "Connect another account" : "Connect";
    if (!provider.connectable || !state.signedIn) connect.classList.add("disabled");
    if (active.length) connect.classList.remove("primary");
    container.append(card);
  }
}

function renderIntegration(integration) {
  const row = $("#integration-template").content.firstElementChild.cloneNode(true);
  row.dataset.integration = integration.id;
  const sync = integration.sync;
  $(".workspaces", row).textContent =
    integration.workspaces.map((w) => w.name || w.externalId).join(", ") || "Workspace";
  $(".task-count", row).textContent = integration.taskCount;
  $(".sync-status", row).textContent = describeSync(sync);
  $(".last-sync", row).textContent = `Last sync: ${timeAgo(sync.lastSuccessAt)}`;
  if (sync.running) {
    const progress = $(".progress", row);
    progress.hidden = false;
    progress.classList.add("indeterminate");
  }
  if (sync.lastError && sync.status !== "RUNNING" && sync.status !== "SUCCEEDED") {
    const error = $(".sync-error", row);
    error.hidden = false;
    const hints = {
      TRANSIENT: "tasksync retries on its own.",
      NEEDS_USER: "Reconnect this account to continue.",
      BUG: "The details are in the server log.",
    };
    error.textContent = `${sync.lastError.message} ${hints[sync.lastError.category] || ""}`;
  }
  const confirm = $(".confirm", row);
  const deleteTasks = $(".delete-tasks", row);
  if (state.confirming?.id === integration.id) {
    confirm.hidden = false;
    deleteTasks.checked = state.confirming.deleteTasks;
  }
  $(".sync-now", row).addEventListener("click", () => syncNow(integration));
  $(".disconnect", row).addEventListener("click", () => {
    state.confirming = { id: integration.id, deleteTasks: false };
    confirm.hidden = false;
  });
  deleteTasks.addEventListener("change", () => {
    if (state.confirming) state.confirming.deleteTasks = deleteTasks.checked;
  });
  $(".cancel", row).addEventListener("click", () => {
    state.confirming = null;
    confirm.hidden = true;
  });
  $(".confirm-disconnect", row).addEventListener("click", () => {
    state.confirming = null;
    disconnect(integration, deleteTasks.checked);
  });
  return row;
}

function describeSync(sync) {
  if (sync.running) {
    return `· importing (${sync.progress.fetched} fetched so far)`;
  }
  const labels = {
    IDLE: "· waiting for the first sync", SUCCEEDED: "· up to date",
    PARTIAL: "· partly synced", FAILED: "· last sync failed",
    NEEDS_REAUTH: "· reconnect needed", PAUSED: "· paused",
    STALLED: "· interrupted, resumes at its checkpoint",
  };
  return labels[sync.status] || "";
}

async function syncNow(integration) {
  try {
    const result = await api(`/api/integrations/${integration.id}/sync`, { method: "POST" });
    showNotice("success", result.queued
      ? `${integration.providerName} sync started.` : `${integration.providerName}: ${result.message}.`);
    schedulePoll(500);
  } catch (e) {
    showNotice("error", e.message);
  }
}

async function disconnect(integration, deleteTasks) {
  try {
    const result = await api(`/api/integrations/${integration.id}/disconnect`, {
      method: "POST",
      body: JSON.stringify({ deleteTasks }),
    });
    const deleted = deleteTasks ? ` ${result.tasksDeleted} imported tasks were deleted.` : "";
    showNotice("success", `${integration.providerName} is disconnected.${deleted}`);
    await refresh();
  } catch (e) {
    showNotice("error", e.message);
  }
}

async function refresh() {
  if (state.signedIn) {
    try {
      state.integrations = await api("/api/integrations");
    } catch (e) {
      state.integrations = [];
    }
  }
  renderCards();
  const running = state.integrations.some((i) => i.sync.running || i.status === "CONNECTED"
    && i.sync.status === "IDLE");
  schedulePoll(running ? 1000 : 5000);
}

function schedulePoll(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(refresh, delay);
}

async function signIn(event) {
  event.preventDefault();
  const input = $("#api-key");
  const error = $("#signin-error");
  try {
    const session = await api("/session", {
      method: "POST",
      body: JSON.stringify({ apiKey: input.value }),
    });
    input.value = "";
    error.hidden = true;
    $("#organization").textContent = `Organization: ${session.organization}`;
    showSignIn(false);
    await refresh();
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
  }
}

async function signOut() {
  await api("/session", { method: "DELETE" });
  state.integrations = [];
  showSignIn(true);
  renderCards();
}

async function start() {
  state.environment = await api("/environment");
  renderEnvironment();
  readCallbackParams();
  const session = await api("/session");
  showSignIn(!session.signedIn);
  if (session.signedIn) {
    $("#organization").textContent = `Organization: ${session.organization}`;
  }
  $("#signin-form").addEventListener("submit", signIn);
  $("#sign-out").addEventListener("click", signOut);
  await refresh();
}

document.addEventListener("DOMContentLoaded", start);
