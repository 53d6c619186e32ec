// A copy of a widget that never finishes reading its data, under its own tag: its loading state,
// kept on screen for designers (the real element leaves it as soon as its data arrives).

/**
 * Defines `<tag>-loading-preview`, the widget `Widget` whose data never finishes loading, and
 * creates one with `attributes` and the given `data`.
 */
export function loadingPreview(
  tag: string,
  Widget: CustomElementConstructor,
  attributes: Record<string, string>,
  data: unknown,
): HTMLElement {
  const name = `${tag}-loading-preview`;
  if (!customElements.get(name)) {
    const Held = class extends Widget {
      /** Tells the story checker (scripts/check-stories.mjs) that this loading state is on purpose. */
      readonly holdLoading = true;
    };
    // The data is never read: the element stays in its loading state.
    (Held.prototype as unknown as { parseData: () => Promise<never> }).parseData = () => new Promise<never>(() => {});
    customElements.define(name, Held);
  }
  const element = document.createElement(name) as HTMLElement & { data: unknown };
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.data = data;
  return element;
}
