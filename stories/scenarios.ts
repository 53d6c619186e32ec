// What every widget's scenario stories share: the states a designer must see (loading, an error
// with Retry, stale data), and text that breaks careless widgets: markup and scripts that must show
// as text, bidirectional controls, a spreadsheet formula, a word too long for a phone, and the very
// long labels real budgets and plans carry, in French and Arabic.
import type { StoryObj } from '@storybook/web-components-vite';
import { loadingPreview } from './loading-preview.js';
import { renderStale } from '../.storybook/render.js';

/** Markup, a script, an event handler and a formula: all must show as plain text, none may run. */
export const HOSTILE_MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>pas en gras</b>';
/** A right-to-left override inside left-to-right text, then Arabic with its own marks. */
export const HOSTILE_BIDI = 'Budget \u202Eesnepéd\u202C — \u200Fمرحبا\u200E';
/** What a spreadsheet would run if a download carried it unquoted. */
export const HOSTILE_FORMULA = '=HYPERLINK("https://evil.example","Cliquez ici")';
/** One unbroken word, wider than a phone. */
export const HOSTILE_WORD = 'Anticonstitutionnellement'.repeat(6);

/** A label as long as the longest in real budgets and plans, in French. */
export const LONG_FRENCH =
  'Programme de mise à niveau des infrastructures de base et d’amélioration du cadre de vie dans les quartiers périphériques et les douars rattachés à la commune, y compris l’éclairage public, l’assainissement liquide et les pistes rurales';
/** The same, in Arabic. */
export const LONG_ARABIC =
  'برنامج تأهيل البنيات التحتية الأساسية وتحسين إطار العيش في الأحياء الهامشية والدواوير التابعة للجماعة، بما في ذلك الإنارة العمومية والتطهير السائل والمسالك القروية وفك العزلة عن المناطق الجبلية';

/** A multilingual text: the long labels in French and Arabic, English short. */
export const longText = (english: string) => ({ fr: LONG_FRENCH, ar: LONG_ARABIC, en: english });

/** A story's description, as the Docs page and the story's panel show it, with other parameters. */
export const describe = (story: string, more: Record<string, unknown> = {}) => ({
  docs: { description: { story } },
  ...more,
});

/** For a story drawn by hand rather than from its args: its Controls panel would change nothing. */
export const NO_CONTROLS = { controls: { disable: true } };

/** The widget with its data still on its way, held there. */
export const loadingStory = (tag: string, Widget: CustomElementConstructor, data: unknown): StoryObj => ({
  parameters: describe(
    'Its data still on its way: the skeleton holds the room the widget will take, so the page does not move.',
    NO_CONTROLS,
  ),
  render: (_args, { globals }) => loadingPreview(tag, Widget, { theme: globals.theme ?? 'light' }, data),
});

/** The widget pointed at a file that is not there (`missing`). */
export const errorStory = (missing: string, args: Record<string, unknown> = {}): StoryObj => ({
  args: { src: missing, ...args },
  parameters: describe('The file is not there (404): the widget says so in plain words and offers Retry.'),
});

/**
 * The widget's data read from `src`, then a refresh that fails. Give it `tags: ['!autodocs']` in the
 * stories file (Storybook reads tags there, as written): a Docs page shows every other story at
 * once, and this one bends the network.
 */
export const staleStory = (src: string, args: Record<string, unknown> = {}): StoryObj => ({
  args: { src, ...args },
  parameters: describe(
    'The data loaded, then a refresh failed: the widget keeps what it has, says since when, and offers Retry.',
  ),
  render: renderStale,
});
