// A problem of the validation (checkData) as a page shows it. Its sentences quote the file's values
// ("12 500,000 DT", « 9 ») without bidi isolates, as a terminal wants them; in an Arabic sentence a
// quoted value would then be reordered ("DT 500,000 12"). On a page each quoted value is isolated.
import { html, type TemplateResult } from 'lit';

const QUOTED = /(«[\s\u00a0\u202f]*[^»]*?[\s\u00a0\u202f]*»|"[^"]*"|“[^”]*”)/;
const PARTS = /^(«[\s\u00a0\u202f]*|"|“)([\s\S]*?)([\s\u00a0\u202f]*»|"|”)$/;

/** `sentence` with each quoted value in a `<bdi>`, the quotes outside it; never as HTML. */
export function withIsolatedValues(sentence: string): (string | TemplateResult)[] {
  return sentence.split(QUOTED).map((part, index) => {
    const quoted = index % 2 ? PARTS.exec(part) : null;
    return quoted ? html`${quoted[1]}<bdi>${quoted[2]}</bdi>${quoted[3]}` : part;
  });
}
