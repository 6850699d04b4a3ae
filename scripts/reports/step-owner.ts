import { PROCEDURES } from '../../flows/catalog.ts';

const STEP_TITLE = /^(\d+)\. ([\s\S]*)$/;
const PICTURE_NAME = /^(.+)#(\d+) step \d+$/;

/** "5. Click …" → 5, or undefined for any other step title. */
export function documentedNumber(title: string): number | undefined {
  const match = STEP_TITLE.exec(title);
  return match ? Number(match[1]) : undefined;
}

/**
 * The procedure a documented step belongs to. A test may replay another procedure first (Form B needs Form A
 * approved), so the step's own picture attachment ("dbids.approve-form-a#3 step 3") decides; else the text:
 * the test's own procedure if its step n reads the same, else the first procedure whose step n does.
 */
export function stepOwner(title: string, attachmentNames: readonly string[], testProcedureId: string | undefined): string | undefined {
  const number = documentedNumber(title);
  if (number === undefined) return undefined;
  for (const name of attachmentNames) {
    const match = PICTURE_NAME.exec(name);
    if (match && Number(match[2]) === number) return match[1];
  }
  const text = STEP_TITLE.exec(title)?.[2];
  const reads = (id: string) => PROCEDURES.find((p) => p.id === id)?.steps.find((s) => s.number === number)?.text === text;
  if (testProcedureId && reads(testProcedureId)) return testProcedureId;
  return PROCEDURES.find((p) => reads(p.id))?.id;
}
