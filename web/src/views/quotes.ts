import { api } from "../api";
import { h } from "../dom";
import type { Ctx } from "../main";

/** Speakers (most quoted first) and the quotes of the chosen one, or of a text query. */
export async function quotesView(ctx: Ctx): Promise<void> {
  const speaker = ctx.params.get("speaker") ?? "";
  const [speakers, quotes] = await Promise.all([api.speakers(), api.quotes(speaker && speaker !== "(unattributed)" ? speaker : undefined, ctx.filter.text)]);
  const shown = speaker === "(unattributed)" ? quotes.filter(q => !q.speaker) : quotes;
  const list = h("ul", { class: "plain speakers", "data-testid": "speakers" }, ...speakers.map(sp => {
    const li = h("li", { class: "clickable" + (sp.speaker === speaker ? " active" : ""), "data-speaker": sp.speaker },
      h("span", null, sp.speaker), " ", h("span", { class: "mono muted" }, sp.speakerCode ?? ""), h("span", { class: "count" }, String(sp.quotes)));
    li.addEventListener("click", () => ctx.go("quotes", { ...(ctx.filter as Record<string, string>), speaker: sp.speaker === speaker ? "" : sp.speaker }));
    return li;
  }));
  ctx.root.append(h("h2", null, "Quotes"),
    h("div", { class: "split left" },
      h("div", { class: "side" }, h("h3", null, `Speakers (${speakers.length})`), list),
      h("div", null, h("h3", null, speaker ? `${speaker}: ` : "All quotes: ", h("span", { "data-testid": "quote-count" }, String(shown.length))),
        h("table", { class: "grid", "data-testid": "quote-table" },
          h("thead", null, h("tr", null, ...["Date", "Speaker", "Kind", "Quote", "Article"].map(c => h("th", null, c)))),
          h("tbody", null, ...shown.map(q => h("tr", null, h("td", { class: "nowrap" }, q.date ?? ""), h("td", null, q.speaker ?? "—"),
            h("td", { class: "muted" }, q.kind.toLowerCase()), h("td", { class: "sentence" }, h("q", null, q.text)),
            h("td", { class: q.title ? "" : "untitled" }, h("a", { href: `#/article/${encodeURIComponent(q.documentId)}`, title: q.documentId, "data-testid": "quote-doc" }, q.documentLabel)))))))));
}
