import { api } from "../api";
import { h } from "../dom";
import { quadBadge, type Ctx } from "../main";
import { safeUrl, segments } from "./events";

export async function articlesView(ctx: Ctx): Promise<void> {
  const offset = Number(ctx.params.get("offset") ?? 0);
  const page = await api.documents(offset, 100);
  ctx.root.append(h("div", { class: "toolbar" }, h("h2", null, "Articles"), h("span", null, h("b", { "data-testid": "doc-total" }, String(page.total)), " documents"),
    h("button", { class: "secondary small", disabled: offset === 0, onclick: () => ctx.go("articles", { offset: String(Math.max(0, offset - 100)) }) }, "‹ prev"),
    h("button", { class: "secondary small", disabled: offset + 100 >= page.total, onclick: () => ctx.go("articles", { offset: String(offset + 100) }) }, "next ›")),
    h("table", { class: "grid", "data-testid": "doc-table" },
      h("thead", null, h("tr", null, ...["Date", "Title", "Events", "Quotes", "Entities", "Sentences", "Tone"].map(c => h("th", null, c)))),
      h("tbody", null, ...page.items.map(d => {
        const tr = h("tr", { class: "clickable", "data-doc": d.id }, h("td", { class: "nowrap" }, d.date ?? ""), h("td", null, d.title ?? "(untitled " + d.id + ")"),
          h("td", { class: "num" }, String(d.events)), h("td", { class: "num" }, String(d.quotes)), h("td", { class: "num" }, String(d.entities)),
          h("td", { class: "num" }, String(d.sentences)), h("td", { class: "num" }, d.tone === null ? "" : d.tone.toFixed(1)));
        tr.addEventListener("click", () => { location.hash = `#/article/${encodeURIComponent(d.id)}`; });
        return tr;
      }))));
}

/** The article with entities, quotes and event triggers highlighted; panels list each layer. */
export async function articleView(ctx: Ctx, id: string): Promise<void> {
  const d = await api.document(id);
  const text = d.text;
  const show = new Set((ctx.params.get("layers") ?? "entities,quotes,events").split(","));
  const marks: { start: number; end: number; cls: string; title: string; data?: string }[] = [];
  if (show.has("quotes")) for (const q of d.quotes) marks.push({ start: q.start, end: q.start + q.length, cls: "quote", title: `quote (${q.kind}) — ${q.speaker ?? "unattributed"}`, data: `quote-${q.index}` });
  if (show.has("entities")) for (const e of d.entities) marks.push({ start: e.start, end: e.start + e.length, cls: `ent ${e.actorCode ? "actor" : "entity"} t-${e.type.toLowerCase()}`, title: `${e.type}${e.actorCode ? " " + e.actorCode : ""}${e.canonical ? " = " + e.canonical : ""}` });
  if (show.has("events")) for (const e of d.events) marks.push({ start: e.triggerStart, end: e.triggerStart + e.triggerLength, cls: `trigger q${e.quadClass}-u`, title: `event ${e.cameo} ${e.sourceCode ?? "---"} → ${e.targetCode ?? ""} (${e.rule})`, data: `event-${e.id}` });
  // Paragraph by paragraph (from the stored sentences), each rendered from text nodes only.
  const body = h("div", { class: "article-text", "data-testid": "article-text" });
  const paras = new Map<number, [number, number]>();
  for (const s of d.sentences) {
    const p = paras.get(s.paragraph);
    paras.set(s.paragraph, p ? [Math.min(p[0], s.start), Math.max(p[1], s.end)] : [s.start, s.end]);
  }
  const ranges = paras.size ? [...paras.values()].sort((a, b) => a[0] - b[0]) : [[0, text.length] as [number, number]];
  for (const [a, b] of ranges) {
    const local = marks.filter(m => m.end > a && m.start < b).map(m => ({ ...m, start: m.start - a, end: m.end - a }));
    body.append(segments(text.slice(a, b), local, "para"));
  }
  const toggle = (layer: string) => {
    const cb = h("input", { type: "checkbox", checked: show.has(layer), "data-layer": layer });
    cb.addEventListener("change", () => {
      const next = new Set(show);
      if (cb.checked) next.add(layer); else next.delete(layer);
      ctx.go("article/" + encodeURIComponent(id), { layers: [...next].join(",") });
    });
    return h("label", { class: `toggle ${layer}` }, cb, " ", layer);
  };
  const s = d.summary;
  ctx.root.append(
    h("div", { class: "toolbar" }, h("a", { href: "#/articles", class: "back" }, "‹ articles"), h("h2", { "data-testid": "article-title" }, s.title ?? "(untitled)"),
      h("span", { class: "muted" }, [s.date, s.author, s.tone === null ? null : `tone ${s.tone.toFixed(1)}`].filter(Boolean).join(" · ")),
      h("span", { class: "spacer" }), toggle("entities"), toggle("quotes"), toggle("events")),
    h("div", { class: "split" }, body,
      h("div", { class: "side" },
        h("h3", null, `Events (${d.events.length})`),
        h("ul", { class: "plain", "data-testid": "article-events" }, ...d.events.map(e => h("li", null, quadBadge(e.quadClass), " ",
          h("a", { href: `#/event/${e.id}` }, `${e.cameo} ${e.sourceCode ?? "---"} → ${e.targetCode ?? "—"}`), " ", h("span", { class: "muted" }, e.location ?? "")))),
        h("h3", null, `Quotes (${d.quotes.length})`),
        h("ul", { class: "plain quotes", "data-testid": "article-quotes" }, ...d.quotes.map(q => h("li", null, h("b", null, q.speaker ?? "unattributed"), q.cue ? ` (${q.cue})` : "", ": ",
          h("q", null, q.text)))),
        h("h3", null, `Entities (${d.entities.length})`),
        h("ul", { class: "plain" }, ...d.entities.map(e => h("li", null, h("span", { class: "mono" }, e.actorCode ?? e.type), " ", e.canonical ?? e.text))),
        h("h3", null, "Sources"),
        h("ul", { class: "plain" }, ...d.sources.map(x => h("li", null, x.url && safeUrl(x.url) !== "#"
          ? h("a", { href: safeUrl(x.url), rel: "noopener noreferrer", target: "_blank" }, x.url) : h("span", { class: "mono" }, x.url ?? x.locator)))))));
}
