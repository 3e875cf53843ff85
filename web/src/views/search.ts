import { api } from "../api";
import { h } from "../dom";
import type { Ctx } from "../main";

/** Full-text search; the snippet's [ ] markers become <mark> elements built from text nodes. */
export async function searchView(ctx: Ctx): Promise<void> {
  const q = ctx.params.get("q") ?? ctx.filter.text ?? "";
  const input = h("input", { type: "search", value: q, placeholder: "FTS5 query: ceasefire OR truce", size: 40, "data-testid": "search-input" });
  const form = h("form", { class: "toolbar" }, h("h2", null, "Search"), input, h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", e => { e.preventDefault(); ctx.go("search", { q: input.value }); });
  ctx.root.append(form);
  if (!q) return;
  const hits = await api.search(q);
  ctx.root.append(h("p", null, h("b", { "data-testid": "search-count" }, String(hits.length)), " documents"),
    h("ul", { class: "plain hits" }, ...hits.map(hit => {
      const snip = h("div", { class: "snippet" });
      hit.snippet.split(/(\[[^\]]*\])/).forEach(part => snip.append(part.startsWith("[") && part.endsWith("]") ? h("mark", null, part.slice(1, -1)) : part));
      return h("li", null, h("a", { href: `#/article/${encodeURIComponent(hit.documentId)}` }, hit.title ?? hit.documentId), " ",
        h("span", { class: "muted" }, hit.date ?? ""), snip);
    })));
}
