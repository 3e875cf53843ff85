import { api, type Filter } from "../api";
import { h } from "../dom";
import { FILTER_KEYS, type Ctx } from "../main";

function describe(f: Record<string, string | number | null>): string {
  return Object.entries(f).filter(([, v]) => v !== null && v !== "").map(([k, v]) => `${k}=${v}`).join(" ") || "(everything)";
}

/** Saved searches with new-match counts (the basis of alerts); saving needs the API key. */
export async function watchView(ctx: Ctx): Promise<void> {
  const lists = await api.watchlists();
  const status = h("span", { class: "muted", role: "status", "data-testid": "watch-status" });
  const name = h("input", { type: "text", placeholder: "name, e.g. Sahel attacks", size: 24, "data-testid": "watch-name" });
  const save = h("button", { "data-testid": "watch-save", disabled: ctx.readOnly }, "Save current filters");
  save.addEventListener("click", async () => {
    try {
      await api.addWatchlist(name.value.trim(), ctx.filter);
      ctx.go("watch", ctx.filter as Record<string, string>);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    } catch (e) {
      status.textContent = String(e instanceof Error ? e.message : e);
    }
  });
  const open = (f: Record<string, string | number | null>) => {
    const p: Record<string, string> = {};
    for (const k of FILTER_KEYS) if (f[k] !== null && f[k] !== undefined) p[k] = String(f[k]);
    ctx.go("events", p);
  };
  const action = (label: string, fn: () => Promise<void>) => {
    const b = h("button", { class: "secondary small", disabled: ctx.readOnly }, label);
    b.addEventListener("click", async () => {
      try { await fn(); window.dispatchEvent(new HashChangeEvent("hashchange")); } catch (e) { status.textContent = String(e instanceof Error ? e.message : e); }
    });
    return b;
  };
  ctx.root.append(h("h2", null, "Watchlists"),
    h("div", { class: "toolbar" }, h("span", null, "Filters: ", h("code", null, describe(ctx.filter as Record<string, string>))), name, save, status,
      ctx.readOnly ? h("span", { class: "muted" }, "(read-only server: start it with --api-key to save)") : null),
    lists.length === 0 ? h("p", { class: "empty" }, "No saved searches yet: set the filters above, name them and save.") :
      h("table", { class: "grid", "data-testid": "watch-table" },
        h("thead", null, h("tr", null, ...["Name", "Filter", "New", "Total", "Created", ""].map(c => h("th", null, c)))),
        h("tbody", null, ...lists.map(w => h("tr", { "data-watch": w.name },
          h("td", null, h("a", { href: "#", onclick: (e: Event) => { e.preventDefault(); open(w.filter); } }, w.name)),
          h("td", { class: "mono" }, describe(w.filter)),
          h("td", { class: "num" }, w.newMatches ? h("span", { class: "badge-new", "data-testid": "watch-new" }, String(w.newMatches)) : h("span", { "data-testid": "watch-new" }, "0")),
          h("td", { class: "num", "data-testid": "watch-total" }, String(w.totalMatches)),
          h("td", { class: "nowrap muted" }, w.createdAt.slice(0, 16).replace("T", " ")),
          h("td", { class: "nowrap" }, action("mark seen", () => api.seenWatchlist(w.id)), " ", action("delete", () => api.deleteWatchlist(w.id))))))));
}

export type { Filter };
