const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns a link from the data as an absolute URL when it is safe to put in an `href`
 * (http, https, mailto, tel), else `undefined`: `javascript:`, `data:`, `vbscript:` and anything
 * unparseable never reach the page. Relative links resolve against `base` (the data's own URL),
 * by default the page's; outside a browser (Node: the validate CLI) there is no page, and a
 * relative link without a `base` counts as unsafe.
 */
export function safeUrl(value: unknown, base: string | undefined = globalThis.document?.baseURI): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers ignore tabs, newlines and leading control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = value.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (!cleaned) return undefined;
  try {
    const url = new URL(cleaned, base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
