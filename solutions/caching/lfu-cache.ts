/**
 * LFU cache — reference solution.
 *
 * The LRU cache's hash map + doubly linked list, once per frequency: `#buckets` maps a frequency
 * to a circular list (sentinel head) of the keys used that many times, most recent at the front.
 * Eviction takes the back of the lowest bucket. `#minFrequency` names that bucket and is never
 * searched for: a use only moves it up by one (when the use empties its bucket), and a new key
 * resets it to 1.
 */
interface Node<K, V> {
  key: K;
  value: V;
  frequency: number;
  prev: Node<K, V>;
  next: Node<K, V>;
}

export class LfuCache<K, V> {
  readonly #capacity: number;
  readonly #nodes = new Map<K, Node<K, V>>();
  readonly #buckets = new Map<number, Node<K, V>>();
  #minFrequency = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    const node = this.#nodes.get(key);
    if (!node) return undefined;
    this.#use(node);
    return node.value;
  }

  set(key: K, value: V): void {
    const existing = this.#nodes.get(key);
    if (existing) {
      existing.value = value;
      this.#use(existing);
      return;
    }
    if (this.#nodes.size >= this.#capacity) {
      const victim = this.#buckets.get(this.#minFrequency)!.prev;
      this.#unlink(victim);
      this.#nodes.delete(victim.key);
    }
    const node = { key, value, frequency: 1 } as Node<K, V>;
    this.#pushFront(node);
    this.#nodes.set(key, node);
    this.#minFrequency = 1;
  }

  has(key: K): boolean {
    return this.#nodes.has(key);
  }

  frequency(key: K): number {
    return this.#nodes.get(key)?.frequency ?? 0;
  }

  delete(key: K): boolean {
    const node = this.#nodes.get(key);
    if (!node) return false;
    this.#unlink(node);
    // #minFrequency may now name a missing bucket. That is harmless: the cache is below
    // capacity, so the next new key resets it to 1 before anything is evicted.
    return this.#nodes.delete(key);
  }

  get size(): number {
    return this.#nodes.size;
  }

  /** A get hit or an overwrite: move the node to the front of the next bucket up. */
  #use(node: Node<K, V>): void {
    const emptied = this.#unlink(node);
    if (emptied && this.#minFrequency === node.frequency) this.#minFrequency++;
    node.frequency++;
    this.#pushFront(node);
  }

  /** Unlinks the node from its bucket; returns true if that emptied (and dropped) the bucket. */
  #unlink(node: Node<K, V>): boolean {
    node.prev.next = node.next;
    node.next.prev = node.prev;
    const head = this.#buckets.get(node.frequency)!;
    if (head.next !== head) return false;
    this.#buckets.delete(node.frequency);
    return true;
  }

  #pushFront(node: Node<K, V>): void {
    let head = this.#buckets.get(node.frequency);
    if (!head) {
      head = {} as Node<K, V>;
      head.prev = head;
      head.next = head;
      this.#buckets.set(node.frequency, head);
    }
    node.prev = head;
    node.next = head.next;
    head.next.prev = node;
    head.next = node;
  }
}
