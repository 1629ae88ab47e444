/** Keeps the last characters written to it, to show a process's recent output in errors. */
export class OutputTail {
  private text = '';

  constructor(private readonly maxChars = 4000) {}

  /** Appends a chunk, dropping the oldest characters beyond the limit. */
  append(chunk: string | Buffer): void {
    this.text = (this.text + chunk.toString()).slice(-this.maxChars);
  }

  /** The kept output. */
  toString(): string {
    return this.text;
  }
}
