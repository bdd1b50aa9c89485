/**
 * DIP: inject the clock, the mailer and the repository — reference solution.
 *
 * The service owns the interfaces it needs; production wires in a system clock, an SMTP/SES
 * mailer and a database repository, tests wire in fakes. Nothing here imports a concrete one.
 */

export type Plan = "monthly" | "yearly";

export interface Subscription {
  id: string;
  email: string;
  plan: Plan;
  /** Epoch milliseconds. */
  expiresAt: number;
  autoRenew: boolean;
  status: "active" | "expired";
}

export interface Clock {
  now(): number;
}

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface SubscriptionRepository {
  findById(id: string): Promise<Subscription | undefined>;
  findAll(): Promise<Subscription[]>;
  save(subscription: Subscription): Promise<void>;
}

export interface SubscriptionServiceDeps {
  clock: Clock;
  mailer: Mailer;
  subscriptions: SubscriptionRepository;
}

export interface DueReport {
  renewed: string[];
  expired: string[];
  mailFailures: string[];
}

const DAY_MS = 86_400_000;
const PLAN_MS: Record<Plan, number> = { monthly: 30 * DAY_MS, yearly: 365 * DAY_MS };

export class SubscriptionService {
  readonly #clock: Clock;
  readonly #mailer: Mailer;
  readonly #subscriptions: SubscriptionRepository;

  constructor({ clock, mailer, subscriptions }: SubscriptionServiceDeps) {
    this.#clock = clock;
    this.#mailer = mailer;
    this.#subscriptions = subscriptions;
  }

  async subscribe(id: string, email: string, plan: Plan): Promise<Subscription> {
    if (await this.#subscriptions.findById(id)) throw new Error(`subscription ${id} already exists`);
    const subscription: Subscription = {
      id,
      email,
      plan,
      expiresAt: this.#clock.now() + PLAN_MS[plan],
      autoRenew: true,
      status: "active",
    };
    await this.#subscriptions.save(subscription);
    await this.#mailer.send({
      to: email,
      subject: `Welcome to the ${plan} plan`,
      body: `Your subscription ${id} runs until ${new Date(subscription.expiresAt).toISOString()}.`,
    });
    return subscription;
  }

  async cancel(id: string): Promise<Subscription> {
    const subscription = await this.#subscriptions.findById(id);
    if (!subscription) throw new Error(`unknown subscription ${id}`);
    const cancelled = { ...subscription, autoRenew: false };
    await this.#subscriptions.save(cancelled);
    return cancelled;
  }

  async processDue(): Promise<DueReport> {
    const now = this.#clock.now();
    const report: DueReport = { renewed: [], expired: [], mailFailures: [] };

    for (const subscription of await this.#subscriptions.findAll()) {
      if (subscription.status !== "active" || subscription.expiresAt > now) continue;

      let mail: Mail;
      if (subscription.autoRenew) {
        const renewed = { ...subscription, expiresAt: subscription.expiresAt + PLAN_MS[subscription.plan] };
        await this.#subscriptions.save(renewed);
        report.renewed.push(renewed.id);
        mail = {
          to: renewed.email,
          subject: `Your ${renewed.plan} plan was renewed`,
          body: `It now runs until ${new Date(renewed.expiresAt).toISOString()}.`,
        };
      } else {
        await this.#subscriptions.save({ ...subscription, status: "expired" });
        report.expired.push(subscription.id);
        mail = { to: subscription.email, subject: "Your subscription has expired", body: "We hope to see you again." };
      }

      // Save first, then email: a mail outage must not undo (or block) a renewal. A production
      // system would queue the failed email for retry instead of only reporting it.
      try {
        await this.#mailer.send(mail);
      } catch {
        report.mailFailures.push(subscription.id);
      }
    }
    return report;
  }
}
