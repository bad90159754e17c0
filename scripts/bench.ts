// `npm run bench`: how fast the codec reads and writes pages, against mwn's own template parser
// run on the same input in the same process (the baseline), and the gadget's size against its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Mwn } from 'mwn';
import { transformSync } from 'esbuild';
import { parseTemplates } from '../shared/wikitext/template-parser';
import { readSessionsFromPage } from '../shared/sessions/read-sessions';
import { signUp } from '../shared/registrations/registration-page';

function sessionPage(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(`== Session ${i} ==\nSome prose with a [[Help:Link|link]] and {{lang|es|hola}}.\n{{Let's Connect/Session\n| id = session-${i} <!-- keep -->\n| title = Session ${i} {{!}} part\n| start = 2026-12-${String((i % 28) + 1).padStart(2, '0')} 14:00\n| timezone = Europe/Madrid\n| description = [[Help:Wikidata|Wikidata]] and <nowiki>{{x}}</nowiki>\n| interpretation = es, ar\n| capacity = 30\n}}`);
  }
  return parts.join('\n\n');
}

function registrationPage(count: number): string {
  return Array.from({ length: count }, (_, i) => `{{Let's Connect/Registration|user=User ${i}|status=registered|registered=2026-11-01T10:00:00Z}}`).join('\n');
}

/** Median milliseconds of `runs` calls. */
function time(runs: number, action: () => unknown): number {
  const samples: number[] = [];
  action(); // warm-up: the first call also pays for compiling
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const baselineBot = new Mwn({ apiUrl: 'http://127.0.0.1/api.php', silent: true });
const mwnParse = (text: string) => new baselineBot.Wikitext(text).parseTemplates({});

const rows: Array<[string, string, string, string]> = [];
function compare(name: string, runs: number, ours: () => unknown, baseline?: () => unknown): void {
  const a = time(runs, ours);
  const b = baseline ? time(runs, baseline) : NaN;
  rows.push([name, a.toFixed(2), baseline ? b.toFixed(2) : '–', baseline ? `${(b / a).toFixed(1)}×` : '–']);
}

const page = sessionPage(300);
compare(`find templates, 300 sessions (${Math.round(page.length / 1024)} KB)`, 15, () => parseTemplates(page), () => mwnParse(page));
compare('read and validate 300 sessions', 15, () => readSessionsFromPage('P', page));
const registrations = registrationPage(500);
compare('sign up on a page of 500 registrations', 50, () => signUp(registrations, { user: 'Newcomer', now: '2026-11-23T00:00:00Z' }));
const hostile = '{{'.repeat(2000) + 'x'.repeat(1000);
compare('hostile: 2000 unclosed "{{"', 5, () => parseTemplates(hostile), () => mwnParse(hostile));

/** A page of a given size where the same construct is opened again and again and never closed. */
function unclosedPage(opener: string, kilobytes: number): string {
  const unit = `${opener} text {{Let's Connect/Registration|user=A}}\n`;
  return unit.repeat(Math.ceil((kilobytes * 1024) / unit.length)).slice(0, kilobytes * 1024);
}
const perKb: Array<[string, string, string]> = [];
for (const opener of ['<ref>', '<pre>', '<nowiki>', '<!--']) {
  for (const kilobytes of [25, 100, 400]) {
    const text = unclosedPage(opener, kilobytes);
    const runs = kilobytes >= 400 ? 3 : 7;
    compare(`hostile: unclosed ${opener} all over ${kilobytes} KB`, runs, () => parseTemplates(text), () => mwnParse(text));
    const [, ours, baseline] = rows[rows.length - 1];
    perKb.push([`${opener} ${kilobytes} KB`, (Number(ours) / kilobytes).toFixed(3), (Number(baseline) / kilobytes).toFixed(3)]);
  }
}

const bundle = readFileSync('dist/gadget/letsconnect.js');
const header = ['case', 'ours (ms)', 'mwn baseline (ms)', 'baseline / ours'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n\n`);
process.stdout.write(`time per KB on hostile pages (linear means the same figure at 25, 100 and 400 KB):\n${perKb.map(([c, a, b]) => `  ${c.padEnd(16)} ours ${a} ms/KB   mwn ${b} ms/KB`).join('\n')}\n\n`);
const served = gzipSync(transformSync(bundle.toString('utf8'), { minifyWhitespace: true, target: 'es2017', charset: 'utf8' }).code).length;
process.stdout.write(`gadget bundle: ${bundle.length} bytes, ${gzipSync(bundle).length} gzipped as the script page holds it; ${served} gzipped without white space, as ResourceLoader serves it (budget 25600)\n`);
