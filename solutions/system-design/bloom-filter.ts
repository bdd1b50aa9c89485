/**
 * Bloom filter — reference solution.
 *
 * One MD5 per operation gives both base hashes; the k positions are derived from them by double
 * hashing instead of computing k independent hashes. The filter cannot delete (clearing a bit
 * could erase another item's bit); a counting Bloom filter or a cuckoo filter can.
 */
import { createHash } from "node:crypto";

export interface BloomParameters {
  bits: number;
  hashes: number;
}

export function optimalParameters(expectedItems: number, falsePositiveRate: number): BloomParameters {
  if (!Number.isInteger(expectedItems) || expectedItems <= 0) {
    throw new RangeError(`expectedItems must be a positive integer, got ${expectedItems}`);
  }
  if (!(falsePositiveRate > 0 && falsePositiveRate < 1)) {
    throw new RangeError(`falsePositiveRate must be between 0 and 1 (exclusive), got ${falsePositiveRate}`);
  }
  const bits = Math.ceil((-expectedItems * Math.log(falsePositiveRate)) / Math.LN2 ** 2);
  const hashes = Math.max(1, Math.round((bits / expectedItems) * Math.LN2));
  return { bits, hashes };
}

export interface BloomFilterOptions {
  expectedItems: number;
  falsePositiveRate: number;
}

export class BloomFilter {
  readonly bits: number;
  readonly hashes: number;
  readonly #array: Uint8Array;

  constructor({ expectedItems, falsePositiveRate }: BloomFilterOptions) {
    const { bits, hashes } = optimalParameters(expectedItems, falsePositiveRate);
    this.bits = bits;
    this.hashes = hashes;
    this.#array = new Uint8Array(Math.ceil(bits / 8));
  }

  positions(item: string): number[] {
    const digest = createHash("md5").update(item, "utf8").digest();
    const h1 = digest.readUInt32BE(0);
    const h2 = digest.readUInt32BE(4);
    const out: number[] = [];
    for (let i = 0; i < this.hashes; i++) out.push((h1 + i * h2) % this.bits);
    return out;
  }

  add(item: string): void {
    for (const p of this.positions(item)) this.#array[p >> 3] |= 1 << (p & 7);
  }

  mightContain(item: string): boolean {
    return this.positions(item).every((p) => (this.#array[p >> 3] & (1 << (p & 7))) !== 0);
  }
}
