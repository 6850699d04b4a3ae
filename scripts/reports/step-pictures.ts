import type { PictureMeta } from '../../flows/step-picture.ts';
import { PICTURE_META_SUFFIX } from '../../flows/step-picture.ts';
import { PORTAL_CLOCK_ANNOTATION } from './run-data.ts';

/** One picture of a documented step, as kept in reports/data/run.json (paths relative to reports/). */
export interface PictureRecord extends Omit<PictureMeta, 'thumbnail'> {
  file: string;
  /** The small picture of the whole screen, with a blue frame where the zoomed part is. */
  thumbnail?: string;
}

interface Attachment {
  name: string;
  contentType: string;
  body?: Buffer;
  path?: string;
}

/** Stores an attachment under a file name and returns its path relative to reports/ (undefined when it has no content). */
export type Save = (attachment: Attachment, fileName: string) => string | undefined;

const PICTURE_NAME = /^(.+)#(\d+) step \d+(?: \((\d+)\))?$/;

/**
 * The pictures flows/step-picture.ts attached for documented step `number` of `procedureId`, in order, each with
 * what it shows (the zoomed part, the outlined elements) and its small full-screen picture.
 */
export function stepPictures(attachments: readonly Attachment[], procedureId: string, number: number, save: Save, key: string): PictureRecord[] {
  const byName = new Map(attachments.map((a) => [a.name, a]));
  return attachments.flatMap((a) => {
    const match = PICTURE_NAME.exec(a.name);
    if (!match || match[1] !== procedureId || Number(match[2]) !== number || a.contentType !== 'image/png') return [];
    const index = match[3] ?? '1';
    const meta = readMeta(byName.get(`${a.name}${PICTURE_META_SUFFIX}`));
    const file = save(a, `${key}-step-${number}-${index}.png`);
    if (!file || !meta) return [];
    const thumbAttachment = meta.thumbnail ? byName.get(meta.thumbnail) : undefined;
    const thumbnail = thumbAttachment ? save(thumbAttachment, `${key}-step-${number}-${index}-screen.jpg`) : undefined;
    const { thumbnail: _ignored, ...shows } = meta;
    return [{ ...shows, file, ...(thumbnail ? { thumbnail } : {}) }];
  });
}

function readMeta(attachment: Attachment | undefined): PictureMeta | undefined {
  if (!attachment?.body) return undefined;
  try {
    return JSON.parse(attachment.body.toString('utf8')) as PictureMeta;
  } catch {
    return undefined;
  }
}

/** `{ portalClock }` from a test's annotations, when the fixture recorded the mock clock. */
export function portalClockOf(annotations: readonly { type: string; description?: string }[]): { portalClock?: string } {
  const clock = annotations.findLast((a) => a.type === PORTAL_CLOCK_ANNOTATION)?.description;
  return clock ? { portalClock: clock } : {};
}
