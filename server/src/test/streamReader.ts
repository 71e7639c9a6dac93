/** Reads a stream's text as it arrives; `until` waits for a chunk, `ended` for the close. */
export function streamReader(res: Response) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  return {
    get text() {
      return text;
    },
    /** Waits until `expected` has arrived `times` times. */
    async until(expected: string, times = 1): Promise<string> {
      while (text.split(expected).length - 1 < times) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before "${expected}"; got ${text}`);
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    async ended(): Promise<void> {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}
