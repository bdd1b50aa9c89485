import { describe, expect, it } from "vitest";
import { Trie } from "../../exercises/data-structures/trie-autocomplete.ts";

describe("Trie", () => {
  it("completes a prefix with the stored words that start with it", () => {
    const trie = new Trie();
    for (const word of ["car", "cart", "cat", "dog"]) trie.insert(word);
    expect(trie.complete("ca")).toEqual(["car", "cart", "cat"]);
    expect(trie.complete("do")).toEqual(["dog"]);
  });

  it("adds up the frequency of a word inserted more than once", () => {
    const trie = new Trie();
    trie.insert("go");
    trie.insert("go");
    trie.insert("go", 5);
    expect(trie.frequency("go")).toBe(7);
    expect(trie.frequency("gone")).toBe(0);
    expect(trie.size).toBe(1);
  });

  it("ranks completions by frequency, highest first, and breaks ties alphabetically", () => {
    const trie = new Trie();
    trie.insert("cart", 1);
    trie.insert("care", 3);
    trie.insert("car", 3);
    trie.insert("cab", 9);
    expect(trie.complete("ca")).toEqual(["cab", "car", "care", "cart"]);
  });

  it("returns at most limit completions, 10 by default", () => {
    const trie = new Trie();
    for (let i = 0; i < 12; i++) trie.insert(`w${String.fromCharCode(97 + i)}`, i + 1);
    expect(trie.complete("w", 2)).toEqual(["wl", "wk"]);
    expect(trie.complete("w")).toHaveLength(10);
    expect(trie.complete("w", 0)).toEqual([]);
  });

  it("includes the prefix itself when it is a word, matches everything for an empty prefix, and nothing for an unknown one", () => {
    const trie = new Trie();
    trie.insert("car");
    trie.insert("cart");
    trie.insert("bus");
    expect(trie.complete("car")).toEqual(["car", "cart"]);
    expect(trie.complete("")).toEqual(["bus", "car", "cart"]);
    expect(trie.complete("cars")).toEqual([]);
    expect(trie.complete("x")).toEqual([]);
    expect(trie.frequency("ca")).toBe(0);
  });

  it("treats words case-insensitively and returns them in lowercase", () => {
    const trie = new Trie();
    trie.insert("Apple");
    trie.insert("APPLE", 2);
    trie.insert("apricot");
    expect(trie.frequency("aPpLe")).toBe(3);
    expect(trie.complete("AP")).toEqual(["apple", "apricot"]);
    expect(trie.size).toBe(2);
    expect(trie.delete("ApPlE")).toBe(true);
    expect(trie.complete("a")).toEqual(["apricot"]);
  });

  it("deletes a word but keeps the words that share its prefix", () => {
    const trie = new Trie();
    trie.insert("car", 4);
    trie.insert("cart");
    trie.insert("cat");
    expect(trie.delete("car")).toBe(true);
    expect(trie.frequency("car")).toBe(0);
    expect(trie.complete("ca")).toEqual(["cart", "cat"]);
    expect(trie.delete("cart")).toBe(true);
    expect(trie.complete("car")).toEqual([]);
    expect(trie.complete("ca")).toEqual(["cat"]);
    expect(trie.size).toBe(1);
  });

  it("deletes a longer word but keeps the shorter word that is its prefix", () => {
    const trie = new Trie();
    trie.insert("car", 3);
    trie.insert("cart");
    expect(trie.delete("cart")).toBe(true);
    expect(trie.frequency("cart")).toBe(0);
    expect(trie.frequency("car")).toBe(3);
    expect(trie.complete("car")).toEqual(["car"]);
    expect(trie.size).toBe(1);
  });

  it("deletes the only word in its branch and leaves the other branches, so it can be stored again from zero", () => {
    const trie = new Trie();
    trie.insert("dog", 5);
    trie.insert("cat");
    expect(trie.delete("dog")).toBe(true);
    expect(trie.complete("d")).toEqual([]);
    expect(trie.complete("")).toEqual(["cat"]);
    expect(trie.size).toBe(1);
    trie.insert("dog");
    expect(trie.frequency("dog")).toBe(1);
    expect(trie.complete("")).toEqual(["cat", "dog"]);
  });

  it("reports false when deleting a word that is not stored, even if it is a prefix of one", () => {
    const trie = new Trie();
    trie.insert("cart");
    expect(trie.delete("car")).toBe(false);
    expect(trie.delete("carts")).toBe(false);
    expect(trie.delete("dog")).toBe(false);
    expect(trie.complete("car")).toEqual(["cart"]);
    expect(trie.size).toBe(1);
    trie.insert("car", 2);
    expect(trie.delete("car")).toBe(true);
    expect(trie.delete("car")).toBe(false);
  });

  it("rejects an empty word, a count that is not a positive integer and a negative or fractional limit", () => {
    const trie = new Trie();
    expect(() => trie.insert("")).toThrow(RangeError);
    expect(() => trie.insert("a", 0)).toThrow(RangeError);
    expect(() => trie.insert("a", -2)).toThrow(RangeError);
    expect(() => trie.insert("a", 1.5)).toThrow(RangeError);
    expect(() => trie.complete("a", -1)).toThrow(RangeError);
    expect(() => trie.complete("a", 2.5)).toThrow(RangeError);
  });

  it("answers 40 000 completions over 50 000 words by visiting only the prefix's subtree", { timeout: 5_000 }, () => {
    const trie = new Trie();
    // Word i is i written in base 26 with letters, padded to 4 letters: "aaaa", "aaab", ...
    // so each 3-letter prefix "aaa", "aab", ... is shared by 26 consecutive words.
    const word = (i: number): string => {
      let s = "";
      for (let d = 0; d < 4; d++) {
        s = String.fromCharCode(97 + (i % 26)) + s;
        i = Math.floor(i / 26);
      }
      return s;
    };
    const words = 50_000;
    for (let i = 0; i < words; i++) trie.insert(word(i), (i % 5) + 1);
    expect(trie.size).toBe(words);

    const fullPrefixes = Math.floor(words / 26);
    let total = 0;
    for (let q = 0; q < 40_000; q++) {
      total += trie.complete(word((q % fullPrefixes) * 26).slice(0, 3), 3).length;
    }
    expect(total).toBe(120_000);
    // "aab" + a..z are words 26..51: counts cycle 2,3,4,5,1,...; the 5s are "aabd", "aabi", "aabn", ...
    expect(trie.complete("aab", 3)).toEqual(["aabd", "aabi", "aabn"]);
  });

  it("prunes the nodes only a deleted word needed: 10 000 deleted words leave nothing to walk", { timeout: 2_000 }, () => {
    const trie = new Trie();
    // Each word starts with its own CJK ideograph (no case to fold), so each has its own branch
    // under the root, and every node delete leaves behind is one more node each query walks:
    // 10 000 of them make these 20 000 queries take seconds instead of milliseconds.
    const words = Array.from({ length: 10_000 }, (_, i) => `${String.fromCharCode(0x4e00 + i)}a`);
    for (const word of words) trie.insert(word);
    trie.insert("cat");
    for (const word of words) trie.delete(word);
    expect(trie.size).toBe(1);
    let found = 0;
    for (let q = 0; q < 20_000; q++) found += trie.complete("").length;
    expect(found).toBe(20_000);
    expect(trie.complete("")).toEqual(["cat"]);
  });
});
