// A minimal, dependency-free client for the Statements API, typed from the contract.
// src/generated/api.ts is produced by openapi-typescript from ../../openapi/openapi.yaml (see README):
//   tools/node_modules/.bin/openapi-typescript openapi/openapi.yaml -o examples/typescript-client/src/generated/api.ts
import type { components, paths } from "./generated/api";

export type Statement = components["schemas"]["Statement"];
export type StatementRequest = paths["/statements"]["post"]["requestBody"]["content"]["application/json"];
export type StatementPage = paths["/statements"]["get"]["responses"]["200"]["content"]["application/json"];
export type Problem = components["schemas"]["Problem"];

/** Thrown for every error response; carries the RFC 9457 problem the service sent. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}${problem.detail ? ": " + problem.detail : ""}`);
  }
}

export class StatementsClient {
  constructor(private readonly baseUrl: string) {}

  async createStatement(body: StatementRequest): Promise<Statement> {
    return this.send<Statement>("POST", "/statements", body);
  }

  async getStatement(id: string): Promise<Statement> {
    return this.send<Statement>("GET", `/statements/${encodeURIComponent(id)}`);
  }

  /** Every statement, newest first, following next_cursor page by page. */
  async *allStatements(limit = 100): AsyncGenerator<Statement> {
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
      const page = await this.send<StatementPage>("GET", `/statements?${query}`);
      yield* page.items ?? [];
      cursor = page.next_cursor;
    } while (cursor);
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new ApiError((await response.json()) as Problem);
    }
    return (await response.json()) as T;
  }
}

// Compile-time proof that the generated types follow the contract: a valid body type-checks...
export const example: StatementRequest = {
  text: "We will keep the border crossing open through the winter.",
  kind: "DIRECT",
  speaker: { name: "Sergei Shoigu", kind: "PERSON" },
  outlet: { domain: "example-news.com" },
  channel: "STATEMENT",
  stance: "OPPOSE",
  stance_target: "Israel",
};

// ...and wrong ones do not (tsc fails on an unused @ts-expect-error, so these must stay errors).
export const unknownKind: StatementRequest = {
  ...example,
  // @ts-expect-error "RUMOUR" is not a StatementKind
  kind: "RUMOUR",
};
// @ts-expect-error the speaker is required
export const noSpeaker: StatementRequest = { text: "x", kind: "DIRECT", outlet: { domain: "example-news.com" } };
