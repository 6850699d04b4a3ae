import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RosterEntry } from '../../mock-portal/domain/classroom/class.ts';
import { DEMO_SECURITY_QUESTIONS } from '../../mock-portal/domain/demo.ts';
import { html, page } from './html.ts';
import { reportsDir } from './paths.ts';
import { printPdfs } from './pdf.ts';
import { BASE_CSS } from './style.ts';

const CSS = `
main { max-width: 52rem; }
.card { border: 2px solid var(--navy); border-radius: .5rem; padding: .9rem 1.1rem; margin: 0 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
.card h2 { margin: 0 0 .3rem; font-size: 1.35rem; }
.card dl { display: grid; grid-template-columns: 9.5rem 1fr; gap: .1rem .8rem; margin: .4rem 0 .6rem; font-size: .95rem; }
.card dt { font-weight: 700; }
.card dd { margin: 0; }
.card table { font-size: .9rem; }
.card code { font-size: .95em; }
.card td code { white-space: nowrap; } /* a password broken at a hyphen reads as two */
@media print { body { font-size: 14px; } main { padding: 0; } .intro { display: none; } }
`;

/** The handout of a class: one card per trainee with the portal's address, their user IDs and passwords, and their mailbox. */
export function rosterHtml(entries: readonly RosterEntry[], portalUrl: string): string {
  const answers = DEMO_SECURITY_QUESTIONS.map((q) => `${q.question} ${q.answer}`).join(' · ');
  const cards = entries.map(
    (e) => html`<section class="card" aria-labelledby="card-${e.trainee}">
      <h2 id="card-${e.trainee}">Trainee ${e.trainee}</h2>
      <dl>
        <dt>Portal</dt><dd><a href="${portalUrl}/">${portalUrl}/</a> (IDM: <code>${portalUrl}/idm/</code>, Enterprise Portal: <code>${portalUrl}/portal/</code>)</dd>
        <dt>Your codes</dt><dd>One-time codes and other e-mail arrive at <a href="${portalUrl}${e.mailboxPath}">${portalUrl}${e.mailboxPath}</a></dd>
        <dt>Organization</dt><dd>${e.organization.legalBusinessName}</dd>
        <dt>PTANs</dt><dd>${e.organization.ptans.join(', ')}</dd>
        <dt>Bidder numbers</dt><dd>${e.organization.bidderNumbers.join(', ')}</dd>
        <dt>Security answers</dt><dd>${answers}</dd>
        <dt>New e-mail address</dt><dd>when a procedure asks for one, use <code>${e.trainee}.new-address@example.test</code>: its mail reaches your mailbox</dd>
      </dl>
      <table><thead><tr><th scope="col">Who</th><th scope="col">User ID</th><th scope="col">Password</th><th scope="col">Name</th></tr></thead>
      <tbody>${e.people.map((p) => html`<tr><td>${p.role}</td><td><code>${p.userId}</code></td><td><code>${p.password}</code></td><td>${p.name}</td></tr>`)}</tbody></table>
    </section>`,
  );
  return page(
    'Class roster',
    BASE_CSS + CSS,
    html`<main><h1>Class roster</h1><p class="intro lead">${entries.length} trainee(s) on the mock portal at <a href="${portalUrl}/">${portalUrl}/</a>. Cut out one card per trainee. The trainer resets a trainee's world at <code>${portalUrl}/class/</code>.</p>${cards}</main>`,
  );
}

/** Writes `class/roster.html` and `class/roster.pdf` under the reports folder ($CBP_REPORTS_DIR or reports/). */
export async function writeRoster(entries: readonly RosterEntry[], portalUrl: string, folder = path.join(reportsDir(), 'class')): Promise<{ html: string; pdf: string }> {
  mkdirSync(folder, { recursive: true });
  const files = { html: path.join(folder, 'roster.html'), pdf: path.join(folder, 'roster.pdf') };
  writeFileSync(files.html, rosterHtml(entries, portalUrl));
  await printPdfs([{ html: files.html, pdf: files.pdf, title: 'Class roster' }]);
  return files;
}
