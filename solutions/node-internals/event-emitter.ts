/**
 * Event emitter — reference solution.
 *
 * `emit` iterates over a copy of the listener list, so adding or removing listeners while an emit
 * is running never shifts the indexes it is walking (the classic "skipped listener" bug of
 * splicing the array you are looping over). Node does the same (`arrayClone` in lib/events.js).
 */

// `any[]` so listeners can declare their own parameter types, as Node's own typings do.
export type Listener = (...args: any[]) => void;

interface Registration {
  listener: Listener;
  once: boolean;
  fired: boolean;
}

export class Emitter {
  readonly #events = new Map<string, Registration[]>();

  on(event: string, listener: Listener): this {
    return this.#add(event, { listener, once: false, fired: false });
  }

  once(event: string, listener: Listener): this {
    return this.#add(event, { listener, once: true, fired: false });
  }

  off(event: string, listener: Listener): this {
    const registrations = this.#events.get(event) ?? [];
    const index = registrations.findLastIndex((r) => r.listener === listener);
    if (index !== -1) this.#remove(event, registrations[index]);
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const registrations = this.#events.get(event);
    if (!registrations) {
      if (event === "error") {
        const [err] = args;
        throw err instanceof Error ? err : new Error(`Unhandled error. (${String(err)})`);
      }
      return false;
    }
    for (const registration of [...registrations]) {
      if (registration.once) {
        // A nested emit may already have fired it while it sat in our snapshot.
        if (registration.fired) continue;
        registration.fired = true;
        this.#remove(event, registration);
      }
      registration.listener.apply(this, args);
    }
    return true;
  }

  listenerCount(event: string): number {
    return this.#events.get(event)?.length ?? 0;
  }

  #add(event: string, registration: Registration): this {
    const registrations = this.#events.get(event);
    if (registrations) registrations.push(registration);
    else this.#events.set(event, [registration]);
    return this;
  }

  #remove(event: string, registration: Registration): void {
    const registrations = this.#events.get(event);
    if (!registrations) return;
    const index = registrations.indexOf(registration);
    if (index !== -1) registrations.splice(index, 1);
    if (registrations.length === 0) this.#events.delete(event);
  }
}
