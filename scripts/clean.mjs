// Why not a tool: `rm -rf` that also works on Windows, in four lines; a package for it would weigh more.
// Removes build output folders given as arguments (portable rm -rf).
import { rmSync } from 'node:fs';

for (const path of process.argv.slice(2)) rmSync(path, { recursive: true, force: true });
