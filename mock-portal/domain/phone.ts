import { cbicHelp, config } from '../config.ts';
import { refuse } from './errors.ts';
import type { MockState } from './mock-state.ts';
import { UpstreamUnavailable } from './upstream.ts';

/**
 * The phone outbox: every text message (SMS) and voice call the portal makes to deliver a one-time code, captured
 * so a browser (`/phone/`) and the control API (`GET /__admin/phone`) can read it, as the mailbox does for e-mail.
 */
export interface PhoneMessage {
  id: string;
  /** The phone number, as 10 digits with dashes: 410-555-0100. */
  to: string;
  channel: 'sms' | 'voice';
  /** What the text says, or what the voice call says aloud. */
  text: string;
  sentAt: string;
}

/** A phone number as the outbox files it: 10 digits as NNN-NNN-NNNN (a leading 1 dropped). */
export function normalizedPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : phone.trim();
}

/** Hands a text or a call to the phone service (upstream). A failed hand-off is a clear refusal. */
export async function sendPhoneMessage(state: MockState, message: Omit<PhoneMessage, 'id' | 'sentAt'>): Promise<void> {
  try {
    await state.upstream.sendPhoneMessage({ ...message, to: normalizedPhone(message.to) });
  } catch (error) {
    if (error instanceof UpstreamUnavailable) {
      throw refuse.unavailable(`We could not ${message.channel === 'sms' ? 'text' : 'call'} ${normalizedPhone(message.to)} right now. Please try again in a few minutes or choose another verification method; if it keeps failing, ${cbicHelp}.`);
    }
    throw error;
  }
}

/** What the phone service does with a message: files it in the outbox, which keeps the newest as the mailbox does. */
export function deliverPhoneMessage(state: MockState, message: Omit<PhoneMessage, 'id' | 'sentAt'>): PhoneMessage {
  const last = state.phoneMessages.at(-1);
  const stored = { id: `p${last ? Number(last.id.slice(1)) + 1 : 1}`, ...message, to: normalizedPhone(message.to), sentAt: state.nowIso() };
  state.phoneMessages.push(stored);
  if (state.phoneMessages.length > config.mailboxMaxMessages) state.phoneMessages.splice(0, state.phoneMessages.length - config.mailboxMaxMessages);
  return stored;
}

/** The messages to one number, newest first. */
export function phoneMessagesTo(state: MockState, phone: string): PhoneMessage[] {
  const wanted = normalizedPhone(phone);
  return state.phoneMessages.filter((m) => m.to === wanted).reverse();
}
