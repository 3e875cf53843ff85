// Typed client of the EventDesk REST API (see docs/openapi.json).

export interface EventRow {
  id: number; documentId: string; sentence: number; date: string | null; cameo: string; root: string; quadClass: number;
  goldstein: number; ploverType: string | null; ploverMode: string | null; sourceCode: string | null; sourceName: string | null;
  targetCode: string | null; targetName: string | null; location: string | null; locationCountry: string | null;
  latitude: number | null; longitude: number | null; triggerStart: number; triggerLength: number; rule: string; negated: boolean;
  modality: string; url: string | null; tone: number | null; sentenceText: string | null;
  /** Where the sentence starts in the document (list rows only; null when the sentence is not stored). */
  sentenceStart?: number | null;
}
export interface Page<T> { total: number; offset: number; limit: number; items: T[] }
export interface EntityRow { index: number; start: number; length: number; type: string; text: string; canonical: string | null; role: string | null; actorCode: string | null; place: string | null }
export interface EventMention {
  eventId: number; documentId: string; title: string | null; url: string | null; date: string | null; sentence: number; sentenceStart: number;
  sentenceText: string | null; triggerStart: number; triggerLength: number; rule: string; negated: boolean; modality: string;
}
export interface EventDetail { event: EventRow; sourceCountry: string | null; targetCountry: string | null; title: string | null; aggregatedId: number | null; mentions: EventMention[]; entities: EntityRow[] }
export interface DocumentSummary { id: string; title: string | null; date: string | null; url: string | null; author: string | null; tone: number | null; sentences: number; events: number; quotes: number; entities: number }
export interface SentenceRow { index: number; start: number; end: number; paragraph: number; text: string }
export interface QuoteSpan { id: number; index: number; sentence: number; kind: string; start: number; length: number; text: string; cue: string | null; speaker: string | null; speakerCode: string | null; addressee: string | null }
export interface DocumentDetail {
  summary: DocumentSummary; text: string; sentences: SentenceRow[]; entities: EntityRow[]; quotes: QuoteSpan[]; events: EventRow[];
  places: { name: string; country: string | null; latitude: number | null; longitude: number | null }[];
  sources: { kind: string; locator: string; url: string | null; title: string | null }[];
}
export interface QuoteRow { documentId: string; title: string | null; documentLabel: string; sentence: number; kind: string; text: string; speaker: string | null; speakerCode: string | null; cue: string | null; date: string | null; url: string | null }
export interface Speaker { speaker: string; speakerCode: string | null; quotes: number; documents: number }
export interface SeriesPoint { period: string; group: string; events: number; avgGoldstein: number }
export interface Dyad { source: string; sourceName: string | null; sourceCountry: string | null; target: string; targetName: string | null; targetCountry: string | null; events: number; quad1: number; quad2: number; quad3: number; quad4: number; avgGoldstein: number }
export interface SearchHit { documentId: string; title: string | null; date: string | null; url: string | null; snippet: string; rank: number }
export interface Filter { source?: string; target?: string; root?: string; quad?: string; since?: string; until?: string; place?: string; text?: string }
export interface Watchlist { id: number; name: string; filter: Record<string, string | number | null>; createdAt: string; newMatches: number; totalMatches: number }
export interface Info { name: string; version: string; schemaVersion: number; readOnly: boolean; canIngest: boolean }
export interface Stats { counts: Record<string, number>; firstDate: string | null; lastDate: string | null }

export class ApiError extends Error {}

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  if (!r.ok) {
    let detail = r.statusText;
    try {
      const p = await r.json();
      detail = p.detail ?? p.title ?? detail;
    } catch { /* not JSON */ }
    throw new ApiError(`${r.status}: ${detail}`);
  }
  return r.status === 204 ? (undefined as T) : r.json();
}

export function apiKey(): string { return sessionStorage.getItem("eventdesk.key") ?? ""; }
export function setApiKey(k: string): void { sessionStorage.setItem("eventdesk.key", k); }

function write(method: string, body?: unknown): RequestInit {
  return { method, headers: { "Content-Type": "application/json", "X-Api-Key": apiKey() }, body: body === undefined ? undefined : JSON.stringify(body) };
}

export const api = {
  info: () => call<Info>("/api/info"),
  stats: () => call<Stats>("/api/stats"),
  events: (f: Filter, page: { offset?: number; limit?: number; sort?: string; order?: string }) =>
    call<Page<EventRow>>("/api/events" + query({ ...f, ...page })),
  event: (id: number) => call<EventDetail>(`/api/events/${id}`),
  documents: (offset: number, limit: number) => call<Page<DocumentSummary>>("/api/documents" + query({ offset, limit })),
  document: (id: string) => call<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
  quotes: (speaker?: string, text?: string) => call<QuoteRow[]>("/api/quotes" + query({ speaker, text, limit: 1000 })),
  speakers: () => call<Speaker[]>("/api/speakers?limit=500"),
  series: (f: Filter, interval: string, groupBy: "quad" | "root" = "quad") => call<SeriesPoint[]>("/api/timeseries" + query({ ...f, interval, groupBy })),
  dyads: (f: Filter) => call<Dyad[]>("/api/dyads" + query({ ...f, limit: 400 })),
  search: (q: string) => call<SearchHit[]>("/api/search" + query({ q, limit: 50 })),
  watchlists: () => call<Watchlist[]>("/api/watchlists"),
  addWatchlist: (name: string, filter: Filter) =>
    call<Watchlist>("/api/watchlists", write("POST", { name, filter: { ...filter, quad: filter.quad ? Number(filter.quad) : null } })),
  deleteWatchlist: (id: number) => call<void>(`/api/watchlists/${id}`, write("DELETE")),
  seenWatchlist: (id: number) => call<void>(`/api/watchlists/${id}/seen`, write("POST")),
  exportUrl: (format: string, f: Filter) => `/api/export/${format}` + query({ ...f }),
};
