/**
 * Trie autocomplete
 *
 * What you build
 *   A prefix tree (trie) of words with usage counts that suggests the most frequent completions
 *   of a prefix.
 *
 * Why it matters
 *   Search boxes, CLI tab completion and "did you mean" endpoints answer a prefix query on every
 *   keystroke. A trie walks straight to the prefix's subtree, so the cost of a query depends on the
 *   prefix and its matches, not on how many words the service knows.
 *
 * Your task
 *   Implement `class Trie`. Words are case-insensitive: every method lowercases the word or prefix
 *   it receives (`toLowerCase()`), and `complete` returns lowercase words.
 *   - `insert(word: string, count = 1): void` — adds `count` to the word's frequency; inserting the
 *     same word again adds up (`insert("go")` twice gives frequency 2). Throws a `RangeError` if
 *     `word` is the empty string or `count` is not a positive integer.
 *   - `frequency(word: string): number` — the word's total count, `0` if it is not stored (a word
 *     that is only a prefix of stored words, such as "ca" when only "car" is stored, is not stored).
 *   - `complete(prefix: string, limit = 10): string[]` — at most `limit` stored words that start
 *     with `prefix` (the prefix itself counts when it is a stored word), ordered by frequency,
 *     highest first; equal frequencies in alphabetical order (plain `<` string comparison).
 *     The empty prefix matches every word. An unknown prefix gives `[]`; `limit` 0 gives `[]`.
 *     Throws a `RangeError` if `limit` is not a non-negative integer.
 *   - `delete(word: string): boolean` — removes the word (its whole frequency); `true` if it was
 *     stored. Every other word stays: words that share a prefix with it, words it is a prefix of
 *     ("cart" when deleting "car") and words that are a prefix of it ("car" when deleting "cart").
 *     A deleted word inserted again starts from the new count. It also removes the nodes that
 *     no other stored word needs, so a trie that stored many words and deleted them is as fast
 *     as one that never held them: the suite deletes 10 000 two-letter words, each with its own
 *     first character, then runs 20 000 completions of the empty prefix.
 *   - `get size(): number` — how many distinct words are stored.
 *   `complete` must only visit the prefix's subtree: the suite stores 50 000 words and runs
 *   40 000 completions, which a scan over every word per query cannot finish in time.
 *
 * Example
 *   const trie = new Trie();
 *   trie.insert("car", 3);
 *   trie.insert("cart");
 *   trie.insert("Care", 3);
 *   trie.complete("ca");    // ["car", "care", "cart"]  (3, 3, 1 — ties alphabetical)
 *   trie.complete("ca", 1); // ["car"]
 *   trie.delete("car");     // true — "cart" and "care" are still stored
 */

export class Trie {
  insert(word: string, count = 1): void {
    void word;
    void count;
    throw new Error("not implemented");
  }

  frequency(word: string): number {
    void word;
    throw new Error("not implemented");
  }

  complete(prefix: string, limit = 10): string[] {
    void prefix;
    void limit;
    throw new Error("not implemented");
  }

  delete(word: string): boolean {
    void word;
    throw new Error("not implemented");
  }

  get size(): number {
    throw new Error("not implemented");
  }
}
