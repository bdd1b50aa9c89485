/**
 * Event emitter
 *
 * What you build
 *   A minimal `Emitter` with the same observable behaviour as Node's `EventEmitter` for
 *   on / once / off / emit.
 *
 * Why it matters
 *   Streams, sockets, HTTP servers and child processes are all EventEmitters. Its rules (listeners
 *   run synchronously and in order, removing a listener mid-emit is safe, an unhandled "error"
 *   event throws) explain crashes like "Unhandled 'error' event" and bugs where a listener is
 *   skipped or runs twice.
 *
 * Your task
 *   Implement `class Emitter` (events are strings):
 *   - `on(event, listener): this` — appends the listener; the same function may be added twice
 *     and then runs twice.
 *   - `once(event, listener): this` — like `on`, but the listener runs at most once: it is removed
 *     BEFORE it is called, so emitting the same event from inside it does not call it again. This
 *     holds even when an earlier listener emits the event again: once the nested emit has run the
 *     `once` listener, the outer emit skips it.
 *   - `off(event, listener): this` — removes one registration of `listener` (the most recently
 *     added one). It also removes a listener added with `once(event, listener)`. Removing a
 *     listener that is not registered does nothing.
 *   - `emit(event, ...args): boolean` — calls the event's listeners synchronously, in the order
 *     they were added, each with `...args`; returns `true` if the event had listeners, else
 *     `false`. The listeners that run are those registered when `emit` starts: a listener that
 *     removes itself (or another) during the emit does not make the next one be skipped, a
 *     listener removed during the emit still runs in that emit (a `once` listener removed with
 *     `off` too, and then never again), and a listener added during the emit runs from the next
 *     emit on.
 *   - `emit("error", err)` with no "error" listener throws `err` if it is an `Error`; otherwise it
 *     throws a new `Error` whose message contains "Unhandled error". With a listener, the listener
 *     receives the error and nothing is thrown.
 *   - `listenerCount(event): number` — how many listeners the event has right now.
 *   The suite runs the same scenarios against Node's own `EventEmitter` and expects the same logs.
 *
 * Example
 *   const e = new Emitter();
 *   e.on("data", (n) => console.log("a", n)).once("data", (n) => console.log("b", n));
 *   e.emit("data", 1);   // logs "a 1", "b 1"; returns true
 *   e.emit("data", 2);   // logs "a 2"; returns true
 *   e.emit("end");       // returns false
 */

// `any[]` so listeners can declare their own parameter types, as Node's own typings do.
export type Listener = (...args: any[]) => void;

export class Emitter {
  on(event: string, listener: Listener): this {
    void event;
    void listener;
    throw new Error("not implemented");
  }

  once(event: string, listener: Listener): this {
    void event;
    void listener;
    throw new Error("not implemented");
  }

  off(event: string, listener: Listener): this {
    void event;
    void listener;
    throw new Error("not implemented");
  }

  emit(event: string, ...args: unknown[]): boolean {
    void event;
    void args;
    throw new Error("not implemented");
  }

  listenerCount(event: string): number {
    void event;
    throw new Error("not implemented");
  }
}
