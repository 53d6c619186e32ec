// Benchmark of <og-budget-table> against Tabulator 6 (with its sort and data-tree modules) on the
// same generated budgets of 1k, 10k and 100k lines, in the same headless Chromium run.
//   npm run bench            (builds the CDN bundle first)
// Measures, for each library and size, on a fresh page:
// - paint: data given → first rows painted (collapsed tree: the top lines);
// - sort: every line expanded, click to sort by a money column → painted;
// - filter: every line expanded, filter the labels → painted;
// - heap: JS heap used after the paint.
// Timings are medians of RUNS runs. Not part of `npm test`: numbers depend on the machine.
import {
  PAGE_TIMING,
  OURS_HEAD,
  TABULATOR_HEAD,
  benchPage,
  startBench,
  inFreshPage,
  median,
  ratio,
} from './lib/harness.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// Runs in the page: the same budget for both libraries (flat with parent codes for ours, nested
// _children for Tabulator's data tree). 4 levels of 12 children each.
const PAGE_HELPERS = `
function generate(count) {
  const flat = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const add = (code, parent, depth) => {
    if (flat.length >= count) return;
    const allocated = Math.round(random() * 1e9) / 1000;
    flat.push({ code, parent, label: 'Line ' + code, allocated, revised: allocated * 1.02, executed: Math.round(allocated * random() * 1000) / 1000 });
    if (depth < 3) for (let child = 1; child <= 12 && flat.length < count; child++) add(code + '.' + child, code, depth + 1);
  };
  for (let root = 1; flat.length < count; root++) add(String(root), undefined, 0);
  return flat;
}
function nest(flat) {
  const byCode = new Map();
  const roots = [];
  for (const line of flat) {
    const row = { code: line.code, label: line.label, allocated: line.allocated, revised: line.revised, executed: line.executed };
    byCode.set(line.code, row);
    if (line.parent) (byCode.get(line.parent)._children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}
${PAGE_TIMING}`;

const OURS = `
window.runOurs = async (count, phase) => {
  const flat = generate(count);
  const data = { currency: 'TND', fiscalYear: 2026, lines: flat.map((line) => ({ code: line.code, parent: line.parent, label: line.label, allocated: line.allocated, revised: line.revised, executed: line.executed })) };
  const element = document.createElement('og-budget-table');
  element.setAttribute('lang', 'en');
  document.body.append(element);
  await customElements.whenDefined('og-budget-table');
  const start = performance.now();
  element.data = data;
  await until(() => element.shadowRoot?.querySelector('tbody tr.line'));
  await painted();
  const paint = performance.now() - start;
  if (phase === 'paint') return { paint };
  element.expandAll();
  await element.updateComplete;
  await painted();
  const button = [...element.shadowRoot.querySelectorAll('thead th button')].find((node) => node.textContent.includes('Executed'));
  let begin = performance.now();
  button.click();
  await element.updateComplete;
  await painted();
  const sort = performance.now() - begin;
  const search = element.shadowRoot.querySelector('input[type="search"]');
  begin = performance.now();
  search.value = 'Line 12.';
  search.dispatchEvent(new Event('input'));
  await element.updateComplete;
  await painted();
  const filter = performance.now() - begin;
  return { paint, sort, filter };
};
`;

const TABULATOR = `
window.runTabulator = async (count, phase) => {
  const nested = nest(generate(count));
  const host = document.createElement('div');
  document.body.append(host);
  const columns = [
    { title: 'Code', field: 'code' },
    { title: 'Label', field: 'label' },
    { title: 'Allocated', field: 'allocated', sorter: 'number' },
    { title: 'Revised', field: 'revised', sorter: 'number' },
    { title: 'Executed', field: 'executed', sorter: 'number' },
  ];
  const start = performance.now();
  const table = new Tabulator(host, { data: nested, dataTree: true, dataTreeStartExpanded: phase !== 'paint', height: '600px', layout: 'fitColumns', columns });
  await new Promise((resolve) => table.on('tableBuilt', resolve));
  await painted();
  const paint = performance.now() - start;
  if (phase === 'paint') return { paint };
  let begin = performance.now();
  await new Promise((resolve) => {
    table.on('dataSorted', () => resolve());
    table.setSort('executed', 'desc');
  });
  await painted();
  const sort = performance.now() - begin;
  begin = performance.now();
  await new Promise((resolve) => {
    table.on('dataFiltered', () => resolve());
    table.setFilter('label', 'like', 'Line 12.');
  });
  await painted();
  const filter = performance.now() - begin;
  return { paint, sort, filter };
};
`;

const bench = await startBench(
  {
    '/ours.html': benchPage({ head: OURS_HEAD, script: PAGE_HELPERS + OURS }),
    '/tabulator.html': benchPage({ head: TABULATOR_HEAD, script: PAGE_HELPERS + TABULATOR }),
  },
  { chromiumArgs: ['--js-flags=--expose-gc'] },
);

async function measure(library, count, phase) {
  const { result, heap } = await inFreshPage(
    bench,
    `/${library}.html`,
    library === 'ours' ? 'runOurs' : 'runTabulator',
    count,
    phase,
  );
  return { ...result, heap };
}

const rows = [];
try {
  for (const count of SIZES) {
    const results = {};
    for (const library of ['ours', 'tabulator']) {
      const paint = [];
      const heap = [];
      const sort = [];
      const filter = [];
      for (let run = 0; run < RUNS; run++) {
        const first = await measure(library, count, 'paint');
        paint.push(first.paint);
        heap.push(first.heap);
        const second = await measure(library, count, 'full');
        sort.push(second.sort);
        filter.push(second.filter);
      }
      results[library] = { paint: median(paint), sort: median(sort), filter: median(filter), heap: median(heap) };
    }
    rows.push({ count, ...results });
    const { ours, tabulator } = results;
    console.log(
      `${String(count).padStart(6)} lines | paint ${ours.paint.toFixed(0)} ms vs ${tabulator.paint.toFixed(0)} ms (${ratio(ours.paint, tabulator.paint)})` +
        ` | sort ${ours.sort.toFixed(0)} ms vs ${tabulator.sort.toFixed(0)} ms (${ratio(ours.sort, tabulator.sort)})` +
        ` | filter ${ours.filter.toFixed(0)} ms vs ${tabulator.filter.toFixed(0)} ms (${ratio(ours.filter, tabulator.filter)})` +
        ` | heap ${(ours.heap / 1048576).toFixed(0)} MB vs ${(tabulator.heap / 1048576).toFixed(0)} MB`,
    );
  }
} finally {
  await bench.close();
}

console.log('\n| lines | paint (ours / Tabulator) | sort | filter | JS heap |');
console.log('| --- | --- | --- | --- | --- |');
for (const { count, ours, tabulator } of rows) {
  const cell = (key, unit = 'ms') =>
    `${ours[key].toFixed(0)} / ${tabulator[key].toFixed(0)} ${unit} (${ratio(ours[key], tabulator[key])})`;
  console.log(
    `| ${count.toLocaleString('en')} | ${cell('paint')} | ${cell('sort')} | ${cell('filter')} | ${(ours.heap / 1048576).toFixed(0)} / ${(tabulator.heap / 1048576).toFixed(0)} MB |`,
  );
}
