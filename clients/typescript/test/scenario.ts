// A newsroom scenario against the running service (STATEMENTS_URL, default http://localhost:8080), through the
// generated client and the helpers: create, search and page, update with ETag, bulk import with upsert, export,
// and the change stream with resume. Run by .ci/run after `./mvnw verify` against the packaged service.
import assert from "node:assert/strict";
import {
  ApiError,
  bulkImport,
  createStatementsClient,
  exportStatements,
  ok,
  searchAll,
  streamChanges,
  updateStatement,
  type BulkLine,
  type Change,
  type Connection,
} from "../src/index.js";

// STATEMENTS_TOKEN: an API key (or OIDC access token) with the editor and ingester roles, e.g. the bootstrap admin key
const token = process.env.STATEMENTS_TOKEN;
const connection: Connection = {
  baseUrl: process.env.STATEMENTS_URL ?? "http://localhost:8080",
  headers: token ? { Authorization: `Bearer ${token}` } : undefined,
};
const client = createStatementsClient(connection.baseUrl, { headers: connection.headers });
const run = Math.random().toString(36).slice(2, 10);
const domain = `ts-${run}.example`;
const speaker = `Ada Client ${run}`;

async function step(name: string, body: () => Promise<void>): Promise<void> {
  await body();
  console.log(`ok - ${name}`);
}

const start = ok(await client.GET("/changes", { params: { query: { after: "latest" } } })).next_cursor;

let firstId = "";
await step("create statements and read one back", async () => {
  for (let i = 1; i <= 5; i++) {
    const created = await client.POST("/statements", {
      body: {
        text: `Ferry line ${i} keeps its winter timetable.`,
        kind: "DIRECT",
        speaker: { name: speaker, kind: "PERSON" },
        outlet: { domain, name: `TS ${run}` },
        stance: i % 2 === 0 ? "SUPPORT" : "OPPOSE",
        stance_target: "winter timetable",
        reported_at: `2024-03-0${i}T08:00:00Z`,
        external_id: `ts-${i}`,
      },
    });
    assert.equal(created.response.status, 201);
    firstId ||= ok(created).id;
  }
  const read = ok(await client.GET("/statements/{id}", { params: { path: { id: firstId } } }));
  assert.equal(read.external_id, "ts-1");
  const again = await client.POST("/statements", {
    body: { text: "Other words, same wire id.", kind: "DIRECT", speaker: { name: speaker }, outlet: { domain }, external_id: "ts-1" },
  });
  assert.equal(again.response.status, 200, "a known external_id answers the stored statement");
  assert.equal(ok(again).id, firstId);
});

await step("search with typed filters, paging through every page", async () => {
  const seen: string[] = [];
  for await (const hit of searchAll(client, { outlet: [domain], stance: ["OPPOSE"], limit: 1, sort: "reported_at" })) {
    seen.push(hit.text);
  }
  assert.deepEqual(seen, [1, 3, 5].map((i) => `Ferry line ${i} keeps its winter timetable.`));
  const byExternalId = ok(await client.GET("/statements", { params: { query: { external_id: ["ts-2"], outlet: [domain] } } }));
  assert.equal(byExternalId.items.length, 1);
  const stances = ok(await client.GET("/stances", { params: { query: { outlet: [domain], stance_target: ["winter timetable"] } } }));
  assert.deepEqual(stances.items[0]?.counts, { SUPPORT: 2, OPPOSE: 3, NEUTRAL: 0, UNCLEAR: 0 });
});

await step("update with ETag and If-Match", async () => {
  const updated = await updateStatement(client, firstId, () => ({ stance: "NEUTRAL", topics: ["transport"] }));
  assert.equal(updated.stance, "NEUTRAL");
  assert.equal(updated.version, 1);
  const stale = await client.PATCH("/statements/{id}", {
    params: { path: { id: firstId }, header: { "If-Match": '"0"' } },
    body: { stance: "SUPPORT" },
    headers: { "Content-Type": "application/merge-patch+json" },
  });
  assert.equal(stale.response.status, 412);
  assert.equal(stale.error?.status, 412);
});

await step("bulk import as an NDJSON stream, then an upsert correction", async () => {
  const line = (i: number, text: string): BulkLine => ({
    text, kind: "INDIRECT", speaker: { name: speaker }, outlet: { domain }, external_id: `bulk-${i}`,
  });
  const created = [];
  for await (const result of bulkImport(connection, [1, 2, 3].map((i) => line(i, `Bridge ${i} closes for repairs.`)))) {
    created.push(result.status);
  }
  assert.deepEqual(created, ["CREATED", "CREATED", "CREATED"]);
  const corrected = [line(2, "Bridge 2 closes for repairs in May."), line(3, "Bridge 3 closes for repairs.")];
  const createOnly = [];
  for await (const result of bulkImport(connection, corrected)) {
    createOnly.push(result.status);
  }
  assert.deepEqual(createOnly, ["DUPLICATE", "DUPLICATE"]);
  const upserted = [];
  for await (const result of bulkImport(connection, corrected, "upsert")) {
    upserted.push(result.status);
  }
  assert.deepEqual(upserted, ["UPDATED", "DUPLICATE"]);
});

await step("export streams every statement of the outlet", async () => {
  const exported = [];
  for await (const statement of exportStatements(connection, { outlet: [domain] })) {
    exported.push(statement.external_id);
  }
  assert.equal(exported.length, 8);
  assert.ok(exported.includes("bulk-2"));
});

await step("change stream: every change since the start, resumed after a disconnect", async () => {
  const first: Change[] = [];
  const controller = new AbortController();
  for await (const change of streamChanges(connection, { after: start, signal: controller.signal })) {
    first.push(change);
    if (first.length === 3) {
      break; // leaving the loop closes the connection
    }
  }
  const rest: Change[] = [];
  for await (const change of streamChanges(connection, { after: first[2]!.cursor })) {
    rest.push(change);
    if (rest.some((c) => c.type === "UPDATED" && c.statement?.external_id === "bulk-2")) {
      break;
    }
  }
  const seqs = [...first, ...rest].map((c) => c.seq);
  seqs.forEach((seq, i) => i > 0 && assert.equal(seq, seqs[i - 1]! + 1, "no change missed or repeated"));
  assert.ok(rest.some((c) => c.type === "UPDATED" && c.statement_id === firstId));
});

await step("errors are problem+json", async () => {
  const missing = await client.GET("/statements/{id}", { params: { path: { id: "0192f5c4-8d1e-7c3a-9f00-1a2b3c4d5e6f" } } });
  assert.equal(missing.response.status, 404);
  assert.throws(() => ok(missing), ApiError);
});

console.log("TypeScript client scenario passed");
process.exit(0); // do not wait for idle keep-alive connections
