/**
 * Hands a file to the visitor (a CSV of a budget, an event for their calendar): the browser
 * saves it under `name`. The object URL is released once the download has started.
 */
export function saveFile(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
