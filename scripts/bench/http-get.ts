// GET requests of the benchmarks over kept-alive node:http connections: the same kind of client as the app's own
// Meilisearch requests (lib/search/meili.ts), so the app and the raw Meilisearch side are timed alike.

import http from "node:http";

const agent = new http.Agent({ keepAlive: true });

export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** GET `url` and parse the JSON answer (undefined for an empty body). */
export function getJson(url: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        try {
          resolve({ status: res.statusCode ?? 0, body: text === "" ? undefined : JSON.parse(text) });
        } catch (e) {
          reject(new Error(`GET ${url}: HTTP ${res.statusCode}, kein JSON: ${text.slice(0, 200)}`, { cause: e }));
        }
      });
    });
    req.on("error", reject);
  });
}
