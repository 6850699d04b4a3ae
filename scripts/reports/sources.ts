/** The seed documents the procedures come from (../shared/seeds/README.md), named as a trainer would cite them. */
export const SOURCES: Readonly<Record<string, string>> = {
  '000': 'CBIC, “How to Update Information in the CMS Enterprise Portal” (2019)',
  '001': 'CBIC, “How to Update Information in the CMS Identity Management (IDM) System” (2021)',
  '002': 'CBIC, “Connexion”',
  '003': '“Welcome to CMS Enterprise Portal via Okta”',
  '004': 'CBIC, “Uploading Documents in Connexion Quick Reference”',
};

export function sourceOf(seed: string): string {
  return SOURCES[seed] ?? `seed document ${seed}`;
}
