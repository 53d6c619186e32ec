// The room a widget reserves while it loads, so that the page does not jump when it appears. One
// table per widget gives the height for the element and for its variants; the same table writes
// the skeleton's height (in the widget's styles) and the reservation for elements not defined yet
// (in the script-tag entry, before any widget code has loaded). No Lit here: the entry stays tiny.

/**
 * Heights by variant: `''` for the element itself, or an attribute selector for a variant
 * (`'[layout="compact"]'`). Variants come after the element's own entry.
 */
export type LoadingBlockSizes = Readonly<Record<string, string>>;

/** The widget's own `--og-loading-block-size` defaults, for its shadow styles. */
export function hostLoadingRules(sizes: LoadingBlockSizes): string {
  return Object.entries(sizes)
    .map(([variant, size]) => `:host${variant ? `(${variant})` : ''}{--og-loading-block-size:${size}}`)
    .join('\n');
}

/**
 * The same reservation for an element that is in the page but not defined yet. Zero specificity,
 * so that any rule of the page wins; `--og-loading-block-size` set by the page applies to both.
 * A `hidden` element stays hidden (an author rule would otherwise beat the browser's own).
 */
export function undefinedLoadingRules(tag: string, sizes: LoadingBlockSizes): string {
  return Object.entries(sizes)
    .map(
      ([variant, size]) =>
        `:where(${tag}${variant}:not(:defined):not([hidden])){display:block;min-block-size:var(--og-loading-block-size,${size})}`,
    )
    .join('\n');
}
