// marsad web page: annotate an article, browse events, chart a dyad over time.
// Plain JS, no third-party code. Offsets from the API are Unicode code points
// (Python str indices), so text is sliced as an array of code points.
"use strict";

const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const FURNITURE = new Set(["caption", "photo_credit", "ad", "source_line"]);

// ---- tabs -------------------------------------------------------------------
document.querySelectorAll("nav [role=tab]").forEach((tab) => {
  tab.addEventListener("click", () => {
    document.querySelectorAll("nav [role=tab]").forEach((t) => {
      const on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      $(t.dataset.panel).hidden = !on;
    });
  });
});

async function api(path, opts) {
  const r = await fetch(path, opts);
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) throw new Error((body && body.detail) ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : `HTTP ${r.status}`);
  return body;
}

function status(el, msg, isError) {
  el.textContent = msg;
  el.classList.toggle("error", !!isError);
}

// ---- annotate -----------------------------------------------------------------
$("upload").addEventListener("change", async (e) => {
  const f = e.target.files[0];
  if (f) $("article").value = await f.text();
});

$("code-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = $("article").value;
  if (!text.trim()) { status($("code-status"), "Paste an article first.", true); return; }
  const isHtml = /^\s*<(!doctype|html)/i.test(text);
  const payload = { captions: $("captions").checked };
  payload[isHtml ? "html" : "text"] = text;
  if ($("published").value) payload.published_at = $("published").value;
  status($("code-status"), "Coding…");
  try {
    const doc = await api("/api/code", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
    renderAnnotated(doc);
    $("events-out").innerHTML = eventsTable(doc.events, true);
    status($("code-status"), `${doc.events.length} events · ${doc.actors.length} actors · ${doc.timerefs.length} dates · ${doc.places.length} places · language ${doc.languages.join(", ") || "?"}`);
  } catch (err) {
    status($("code-status"), "Error: " + err.message, true);
  }
});

function renderAnnotated(doc) {
  const cps = Array.from(doc.text);
  const marks = [];  // [start, end, class, title]
  for (const a of doc.actors) for (const [s, e] of a.spans) marks.push([s, e, "actor", `${a.code || "unresolved"} ${a.name || ""}`.trim()]);
  for (const t of doc.timerefs) marks.push([t.start, t.end, "time", `${t.value || "unresolved"} (${t.granularity}, ${t.basis})`]);
  for (const p of doc.places) if (!p.is_metonym) marks.push([p.start, p.end, "place", `${p.name}, ${p.country || ""} (${p.precision})`]);
  for (const ev of doc.events) {
    const [s, e] = ev.evidence.trigger_span;
    marks.push([s, e, "trigger", `${ev.cameo} ${ev.plover_type || ""}`]);
  }
  const bounds = new Set([0, cps.length]);
  for (const m of marks) { bounds.add(m[0]); bounds.add(m[1]); }
  for (const sg of doc.segments) { bounds.add(sg.start); bounds.add(sg.end); }
  const cuts = [...bounds].filter((b) => b >= 0 && b <= cps.length).sort((a, b) => a - b);
  const segOf = (pos) => doc.segments.find((s) => s.start <= pos && pos < s.end);
  let html = "";
  let curSeg = null;
  for (let i = 0; i < cuts.length - 1; i++) {
    const s = cuts[i], e = cuts[i + 1];
    if (s === e) continue;
    const seg = segOf(s);
    if (seg !== curSeg) {
      if (curSeg !== null) html += "</span>";
      html += seg ? `<span class="seg ${FURNITURE.has(seg.kind) ? "furniture" : ""}" data-kind="${esc(seg.kind)}">` : "<span>";
      curSeg = seg;
    }
    const covering = marks.filter((m) => m[0] <= s && e <= m[1]);
    const piece = esc(cps.slice(s, e).join(""));
    if (covering.length) {
      const cls = [...new Set(covering.map((m) => m[2]))];
      // the most specific layer wins the colour; all layers show in the tooltip
      const order = ["trigger", "time", "place", "actor"];
      const main = order.find((c) => cls.includes(c));
      html += `<span class="hl ${main}" data-layers="${cls.join(" ")}" title="${esc(covering.map((m) => m[3]).join(" · "))}">${piece}</span>`;
    } else {
      html += piece;
    }
  }
  if (curSeg !== null) html += "</span>";
  $("annotated").innerHTML = html;
  $("legend").hidden = false;
}

function flags(ev) {
  let f = "";
  if (ev.negated) f += '<span class="tag neg">negated</span>';
  if (ev.modality && ev.modality !== "asserted") f += `<span class="tag mod">${esc(ev.modality)}</span>`;
  if (ev.historical) f += '<span class="tag hist">background</span>';
  return f;
}

function evidenceCell(ev) {
  const s = Array.from(ev.evidence.sentence || "");
  const off = ev.evidence.sentence_span[0];
  const [ts, te] = ev.evidence.trigger_span;
  const a = esc(s.slice(0, ts - off).join("")), b = esc(s.slice(ts - off, te - off).join("")), c = esc(s.slice(te - off).join(""));
  return `<td class="evidence" dir="auto">${a}<mark>${b}</mark>${c}</td>`;
}

function actorCell(side) {
  if (!side || !side.code) return `<td class="muted">${esc(side && side.text ? side.text : "—")}</td>`;
  return `<td><b>${esc(side.code)}</b>${side.name ? `<br><small>${esc(side.name)}</small>` : ""}</td>`;
}

function eventsTable(events, withEvidence) {
  if (!events.length) return '<p class="muted">No events.</p>';
  let h = "<table class=\"events\"><thead><tr><th>date</th><th>source</th><th>event</th><th>target</th><th>place</th>";
  if (withEvidence) h += "<th>evidence</th>";
  h += "</tr></thead><tbody>";
  for (const ev of events) {
    const date = ev.date ? `${esc(ev.date)}${ev.date_end ? "/" + esc(ev.date_end) : ""}<br><small>${esc(ev.date_basis)}</small>` : `<span class="muted">${esc(ev.date_basis)}</span>`;
    h += `<tr><td>${date}</td>${actorCell(ev.source)}<td><b>${esc(ev.cameo)}</b> ${esc(ev.plover_type || "")}<br><small>Goldstein ${ev.goldstein}</small> ${flags(ev)}</td>${actorCell(ev.target)}`;
    h += `<td>${ev.place ? esc(ev.place.name) + (ev.place.country ? ` <small>${esc(ev.place.country)}</small>` : "") : ""}</td>`;
    if (withEvidence) h += evidenceCell(ev);
    h += "</tr>";
  }
  return h + "</tbody></table>";
}

// ---- browse events ----------------------------------------------------------------
let evOffset = 0;
const EV_LIMIT = 50;
async function loadEvents() {
  const p = new URLSearchParams();
  const add = (k, id) => { if ($(id).value) p.set(k, $(id).value); };
  add("actor", "f-actor"); add("cameo", "f-cameo"); add("plover", "f-plover"); add("since", "f-since"); add("until", "f-until");
  p.set("limit", EV_LIMIT); p.set("offset", evOffset);
  status($("events-status"), "Loading…");
  try {
    const r = await api("/api/events?" + p.toString());
    $("events-table").innerHTML = eventsTable(r.items, true);
    status($("events-status"), `${r.total} events` + (r.total ? ` · showing ${r.offset + 1}–${r.offset + r.items.length}` : ""));
    $("prev").disabled = evOffset === 0;
    $("next").disabled = evOffset + EV_LIMIT >= r.total;
  } catch (err) { status($("events-status"), "Error: " + err.message, true); }
}
$("events-form").addEventListener("submit", (e) => { e.preventDefault(); evOffset = 0; loadEvents(); });
$("prev").addEventListener("click", () => { evOffset = Math.max(0, evOffset - EV_LIMIT); loadEvents(); });
$("next").addEventListener("click", () => { evOffset += EV_LIMIT; loadEvents(); });

// ---- relations chart --------------------------------------------------------------
const QUAD = [
  ["q1", "#60a5fa", "verbal cooperation"], ["q2", "#2563eb", "material cooperation"],
  ["q3", "#f59e0b", "verbal conflict"], ["q4", "#dc2626", "material conflict"],
];

function drawChart(series) {
  const W = 860, H = 340, L = 48, R = 48, T = 20, B = 60;
  if (!series.length) return '<p class="muted">No events for this dyad.</p>';
  const n = series.length, bw = Math.max(4, Math.min(48, (W - L - R) / n * 0.7));
  const maxC = Math.max(1, ...series.map((s) => s.q1 + s.q2 + s.q3 + s.q4));
  const gs = series.map((s) => s.goldstein_sum || 0);
  const gMax = Math.max(1, ...gs.map(Math.abs));
  const x = (i) => L + (i + 0.5) * (W - L - R) / n;
  const y = (c) => H - B - c / maxC * (H - T - B);
  const yg = (g) => T + (H - T - B) / 2 - g / gMax * (H - T - B) / 2;
  let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="relations over time">`;
  svg += `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#999"/>`;
  svg += `<text x="${L - 6}" y="${T + 8}" text-anchor="end" font-size="11">${maxC}</text><text x="${L - 6}" y="${H - B}" text-anchor="end" font-size="11">0</text>`;
  series.forEach((s, i) => {
    let base = 0;
    for (const [k, col, label] of QUAD) {
      const v = s[k] || 0;
      if (!v) continue;
      svg += `<rect class="bar" x="${x(i) - bw / 2}" y="${y(base + v)}" width="${bw}" height="${y(base) - y(base + v)}" fill="${col}"><title>${esc(s.period)}: ${v} ${label}</title></rect>`;
      base += v;
    }
    svg += `<text x="${x(i)}" y="${H - B + 14}" text-anchor="end" font-size="10" transform="rotate(-40 ${x(i)} ${H - B + 14})">${esc(s.period)}</text>`;
  });
  svg += `<line x1="${L}" y1="${yg(0)}" x2="${W - R}" y2="${yg(0)}" stroke="#111" stroke-dasharray="4 4" opacity=".35"/><text x="${W - R + 6}" y="${yg(0) + 4}" font-size="11">0</text>`;
  const pts = series.map((s, i) => `${x(i)},${yg(s.goldstein_sum || 0)}`).join(" ");
  svg += `<polyline points="${pts}" fill="none" stroke="#111" stroke-width="2"/>`;
  series.forEach((s, i) => { svg += `<circle cx="${x(i)}" cy="${yg(s.goldstein_sum || 0)}" r="3"><title>${esc(s.period)}: Goldstein sum ${s.goldstein_sum ?? 0}</title></circle>`; });
  svg += `<text x="${W - R + 6}" y="${T + 8}" font-size="11">+${gMax}</text><text x="${W - R + 6}" y="${H - B}" font-size="11">−${gMax}</text>`;
  let lx = L;
  for (const [, col, label] of QUAD) { svg += `<rect x="${lx}" y="${H - 16}" width="10" height="10" fill="${col}"/><text x="${lx + 14}" y="${H - 7}" font-size="11">${label}</text>`; lx += 150; }
  svg += `<line x1="${lx}" y1="${H - 11}" x2="${lx + 18}" y2="${H - 11}" stroke="#111" stroke-width="2"/><text x="${lx + 22}" y="${H - 7}" font-size="11">Goldstein sum</text>`;
  return svg + "</svg>";
}

$("rel-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const p = new URLSearchParams({ source: $("r-source").value, target: $("r-target").value, by: $("r-by").value });
  if ($("r-undirected").checked) p.set("undirected", "true");
  status($("rel-status"), "Loading…");
  try {
    const r = await api("/api/relations?" + p.toString());
    $("chart").innerHTML = drawChart(r.series);
    let t = "<table><thead><tr><th>period</th><th>events</th><th>stories</th><th>sources</th><th>verbal coop</th><th>material coop</th><th>verbal conflict</th><th>material conflict</th><th>Goldstein sum</th><th>mean</th></tr></thead><tbody>";
    for (const s of r.series) t += `<tr><td>${esc(s.period)}</td><td>${s.events}</td><td>${s.stories}</td><td>${s.documents}</td><td>${s.q1}</td><td>${s.q2}</td><td>${s.q3}</td><td>${s.q4}</td><td>${s.goldstein_sum ?? "—"}</td><td>${s.goldstein_mean ?? "—"}</td></tr>`;
    $("rel-table").innerHTML = t + "</tbody></table>";
    status($("rel-status"), `${r.source} → ${r.target}${$("r-undirected").checked ? " (both directions)" : ""}, by ${r.by}: ${r.series.length} periods`);
  } catch (err) { status($("rel-status"), "Error: " + err.message, true); }
});
