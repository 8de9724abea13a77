// Checks on committed files rather than rendered output: images/Containerfile and
// the Kustomize secret generators.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { DEPLOY_DIR, REPO_ROOT } from './manifests.js';

const SENSITIVE_KEY = /password|passwd|secret|token|credential|private.?key|api.?key/i;

/**
 * Violations of the project's rules for images/Containerfile: a base pinned by digest without a registry host, a
 * numeric non-root USER, the Quarkus layout, java in exec form with the container JVM flags (no shell at run time,
 * and no RUN, so a base without a shell builds too), and the OCI labels.
 */
export function containerfileViolations(text) {
  const out = [];
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .join('\n').replace(/\\\n\s*/g, ' ').split('\n');
  const args = Object.fromEntries(lines.map((l) => /^ARG\s+(\w+)=(\S+)/.exec(l)).filter(Boolean).map((m) => [m[1], m[2]]));
  const froms = lines.filter((l) => /^FROM\s/i.test(l)).map((l) => l.split(/\s+/)[1]
    .replace(/\$\{?(\w+)\}?/g, (_, n) => args[n] ?? ''));
  if (froms.length === 0) out.push('no FROM');
  for (const image of froms) {
    if (!/@sha256:[0-9a-f]{64}$/.test(image)) out.push(`base image "${image}" is not pinned by digest`);
    const first = image.split('/')[0];
    if (image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
      out.push(`base image "${image}" names a registry host`);
    }
  }
  if (!lines.some((l) => /^ARG\s+BASE_IMAGE=/.test(l))) out.push('no ARG BASE_IMAGE with a default');
  const user = lines.filter((l) => /^USER\s/i.test(l)).pop()?.split(/\s+/)[1];
  if (!user) out.push('no USER: the image would run as root');
  else if (!/^\d+(:\d+)?$/.test(user)) out.push(`USER ${user} is not numeric (runAsNonRoot cannot verify a name)`);
  else if (user.split(':').some((id) => Number(id) === 0)) out.push('USER is root');
  for (const part of ['lib/', 'app/', 'quarkus/']) {
    if (!lines.some((l) => /^COPY\s/i.test(l) && l.includes(`target/quarkus-app/${part}`) && l.includes(`/deployments/${part}`))) {
      out.push(`does not copy target/quarkus-app/${part} to /deployments/${part}`);
    }
  }
  if (!lines.some((l) => /^COPY\s/i.test(l) && l.includes('target/bom.json'))) out.push('does not carry the SBOM (target/bom.json)');
  if (lines.some((l) => /^RUN\s/i.test(l))) out.push('RUN needs a shell in the base image');
  if (!lines.some((l) => /^EXPOSE\s+8080\b/i.test(l))) out.push('does not EXPOSE 8080');
  const entries = lines.filter((l) => /^(ENTRYPOINT|CMD)\s/i.test(l));
  const entry = entries.join(' ');
  if (entries.length !== 1 || !/^ENTRYPOINT\s+\[/.test(entries[0] ?? '')) out.push('the entry point is not one ENTRYPOINT in exec form (a shell would be needed)');
  if (!/^ENTRYPOINT\s+\["java",/.test(entries[0] ?? '')) out.push('the entry point does not start java directly');
  if (!/"-jar",\s*"\/deployments\/quarkus-run\.jar"/.test(entry)) out.push('does not run java -jar /deployments/quarkus-run.jar');
  for (const flag of ['-Xmx', '-XX:+ExitOnOutOfMemoryError']) {
    if (!entry.includes(`"${flag}`)) out.push(`the JVM is not started with ${flag}`);
  }
  const flags = localJvmFlags();
  if (flags.length === 0) out.push('LocalSystem.JVM_FLAGS (the JVM flags of ./speelveld up) not found');
  else if (!entry.includes(`["java", ${flags.map((f) => `"${f}"`).join(', ')},`)) {
    out.push(`java is not started with the JVM flags of ./speelveld up, in their order: ${flags.join(' ')}`);
  }
  const labels = lines.filter((l) => /^LABEL\s/i.test(l)).join(' ');
  for (const key of ['source', 'revision', 'version', 'licenses']) {
    if (!labels.includes(`org.opencontainers.image.${key}=`)) out.push(`no OCI label org.opencontainers.image.${key}`);
  }
  return out;
}

/** The JVM flags ./speelveld up starts each service with (devtools' LocalSystem.JVM_FLAGS): the image uses the same. */
export function localJvmFlags() {
  const src = readFileSync(join(REPO_ROOT, 'devtools/src/main/java/nl/speelveld/devtools/LocalSystem.java'), 'utf8');
  const m = /JVM_FLAGS\s*=\s*List\.of\(([^;]*)\);/.exec(src);
  return m ? [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]) : [];
}

function trackedFiles(dir) {
  const out = execFileSync('git', ['-C', REPO_ROOT, 'ls-files', '-z', '--', relative(REPO_ROOT, dir)], { encoding: 'utf8' });
  return out.split('\0').filter(Boolean).map((f) => join(REPO_ROOT, f));
}

export function isIgnoredByGit(file) {
  try {
    execFileSync('git', ['-C', REPO_ROOT, 'check-ignore', '-q', file]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Violations in a kustomization's secretGenerator entries: a sensitive key as
 * a literal, or read from a file that git would commit.
 */
export function secretGeneratorViolations(kustomization, dir, ignored = isIgnoredByGit) {
  const out = [];
  for (const g of kustomization.secretGenerator ?? []) {
    for (const lit of g.literals ?? []) {
      const key = lit.split('=')[0];
      if (SENSITIVE_KEY.test(key)) out.push(`secretGenerator ${g.name}: ${key} is a literal`);
    }
    for (const f of [...(g.files ?? []), ...(g.envs ?? [])]) {
      const path = f.includes('=') ? f.slice(f.indexOf('=') + 1) : f;
      if (!ignored(join(dir, path))) out.push(`secretGenerator ${g.name}: ${path} is not ignored by git`);
    }
  }
  return out;
}

/** Committed YAML under deploy/ that holds a Secret's data. */
export function committedSecretViolations(files = trackedFiles(DEPLOY_DIR).filter((f) => /\.ya?ml$/.test(f))) {
  const out = [];
  for (const file of files) {
    if (file.includes('/node_modules/')) continue;
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const v = doc.toJS();
      if (v?.kind === 'Secret') out.push(`${relative(REPO_ROOT, file)}: Secret ${v.metadata?.name}`);
    }
  }
  return out;
}

export function kustomizations() {
  return trackedFiles(DEPLOY_DIR)
    .filter((f) => /(^|\/)kustomization\.ya?ml$/.test(f))
    .map((f) => ({ file: f, dir: join(f, '..'), content: parse(readFileSync(f, 'utf8')) }));
}
