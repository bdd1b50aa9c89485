import { describe, expect, it } from "vitest";
import {
  SubscriptionService,
  type Clock,
  type Mail,
  type Mailer,
  type Subscription,
  type SubscriptionRepository,
} from "../../exercises/solid/dip-inject-dependencies.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

class FixedClock implements Clock {
  constructor(private time: number) {}
  now(): number {
    return this.time;
  }
  advanceDays(days: number): void {
    this.time += days * DAY;
  }
  advanceMs(ms: number): void {
    this.time += ms;
  }
}

class RecordingMailer implements Mailer {
  readonly sent: Mail[] = [];
  readonly failingAddresses = new Set<string>();
  async send(mail: Mail): Promise<void> {
    if (this.failingAddresses.has(mail.to)) throw new Error("SMTP 451: try again later");
    this.sent.push(mail);
  }
  subjectsTo(address: string): string[] {
    return this.sent.filter((m) => m.to === address).map((m) => m.subject);
  }
}

// Hands out copies, like a real database would: a change only sticks if the service saves it.
class InMemorySubscriptions implements SubscriptionRepository {
  readonly #rows = new Map<string, Subscription>();
  async findById(id: string): Promise<Subscription | undefined> {
    const row = this.#rows.get(id);
    return row && structuredClone(row);
  }
  async findAll(): Promise<Subscription[]> {
    return [...this.#rows.values()].map((row) => structuredClone(row));
  }
  async save(subscription: Subscription): Promise<void> {
    this.#rows.set(subscription.id, structuredClone(subscription));
  }
  peek(id: string): Subscription | undefined {
    return this.#rows.get(id);
  }
}

function setup() {
  const clock = new FixedClock(T0);
  const mailer = new RecordingMailer();
  const subscriptions = new InMemorySubscriptions();
  const service = new SubscriptionService({ clock, mailer, subscriptions });
  return { clock, mailer, subscriptions, service };
}

describe("SubscriptionService", () => {
  it("subscribe stores an active, auto-renewing subscription ending one plan length after the injected now", async () => {
    const { service, subscriptions } = setup();

    const monthly = await service.subscribe("s1", "ann@example.com", "monthly");
    await service.subscribe("s2", "bob@example.com", "yearly");

    expect(monthly).toEqual({
      id: "s1",
      email: "ann@example.com",
      plan: "monthly",
      expiresAt: T0 + 30 * DAY,
      autoRenew: true,
      status: "active",
    });
    expect(subscriptions.peek("s1")).toEqual(monthly);
    expect(subscriptions.peek("s2")?.expiresAt).toBe(T0 + 365 * DAY);
  });

  it("subscribe sends a welcome email to the subscriber", async () => {
    const { service, mailer } = setup();
    await service.subscribe("s1", "ann@example.com", "yearly");
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: "ann@example.com", subject: "Welcome to the yearly plan" });
  });

  it("processDue renews a due auto-renewing subscription from its old expiry and emails the customer", async () => {
    const { service, clock, mailer, subscriptions } = setup();
    await service.subscribe("s1", "ann@example.com", "monthly");
    clock.advanceDays(31);

    const report = await service.processDue();

    expect(report).toEqual({ renewed: ["s1"], expired: [], mailFailures: [] });
    expect(subscriptions.peek("s1")).toMatchObject({ status: "active", expiresAt: T0 + 60 * DAY });
    expect(mailer.subjectsTo("ann@example.com")).toEqual(["Welcome to the monthly plan", "Your monthly plan was renewed"]);
  });

  it("cancel keeps the subscription active until it is due, then processDue expires it and emails the customer", async () => {
    const { service, clock, mailer, subscriptions } = setup();
    await service.subscribe("s1", "ann@example.com", "monthly");
    clock.advanceDays(10);

    const cancelled = await service.cancel("s1");
    expect(cancelled).toMatchObject({ autoRenew: false, status: "active", expiresAt: T0 + 30 * DAY });
    expect(subscriptions.peek("s1")).toMatchObject({ autoRenew: false, status: "active" });

    clock.advanceDays(20); // exactly at expiresAt: due
    expect(await service.processDue()).toEqual({ renewed: [], expired: ["s1"], mailFailures: [] });
    expect(subscriptions.peek("s1")).toMatchObject({ status: "expired", expiresAt: T0 + 30 * DAY });
    expect(mailer.subjectsTo("ann@example.com")).toEqual(["Welcome to the monthly plan", "Your subscription has expired"]);
  });

  it("processDue leaves subscriptions that are not yet due untouched and unmailed", async () => {
    const { service, clock, mailer, subscriptions } = setup();
    await service.subscribe("due", "ann@example.com", "monthly");
    clock.advanceMs(1);
    await service.subscribe("one-ms-early", "bob@example.com", "monthly");
    await service.subscribe("yearly", "cy@example.com", "yearly");
    clock.advanceMs(30 * DAY - 1); // now === expiry of "due", 1 ms before "one-ms-early"
    const before = structuredClone([subscriptions.peek("one-ms-early"), subscriptions.peek("yearly")]);

    expect(await service.processDue()).toEqual({ renewed: ["due"], expired: [], mailFailures: [] });
    expect([subscriptions.peek("one-ms-early"), subscriptions.peek("yearly")]).toEqual(before);
    expect(mailer.subjectsTo("bob@example.com")).toEqual(["Welcome to the monthly plan"]);
    expect(mailer.subjectsTo("cy@example.com")).toEqual(["Welcome to the yearly plan"]);
  });

  it("running processDue again renews, expires and emails nobody twice", async () => {
    const { service, clock, mailer } = setup();
    await service.subscribe("renews", "ann@example.com", "monthly");
    await service.subscribe("lapses", "bob@example.com", "monthly");
    await service.cancel("lapses");
    clock.advanceDays(30);
    await service.processDue();
    const mailsAfterFirstRun = mailer.sent.length;

    clock.advanceDays(1);
    expect(await service.processDue()).toEqual({ renewed: [], expired: [], mailFailures: [] });
    expect(mailer.sent).toHaveLength(mailsAfterFirstRun);
  });

  it("a failing mailer does not stop the run: every change is saved and the failed ids are reported", async () => {
    const { service, clock, mailer, subscriptions } = setup();
    await service.subscribe("a", "ann@example.com", "monthly");
    await service.subscribe("b", "bob@example.com", "monthly");
    await service.subscribe("c", "cy@example.com", "monthly");
    await service.cancel("b");
    clock.advanceDays(30);
    mailer.failingAddresses.add("ann@example.com");
    mailer.failingAddresses.add("bob@example.com");

    const report = await service.processDue();

    expect(report).toEqual({ renewed: ["a", "c"], expired: ["b"], mailFailures: ["a", "b"] });
    expect(subscriptions.peek("a")?.expiresAt).toBe(T0 + 60 * DAY);
    expect(subscriptions.peek("b")?.status).toBe("expired");
    expect(mailer.subjectsTo("cy@example.com")).toEqual(["Welcome to the monthly plan", "Your monthly plan was renewed"]);
  });

  it("subscribe rejects an id that is already taken, saving and emailing nothing", async () => {
    const { service, mailer, subscriptions } = setup();
    await service.subscribe("s1", "ann@example.com", "monthly");

    await expect(service.subscribe("s1", "eve@example.com", "yearly")).rejects.toThrow("subscription s1 already exists");
    expect(subscriptions.peek("s1")?.email).toBe("ann@example.com");
    expect(mailer.sent).toHaveLength(1);
  });

  it("cancel rejects an unknown id", async () => {
    const { service } = setup();
    await expect(service.cancel("nope")).rejects.toThrow("unknown subscription nope");
  });
});
