import path from 'node:path';
import { PROCEDURES } from '../../flows/catalog.ts';

const IDS: readonly string[] = PROCEDURES.map((p) => p.id);

/**
 * The catalogued procedure a test replays: from its `procedure-step` annotations ("idm.add-ptan#5"), else from
 * its title ("idm.add-ptan: …"), else from its file name (tests/procedures/idm.add-ptan.spec.ts).
 */
export function procedureIdOf(title: string, file: string, annotations: readonly { type: string; description?: string }[]): string | undefined {
  for (const a of annotations) {
    const id = a.type === 'procedure-step' ? a.description?.split('#')[0] : undefined;
    if (id && IDS.includes(id)) return id;
  }
  const fromTitle = IDS.filter((id) => title.startsWith(id)).sort((a, b) => b.length - a.length)[0];
  if (fromTitle) return fromTitle;
  const base = path.basename(file).replace(/\.(spec|sample)\.ts$/, '');
  return IDS.includes(base) ? base : undefined;
}
