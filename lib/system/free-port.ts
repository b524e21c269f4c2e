import net from "node:net";

/** A TCP port on `host` that nothing listens on right now (the OS picks it). */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type PortState = "free" | "in-use" | "no-permission";

/**
 * Whether `port` can be bound the way `next start` binds it: without a host, i.e. on every interface
 * (IPv6 dual-stack), so a server on 127.0.0.1, 0.0.0.0 or :: with that port counts as "in use".
 */
export function checkPort(port: number): Promise<PortState> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE") resolve("in-use");
      else if (err.code === "EACCES") resolve("no-permission");
      else reject(err);
    });
    server.listen(port, () => server.close(() => resolve("free")));
  });
}
