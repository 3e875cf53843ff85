import { api, type SeriesPoint } from "../api";
import { h, s } from "../dom";
import { eventTable, QUAD_NAMES, type Ctx } from "../main";

const DAY = 86_400_000;

function addDays(d: string, n: number): string {
  return new Date(Date.parse(d + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);
}

/** Events per day (or week) stacked by QuadClass, with a brush that picks a period for the list below. */
export async function timelineView(ctx: Ctx): Promise<void> {
  // The chart shows the whole range of the other filters; the brush (since/until) only narrows the list.
  const { since, until, ...rest } = ctx.filter;
  let interval = ctx.params.get("interval") ?? "";
  let points: SeriesPoint[] = await api.series(rest, interval || "day");
  if (!interval) {
    const span = points.length ? (Date.parse(points[points.length - 1].period) - Date.parse(points[0].period)) / DAY : 0;
    interval = span > 150 ? "week" : "day";
    if (interval === "week") points = await api.series(rest, "week");
  }
  const periods: string[] = [];
  if (points.length > 0) {
    const first = points[0].period, last = points[points.length - 1].period;
    for (let d = first; d <= last; d = addDays(d, interval === "week" ? 7 : 1)) periods.push(d);
  }
  const byPeriod = new Map<string, number[]>();
  const gold = new Map<string, [number, number]>();
  for (const p of points) {
    const row = byPeriod.get(p.period) ?? [0, 0, 0, 0, 0];
    row[Number(p.group)] += p.events;
    byPeriod.set(p.period, row);
    const g = gold.get(p.period) ?? [0, 0];
    gold.set(p.period, [g[0] + p.avgGoldstein * p.events, g[1] + p.events]);
  }
  const totals = [0, 0, 0, 0, 0];
  for (const row of byPeriod.values()) for (let q = 1; q <= 4; q++) totals[q] += row[q];
  const total = totals.reduce((a, b) => a + b, 0);

  const legend = h("div", { class: "legend" },
    h("strong", { "data-testid": "timeline-total" }, String(total)), " events",
    ...[1, 2, 3, 4].map(q => h("span", { class: "legend-item" }, h("i", { class: `swatch q${q}` }), `${QUAD_NAMES[q]} `,
      h("b", { "data-testid": `timeline-q${q}` }, String(totals[q])))),
    h("span", { class: "legend-item muted" }, h("i", { class: "dash" }), "mean Goldstein (right axis)"),
    h("span", { class: "spacer" }),
    h("label", null, "Interval ",
      (() => {
        const sel = h("select", { "data-testid": "interval" }, h("option", { value: "day", selected: interval === "day" }, "day"),
          h("option", { value: "week", selected: interval === "week" }, "week"));
        sel.addEventListener("change", () => ctx.go("timeline", { ...(ctx.filter as Record<string, string>), interval: sel.value }));
        return sel;
      })()));
  ctx.root.append(h("h2", null, "Timeline"), legend);
  if (periods.length === 0) {
    ctx.root.append(h("p", { class: "empty" }, "No dated events match the filters."));
    return;
  }

  const W = Math.max(600, Math.min(1400, ctx.root.clientWidth || 1100)), H = 240;
  const m = { l: 40, r: 40, t: 10, b: 28 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const max = Math.max(1, ...periods.map(p => (byPeriod.get(p) ?? [0, 0, 0, 0, 0]).reduce((a, b) => a + b, 0)));
  const bw = iw / periods.length;
  const y = (v: number) => m.t + ih - (v / max) * ih;
  const svg = s("svg", { width: W, height: H, class: "chart", "data-testid": "timeline-chart", viewBox: `0 0 ${W} ${H}` });
  for (const t of ticks(max)) {
    svg.append(s("line", { x1: m.l, x2: W - m.r, y1: y(t), y2: y(t), class: "gridline" }),
      s("text", { x: m.l - 6, y: y(t) + 4, class: "axis", "text-anchor": "end" }, String(t)));
  }
  periods.forEach((p, i) => {
    const row = byPeriod.get(p) ?? [0, 0, 0, 0, 0];
    let acc = 0;
    for (let q = 1; q <= 4; q++) {
      if (!row[q]) continue;
      const rect = s("rect", { x: m.l + i * bw + 0.5, width: Math.max(1, bw - 1), y: y(acc + row[q]), height: y(acc) - y(acc + row[q]), class: `bar q${q}`, "data-period": p, "data-quad": q, "data-count": row[q] },
        s("title", null, `${p}: ${row[q]} ${QUAD_NAMES[q]}`));
      svg.append(rect);
      acc += row[q];
    }
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
    ctx.go("timeline", { ...(rest as Record<string, string>), since: periods[lo], until: last, ...(ctx.params.get("interval") ? { interval } : {}) });
  });
  ctx.root.append(h("div", { class: "chart-wrap" }, svg));

  const page = await api.events(ctx.filter, { limit: 50, sort: "date", order: "desc" });
  ctx.root.append(
    h("h3", null, since || until ? `Selected period ${since ?? "…"} – ${until ?? "…"}: ` : "All events: ",
      h("span", { "data-testid": "selection-count" }, String(page.total)), " events",
      since || until ? h("button", { class: "secondary small", onclick: () => ctx.go("timeline", rest as Record<string, string>) }, "clear selection") : null,
      page.total > page.items.length ? h("a", { href: "#/events?" + new URLSearchParams(ctx.filter as Record<string, string>).toString(), class: "small" }, ` latest ${page.items.length} shown · all in Events ›`) : null),
    eventTable(page.items));
}

function ticks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000].find(s => max / s <= 5) ?? Math.ceil(max / 5);
  const out: number[] = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}
