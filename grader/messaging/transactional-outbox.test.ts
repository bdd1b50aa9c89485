import { describe, expect, it } from "vitest";
import { placeOrder, relayOutbox, type OutboxMessage, type Sql } from "../../exercises/messaging/transactional-outbox.ts";
import { recordingSql, useDatabase } from "../support/database.ts";

const getDb = useDatabase({
  schema: `
    CREATE TABLE orders (
      id text PRIMARY KEY,
      customer text NOT NULL,
      total_cents integer NOT NULL CHECK (total_cents >= 0)
    );
    CREATE TABLE outbox (
      id bigserial PRIMARY KEY,
      topic text NOT NULL,
      payload jsonb NOT NULL,
      published_at timestamptz
    );
  `,
});

/** The real database, except that statements matching `pattern` throw, the first `times` times. */
function crashingOn(pattern: RegExp, times = 1): Sql & { crash: Error } {
  const crash = new Error("simulated crash");
  let left = times;
  return {
    crash,
    async query<Row>(text: string, params?: unknown[]) {
      if (left > 0 && pattern.test(text)) {
        left--;
        throw crash;
      }
      return getDb().query<Row>(text, params);
    },
  };
}

async function rows<Row>(text: string): Promise<Row[]> {
  return (await getDb().query<Row>(text)).rows;
}

const orderCount = async () => (await rows<{ n: number }>("SELECT count(*)::int AS n FROM orders"))[0].n;
const unpublished = async () =>
  (await rows<{ id: string }>("SELECT id::text AS id FROM outbox WHERE published_at IS NULL ORDER BY id")).map((row) => row.id);

function collector() {
  const sent: OutboxMessage[] = [];
  return { sent, publish: async (message: OutboxMessage) => void sent.push(message) };
}

describe("placeOrder", () => {
  it("writes the order and its order.placed outbox row, unpublished", async () => {
    await placeOrder(getDb(), { id: "o-1", customer: "Ada", totalCents: 1250 });
    expect(await rows("SELECT id, customer, total_cents FROM orders")).toEqual([{ id: "o-1", customer: "Ada", total_cents: 1250 }]);
    expect(await rows("SELECT id::text AS id, topic, payload, published_at FROM outbox")).toEqual([
      { id: "1", topic: "order.placed", payload: { orderId: "o-1", customer: "Ada", totalCents: 1250 }, published_at: null },
    ]);
  });

  it("passes values as parameters, so a quote in a name is just data", async () => {
    const sql = recordingSql(getDb());
    const customer = "O'Brien'); DROP TABLE orders; --";
    await placeOrder(sql, { id: "o-1", customer, totalCents: 0 });
    expect(await rows("SELECT customer FROM orders")).toEqual([{ customer }]);
    // Neither the name nor the order id may appear in any SQL text, escaped or not: only in params.
    const leaked = sql.statements.filter((statement) => statement.text.includes("Brien") || statement.text.includes("o-1"));
    expect(leaked.map((statement) => statement.text)).toEqual([]);
    expect(sql.statements.some((statement) => statement.params.includes(customer))).toBe(true);
  });

  it("rolls back the order when writing the outbox row fails, and leaves no transaction open", async () => {
    const sql = crashingOn(/insert\s+into\s+outbox/i);
    await expect(placeOrder(sql, { id: "o-1", customer: "Ada", totalCents: 100 })).rejects.toBe(sql.crash);
    expect(await orderCount()).toBe(0);
    // A transaction left open would be committed along with the next order.
    await placeOrder(getDb(), { id: "o-2", customer: "Grace", totalCents: 200 });
    expect(await rows("SELECT id FROM orders")).toEqual([{ id: "o-2" }]);
    expect(await rows("SELECT payload->>'orderId' AS id FROM outbox")).toEqual([{ id: "o-2" }]);
  });

  it("rejects an order that breaks a constraint and writes no outbox row for it", async () => {
    await expect(placeOrder(getDb(), { id: "o-1", customer: "Ada", totalCents: -5 })).rejects.toThrow(/check constraint/i);
    expect(await rows("SELECT id FROM outbox")).toEqual([]);
    // The failed transaction was rolled back: the next order goes through.
    await placeOrder(getDb(), { id: "o-2", customer: "Ada", totalCents: 5 });
    expect(await orderCount()).toBe(1);
  });

  it("rejects a duplicate order id, keeping exactly one order and one event", async () => {
    await placeOrder(getDb(), { id: "o-1", customer: "Ada", totalCents: 100 });
    await expect(placeOrder(getDb(), { id: "o-1", customer: "Ada", totalCents: 100 })).rejects.toThrow(/duplicate key/i);
    expect(await orderCount()).toBe(1);
    expect(await rows("SELECT id::text AS id FROM outbox")).toEqual([{ id: "1" }]);
  });
});

describe("relayOutbox", () => {
  it("publishes unpublished rows lowest id first, marks them, and returns how many", async () => {
    await placeOrder(getDb(), { id: "o-1", customer: "Ada", totalCents: 100 });
    await placeOrder(getDb(), { id: "o-2", customer: "Grace", totalCents: 200 });
    const { sent, publish } = collector();
    await expect(relayOutbox(getDb(), publish)).resolves.toBe(2);
    expect(sent).toEqual([
      { id: "1", topic: "order.placed", payload: { orderId: "o-1", customer: "Ada", totalCents: 100 } },
      { id: "2", topic: "order.placed", payload: { orderId: "o-2", customer: "Grace", totalCents: 200 } },
    ]);
    expect(await unpublished()).toEqual([]);
    await expect(relayOutbox(getDb(), publish)).resolves.toBe(0);
    expect(sent).toHaveLength(2);
  });

  it("marks a row only after the broker accepted it", async () => {
    await placeOrder(getDb(), { id: "o-1", customer: "Ada", totalCents: 100 });
    const seenWhilePublishing: unknown[] = [];
    await relayOutbox(getDb(), async (message) => {
      const [row] = await rows<{ published_at: unknown }>(`SELECT published_at FROM outbox WHERE id = ${Number(message.id)}`);
      seenWhilePublishing.push(row.published_at);
    });
    expect(seenWhilePublishing).toEqual([null]);
    expect(await unpublished()).toEqual([]);
  });

  it("sends at most batchSize rows per run", async () => {
    for (let i = 1; i <= 5; i++) await placeOrder(getDb(), { id: `o-${i}`, customer: "Ada", totalCents: i });
    const { sent, publish } = collector();
    await expect(relayOutbox(getDb(), publish, 2)).resolves.toBe(2);
    expect(await unpublished()).toEqual(["3", "4", "5"]);
    await expect(relayOutbox(getDb(), publish, 2)).resolves.toBe(2);
    await expect(relayOutbox(getDb(), publish, 2)).resolves.toBe(1);
    expect(sent.map((message) => message.id)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("stops at a failed publish, rejects with its error, and sends that row again next run", async () => {
    for (let i = 1; i <= 3; i++) await placeOrder(getDb(), { id: `o-${i}`, customer: "Ada", totalCents: i });
    const brokerDown = new Error("broker unavailable");
    const attempts: string[] = [];
    let failNext = true;
    const publish = async (message: OutboxMessage) => {
      attempts.push(message.id);
      if (message.id === "2" && failNext) {
        failNext = false;
        throw brokerDown;
      }
    };
    await expect(relayOutbox(getDb(), publish)).rejects.toBe(brokerDown);
    expect(await unpublished()).toEqual(["2", "3"]);
    await expect(relayOutbox(getDb(), publish)).resolves.toBe(2);
    expect(attempts).toEqual(["1", "2", "2", "3"]);
    expect(await unpublished()).toEqual([]);
  });

  it("republishes, never loses, a row whose marking crashed after it was published", async () => {
    await placeOrder(getDb(), { id: "o-1", customer: "Ada", totalCents: 100 });
    await placeOrder(getDb(), { id: "o-2", customer: "Grace", totalCents: 200 });
    const { sent, publish } = collector();
    const crashing = crashingOn(/update\s+outbox/i);
    await expect(relayOutbox(crashing, publish)).rejects.toBe(crashing.crash);
    expect(sent.map((message) => message.id)).toEqual(["1"]); // row 2 not published after the crash
    expect(await unpublished()).toEqual(["1", "2"]);
    await expect(relayOutbox(getDb(), publish)).resolves.toBe(2);
    expect(sent.map((message) => message.id)).toEqual(["1", "1", "2"]); // a duplicate, for the consumer to absorb
    expect(await unpublished()).toEqual([]);
  });

  it("rejects a batchSize that is not a positive integer", async () => {
    const { publish } = collector();
    await expect(relayOutbox(getDb(), publish, 0)).rejects.toThrow(RangeError);
    await expect(relayOutbox(getDb(), publish, 1.5)).rejects.toThrow(RangeError);
  });

  it("relays 150 rows in numeric id order (row 10 after row 9, not after row 1)", async () => {
    await getDb().exec(`
      INSERT INTO outbox (topic, payload)
      SELECT 'order.placed', jsonb_build_object('orderId', 'o-' || n) FROM generate_series(1, 150) AS n
    `);
    const { sent, publish } = collector();
    await expect(relayOutbox(getDb(), publish, 500)).resolves.toBe(150);
    expect(sent.map((message) => Number(message.id))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(sent[149].payload).toEqual({ orderId: "o-150" });
    expect(await unpublished()).toEqual([]);
  });
});
