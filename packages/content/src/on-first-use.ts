/**
 * A load done on first use and shared afterwards, for the SDK's lazy parts (a view's resolver,
 * the pack's entity reader, a source's module). A load that fails is forgotten, so the next use
 * asks again: a chunk that did not arrive over a poor connection may arrive the next time.
 */

/** `load`, run on the first call and shared by every call until it fails. */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}
