/**
 * The documents the procedures come from (../shared/seeds/README.md; RT from ../shared/docs/domain.md), named as a
 * trainer would cite them.
 */
export const SOURCES: Readonly<Record<string, string>> = {
  '000': 'CBIC, “How to Update Information in the CMS Enterprise Portal” (2019)',
  '001': 'CBIC, “How to Update Information in the CMS Identity Management (IDM) System” (2021)',
  '002': 'CBIC, “Connexion”',
  '003': '“Welcome to CMS Enterprise Portal via Okta”',
  '004': 'CBIC, “Uploading Documents in Connexion Quick Reference”',
  RT: 'CBIC, “DBidS and Connexion User Role Table” (Round 2021)',
  IDMUG: 'CMS, “Identity Management (IDM) User Guide” (v1.01, June 2021), not a CBIC seed document',
};

/** "CBIC, “…” (2021), seed document 001", or just the seed's name when the catalog cites no known document. */
export function sourceOf(seed: string): string {
  const known = SOURCES[seed];
  if (!known) return `source document “${seed}”`;
  return /^\d+$/.test(seed) ? `${known}, seed document ${seed}` : known;
}

/** The date each document states it was last updated ("Updated: 01/25/2021"), where it states one. */
export const SOURCE_UPDATED: Readonly<Record<string, string>> = {
  '000': '2019-08-16',
  '001': '2021-01-25',
  '002': '2021-04-16',
  '004': '2021-01-25',
  RT: '2023-03-28',
};
