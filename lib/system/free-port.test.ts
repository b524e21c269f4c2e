import net from "node:net";
import { describe, expect, it } from "vitest";
import { checkPort, findFreePort } from "./free-port";

describe("findFreePort / checkPort", () => {
  it("finds a free port, and sees it in use while something listens on 127.0.0.1", async () => {
    const port = await findFreePort();
    expect(await checkPort(port)).toBe("free");
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      expect(await checkPort(port)).toBe("in-use");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
