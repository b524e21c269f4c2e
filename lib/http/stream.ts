/**
 * A byte stream of a response body from an async generator of chunks (text or bytes), pulled as the client reads
 * (backpressure: the generator only runs ahead by one chunk). Cancelling the response stops the generator,
 * which runs its finally blocks.
 */
export function streamFromChunks(chunks: AsyncGenerator<string | Uint8Array, void, undefined>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      } catch (e) {
        console.error("[stream] abgebrochen:", e instanceof Error ? e.message : e);
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
