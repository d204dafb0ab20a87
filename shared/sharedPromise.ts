/**
 * One pending promise that concurrent callers share: `work` runs again only once that promise is
 * forgotten, when it settled (`'settled'`: a scan, a token fetch) or only when it failed (`'failed'`:
 * a build or load kept for good, retried after a failure).
 */
export function sharedPromise<T>(work: () => Promise<T>, forget: 'settled' | 'failed'): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= work().then(
      (value) => {
        if (forget === 'settled') pending = undefined;
        return value;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
}
