import { test, type CDPSession, type Locator, type Page } from '@playwright/test';

/**
 * The pictures of a documented step, for the reports and the trainers' guides: the element acted on scrolled into
 * view and outlined, in a picture zoomed on the region around it (its form, dialog or panel), with a small
 * picture of the whole screen beside it when the zoomed part is only a piece of it. Focus rings are hidden while
 * the picture is taken, so the only mark is the outline the guide's legend names.
 *
 * CBP_PICTURES=off switches pictures off for a run (nothing is scrolled, outlined or attached).
 * CBP_PICTURES=procedures (what `npm test` sets) keeps the documented steps' pictures to @procedure tests: see
 * stepPicturesWanted.
 */
export function picturesEnabled(): boolean {
  return !/^(0|off|false|no)$/i.test(process.env.CBP_PICTURES ?? '');
}

/**
 * Whether the documented steps of the test under way take pictures. Where a report shows them (`npm run flows`,
 * the demo, where CBP_PICTURES is unset or `on`) every step does. With CBP_PICTURES=procedures (`npm test`) only
 * @procedure tests do: their pictures make the guides, and fixtures/pictured-targets.ts checks each of them; the
 * other tests replay flows for the rules they check, and a picture of every step would cost them a screenshot
 * each and show nobody anything (a failure still gets Playwright's own screenshot and trace).
 */
export function stepPicturesWanted(): boolean {
  if (!picturesEnabled()) return false;
  if (!/^procedures$/i.test(process.env.CBP_PICTURES ?? '')) return true;
  try {
    return test.info().tags.includes('@procedure');
  } catch {
    return true; // outside a test: nothing decides otherwise
  }
}

/** A rectangle in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a picture shows, attached beside it as JSON (`<name>.json`) and kept in the run's data. */
export interface PictureMeta {
  /** The zoomed part of the screen, in the viewport's CSS pixels. */
  clip: Rect;
  viewport: { width: number; height: number };
  /** Each outlined element, relative to the picture's top left corner. */
  marks: { rect: Rect; label: string; inside: boolean; covered: boolean }[];
  /** The name of the small full-screen picture attached beside it, when there is one. */
  thumbnail?: string;
  url: string;
}

/** The suffix of a picture's metadata attachment. */
export const PICTURE_META_SUFFIX = '.json';

const HIGHLIGHT_ATTR = 'data-cbp-highlight';
/** Tags the elements a picture's step acts on, with their order, while the picture is laid out. */
const TARGET_ATTR = 'data-cbp-target';
/** How far the outline (4 px at 3 px offset) and its halo (8 px) reach outside the element. */
const MARK_REACH = 16;
/** The zoomed picture's size bounds, in CSS pixels: legible on a Letter page, yet enough around to find it. */
const MIN_WIDTH = 640;
const MIN_HEIGHT = 360;
/** Room kept around the panel, so its title and edges show. */
const REGION_PAD = 24;
const MAX_WIDTH = 960;
/** Below this share of the screen, a small full-screen picture is added so the reader can find the zoomed part. */
const THUMBNAIL_BELOW = 0.7;
const THUMBNAIL_SCALE = 0.25;

/**
 * The pictures of one documented step. `mark` outlines an element the step acts on; elements marked on the same
 * screen share one picture (a step naming two actions shows both), a mark on a new screen starts a new picture.
 * The pictures are attached when the step ends (`flush`), in order.
 */
export class StepPictures {
  private readonly marked: Locator[] = [];
  private pending: { png: Buffer; meta: PictureMeta; thumb?: Buffer; screen: string } | undefined;
  private count = 0;

  constructor(
    private readonly page: Page,
    /** The attachment's name, e.g. "idm.add-ptan#10 step 10"; later pictures of the step get " (2)", " (3)". */
    private readonly name: string,
    /** False: this step takes no pictures (see stepPicturesWanted); CBP_PICTURES=off switches every picture off. */
    private readonly wanted = true,
  ) {
    underWay.push(this);
  }

  /**
   * Scrolls the elements into view, outlines them with the step's other marks on this screen, and pictures them.
   * The locators may belong to another page (the mailbox with the one-time code): that is another screen.
   */
  async mark(...locators: Locator[]): Promise<void> {
    const page = locators[0]?.page();
    if (!page || !this.wanted || !picturesEnabled() || page.isClosed()) return;
    const screen = await screenOf(page);
    if (this.pending && this.pending.screen !== screen) {
      await this.attachPending();
      this.marked.length = 0;
    }
    this.marked.push(...locators.map((l) => l.first()));
    const shot = await shoot(page, this.marked);
    if (shot) this.pending = { ...shot, screen };
  }

  /** A picture with nothing outlined (a step that only checks the screen), unless the step has one already. */
  async plain(): Promise<boolean> {
    if (!this.wanted || !picturesEnabled() || this.page.isClosed() || this.pending || this.count > 0) return false;
    const shot = await shoot(this.page, []);
    if (shot) this.pending = { ...shot, screen: await screenOf(this.page) };
    return Boolean(shot);
  }

  /** Attaches what the step pictured. Called once the step's body has run (or thrown). */
  async flush(): Promise<void> {
    const index = underWay.indexOf(this);
    if (index >= 0) underWay.splice(index, 1);
    await this.attachPending();
  }

  private async attachPending(): Promise<void> {
    if (!this.pending) return;
    const { png, meta, thumb } = this.pending;
    this.pending = undefined;
    this.count += 1;
    const name = this.count === 1 ? this.name : `${this.name} (${this.count})`;
    const info = test.info();
    if (thumb) {
      meta.thumbnail = `${name} screen`;
      await info.attach(meta.thumbnail, { body: thumb, contentType: 'image/jpeg' });
    }
    await info.attach(name, { body: png, contentType: 'image/png' });
    await info.attach(`${name}${PICTURE_META_SUFFIX}`, { body: JSON.stringify(meta), contentType: 'application/json' });
  }
}

/** The steps under way, innermost last (one at a time in a test; a step never runs inside another's picture). */
const underWay: StepPictures[] = [];

/** The pictures of the documented step under way, if any (a fixture adds the one-time code's e-mail to them). */
export function activeStepPictures(): StepPictures | undefined {
  return underWay.at(-1);
}

const pageIds = new WeakMap<Page, number>();
let nextPageId = 1;

/** One screen: a page's document (performance.timeOrigin tells one document from the next after a navigation). */
async function screenOf(page: Page): Promise<string> {
  if (!pageIds.has(page)) pageIds.set(page, nextPageId++);
  const origin = await page.evaluate(() => performance.timeOrigin).catch(() => 0);
  return `${pageIds.get(page)}:${origin}`;
}

async function shoot(page: Page, locators: readonly Locator[]): Promise<{ png: Buffer; meta: PictureMeta; thumb?: Buffer } | undefined> {
  try {
    // Each element acted on is tagged with its place in the list, so one call in the page lays the picture out.
    await Promise.all(locators.map((locator, index) => locator.evaluate(tag, { attr: TARGET_ATTR, index }, { timeout: 1_000 }).catch(() => undefined)));
    const layout = await page.evaluate(prepare, { target: TARGET_ATTR, attr: HIGHLIGHT_ATTR, reach: MARK_REACH, bounds: { MIN_WIDTH, MIN_HEIGHT, MAX_WIDTH, REGION_PAD } });
    const { clip, viewport } = layout;
    const meta: PictureMeta = { clip, viewport, marks: layout.marks, url: page.url() };
    const png = await capture(page, layout, clip, 'png', 1);
    const withThumb = layout.marks.length > 0 && (clip.width * clip.height) / (viewport.width * viewport.height) < THUMBNAIL_BELOW;
    if (!withThumb) return { png, meta };
    // The small whole screen, with a frame around the zoomed part (drawn in the page, taken away by restore).
    await page.evaluate(frameZoomedPart, { clip, attr: HIGHLIGHT_ATTR, width: Math.round(3 / THUMBNAIL_SCALE) });
    const thumb = await capture(page, layout, { x: 0, y: 0, ...viewport }, 'jpeg', THUMBNAIL_SCALE);
    return { png, meta, thumb };
  } catch {
    return undefined; // the page closed or navigated mid-picture: the step goes on without it
  } finally {
    await page.evaluate(restore, { attr: HIGHLIGHT_ATTR, target: TARGET_ATTR }).catch(() => undefined);
  }
}

const cdpSessions = new WeakMap<Page, Promise<CDPSession | undefined>>();

/** The page's DevTools session, opened once (undefined in a browser other than Chromium). */
function cdpOf(page: Page): Promise<CDPSession | undefined> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page).catch(() => undefined);
    cdpSessions.set(page, session);
  }
  return session;
}

/**
 * A part of the viewport as an image, `scale` times its size in CSS pixels. Chromium cuts and scales it itself
 * (DevTools' Page.captureScreenshot with a clip): no whole-screen PNG is encoded, decoded and cut on a canvas.
 * Elsewhere Playwright's clipped screenshot, at full size.
 */
async function capture(page: Page, layout: Layout, part: Rect, format: 'png' | 'jpeg', scale: number): Promise<Buffer> {
  const quality = format === 'jpeg' ? { quality: 80 } : {};
  const cdp = await cdpOf(page);
  if (!cdp) return page.screenshot({ clip: part, type: format, scale: 'css', animations: 'disabled', caret: 'hide', ...quality });
  // The clip is in the document's coordinates; the scale is of device pixels.
  const clip = { x: part.x + layout.scroll.x, y: part.y + layout.scroll.y, width: part.width, height: part.height, scale: scale / layout.pixelRatio };
  const { data } = await cdp.send('Page.captureScreenshot', { format, ...quality, clip, captureBeyondViewport: false });
  return Buffer.from(data, 'base64');
}

/** Runs in the page: tags an element the step acts on with its place among the step's marks. */
function tag(el: Element, args: { attr: string; index: number }): void {
  el.setAttribute(args.attr, `${el.getAttribute(args.attr) ?? ''} ${args.index}`.trim());
}

/** Runs in the page: a frame around the zoomed part, for the small picture of the whole screen. */
function frameZoomedPart(args: { clip: Rect; attr: string; width: number }): void {
  const frame = document.createElement('div');
  frame.setAttribute(`${args.attr}-frame`, '');
  const { x, y, width, height } = args.clip;
  frame.style.cssText = `position:fixed;left:${x}px;top:${y}px;width:${width}px;height:${height}px;box-sizing:border-box;border:${args.width}px solid #0071bc;z-index:2147483647;pointer-events:none;margin:0;padding:0`;
  document.documentElement.append(frame);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Layout {
  clip: Rect;
  viewport: { width: number; height: number };
  marks: PictureMeta['marks'];
  /** How far the document is scrolled, and device pixels per CSS pixel: to cut the picture in Chromium. */
  scroll: { x: number; y: number };
  pixelRatio: number;
}

/**
 * Runs in the page: outlines the elements, hides focus rings (a constructed stylesheet, which the portal's CSP
 * allows), and works out the zoomed region: the smallest form, dialog or panel holding every mark, kept within
 * legible bounds and the viewport.
 */
async function prepare(args: { target: string; attr: string; reach: number; bounds: { MIN_WIDTH: number; MIN_HEIGHT: number; MAX_WIDTH: number; REGION_PAD: number } }): Promise<Layout> {
  const { target, attr, reach, bounds } = args;
  // The elements tagged by the step, in the step's order (an element named twice is marked twice).
  const handles = [...document.querySelectorAll(`[${target}]`)]
    .flatMap((el) => (el.getAttribute(target) ?? '').split(' ').map((index) => ({ el, index: Number(index) })))
    .sort((a, b) => a.index - b.index)
    .map(({ el }) => el);
  await document.fonts.ready;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    *:focus, *:focus-visible, *:focus + label::before { outline: none !important; box-shadow: none !important; }
    [${attr}], [${attr}]:focus, [${attr}]:focus-visible {
      outline: 4px solid #e31c3d !important; outline-offset: 3px !important; box-shadow: 0 0 0 8px rgba(227,28,61,.25) !important; }
    #cbp-demo-caption { visibility: hidden !important; }
    *, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }`);
  (sheet as CSSStyleSheet & { cbpPicture?: true }).cbpPicture = true;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  // What a person sees of the element: a visually hidden input (a styled checkbox, a file input) is shown by its label.
  const shown = (el: Element): Element => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const invisible = r.width < 4 || r.height < 4 || style.opacity === '0' || style.visibility === 'hidden';
    const label = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.labels?.[0] : undefined;
    return invisible && label ? label : el;
  };
  const targets = handles.map(shown);
  targets.forEach((el) => el.setAttribute(attr, ''));

  // The viewport less its scroll bars (a page in quirks mode reports its whole height as the root's client height).
  const vw = Math.min(document.documentElement.clientWidth || innerWidth, innerWidth);
  const vh = Math.min(document.documentElement.clientHeight || innerHeight, innerHeight);
  const region = (el: Element): Box => {
    const panel = el.closest('dialog, [role="dialog"], [role="alertdialog"], form, fieldset, [role="group"], table, section, article, aside, nav, header, .ds-c-card');
    const r = (panel ?? el).getBoundingClientRect();
    const box = r.width > 0 && r.height > 0 ? r : el.getBoundingClientRect();
    return { left: box.left - bounds.REGION_PAD, top: box.top - bounds.REGION_PAD, right: box.right + bounds.REGION_PAD, bottom: box.bottom + bounds.REGION_PAD };
  };
  const union = (rects: { left: number; top: number; right: number; bottom: number }[]) => rects.reduce(
    (u, r) => ({ left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) }),
    { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
  );
  const grown = (r: DOMRect) => ({ left: r.left - reach, top: r.top - reach, right: r.right + reach, bottom: r.bottom + reach });
  const measure = () => ({ regions: union(targets.map(region)), must: union(targets.map((el) => grown(el.getBoundingClientRect()))) });
  let { regions, must }: { regions: Box; must: Box } = measure();
  const inView = (b: Box) => b.top >= 0 && b.bottom <= vh;
  // Marks in a panel that scrolls by itself (or off to the side) are first brought into it.
  if (targets.length && !inView(must)) {
    targets.at(-1)?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    ({ regions, must } = measure());
  }
  if (targets.length && !(inView(regions) || (regions.bottom - regions.top > vh && inView(must)))) {
    // The whole panel in view when it fits, else the marks in the middle of the screen, with room around them.
    const fits = regions.bottom - regions.top <= vh;
    // Instant: the Design System scrolls smoothly, and the picture must not be taken mid-way.
    window.scrollBy({ top: fits ? (regions.top < 0 ? regions.top : regions.bottom - vh) : (must.top + must.bottom) / 2 - vh / 2, behavior: 'instant' });
    ({ regions, must } = measure());
    if (!inView(must)) {
      targets.at(-1)?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      ({ regions, must } = measure());
    }
  }
  const marks = targets.map((el) => el.getBoundingClientRect());
  let box = targets.length ? union([regions, must]) : { left: 0, top: 0, right: vw, bottom: vh };
  if (!targets.length) must = box;
  else {
    // A panel wider than legible: keep the part around the marks.
    if (box.right - box.left > bounds.MAX_WIDTH) {
      const width = Math.max(bounds.MAX_WIDTH, must.right - must.left);
      const center = (must.left + must.right) / 2;
      box = { ...box, left: center - width / 2, right: center + width / 2 };
    }
    // Too small to find on the screen: widen around its centre.
    const grow = (lo: number, hi: number, min: number): [number, number] => (hi - lo >= min ? [lo, hi] : [(lo + hi) / 2 - min / 2, (lo + hi) / 2 + min / 2]);
    [box.left, box.right] = grow(box.left, box.right, bounds.MIN_WIDTH);
    [box.top, box.bottom] = grow(box.top, box.bottom, bounds.MIN_HEIGHT);
  }
  // Within the viewport, keeping the marks: shift rather than cut where there is room.
  const fit = (lo: number, hi: number, mustLo: number, mustHi: number, max: number): [number, number] => {
    const size = Math.min(hi - lo, max);
    let start = lo;
    if (start + size < mustHi) start = mustHi - size;
    if (start > mustLo) start = mustLo;
    start = Math.min(Math.max(start, 0), max - size);
    return [start, start + size];
  };
  const [left, right] = fit(box.left, box.right, must.left, must.right, vw);
  const [top, bottom] = fit(box.top, box.bottom, must.top, must.bottom, vh);
  // Whole pixels that still hold every mark: round outwards, within the viewport.
  const x = Math.max(0, Math.floor(left));
  const y = Math.max(0, Math.floor(top));
  const clip = { x, y, width: Math.min(vw, Math.ceil(right)) - x, height: Math.min(vh, Math.ceil(bottom)) - y };

  return {
    clip,
    viewport: { width: vw, height: vh },
    scroll: { x: window.visualViewport?.pageLeft ?? window.scrollX, y: window.visualViewport?.pageTop ?? window.scrollY },
    pixelRatio: window.devicePixelRatio || 1,
    marks: targets.map((el, i) => {
      const r = marks[i] ?? el.getBoundingClientRect();
      const rect = { x: r.left - clip.x, y: r.top - clip.y, width: r.width, height: r.height };
      const inside = r.width > 0 && r.height > 0 && r.left >= clip.x && r.top >= clip.y && r.right <= clip.x + clip.width && r.bottom <= clip.y + clip.height;
      const hit = document.elementFromPoint(Math.min(Math.max(r.left + r.width / 2, 0), vw - 1), Math.min(Math.max(r.top + r.height / 2, 0), vh - 1));
      const covered = !hit || !(el.contains(hit) || hit.contains(el) || (el instanceof HTMLLabelElement && el.control === hit));
      const field = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent : undefined;
      const label = (el.getAttribute('aria-label') ?? field ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) || el.tagName.toLowerCase();
      return { rect, label, inside, covered };
    }),
  };
}

/** Runs in the page: takes every mark and stylesheet of the picture away again. */
function restore(args: { attr: string; target: string }): void {
  document.querySelectorAll(`[${args.attr}]`).forEach((el) => el.removeAttribute(args.attr));
  document.querySelectorAll(`[${args.target}]`).forEach((el) => el.removeAttribute(args.target));
  document.querySelectorAll(`[${args.attr}-frame]`).forEach((el) => el.remove());
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !(s as CSSStyleSheet & { cbpPicture?: true }).cbpPicture);
}

/** Attaches a picture of the whole screen with nothing outlined (the outcome), unless pictures are off. */
export async function pictureOfScreen(page: Page, name: string): Promise<void> {
  if (!picturesEnabled() || page.isClosed()) return;
  const pictures = new StepPictures(page, name);
  await pictures.plain();
  await pictures.flush();
}
