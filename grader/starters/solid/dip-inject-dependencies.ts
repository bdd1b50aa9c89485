/**
 * DIP: inject the clock, the mailer and the repository
 *
 * What you build
 *   A subscription service (sign-ups, cancellations, a nightly renew-or-expire run) whose
 *   business rules depend only on three small interfaces — `Clock`, `Mailer` and
 *   `SubscriptionRepository` — handed to it in its constructor.
 *
 * Why it matters
 *   A service that calls `Date.now()`, `new SmtpClient()` and `new PostgresPool()` itself can only
 *   be tested with a real database, a real mail server and a lot of waiting for the 30th of the
 *   month. The Dependency Inversion Principle turns that around: the policy (when to renew, whom
 *   to email) owns the interfaces, and the details (SMTP, Postgres, the system clock) implement
 *   them. In tests a fixed clock, a recording mailer and an in-memory repository stand in — which
 *   is exactly what the hidden suite does. It is also how you swap SES for SendGrid without
 *   touching billing code.
 *
 * Your task
 *   Implement `class SubscriptionService` with `constructor({ clock, mailer, subscriptions })`.
 *   Use ONLY these injected objects: never `Date.now()` or `new Date()`. Times are epoch
 *   milliseconds; a day is 86 400 000 ms; a "monthly" plan lasts 30 days, a "yearly" one 365.
 *   The repository may hand out copies, so persist every change with `subscriptions.save(...)`.
 *   - `subscribe(id, email, plan): Promise<Subscription>` — saves and returns
 *     `{ id, email, plan, expiresAt: now + plan length, autoRenew: true, status: "active" }`,
 *     then sends `{ to: email, subject: "Welcome to the <plan> plan", body }` (any body).
 *     Rejects with an Error whose message is "subscription <id> already exists" if the id is
 *     taken — nothing is saved and no email is sent.
 *   - `cancel(id): Promise<Subscription>` — turns `autoRenew` off and saves; the subscription
 *     stays "active" until it expires. No email. Rejects with an Error whose message is
 *     "unknown subscription <id>" for an unknown id.
 *   - `processDue(): Promise<{ renewed: string[]; expired: string[]; mailFailures: string[] }>` —
 *     for every ACTIVE subscription with `expiresAt <= now`, in repository order:
 *     - auto-renewing: `expiresAt` grows by one plan length FROM THE OLD `expiresAt` (not from
 *       now — the customer keeps no gap and gets no free days); save; email subject
 *       "Your <plan> plan was renewed"; its id goes in `renewed`;
 *     - not auto-renewing: `status` becomes "expired"; save; email subject
 *       "Your subscription has expired"; its id goes in `expired`.
 *     Subscriptions not yet due, and already expired ones, are left alone and get no email, so
 *     running it twice never renews or emails twice. If sending an email fails, the change
 *     stays saved, the run carries on with the next subscription, and the id is added to
 *     `mailFailures` (it is still listed in `renewed` / `expired`).
 *
 * Example
 *   const service = new SubscriptionService({ clock, mailer, subscriptions });
 *   // clock.now() === Date.UTC(2024, 0, 1)
 *   await service.subscribe("s1", "ann@example.com", "monthly");
 *   //   → expiresAt = Date.UTC(2024, 0, 31); mailer got "Welcome to the monthly plan"
 *   // ...31 days later, clock.now() === Date.UTC(2024, 1, 1)
 *   await service.processDue();
 *   //   → { renewed: ["s1"], expired: [], mailFailures: [] }; s1 now expires Date.UTC(2024, 2, 1)
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

export class SubscriptionService {
  constructor(deps: SubscriptionServiceDeps) {
    // TODO: keep the dependencies.
    void deps;
  }

  async subscribe(id: string, email: string, plan: Plan): Promise<Subscription> {
    void id;
    void email;
    void plan;
    throw new Error("not implemented");
  }

  async cancel(id: string): Promise<Subscription> {
    void id;
    throw new Error("not implemented");
  }

  async processDue(): Promise<DueReport> {
    throw new Error("not implemented");
  }
}
