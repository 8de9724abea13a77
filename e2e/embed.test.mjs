// Browser test of the embeddable assessment view (issue 11), run by e2e/run.sh against the running system.
//
// Debian's Chromium (/usr/bin/chromium) driven by playwright-core; no browser is ever downloaded. Steps:
//  1. find worked case A's newest assessment in GM0344 and create an embed link for it (the API, with a token);
//  2. serve a host page on a configured portal origin (127.0.0.1:8090) whose <iframe> shows the embed URL, and check
//     that the chart and every indicator of the assessment are visible inside the frame;
//  3. run axe-core inside the frame: 0 violations at WCAG 2.1 AA (wcag2a, wcag2aa, wcag21a, wcag21aa);
//  4. screenshots of the narrow (360 px) and the wide (1280 px) layout under e2e/target/, and no horizontal scrolling
//     at either, nor in the print layout (A4 width);
//  5. the same host page on an origin that is NOT configured (127.0.0.1:8091): the CSP's frame-ancestors refuses it,
//     so the frame does not render the view (checked by the frame's document and Chromium's CSP report).
// Prints one line per check and "N passed, M failed"; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'target');
mkdirSync(out, { recursive: true });

const INITIATIVE_URL = process.env.INITIATIVE_URL ?? 'http://localhost:8081';
const ASSESSMENT_URL = process.env.ASSESSMENT_URL ?? 'http://localhost:8083';
const TOKEN = process.env.TOKEN;
const HOST_PORT = Number(process.env.HOST_PORT ?? 8090);
const FOREIGN_PORT = Number(process.env.FOREIGN_PORT ?? 8091);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MARKER = 'main#speelveld-embed';

if (!TOKEN) {
  console.error('embed.test.mjs: set TOKEN to a GM0344 token with assessments:read and initiatives:read');
  process.exit(2);
}

const results = [];
async function check(name, fn) {
  try {
    const note = await fn();
    results.push(true);
    console.log(`ok   - ${name}${note ? ` (${note})` : ''}`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL - ${name}: ${e.message}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
async function api(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, ...(init.headers ?? {}) } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

// --- 1. case A's newest assessment and a link to it ---------------------------------------------------------------
const initiatives = await api(`${INITIATIVE_URL}/v1/initiatives?q=zonnewijk`);
assert(initiatives.status === 200 && initiatives.body.items.length > 0,
  `worked case A (Zonnewijk) is not loaded: GET /v1/initiatives?q=zonnewijk answered ${initiatives.status}`);
const initiativeId = initiatives.body.items[0].id;
const assessments = await api(`${ASSESSMENT_URL}/v1/assessments?initiativeId=${initiativeId}&limit=1`);
assert(assessments.status === 200 && assessments.body.items.length > 0, 'case A has no assessment');
const assessment = assessments.body.items[0];
const codes = assessment.indicators.map((i) => i.code);
console.log(`case A: initiative ${initiativeId}, assessment ${assessment.id}, ${codes.length} indicators`);

let embedUrl;
await check('POST /v1/assessments/{id}/embed-links answers 201 with url and expiresAt', async () => {
  const res = await api(`${ASSESSMENT_URL}/v1/assessments/${assessment.id}/embed-links`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ expiresInSeconds: 3600, language: 'nl' }),
  });
  assert(res.status === 201, `status ${res.status}: ${JSON.stringify(res.body)}`);
  assert(res.body.url && res.body.expiresAt, `body ${JSON.stringify(res.body)}`);
  embedUrl = res.body.url;
  return embedUrl.replace(/\/embed\/.*/, '/embed/…');
});
if (!embedUrl) {
  console.log(`${results.filter(Boolean).length} passed, ${results.filter((r) => !r).length} failed`);
  process.exit(1);
}

await check('the embed page answers without a token, with the CSP of GM0344 and no-referrer', async () => {
  const res = await fetch(embedUrl);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert(res.status === 200, `status ${res.status}`);
  assert(/default-src 'none'/.test(csp), `CSP without default-src 'none': ${csp}`);
  assert(csp.includes(`frame-ancestors http://127.0.0.1:${HOST_PORT}`), `CSP does not name the portal: ${csp}`);
  assert(!csp.includes(`127.0.0.1:${FOREIGN_PORT}`), `CSP names the foreign origin: ${csp}`);
  assert(res.headers.get('referrer-policy') === 'no-referrer', 'Referrer-Policy is not no-referrer');
  return csp;
});

// --- host pages on two local origins --------------------------------------------------------------------------------
function hostPage(title) {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1>
<iframe id="speelveld" src="${embedUrl}" title="Afweging van het initiatief" width="100%" height="900"
  style="border:1px solid #ccc;max-width:100%" loading="eager"></iframe>
</body></html>`;
}
function serve(port, title) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(title));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
const portal = await serve(HOST_PORT, 'Portaal (geconfigureerde herkomst)');
const foreign = await serve(FOREIGN_PORT, 'Andere site (niet geconfigureerd)');

const profile = mkdtempSync(join(tmpdir(), 'speelveld-e2e-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 1000 },
});

async function embedFrame(page) {
  const handle = await page.waitForSelector('iframe#speelveld', { state: 'attached' });
  const frame = await handle.contentFrame();
  assert(frame, 'the iframe has no frame');
  return frame;
}

try {
  // --- 2. the view in a portal's frame -------------------------------------------------------------------------------
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`http://127.0.0.1:${HOST_PORT}/`, { waitUntil: 'load' });
  const frame = await embedFrame(page);

  await check('the frame on the configured origin renders the view', async () => {
    await frame.waitForSelector(MARKER, { timeout: 10000 });
    return frame.url().replace(/\/embed\/.*/, '/embed/…');
  });
  await check('the chart is visible inside the frame (inline SVG with a text alternative)', async () => {
    const svg = frame.locator('svg[role="img"]');
    assert(await svg.count() === 1, `${await svg.count()} charts`);
    assert(await svg.isVisible(), 'the chart is not visible');
    const box = await svg.boundingBox();
    assert(box && box.width > 200 && box.height > 100, `chart box ${JSON.stringify(box)}`);
    const label = await svg.getAttribute('aria-labelledby');
    assert(label, 'the chart has no aria-labelledby');
    return `${Math.round(box.width)}×${Math.round(box.height)} px`;
  });
  await check(`every indicator of the assessment is visible inside the frame (${codes.length})`, async () => {
    const missing = [];
    for (const code of codes) {
      const row = frame.locator(`[data-indicator="${code}"]`).first();
      if (!(await row.count()) || !(await row.isVisible())) missing.push(code);
    }
    assert(missing.length === 0, `not visible: ${missing.join(', ')}`);
    return codes.join(' ');
  });
  await check('the view made no request besides its own document', async () => {
    const others = requests.filter((u) => !u.startsWith(`http://127.0.0.1:${HOST_PORT}/`) && u !== embedUrl);
    assert(others.length === 0, `other requests: ${others.join(', ')}`);
  });

  // --- 3. axe-core inside the frame ----------------------------------------------------------------------------------
  await check('axe-core: 0 violations at WCAG 2.1 AA inside the frame', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // evaluated through the DevTools protocol, not as a <script> of the page, so the page's CSP stays in force
    await frame.evaluate(axeSource);
    const result = await frame.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      WCAG);
    for (const v of result.violations) {
      console.log(`       ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target}`);
    }
    assert(result.violations.length === 0, `${result.violations.length} violations`);
    return `0 violations, ${result.passes.length} rules passed, ${result.incomplete.length} need review`;
  });

  // --- 4. narrow and wide layouts -------------------------------------------------------------------------------------
  for (const width of [360, 1280]) {
    await check(`layout at ${width} px: screenshot, no horizontal scrolling`, async () => {
      const p = await context.newPage();
      await p.setViewportSize({ width, height: 900 });
      await p.goto(embedUrl, { waitUntil: 'load' });
      await p.waitForSelector(MARKER);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const file = join(out, `embed-${width === 360 ? 'narrow' : 'wide'}-${width}.png`);
      await p.screenshot({ path: file, fullPage: true });
      await p.close();
      assert(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      return file.replace(`${here}/`, 'e2e/');
    });
  }
  await check('print layout (A4 width): no horizontal overflow, screenshot', async () => {
    const p = await context.newPage();
    await p.setViewportSize({ width: 794, height: 1123 });
    await p.emulateMedia({ media: 'print' });
    await p.goto(embedUrl, { waitUntil: 'load' });
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const file = join(out, 'embed-print.png');
    await p.screenshot({ path: file, fullPage: true });
    await p.close();
    assert(overflow <= 0, `the printed page is ${overflow} px too wide`);
    return file.replace(`${here}/`, 'e2e/');
  });
  await check('screenshot of the host page with the frame', async () => {
    const file = join(out, 'portal-host-page.png');
    await page.screenshot({ path: file, fullPage: true });
    return file.replace(`${here}/`, 'e2e/');
  });

  // --- 5. an origin that is not configured ---------------------------------------------------------------------------
  await check(`a host page on http://127.0.0.1:${FOREIGN_PORT} (not configured) is refused by the CSP`, async () => {
    const p = await context.newPage();
    const messages = [];
    p.on('console', (m) => messages.push(m.text()));
    await p.goto(`http://127.0.0.1:${FOREIGN_PORT}/`, { waitUntil: 'load' });
    const f = await embedFrame(p);
    // the frame has loaded (the load event waits for it); give the console report a moment to arrive
    await p.waitForTimeout(500);
    let rendered;
    try {
      rendered = await f.evaluate((sel) => document.querySelector(sel) !== null, MARKER);
    } catch (e) {
      rendered = false; // a blocked frame may have no script context at all
    }
    const cspReport = messages.find((m) => /frame-ancestors/.test(m));
    await p.screenshot({ path: join(out, 'foreign-host-page-refused.png') });
    await p.close();
    assert(!rendered, 'the frame rendered the view on an origin that is not configured');
    assert(cspReport || f.url().startsWith('chrome-error:'),
      `no sign of a CSP refusal (frame url ${f.url()}, console: ${messages.join(' | ')})`);
    return `frame url ${f.url()}; console: ${cspReport ?? 'none'}`;
  });
} finally {
  await context.close();
  portal.close();
  foreign.close();
  rmSync(profile, { recursive: true, force: true });
}

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
