/** Request references families can read out on the phone: `FH-` and 8 characters, no 0/O or 1/I/L. */
import { randomInt } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new random reference such as `FH-7K3M-Q9TD` (30^8, about 6.6 × 10^11 values). */
export function newReference(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `FH-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** True when `text` has the shape of a reference. */
export function isReference(text: string): boolean {
  return /^FH-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/.test(text);
}
