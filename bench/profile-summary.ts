// Where a CPU profile (node --cpu-prof, as `BENCH_PROFILE=<dir> npm run bench` writes it) spends its time:
// self time by package (or our own source file) and the heaviest functions. Usage:
//   node --import tsx bench/profile-summary.ts <file.cpuprofile>
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) =>
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

function placeOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return url;
  const own = /\/(bot|packages|sandbox)\/(?:dist|src)\/(.*)$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

const byPlace = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (!micros) continue;
  const place = placeOf(node.callFrame.url);
  byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
  const fn = `${node.callFrame.functionName || '(anonymous)'} ${place}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, micros]) => `| ${name} | ${((micros / total) * 100).toFixed(1)} % |`)
    .join('\n');
console.log(
  `Total sampled: ${(total / 1e6).toFixed(1)} s\n\n| self time by place | share |\n| --- | --- |\n${top(byPlace, 20)}`,
);
console.log(`\n| heaviest functions (self) | share |\n| --- | --- |\n${top(byFunction, 25)}`);
