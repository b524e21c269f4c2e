/**
 * The embedded PostgreSQL of `npm start`: PGlite on a data folder, served over TCP by pglite-socket, so the
 * app's connection pool (pg via Prisma) talks to it like to any PostgreSQL server.
 *   tsx scripts/pglite-server.ts --data-dir data/pglite --port 54322
 * Started as a child by lib/system/pglite-process.ts, which it tells "ready" over IPC. Stops cleanly on
 * SIGTERM/SIGINT, and when the parent goes away (IPC disconnect): PGlite must be closed for its files to be
 * left consistent (it would recover from its WAL, but a clean close is cheap).
 */
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type Message = { type: "ready"; port: number; url: string } | { type: "error"; message: string };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function send(message: Message) {
  if (process.send) process.send(message);
  else if (message.type === "ready") console.log(message.url);
  else console.error(message.message);
}

/**
 * The socket server queues each protocol message on its own and keeps one connection's messages together only
 * inside a transaction. An extended-protocol query (Parse, Bind, Describe, Execute, then Sync) is no
 * transaction until its Sync, so two connections' queries could interleave and one would lose its unnamed
 * statement or portal ("portal does not exist"), e.g. the app and the search worker at the same moment.
 * Reporting "in transaction" from the first message of such a sequence until its Sync keeps it together.
 */
function keepExtendedQueriesTogether(db: PGlite): PGlite {
  let isInSequence = false;
  const EXTENDED = new Set(["P", "B", "D", "E", "C", "H"]);
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "isInTransaction") return () => isInSequence || target.isInTransaction();
      if (prop === "execProtocolRawStream") {
        return async (message: Uint8Array, options: NonNullable<Parameters<PGlite["execProtocolRawStream"]>[1]>) => {
          const type = String.fromCharCode(message[0] ?? 0);
          try {
            return await target.execProtocolRawStream(message, options);
          } finally {
            if (EXTENDED.has(type)) isInSequence = true;
            else if (type === "S" || type === "Q" || type === "X") isInSequence = false;
          }
        };
      }
      if (prop === "exec") {
        // the server's own ROLLBACK after a connection went away mid-sequence
        return (...args: Parameters<PGlite["exec"]>) => {
          isInSequence = false;
          return target.exec(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function main() {
  const dataDir = arg("--data-dir") ?? "data/pglite";
  const port = Number(arg("--port") ?? 54322);
  const host = arg("--host") ?? "127.0.0.1";
  fs.mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent folders
  const db = await PGlite.create(dataDir);
  // PGlite runs one query at a time; the socket server queues them and keeps a transaction on the
  // connection that opened it. The app's pools (Prisma: up to 10 each) need far more than the default 1.
  const server = new PGLiteSocketServer({ db: keepExtendedQueriesTogether(db), port, host, maxConnections: 100 });
  await server.start();

  let stopping: Promise<void> | undefined;
  const stop = (reason: string) => {
    stopping ??= (async () => {
      console.log(`PGlite wird beendet (${reason}) …`);
      try {
        await server.stop();
        await db.close();
        console.log("PGlite sauber geschlossen.");
        process.exit(0);
      } catch (err) {
        console.error(`PGlite ließ sich nicht sauber schließen: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      }
    })();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGHUP", () => stop("SIGHUP"));
  process.on("disconnect", () => stop("Elternprozess beendet"));

  console.log(`PGlite (PostgreSQL ${(await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v}) bereit auf ${host}:${port}, Daten in ${dataDir}`);
  send({ type: "ready", port, url: `postgresql://postgres:postgres@${host}:${port}/postgres` });
}

main().catch((err: unknown) => {
  send({ type: "error", message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
