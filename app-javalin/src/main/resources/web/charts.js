"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(name, attrs) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/**
 * Draws points (oldest first) as a line chart with its axes' extremes labelled; `label` reads a
 * point for its accessible title. Returns the SVG element.
 */
function lineChart(points, label, kind) {
  const width = 320, height = 140, left = 44, right = 8, top = 10, bottom = 22;
  const svg = svgEl("svg", {
    viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label,
    preserveAspectRatio: "none", class: `chart ${kind}`,
  });
  const title = svgEl("title", {});
  title.textContent = label;
  svg.append(title);
  if (!points.length) return svg;
  const max = Math.max(1, ...points.map((p) => p.y));
  const x = (i) => left + (points.length === 1 ? 0 : (i * (width - left - right)) / (points.length - 1));
  const y = (v) => top + (1 - v / max) * (height - top - bottom);
  svg.append(svgEl("line", { x1: left, y1: top, x2: left, y2: height - bottom, stroke: "#c8cdd8" }));
  svg.append(svgEl("line", {
    x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, stroke: "#c8cdd8",
  }));
  for (const [value, yy] of [[max, top + 4], [0, height - bottom]]) {
    const t = svgEl("text", { x: left - 4, y: yy, "text-anchor": "end", "font-size": 10, fill: "#5d6778" });
    t.textContent = formatNumber(value);
    svg.append(t);
  }
  const first = svgEl("text", { x: left, y: height - 6, "font-size": 10, fill: "#5d6778" });
  first.textContent = points[0].label;
  const last = svgEl("text", { x: width - right, y: height - 6, "text-anchor": "end", "font-size": 10, fill: "#5d6778" });
  last.textContent = points[points.length - 1].label;
  svg.append(first, last);
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.y).toFixed(1)}`).join(" ");
  svg.append(svgEl("path", { d: path, fill: "none", stroke: "#3559e0", "stroke-width": 2 }));
  points.forEach((p, i) => {
    const dot = svgEl("circle", { cx: x(i), cy: y(p.y), r: 3, fill: p.bad ? "#b3261e" : "#3559e0" });
    const tip = svgEl("title", {});
    tip.textContent = `${p.label}: ${formatNumber(p.y)}`;
    dot.append(tip);
    svg.append(dot);
  });
  return svg;
}

function formatNumber(n) {
  if (n >= 1000000) return `${(n / 1000000).toFixed(1)}M`;
  if (n >= 10000) return `${Math.round(n / 1000)}k`;
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
