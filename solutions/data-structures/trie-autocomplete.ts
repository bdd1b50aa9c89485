/**
 * Trie autocomplete — reference solution.
 *
 * Each node maps one character to a child; a node with `count > 0` ends a stored word.
 * `complete` walks to the prefix's node, collects the words below it and sorts only those.
 * (A production autocomplete caches the top-k completions on every node so a query never
 * walks a large subtree; this version keeps the trie plain.)
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  count: number;
}

const newNode = (): TrieNode => ({ children: new Map(), count: 0 });

export class Trie {
  readonly #root = newNode();
  #size = 0;

  insert(word: string, count = 1): void {
    if (word === "") throw new RangeError("word must not be empty");
    if (!Number.isInteger(count) || count <= 0) {
      throw new RangeError(`count must be a positive integer, got ${count}`);
    }
    let node = this.#root;
    for (const ch of word.toLowerCase()) {
      let child = node.children.get(ch);
      if (!child) {
        child = newNode();
        node.children.set(ch, child);
      }
      node = child;
    }
    if (node.count === 0) this.#size++;
    node.count += count;
  }

  frequency(word: string): number {
    return this.#find(word.toLowerCase())?.count ?? 0;
  }

  complete(prefix: string, limit = 10): string[] {
    if (!Number.isInteger(limit) || limit < 0) {
      throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
    }
    const lower = prefix.toLowerCase();
    const start = this.#find(lower);
    if (!start || limit === 0) return [];

    const found: { word: string; count: number }[] = [];
    const stack: [TrieNode, string][] = [[start, lower]];
    while (stack.length > 0) {
      const [node, word] = stack.pop()!;
      if (node.count > 0) found.push({ word, count: node.count });
      for (const [ch, child] of node.children) stack.push([child, word + ch]);
    }
    found.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    return found.slice(0, limit).map((f) => f.word);
  }

  delete(word: string): boolean {
    const lower = word.toLowerCase();
    // Remember the path so emptied nodes can be pruned bottom-up.
    const path: [TrieNode, string][] = [];
    let node = this.#root;
    for (const ch of lower) {
      const child = node.children.get(ch);
      if (!child) return false;
      path.push([node, ch]);
      node = child;
    }
    if (node.count === 0) return false;
    node.count = 0;
    this.#size--;
    for (let i = path.length - 1; i >= 0; i--) {
      const [parent, ch] = path[i];
      const child = parent.children.get(ch)!;
      if (child.count > 0 || child.children.size > 0) break;
      parent.children.delete(ch);
    }
    return true;
  }

  get size(): number {
    return this.#size;
  }

  #find(lower: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.#root;
    for (const ch of lower) {
      node = node.children.get(ch);
      if (!node) return undefined;
    }
    return node;
  }
}
