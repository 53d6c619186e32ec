/** What the decorator needs of the element: the base element's containment. */
interface Containing {
  contain<T>(fn: () => T): T | undefined;
}

/**
 * Marks a method as an event handler of the widget: it runs in the widget's language, and an
 * exception in it shows the widget's error state instead of reaching the host page. Put it on the
 * methods that templates call from `@click`, `@change`, `@keydown`…
 */
export function contained(_target: object, _key: string, descriptor: PropertyDescriptor): PropertyDescriptor {
  const method = descriptor.value as (...args: unknown[]) => unknown;
  descriptor.value = function (this: Containing, ...args: unknown[]) {
    return this.contain(() => method.apply(this, args));
  };
  return descriptor;
}
