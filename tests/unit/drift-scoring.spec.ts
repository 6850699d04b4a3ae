import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { PROCEDURE_IDS } from '../../flows/catalog.ts';
import type { Candidate, Fingerprint } from '../../scripts/drift/fingerprint.ts';
import { loadProfile, PROFILE_SCHEMA_FILE } from '../../scripts/drift/profile.ts';
import { REPLAYS } from '../../scripts/drift/procedures.ts';
import { bestCandidate, HEAL_THRESHOLD, RENAMED_FROM, textSimilarity } from '../../scripts/drift/similarity.ts';

const baseline: Fingerprint = { role: 'button', name: 'Review Request', label: 'Review Request', heading: 'Add Role', region: 'dialog “Add Role”', position: { x: 400, y: 620, width: 160, height: 44 } };
const candidate = (name: string, over: Partial<Candidate> = {}): Candidate => ({ ...baseline, name, label: name, inScope: true, nth: 0, ...over });

test.describe('renamed or missing', () => {
  test('a button renamed in place scores high enough to heal', () => {
    const best = bestCandidate({ role: 'button', name: 'Review Request' }, baseline, [candidate('Cancel', { position: { x: 600, y: 620, width: 80, height: 44 } }), candidate('Review Role Request')], []);
    expect(best?.candidate.name).toBe('Review Role Request');
    expect(best?.score).toBeGreaterThanOrEqual(HEAL_THRESHOLD);
    expect(best?.reason).toBe('same role, same place (in dialog “Add Role”, under “Add Role”, at the same spot), a similar name');
  });

  test('the field next to a removed one is not taken for a rename, however close it sits', () => {
    const nickname: Fingerprint = { ...baseline, role: 'field', name: 'This file’s nickname is…', label: 'This file’s nickname is…', region: 'main', heading: 'Upload a Document' };
    const neighbour = candidate('Certification Statement & Signature', { role: 'field', region: 'main', heading: 'Upload a Document', position: { x: 400, y: 700, width: 400, height: 40 } });
    const best = bestCandidate({ role: 'field', name: 'This file’s nickname is…' }, nickname, [neighbour], []);
    expect(best?.score).toBeLessThan(RENAMED_FROM);
  });

  test('an element that is another documented name of the procedure is no candidate', () => {
    expect(bestCandidate({ role: 'button', name: 'Review Request' }, baseline, [candidate('Submit Role Request')], [{ role: 'button', name: 'Submit Role Request' }])).toBeUndefined();
  });

  test('text similarity ignores case and punctuation, and counts shared words', () => {
    expect(textSimilarity('Confirm & Upload', 'confirm upload')).toBe(1);
    expect(textSimilarity('Manage My Roles', 'Manage Roles')).toBeGreaterThan(0.7);
    expect(textSimilarity('Submit', 'Cancel')).toBeLessThan(0.3);
  });
});

test.describe('drift profiles', () => {
  test('the schema lists every catalogued procedure, and drift can replay each', () => {
    const schema = JSON.parse(readFileSync(PROFILE_SCHEMA_FILE, 'utf8')) as { properties: { procedures: { properties: object } }; definitions: { inputs: object } };
    expect(Object.keys(schema.properties.procedures.properties)).toEqual(PROCEDURE_IDS);
    expect(Object.keys(schema.definitions.inputs)).toEqual(PROCEDURE_IDS);
    expect(Object.keys(REPLAYS).sort()).toEqual([...PROCEDURE_IDS].sort());
  });

  test('targets/demo.json covers the whole catalog, with the demo world’s passwords and no secret in the file', () => {
    const demo = loadProfile('targets/demo.json', {});
    expect(Object.keys(demo.inputs)).toEqual(PROCEDURE_IDS);
    expect(demo.accounts.AO).toMatchObject({ userId: 'jane.ao', password: 'Correct-Horse-Battery-9' });
    expect(readFileSync('targets/demo.json', 'utf8')).not.toContain('Correct-Horse-Battery-9');
  });

  test('a password from an environment variable that is not set is refused, naming the variable and where', () => {
    const file = test.info().outputPath('env.json');
    writeFileSync(file, JSON.stringify({
      codes: { source: 'prompt' },
      accounts: { AO: { userId: 'jane.ao', password: { env: 'QA_JANE_PASSWORD' } } },
      procedures: { 'idm.update-email': { account: 'AO', input: { newEmail: 'jane@example.test' } } },
    }));
    expect(() => loadProfile(file, {})).toThrow('/accounts/AO/password needs the environment variable QA_JANE_PASSWORD, which is not set');
    expect(loadProfile(file, { QA_JANE_PASSWORD: 'from-the-vault' }).accounts.AO?.password).toBe('from-the-vault');
  });
});
