/** An input problem that stops the ingest; the message names the file, the line and the problem. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}, line ${line}: ${problem}`);
    this.name = "IngestError";
  }
}
