import type { Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test.ts';
import { PICTURE_META_SUFFIX, StepPictures, type PictureMeta } from '../../flows/step-picture.ts';

test.use({ baseURL: 'http://localhost/' });

/** A page taller than the screen: a form at the top, and a panel far below the fold with a field and a button. */
const PAGE = `<!doctype html><title>Pictures</title><style>
  body { margin: 0; font: 16px sans-serif; }
  input:focus { outline: 5px solid rgb(255, 0, 255); box-shadow: 0 0 0 8px rgb(255, 0, 255); }
  section { width: 500px; margin: 24px; padding: 16px; border: 1px solid #999; }
</style>
<section><h2>Top</h2><a href="#next">Next page</a></section>
<div style="height: 1400px"></div>
<section aria-label="Far panel"><h2>Far below</h2><label>Your user ID <input id="uid"></label><p><button>Confirm &amp; Upload</button></p></section>`;

interface Shot {
  name: string;
  meta: PictureMeta;
  png: Buffer;
}

function shots(attachments: { name: string; body?: Buffer; contentType: string }[]): Shot[] {
  return attachments.filter((a) => a.contentType === 'image/png').map((a) => {
    const meta = attachments.find((m) => m.name === `${a.name}${PICTURE_META_SUFFIX}`);
    return { name: a.name, png: a.body ?? Buffer.alloc(0), meta: JSON.parse(meta?.body?.toString('utf8') ?? 'null') as PictureMeta };
  });
}

/** How many pixels of the picture are close to a colour (decoded by the browser's canvas). */
async function pixelsOf(page: Page, png: Buffer, rgb: [number, number, number]): Promise<number> {
  return page.evaluate(async ({ data, rgb }) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(bitmap, 0, 0);
    const { data: px } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (Math.abs((px[i] ?? 0) - rgb[0]) < 30 && Math.abs((px[i + 1] ?? 0) - rgb[1]) < 30 && Math.abs((px[i + 2] ?? 0) - rgb[2]) < 30) count += 1;
    }
    return count;
  }, { data: png.toString('base64'), rgb });
}

test.describe('step pictures (flows/step-picture.ts)', () => {
  test('an element far below the fold is scrolled into view and pictured zoomed on its panel, with the whole screen beside it', async ({ page }, info) => {
    await page.setContent(PAGE);
    const pictures = new StepPictures(page, 'sample#13 step 13');
    await pictures.mark(page.getByRole('button', { name: 'Confirm & Upload' }));
    await pictures.flush();
    const [shot] = shots(info.attachments);
    expect(shot?.name).toBe('sample#13 step 13');
    const meta = shot!.meta;
    expect(meta.clip.width * meta.clip.height).toBeLessThan(meta.viewport.width * meta.viewport.height * 0.7);
    const [mark] = meta.marks;
    expect(mark?.label).toBe('Confirm & Upload');
    expect(mark?.inside).toBe(true);
    expect(mark?.covered, JSON.stringify(meta)).toBe(false);
    expect(info.attachments.some((a) => a.name === meta.thumbnail && a.contentType === 'image/jpeg')).toBe(true);
    expect(await pixelsOf(page, shot!.png, [227, 28, 61])).toBeGreaterThan(100); // the red outline is in the picture
  });

  test('a field just typed into shows no focus ring; two actions on one screen share one picture, a new page starts another', async ({ page }, info) => {
    await page.goto(`data:text/html,${encodeURIComponent(PAGE)}`);
    const pictures = new StepPictures(page, 'sample#12 step 12');
    const field = page.getByLabel('Your user ID');
    await field.fill('jane.ao');
    await expect(field).toBeFocused();
    await pictures.mark(field);
    await expect(field).toBeFocused(); // the page is left as it was
    await pictures.mark(page.getByRole('button', { name: 'Confirm & Upload' }));
    await page.goto(`data:text/html,${encodeURIComponent(PAGE.replace('Far below', 'Second page'))}`);
    await pictures.mark(page.getByRole('link', { name: 'Next page' }));
    await pictures.flush();
    const taken = shots(info.attachments);
    expect(taken.map((s) => s.name)).toEqual(['sample#12 step 12', 'sample#12 step 12 (2)']);
    expect(taken[0]?.meta.marks.map((m) => m.label)).toEqual(['Your user ID', 'Confirm & Upload']);
    expect(taken[0]?.meta.marks.every((m) => m.inside)).toBe(true);
    expect(await pixelsOf(page, taken[0]!.png, [255, 0, 255])).toBe(0); // the page's magenta focus ring is hidden
  });

  test('CBP_PICTURES=off takes no pictures and leaves the page unscrolled', async ({ page }, info) => {
    const saved = process.env.CBP_PICTURES;
    process.env.CBP_PICTURES = 'off';
    try {
      await page.setContent(PAGE);
      const pictures = new StepPictures(page, 'sample#13 step 13');
      await pictures.mark(page.getByRole('button', { name: 'Confirm & Upload' }));
      expect(await pictures.plain()).toBe(false);
      await pictures.flush();
      expect(info.attachments).toEqual([]);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.CBP_PICTURES;
      else process.env.CBP_PICTURES = saved;
    }
  });
});
