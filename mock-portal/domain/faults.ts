import { refuse } from './errors.ts';

/** The points where the control API can make the next operations fail. */
export const FAULT_POINTS = {
  'connexion.upload': 'Connexion stores an uploaded document (the upload fails and nothing is kept).',
  'pecos.lookup': 'The portal asks PECOS about a PTAN or an authorized official (the upstream answers 503).',
  'identity.proofing': 'The portal asks the identity-proofing service to verify a person (the upstream answers 503).',
  'mail.send': 'The portal hands an e-mail to the mail service (the service refuses it).',
  'phone.send': 'The portal hands a text message or a voice call to the phone service (the service refuses it).',
} as const;
export type FaultPoint = keyof typeof FAULT_POINTS;

/** How an injected fault shows: an error answer, or no answer until the caller times out. */
export type FaultMode = 'error' | 'timeout';

export interface ArmedFault {
  point: FaultPoint;
  remaining: number;
  mode: FaultMode;
}

export function isFaultPoint(value: string): value is FaultPoint {
  return Object.hasOwn(FAULT_POINTS, value);
}

export class Faults {
  private armed: ArmedFault[] = [];

  arm(point: string, times: number, mode: FaultMode = 'error'): ArmedFault {
    if (!isFaultPoint(point)) throw refuse.invalid(`Unknown fault point "${point}". Known points: ${Object.keys(FAULT_POINTS).join(', ')}.`, 'point');
    const fault = { point, remaining: times, mode };
    this.armed = this.armed.filter((f) => f.point !== point);
    this.armed.push(fault);
    return fault;
  }

  /** Uses up one armed failure at this point, if there is one, and says how it fails. */
  take(point: FaultPoint): FaultMode | undefined {
    const fault = this.armed.find((f) => f.point === point && f.remaining > 0);
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.armed = this.armed.filter((f) => f !== fault);
    return fault.mode;
  }

  list(): ArmedFault[] {
    return this.armed.map((f) => ({ ...f }));
  }

  clear(): void {
    this.armed = [];
  }
}
