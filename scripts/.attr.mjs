import { readFileSync } from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new TraceMap(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const per = {};
let prev = null;
const segs = [];
eachMapping(map, (m) => segs.push(m));
segs.sort((a,b)=> a.generatedLine-b.generatedLine || a.generatedColumn-b.generatedColumn);
for (let i=0;i<segs.length;i++){ const s=segs[i], n=segs[i+1]; const line=lines[s.generatedLine-1]; const end = n && n.generatedLine===s.generatedLine ? n.generatedColumn : line.length; const src=(s.source||'?').replace(/.*node_modules\//,'nm/').replace(/.*\/src\//,'src/'); per[src]=(per[src]||'')+line.slice(s.generatedColumn,end); }
const rows = Object.entries(per).map(([k,v])=>[k,v.length,gzipSync(v).length]).sort((a,b)=>b[1]-a[1]);
for (const r of rows.slice(0,40)) console.log(String(r[1]).padStart(7), String(r[2]).padStart(6), r[0]);
