// Typed client for the Statements API.
// src/generated/api.ts is generated from the committed contract (openapi/openapi.yaml) by `npm run generate`;
// the helpers below cover what a generated client does not: cursor paging, ETag/If-Match updates, NDJSON bulk
// import and export as streams, and the change stream (Server-Sent Events) with resume.
import createClient, { type Client } from "openapi-fetch";
import type { components, operations, paths } from "./generated/api.js";

export type { components, operations, paths };
export type Schemas = components["schemas"];
export type Statement = Schemas["Statement"];
export type StatementRequest = Schemas["StatementRequest"];
export type StatementPatch = Schemas["StatementPatch"];
export type StatementHit = Schemas["StatementHit"];
export type BulkLine = Schemas["BulkLine"];
export type BulkLineResult = Schemas["BulkLineResult"];
export type Change = Schemas["Change"];
export type Problem = Schemas["Problem"];
export type SearchQuery = NonNullable<operations["listStatements"]["parameters"]["query"]>;
export type ExportQuery = NonNullable<operations["exportStatements"]["parameters"]["query"]>;
export type StatementsClient = Client<paths>;

export interface ClientOptions {
  /** Extra headers on every request (e.g. Authorization). */
  headers?: Record<string, string>;
  fetch?: typeof globalThis.fetch;
}

/** The service's base URL plus options; what the streaming helpers need besides the generated client. */
export interface Connection extends ClientOptions {
  baseUrl: string;
}

export function createStatementsClient(baseUrl: string, options: ClientOptions = {}): StatementsClient {
  return createClient<paths>({ baseUrl, headers: options.headers, fetch: options.fetch });
}

/** Thrown for every error response; carries the RFC 9457 problem the service sent, when there is one. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem?: Problem) {
    super(problem ? `${problem.status} ${problem.title}${problem.detail ? ": " + problem.detail : ""}` : `HTTP ${status}`);
  }
}

/** The data of a successful openapi-fetch result, or an ApiError. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return result.data;
}

/** Every item of a cursor-paged listing: fetches page after page, following next_cursor until it is absent. */
export async function* paginate<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; next_cursor?: string }>,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const current = await page(cursor);
    yield* current.items;
    cursor = current.next_cursor;
  } while (cursor !== undefined);
}

/** Every statement matching a search, in the search's order. */
export function searchAll(client: StatementsClient, query: Omit<SearchQuery, "cursor"> = {}): AsyncGenerator<StatementHit> {
  return paginate((cursor) =>
    client.GET("/statements", { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } }).then(ok));
}

/**
 * Read-modify-write of a statement without lost updates: reads it with its ETag, sends the change as a JSON Merge
 * Patch with If-Match, and when someone else changed it meanwhile (412) reads it again and re-applies the change.
 */
export async function updateStatement(
  client: StatementsClient,
  id: string,
  change: (current: Statement) => StatementPatch,
  attempts = 3,
): Promise<Statement> {
  for (let attempt = 1; ; attempt++) {
    const read = await client.GET("/statements/{id}", { params: { path: { id } } });
    const current = ok(read);
    const etag = read.response.headers.get("ETag") ?? `"${current.version}"`;
    const patched = await client.PATCH("/statements/{id}", {
      params: { path: { id }, header: { "If-Match": etag } },
      body: change(current),
      headers: { "Content-Type": "application/merge-patch+json" },
    });
    if (patched.response.status !== 412 || attempt >= attempts) {
      return ok(patched);
    }
  }
}

/**
 * Bulk import: sends the lines as an NDJSON stream and yields one result a line, in line order, as the service
 * commits them. mode "upsert" updates the outlet's statement with a line's external_id when its content differs.
 */
export async function* bulkImport(
  connection: Connection,
  lines: Iterable<BulkLine> | AsyncIterable<BulkLine>,
  mode: "create" | "upsert" = "create",
): AsyncGenerator<BulkLineResult> {
  const encoder = new TextEncoder();
  const source = (async function* () {
    for await (const line of lines) {
      yield encoder.encode(JSON.stringify(line) + "\n");
    }
  })();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) {
        controller.close();
      } else {
        controller.enqueue(next.value);
      }
    },
  });
  const response = await send(connection, `/statements/bulk?mode=${mode}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-ndjson", Accept: "application/x-ndjson" },
    duplex: "half",
  } as RequestInit);
  yield* ndjson<BulkLineResult>(response);
}

/** Every statement matching the filters, oldest first, streamed as NDJSON (constant memory on both sides). */
export async function* exportStatements(connection: Connection, query: ExportQuery = {}): AsyncGenerator<Statement> {
  const response = await send(connection, `/statements/export${queryString(query)}`, {
    headers: { Accept: "application/x-ndjson" },
  });
  yield* ndjson<Statement>(response);
}

export interface ChangesOptions {
  /** Start after this cursor ("latest": only changes yet to come); absent: from the beginning. */
  after?: string;
  signal?: AbortSignal;
  /** Wait before reconnecting after the stream dropped (default 1 s). */
  retryMs?: number;
}

/**
 * The change feed as an endless stream of changes. Reconnects when the connection drops and resumes after the last
 * change it yielded (Last-Event-ID), so no change is missed or repeated. Stop it with the signal or by breaking out
 * of the loop; a change's cursor can be stored to resume later with `after`.
 */
export async function* streamChanges(connection: Connection, options: ChangesOptions = {}): AsyncGenerator<Change> {
  let lastId: string | undefined;
  while (!options.signal?.aborted) {
    try {
      const resume = lastId ? "" : options.after ? `?after=${encodeURIComponent(options.after)}` : "";
      const response = await send(connection, `/changes/stream${resume}`, {
        headers: { Accept: "text/event-stream", ...(lastId ? { "Last-Event-ID": lastId } : {}) },
        signal: options.signal,
      });
      for await (const event of serverSentEvents(response)) {
        if (event.event === "change") {
          const change = JSON.parse(event.data) as Change;
          lastId = event.id ?? change.cursor;
          yield change;
        }
      }
    } catch (e) {
      if (options.signal?.aborted || e instanceof ApiError) {
        throw e;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 1000));
  }
}

interface ServerSentEvent {
  event: string;
  id?: string;
  data: string;
}

/** Parses text/event-stream (the WHATWG rules a client needs: event, id, data; comments ignored). */
async function* serverSentEvents(response: Response): AsyncGenerator<ServerSentEvent> {
  let event = "message";
  let id: string | undefined;
  let data: string[] = [];
  for await (const line of textLines(response)) {
    if (line === "") {
      if (data.length > 0) {
        yield { event, id, data: data.join("\n") };
      }
      event = "message";
      data = [];
      continue;
    }
    if (line.startsWith(":")) {
      continue;
    }
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") {
      event = value;
    } else if (field === "data") {
      data.push(value);
    } else if (field === "id") {
      id = value;
    }
  }
}

async function* ndjson<T>(response: Response): AsyncGenerator<T> {
  for await (const line of textLines(response)) {
    if (line.trim() !== "") {
      yield JSON.parse(line) as T;
    }
  }
}

async function* textLines(response: Response): AsyncGenerator<string> {
  if (!response.body) {
    return;
  }
  const decoder = new TextDecoder();
  let buffered = "";
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        yield buffered.slice(0, newline).replace(/\r$/, "");
        buffered = buffered.slice(newline + 1);
      }
      if (done) {
        break;
      }
    }
    if (buffered !== "") {
      yield buffered;
    }
  } finally {
    // also when the caller stops early: closes the connection instead of leaving it half read
    await reader.cancel().catch(() => undefined);
  }
}

async function send(connection: Connection, path: string, init: RequestInit): Promise<Response> {
  const response = await (connection.fetch ?? globalThis.fetch)(connection.baseUrl.replace(/\/$/, "") + path, {
    ...init,
    headers: { ...connection.headers, ...(init.headers as Record<string, string>) },
  });
  if (!response.ok) {
    const problem = response.headers.get("Content-Type")?.includes("json") ? ((await response.json()) as Problem) : undefined;
    throw new ApiError(response.status, problem);
  }
  return response;
}

/** Query string with repeated keys for lists (stance=SUPPORT&stance=OPPOSE), as the generated client sends them. */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null) {
        params.append(key, String(v));
      }
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
