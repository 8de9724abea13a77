// Compares Spectral's JSON results for lint/test/good and lint/test/bad with
// lint/test/expected.txt. Called by run.sh:
//   node check.mjs <results.json> <expected.txt> <ruleset.yaml> <bad dir> <good file>
import { readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const [resultsFile, expectedFile, rulesetFile, badDir, goodFile] = process.argv.slice(2);
const SEVERITY = ['error', 'warn', 'info', 'hint'];
const failures = [];
let passed = 0;

const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const bySource = new Map();
for (const r of results) {
  const key = resolve(r.source);
  if (!bySource.has(key)) bySource.set(key, []);
  bySource.get(key).push(r);
}

function counted(list) {
  const m = new Map();
  for (const r of list) {
    const k = `${SEVERITY[r.severity]}:${r.code}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function show(m) {
  return [...m].map(([k, n]) => `${k}=${n}`).sort().join(' ') || '(nothing)';
}

// The expectations.
const expected = new Map();
for (const line of readFileSync(expectedFile, 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [file, ...items] = line.trim().split(/\s+/);
  const m = new Map();
  for (const item of items) {
    const match = /^(error|warn|info|hint):(.+)=(\d+)$/.exec(item);
    if (!match) throw new Error(`expected.txt: cannot read "${item}" (want <severity>:<rule>=<count>)`);
    m.set(`${match[1]}:${match[2]}`, Number(match[3]));
  }
  expected.set(file, m);
}

// The good document: nothing at all.
const good = bySource.get(resolve(goodFile)) ?? [];
if (good.length === 0) {
  passed++;
  console.log(`ok    good/${basename(goodFile)}: no results`);
} else {
  failures.push(`good/${basename(goodFile)}: expected no results, got ${show(counted(good))}\n${good.map((r) => `        ${r.code}: ${r.message} at ${r.path.join('.')}`).join('\n')}`);
}

// Each bad document: exactly the expected rules, as often as expected.
const files = readdirSync(badDir).filter((f) => /\.(json|ya?ml)$/.test(f)).sort();
for (const file of files) {
  const want = expected.get(file);
  if (!want) {
    failures.push(`bad/${file}: not listed in expected.txt`);
    continue;
  }
  const got = counted(bySource.get(resolve(badDir, file)) ?? []);
  if (show(got) === show(want)) {
    passed++;
    console.log(`ok    bad/${file}: ${show(got)}`);
  } else {
    failures.push(`bad/${file}: expected ${show(want)}, got ${show(got)}`);
  }
}
for (const file of expected.keys()) {
  if (!files.includes(file)) failures.push(`expected.txt lists ${file}, which is not in bad/`);
}

// Every rule of the ruleset has a bad example, with the ruleset's severity.
const rules = new Map();
for (const line of readFileSync(rulesetFile, 'utf8').split('\n')) {
  let m = /^ {2}"([^"]+)":\s*$/.exec(line);
  if (m) {
    rules.set(m[1], null);
    continue;
  }
  m = /^ {4}severity: (error|warn|info|hint)\s*$/.exec(line);
  if (m && rules.size > 0) {
    const last = [...rules.keys()].pop();
    if (rules.get(last) === null) rules.set(last, m[1]);
    continue;
  }
  m = /^ {2}([A-Za-z0-9$-]+): (error|warn|info|hint)\s*$/.exec(line);
  if (m) rules.set(m[1], m[2]);
}
const covered = new Set([...expected.values()].flatMap((m) => [...m.keys()]));
for (const [rule, severity] of rules) {
  if (!covered.has(`${severity}:${rule}`)) failures.push(`rule ${rule} (${severity}) has no bad example in expected.txt`);
}

console.log(`\n${rules.size} rules in the ruleset; ${passed} of ${files.length + 1} documents as expected`);
if (failures.length > 0) {
  console.error(`\nFAILED:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
