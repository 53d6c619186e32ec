import { VERSION } from './version.js';

/** What every copy of the library on a page writes to one shared, global registry. */
interface LibraryRegistry {
  /** Versions of the library that have defined elements on this page. */
  versions: Set<string>;
  /** Whether the "two different versions" warning was already printed. */
  warned: boolean;
}

const REGISTRY_KEY = Symbol.for('opengov-widgets.registry');

function registry(): LibraryRegistry {
  const holder = globalThis as unknown as Record<symbol, LibraryRegistry | undefined>;
  let found = holder[REGISTRY_KEY];
  if (!found) {
    found = { versions: new Set(), warned: false };
    holder[REGISTRY_KEY] = found;
  }
  return found;
}

/** Marks the constructors this library defines, so that another copy can read our version. */
export interface VersionedConstructor extends CustomElementConstructor {
  readonly ogVersion?: string;
}

/**
 * Defines a custom element unless the tag is already taken. Loading two copies of the library on
 * one page (an npm bundle and the CDN script, or two versions) must not throw: the first copy wins
 * and, when the versions differ, a single console warning says so.
 *
 * @returns `true` when this call defined the element.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, version = VERSION): boolean {
  const shared = registry();
  shared.versions.add(version);
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    const existingVersion = existing.ogVersion;
    if (existing !== constructor && existingVersion !== version && !shared.warned) {
      shared.warned = true;
      console.warn(
        `opengov-widgets: <${tag}> is already defined by ${
          existingVersion ? `version ${existingVersion}` : 'another script'
        }; version ${version} loaded on the same page is not used. Load one copy of the library.`,
      );
    }
    return false;
  }
  customElements.define(tag, constructor);
  return true;
}
