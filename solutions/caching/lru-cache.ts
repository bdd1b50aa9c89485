/**
 * LRU cache — reference solution.
 *
 * A hash map finds a key's node in O(1); a doubly linked list keeps the nodes in recency order,
 * so moving a node to the front or dropping the tail is O(1) too. Sentinel head/tail nodes
 * remove every "is this the first/last node?" branch.
 *
 * (A JavaScript Map alone also keeps insertion order, but evicting through map.keys().next()
 * gets slow once many keys were deleted from the front: V8 skips the holes on every call.)
 */
interface Node<K, V> {
  key: K;
  value: V;
  prev: Node<K, V>;
  next: Node<K, V>;
}

export class LruCache<K, V> {
  readonly #capacity: number;
  readonly #nodes = new Map<K, Node<K, V>>();
  // Sentinel: head.next is the most recently used node, head.prev the least recently used.
  readonly #head = { prev: undefined, next: undefined } as unknown as Node<K, V>;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.#capacity = capacity;
    this.#head.prev = this.#head;
    this.#head.next = this.#head;
  }

  get(key: K): V | undefined {
    const node = this.#nodes.get(key);
    if (!node) return undefined;
    this.#unlink(node);
    this.#pushFront(node);
    return node.value;
  }

  set(key: K, value: V): void {
    const existing = this.#nodes.get(key);
    if (existing) {
      existing.value = value;
      this.#unlink(existing);
      this.#pushFront(existing);
      return;
    }
    if (this.#nodes.size >= this.#capacity) {
      const oldest = this.#head.prev;
      this.#unlink(oldest);
      this.#nodes.delete(oldest.key);
    }
    const node = { key, value } as Node<K, V>;
    this.#pushFront(node);
    this.#nodes.set(key, node);
  }

  has(key: K): boolean {
    return this.#nodes.has(key);
  }

  delete(key: K): boolean {
    const node = this.#nodes.get(key);
    if (!node) return false;
    this.#unlink(node);
    return this.#nodes.delete(key);
  }

  get size(): number {
    return this.#nodes.size;
  }

  keys(): K[] {
    const keys: K[] = [];
    for (let node = this.#head.prev; node !== this.#head; node = node.prev) keys.push(node.key);
    return keys;
  }

  #unlink(node: Node<K, V>): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  #pushFront(node: Node<K, V>): void {
    node.prev = this.#head;
    node.next = this.#head.next;
    this.#head.next.prev = node;
    this.#head.next = node;
  }
}
