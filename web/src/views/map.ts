import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { api, type EventRow } from "../api";
import { h, s } from "../dom";
import { eventTable, QUAD_NAMES, type Ctx } from "../main";

let world: Promise<GeoJSON.FeatureCollection> | null = null;

/** Country outlines (Natural Earth 1:110m from world-atlas), served by this server: no tile server, works offline. */
function countries(): Promise<GeoJSON.FeatureCollection> {
  world ??= fetch("countries-110m.json").then(r => r.json()).then((t: Topology) =>
    feature(t, t.objects.countries) as unknown as GeoJSON.FeatureCollection);
  return world;
}

function quadRing(quads: number[], r: number): SVGElement[] {
  const total = quads.reduce((a, b) => a + b, 0);
  const out: SVGElement[] = [];
  let angle = -Math.PI / 2;
  for (let q = 1; q <= 4; q++) {
    if (!quads[q]) continue;
    const sweep = (quads[q] / total) * Math.PI * 2;
    if (sweep >= Math.PI * 2 - 1e-6) {
      out.push(s("circle", { r: r + 2.5, class: `ring q${q}` }));
      break;
    }
    const [x1, y1] = [Math.cos(angle) * (r + 2.5), Math.sin(angle) * (r + 2.5)];
    const [x2, y2] = [Math.cos(angle + sweep) * (r + 2.5), Math.sin(angle + sweep) * (r + 2.5)];
    out.push(s("path", { d: `M${x1.toFixed(2)},${y1.toFixed(2)}A${r + 2.5},${r + 2.5} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2.toFixed(2)},${y2.toFixed(2)}`, class: `ring q${q}` }));
    angle += sweep;
  }
  return out;
}

interface Cluster { x: number; y: number; events: EventRow[]; quads: number[] }

/** Event locations on an offline base map, clustered on a pixel grid; a cluster lists its events. */
export async function mapView(ctx: Ctx): Promise<void> {
  const [geo, page] = await Promise.all([countries(), api.events(ctx.filter, { limit: 1000, sort: "date", order: "desc" })]);
  const located = page.items.filter(e => e.latitude !== null && e.longitude !== null);
  const W = Math.max(600, Math.min(1400, ctx.root.clientWidth || 1100)), H = Math.round(W * 0.5);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: "Sphere" });
  const path = geoPath(projection);
  const svg = s("svg", { width: W, height: H, class: "chart map", "data-testid": "map" },
    s("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }),
    s("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }),
    ...geo.features.map(f => s("path", { d: path(f) ?? "", class: "country" }, s("title", null, String(f.properties?.name ?? "")))));
  const cell = 28;
  const clusters = new Map<string, Cluster>();
  for (const e of located) {
    const p = projection([e.longitude!, e.latitude!]);
    if (!p) continue;
    const key = `${Math.floor(p[0] / cell)}:${Math.floor(p[1] / cell)}`;
    const c = clusters.get(key) ?? { x: 0, y: 0, events: [], quads: [0, 0, 0, 0, 0] };
    c.x += p[0]; c.y += p[1]; c.events.push(e); c.quads[e.quadClass]++;
    clusters.set(key, c);
  }
  // Grid cells can put two circles on top of each other: merge clusters whose circles overlap.
  const radius = (n: number) => 6 + Math.min(18, 4 * Math.sqrt(n));
  const merged = [...clusters.values()].map(c => ({ ...c, x: c.x / c.events.length, y: c.y / c.events.length }));
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < merged.length && !changed; i++) {
      for (let j = i + 1; j < merged.length && !changed; j++) {
        const a = merged[i], b = merged[j];
        if (Math.hypot(a.x - b.x, a.y - b.y) < radius(a.events.length) + radius(b.events.length) - 4) {
          const n = a.events.length + b.events.length;
          a.x = (a.x * a.events.length + b.x * b.events.length) / n;
          a.y = (a.y * a.events.length + b.y * b.events.length) / n;
          a.events = a.events.concat(b.events);
          a.quads = a.quads.map((q, k) => q + b.quads[k]);
          merged.splice(j, 1);
          changed = true;
        }
      }
    }
  }
  const detail = h("div", { class: "map-detail" });
  for (const c of merged) {
    const n = c.events.length;
    const q = c.quads.indexOf(Math.max(...c.quads));
    const places = [...new Set(c.events.map(e => e.location ?? ""))].filter(Boolean);
    const g = s("g", { class: "cluster", transform: `translate(${c.x.toFixed(1)},${c.y.toFixed(1)})`, "data-count": n },
      s("circle", { r: radius(n), class: `q${q}` }),
      // A ring per QuadClass share, so a mostly-cooperative cluster with some attacks still shows red.
      ...quadRing(c.quads, radius(n)),
      s("text", { y: 4, "text-anchor": "middle" }, String(n)),
      s("title", null, `${places.join(", ")}: ${n} events`));
    g.addEventListener("click", () => {
      detail.replaceChildren(h("h3", null, `${places.join(", ")} — ${n} events`), eventTable(c.events));
    });
    svg.append(g);
  }
  ctx.root.append(h("h2", null, "Map"),
    h("div", { class: "legend" }, h("strong", { "data-testid": "map-located" }, String(located.length)), ` located events of `,
      h("span", { "data-testid": "map-total" }, String(page.total)), page.total > page.items.length ? ` (first ${page.items.length} shown)` : "",
      ` in ${merged.length} clusters`, h("span", { class: "spacer" }),
      ...[1, 2, 3, 4].map(q => h("span", { class: "legend-item" }, h("i", { class: `swatch q${q}` }), QUAD_NAMES[q]))),
    h("div", { class: "chart-wrap" }, svg), detail);
}
