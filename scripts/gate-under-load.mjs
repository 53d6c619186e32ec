// Why not a tool: no tool runs a gate on a fresh clone with every core kept busy.
// Runs the whole gate as CI would, on a fresh clone, several times, while other processes keep every
// core busy: a check that passes only on an idle machine fails here. Not part of `npm test` (it runs
// `npm test` itself); run it before saying a timing-sensitive change is done.
//   node scripts/gate-under-load.mjs [runs=5]   (the committed HEAD is cloned into tmp/gate-under-load)
import { spawn, execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 5);
const root = resolve('.');
const work = join(root, 'tmp', 'gate-under-load');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(root, 'tmp'), { recursive: true });
execFileSync('git', ['clone', '--quiet', '--local', '--no-hardlinks', root, work], { stdio: 'inherit' });
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: work, encoding: 'utf8' }).trim();
console.log(`Fresh clone of ${head} in ${work}; installing…`);
execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });

// One busy loop per core, for the whole time.
const busy = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    const code = await new Promise((done) => {
      const child = spawn('npm', ['test'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      child.stdout.on('data', (chunk) => (log += chunk));
      child.stderr.on('data', (chunk) => (log += chunk));
      child.on('exit', (exit) => {
        writeFileSync(join(root, 'tmp', `gate-under-load-${run}.log`), log);
        done(exit ?? 1);
      });
    });
    const minutes = ((Date.now() - started) / 60000).toFixed(1);
    results.push(code === 0);
    console.log(
      `run ${run}/${runs}: ${code === 0 ? 'passed' : `FAILED (exit ${code}; log in tmp/gate-under-load-${run}.log)`} in ${minutes} min, ${busy.length} cores kept busy`,
    );
  }
} finally {
  for (const loop of busy) loop.kill();
}
const passed = results.filter(Boolean).length;
console.log(`\n${head}: npm test passed ${passed} of ${runs} runs on a fresh clone with every core busy.`);
process.exit(passed === runs ? 0 : 1);
