import { Faker, en } from '@faker-js/faker';
import { MockClock } from './clock.ts';
import { Faults } from './faults.ts';
import { SeededRandom } from './random.ts';
import type { Account, Mail, Organization, RoleRequest, Upload } from './types.ts';
import type { Challenge } from './mfa/challenges.ts';
import type { PendingRegistration } from './accounts/registration.ts';
import type { PhoneMessage } from './phone.ts';
import { discardStoredFiles } from './connexion/stored-files.ts';
import type { Bid } from './bidding/bids.ts';
import type { BidderInquiry, NoticeResponse, OfferDecision } from './bidding/records.ts';
import { emptyMaintenance } from './contract-maintenance/records.ts';
import type { Upstream } from './upstream.ts';
import type { Trainee } from './classroom/records.ts';

export const DEFAULT_SEED = 2021;

/**
 * The whole state of the mock portal and the services every rule reads: clock, faults, seeded randomness.
 * Rules live in the modules beside this one; this class only holds data.
 */
export class MockState {
  readonly clock = new MockClock();
  readonly faults = new Faults();
  seed = DEFAULT_SEED;
  random = new SeededRandom(DEFAULT_SEED);
  faker = new Faker({ locale: [en], seed: DEFAULT_SEED });

  organizations = new Map<string, Organization>();
  /** Keyed by the lower-cased user ID: IDM user IDs are not case sensitive at sign-in. */
  accounts = new Map<string, Account>();
  requests: RoleRequest[] = [];
  mail: Mail[] = [];
  /** Documents uploaded in Connexion; their bytes live under `uploadDir`. */
  uploads: Upload[] = [];
  uploadDir = '';
  /** Deletes the bytes of uploads a reset forgets; with a data folder the storage does it once the reset is saved. */
  discardUploadFiles: (uploads: readonly Upload[]) => void = discardStoredFiles;
  /** One-time codes waiting to be entered (sign-in, recovery, factor enrolment), keyed by purpose and user ID. */
  verifications = new Map<string, Challenge>();
  /** Text messages and voice calls the portal made (the phone outbox). */
  phoneMessages: PhoneMessage[] = [];
  /** New User Registrations waiting for their e-mail verification, keyed by the link's token. */
  registrations = new Map<string, PendingRegistration>();
  /** DBidS bids, keyed by bidder number. */
  bids = new Map<string, Bid>();
  /** Connexion: uploads answering CDRD, BFB and PBE notices; answers to contract offers. */
  noticeResponses: NoticeResponse[] = [];
  offerDecisions: OfferDecision[] = [];
  /** Connexion contract maintenance: Form C reports, location changes, transfers, subcontractor disclosures. */
  maintenance = emptyMaintenance();
  /** Connexion bidder inquiries, one per bidder number. */
  inquiries: BidderInquiry[] = [];
  /** The class on this mock (`--class N`), oldest first: see classroom/. */
  trainees: Trainee[] = [];

  constructor(readonly upstream: Upstream) {}

  reset(seed = DEFAULT_SEED): void {
    this.seed = seed;
    this.random = new SeededRandom(seed);
    this.faker = new Faker({ locale: [en], seed });
    this.clock.reset();
    this.faults.clear();
    this.organizations.clear();
    this.accounts.clear();
    this.requests = [];
    this.mail = [];
    this.discardUploadFiles(this.uploads);
    this.uploads = [];
    this.verifications.clear();
    this.phoneMessages = [];
    this.registrations.clear();
    this.bids.clear();
    this.noticeResponses = [];
    this.offerDecisions = [];
    this.maintenance = emptyMaintenance();
    this.inquiries = [];
    this.trainees = [];
  }

  findAccount(userId: string): Account | undefined {
    return this.accounts.get(userId.trim().toLowerCase());
  }

  addAccount(account: Account): void {
    this.accounts.set(account.userId.toLowerCase(), account);
  }

  nowIso(): string {
    return this.clock.now().toISOString();
  }
}
