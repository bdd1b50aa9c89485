/**
 * CSV transform stream — reference solution.
 *
 * Two pieces of state survive between chunks: the StringDecoder (holding the bytes of a character
 * cut in half) and `#pending`, the text after the last "\n" seen so far. Everything before that
 * "\n" is complete lines, parsed and pushed at once.
 */

import { StringDecoder } from "node:string_decoder";
import { Transform, type TransformCallback } from "node:stream";

export type CsvRecord = Record<string, string>;

export class CsvParser extends Transform {
  readonly #decoder = new StringDecoder("utf8");
  #pending = "";
  #header: string[] | undefined;
  #lineNumber = 0;

  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const lines = (this.#pending + this.#decoder.write(chunk)).split("\n");
    this.#pending = lines.pop() ?? "";
    this.#consume(lines, callback);
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.#pending + this.#decoder.end();
    this.#pending = "";
    this.#consume(rest === "" ? [] : [rest], callback);
  }

  #consume(lines: string[], callback: TransformCallback): void {
    try {
      for (const line of lines) this.#line(line.endsWith("\r") ? line.slice(0, -1) : line);
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  #line(line: string): void {
    this.#lineNumber++;
    if (line === "") return;
    const fields = parseFields(line);
    if (!this.#header) {
      this.#header = fields;
      return;
    }
    if (fields.length !== this.#header.length) {
      throw new Error(`line ${this.#lineNumber}: expected ${this.#header.length} fields, got ${fields.length}`);
    }
    const header = this.#header;
    this.push(Object.fromEntries(fields.map((value, i) => [header[i], value])));
  }
}

function parseFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote === -1) {
          // Unterminated quote: take the rest of the line rather than failing.
          value += line.slice(i);
          i = line.length;
          break;
        }
        value += line.slice(i, quote);
        i = quote + 1;
        if (line[i] !== '"') break;
        value += '"'; // "" is an escaped quote
        i++;
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(",", i);
      const end = comma === -1 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end;
    }
    const comma = line.indexOf(",", i);
    if (comma === -1) return fields;
    i = comma + 1;
  }
}
