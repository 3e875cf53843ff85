import { api, type EntityRow } from "../api";
import { h } from "../dom";
import { eventTable, quadBadge, QUAD_NAMES, type Ctx } from "../main";

/** The filtered, paged, sortable event list with export links. */
export async function eventsView(ctx: Ctx): Promise<void> {
  const offset = Number(ctx.params.get("offset") ?? 0);
  const sort = ctx.params.get("sort") ?? "date";
  const order = ctx.params.get("order") ?? "desc";
  const limit = 50;
  const page = await api.events(ctx.filter, { offset, limit, sort, order });
  const nav = (o: number, sortKey = sort, ord = order) =>
    ctx.go("events", { ...(ctx.filter as Record<string, string>), offset: String(o), sort: sortKey, order: ord });
  const onSort = (k: string) => nav(0, k, k === sort && order === "desc" ? "asc" : "desc");
  ctx.root.append(
    h("div", { class: "toolbar" },
      h("h2", null, "Events"),
      h("span", null, h("b", { "data-testid": "event-total" }, String(page.total)), " mentions"),
      h("span", { class: "muted" }, page.total ? `${offset + 1}–${offset + page.items.length}` : ""),
      h("button", { class: "secondary small", disabled: offset === 0, onclick: () => nav(Math.max(0, offset - limit)), "data-testid": "prev" }, "‹ prev"),
      h("button", { class: "secondary small", disabled: offset + limit >= page.total, onclick: () => nav(offset + limit), "data-testid": "next" }, "next ›"),
      h("span", { class: "spacer" }),
      h("span", { class: "muted" }, "Export: "),
      ...["gdelt", "csv", "jsonl", "parquet"].map(f => h("a", { href: api.exportUrl(f, ctx.filter), download: "", class: "export" }, f))),
    page.items.length ? eventTable(page.items, onSort, sort, order) : h("p", { class: "empty" }, "No events match the filters."));
}

/**
 * Renders a sentence with the trigger and the actor entities highlighted, as text nodes. With
 * <max>, a longer sentence is cut to a window around the trigger, with an ellipsis at each cut.
 */
export function highlightSentence(text: string, offset: number, trigger: [number, number], entities: EntityRow[], triggerCls = "", max = 0): HTMLElement {
  const marks: { start: number; end: number; cls: string; title: string }[] = [];
  for (const e of entities) marks.push({ start: e.start - offset, end: e.start - offset + e.length, cls: "ent " + (e.actorCode ? "actor" : "entity"), title: `${e.type}${e.actorCode ? " " + e.actorCode : ""}${e.role ? " (" + e.role + ")" : ""}` });
  marks.push({ start: trigger[0] - offset, end: trigger[0] - offset + trigger[1], cls: ("trigger " + triggerCls).trim(), title: "trigger" });
  const flat = text.replace(/\s/g, " ");
  if (max > 0 && flat.length > max) {
    const t = Math.max(0, trigger[0] - offset);
    const from = Math.max(0, Math.min(t - Math.floor(max / 3), flat.length - max));
    const to = Math.min(flat.length, from + max);
    for (const m of marks) { m.start -= from; m.end -= from; }
    const p = segments(flat.slice(from, to), marks, "sentence-hl");
    if (from > 0) p.prepend("…");
    if (to < flat.length) p.append("…");
    return p;
  }
  return segments(text, marks, "sentence-hl");
}

/** Splits text at every mark boundary; each piece carries the classes of the marks covering it. */
export function segments(text: string, marks: { start: number; end: number; cls: string; title: string; data?: string }[], cls: string): HTMLElement {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    m.start = Math.max(0, Math.min(text.length, m.start));
    m.end = Math.max(m.start, Math.min(text.length, m.end));
    cuts.add(m.start); cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h("p", { class: cls });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const on = marks.filter(m => m.start <= a && m.end >= b && m.end > m.start);
    if (on.length === 0) {
      out.append(piece);
    } else {
      const span = h("span", { class: on.map(m => m.cls).join(" "), title: on.map(m => m.title).join("; ") }, piece);
      const d = on.find(m => m.data);
      if (d?.data) span.setAttribute("data-ref", d.data);
      out.append(span);
    }
  }
  return out;
}

/** Why this event: the sentence, trigger, actors, rule and codes, and every article that mentions it. */
export async function eventDetailView(ctx: Ctx, id: number): Promise<void> {
  const d = await api.event(id);
  const e = d.event;
  const own = d.mentions.find(m => m.eventId === e.id) ?? d.mentions[0];
  const kv = (k: string, v: string | number | null | undefined | Node) => [h("dt", null, k), h("dd", null, v === null || v === undefined ? "" : typeof v === "object" ? v : String(v))];
  ctx.root.append(
    h("div", { class: "toolbar" }, h("a", { href: "#/events", class: "back" }, "‹ events"), h("h2", null, `Event ${e.id}`), quadBadge(e.quadClass),
      h("span", { class: "muted" }, `${QUAD_NAMES[e.quadClass]} · CAMEO ${e.cameo} (root ${e.root})`)),
    h("div", { class: "split" },
      h("div", null,
        h("h3", null, "Evidence"),
        own?.sentenceText ? highlightSentence(own.sentenceText, own.sentenceStart, [e.triggerStart, e.triggerLength], d.entities) : h("p", { class: "empty" }, "(sentence not stored)"),
        h("p", { class: "rule" }, "Rule: ", h("code", { "data-testid": "rule" }, e.rule)),
        h("h3", null, `Mentions (${d.mentions.length})`),
        h("table", { class: "grid", "data-testid": "mentions" }, h("thead", null, h("tr", null, h("th", null, "Date"), h("th", null, "Article"), h("th", null, "Sentence"), h("th", null, "Rule"))),
          h("tbody", null, ...d.mentions.map(m => h("tr", null, h("td", { class: "nowrap" }, m.date ?? ""),
            h("td", null, h("a", { href: `#/article/${encodeURIComponent(m.documentId)}` }, m.title ?? m.documentId)),
            h("td", { class: "sentence" }, m.sentenceText ? highlightSentence(m.sentenceText, m.sentenceStart, [m.triggerStart, m.triggerLength], []) : ""),
            h("td", { class: "mono" }, m.rule)))))),
      h("dl", { class: "side facts" },
        ...kv("Date", e.date), ...kv("Source", `${e.sourceCode ?? "---"} ${e.sourceName ?? ""}`), ...kv("Target", `${e.targetCode ?? ""} ${e.targetName ?? ""}`),
        ...kv("CAMEO", e.cameo), ...kv("QuadClass", `${e.quadClass} ${QUAD_NAMES[e.quadClass]}`), ...kv("Goldstein", e.goldstein.toFixed(1)),
        ...kv("PLOVER", [e.ploverType, e.ploverMode].filter(Boolean).join(" / ")), ...kv("Location", [e.location, e.locationCountry].filter(Boolean).join(", ")),
        ...kv("Coordinates", e.latitude !== null ? `${e.latitude.toFixed(3)}, ${e.longitude?.toFixed(3)}` : ""),
        ...kv("Modality", `${e.modality}${e.negated ? " (negated)" : ""}`), ...kv("Tone", e.tone === null ? "" : e.tone.toFixed(2)),
        ...kv("Article", h("a", { href: `#/article/${encodeURIComponent(e.documentId)}` }, d.title ?? e.documentId)),
        ...kv("URL", e.url && safeUrl(e.url) !== "#" ? h("a", { href: safeUrl(e.url), rel: "noopener noreferrer", target: "_blank" }, e.url) : e.url ?? ""))));
}

/** Only http(s) links are clickable: a javascript: URL in a stored document must not run. */
export function safeUrl(u: string): string {
  return /^https?:\/\//i.test(u) ? u : "#";
}
