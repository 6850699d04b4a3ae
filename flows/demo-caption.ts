import type { Locator, Page } from '@playwright/test';

/**
 * Demo mode (`npm run demo`, which sets CBP_DEMO=1): a caption on the page names the step being replayed, so a
 * class can follow along, on the half of the screen away from the element being acted on. CBP_DEMO_PAUSE=1 also
 * stops at each step until the trainer presses the caption's Resume demo button.
 * Outside demo mode nothing here runs.
 */
export function demoMode(): boolean {
  return process.env.CBP_DEMO === '1';
}

interface Caption {
  procedure: string;
  step: string;
  /** Shows a Resume button and waits for it (`--pause`). */
  pausing?: boolean;
}

const CAPTION_ID = 'cbp-demo-caption';

/** How long each caption and outline stays before the step acts, so a viewer can read it. */
function holdMs(): number {
  return Number(process.env.CBP_DEMO_HOLD_MS ?? 1200);
}
const current = new WeakMap<Page, Caption>();

export async function showCaption(page: Page, procedureTitle: string, stepTitle: string): Promise<void> {
  if (!current.has(page)) {
    // Each new document (after a click that navigates) gets the caption of the step under way.
    page.on('domcontentloaded', () => {
      const caption = current.get(page);
      if (caption) page.evaluate(drawCaption, caption).catch(() => undefined);
    });
  }
  const pausing = process.env.CBP_DEMO_PAUSE === '1';
  const caption = { procedure: procedureTitle, step: stepTitle, pausing };
  current.set(page, caption);
  await page.evaluate(drawCaption, caption).catch(() => undefined);
  if (pausing) await waitForResume(page);
  else await new Promise((resolve) => setTimeout(resolve, holdMs())); // demo pacing, so a viewer can read the caption
}

/**
 * `--pause`: the step waits until the trainer presses the caption's Resume button (in the page itself, so no
 * Inspector is needed and a test can press it too).
 */
async function waitForResume(page: Page): Promise<void> {
  await page.locator(`#${CAPTION_ID}[data-resumed]`).waitFor({ state: 'attached', timeout: 0 });
  current.set(page, { ...(current.get(page) ?? { procedure: '', step: '' }), pausing: false });
}

/** Outlines the element the step is about to act on (until the next step), so the class sees where the click goes. */
export async function pointAt(locator: Locator): Promise<void> {
  const outlined = await locator
    .first()
    .evaluate((el, id) => {
      // Cleared by the next step's caption (drawCaption).
      el.setAttribute('data-cbp-demo-outline', '');
      Object.assign((el as HTMLElement).style, { outline: '4px solid #e31c3d', outlineOffset: '3px' });
      // The caption goes to the other half of the screen, never over what is pressed; it follows each target.
      const box = document.getElementById(id);
      if (!box) return;
      const r = el.getBoundingClientRect();
      const atTop = r.top + r.height / 2 > window.innerHeight / 2;
      Object.assign(box.style, atTop ? { top: '16px', bottom: 'auto' } : { top: 'auto', bottom: '16px' });
      box.dataset.side = atTop ? 'top' : 'bottom';
    }, CAPTION_ID)
    .then(() => true, () => false);
  if (outlined) await new Promise((resolve) => setTimeout(resolve, holdMs() / 2)); // demo pacing
}

/** Runs in the page: a fixed bar at the bottom (CSSOM styles, which the portal's CSP allows). */
function drawCaption(text: Caption): void {
  const id = 'cbp-demo-caption';
  if (!document.body) return;
  document.querySelectorAll('[data-cbp-demo-outline]').forEach((old) => {
    Object.assign((old as HTMLElement).style, { outline: '', outlineOffset: '' });
    old.removeAttribute('data-cbp-demo-outline');
  });
  let box = document.getElementById(id);
  if (!box) {
    box = document.createElement('div');
    box.id = id;
    box.setAttribute('role', 'status');
    Object.assign(box.style, {
      position: 'fixed', left: '16px', right: '16px', bottom: '16px', zIndex: '2147483647',
      background: 'rgba(17, 46, 81, 0.94)', color: '#fff', padding: '12px 18px', borderRadius: '6px',
      font: '18px/1.4 system-ui, sans-serif', boxShadow: '0 4px 16px rgba(0,0,0,.35)', pointerEvents: 'none',
    });
    document.body.appendChild(box);
  }
  const procedure = document.createElement('div');
  procedure.textContent = text.procedure;
  Object.assign(procedure.style, { fontSize: '13px', opacity: '0.85', textTransform: 'uppercase', letterSpacing: '.04em' });
  const step = document.createElement('div');
  step.textContent = text.step;
  step.style.fontWeight = '600';
  box.replaceChildren(procedure, step);
  box.removeAttribute('data-resumed');
  if (text.pausing) {
    const resume = document.createElement('button');
    resume.type = 'button';
    resume.textContent = 'Resume demo';
    Object.assign(resume.style, { marginTop: '8px', pointerEvents: 'auto', font: 'inherit', fontSize: '15px', padding: '4px 14px', cursor: 'pointer' });
    resume.addEventListener('click', () => {
      box?.setAttribute('data-resumed', '');
      resume.remove();
    });
    box.appendChild(resume);
  }
}
