/**
 * The catalog of documented procedures: every numbered procedure of the seed documents, its steps word for word
 * (../shared/seeds/), and its documented outcome. Flows take their step titles from here; reports and guides read it.
 */
export type PortalName = 'CMS Enterprise Portal' | 'CMS IDM System' | 'Connexion' | 'DBidS';

export interface DocumentedStep {
  number: number;
  text: string;
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

const steps = (...texts: string[]): DocumentedStep[] => texts.map((text, i) => ({ number: i + 1, text }));

/** Steps 1–3 of every seed 001 procedure: from the CBIC website to the CMS IDM System's sign-in page. */
const TO_IDM = [
  "From the CBIC website, click Phases in the top navigation bar.",
  "Click Registration.",
  "Click Visit CMS IDM System.",
] as const;
/** Step 4 of every seed 001 procedure, word for word. */
const IDM_SIGN_IN = "Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.";

/** Why the account procedures have steps although no seed gives them. */
const FROM_IDM_USER_GUIDE =
  "Not a CBIC seed document: seed 001 points new users to the CMS Identity Management (IDM) User Guide, and these steps follow that guide's chapter titles (domain.md §3.2, IDMUG), with the screens as the mock portal shows them.";

/**
 * The account procedures of the IDM User Guide (IDMUG): what a person does with their IDM account before and
 * around the seed 001 procedures. Steps 1–4 are seed 001's.
 */
const IDM_ACCOUNT_PROCEDURES = [
  {
    id: "idm.create-account",
    seed: "IDMUG",
    basis: FROM_IDM_USER_GUIDE,
    title: "Create a New User Account",
    portal: "CMS IDM System",
    steps: steps(
      ...TO_IDM,
      "Click New User Registration.",
      "Enter your first name, last name, e-mail address (twice) and phone number, check the box to agree to the terms and conditions, and click Next.",
      "Choose a user ID and a password, enter the password again, select a security question and enter its answer, and click Next. The page names each rule the user ID or the password does not meet.",
      "Open the e-mail the CMS IDM System sends you. Select its link, or enter its verification code and click Verify.",
    ),
    outcome: "The sign-in page says the e-mail address is verified and the account is active; the new user ID and password sign in.",
  },
  {
    id: "idm.forgot-user-id",
    seed: "IDMUG",
    basis: FROM_IDM_USER_GUIDE,
    title: "Recover a Forgotten User ID",
    portal: "CMS IDM System",
    steps: steps(
      ...TO_IDM,
      "Click Forgot User ID?",
      "Enter your first name, last name and the e-mail address on your account, and click Submit.",
      "Open the e-mail the CMS IDM System sends you: it gives your user ID.",
    ),
    outcome: "The page says the user ID was e-mailed, and the e-mail gives it.",
  },
  {
    id: "idm.reset-password",
    seed: "IDMUG",
    basis: FROM_IDM_USER_GUIDE,
    title: "Reset a Forgotten Password",
    portal: "CMS IDM System",
    steps: steps(
      ...TO_IDM,
      "Click Forgot Password?",
      "Enter your user ID and click Next.",
      "Select where to send the verification code (your e-mail address or another verification method of your account) and click Send Code.",
      "Enter the verification code and click Verify.",
      "Enter a new password twice and click Reset Password. The page names each rule the password does not meet.",
    ),
    outcome: "The sign-in page says the password was reset; the new password signs in.",
  },
  {
    id: "idm.unlock-account",
    seed: "IDMUG",
    basis: FROM_IDM_USER_GUIDE,
    title: "Unlock a User Account",
    portal: "CMS IDM System",
    steps: steps(
      ...TO_IDM,
      "Click Unlock Account?",
      "Enter your user ID and click Next.",
      "Select where to send the verification code (your e-mail address or another verification method of your account) and click Send Code.",
      "Enter the verification code and click Verify.",
    ),
    outcome: "The sign-in page says the account is unlocked; the user ID and password sign in again.",
  },
  {
    id: "idm.change-password",
    seed: "IDMUG",
    basis: FROM_IDM_USER_GUIDE,
    title: "Change Your Password",
    portal: "CMS IDM System",
    steps: steps(
      ...TO_IDM,
      IDM_SIGN_IN,
      "Click the My Profile button on the Self Service Dashboard. The My Profile window appears.",
      "Click the Change Password button. The Change Password window appears.",
      "Enter your current password, then the new password twice, and click Change Password. The window names each rule the new password does not meet; it must not be one of your last 6 passwords.",
    ),
    outcome: "The Change Password window says the password was changed.",
  },
  {
    id: "idm.change-expired-password",
    seed: "IDMUG",
    basis: FROM_IDM_USER_GUIDE,
    title: "Change an Expired Password",
    portal: "CMS IDM System",
    steps: steps(
      ...TO_IDM,
      IDM_SIGN_IN,
      "The Change Expired Password page says your password has expired because your account was not used for 60 days. Enter a new password twice and click Change Password.",
      "The Self Service Dashboard appears.",
    ),
    outcome: "The Self Service Dashboard says the password was changed; the account is usable again.",
  },
  {
    id: "idm.add-mfa-device",
    seed: "IDMUG",
    basis: `${FROM_IDM_USER_GUIDE} Steps 5–9 also follow the IDM FAQ (IDFAQ): My Profile, Manage MFA and Recovery Devices, Add another device, one device at a time.`,
    title: "Add an MFA Device",
    portal: "CMS IDM System",
    steps: steps(
      ...TO_IDM,
      IDM_SIGN_IN,
      "Click the My Profile button on the Self Service Dashboard. The My Profile window appears.",
      "Click the Manage MFA and Recovery Devices button. The window lists your verification methods.",
      "Under Add another device, select the device to add (one at a time) and click Next.",
      "Follow the prompts: for SMS or Voice Call, enter the phone number and click Next; for Google Authenticator or Okta Verify, click Next and add the secret key shown to the app.",
      "Enter the verification code the device receives or shows and click Verify. The device is listed under your verification methods.",
    ),
    outcome: "Manage MFA and Recovery Devices lists the new device; the next sign-in offers it.",
  },
] as const satisfies readonly Procedure[];

export const PROCEDURES = [
  {
    id: "ep.remove-role",
    seed: "000",
    title: "Removing and/or Changing a Role",
    portal: "CMS Enterprise Portal",
    steps: steps(
      "From the CBIC website, click Portals in the top navigation bar.",
      "Click CMS Enterprise Portal.",
      "Click Modify CMS Enterprise Portal Profile.",
      "Enter your CMS Enterprise Portal user ID and password and select Login.",
      "Click the Request/Add Apps button on the Welcome to CMS Enterprise Portal page.",
      "In the My Access panel, your current role will appear. Select Remove Role for the specific application – DBidS or Connexion.",
      "Your role will be listed on the Request to Remove Role page. Under the Remove a Role column, select Remove for the role you want to remove.",
      "A box will appear with a confirmation statement. Select OK to remove the role.",
    ),
    outcome: "The role is removed from the My Access panel.",
  },
  {
    id: "ep.request-new-role",
    seed: "000",
    title: "Requesting a New Role",
    portal: "CMS Enterprise Portal",
    steps: steps(
      "From the CBIC website, click Portals in the top navigation bar.",
      "Click CMS Enterprise Portal.",
      "Click Modify CMS Enterprise Portal Profile.",
      "Enter your CMS Enterprise Portal user ID and password and click Login.",
      "Click the Request/Add Apps button on the Welcome to CMS Enterprise Portal page.",
      "Locate the specific application (DBidS or Connexion) in the Access Catalog and click the Request Access button.",
      "Select your new role (AO, BAO, or EU) and click Next.",
      "Complete the Identity Verification by agreeing to the Terms and Conditions, entering your information, and answering a series of questions. Note: A user is only prompted to complete the Identity Verification one time. If you have already requested a role, you will not be prompted again. However, if you are a new user, you will be requested to complete the Identity Verification.",
      "Review instructions regarding multi-factor authentication (MFA) and select one of the choices provided: Add MFA, Skip MFA, or Cancel. (MFA adds an extra layer of protection to your CMS user ID and password by adding a security code. You have the option to associate the security code to your profile by registering your phone, computer, or email. You will only be prompted to add MFA once. However, you may add MFA at any time by accessing the My Profile link from the Welcome Menu at the top right corner of Connexion.)",
      "Complete the required fields on the Request New Application Access page by entering the same Provider Transaction Access Number (PTAN) you provided when you registered to request access for DBidS and Connexion, then click Next.",
      "The Request New Application Access Review page will display. If the information shown is correct, click Submit. If the information is not correct, click Edit and correct the information. You will then click Save, and lastly, click Submit.",
      "The Request New Application Access Acknowledgement page will appear with your request tracking number. You will also receive a verification email. Your role will take up to five minutes to display on the View and Manage My Access page.",
    ),
    outcome: "The Request New Application Access Acknowledgement page shows the request tracking number, a verification e-mail arrives, and the role shows on View and Manage My Access within five minutes.",
  },
  {
    id: "ep.update-email",
    seed: "000",
    title: "Update Email Address",
    portal: "CMS Enterprise Portal",
    steps: steps(
      "From the CBIC website, click Portals in the top navigation bar.",
      "Click CMS Enterprise Portal.",
      "Click Modify CMS Enterprise Portal Profile.",
      "Enter your CMS Enterprise Portal user ID and password and select Login.",
      "On the Welcome to CMS Enterprise Portal page, select the down arrow next to your name on the upper right side of the page.",
      "Select My Profile from the drop down menu.",
      "In the left hand navigation menu, click Change My Profile to display the changes you can make to your CMS profile.",
      "Answer your security questions.",
      "Under Change Profile, enter the new email address in the E-mail Address and Confirm E-mail Address fields and select Submit.",
      "Once you complete the change, you will return to the View My Profile page.",
      "Select OK to close the page.",
    ),
    outcome: "The View My Profile page shows the new e-mail address.",
  },
  {
    id: "idm.add-ptan",
    seed: "001",
    title: "How to Add More Than One PTAN to a Role",
    portal: "CMS IDM System",
    steps: steps(
      "From the CBIC website, click Phases in the top navigation bar.",
      "Click Registration.",
      "Click Visit CMS IDM System.",
      "Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.",
      "Click the Manage My Roles button on the Self Service Dashboard. The Manage My Roles window appears and displays the user’s existing roles.",
      "Click the Add Role button. The Add Role window appears. The Selected Application is automatically populated, and the user will not be able to change it.",
      "The user role will populate and an attribute menu appears.",
      "For an AO, enter the organization details, including the PTAN.",
      "For a BAO/EU, enter the PTAN and search for the organization.",
      "Review the role request information and click the Review Request button. The Reason for Request dialog box appears.",
      "Enter a justification and click the Submit Role Request button. The Role Request window displays Request ID information and a message which states that the request was successfully submitted to an approver for action.",
      "The My Requests indicator on the Self Service Dashboard increments to display the user’s current number of pending requests.",
    ),
    outcome: "The Role Request window shows a Request ID and says the request was submitted to an approver for action; the My Requests indicator increments.",
  },
  {
    id: "idm.update-ptan-organization",
    seed: "001",
    title: "How to Update PTAN/Organization Information for an Existing Role",
    portal: "CMS IDM System",
    steps: steps(
      "From the CBIC website, click Phases in the top navigation bar.",
      "Click Registration.",
      "Click Visit CMS IDM System.",
      "Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.",
      "Click the Manage My Roles button on the Self Service Dashboard. The Manage My Roles window appears and displays the user’s existing roles.",
      "Click the View Details button. The Application Roles window appears and displays the role details for the selected role.",
      "Click the Modify Role button. The Edit Role Details window appears. This window contains fields that are similar to those used during the initial role request, but it only permits the user to modify role attributes.",
      "Add one or more role attributes.",
      "Enter a justification statement and click the Submit Changes button. The Edit Role Details window displays Request ID information and a message that informs the user that the request was successfully submitted.",
      "Click the Go to My Roles button. The Manage My Roles window appears and the My Requests indicator on the Self Service Dashboard increments to display the user’s current number of pending requests.",
    ),
    outcome: "The Edit Role Details window shows a Request ID and a success message; Manage My Roles appears and the My Requests indicator increments.",
  },
  {
    id: "idm.remove-role",
    seed: "001",
    title: "How to Remove a Role",
    portal: "CMS IDM System",
    steps: steps(
      "From the CBIC website, click Phases in the top navigation bar.",
      "Click Registration.",
      "Click Visit CMS IDM System.",
      "Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.",
      "Click the Manage My Roles button on the Self Service Dashboard. The Manage My Roles window appears and displays the user’s existing roles.",
      "Click the Remove Role button. The Remove Role decision window appears.",
      "Click the Remove Role button. The Manage My Roles window displays Request ID information and a message that informs the user that the request was successfully submitted.",
      "Click the Go to My Roles button. The Manage My Roles window appears and displays the user’s current roles.",
    ),
    outcome: "The Manage My Roles window shows a Request ID and a success message, then the user's current roles.",
  },
  {
    id: "idm.remove-ptans",
    seed: "001",
    title: "How to Remove PTANs from a Role",
    portal: "CMS IDM System",
    steps: steps(
      "From the CBIC website, click Phases in the top navigation bar.",
      "Click Registration.",
      "Click Visit CMS IDM System.",
      "Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.",
      "Click the Manage My Roles button on the Self Service Dashboard. The Manage My Roles window appears and displays the user’s existing roles.",
      "Click the View Details button. The Application Roles window appears and displays the role details for the selected role.",
      "Click the Modify Role button. The Edit Role Details window appears.",
      "Remove the desired PTAN(s).",
      "Type a justification statement and click the Submit Changes button. The Edit Role Details window displays Request ID information and a message that informs the user that the request was successfully submitted.",
      "Click the Go to My Roles button. The Manage My Roles window appears and displays the user’s current roles.",
    ),
    outcome: "The Edit Role Details window shows a Request ID and a success message; Manage My Roles shows the user's current roles.",
  },
  {
    id: "idm.request-new-role",
    seed: "001",
    title: "How to Request a New Role",
    portal: "CMS IDM System",
    steps: steps(
      "From the CBIC website, click Phases in the top navigation bar.",
      "Click Registration.",
      "Click Visit CMS IDM System.",
      "Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.",
      "Click the Role Request button on the Self Service Dashboard. The Role Request window appears.",
      "Select DMEPOS Bidding System (DBidS) or Connexion from the Select an Application field.",
      "Select a Role.",
      "Review the RIDP terms and conditions, check the “I agree to the terms and conditions” selection box, then click the Next button. The Identity Verification form appears.",
      "Complete the Identity Verification form and click the Next button. The RIDP proofing questions appear.",
      "Answer the proofing questions and click the Verify button. The Attribute menu appears.",
      "For an AO, enter the organization details, including the PTAN.",
      "For a BAO/EU, enter the PTAN and search for the organization.",
      "Review the role request information and click the Review Request button. The Reason for Request dialog box appears.",
      "Enter a justification and click the Submit Role Request button. The Role Request window displays a Request ID and a message which states that the request was successfully submitted to an approver for action.",
      "The My Requests indicator on the Self Service Dashboard increments to display the user’s current number of pending requests.",
    ),
    outcome: "The Role Request window shows a Request ID and says the request was submitted to an approver for action; the My Requests indicator increments.",
  },
  {
    id: "idm.update-email",
    seed: "001",
    title: "Update Email Address",
    portal: "CMS IDM System",
    steps: steps(
      "From the CBIC website, click Phases in the top navigation bar.",
      "Click Registration.",
      "Click Visit CMS IDM System.",
      "Enter your CMS IDM System user ID and password, check the box to agree to the terms and conditions, and click the Sign In button. Follow the verification instructions.",
      "Click the My Profile button located on the Self Service Dashboard. The My Profile window appears.",
      "Click the Personal Contact Information button. The Personal Contact Information window appears.",
      "With the Personal Contact Information window open, click the Edit button. The Personal Contact Information becomes modifiable.",
      "Make the desired changes to email address and then click the Submit Changes button. The screen refreshes and the Personal Contact Information window displays the updated information.",
    ),
    outcome: "The Personal Contact Information window shows the updated e-mail address.",
  },
  {
    id: "connexion.upload-document",
    seed: "004",
    title: "Uploading Documents in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In.",
      "Now that you are logged into Connexion, select Upload a Document from the Document Center on your dashboard.",
      "Your dashboard will also display on My To-Do List any action items requiring your attention.",
      "From the drop down menu, click Upload a Document.",
      "The Bid Cycle will display Round 2021.",
      "Select your bidder number from the drop down box. Under I am uploading…, select the type of document that you are uploading.",
      "Under Select my file…, click Browse for file.",
      "A window will display for you to locate the file on your computer. The file must be in a PDF format, and the maximum file size must be under 50 MB.",
      "After selecting the file from your computer, select a description of the document from the options under This document includes…. If you’re uploading a bid surety bond, choose the corresponding competitive bidding area (CBA) from Please select a CBA.",
      "You may choose to enter an alternate name for the file under This file’s nickname is….",
      "Under Certification Statement & Signature, enter your CMS IDM System user ID.",
      "Click Confirm & Upload",
    ),
    outcome: "A message confirms the upload, and My Upload History lists the document with its details.",
  },
  {
    id: "dbids.approve-form-a",
    seed: "RT",
    title: "Completing and Approving Form A in DBidS",
    portal: "DBidS",
    steps: steps(
      "From the CBIC website, click Portals in the top navigation bar, then click DMEPOS Bidding System (DBidS).",
      "Enter your CMS Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "On the DBidS home page, under your bidder number, click Form A.",
      "Complete the Business Organization Information section and click Save Business Organization Information. Only an AO or BAO can complete this section.",
      "Under Location Information, select the accreditation organization and enter the state license number of each location, then click Save Location.",
      "Click Approve Form A. Only an AO or BAO can approve Form A, and only while the bid window is open.",
    ),
    outcome: "Form A shows Approved, with the approver's user ID and the date and time.",
  },
  {
    id: "dbids.certify-form-b",
    seed: "RT",
    title: "Entering and Certifying Form B in DBidS",
    portal: "DBidS",
    steps: steps(
      "From the CBIC website, click Portals in the top navigation bar, then click DMEPOS Bidding System (DBidS).",
      "Enter your CMS Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "On the DBidS home page, under your bidder number, click Form B.",
      "Under Enter a bid, select the product category and the competitive bidding area (CBA), enter the bid amount for the lead item and the estimated capacity, and click Save Bid. Repeat for each product category and CBA you bid in.",
      "Under Certify Form B, check the certification statement and click Certify Form B. Only an AO or BAO can certify Form B, after Form A is approved and while the bid window is open.",
    ),
    outcome: "Form B shows Certified, with the certifier's user ID and the date and time.",
  },
  {
    id: "connexion.respond-to-notice",
    seed: "002",
    title: "Responding to a Notice in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "On your dashboard, select the notice (covered document review date, bona fide bid, or preliminary bid evaluation) from My To-Do List.",
      "Read the notice and note its response due date. Responses are accepted until 8:59:59 p.m. prevailing Eastern Time on the due date.",
      "Under Upload a Response, click Select my file… and choose your response. The file must be in a PDF format, under 50 MB, and not password protected.",
      "Under Certification Statement & Signature, enter your CMS IDM System user ID and click Upload Response.",
    ),
    outcome: "A message confirms the response was uploaded, and the notice lists it under Your responses.",
  },
  {
    id: "connexion.accept-contract-offer",
    seed: "002",
    title: "Accepting a Contract Offer in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "On your dashboard, select the contract offer from My To-Do List, or select Contract Offers from the menu and then the offer. Only an AO or BAO can view contract offers.",
      "Review the offer: the product category, the competitive bidding area (CBA), the single payment amount and the response deadline (8:59:59 p.m. prevailing Eastern Time).",
      "Click Accept Offer.",
    ),
    outcome: "A message confirms the offer was accepted, and its status shows Accepted with your user ID.",
  },
  {
    id: "connexion.decline-contract-offer",
    seed: "002",
    title: "Declining a Contract Offer in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "On your dashboard, select the contract offer from My To-Do List, or select Contract Offers from the menu and then the offer. Only an AO or BAO can view contract offers.",
      "Review the offer: the product category, the competitive bidding area (CBA), the single payment amount and the response deadline (8:59:59 p.m. prevailing Eastern Time).",
      "If a warning says that your composite bid is at or below the median and that declining forfeits your bid surety bond for the CBA, read it and check the box acknowledging the forfeiture.",
      "Click Decline Offer.",
    ),
    outcome: "A message confirms the offer was declined, and its status shows Declined with your user ID.",
  },
  {
    id: "connexion.view-contract",
    seed: "002",
    title: "Viewing Your Contract in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "Select My Current Contract from the menu to view the current status of your contract, its competitive bidding areas (CBAs) and product categories.",
      "Click View CMS-Signed Contract (PDF) to open your CMS-signed contract with Attachment A and Attachment B.",
    ),
    outcome: "My Current Contract shows the contract's status, and the CMS-signed contract opens as a PDF with Attachment A and Attachment B.",
  },
  {
    id: "connexion.submit-form-c",
    seed: "002",
    title: "Submitting Form C in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "On your dashboard, select the Form C from My To-Do List (or, under Contract Maintenance, select the Form C for the CBA and product category).",
      "For each product you plan to furnish in the next six months, select the HCPCS code, then the product (manufacturer and model) from the list of verified products. For a product that is not listed, select Product not listed and enter the manufacturer and the model name or number.",
      "Click Submit Form C.",
    ),
    outcome: "A message confirms the Form C was submitted, and its status shows Submitted with your user ID.",
  },
  {
    id: "connexion.request-location-change",
    seed: "002",
    title: "Requesting a Location Change in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "Select My Current Contract from the menu, then Contract Maintenance for your contract.",
      "Click Request a Location Change. Only an AO or BAO can request a location change.",
      "Select whether to add or remove a location, and enter the location PTAN and the effective date.",
      "Click Submit Location Change Request.",
    ),
    outcome: "A message confirms the request with its number and the status Submitted – pending CMS review, and Contract Maintenance lists it.",
  },
  {
    id: "connexion.request-contract-transfer",
    seed: "002",
    title: "Requesting a Contract Transfer in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "Select My Current Contract from the menu, then Contract Maintenance for your contract.",
      "Click Request a Contract Transfer. Only an AO or BAO can request a contract transfer.",
      "Select a full or partial transfer, and enter the anticipated change of ownership date (at least 60 days away) and the successor's legal business name and Taxpayer Identification Number.",
      "Under Select my file…, choose the first document (a PDF under 50 MB, not password protected), enter your CMS IDM System user ID under Certification Statement & Signature, and click Submit Transfer Request.",
    ),
    outcome: "The transfer request shows its number, the status Submitted – pending CMS review, and the uploaded document; more documents can be uploaded there until the change of ownership date.",
  },
  {
    id: "connexion.disclose-subcontractor",
    seed: "002",
    title: "Disclosing a Subcontractor in Connexion",
    portal: "Connexion",
    steps: steps(
      "Go to the Competitive Bidding Implementation Contractor (CBIC) website, and click on Connexion in the upper right corner of the page. Click on Access Connexion.",
      "Enter your Centers for Medicare & Medicaid Services (CMS) Identity Management (IDM) System user ID and password and click Log In. Enter the verification code e-mailed to you and click Verify.",
      "Select My Current Contract from the menu, then Contract Maintenance for your contract.",
      "Click Disclose a Subcontractor.",
      "Enter the subcontractor name, the address of the location performing the services, the services provided, and the accreditation status.",
      "Under Select my file…, choose the signed disclosure (a PDF under 50 MB, not password protected), enter your CMS IDM System user ID under Certification Statement & Signature, and click Upload Disclosure.",
    ),
    outcome: "A message confirms the disclosure was uploaded, and Contract Maintenance lists it.",
  },
  ...IDM_ACCOUNT_PROCEDURES,
] as const satisfies readonly Procedure[];

export type ProcedureId = (typeof PROCEDURES)[number]['id'];

export function procedure(id: ProcedureId | string): Procedure {
  const found = (PROCEDURES as readonly Procedure[]).find((p) => p.id === id);
  if (!found) throw new Error(`No procedure "${id}" in the catalog. Known: ${PROCEDURES.map((p) => p.id).join(", ")}`);
  return found;
}
