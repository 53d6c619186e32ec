/**
 * Waits for `promise`, but no longer than `ms`. Resolves `true` when it settled in time (whether
 * it resolved or rejected), `false` when the time ran out first. Never rejects.
 */
export function settleWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    promise.then(done, done);
  });
}
