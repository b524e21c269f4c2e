import pg from "pg";

/**
 * Which tables changed, so that this process can keep reads of them exactly until they change: what every
 * request or search reads (its user or token, the active incidents, the region and the services of its Land).
 *
 * - Other processes' changes (app instances, search worker, CLI, imports): triggers send `NOTIFY kb_change`
 *   with the table's name after each statement; the notification is delivered on commit (migration
 *   20261124010000_change_notifications). One connection of this process listens.
 * - This process's own writes count at once, when they are sent (db-client.ts), before their commit.
 *
 * A cache entry carries the stamp of its tables from before its read, and holds while the stamp is the same
 * (ChangeAwareCache). Caches are used only while the listening connection is up: before it is, after it
 * dropped (every entry is then void) and on PGlite, whose one session serves all connections so that a
 * notification cannot be told to the right one, every read goes to the database.
 */
export const WATCHED_TABLES = ["ApiToken", "User", "Organisation", "OnlineService", "ServiceCoUser", "Article", "Revision", "Incident", "IncidentRegion"] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number];
const CHANNEL = "kb_change";
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** One state per process (kept on globalThis: Next.js may load this module more than once, as db.ts). */
interface FeedState {
  generations: Map<string, number>;
  /** bumped whenever the listening connection goes up or down: entries stamped before are void */
  epoch: number;
  isLive: boolean;
  databaseUrl?: string;
  /** the listening connection, also while it is being made (then not yet live) */
  listener?: pg.Client;
  retryTimer?: NodeJS.Timeout;
  failures: number;
  /** the database cannot tell its notifications to the right connection (PGlite) */
  isUnsupported: boolean;
}
const state: FeedState = ((globalThis as unknown as { efaChangeFeed?: FeedState }).efaChangeFeed ??= {
  generations: new Map(), epoch: 0, isLive: false, failures: 0, isUnsupported: false,
});

class UnsupportedDatabase extends Error {}

/** A change of `table` (a model or table name): entries of caches that read it are void from now on. */
export function noteChange(table: string): void {
  state.generations.set(table, (state.generations.get(table) ?? 0) + 1);
}

/** The stamp of `tables` now, or null while changes cannot be seen (no caching then). Starts listening on first use. */
export function changeStamp(tables: readonly WatchedTable[]): string | null {
  if (!state.isLive) {
    startListening();
    return null;
  }
  return `${state.epoch}:${tables.map((t) => state.generations.get(t) ?? 0).join(",")}`;
}

/** The database whose changes to follow (db.ts, whenever its client is made); stops following the one before. */
export function followDatabase(url: string | undefined): void {
  if (url === state.databaseUrl) return;
  stopChangeFeed();
  state.databaseUrl = url;
  state.isUnsupported = false;
}

/** Stops listening (db.ts disconnectDb); caches read the database until the next changeStamp starts it again. */
export function stopChangeFeed(): void {
  clearTimeout(state.retryTimer);
  state.retryTimer = undefined;
  state.failures = 0;
  goDown();
  const client = state.listener;
  state.listener = undefined;
  void client?.end().catch(() => undefined);
}

function goDown(): void {
  if (state.isLive) state.epoch++;
  state.isLive = false;
}

function startListening(): void {
  if (!state.databaseUrl || state.listener || state.retryTimer || state.isUnsupported) return;
  const url = state.databaseUrl;
  const client = new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 10_000, connectionTimeoutMillis: 5_000 });
  state.listener = client;
  const fail = (e: unknown) => {
    if (state.listener !== client) return;
    state.listener = undefined;
    goDown();
    void client.end().catch(() => undefined);
    if (e instanceof UnsupportedDatabase) state.isUnsupported = true;
    else {
      console.error(`[change-feed] Änderungsmeldungen der Datenbank nicht verfügbar (${e instanceof Error ? e.message : String(e)}); Lesezugriffe gehen bis dahin ohne Zwischenspeicher an die Datenbank.`);
      const delay = RETRY_MS[Math.min(state.failures++, RETRY_MS.length - 1)] as number;
      state.retryTimer = setTimeout(() => {
        state.retryTimer = undefined;
        if (state.databaseUrl === url) startListening();
      }, delay);
      state.retryTimer.unref();
    }
  };
  client.on("error", fail);
  client.on("end", () => fail(new Error("Verbindung beendet")));
  client.on("notification", (n) => {
    if (n.channel === CHANNEL && n.payload) noteChange(n.payload);
  });
  void (async () => {
    await client.connect();
    // the listening connection must not keep a script or test process alive
    (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    if (rows[0]?.version.includes("PGlite")) throw new UnsupportedDatabase();
    await client.query(`LISTEN ${CHANNEL}`);
    if (state.listener !== client) return; // stopped meanwhile: this connection is left behind
    state.failures = 0;
    state.epoch++;
    state.isLive = true;
  })().catch(fail);
}

/**
 * Reads kept until a table they come from changes (see above), and at most `maxAgeMs` (should a notification
 * ever be lost). Without a live change feed, every get reads. An undefined value (nothing found) is not kept.
 */
export class ChangeAwareCache<V> {
  private readonly entries = new Map<string, { stamp: string; at: number; value: V }>();

  constructor(
    private readonly tables: readonly WatchedTable[],
    private readonly maxAgeMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: string, read: () => Promise<V>): Promise<V> {
    const stamp = changeStamp(this.tables);
    if (stamp === null) return read();
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp && Date.now() - hit.at < this.maxAgeMs) return hit.value;
    const value = await read();
    // a change while reading: the value may be from before it
    if (value !== undefined && changeStamp(this.tables) === stamp) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { stamp, at: Date.now(), value });
    }
    return value;
  }
}
