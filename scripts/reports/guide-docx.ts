import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, ShadingType,
  TableOfContents, TextRun, type ParagraphChild,
} from 'docx';
import type { GuideFigure, GuideModel } from './guide-model.ts';
import { seconds } from './text.ts';

/**
 * The guide as an editable Word document (the `docx` library): the same cover, Before you start, contents, steps
 * with their pictures, and outcome as the HTML and PDF, for a trainer who adapts the hand-out to a class.
 */
export async function guideDocx(model: GuideModel, reportsDir: string): Promise<Buffer> {
  const { procedure, reflects, before, replay } = model;
  const picture = (f: GuideFigure, maxWidthIn: number, maxHeightIn = 5): ImageRun => {
    const data = readFileSync(path.join(reportsDir, f.file));
    const size = imageSize(data);
    const scale = Math.min(1, (maxWidthIn * 96) / size.width, (maxHeightIn * 96) / size.height);
    return new ImageRun({
      type: size.type,
      data,
      transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
      altText: { name: path.basename(f.file), title: f.alt, description: f.alt },
    });
  };
  const figure = (f: GuideFigure): Paragraph[] => {
    const runs: ParagraphChild[] = [picture(f, f.thumbnail ? 4.6 : 6.5)];
    if (f.thumbnail) runs.push(new TextRun('  '), picture({ file: f.thumbnail, alt: 'The whole screen; the blue frame shows the part enlarged' }, 1.7));
    return [
      new Paragraph({ children: runs, spacing: { before: 120, after: 80 }, keepLines: true }),
      ...(f.caption ? [new Paragraph({ children: [new TextRun({ text: f.caption, italics: true, size: 18, color: f.failed ? '981B1E' : '5C5C5C' })] })] : []),
    ];
  };
  const fact = (label: string, ...value: ParagraphChild[]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...value], spacing: { after: 60 } });

  const children = [
    new Paragraph({ children: [new TextRun({ text: `ILLUSTRATED GUIDE · ${procedure.portal.toUpperCase()}`, size: 18, color: '5C5C5C', bold: true })] }),
    new Paragraph({ text: procedure.title, heading: HeadingLevel.TITLE }),
    fact('Portal', new TextRun(procedure.portal)),
    fact('Source', new TextRun(`${model.source}${model.sourceUpdated ? `, updated ${model.sourceUpdated}` : ''}${procedure.basis ? `. ${procedure.basis}` : ''}`)),
    fact('Steps', new TextRun(String(procedure.steps.length))),
    fact('Reflects', new TextRun(`cbp-harness ${reflects.version}, commit ${reflects.commit}; replayed ${reflects.recorded} on the mock portal${reflects.portalClock ? `, whose clock read ${reflects.portalClock}` : ''} (${replay.passed ? `passed in ${seconds(replay.durationMs)}` : replay.status})`)),
    new Paragraph({
      shading: { type: ShadingType.CLEAR, fill: 'F1F1F1', color: 'auto' },
      spacing: { before: 160, after: 160 },
      children: [
        new TextRun(`Each step gives the instruction ${procedure.basis ? 'as the source above describes it' : 'as the CBIC wrote it'}, then a picture zoomed on that part of the screen. `),
        new TextRun({ text: 'The red outline', bold: true, color: 'E31C3D' }),
        new TextRun(' marks what you click or fill in. Where the small picture of the whole screen stands beside it, '),
        new TextRun({ text: 'the blue frame', bold: true, color: '0071BC' }),
        new TextRun(' shows which part is enlarged.'),
      ],
    }),
    ...(model.failure
      ? [new Paragraph({ children: [new TextRun({ text: `This replay did not pass${model.failure.step ? ` (step ${model.failure.step})` : ''}. ${model.failure.message} The pictures after that point are missing; do not hand this guide out until the flow passes again.`, bold: true, color: '981B1E' })] })]
      : []),
    ...(before
      ? [
          new Paragraph({ text: 'Before you start', heading: HeadingLevel.HEADING_1 }),
          fact('Who can do this', new TextRun(before.who)),
          fact('Account shown', new TextRun(before.account
            ? `${before.account.userId} (${before.account.name}, ${before.account.roles}, ${before.account.organization}); password ${before.account.password} on the practice portal (npm start). On the real portal, use your own CMS account.`
            : before.accountId)),
          new Paragraph({ children: [new TextRun({ text: 'Have at hand:', bold: true })] }),
          ...before.haveAtHand.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
        ]
      : []),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ text: 'Steps', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...model.steps.flatMap((s) => [
      new Paragraph({ text: `Step ${s.number}`, heading: HeadingLevel.HEADING_2, keepNext: true }),
      new Paragraph({ text: s.text, keepNext: true, spacing: { after: 80 } }),
      ...(s.figures.length ? s.figures.flatMap(figure) : [new Paragraph({ children: [new TextRun({ text: 'No picture: no replay reached this step.', italics: true })] })]),
      ...(s.note ? [new Paragraph({ children: [new TextRun({ text: s.note, italics: true, size: 18, color: '5C5C5C' })] })] : []),
    ]),
    new Paragraph({ text: 'What you see at the end', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: model.outcome.text }),
    ...(model.outcome.figure ? figure(model.outcome.figure) : []),
    ...(model.variants.length
      ? [
          new Paragraph({ text: 'Other replays of this procedure', heading: HeadingLevel.HEADING_1 }),
          ...model.variants.map((v) => new Paragraph({ text: `${v.title} — ${v.status}`, bullet: { level: 0 } })),
        ]
      : []),
    new Paragraph({
      spacing: { before: 320 },
      children: [
        new TextRun({ text: `Made by npm run flows from a real replay (test “${replay.title}”, ${replay.file}:${replay.line}). Procedure id ${procedure.id}. The people are the demo accounts of npm start; names, IDs and PTANs are made up.`, size: 18, color: '5C5C5C' }),
      ],
    }),
  ];

  const document = new Document({
    title: `${procedure.title} — illustrated guide`,
    description: `Illustrated guide to “${procedure.title}” (${procedure.portal}), procedure ${procedure.id}`,
    creator: 'cbp-harness',
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{
      properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1008, bottom: 1008, left: 1080, right: 1080 } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ children: [`${procedure.title} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '5C5C5C' })],
          })],
        }),
      },
      children,
    }],
  });
  return Packer.toBuffer(document);
}

/** The pixel size of a PNG (its IHDR) or a JPEG (its first SOF marker). */
export function imageSize(data: Buffer): { type: 'png' | 'jpg'; width: number; height: number } {
  if (data.subarray(1, 4).toString('latin1') === 'PNG') return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  for (let i = 2; i + 9 < data.length; ) {
    if (data[i] !== 0xff) break;
    const marker = data[i + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    }
    i += 2 + data.readUInt16BE(i + 2);
  }
  throw new Error('Not a PNG or JPEG picture.');
}
