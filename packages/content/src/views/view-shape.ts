/**
 * The shape of a view's value, as data: what a page checks a prebuilt view against before a
 * widget renders it. A pack's prebuilt views were resolved from validated content when the pack
 * was built; in the browser they are checked for shape only (strings are strings, lists are
 * lists, nothing required is missing), a few comparisons per field, so a file that was edited by
 * hand or damaged on the way is refused with a reason instead of breaking the widget.
 *
 * {@link ShapeOf} makes the compiler hold a view's declared shape to its TypeScript type: a field
 * added to the type and not to the shape (or declared with the wrong kind) does not compile.
 */

/** How one value is checked. `unknown` accepts anything (rich text, whose renderer accepts any input). */
export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'unknown'
  | { readonly optional: Shape }
  | { readonly list: Shape }
  | { readonly record: Shape }
  | { readonly fields: Readonly<Record<string, Shape>> };

type DefinedShapeOf<T> = [T] extends [string]
  ? 'string'
  : [T] extends [number]
    ? 'number'
    : [T] extends [boolean]
      ? 'boolean'
      : [T] extends [readonly (infer Item)[]]
        ? { readonly list: ShapeOf<Item> }
        : [T] extends [object]
          ? string extends keyof T
            ? { readonly record: ShapeOf<T[string & keyof T]> }
            : { readonly fields: { readonly [K in keyof T]-?: undefined extends T[K] ? { readonly optional: ShapeOf<Exclude<T[K], undefined>> } : ShapeOf<T[K]> } }
          : 'unknown';

/** The shape that describes `T` (or `unknown`, for a part checked elsewhere). */
export type ShapeOf<T> = DefinedShapeOf<T> | 'unknown';

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where `value` first differs from `shape`, as a path and what was expected (`offer.sections.2.title:
 * expected text`), or `undefined` when it matches. Fields the shape does not name are allowed
 * (a newer pack may add some).
 */
export function shapeProblem(value: unknown, shape: Shape, path = ''): string | undefined {
  const at = (expected: string): string => `${path || 'the value'}: expected ${expected}`;
  if (shape === 'unknown') return undefined;
  if (shape === 'string' || shape === 'number' || shape === 'boolean') {
    return typeof value === shape ? undefined : at(shape === 'string' ? 'text' : shape === 'number' ? 'a number' : 'true or false');
  }
  if ('optional' in shape) return value === undefined ? undefined : shapeProblem(value, shape.optional, path);
  const child = (key: string | number): string => (path ? `${path}.${key}` : String(key));
  if ('list' in shape) {
    if (!Array.isArray(value)) return at('a list');
    for (let index = 0; index < value.length; index++) {
      const problem = shapeProblem(value[index], shape.list, child(index));
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isObject(value)) return at('an object');
  const entries = 'record' in shape ? Object.keys(value).map((key) => [key, shape.record] as const) : Object.entries(shape.fields);
  for (const [key, fieldShape] of entries) {
    const problem = shapeProblem(Object.hasOwn(value, key) ? value[key] : undefined, fieldShape, child(key));
    if (problem) return problem;
  }
  return undefined;
}
