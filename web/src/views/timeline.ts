import { api, type SeriesPoint } from "../api";
import { h, s } from "../dom";
import { eventTable, QUAD_NAMES, type Ctx } from "../main";

const DAY = 86_400_000;

function addDays(d: string, n: number): string {
  return new Date(Date.parse(d + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);
}

/** CAMEO root names (the codebook's 20 roots), for the legend when the timeline is grouped by root. */
export const ROOT_NAMES: Record<string, string> = {
  "01": "statement", "02": "appeal", "03": "intent to cooperate", "04": "consult", "05": "diplomatic coop.", "06": "material coop.",
  "07": "provide aid", "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
  "14": "protest", "15": "force posture", "16": "reduce relations", "17": "coerce", "18": "assault", "19": "fight", "20": "mass violence",
};

/** The QuadClass of a CAMEO root: 01-05 verbal and 06-08 material cooperation, 09-13 verbal and 14-20 material conflict. */
export function rootQuad(root: string): number {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

const FAMILY: Record<number, [number, number, number[]]> = { 1: [217, 66, [1, 5]], 2: [162, 70, [6, 8]], 3: [41, 95, [9, 13]], 4: [7, 74, [14, 20]] };

/** A root's colour: its QuadClass hue (the colours used everywhere), darker to lighter through the family's roots. */
export function rootColour(root: string): string {
  const q = rootQuad(root);
  const [hue, sat, [lo, hi]] = FAMILY[q];
  const t = hi === lo ? 0.5 : (Number(root) - lo) / (hi - lo);
  return `hsl(${hue} ${sat}% ${Math.round(30 + t * 38)}%)`;
}

/** Events per day (or week) stacked by QuadClass or CAMEO root, with a brush that picks a period for the list below. */
export async function timelineView(ctx: Ctx): Promise<void> {
  // The chart shows the whole range of the other filters; the brush (since/until) only narrows the list.
  const { since, until, ...rest } = ctx.filter;
  const group: "quad" | "root" = ctx.params.get("group") === "root" ? "root" : "quad";
  let interval = ctx.params.get("interval") ?? "";
  let points: SeriesPoint[] = await api.series(rest, interval || "day", group);
  if (!interval) {
    const span = points.length ? (Date.parse(points[points.length - 1].period) - Date.parse(points[0].period)) / DAY : 0;
    interval = span > 150 ? "week" : "day";
    if (interval === "week") points = await api.series(rest, "week", group);
  }
  // View options other than the filters, kept when the filters, interval or grouping change.
  const options = (o: Record<string, string> = {}) => {
    const out: Record<string, string> = {};
    for (const k of ["interval", "group"]) { const v = ctx.params.get(k); if (v) out[k] = v; }
    return { ...out, ...o };
  };
  const periods: string[] = [];
  if (points.length > 0) {
    const first = points[0].period, last = points[points.length - 1].period;
    for (let d = first; d <= last; d = addDays(d, interval === "week" ? 7 : 1)) periods.push(d);
  }
  const keys = group === "quad" ? ["1", "2", "3", "4"] : [...new Set(points.map(p => p.group))].sort();
  const slot = new Map(keys.map((k, i) => [k, i]));
  const byPeriod = new Map<string, number[]>();
  const gold = new Map<string, [number, number]>();
  for (const p of points) {
    const row = byPeriod.get(p.period) ?? keys.map(() => 0);
    row[slot.get(p.group) ?? 0] += p.events;
    byPeriod.set(p.period, row);
    const g = gold.get(p.period) ?? [0, 0];
    gold.set(p.period, [g[0] + p.avgGoldstein * p.events, g[1] + p.events]);
  }
  const totals = keys.map(() => 0);
  for (const row of byPeriod.values()) row.forEach((n, i) => { totals[i] += n; });
  const total = totals.reduce((a, b) => a + b, 0);
  const label = (k: string) => group === "quad" ? QUAD_NAMES[Number(k)] : `${k} ${ROOT_NAMES[k] ?? ""}`;
  const swatch = (k: string) => group === "quad" ? h("i", { class: `swatch q${k}` })
    : s("svg", { class: "swatch", viewBox: "0 0 10 10" }, s("rect", { width: 10, height: 10, rx: 2, fill: rootColour(k) }));

  const select = (testId: string, value: string, choices: [string, string][], param: string) => {
    const sel = h("select", { "data-testid": testId }, ...choices.map(([v, l]) => h("option", { value: v, selected: value === v }, l)));
    sel.addEventListener("change", () => ctx.go("timeline", { ...(ctx.filter as Record<string, string>), ...options({ [param]: sel.value }) }));
    return sel;
  };
  const legend = h("div", { class: "legend" },
    h("strong", { "data-testid": "timeline-total" }, String(total)), " events",
    ...keys.map((k, i) => h("span", { class: "legend-item" + (group === "root" ? " root" : ""), title: group === "root" ? `CAMEO root ${k}: ${QUAD_NAMES[rootQuad(k)]}` : "" },
      swatch(k), `${label(k)} `, h("b", { "data-testid": `timeline-${group === "quad" ? "q" : "root-"}${k}` }, String(totals[i])))),
    h("span", { class: "legend-item muted" }, h("i", { class: "dash" }), "mean Goldstein (right axis)"),
    h("span", { class: "spacer" }),
    h("label", null, "Group ", select("group", group, [["quad", "QuadClass"], ["root", "CAMEO root"]], "group")),
    h("label", null, "Interval ", select("interval", interval, [["day", "day"], ["week", "week"]], "interval")));
  ctx.root.append(h("h2", null, "Timeline"), legend);
  if (periods.length === 0) {
    ctx.root.append(h("p", { class: "empty" }, "No dated events match the filters."));
    return;
  }

  const W = Math.max(600, Math.min(1400, ctx.root.clientWidth || 1100)), H = 240;
  const m = { l: 40, r: 40, t: 10, b: 28 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const max = Math.max(1, ...periods.map(p => (byPeriod.get(p) ?? []).reduce((a, b) => a + b, 0)));
  const bw = iw / periods.length;
  const y = (v: number) => m.t + ih - (v / max) * ih;
  const svg = s("svg", { width: W, height: H, class: "chart", "data-testid": "timeline-chart", viewBox: `0 0 ${W} ${H}` });
  for (const t of ticks(max)) {
    svg.append(s("line", { x1: m.l, x2: W - m.r, y1: y(t), y2: y(t), class: "gridline" }),
      s("text", { x: m.l - 6, y: y(t) + 4, class: "axis", "text-anchor": "end" }, String(t)));
  }
  periods.forEach((p, i) => {
    const row = byPeriod.get(p) ?? [];
    let acc = 0;
    keys.forEach((k, j) => {
      const n = row[j] ?? 0;
      if (!n) return;
      const attrs = group === "quad" ? { class: `bar q${k}`, "data-quad": k } : { class: "bar root", "data-root": k, fill: rootColour(k) };
      svg.append(s("rect", { x: m.l + i * bw + 0.5, width: Math.max(1, bw - 1), y: y(acc + n), height: y(acc) - y(acc + n), "data-period": p, "data-count": n, ...attrs },
        s("title", null, `${p}: ${n} ${group === "quad" ? label(k) : "CAMEO " + label(k)}`)));
      acc += n;
    });
  });
  // Mean Goldstein (right axis, -10..10)
  const gy = (v: number) => m.t + ih / 2 - (v / 10) * (ih / 2);
  // Mean Goldstein per period; the line breaks over periods without events.
  let path = "", prev = -2;
  periods.forEach((p, i) => {
    const g = gold.get(p);
    if (!g || g[1] === 0) return;
    path += `${prev === i - 1 ? "L" : "M"}${(m.l + (i + 0.5) * bw).toFixed(1)},${gy(g[0] / g[1]).toFixed(1)}`;
    prev = i;
  });
  svg.append(s("path", { d: path, class: "goldstein" }),
    s("text", { x: W - m.r + 6, y: gy(10) + 8, class: "axis" }, "+10"), s("text", { x: W - m.r + 6, y: gy(0) + 4, class: "axis" }, "0"),
    s("text", { x: W - m.r + 6, y: gy(-10), class: "axis" }, "−10"));
  const labelEvery = Math.ceil(periods.length / Math.max(1, Math.floor(iw / 80)));
  periods.forEach((p, i) => {
    if (i % labelEvery === 0) svg.append(s("text", { x: m.l + i * bw, y: H - 8, class: "axis" }, p));
  });

  // Brush: drag across the chart to pick a period; it becomes since/until of the list below.
  const sel = s("rect", { class: "brush", y: m.t, height: ih, x: 0, width: 0, "data-testid": "brush" });
  svg.append(sel);
  const idxAt = (ev: MouseEvent) => {
    const r = svg.getBoundingClientRect();
    return Math.max(0, Math.min(periods.length - 1, Math.floor((ev.clientX - r.left - m.l) / bw)));
  };
  const show = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    sel.setAttribute("x", String(m.l + lo * bw));
    sel.setAttribute("width", String((hi - lo + 1) * bw));
  };
  if (since || until) {
    const lo = periods.findIndex(p => !since || p >= since);
    const hiRaw = periods.map(p => !until || p <= until).lastIndexOf(true);
    if (lo >= 0 && hiRaw >= lo) show(lo, hiRaw);
  }
  let start = -1;
  svg.addEventListener("mousedown", ev => { start = idxAt(ev); show(start, start); ev.preventDefault(); });
  svg.addEventListener("mousemove", ev => { if (start >= 0) show(start, idxAt(ev)); });
  window.addEventListener("mouseup", function up(ev) {
    window.removeEventListener("mouseup", up);
    if (start < 0) return;
    const end = idxAt(ev);
    const [lo, hi] = start <= end ? [start, end] : [end, start];
    start = -1;
    const last = interval === "week" ? addDays(periods[hi], 6) : periods[hi];
    ctx.go("timeline", { ...(rest as Record<string, string>), since: periods[lo], until: last, ...options() });
  });
  ctx.root.append(h("div", { class: "chart-wrap" }, svg));

  const page = await api.events(ctx.filter, { limit: 50, sort: "date", order: "desc" });
  ctx.root.append(
    h("h3", null, since || until ? `Selected period ${since ?? "…"} – ${until ?? "…"}: ` : "All events: ",
      h("span", { "data-testid": "selection-count" }, String(page.total)), " events",
      since || until ? h("button", { class: "secondary small", onclick: () => ctx.go("timeline", { ...(rest as Record<string, string>), ...options() }) }, "clear selection") : null,
      page.total > page.items.length ? h("a", { href: "#/events?" + new URLSearchParams(ctx.filter as Record<string, string>).toString(), class: "small" }, ` latest ${page.items.length} shown · all in Events ›`) : null),
    eventTable(page.items));
}

function ticks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000].find(s => max / s <= 5) ?? Math.ceil(max / 5);
  const out: number[] = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}
