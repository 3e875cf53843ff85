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
  const detail = h("div", { class: "map-detail" });
  for (const c of clusters.values()) {
    const n = c.events.length;
    const q = c.quads.indexOf(Math.max(...c.quads));
    const places = [...new Set(c.events.map(e => e.location ?? ""))].filter(Boolean);
    const g = s("g", { class: "cluster", transform: `translate(${(c.x / n).toFixed(1)},${(c.y / n).toFixed(1)})`, "data-count": n },
      s("circle", { r: 6 + Math.min(18, 4 * Math.sqrt(n)), class: `q${q}` }),
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
      ` in ${clusters.size} clusters`, h("span", { class: "spacer" }),
      ...[1, 2, 3, 4].map(q => h("span", { class: "legend-item" }, h("i", { class: `swatch q${q}` }), QUAD_NAMES[q]))),
    h("div", { class: "chart-wrap" }, svg), detail);
}
