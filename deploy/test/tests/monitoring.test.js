// The monitoring objects of overlays/production (deploy/monitoring): the
// ServiceMonitor and PrometheusRule against the project's schemas (written
// from the Prometheus Operator API reference), every alert expression and
// every dashboard query parsed by promtool, the dashboard's structure, and
// that they fit the rest of the manifests and the docs. Each check is first
// shown to fail on a bad example.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { byKind, find, REPO_ROOT, rendered } from '../lib/manifests.js';
import {
  dashboard, dashboardAsRules, dashboardErrors, dashboardQueries, isMonitoringKind, MONITORING_SCHEMAS,
  PROMETHEUS_SCHEMA_DIR, promtoolCheck, ruleErrors, validateMonitoring,
} from '../lib/monitoring.js';
import { SERVICES } from '../lib/overlays.js';

const production = () => rendered('production');
const rule = (docs) => find(docs, 'PrometheusRule', 'speelveld');
const monitor = (docs) => find(docs, 'ServiceMonitor', 'speelveld');
const alerts = (docs) => rule(docs).spec.groups.flatMap((g) => g.rules).filter((r) => r.alert);

describe('monitoring objects are rendered where Prometheus runs', () => {
  test('production has the ServiceMonitor, the PrometheusRule and the dashboard ConfigMap', () => {
    const docs = production();
    assert.ok(monitor(docs), 'ServiceMonitor speelveld');
    assert.ok(rule(docs), 'PrometheusRule speelveld');
    const cm = find(docs, 'ConfigMap', 'speelveld-dashboard');
    assert.ok(cm, 'ConfigMap speelveld-dashboard');
    assert.equal(cm.metadata.labels?.grafana_dashboard, '1');
    assert.deepEqual(JSON.parse(cm.data['speelveld.json']), dashboard(), 'the ConfigMap holds the committed dashboard');
  });
  test('local (a laptop cluster, usually without the Prometheus Operator) has none of them', () => {
    const docs = rendered('local');
    assert.equal(docs.filter((d) => d.apiVersion?.startsWith('monitoring.coreos.com/')).length, 0);
  });
});

describe('the Prometheus Operator kinds validate against the project schemas', () => {
  test('each schema file compiles strictly, names the API reference it was written from, and is used', () => {
    const files = readdirSync(PROMETHEUS_SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();
    assert.deepEqual(files, Object.values(MONITORING_SCHEMAS).sort());
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(PROMETHEUS_SCHEMA_DIR, file), 'utf8'));
      assert.match(schema.$comment ?? '', /Prometheus Operator API reference/, `${file}: $comment must name the API reference`);
      assert.equal(schema.additionalProperties, false, `${file}: unknown top-level fields must be rejected`);
    }
    for (const key of Object.keys(MONITORING_SCHEMAS)) {
      const [group, version, kind] = key.split('/');
      assert.notDeepEqual(validateMonitoring({ apiVersion: `${group}/${version}`, kind, metadata: { name: 'x' } }), []);
    }
  });
  test('every Prometheus Operator kind in the rendered overlays has a schema', () => {
    for (const overlay of ['local', 'production']) {
      for (const o of rendered(overlay).filter(isMonitoringKind)) {
        assert.ok(`${o.apiVersion}/${o.kind}` in MONITORING_SCHEMAS, `${overlay}: ${o.apiVersion} ${o.kind} has no schema`);
      }
    }
  });
  test('the rendered ServiceMonitor and PrometheusRule are valid', () => {
    const docs = production();
    for (const o of [monitor(docs), rule(docs)]) assert.deepEqual(validateMonitoring(o), [], `${o.kind}/${o.metadata.name}`);
    assert.deepEqual(ruleErrors(rule(docs)), []);
  });
  const bad = [
    ['a misspelt endpoint field', (d) => { monitor(d).spec.endpoints[0].intervall = '30s'; }],
    ['an interval that is no duration', (d) => { monitor(d).spec.endpoints[0].interval = '30 seconds'; }],
    ['a scrape timeout in a unit Prometheus has not', (d) => { monitor(d).spec.endpoints[0].scrapeTimeout = '1min'; }],
    ['an unknown scheme', (d) => { monitor(d).spec.endpoints[0].scheme = 'ftp'; }],
    ['a sample limit as a word', (d) => { monitor(d).spec.sampleLimit = 'many'; }],
    ['a negative sample limit', (d) => { monitor(d).spec.sampleLimit = -1; }],
    ['no selector', (d) => { delete monitor(d).spec.selector; }],
    ['no endpoints', (d) => { monitor(d).spec.endpoints = []; }],
    ['a bad selector operator', (d) => { monitor(d).spec.selector.matchExpressions[0].operator = 'Equals'; }],
    ['a ServiceMonitor status', (d) => { monitor(d).status = {}; }],
    ['a rule without expr', (d) => { delete rule(d).spec.groups[0].rules[0].expr; }],
    ['a rule that is both alert and record', (d) => { rule(d).spec.groups[0].rules[0].record = 'x:y'; }],
    ['an alert without severity', (d) => { delete rule(d).spec.groups[0].rules[0].labels.severity; }],
    ['an unknown severity', (d) => { rule(d).spec.groups[0].rules[0].labels.severity = 'page-everyone'; }],
    ['an alert without runbook', (d) => { delete rule(d).spec.groups[0].rules[0].annotations.runbook_url; }],
    ['a "for" that is no duration', (d) => { rule(d).spec.groups[0].rules[0].for = 'five minutes'; }],
    ['a misspelt rule field', (d) => { rule(d).spec.groups[0].rules[0].annotation = {}; }],
    ['an alert name with a space', (d) => { rule(d).spec.groups[0].rules[0].alert = 'Target down'; }],
    ['a group without name', (d) => { delete rule(d).spec.groups[0].name; }],
    ['another apiVersion', (d) => { rule(d).apiVersion = 'monitoring.coreos.com/v1beta1'; }],
    ['a Prometheus Operator kind without schema', (d) => { d.push({ apiVersion: 'monitoring.coreos.com/v1', kind: 'PodMonitor', metadata: { name: 'x' }, spec: {} }); }],
  ];
  for (const [what, mutate] of bad) {
    test(`rejects ${what}`, () => {
      const docs = production();
      mutate(docs);
      const errors = docs.filter((o) => o.apiVersion?.startsWith('monitoring.coreos.com/')).flatMap(validateMonitoring);
      assert.notDeepEqual(errors, [], 'expected a schema error');
    });
  }
  test('rejects a group name or an alert name used twice', () => {
    const docs = production();
    const r = rule(docs);
    r.spec.groups.push(structuredClone(r.spec.groups[0]));
    assert.equal(ruleErrors(r).length >= 2, true, ruleErrors(r).join('; '));
  });
});

describe('every PromQL expression parses (promtool)', () => {
  test('the alerts of the PrometheusRule', () => {
    assert.deepEqual(promtoolCheck(rule(production()).spec.groups), []);
  });
  test('every query of the dashboard', () => {
    const dash = dashboard();
    assert.ok(dashboardQueries(dash).length >= 15, 'the dashboard has its queries');
    assert.deepEqual(promtoolCheck(dashboardAsRules(dash)), []);
  });
  test('promtool refuses a broken alert expression, a broken template and a broken dashboard query', () => {
    const groups = structuredClone(rule(production()).spec.groups);
    groups[0].rules[0].expr = 'sum(rate(http_server_requests_seconds_count[5m]) > 1';
    assert.notDeepEqual(promtoolCheck(groups), []);
    const templated = structuredClone(rule(production()).spec.groups);
    templated[0].rules[0].annotations.summary = '{{ $labels.job ';
    assert.notDeepEqual(promtoolCheck(templated), []);
    const dash = dashboard();
    dash.panels.find((p) => p.targets).targets[0].expr = 'histogram_quantile(0.95, sum by (le (rate(x[$__rate_interval])))';
    assert.notDeepEqual(promtoolCheck(dashboardAsRules(dash)), []);
  });
});

describe('the dashboard', () => {
  test('is a sound Grafana dashboard', () => {
    assert.deepEqual(dashboardErrors(dashboard()), []);
  });
  const bad = [
    ['a panel id used twice', (d) => { d.panels[2].id = d.panels[1].id; }],
    ['a panel wider than the grid', (d) => { d.panels[1].gridPos.w = 30; }],
    ['an unknown variable', (d) => { d.panels[1].targets[0].expr = 'up{job=~"$service"}'; }],
    ['a panel on a fixed data source', (d) => { d.panels[1].datasource = { type: 'prometheus', uid: 'abc' }; }],
    ['a panel without a query', (d) => { d.panels[1].targets = []; }],
    ['no uid', (d) => { delete d.uid; }],
  ];
  for (const [what, mutate] of bad) {
    test(`rejects ${what}`, () => {
      const d = dashboard();
      mutate(d);
      assert.notDeepEqual(dashboardErrors(d), []);
    });
  }
  test('shows every metric the alerts use, so an alert can be looked into', () => {
    const queries = dashboardQueries(dashboard()).map((q) => q.expr).join('\n');
    const used = new Set(alerts(production()).flatMap((a) => [...a.expr.matchAll(/\b(speelveld_\w+|http_\w+|agroal_\w+|ft_\w+)/g)].map((m) => m[1])));
    for (const metric of used) assert.ok(queries.includes(metric), `${metric} (used by an alert) is on no panel`);
  });
});

describe('the monitoring objects fit the rest of the manifests and the docs', () => {
  test('the ServiceMonitor selects the three Services and scrapes their management port at /q/metrics', () => {
    const docs = production();
    const sm = monitor(docs);
    const ep = sm.spec.endpoints[0];
    assert.equal(ep.path, '/q/metrics');
    const selected = byKind(docs, 'Service').filter((s) => sm.spec.selector.matchExpressions
      .every((e) => e.operator === 'In' && e.values.includes(s.metadata.labels?.[e.key])));
    assert.deepEqual(selected.map((s) => s.metadata.name).sort(), [...SERVICES].sort());
    for (const s of selected) {
      const port = s.spec.ports.find((p) => p.name === ep.port);
      assert.ok(port, `Service ${s.metadata.name} has no port ${ep.port}`);
      assert.equal(port.port, 9000, 'the management port');
    }
    assert.equal(sm.metadata.namespace, 'speelveld');
  });
  test('Prometheus may reach that port (NetworkPolicy management-from-monitoring)', () => {
    const np = find(production(), 'NetworkPolicy', 'management-from-monitoring');
    assert.ok(np.spec.ingress.some((r) => (r.ports ?? []).some((p) => p.port === 9000 || p.port === 'management')));
  });
  test('every alert selects the services by their job and has its section in docs/operations.md', () => {
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'operations.md'), 'utf8');
    const anchors = new Set([...docs.matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1].trim().toLowerCase()
      .replace(/[^\w\- ]/g, '').replace(/ /g, '-')));
    const all = alerts(production());
    assert.ok(all.length >= 8, `${all.length} alerts`);
    for (const a of all) {
      const anchor = a.annotations.runbook_url.replace(/^docs\/operations\.md#/, '');
      assert.ok(anchors.has(anchor), `${a.alert}: no section #${anchor} in docs/operations.md`);
      if (!a.alert.startsWith('SpeelveldCertificate')) {
        assert.match(a.expr, /job=~"initiative-service\|stakeholder-service\|assessment-service"/, `${a.alert} does not select the services`);
      }
    }
    for (const name of ['SpeelveldHighErrorRate', 'SpeelveldSlowRequests', 'SpeelveldDatabasePoolExhausted',
      'SpeelveldCircuitBreakerOpen', 'SpeelveldWebhookBacklog', 'SpeelveldCertificateExpiresSoon']) {
      assert.ok(all.some((a) => a.alert === name), `alert ${name}`);
    }
  });
});
