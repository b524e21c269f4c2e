/**
 * A byte stream of a response body from an async generator of text chunks, pulled as the client reads
 * (backpressure: the generator only runs ahead by one chunk). Cancelling the response stops the generator,
 * which runs its finally blocks.
 */
export function streamFromChunks(chunks: AsyncGenerator<string, void, undefined>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
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
