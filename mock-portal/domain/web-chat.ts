import { config } from '../config.ts';
import { refuse } from './errors.ts';
import type { FormFields } from './forms.ts';
import type { MockState } from './mock-state.ts';

/** The CBIC web chat form: "Fields with a red asterisk (*) are required." [DOC S1, S2, S4; fields INF] */
export const CHAT_TOPICS = ['Registration', 'Passwords and account unlocks', 'User roles', 'Connexion', 'Bidding', 'Contracts', 'Other'] as const;

export interface ChatValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  organization: string;
  topic: string;
  question: string;
}

const FIELDS: readonly (keyof ChatValues)[] = ['firstName', 'lastName', 'email', 'phone', 'organization', 'topic', 'question'];

/** The web chat form's fields as sent, trimmed. */
export function chatValuesOf(form: FormFields): ChatValues {
  return Object.fromEntries(FIELDS.map((name) => [name, form.text(name).trim()])) as unknown as ChatValues;
}

/** Every required field filled in, in the right form; field → message. */
export function chatProblems(values: ChatValues): Partial<Record<keyof ChatValues, string>> {
  const errors: Partial<Record<keyof ChatValues, string>> = {};
  if (!values.firstName) errors.firstName = 'Enter your first name.';
  if (!values.lastName) errors.lastName = 'Enter your last name.';
  if (!values.email) errors.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = 'Enter an email address like name@example.com.';
  if (values.phone && values.phone.replace(/\D/g, '').replace(/^1/, '').length !== 10) errors.phone = 'Enter a ten-digit phone number, for example 410-555-0100, or leave it empty.';
  if (!(CHAT_TOPICS as readonly string[]).includes(values.topic)) errors.topic = 'Select a topic.';
  if (!values.question) errors.question = 'Enter your question.';
  return errors;
}

/** Start Chat: the required fields are enforced here, not only in the browser; then who answers and when. */
export function startWebChat(state: MockState, form: FormFields): { values: ChatValues; connected: string } {
  const values = chatValuesOf(form);
  const problems = chatProblems(values);
  if (Object.keys(problems).length) throw refuse.fields(problems);
  return { values, connected: chatAvailability(state.clock.now()) };
}

/** Agents answer during CBIC hours: 9 a.m. to 5:30 p.m. prevailing Eastern Time, Monday through Friday. [DOC S1] */
export function chatAvailability(now: Date, timeZone: string = config.timeZone): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minutes = Number(get('hour')) * 60 + Number(get('minute'));
  const weekday = !['Sat', 'Sun'].includes(get('weekday'));
  if (weekday && minutes >= 9 * 60 && minutes < 17 * 60 + 30) return 'An agent will be with you shortly.';
  return `Our agents are available between ${config.cbic.hours}. Your question has been saved and an agent will reply by e-mail on the next business day.`;
}
