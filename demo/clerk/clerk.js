// The demo's clerk's page (not part of the library): lists the suggestions sent from El Kef's form
// (GET /api/clerk/suggestions.json, without any personal data) and publishes a clerk's answer
// (POST /api/answers) to the register that El Kef's "What became of your suggestions" page reads.
// Plain DOM: everything from the server is written with textContent, never parsed as HTML.

const list = document.getElementById('clerk-list');
const pageStatus = document.getElementById('clerk-status');
const template = document.getElementById('clerk-entry');
const STATUS_WORDS = Object.fromEntries(
  [...template.content.querySelectorAll('select[name="status"] option')].map((option) => [
    option.value,
    option.textContent,
  ]),
);

/** A multilingual text, as the clerk reads it: French first, then English, Arabic or any. */
function textOf(value) {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  return value.fr ?? value.en ?? value.ar ?? Object.values(value).find((text) => typeof text === 'string') ?? '';
}

/** The French and Arabic parts of an answer (a plain string goes to French). */
function partsOf(value) {
  if (typeof value === 'string') return { fr: value, ar: '' };
  return { fr: value?.fr ?? '', ar: value?.ar ?? '' };
}

function fill(node, field, value) {
  node.querySelector(`[data-field="${field}"]`).textContent = value || '—';
}

function showEntry(suggestion, index) {
  const node = template.content.firstElementChild.cloneNode(true);
  const prefix = `suggestion-${index}`;
  for (const control of node.querySelectorAll('[data-id]')) control.id = `${prefix}-${control.dataset.id}`;
  for (const label of node.querySelectorAll('label[data-for]')) label.htmlFor = `${prefix}-${label.dataset.for}`;
  node.querySelector('.clerk-entry__reference').textContent = suggestion.reference;
  fill(node, 'received', suggestion.received);
  fill(node, 'topic', textOf(suggestion.topic));
  fill(node, 'area', textOf(suggestion.area));
  fill(node, 'status', STATUS_WORDS[suggestion.status] ?? suggestion.status);
  node.querySelector('.clerk-entry__text').textContent = textOf(suggestion.text);
  const form = node.querySelector('form');
  form.elements.namedItem('status').value = suggestion.status;
  const answer = partsOf(suggestion.answer?.text);
  form.elements.namedItem('answer-fr').value = answer.fr;
  form.elements.namedItem('answer-ar').value = answer.ar;
  if (suggestion.answer?.by) form.elements.namedItem('by').value = textOf(suggestion.answer.by);
  node.querySelector('.clerk-entry__link').href =
    `/elkef/fr/responses.html#suggestion-${encodeURIComponent(suggestion.reference)}`;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void publish(form, suggestion.reference, node);
  });
  return node;
}

async function publish(form, reference, node) {
  const result = form.querySelector('.clerk-form__result');
  const button = form.querySelector('button[type="submit"]');
  const value = (name) => form.elements.namedItem(name).value.trim();
  const text = Object.fromEntries(
    [
      ['fr', value('answer-fr')],
      ['ar', value('answer-ar')],
    ].filter(([, words]) => words),
  );
  const by = value('by');
  const body = { reference, status: value('status'), answer: { text, ...(by ? { by: { fr: by } } : {}) } };
  const textareas = form.querySelectorAll('textarea');
  textareas.forEach((textarea) => textarea.removeAttribute('aria-invalid'));
  result.classList.remove('is-error');
  result.textContent = 'Publishing…';
  button.disabled = true;
  try {
    const response = await fetch('/api/answers', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const reply = await response.json().catch(() => ({}));
    if (!response.ok) {
      const errors = Array.isArray(reply.errors) ? reply.errors : [];
      result.classList.add('is-error');
      result.textContent =
        errors.map((error) => String(error.message)).join(' ') ||
        String(reply.message ?? `The server refused the answer (${response.status}).`);
      if (errors.some((error) => error.field === 'answer')) {
        textareas.forEach((textarea) => textarea.setAttribute('aria-invalid', 'true'));
        textareas[0].focus();
      }
      return;
    }
    fill(node, 'status', STATUS_WORDS[reply.status] ?? reply.status);
    result.textContent = `Published: ${STATUS_WORDS[reply.status] ?? reply.status}${reply.answer ? `, answered on ${reply.answer.date}` : ''}.`;
  } catch {
    result.classList.add('is-error');
    result.textContent = 'The server did not answer. Try again.';
  } finally {
    button.disabled = false;
  }
}

async function load() {
  try {
    const response = await fetch('/api/clerk/suggestions.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    const { suggestions } = await response.json();
    list.replaceChildren(...suggestions.map(showEntry));
    if (!suggestions.length) {
      const link = document.createElement('a');
      link.href = '/elkef/en/have-your-say.html';
      link.textContent = 'Have your say';
      pageStatus.replaceChildren('No suggestion yet. Send one on ', link, ': it appears here.');
    } else {
      pageStatus.textContent = `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'} sent from the form, newest first.`;
    }
  } catch {
    pageStatus.textContent = 'The suggestions could not be loaded: is the demo server (npm start) running?';
  } finally {
    list.removeAttribute('aria-busy');
  }
}

void load();
