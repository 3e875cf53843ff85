import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { api, type Dyad } from "../api";
import { h, s } from "../dom";
import { QUAD_NAMES, type Ctx } from "../main";

interface Node extends SimulationNodeDatum { id: string; name: string; country: string; events: number }
interface Link extends SimulationLinkDatum<Node> { dyad: Dyad; quad: number }

/** Country (first 3 letters) and sectors (the rest, in 3-letter parts) of a CAMEO-style actor code. */
export function codeParts(code: string): { country: string; sectors: string[] } {
  const country = code.slice(0, 3);
  const sectors: string[] = [];
  for (let i = 3; i + 3 <= code.length; i += 3) sectors.push(code.slice(i, i + 3));
  return { country, sectors };
}

function dominantQuad(d: Dyad): number {
  const q = [0, d.quad1, d.quad2, d.quad3, d.quad4];
  let best = 1;
  for (let i = 2; i <= 4; i++) if (q[i] > q[best]) best = i;
  return best;
}

/** Actors as nodes, dyads as edges coloured by their dominant QuadClass; filter by country, sector and root. */
export async function networkView(ctx: Ctx): Promise<void> {
  const all = await api.dyads(ctx.filter);
  const country = ctx.params.get("country") ?? "";
  const sector = ctx.params.get("sector") ?? "";
  // Events without a coded target (or source) would all meet in one "---" hub: hidden unless asked for.
  const unknown = ctx.params.get("unknown") === "1";
  const keep = (code: string) => {
    const p = codeParts(code);
    return (!country || p.country === country) && (!sector || p.sectors.includes(sector));
  };
  const dyads = all.filter(d => (unknown || (d.source !== "---" && d.target !== "---")) && (keep(d.source) || keep(d.target)));
  const countries = [...new Set(all.flatMap(d => [codeParts(d.source).country, codeParts(d.target).country]))].filter(c => c !== "---").sort();
  const sectors = [...new Set(all.flatMap(d => [...codeParts(d.source).sectors, ...codeParts(d.target).sectors]))].sort();
  const extra = (k: string, v: string) => {
    const p: Record<string, string> = { ...(ctx.filter as Record<string, string>), country, sector, unknown: unknown ? "1" : "" };
    p[k] = v;
    ctx.go("network", p);
  };
  const select = (name: string, value: string, options: string[], testid: string) => {
    const el = h("select", { "data-testid": testid }, h("option", { value: "" }, "any"), ...options.map(o => h("option", { value: o, selected: o === value }, o)));
    el.addEventListener("change", () => extra(name, el.value));
    return h("label", null, name[0].toUpperCase() + name.slice(1) + " ", el);
  };
  const rootSel = h("select", { "data-testid": "net-root" }, h("option", { value: "" }, "any"),
    ...Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")).map(r => h("option", { value: r, selected: ctx.filter.root === r }, r)));
  rootSel.addEventListener("change", () => ctx.setFilter({ ...ctx.filter, root: rootSel.value || undefined }));
  const totalEvents = dyads.reduce((a, d) => a + d.events, 0);
  ctx.root.append(h("h2", null, "Actor network"),
    h("div", { class: "toolbar" }, select("country", country, countries, "net-country"), select("sector", sector, sectors, "net-sector"),
      h("label", null, "Root ", rootSel),
      (() => {
        const cb = h("input", { type: "checkbox", checked: unknown, "data-testid": "net-unknown" });
        cb.addEventListener("change", () => extra("unknown", cb.checked ? "1" : ""));
        return h("label", { title: "events whose source or target is not coded" }, cb, " one-sided (---)");
      })(),
      h("span", { class: "muted" }, h("b", { "data-testid": "net-dyads" }, String(dyads.length)), " dyads, ",
        h("b", { "data-testid": "net-events" }, String(totalEvents)), " events"),
      h("span", { class: "spacer" }),
      ...[1, 2, 3, 4].map(q => h("span", { class: "legend-item" }, h("i", { class: `swatch q${q}` }), QUAD_NAMES[q]))));
  if (dyads.length === 0) {
    ctx.root.append(h("p", { class: "empty" }, "No dyads match the filters."));
    return;
  }
  const nodes = new Map<string, Node>();
  const node = (code: string, name: string | null, c: string | null, n: number) => {
    const x = nodes.get(code) ?? { id: code, name: name ?? code, country: c ?? codeParts(code).country, events: 0 };
    x.events += n;
    nodes.set(code, x);
    return x;
  };
  const links: Link[] = dyads.map(d => ({ source: node(d.source, d.sourceName, d.sourceCountry, d.events), target: node(d.target, d.targetName, d.targetCountry, d.events), dyad: d, quad: dominantQuad(d) }));
  const W = Math.max(600, Math.min(1000, (ctx.root.clientWidth || 1200) - 380)), H = 560;
  const list = [...nodes.values()];
  // A fixed number of ticks, run before drawing: the layout is the same on every load.
  list.forEach((n, i) => { n.x = W / 2 + Math.cos(i) * (50 + i * 3); n.y = H / 2 + Math.sin(i) * (50 + i * 3); });
  const sim = forceSimulation(list)
    .force("link", forceLink<Node, Link>(links).id(n => n.id).distance(90))
    .force("charge", forceManyBody().strength(-260))
    .force("collide", forceCollide(22))
    .force("center", forceCenter(W / 2, H / 2))
    // Weak gravity keeps small disconnected groups near the middle instead of the corners.
    .force("x", forceX(W / 2).strength(0.07))
    .force("y", forceY(H / 2).strength(0.1))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of list) { n.x = Math.max(30, Math.min(W - 30, n.x ?? 0)); n.y = Math.max(20, Math.min(H - 20, n.y ?? 0)); }
  const maxEv = Math.max(...dyads.map(d => d.events));
  const maxN = Math.max(...list.map(n => n.events));
  const svg = s("svg", { width: W, height: H, class: "chart network", "data-testid": "network" },
    s("defs", null, ...[1, 2, 3, 4].map(q => s("marker", { id: `arrow${q}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto" },
      s("path", { d: "M0,0L10,5L0,10z", class: `arrowhead q${q}` })))));
  const radius = (n: Node) => 5 + 10 * Math.sqrt(n.events / maxN);
  for (const l of links) {
    const a = l.source as Node, b = l.target as Node;
    if (a === b) continue; // an actor acting on itself: in the table, not drawn
    // End the arrow at the target's rim so the head stays visible.
    const len = Math.hypot(b.x! - a.x!, b.y! - a.y!) || 1;
    const ex = b.x! - ((b.x! - a.x!) / len) * (radius(b) + 2), ey = b.y! - ((b.y! - a.y!) / len) * (radius(b) + 2);
    svg.append(s("line", { x1: a.x!, y1: a.y!, x2: ex, y2: ey, class: `edge q${l.quad}`, "stroke-width": 1 + 5 * (l.dyad.events / maxEv), "marker-end": `url(#arrow${l.quad})`, "data-edge": `${a.id}>${b.id}` },
      s("title", null, `${a.id} → ${b.id}: ${l.dyad.events} events (Q1 ${l.dyad.quad1}, Q2 ${l.dyad.quad2}, Q3 ${l.dyad.quad3}, Q4 ${l.dyad.quad4}), mean Goldstein ${l.dyad.avgGoldstein}`)));
  }
  for (const n of list) {
    const g = s("g", { class: "node", transform: `translate(${n.x},${n.y})`, "data-node": n.id },
      s("circle", { r: radius(n) }),
      s("text", { x: 0, y: -14, "text-anchor": "middle" }, n.id),
      s("title", null, `${n.id} ${n.name} (${n.events} events)`));
    g.addEventListener("click", () => ctx.go("events", { source: n.id }));
    svg.append(g);
  }
  const table = h("table", { class: "grid compact", "data-testid": "dyad-table" },
    h("thead", null, h("tr", null, h("th", null, "Source"), h("th", null, "Target"), h("th", null, "Ev."), ...[1, 2, 3, 4].map(q => h("th", { class: `q${q}-text` }, `Q${q}`)), h("th", null, "Gold."))),
    h("tbody", null, ...dyads.slice(0, 60).map(d => {
      const tr = h("tr", { class: "clickable" }, h("td", { class: "mono" }, d.source), h("td", { class: "mono" }, d.target), h("td", { class: "num" }, String(d.events)),
        h("td", { class: "num" }, String(d.quad1)), h("td", { class: "num" }, String(d.quad2)), h("td", { class: "num" }, String(d.quad3)), h("td", { class: "num" }, String(d.quad4)),
        h("td", { class: "num" }, d.avgGoldstein.toFixed(1)));
      tr.addEventListener("click", () => ctx.go("events", { ...(ctx.filter as Record<string, string>), source: d.source === "---" ? "" : d.source, target: d.target === "---" ? "" : d.target }));
      return tr;
    })));
  ctx.root.append(h("div", { class: "split" }, h("div", { class: "chart-wrap" }, svg), h("div", { class: "side" }, table)));
}
