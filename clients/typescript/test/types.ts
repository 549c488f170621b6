// Type-level tests: compiled by `npm run build` (tsc). The calls marked @ts-expect-error MUST NOT compile; tsc
// fails the build when one of them starts compiling (an unused @ts-expect-error is itself an error).
import type { Schemas, SearchQuery, Statement, StatementRequest, StatementsClient } from "../src/index.js";

export async function mustCompile(client: StatementsClient): Promise<string[]> {
  const page = await client.GET("/statements", {
    params: { query: { stance: ["OPPOSE", "SUPPORT"], kind: ["DIRECT"], channel: ["TWEET"], limit: 20, sort: "-reported_at" } },
  });
  // items and every always-present field are required: no `!` needed
  const ids: string[] = page.data ? page.data.items.map((hit) => hit.id + hit.speaker.name + hit.version) : [];
  const stances = await client.GET("/stances", { params: { query: { stance_target: ["tolls"], limit: 5 } } });
  const supports: number[] = stances.data ? stances.data.items.map((row) => row.counts.SUPPORT + row.total) : [];
  const facets = await client.GET("/statements/facets", { params: { query: { facet: ["speaker", "stance"] } } });
  const changes = await client.GET("/changes", { params: { query: { after: "latest", limit: 100 } } });
  const next: string = changes.data ? changes.data.next_cursor : "";
  return [...ids, ...supports.map(String), String(facets.response.status), next];
}

export const request: StatementRequest = {
  text: "The pier reopens on Monday.",
  kind: "DIRECT",
  speaker: { name: "Nell Sorensen", kind: "PERSON" },
  outlet: { domain: "river-gazette.example" },
  stance: "OPPOSE",
  external_id: "wire-1",
};

export function mustNotCompile(client: StatementsClient, statement: Statement) {
  // @ts-expect-error a wrong enum value in a multi-valued parameter
  void client.GET("/statements", { params: { query: { stance: ["AGAINST"] } } });
  // @ts-expect-error limit is an integer, not a string
  void client.GET("/statements", { params: { query: { limit: "20" } } });
  // @ts-expect-error stance is a list, not a single string
  void client.GET("/statements", { params: { query: { stance: "OPPOSE" } } });
  // @ts-expect-error an unknown sort
  const badSort: SearchQuery = { sort: "newest" };
  // @ts-expect-error /stances has one target parameter, stance_target
  void client.GET("/stances", { params: { query: { target: "tolls" } } });
  // @ts-expect-error an unknown facet
  void client.GET("/statements/facets", { params: { query: { facet: ["mood"] } } });
  // @ts-expect-error stance counts are keyed by the enum values
  void ((row: Schemas["StanceCount"]) => row.counts.support);
  // @ts-expect-error a statement's kind is one of the StatementKind values
  const wrongKind: StatementRequest = { ...request, kind: "RUMOUR" };
  // @ts-expect-error the speaker is required
  const noSpeaker: StatementRequest = { text: "x", kind: "DIRECT", outlet: { domain: "example-news.com" } };
  // @ts-expect-error version is a number
  const version: string = statement.version;
  return [badSort, wrongKind, noSpeaker, version];
}
