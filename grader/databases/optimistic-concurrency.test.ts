import { describe, expect, it } from "vitest";
import {
  StaleWriteError,
  editDocument,
  loadDocument,
  saveDocument,
  type Sql,
} from "../../exercises/databases/optimistic-concurrency.ts";
import { useDatabase } from "../support/database.ts";

const schema = `
  CREATE TABLE documents (id int PRIMARY KEY, title text NOT NULL, body text NOT NULL, version int NOT NULL DEFAULT 1);
`;
const seed = `INSERT INTO documents (id, title, body) VALUES (1, 'Draft', 'Hello'), (2, 'Notes', '');`;

describe("optimistic concurrency", () => {
  const db = useDatabase({ schema, seed });

  async function row(id: number) {
    return (await db().query<{ id: number; title: string; body: string; version: number }>("SELECT id, title, body, version FROM documents WHERE id = $1", [id])).rows[0];
  }
  /** Another request saving document `id` on this same session. */
  async function concurrentSave(id: number, title: string): Promise<void> {
    await db().query("UPDATE documents SET title = $2, version = version + 1 WHERE id = $1", [id, title]);
  }

  it("loads a document with its version, or null", async () => {
    expect(await loadDocument(db(), 1)).toEqual({ id: 1, title: "Draft", body: "Hello", version: 1 });
    expect(await loadDocument(db(), 99)).toBeNull();
  });

  it("saves a write based on the current version and bumps the version", async () => {
    expect(await saveDocument(db(), { id: 1, title: "Final", body: "Hello!", version: 1 })).toBe(2);
    expect(await row(1)).toEqual({ id: 1, title: "Final", body: "Hello!", version: 2 });
    expect(await saveDocument(db(), { id: 1, title: "Final", body: "Hello!!", version: 2 })).toBe(3);
    expect(await row(2)).toEqual({ id: 2, title: "Notes", body: "", version: 1 });
  });

  it("rejects a write based on an old version with StaleWriteError, keeping the newer data", async () => {
    await concurrentSave(1, "Theirs");
    const error = await saveDocument(db(), { id: 1, title: "Mine", body: "Mine", version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleWriteError);
    expect(await row(1)).toEqual({ id: 1, title: "Theirs", body: "Hello", version: 2 });
  });

  it("rejects a save of a document that no longer exists with StaleWriteError", async () => {
    await db().query("DELETE FROM documents WHERE id = 2");
    await expect(saveDocument(db(), { id: 2, title: "x", body: "y", version: 1 })).rejects.toBeInstanceOf(StaleWriteError);
  });

  it("checks the version in the UPDATE itself, so a save that lands just before it still wins", async () => {
    // Runs a competing save right before the first UPDATE statement the learner sends.
    let interfered = false;
    const racing: Sql = {
      async query<Row>(text: string, params?: unknown[]) {
        if (!interfered && /^\s*update/i.test(text)) {
          interfered = true;
          await concurrentSave(1, "Theirs");
        }
        const result = await db().query<Row>(text, params);
        return { rows: result.rows, affectedRows: result.affectedRows };
      },
    };
    await expect(saveDocument(racing, { id: 1, title: "Mine", body: "Mine", version: 1 })).rejects.toBeInstanceOf(StaleWriteError);
    expect(interfered, "saveDocument never sent an UPDATE").toBe(true);
    expect(await row(1)).toEqual({ id: 1, title: "Theirs", body: "Hello", version: 2 });
  });

  it("edits a document: loads it, applies the edit, saves it", async () => {
    const saved = await editDocument(db(), 1, (doc) => ({ title: doc.title, body: `${doc.body} Bye.` }));
    expect(saved).toEqual({ id: 1, title: "Draft", body: "Hello Bye.", version: 2 });
    expect(await row(1)).toEqual(saved);
  });

  it("retries a conflicting edit on the fresh document, keeping the other writer's change", async () => {
    const seen: number[] = [];
    const saved = await editDocument(db(), 1, (doc) => {
      seen.push(doc.version);
      if (seen.length === 1) void concurrentSave(1, "Renamed by someone else");
      return { title: doc.title, body: `${doc.body} Bye.` };
    });
    expect(seen, "the versions edit() was called with").toEqual([1, 2]);
    expect(saved).toEqual({ id: 1, title: "Renamed by someone else", body: "Hello Bye.", version: 3 });
    expect(await row(1)).toEqual(saved);
  });

  it("gives up after maxAttempts conflicting attempts with StaleWriteError", async () => {
    let calls = 0;
    const alwaysLoses = (doc: { title: string; body: string }) => {
      calls += 1;
      void concurrentSave(1, `them ${calls}`);
      return { title: "mine", body: doc.body };
    };
    await expect(editDocument(db(), 1, alwaysLoses)).rejects.toBeInstanceOf(StaleWriteError);
    expect(calls, "attempts with the default maxAttempts").toBe(3);
    calls = 0;
    await expect(editDocument(db(), 1, alwaysLoses, 5)).rejects.toBeInstanceOf(StaleWriteError);
    expect(calls).toBe(5);
    expect((await row(1))?.title).toBe("them 5");
  });

  it("returns null for a missing document without calling edit, and rejects a bad maxAttempts", async () => {
    let called = false;
    expect(await editDocument(db(), 99, (d) => ((called = true), d))).toBeNull();
    expect(called).toBe(false);
    await expect(editDocument(db(), 1, (d) => d, 0)).rejects.toThrow(RangeError);
    await expect(editDocument(db(), 1, (d) => d, 1.5)).rejects.toThrow(RangeError);
    expect(await row(1)).toEqual({ id: 1, title: "Draft", body: "Hello", version: 1 });
    // One attempt is a positive integer too.
    expect(await editDocument(db(), 1, (d) => d, 1)).toMatchObject({ id: 1 });
  });

  it("does not retry errors other than StaleWriteError", async () => {
    let calls = 0;
    const failing = () => {
      calls += 1;
      throw new TypeError("bad edit");
    };
    await expect(editDocument(db(), 1, failing)).rejects.toThrow(TypeError);
    expect(calls).toBe(1);
    // A save the database refuses (title is NOT NULL) is not a conflict either.
    calls = 0;
    const nullTitle = (doc: { body: string }) => {
      calls += 1;
      return { title: null as unknown as string, body: doc.body };
    };
    const error = await editDocument(db(), 1, nullTitle).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(StaleWriteError);
    expect(calls, "edit() calls after the database refused the save").toBe(1);
  });

  it("stores a hostile title as data", async () => {
    const title = "x'; UPDATE documents SET version = 0; --";
    await saveDocument(db(), { id: 2, title, body: "b", version: 1 });
    expect(await row(2)).toEqual({ id: 2, title, body: "b", version: 2 });
    expect(await row(1)).toEqual({ id: 1, title: "Draft", body: "Hello", version: 1 });
  });
});
