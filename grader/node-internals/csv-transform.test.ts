import { Readable, Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { CsvParser, type CsvRecord } from "../../exercises/node-internals/csv-transform.ts";

// Streams the chunks through a real CsvParser into a real object-mode Writable.
async function parse(chunks: (string | Buffer)[]): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  await pipeline(
    Readable.from(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk))),
    new CsvParser(),
    new Writable({
      objectMode: true,
      write(record: CsvRecord, _encoding, done) {
        records.push(record);
        done();
      },
    }),
  );
  return records;
}

// Cuts a buffer into pieces of the given sizes (cycling through them).
function split(bytes: Buffer, sizes: number[]): Buffer[] {
  const pieces: Buffer[] = [];
  for (let start = 0, i = 0; start < bytes.length; i++) {
    const size = sizes[i % sizes.length];
    pieces.push(bytes.subarray(start, start + size));
    start += size;
  }
  return pieces;
}

describe("CsvParser", () => {
  it("turns the header row into keys and each data row into one object", async () => {
    const records = await parse(["id,name,role\n1,Ada,admin\n2,Grace,dev\n"]);
    expect(records).toEqual([
      { id: "1", name: "Ada", role: "admin" },
      { id: "2", name: "Grace", role: "dev" },
    ]);
  });

  it("pushes each record as soon as its line is complete, before the input ends", async () => {
    const parser = new CsvParser();
    const records: CsvRecord[] = [];
    const errors: unknown[] = [];
    parser.on("data", (record: CsvRecord) => records.push(record));
    parser.on("error", (err) => errors.push(err));

    parser.write(Buffer.from("id,name\n1,Ada\n2,Gra"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(records).toEqual([{ id: "1", name: "Ada" }]);

    parser.end(Buffer.from("ce\n"));
    await new Promise((resolve) => parser.on("end", resolve));
    expect(records).toEqual([
      { id: "1", name: "Ada" },
      { id: "2", name: "Grace" },
    ]);
    expect(errors).toEqual([]);
  });

  it("joins lines split across chunks, even when every chunk is a single byte", async () => {
    const text = "city,country\nParis,France\nLima,Peru\n";
    expect(await parse(["city,coun", "try\nPar", "is,France\nLima,", "Peru\n"])).toEqual([
      { city: "Paris", country: "France" },
      { city: "Lima", country: "Peru" },
    ]);
    expect(await parse(split(Buffer.from(text), [1]))).toEqual([
      { city: "Paris", country: "France" },
      { city: "Lima", country: "Peru" },
    ]);
  });

  it("handles \\r\\n line endings, even when \\r and \\n arrive in different chunks", async () => {
    const records = await parse(["sku,qty\r", "\nA1,3\r\nB2,", "5\r", "\n"]);
    expect(records).toEqual([
      { sku: "A1", qty: "3" },
      { sku: "B2", qty: "5" },
    ]);
  });

  it("emits a final line that has no line ending, and skips empty lines", async () => {
    const records = await parse(["\nid,total\n\n7,10\r\n\r\n", "8,20"]);
    expect(records).toEqual([
      { id: "7", total: "10" },
      { id: "8", total: "20" },
    ]);
  });

  it("keeps a multi-byte UTF-8 character intact when a chunk boundary cuts through it", async () => {
    const bytes = Buffer.from("name,price\nCafé,3€\n");
    const eAcute = bytes.indexOf(Buffer.from("é"));
    const euro = bytes.indexOf(Buffer.from("€"));
    const chunks = [
      bytes.subarray(0, eAcute + 1), // first byte of "é"
      bytes.subarray(eAcute + 1, euro + 2), // second byte of "é" … first two bytes of "€"
      bytes.subarray(euro + 2), // last byte of "€"
    ];
    expect(await parse(chunks)).toEqual([{ name: "Café", price: "3€" }]);
  });

  it("parses quoted fields with commas and escaped quotes, and keeps unquoted fields as written", async () => {
    const records = await parse([
      'id,title,note\n1,"Hello, world","She said ""hi"""\n2,,  spaced  \n3,"",""""\n',
    ]);
    expect(records).toEqual([
      { id: "1", title: "Hello, world", note: 'She said "hi"' },
      { id: "2", title: "", note: "  spaced  " },
      { id: "3", title: "", note: '"' },
    ]);
  });

  it("runs a quoted field whose closing quote is missing to the end of its line", async () => {
    const records = await parse(['id,note\n1,"no closing quote, but a comma\n2,"ok"\n']);
    expect(records).toEqual([
      { id: "1", note: "no closing quote, but a comma" },
      { id: "2", note: "ok" },
    ]);
  });

  it("produces no records for empty input or a header without rows", async () => {
    expect(await parse([])).toEqual([]);
    expect(await parse(["id,name\n"])).toEqual([]);
    expect(await parse(["id,name"])).toEqual([]);
  });

  it("fails the stream with an error naming the line when a row has the wrong number of fields", async () => {
    await expect(parse(["id,name\n1,Ada\n\n2,Grace,extra\n"])).rejects.toThrow(/line 4\b/);
    await expect(parse(["id,name\n1,Ada\n3"])).rejects.toThrow(/line 3\b/);
  });

  it("parses 20 000 rows in uneven chunks without re-reading earlier input", { timeout: 5_000 }, async () => {
    const rows = 20_000;
    let text = "id,name,email\n";
    for (let i = 0; i < rows; i++) text += `${i},"User, ${i}",user${i}@example.com\n`;
    const chunks = split(Buffer.from(text), [101, 1, 256, 5, 150]);

    const parser = new CsvParser();
    const records: CsvRecord[] = [];
    parser.on("data", (record: CsvRecord) => records.push(record));
    const done = finished(parser);
    // Written without waiting for 'drain': the chunks are in memory already, and this keeps the
    // test about parsing speed rather than stream overhead.
    for (const chunk of chunks) parser.write(chunk);
    parser.end();
    await done;

    expect(records).toHaveLength(rows);
    expect(records[0]).toEqual({ id: "0", name: "User, 0", email: "user0@example.com" });
    expect(records[rows - 1]).toEqual({
      id: String(rows - 1),
      name: `User, ${rows - 1}`,
      email: `user${rows - 1}@example.com`,
    });
  });
});
