import path from 'node:path';
import { isProcedureId, PROCEDURE_IDS, type ProcedureId } from '../../flows/catalog.ts';

/**
 * The catalogued procedure a test replays: from its title ("idm.add-ptan: …", the convention), else its file
 * name (tests/procedures/idm.add-ptan.spec.ts), else its first `procedure-step` annotation ("idm.add-ptan#5").
 */
export function procedureIdOf(title: string, file: string, annotations: readonly { type: string; description?: string }[]): ProcedureId | undefined {
  const fromTitle = PROCEDURE_IDS.filter((id) => title.startsWith(id)).sort((a, b) => b.length - a.length)[0];
  if (fromTitle) return fromTitle;
  const base = path.basename(file).replace(/\.(spec|sample)\.ts$/, '');
  if (isProcedureId(base)) return base;
  for (const a of annotations) {
    const id = a.type === 'procedure-step' ? a.description?.split('#')[0] : undefined;
    if (id && isProcedureId(id)) return id;
  }
  return undefined;
}
