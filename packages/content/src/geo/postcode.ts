/**
 * UK postcodes as families type them: lower case, no space, two spaces, a trailing space. The
 * parser normalises to the Royal Mail form (`NS1 4AB`) and says what was wrong, as a kind the
 * widget turns into GOV.UK wording ({@link POSTCODE_ERROR_MESSAGES}).
 */
import { UK_POSTCODE } from '../model/vocabularies.js';

/** The outward code alone (`M27`, `SW1A`), for searches "near M27". */
const OUTCODE = /^(GIR|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)$/;

/** Why a postcode could not be read: nothing entered, or not the shape of a UK postcode. */
export type PostcodeErrorKind = 'empty' | 'invalid';

/** A postcode that reads as one. */
export interface ParsedPostcode {
  readonly ok: true;
  /** `postcode` for a full postcode, `outcode` for an outward code alone (only with `allowOutcode`). */
  readonly kind: 'postcode' | 'outcode';
  /** Upper case with one space before the inward code (`NS1 4AB`), or the outcode (`NS1`). */
  readonly postcode: string;
  /** The outward code (`NS1`). */
  readonly outcode: string;
}

/** A postcode that does not. */
export interface PostcodeError {
  readonly ok: false;
  readonly error: PostcodeErrorKind;
}

/** Options for {@link parsePostcode}. */
export interface ParsePostcodeOptions {
  /** Accept an outward code alone (`M27`) as well as full postcodes. Default false. */
  readonly allowOutcode?: boolean;
}

/** GOV.UK-style messages for each {@link PostcodeErrorKind} (English; widgets localise their own). */
export const POSTCODE_ERROR_MESSAGES: Readonly<Record<PostcodeErrorKind, string>> = {
  empty: 'Enter a postcode, like SW1A 2AA',
  invalid: 'Enter a real postcode',
};

/**
 * Reads a UK postcode as typed. Spaces anywhere are ignored and case does not matter, so
 * `ns14ab`, `NS1  4AB` and ` ns1 4ab ` all give `NS1 4AB`.
 */
export function parsePostcode(input: string, options: ParsePostcodeOptions = {}): ParsedPostcode | PostcodeError {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact === '') return { ok: false, error: 'empty' };
  if (options.allowOutcode && OUTCODE.test(compact)) return { ok: true, kind: 'outcode', postcode: compact, outcode: compact };
  if (compact.length < 5 || compact.length > 7) return { ok: false, error: 'invalid' };
  const outcode = compact.slice(0, -3);
  const postcode = `${outcode} ${compact.slice(-3)}`;
  if (!UK_POSTCODE.test(postcode)) return { ok: false, error: 'invalid' };
  return { ok: true, kind: 'postcode', postcode, outcode };
}
