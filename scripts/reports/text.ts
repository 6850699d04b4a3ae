/** The first non-empty line of an error message, without terminal colours. */
export function firstLine(message: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim())?.trim() ?? '';
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A test's title without the procedure id that starts it: "idm.add-ptan: a BAO adds a PTAN" → "a BAO adds a PTAN". */
export function shortTitle(title: string, procedureId: string): string {
  return title.startsWith(procedureId) ? title.slice(procedureId.length).replace(/^[\s:—–-]+/, '') || title : title;
}
