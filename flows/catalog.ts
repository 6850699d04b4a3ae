/**
 * The catalog of documented procedures: every numbered procedure of the seed documents, its steps word for word
 * (../shared/seeds/), the elements each step names, and its documented outcome. Flows take their step titles and
 * the names they look up from here; the reports, the guides and `npm run drift` read it.
 */
export type PortalName = 'CMS Enterprise Portal' | 'CMS IDM System' | 'Connexion' | 'DBidS';
export type RoleName = 'AO' | 'BAO' | 'EU';

/**
 * How a flow looks an element up: by its ARIA role and accessible name (`getByRole`), or, for `field`, a form field
 * by its label (`getByLabel`).
 */
export type NamedRole =
  | 'button' | 'checkbox' | 'columnheader' | 'combobox' | 'complementary' | 'dialog' | 'group' | 'heading' | 'link'
  | 'navigation' | 'note' | 'radio' | 'region' | 'textbox' | 'field';

/** An element a documented step names: what the flow looks for, and what `npm run drift` checks on a deployment. */
export interface ExpectedName {
  role: NamedRole;
  name: string;
  /** The name must match whole (case-sensitive), not as a part of a longer name. */
  exact?: boolean;
  /** A heading's level. */
  level?: number;
  /**
   * Pressing it commits something on the portal (a request, an upload, a removal, a saved form). A drift replay
   * without --commit stops here, once it has checked the control is there.
   */
  commits?: boolean;
}

export interface DocumentedStep {
  number: number;
  text: string;
  /** The elements the step names, in the order the flow looks them up. */
  names: readonly ExpectedName[];
  /**
   * A step written for some roles only ("For an AO, …" / "For a BAO/EU, …"): the steps of a procedure that share a
   * `group` are alternatives of one another, and a replay takes the one for its role.
   */
  alternative?: { group: string; forRoles: readonly RoleName[] };
}

export interface Procedure {
  id: string;
  /** The document it comes from: a seed, e.g. "001", or another source of ../shared/docs/domain.md, e.g. "IDMUG". */
  seed: string;
  /** Where the steps come from when the seeds do not give them (guides and reports print it). */
  basis?: string;
  title: string;
  portal: PortalName;
  steps: readonly DocumentedStep[];
  /** What the seed says the user sees at the end. */
  outcome: string;
}

/** A documented step before it is numbered: its text, then the elements it names. */
interface StepSpec {
  text: string;
  names: readonly ExpectedName[];
  alternative?: DocumentedStep['alternative'];
}

const s = (text: string, ...names: ExpectedName[]): StepSpec => ({ text, names });
const forRoles = (group: string, roles: readonly RoleName[], spec: StepSpec): StepSpec => ({ ...spec, alternative: { group, forRoles: roles } });
const steps = (...specs: StepSpec[]): DocumentedStep[] => specs.map((spec, i) => ({ number: i + 1, ...spec }));

type NameOptions = Omit<ExpectedName, 'role' | 'name'>;
const named = (role: NamedRole) => (name: string, options: NameOptions = {}): ExpectedName => ({ role, name, ...options });
const button = named('button');
const link = named('link');
const dialog = (name: string, options: NameOptions = {}) => named('dialog')(name, { exact: true, ...options });
const field = named('field');
const checkbox = named('checkbox');
const region = named('region');
const group = named('group');
const heading1 = (name: string) => named('heading')(name, { level: 1 });
const commits: NameOptions = { commits: true };

/** Steps 1–4 of every IDM procedure of seed 001. */
const idmSignIn = (): StepSpec[] => [
  s('From the CBIC website, click Phases in the top navigation bar.', link('Phases', { exact: true })),
  s('Click Registration.', link('Registration', { exact: true })),
  s('Click Visit CMS IDM System.', button('Visit CMS IDM System')),
  s(
    'Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.',
    field('User ID'), field('Password'), checkbox('I agree to the Terms & Conditions'), button('Sign In'), field('Verification Code'), button('Verify'),
  ),
];

/** Steps 1–4 of the Enterprise Portal procedures of seed 000 (step 4 says "select" or "click" Login). */
const enterprisePortalLogIn = (verb: 'select' | 'click'): StepSpec[] => [
  s('From the CBIC website, click Portals in the top navigation bar.', link('Portals', { exact: true })),
  s('Click CMS Enterprise Portal.', link('CMS Enterprise Portal', { exact: true })),
  s('Click Modify CMS Enterprise Portal Profile.', link('Modify CMS Enterprise Portal Profile')),
  s(
    `Enter your CMS Enterprise Portal user ID and password and ${verb} Login.`,
    field('User ID', { exact: true }), field('Password', { exact: true }), checkbox('I agree to the Terms & Conditions'), button('Login', { exact: true }),
  ),
];

const CONNEXION_LINKS = s(
  'Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.',
  link('Connexion', { exact: true }), link('Access Connexion'),
);
const LOG_IN_WITH_CODE = [button('Log In'), field('User ID'), field('Password'), field('Verification Code'), button('Verify')];

/** Steps 1–2 of the Connexion procedures of seed 002: the CBIC website's Connexion link, then the log-in with the e-mailed code. */
const connexionLogIn = (): StepSpec[] => [
  CONNEXION_LINKS,
  s(
    'Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.',
    ...LOG_IN_WITH_CODE,
  ),
];

/** Steps 1–2 of the DBidS procedures. */
const dbidsLogIn = (): StepSpec[] => [
  s('From the CBIC website, click Portals in the top navigation bar, then click DMEPOS Bidding System (DBidS).', link('Portals', { exact: true }), link('DMEPOS Bidding System (DBidS)')),
  s('Enter your CMS Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.', ...LOG_IN_WITH_CODE),
];

const MANAGE_MY_ROLES = s(
  'Click the Manage My Roles button on the Self Service Dashboard. The Manage My Roles window appears and displays the user’s existing roles.',
  button('Manage My Roles'), dialog('Manage My Roles'),
);
const VIEW_DETAILS = s(
  'Click the View Details button. The Application Roles window appears and displays the role details for the selected role.',
  button('View Details'), dialog('Application Roles'),
);
const MODIFY_ROLE = (text: string) => s(text, button('Modify Role'), dialog('Edit Role Details'));

/** "For an AO, …" / "For a BAO/EU, …" of the IDM attribute menu (seed 001). */
const ATTRIBUTES = [
  forRoles('attribute menu', ['AO'], s('For an AO, enter the organization details, including the PTAN.', field('Legal Business Name'), field('PTAN', { exact: true }))),
  forRoles('attribute menu', ['BAO', 'EU'], s('For a BAO/EU, enter the PTAN and search for the organization.', field('PTAN', { exact: true }), button('Search'))),
];
const REVIEW_REQUEST = s(
  'Review the role request information and click the Review Request button. The Reason for Request dialog box appears.',
  button('Review Request'), dialog('Reason for Request'),
);
const SUBMIT_ROLE_REQUEST = (text: string) => s(text, field('Justification'), button('Submit Role Request', commits), dialog('Role Request'));
const MY_REQUESTS_INCREMENTS = s(
  'The My Requests indicator on the Self Service Dashboard increments to display the user’s current number of pending requests.',
  link('Self Service Dashboard'), link('My Requests'),
);
const SUBMIT_CHANGES = (text: string) => s(text, field('Justification Statement'), button('Submit Changes', commits));

const CONTRACT_MAINTENANCE = s('Select My Current Contract from the menu, then Contract Maintenance for your contract.', link('My Current Contract'), link('Contract Maintenance'));
const MY_TO_DO_LIST = { role: 'complementary', name: 'My To-Do List' } as const satisfies ExpectedName;
const OPEN_OFFER = s(
  'On your dashboard, select the contract offer from My To-Do List, or select Contract Offers from the menu and then the offer. Only an AO or BAO can view contract offers.',
  MY_TO_DO_LIST, heading1('Contract Offer'),
);
const REVIEW_OFFER = s('Review the offer: the product category, the competitive bidding area (CBA), the single payment amount and the response deadline (8:59:59 p.m. prevailing Eastern Time).');

/** Why the account procedures have steps although no seed gives them. */
const FROM_IDM_USER_GUIDE =
  "Not a CBIC seed document: seed 001 points new users to the CMS Identity Management (IDM) User Guide, and these steps follow that guide's chapter titles (domain.md §3.2, IDMUG), with the screens as the mock portal shows them.";

/** Steps 1–3 of every seed 001 procedure: from the CBIC website to the CMS IDM System's sign-in page. */
const toIdm = (): StepSpec[] => idmSignIn().slice(0, 3);

/** Steps 5–7 shared by Forgot Password and Unlock Account: the user ID, where to send the code, the code. */
const PROVE_IDENTITY = (verify: ExpectedName): StepSpec[] => [
  s('Enter your user ID and click Next.', field('User ID'), button('Next', { exact: true }), group('Send the verification code to')),
  s(
    'Select where to send the verification code (your e-mail address or another verification method of your account) and click Send Code.',
    group('Send the verification code to'), button('Send Code'),
  ),
  s('Enter the verification code and click Verify.', field('Verification Code'), verify),
];
const IDM_MY_PROFILE = s('Click the My Profile button on the Self Service Dashboard. The My Profile window appears.', button('My Profile'), dialog('My Profile'));
const NEW_PASSWORD_TWICE = [field('New Password', { exact: true }), field('Confirm New Password')];

/**
 * The account procedures of the IDM User Guide (IDMUG): what a person does with their IDM account before and
 * around the seed 001 procedures. Steps 1–4 are seed 001's.
 */
const IDM_ACCOUNT_PROCEDURES = [
  {
    id: 'idm.create-account',
    seed: 'IDMUG',
    basis: FROM_IDM_USER_GUIDE,
    title: 'Create a New User Account',
    portal: 'CMS IDM System',
    steps: steps(
      ...toIdm(),
      s('Click New User Registration.', link('New User Registration'), heading1('New User Registration')),
      s(
        'Enter your first name, last name, e-mail address (twice) and phone number, check the box to agree to the terms and conditions, and click Next.',
        field('First Name'), field('Last Name'), field('E-mail Address', { exact: true }), field('Confirm E-mail Address'), field('Phone Number'),
        checkbox('I agree to the Terms & Conditions'), button('Next', { exact: true }),
      ),
      s(
        'Choose a user ID and a password, enter the password again, select a security question and enter its answer, and click Next. The page names each rule the user ID or the password does not meet.',
        field('User ID', { exact: true }), field('Password', { exact: true }), field('Confirm Password'), field('Security Question'), field('Security Answer'),
        button('Next', { exact: true, commits: true }),
      ),
      s('Open the e-mail the CMS IDM System sends you. Select its link, or enter its verification code and click Verify.', field('Verification Code'), button('Verify', { exact: true, commits: true })),
    ),
    outcome: 'The sign-in page says the e-mail address is verified and the account is active; the new user ID and password sign in.',
  },
  {
    id: 'idm.forgot-user-id',
    seed: 'IDMUG',
    basis: FROM_IDM_USER_GUIDE,
    title: 'Recover a Forgotten User ID',
    portal: 'CMS IDM System',
    steps: steps(
      ...toIdm(),
      s('Click Forgot User ID?', link('Forgot User ID?'), heading1('Forgot User ID')),
      s(
        'Enter your first name, last name and the e-mail address on your account, and click Submit.',
        field('First Name'), field('Last Name'), field('E-mail Address'), button('Submit', { exact: true, commits: true }),
      ),
      s('Open the e-mail the CMS IDM System sends you: it gives your user ID.'),
    ),
    outcome: 'The page says the user ID was e-mailed, and the e-mail gives it.',
  },
  {
    id: 'idm.reset-password',
    seed: 'IDMUG',
    basis: FROM_IDM_USER_GUIDE,
    title: 'Reset a Forgotten Password',
    portal: 'CMS IDM System',
    steps: steps(
      ...toIdm(),
      s('Click Forgot Password?', link('Forgot Password?'), heading1('Forgot Password')),
      ...PROVE_IDENTITY(button('Verify', { exact: true })),
      s('Enter a new password twice and click Reset Password. The page names each rule the password does not meet.', ...NEW_PASSWORD_TWICE, button('Reset Password', commits)),
    ),
    outcome: 'The sign-in page says the password was reset; the new password signs in.',
  },
  {
    id: 'idm.unlock-account',
    seed: 'IDMUG',
    basis: FROM_IDM_USER_GUIDE,
    title: 'Unlock a User Account',
    portal: 'CMS IDM System',
    steps: steps(
      ...toIdm(),
      s('Click Unlock Account?', link('Unlock Account?'), heading1('Unlock Account')),
      ...PROVE_IDENTITY(button('Verify', { exact: true, commits: true })),
    ),
    outcome: 'The sign-in page says the account is unlocked; the user ID and password sign in again.',
  },
  {
    id: 'idm.change-password',
    seed: 'IDMUG',
    basis: FROM_IDM_USER_GUIDE,
    title: 'Change Your Password',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      IDM_MY_PROFILE,
      s('Click the Change Password button. The Change Password window appears.', button('Change Password'), dialog('Change Password')),
      s(
        'Enter your current password, then the new password twice, and click Change Password. The window names each rule the new password does not meet; it must not be one of your last 6 passwords.',
        field('Current Password'), ...NEW_PASSWORD_TWICE, button('Change Password', commits),
      ),
    ),
    outcome: 'The Change Password window says the password was changed.',
  },
  {
    id: 'idm.change-expired-password',
    seed: 'IDMUG',
    basis: FROM_IDM_USER_GUIDE,
    title: 'Change an Expired Password',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      s(
        'The Change Expired Password page says your password has expired because your account was not used for 60 days. Enter a new password twice and click Change Password.',
        heading1('Change Expired Password'), ...NEW_PASSWORD_TWICE, button('Change Password', commits),
      ),
      s('The Self Service Dashboard appears.', heading1('Self Service Dashboard')),
    ),
    outcome: 'The Self Service Dashboard says the password was changed; the account is usable again.',
  },
  {
    id: 'idm.add-mfa-device',
    seed: 'IDMUG',
    basis: `${FROM_IDM_USER_GUIDE} Steps 5–9 also follow the IDM FAQ (IDFAQ): My Profile, Manage MFA and Recovery Devices, Add another device, one device at a time.`,
    title: 'Add an MFA Device',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      IDM_MY_PROFILE,
      s('Click the Manage MFA and Recovery Devices button. The window lists your verification methods.', button('Manage MFA and Recovery Devices'), dialog('Manage MFA and Recovery Devices')),
      s('Under Add another device, select the device to add (one at a time) and click Next.', field('Add another device'), button('Next', { exact: true })),
      s(
        'Follow the prompts: for SMS or Voice Call, enter the phone number and click Next; for Google Authenticator or Okta Verify, click Next and add the secret key shown to the app.',
        field('Phone Number'), button('Next', { exact: true }),
      ),
      s(
        'Enter the verification code the device receives or shows and click Verify. The device is listed under your verification methods.',
        field('Verification Code'), button('Verify', { exact: true, commits: true }), dialog('Manage MFA and Recovery Devices'),
      ),
    ),
    outcome: 'Manage MFA and Recovery Devices lists the new device; the next sign-in offers it.',
  },
] as const satisfies readonly Procedure[];

export const PROCEDURES = [
  {
    id: 'ep.remove-role',
    seed: '000',
    title: 'Removing and/or Changing a Role',
    portal: 'CMS Enterprise Portal',
    steps: steps(
      ...enterprisePortalLogIn('select'),
      s('Click the Request/Add Apps button on the Welcome to CMS Enterprise Portal page.', button('Request/Add Apps'), region('My Access', { exact: true })),
      s('In the My Access panel, your current role will appear. Select Remove Role for the specific application – DBidS or Connexion.', button('Remove Role'), heading1('Request to Remove Role')),
      s('Your role will be listed on the Request to Remove Role page. Under the Remove a Role column, select Remove for the role you want to remove.', named('columnheader')('Remove a Role'), button('Remove', { exact: true })),
      s('A box will appear with a confirmation statement. Select OK to remove the role.', button('OK', { exact: true, commits: true })),
    ),
    outcome: 'The role is removed from the My Access panel.',
  },
  {
    id: 'ep.request-new-role',
    seed: '000',
    title: 'Requesting a New Role',
    portal: 'CMS Enterprise Portal',
    steps: steps(
      ...enterprisePortalLogIn('click'),
      s('Click the Request/Add Apps button on the Welcome to CMS Enterprise Portal page.', button('Request/Add Apps'), region('Access Catalog')),
      s('Locate the specific application (DBidS or Connexion) in the Access Catalog and click the Request Access button.', region('Access Catalog'), button('Request Access'), field('Select your new role')),
      s('Select your new role (AO, BAO, or EU) and click Next.', field('Select your new role'), button('Next', { exact: true })),
      s(
        'Complete the Identity Verification by agreeing to the Terms and Conditions, entering your information, and answering a series of questions. Note: A user is only prompted to complete the Identity Verification one time. If you have already requested a role, you will not be prompted again. However, if you are a new user, you will be requested to complete the Identity Verification.',
        checkbox('I agree to the Terms and Conditions'), button('Next', { exact: true }), button('Verify', { exact: true, commits: true }),
      ),
      s(
        'Review instructions regarding multi-factor authentication (MFA) and select one of the choices provided: Add MFA, Skip MFA, or Cancel. (MFA adds an extra layer of protection to your CMS user ID and password by adding a security code. You have the option to associate the security code to your profile by registering your phone, computer, or email. You will only be prompted to add MFA once. However, you may add MFA at any time by accessing the My Profile link from the Welcome Menu at the top right corner of Connexion.)',
        button('Add MFA', { exact: true, commits: true }), button('Skip MFA', { exact: true, commits: true }), button('Cancel', { exact: true }),
      ),
      s(
        'Complete the required fields on the Request New Application Access page by entering the same Provider Transaction Access Number (PTAN) you provided when you registered to request access for DBidS and Connexion, then click Next.',
        field('Provider Transaction Access Number (PTAN)'), button('Next', { exact: true }),
      ),
      s(
        'The Request New Application Access Review page will display. If the information shown is correct, click Submit. If the information is not correct, click Edit and correct the information. You will then click Save, and lastly, click Submit.',
        button('Edit', { exact: true }), button('Save', { exact: true }), button('Submit', { exact: true, commits: true }),
      ),
      s(
        'The Request New Application Access Acknowledgement page will appear with your request tracking number. You will also receive a verification email. Your role will take up to five minutes to display on the View and Manage My Access page.',
        link('View and Manage My Access'),
      ),
    ),
    outcome: 'The Request New Application Access Acknowledgement page shows the request tracking number, a verification e-mail arrives, and the role shows on View and Manage My Access within five minutes.',
  },
  {
    id: 'ep.update-email',
    seed: '000',
    title: 'Update Email Address',
    portal: 'CMS Enterprise Portal',
    steps: steps(
      ...enterprisePortalLogIn('select'),
      s('On the Welcome to CMS Enterprise Portal page, select the down arrow next to your name on the upper right side of the page.', named('heading')('Welcome to CMS Enterprise Portal', { level: 1, exact: true })),
      s('Select My Profile from the drop down menu.', link('My Profile', { exact: true })),
      s('In the left hand navigation menu, click Change My Profile to display the changes you can make to your CMS profile.', named('navigation')('Profile menu'), link('Change My Profile')),
      s('Answer your security questions.', region('Security Questions')),
      s(
        'Under Change Profile, enter the new email address in the E-mail Address and Confirm E-mail Address fields and select Submit.',
        region('Change Profile', { exact: true }), field('E-mail Address', { exact: true }), field('Confirm E-mail Address', { exact: true }), button('Submit', { exact: true, commits: true }),
      ),
      s('Once you complete the change, you will return to the View My Profile page.', heading1('View My Profile')),
      s('Select OK to close the page.', button('OK', { exact: true })),
    ),
    outcome: 'The View My Profile page shows the new e-mail address.',
  },
  {
    id: 'idm.add-ptan',
    seed: '001',
    title: 'How to Add More Than One PTAN to a Role',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      MANAGE_MY_ROLES,
      s(
        'Click the Add Role button. The Add Role window appears. The Selected Application is automatically populated, and the user will not be able to change it.',
        button('Add Role'), dialog('Add Role'), field('Selected Application'),
      ),
      s('The user role will populate and an attribute menu appears.', field('Role', { exact: true }), group('Attribute Menu')),
      ...ATTRIBUTES,
      REVIEW_REQUEST,
      SUBMIT_ROLE_REQUEST('Enter a justification and click the Submit Role Request button. The Role Request window displays Request ID information and a message which states that the request was successfully submitted to an approver for action.'),
      MY_REQUESTS_INCREMENTS,
    ),
    outcome: 'The Role Request window shows a Request ID and says the request was submitted to an approver for action; the My Requests indicator increments.',
  },
  {
    id: 'idm.update-ptan-organization',
    seed: '001',
    title: 'How to Update PTAN/Organization Information for an Existing Role',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      MANAGE_MY_ROLES,
      VIEW_DETAILS,
      MODIFY_ROLE('Click the Modify Role button. The Edit Role Details window appears. This window contains fields that are similar to those used during the initial role request, but it only permits the user to modify role attributes.'),
      s('Add one or more role attributes.', field('PTAN', { exact: true })),
      SUBMIT_CHANGES('Enter a justification statement and click the Submit Changes button. The Edit Role Details window displays Request ID information and a message that informs the user that the request was successfully submitted.'),
      s(
        'Click the Go to My Roles button. The Manage My Roles window appears and the My Requests indicator on the Self Service Dashboard increments to display the user’s current number of pending requests.',
        button('Go to My Roles'), dialog('Manage My Roles'), link('My Requests'),
      ),
    ),
    outcome: 'The Edit Role Details window shows a Request ID and a success message; Manage My Roles appears and the My Requests indicator increments.',
  },
  {
    id: 'idm.remove-role',
    seed: '001',
    title: 'How to Remove a Role',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      MANAGE_MY_ROLES,
      s('Click the Remove Role button. The Remove Role decision window appears.', button('Remove Role'), dialog('Remove Role')),
      s(
        'Click the Remove Role button. The Manage My Roles window displays Request ID information and a message that informs the user that the request was successfully submitted.',
        button('Remove Role', commits), dialog('Manage My Roles'),
      ),
      s('Click the Go to My Roles button. The Manage My Roles window appears and displays the user’s current roles.', button('Go to My Roles'), dialog('Manage My Roles')),
    ),
    outcome: 'The Manage My Roles window shows a Request ID and a success message, then the user\'s current roles.',
  },
  {
    id: 'idm.remove-ptans',
    seed: '001',
    title: 'How to Remove PTANs from a Role',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      MANAGE_MY_ROLES,
      VIEW_DETAILS,
      MODIFY_ROLE('Click the Modify Role button. The Edit Role Details window appears.'),
      s('Remove the desired PTAN(s).'),
      SUBMIT_CHANGES('Type a justification statement and click the Submit Changes button. The Edit Role Details window displays Request ID information and a message that informs the user that the request was successfully submitted.'),
      s('Click the Go to My Roles button. The Manage My Roles window appears and displays the user’s current roles.', button('Go to My Roles'), dialog('Manage My Roles')),
    ),
    outcome: 'The Edit Role Details window shows a Request ID and a success message; Manage My Roles shows the user\'s current roles.',
  },
  {
    id: 'idm.request-new-role',
    seed: '001',
    title: 'How to Request a New Role',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      s('Click the Role Request button on the Self Service Dashboard. The Role Request window appears.', button('Role Request'), dialog('Role Request')),
      s('Select DMEPOS Bidding System (DBidS) or Connexion from the Select an Application field.', field('Select an Application')),
      s('Select a Role.', field('Select a Role')),
      s(
        'Review the RIDP terms and conditions, check the “I agree to the terms and conditions” selection box, then click the Next button. The Identity Verification form appears.',
        checkbox('I agree to the terms and conditions'), button('Next'),
      ),
      s('Complete the Identity Verification form and click the Next button. The RIDP proofing questions appear.', dialog('Identity Verification'), button('Next'), dialog('RIDP Proofing Questions')),
      s('Answer the proofing questions and click the Verify button. The Attribute menu appears.', button('Verify', commits), group('Attribute Menu')),
      ...ATTRIBUTES,
      REVIEW_REQUEST,
      SUBMIT_ROLE_REQUEST('Enter a justification and click the Submit Role Request button. The Role Request window displays a Request ID and a message which states that the request was successfully submitted to an approver for action.'),
      MY_REQUESTS_INCREMENTS,
    ),
    outcome: 'The Role Request window shows a Request ID and says the request was submitted to an approver for action; the My Requests indicator increments.',
  },
  {
    id: 'idm.update-email',
    seed: '001',
    title: 'Update Email Address',
    portal: 'CMS IDM System',
    steps: steps(
      ...idmSignIn(),
      s('Click the My Profile button located on the Self Service Dashboard. The My Profile window appears.', button('My Profile'), dialog('My Profile')),
      s('Click the Personal Contact Information button. The Personal Contact Information window appears.', button('Personal Contact Information'), dialog('Personal Contact Information')),
      s('With the Personal Contact Information window open, click the Edit button. The Personal Contact Information becomes modifiable.', button('Edit'), field('Email Address')),
      s(
        'Make the desired changes to email address and then click the Submit Changes button. The screen refreshes and the Personal Contact Information window displays the updated information.',
        field('Email Address'), button('Submit Changes', commits),
      ),
    ),
    outcome: 'The Personal Contact Information window shows the updated e-mail address.',
  },
  {
    id: 'connexion.upload-document',
    seed: '004',
    title: 'Uploading Documents in Connexion',
    portal: 'Connexion',
    steps: steps(
      CONNEXION_LINKS,
      s('Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In.', ...LOG_IN_WITH_CODE),
      s('Now that you are logged into Connexion, select Upload a Document from the Document Center on your dashboard.', named('navigation')('Document Center'), link('Upload a Document')),
      s('Your dashboard will also display on My To-Do List any action items requiring your attention.', MY_TO_DO_LIST),
      s('From the drop down menu, click Upload a Document.', link('Upload a Document'), heading1('Upload a Document')),
      s('The Bid Cycle will display Round 2021.', field('Bid Cycle')),
      s('Select your bidder number from the drop down box. Under I am uploading…, select the type of document that you are uploading.', field('Bidder Number'), field('I am uploading…')),
      s('Under Select my file…, click Browse for file.', button('Browse for file')),
      s('A window will display for you to locate the file on your computer. The file must be in a PDF format, and the maximum file size must be under 50 MB.'),
      s(
        'After selecting the file from your computer, select a description of the document from the options under This document includes…. If you’re uploading a bid surety bond, choose the corresponding competitive bidding area (CBA) from Please select a CBA.',
        field('This document includes…'), field('Please select a CBA'),
      ),
      s('You may choose to enter an alternate name for the file under This file’s nickname is….', field('This file’s nickname is…')),
      s('Under Certification Statement & Signature, enter your CMS IDM System user ID.', field('Certification Statement & Signature')),
      s('Click Confirm & Upload', button('Confirm & Upload', commits)),
    ),
    outcome: 'A message confirms the upload, and My Upload History lists the document with its details.',
  },
  {
    id: 'dbids.approve-form-a',
    seed: 'RT',
    title: 'Completing and Approving Form A in DBidS',
    portal: 'DBidS',
    steps: steps(
      ...dbidsLogIn(),
      s('On the DBidS home page, under your bidder number, click Form A.', link('Form A', { exact: true }), heading1('Form A')),
      s(
        'Complete the Business Organization Information section and click Save Business Organization Information. Only an AO or BAO can complete this section.',
        region('Business Organization Information'), field('Doing business as (DBA) name'), field('Taxpayer Identification Number (TIN)'), field('Bid contact name'),
        field('Bid contact phone'), field('Bid contact e-mail'), button('Save Business Organization Information', commits),
      ),
      s(
        'Under Location Information, select the accreditation organization and enter the state license number of each location, then click Save Location.',
        region('Location Information'), field('Accreditation organization'), field('State license number'), button('Save Location', commits),
      ),
      s('Click Approve Form A. Only an AO or BAO can approve Form A, and only while the bid window is open.', button('Approve Form A', commits)),
    ),
    outcome: 'Form A shows Approved, with the approver\'s user ID and the date and time.',
  },
  {
    id: 'dbids.certify-form-b',
    seed: 'RT',
    title: 'Entering and Certifying Form B in DBidS',
    portal: 'DBidS',
    steps: steps(
      ...dbidsLogIn(),
      s('On the DBidS home page, under your bidder number, click Form B.', link('Form B', { exact: true }), heading1('Form B')),
      s(
        'Under Enter a bid, select the product category and the competitive bidding area (CBA), enter the bid amount for the lead item and the estimated capacity, and click Save Bid. Repeat for each product category and CBA you bid in.',
        region('Enter a bid'), field('Product category'), field('Competitive bidding area (CBA)'), field('Bid amount for the lead item ($)'), field('Estimated capacity (units per year)'),
        button('Save Bid', commits),
      ),
      s(
        'Under Certify Form B, check the certification statement and click Certify Form B. Only an AO or BAO can certify Form B, after Form A is approved and while the bid window is open.',
        region('Certify Form B'), button('Certify Form B', commits),
      ),
    ),
    outcome: 'Form B shows Certified, with the certifier\'s user ID and the date and time.',
  },
  {
    id: 'connexion.respond-to-notice',
    seed: '002',
    title: 'Responding to a Notice in Connexion',
    portal: 'Connexion',
    steps: steps(
      ...connexionLogIn(),
      s('On your dashboard, select the notice (covered document review date, bona fide bid, or preliminary bid evaluation) from My To-Do List.', MY_TO_DO_LIST),
      s('Read the notice and note its response due date. Responses are accepted until 8:59:59 p.m. prevailing Eastern Time on the due date.'),
      s('Under Upload a Response, click Select my file… and choose your response. The file must be in a PDF format, under 50 MB, and not password protected.', field('Select my file…')),
      s(
        'Under Certification Statement & Signature, enter your CMS IDM System user ID and click Upload Response.',
        field('Certification Statement & Signature'), button('Upload Response', commits), region('Your responses'),
      ),
    ),
    outcome: 'A message confirms the response was uploaded, and the notice lists it under Your responses.',
  },
  {
    id: 'connexion.accept-contract-offer',
    seed: '002',
    title: 'Accepting a Contract Offer in Connexion',
    portal: 'Connexion',
    steps: steps(...connexionLogIn(), OPEN_OFFER, REVIEW_OFFER, s('Click Accept Offer.', button('Accept Offer', commits))),
    outcome: 'A message confirms the offer was accepted, and its status shows Accepted with your user ID.',
  },
  {
    id: 'connexion.decline-contract-offer',
    seed: '002',
    title: 'Declining a Contract Offer in Connexion',
    portal: 'Connexion',
    steps: steps(
      ...connexionLogIn(),
      OPEN_OFFER,
      REVIEW_OFFER,
      s('If a warning says that your composite bid is at or below the median and that declining forfeits your bid surety bond for the CBA, read it and check the box acknowledging the forfeiture.', named('note')('Bid surety bond warning')),
      s('Click Decline Offer.', button('Decline Offer', commits)),
    ),
    outcome: 'A message confirms the offer was declined, and its status shows Declined with your user ID.',
  },
  {
    id: 'connexion.view-contract',
    seed: '002',
    title: 'Viewing Your Contract in Connexion',
    portal: 'Connexion',
    steps: steps(
      ...connexionLogIn(),
      s('Select My Current Contract from the menu to view the current status of your contract, its competitive bidding areas (CBAs) and product categories.', link('My Current Contract'), heading1('My Current Contract')),
      s('Click View CMS-Signed Contract (PDF) to open your CMS-signed contract with Attachment A and Attachment B.', link('View CMS-Signed Contract (PDF)')),
    ),
    outcome: 'My Current Contract shows the contract\'s status, and the CMS-signed contract opens as a PDF with Attachment A and Attachment B.',
  },
  {
    id: 'connexion.submit-form-c',
    seed: '002',
    title: 'Submitting Form C in Connexion',
    portal: 'Connexion',
    steps: steps(
      ...connexionLogIn(),
      s('On your dashboard, select the Form C from My To-Do List (or, under Contract Maintenance, select the Form C for the CBA and product category).', MY_TO_DO_LIST, heading1('Form C')),
      s(
        'For each product you plan to furnish in the next six months, select the HCPCS code and enter the manufacturer and the model name or number.',
        // The Product list of verified products (rule 57); Manufacturer and Model for a product not listed.
        field('HCPCS code'), field('Product', { exact: true }), field('Manufacturer'), field('Model name or number'),
      ),
      s('Click Submit Form C.', button('Submit Form C', commits)),
    ),
    outcome: 'A message confirms the Form C was submitted, and its status shows Submitted with your user ID.',
  },
  {
    id: 'connexion.request-location-change',
    seed: '002',
    title: 'Requesting a Location Change in Connexion',
    portal: 'Connexion',
    steps: steps(
      ...connexionLogIn(),
      CONTRACT_MAINTENANCE,
      s('Click Request a Location Change. Only an AO or BAO can request a location change.', link('Request a Location Change'), heading1('Request a Location Change')),
      s('Select whether to add or remove a location, and enter the location PTAN and the effective date.', field('Add or remove a location'), field('Location PTAN'), field('Effective date (YYYY-MM-DD)')),
      s('Click Submit Location Change Request.', button('Submit Location Change Request', commits)),
    ),
    outcome: 'A message confirms the request with its number and the status Submitted – pending CMS review, and Contract Maintenance lists it.',
  },
  {
    id: 'connexion.request-contract-transfer',
    seed: '002',
    title: 'Requesting a Contract Transfer in Connexion',
    portal: 'Connexion',
    steps: steps(
      ...connexionLogIn(),
      CONTRACT_MAINTENANCE,
      s('Click Request a Contract Transfer. Only an AO or BAO can request a contract transfer.', link('Request a Contract Transfer'), heading1('Request a Contract Transfer')),
      s(
        'Select a full or partial transfer, and enter the anticipated change of ownership date (at least 60 days away) and the successor\'s legal business name and Taxpayer Identification Number.',
        field('Type of transfer'), field('Anticipated change of ownership date (YYYY-MM-DD)'), field('Successor legal business name'), field('Successor Taxpayer Identification Number (TIN)'),
      ),
      s(
        'Under Select my file…, choose the first document (a PDF under 50 MB, not password protected), enter your CMS IDM System user ID under Certification Statement & Signature, and click Submit Transfer Request.',
        field('Select my file…'), field('Certification Statement & Signature'), button('Submit Transfer Request', commits),
      ),
    ),
    outcome: 'The transfer request shows its number, the status Submitted – pending CMS review, and the uploaded document; more documents can be uploaded there until the change of ownership date.',
  },
  {
    id: 'connexion.disclose-subcontractor',
    seed: '002',
    title: 'Disclosing a Subcontractor in Connexion',
    portal: 'Connexion',
    steps: steps(
      ...connexionLogIn(),
      CONTRACT_MAINTENANCE,
      s('Click Disclose a Subcontractor.', link('Disclose a Subcontractor'), heading1('Disclose a Subcontractor')),
      s(
        'Enter the subcontractor name, the address of the location performing the services, the services provided, and the accreditation status.',
        field('Subcontractor name'), field('Address of the location performing the services'), field('Accreditation status'),
      ),
      s(
        'Under Select my file…, choose the signed disclosure (a PDF under 50 MB, not password protected), enter your CMS IDM System user ID under Certification Statement & Signature, and click Upload Disclosure.',
        field('Select my file…'), field('Certification Statement & Signature'), button('Upload Disclosure', commits),
      ),
    ),
    outcome: 'A message confirms the disclosure was uploaded, and Contract Maintenance lists it.',
  },
  ...IDM_ACCOUNT_PROCEDURES,
] as const satisfies readonly Procedure[];

/** A catalogued procedure's id: "idm.add-ptan", "connexion.upload-document", … */
export type ProcedureId = (typeof PROCEDURES)[number]['id'];

/** A procedure of the catalog: its id is one of the catalogued ids, not any string. */
export type CataloguedProcedure = Procedure & { id: ProcedureId };

export const PROCEDURE_IDS: readonly ProcedureId[] = PROCEDURES.map((p) => p.id);

/** Whether `id` names a catalogued procedure (for ids read from a command line, a file or a test title). */
export function isProcedureId(id: string): id is ProcedureId {
  return (PROCEDURE_IDS as readonly string[]).includes(id);
}

export function procedure(id: ProcedureId): CataloguedProcedure {
  const found = (PROCEDURES as readonly CataloguedProcedure[]).find((p) => p.id === id);
  if (!found) throw new Error(`No procedure "${id}" in the catalog. Known: ${PROCEDURE_IDS.join(', ')}`);
  return found;
}

/** The elements step `number` of a procedure names (none for a step that only reads the screen). */
export function namesOf(procedure: Procedure, number: number): readonly ExpectedName[] {
  return procedure.steps.find((step) => step.number === number)?.names ?? [];
}

/**
 * What a person needs before starting a procedure, for the trainers' guides: who may do it (as the documents
 * say), the demo account of `npm start` the guide shows (its name, role and organization are read from the demo
 * world, mock-portal/domain/demo.ts, never typed here), and what to have at hand.
 */
export interface BeforeYouStart {
  /** Who may take the procedure, in the documents' words where they say it. */
  who: string;
  /** The user ID of the demo account the guide follows. */
  account: string;
  /** What to have at hand besides the user ID and password, e.g. "The PTAN to add: 1234560002". */
  haveAtHand: readonly string[];
}

const IDM_ANY_ROLE = 'Anyone with a DBidS or Connexion role (AO, BAO or EU) in the CMS IDM System (seed 001).';
const OWN_ROLE = 'BAOs or EUs may remove or change their own role; an AO only as the only member of the organization registered, otherwise call the CBIC at 877-577-5331 (seed 000, 001).';
const CONNEXION_ANY = 'Anyone with a Connexion role (AO, BAO or EU) (DBidS and Connexion User Role Table).';
const CONNEXION_AO_BAO = 'An AO or BAO in Connexion (DBidS and Connexion User Role Table).';
const CODE = 'Access to your e-mail: a one-time verification code is sent there when you sign in.';
const PDF = 'a PDF under 50 MB, not password protected';

export const BEFORE_YOU_START: Readonly<Record<ProcedureId, BeforeYouStart>> = {
  'ep.remove-role': { who: OWN_ROLE, account: 'eve.eu', haveAtHand: ['Your CMS Enterprise Portal user ID and password.', 'Which application’s role to remove: DBidS or Connexion.'] },
  'ep.request-new-role': { who: 'A first-time user, or anyone adding a role; an AO or BAO must be an authorized official on the organization’s CMS-855S in PECOS (seed 000).', account: 'nina.new', haveAtHand: ['The PTAN you provided when you registered: 1234560001.', 'Your name, home address, date of birth and phone number for the Identity Verification.', 'Your e-mail, phone or computer if you add MFA.'] },
  'ep.update-email': { who: 'Anyone with a CMS Enterprise Portal account (seed 000).', account: 'eve.eu', haveAtHand: ['The answers to your security questions.', 'The new e-mail address.'] },
  'idm.add-ptan': { who: IDM_ANY_ROLE, account: 'eve.eu', haveAtHand: [CODE, 'The PTAN to add: 1234560002.', 'For an AO: the organization’s legal business name as in PECOS.', 'A justification for the request.'] },
  'idm.update-ptan-organization': { who: IDM_ANY_ROLE, account: 'bob.bao', haveAtHand: [CODE, 'The PTAN to add to the role: 1234560002.', 'A justification statement.'] },
  'idm.remove-role': { who: OWN_ROLE, account: 'eve.eu', haveAtHand: [CODE, 'Which role to remove.'] },
  'idm.remove-ptans': { who: IDM_ANY_ROLE, account: 'eve.eu', haveAtHand: [CODE, 'The PTAN(s) to remove: 1234560002.', 'A justification statement.'] },
  'idm.request-new-role': { who: 'Anyone in the organization; an AO or BAO must be an authorized official on the organization’s CMS-855S in PECOS (seed 001).', account: 'nina.new', haveAtHand: [CODE, 'Your personal information for the Identity Verification form.', 'The PTAN: 1234560001.', 'A justification for the request.'] },
  'idm.update-email': { who: 'Anyone with a CMS IDM System account (seed 001).', account: 'jane.ao', haveAtHand: [CODE, 'The new e-mail address.'] },
  'connexion.upload-document': { who: CONNEXION_ANY, account: 'jane.ao', haveAtHand: [CODE, 'Your bidder number: 210002.', `The file: ${PDF}, and which document it is.`, 'Your CMS IDM System user ID, for the certification.'] },
  'dbids.approve-form-a': { who: 'Anyone completes location information; only an AO or BAO completes Business Organization Information and approves Form A, while the bid window is open (User Role Table).', account: 'jane.ao', haveAtHand: [CODE, 'Your bidder number: 210001.', 'The organization’s doing-business-as name, TIN and contact.', 'Each location’s accreditation organization and state license number.'] },
  'dbids.certify-form-b': { who: 'Anyone enters bids; only an AO or BAO certifies Form B, after Form A is approved and while the bid window is open (User Role Table).', account: 'jane.ao', haveAtHand: [CODE, 'Your bidder number: 210001.', 'For each product category and CBA: the bid amount for the lead item and the estimated capacity.'] },
  'connexion.respond-to-notice': { who: 'An AO, BAO or EU for CDRD, BFB and PBE notices (User Role Table).', account: 'eve.eu', haveAtHand: [CODE, 'The notice’s bidder number: 210001.', `The response: ${PDF}.`] },
  'connexion.accept-contract-offer': { who: CONNEXION_AO_BAO, account: 'jane.ao', haveAtHand: [CODE, 'Which offer to accept: product category and CBA.'] },
  'connexion.decline-contract-offer': { who: CONNEXION_AO_BAO, account: 'bob.bao', haveAtHand: [CODE, 'Which offer to decline: product category and CBA.'] },
  'connexion.view-contract': { who: CONNEXION_ANY, account: 'eve.eu', haveAtHand: [CODE, 'Your contract number: R21-210001.'] },
  'connexion.submit-form-c': { who: CONNEXION_ANY, account: 'eve.eu', haveAtHand: [CODE, 'For each product you plan to furnish: the HCPCS code, the manufacturer and the model name or number.'] },
  'connexion.request-location-change': { who: CONNEXION_AO_BAO, account: 'bob.bao', haveAtHand: [CODE, 'The location’s PTAN: 1234560002.', 'The effective date.'] },
  'connexion.request-contract-transfer': { who: CONNEXION_AO_BAO, account: 'jane.ao', haveAtHand: [CODE, 'The anticipated change of ownership date (at least 60 days away).', 'The successor’s legal business name and TIN.', `The first document: ${PDF}.`] },
  'connexion.disclose-subcontractor': { who: CONNEXION_ANY, account: 'eve.eu', haveAtHand: [CODE, 'The subcontractor’s name, the address of the location performing the services, the services and the accreditation status.', `The signed disclosure: ${PDF}.`] },
  'idm.create-account': { who: 'Anyone who needs a CMS IDM System account, before requesting a DBidS or Connexion role (IDM User Guide).', account: 'pat.new', haveAtHand: ['Your legal first and last name, your e-mail address and your phone number.', 'Access to that e-mail: the CMS IDM System sends a link and a verification code there.', 'A user ID and a password that meet the rules the page lists.'] },
  'idm.forgot-user-id': { who: 'Anyone with a CMS IDM System account (IDM User Guide).', account: 'fran.forgot', haveAtHand: ['The first name, last name and e-mail address on your account: Frances, Ford, fran.forgot@example.test.', 'Access to that e-mail: the user ID is sent there.'] },
  'idm.reset-password': { who: 'Anyone with a CMS IDM System account, also one that is locked (IDM User Guide).', account: 'fran.forgot', haveAtHand: ['Your user ID.', 'Your e-mail, or another verification method of your account, for the code.', 'A new password that is none of your last 6.'] },
  'idm.unlock-account': { who: 'Anyone whose CMS IDM System account is locked after 3 unsuccessful attempts (IDM User Guide, IDM FAQ).', account: 'lou.locked', haveAtHand: ['Your user ID.', 'Your e-mail, or another verification method of your account, for the code.'] },
  'idm.change-password': { who: 'Anyone with a CMS IDM System account (IDM User Guide).', account: 'fran.forgot', haveAtHand: [CODE, 'Your current password.', 'A new password that meets the rules the window lists and is none of your last 6.'] },
  'idm.change-expired-password': { who: 'Anyone whose CMS IDM System password was not used for 60 days (IDM FAQ).', account: 'olga.old', haveAtHand: [CODE, 'A new password that meets the rules the page lists and is none of your last 6.'] },
  'idm.add-mfa-device': { who: 'Anyone with a CMS IDM System account; one device at a time (IDM FAQ).', account: 'bob.bao', haveAtHand: [CODE, 'The device to add: a phone for SMS or Voice Call, or Google Authenticator or Okta Verify installed on it.'] },
};
