// The monitoring objects (deploy/monitoring): the Prometheus Operator kinds
// against the project's own schemas in deploy/test/schemas/prometheus-operator
// (written from the operator's API reference, closed objects), and every
// PromQL expression (the alerts, the dashboard's queries) parsed by promtool,
// Prometheus's own parser. run.sh provides promtool (SPEELVELD_PROMTOOL): the
// one on the PATH, else the one in Debian's "prometheus" package, unpacked
// into a cache without installing the server.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { kindValidator } from './kindschemas.js';
import { DEPLOY_DIR, TEST_DIR } from './manifests.js';

export const MONITORING_DIR = resolve(DEPLOY_DIR, 'monitoring');
export const PROMETHEUS_SCHEMA_DIR = resolve(TEST_DIR, 'schemas', 'prometheus-operator');
export const DASHBOARD_FILE = join(MONITORING_DIR, 'dashboards', 'speelveld.json');

/** The schema file of each Prometheus Operator kind the manifests may use. */
export const MONITORING_SCHEMAS = {
  'monitoring.coreos.com/v1/ServiceMonitor': 'servicemonitor.schema.json',
  'monitoring.coreos.com/v1/PrometheusRule': 'prometheusrule.schema.json',
};

export function isMonitoringKind(obj) {
  return typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('monitoring.coreos.com/');
}

/** Errors of a Prometheus Operator object against the project's schema of its kind; [] when valid. */
export const validateMonitoring = kindValidator(PROMETHEUS_SCHEMA_DIR, MONITORING_SCHEMAS,
  'Prometheus Operator API reference');

export function ruleErrors(rule) {
  const errors = [];
  const groups = (rule.spec?.groups ?? []).map((g) => g.name);
  for (const name of new Set(groups)) {
    if (groups.filter((g) => g === name).length > 1) errors.push(`group ${name} appears twice`);
  }
  const alerts = (rule.spec?.groups ?? []).flatMap((g) => g.rules ?? []).map((r) => r.alert).filter(Boolean);
  for (const name of new Set(alerts)) {
    if (alerts.filter((a) => a === name).length > 1) errors.push(`alert ${name} appears twice`);
  }
  return errors;
}

// ---- the dashboard -----------------------------------------------------------

export function dashboard() {
  return JSON.parse(readFileSync(DASHBOARD_FILE, 'utf8'));
}

/** Every query of the dashboard: { panel, refId, expr }. */
export function dashboardQueries(dash) {
  const out = [];
  const visit = (panels) => {
    for (const p of panels ?? []) {
      for (const t of p.targets ?? []) out.push({ panel: p.title, id: p.id, refId: t.refId, expr: t.expr });
      visit(p.panels);
    }
  };
  visit(dash.panels);
  return out;
}

/**
 * A dashboard query as Prometheus receives it: Grafana replaces its variables
 * first ($job by the regex of the selected services, $__rate_interval and the
 * other interval variables by a duration).
 */
export function expandGrafanaVariables(expr, dash) {
  const job = dash.templating?.list?.find((v) => v.name === 'job');
  return expr
    .replace(/\$__(rate_interval|interval|range)\b/g, '5m')
    .replace(/\$\{?job\}?/g, job?.allValue ?? 'x');
}

/** Structural errors of the dashboard; [] when sound. */
export function dashboardErrors(dash) {
  const errors = [];
  if (typeof dash.title !== 'string' || !dash.title) errors.push('no title');
  if (typeof dash.uid !== 'string' || !/^[a-zA-Z0-9_-]{1,40}$/.test(dash.uid)) errors.push(`uid ${dash.uid} is not a Grafana uid`);
  if (!Number.isInteger(dash.schemaVersion)) errors.push('no schemaVersion');
  const variables = new Set((dash.templating?.list ?? []).map((v) => v.name));
  const ids = new Set();
  const visit = (panels) => {
    for (const p of panels ?? []) {
      if (!Number.isInteger(p.id)) errors.push(`panel ${p.title}: no id`);
      else if (ids.has(p.id)) errors.push(`panel id ${p.id} appears twice`);
      ids.add(p.id);
      const g = p.gridPos ?? {};
      if (![g.h, g.w, g.x, g.y].every(Number.isInteger) || g.x < 0 || g.w < 1 || g.x + g.w > 24) {
        errors.push(`panel ${p.title}: gridPos ${JSON.stringify(g)} outside the 24 columns`);
      }
      if (p.type !== 'row') {
        if (!p.description) errors.push(`panel ${p.title}: no description`);
        if (!(p.targets ?? []).length) errors.push(`panel ${p.title}: no query`);
        if (p.datasource?.uid !== '${datasource}') errors.push(`panel ${p.title}: not on the dashboard's data source variable`);
      }
      for (const t of p.targets ?? []) {
        for (const m of (t.expr ?? '').matchAll(/\$\{?(\w+)\}?/g)) {
          if (!m[1].startsWith('__') && !variables.has(m[1])) errors.push(`panel ${p.title}: unknown variable $${m[1]}`);
        }
      }
      visit(p.panels);
    }
  };
  visit(dash.panels);
  return errors;
}

// ---- PromQL: promtool --------------------------------------------------------

export function promtool() {
  return process.env.SPEELVELD_PROMTOOL || 'promtool';
}

/**
 * Parses expressions with promtool: they become the rules of a rule file
 * (`promtool check rules`), which parses every expr and every label and
 * annotation template. Returns promtool's complaints, [] when all parse.
 * `groups` is a Prometheus rule file's groups (a PrometheusRule's spec.groups).
 */
export function promtoolCheck(groups) {
  const dir = mkdtempSync(join(tmpdir(), 'speelveld-promtool-'));
  const file = join(dir, 'rules.yaml');
  writeFileSync(file, stringify({ groups }));
  try {
    execFileSync(promtool(), ['check', 'rules', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return [];
  } catch (e) {
    if (e.code === 'ENOENT') {
      throw new Error(`promtool not found (${promtool()}): run deploy/test/run.sh, which provides it, or set SPEELVELD_PROMTOOL`);
    }
    return [`${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || String(e)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The dashboard's queries as recording rules, one per query, for promtoolCheck. */
export function dashboardAsRules(dash) {
  return [{
    name: 'dashboard',
    rules: dashboardQueries(dash).map((q) => ({
      record: `dashboard:panel_${q.id}:${q.refId.toLowerCase()}`,
      expr: expandGrafanaVariables(q.expr, dash),
    })),
  }];
}
