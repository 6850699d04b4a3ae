/**
 * The National Provider Identifier (rule 61) [DOC NPI: the CMS check-digit specification]: 10 digits, the first 1 or
 * 2, the last a Luhn check digit computed as if the card-issuer prefix 80840 stood in front of the first nine.
 */
const PREFIX = '80840';

/** The Luhn check digit of `digits` (the digit that would be appended). */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  // From the right: the digit next to the check digit is doubled, then every other one.
  [...digits].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

/** What is wrong with an NPI as typed, or undefined when it is valid. Spaces and dashes are ignored. */
export function npiProblem(value: string, label = 'NPI'): string | undefined {
  const npi = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(npi)) return `Enter the ${label} as 10 digits.`;
  if (npi[0] !== '1' && npi[0] !== '2') return `The ${label} must start with 1 or 2.`;
  if (luhnCheckDigit(PREFIX + npi.slice(0, 9)) !== Number(npi[9])) return `The ${label} ${npi} is not a valid NPI: its check digit does not match. Check the number on your NPPES record.`;
  return undefined;
}

/** The NPI as stored: digits only. */
export function normalizedNpi(value: string): string {
  return value.replace(/[\s-]/g, '');
}
