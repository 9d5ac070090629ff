/** A FEST file we cannot read: not well-formed, not M30, or missing what the spec says is always there. */
export class FestFormatError extends Error {
  constructor(
    message: string,
    /** 1-based line in the file, when known. */
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `${message} (linje ${line})`);
    this.name = 'FestFormatError';
  }
}
