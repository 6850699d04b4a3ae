/**
 * The CMS Enterprise Portal's catalog of applications and their help-desk contacts, as its log-in page lists
 * them (seed 003, "Learn About Your Application & Help Desk Contact Information"). Text as in the seed.
 */
export interface CatalogApplication {
  name: string;
  description?: string;
  /** Help-desk contact lines, each shown as a line. */
  helpDesk: string[];
  /** Frequently asked questions links named on the page. */
  faqs?: string[];
}

export const ENTERPRISE_PORTAL_INTRO =
  'The Enterprise Portal is a gateway that provides access to over 50 different Centers for Medicare & Medicaid Services (CMS) healthcare-based applications. It provides the ability to request access to multiple Portal-integrated CMS applications and to launch/access those applications.';

const PORTAL_FAQ = 'CMS Enterprise Portal Frequently Asked Questions';

export const ENTERPRISE_PORTAL_CATALOG: readonly CatalogApplication[] = [
  {
    name: 'Advanced Provider Screening (APS)',
    helpDesk: ['Advanced Provider Screening (APS) Help Desk For issues with the APS application:', 'Contact the CITIC Help Desk at: (410) 786-2580', 'Send email to: CMS_IT_SERVICE_DESK@cms.hhs.gov'],
    faqs: [PORTAL_FAQ, 'Advanced Provider Screening (APS) Frequently Asked Questions'],
  },
  { name: 'Automated Plan Payment System (BIGAPPS)', helpDesk: [] },
  {
    name: 'DMEPOS Competitive Bidding Program Suppliers',
    description:
      'Connexion is the Durable Medical Equipment, Prosthetics, Orthotics, and Supplies (DMEPOS) Competitive Bidding Program gateway that provides you with a secure, fast and convenient way to access your competitive bidding information.',
    helpDesk: ['DMEPOS Competitive Bidding Program Suppliers (CBIC) For support, please contact the Competitive Bidding Implementation Contractor (CBIC) customer service center at 1 (877) 577-5331.'],
    faqs: [PORTAL_FAQ, 'DMEPOS Competitive Bidding Program Suppliers Frequently Asked Questions'],
  },
  {
    name: 'Data Extract System (DESY)',
    description:
      'The Data Extract System (DESY) is a user-friendly system that allows authorized users to enter requests for data from various CMS data repositories. A user can only request data within the guidelines of their Data Use Agreement (DUA).',
    helpDesk: ['Please email your questions and comments to the DESY support mailbox, desy_support@cms.hhs.gov.'],
  },
  {
    name: 'Cisco WebEx SaaS',
    helpDesk: ['Cisco Webex Help Desk Team provides phone and email support for technical and program related questions.', 'Phone: 1 (410) 786-3090, press Option 1', 'Email: OTS_WebEx@cms.hhs.gov'],
  },
  { name: 'Compromised Number Checklist (CNC)', helpDesk: [] },
  {
    name: 'CO-OP Program Management System',
    helpDesk: ['For issues with the CPMS application:', 'Please contact the Marketplace Service Desk (MSD): 1 (855) CMS-1515 or 1 (855) 267-1515', 'Email Help Desk: CMS_FEPS@cms.hhs.gov'],
  },
  {
    name: 'Enterprise Cognos Reports',
    helpDesk: ['For issues with the Enterprise Cognos Reports:', 'Contact the CMS IT Service Desk at: (410) 786-2580 or (800) 562-1963', 'Send email to: CMS_IT_SERVICE_DESK@cms.hhs.gov'],
  },
  {
    name: 'DMEPOS Bidding System',
    description:
      'Durable Medical Equipment, Prosthetics, Orthotics & Supplies (DMEPOS) Bidding System - The DMEPOS Bidding System is for suppliers submitting a bid for selected products in a particular Competitive Bidding Area (CBA).',
    helpDesk: [
      'Help Desk name: Competitive Bidding Implementation Contractor (CBIC) customer service center',
      'Help Desk phone number: 1 (877) 577-5331',
      'Help Desk email address: cbic.admin@palmettogba.com',
    ],
  },
  {
    name: 'Host Access Transformation Services (HATS)',
    helpDesk: ['HATS Help Desk Contact your local help desk. Escalation to the appropriate external help desks will be handled by the local help desk.'],
    faqs: [PORTAL_FAQ, 'Host Access Transformation Services (HATS) Frequently Asked Questions'],
  },
  {
    name: 'HDT (Precviously HPG): HIPAA Eligibility Transaction System (HETS) Desktop',
    helpDesk: ['HIPAA Eligibility Transaction System (HETS) Desktop', 'Email: mcare@cms.hhs.gov'],
  },
  { name: 'Master Data Management (MDM)', helpDesk: ['Master Data Management Help Desk'] },
  {
    name: 'Multidimensional Information and Data Analytics System',
    helpDesk: ['For issues with the MIDAS application, please contact the Marketplace Service Desk (MSD): 1 (855) CMS-1515 or 1 (855) 267-1515', 'Email Help Desk: CMS_FEPS@cms.hhs.gov'],
    faqs: [PORTAL_FAQ, 'Multidimensional Information and Data Analytics System Frequently Asked Questions'],
  },
  {
    name: 'Enterprise MicroStrategy Reports',
    helpDesk: ['For issues with the Enterprise MicroStrategy Reports:', 'Contact the CMS IT Service Desk at: (410) 786-2580 or (800) 562-1963', 'Send email to: CMS_IT_SERVICE_DESK@cms.hhs.gov'],
  },
  {
    name: 'Oncology Care Model',
    helpDesk: [
      'OCM Help Desk Team provides email and phone support for technical and program related questions',
      'Email: OCMSupport@cms.hhs.gov',
      'Phone: 1-844-711-2664 (1-844-711-CMMI), press Option 2',
      'Hours of Business: 8:30 A.M. to 6:00 P.M. Eastern Standard Time',
      'PII/PHI Please do not email any confidential information.',
    ],
  },
  {
    name: 'One Program Integrity System (OnePI)',
    description:
      'The system that provides a single source of information for all Centers for Medicare & Medicaid fraud, waste, and abuse activities. The system provides streamlined, centralized access and analysis for standardized Medicaid data across multiple states, integrated with data from Medicare Parts A, B, and D.',
    helpDesk: [],
    faqs: [PORTAL_FAQ, 'One Program Integrity System (OnePI) Frequently Asked Questions'],
  },
  {
    name: 'Welcome to PECOS (PECOS AI)',
    description:
      "PECOS: (Provider Enrollment, Chain and Ownership System) is Medicare's provider/supplier enrollment system. It is the national database (source) of all Medicare provider and supplier enrollment information. There are 2 PECOS interfaces available through this portal: the PECOS Administrative Interface (AI) and the PECOS Data Mart.",
    helpDesk: [
      'PECOS Help Desk For login issues, application latency, or system outages please contact the CMS IT Service Desk by phone at 1-800-562-1963 or by email at cms_it_service_desk@cms.hhs.gov.',
      'For errors within the PECOS AI interface or PECOS Data Mart, or questions on data within the applications, please visit the EUS portal page at https://eus.custhelp.com',
    ],
  },
  {
    name: 'Welcome to PECOS (PECOS DM)',
    description:
      "PECOS: (Provider Enrollment, Chain and Ownership System) is Medicare's provider/supplier enrollment system. It is the national database (source) of all Medicare provider and supplier enrollment information. There are 2 PECOS interfaces available through this portal: the PECOS Administrative Interface (AI) and the PECOS Data Mart.",
    helpDesk: [
      'PECOS Help Desk For login issues, application latency, or system outages please contact the CMS IT Service Desk by phone at 1-800-562-1963 or by email at cms_it_service_desk@cms.hhs.gov.',
      'For errors within the PECOS AI interface or PECOS Data Mart, or questions on data within the applications, please visit the EUS portal page at https://eus.custhelp.com',
    ],
  },
  { name: 'Payment Recovery Information System (PRIS) - RAC & RADV Appeals', helpDesk: [] },
  {
    name: 'Physician Quality and Value Programs (PV)',
    description:
      'The Physician Value Portlet allows physician and non-physician group practices and solo practitioners to view their Quality and Resource Use Reports (QRURs), and Physician Quality Reporting System (PQRS) Feedback Reports and create Value Modifier Informal Review request.',
    helpDesk: ['Help Desk Contact Information', '1 (888)-734-6433', 'pvhelpdesk@cms.hhs.gov'],
    faqs: [PORTAL_FAQ, 'Physician Quality and Value Programs (PV) Frequently Asked Questions'],
  },
  {
    name: 'Quality Net Authorization & Role Management',
    helpDesk: [
      'For issues with the QARM application:',
      'Please contact the QualityNet Help Desk from Monday to Friday 7 a.m - 7 p.m CST at: 1 (866)-288-8912, TY at 1 (877)-715-6222, Fax at 1 (888)-329-7377',
      'For ESRD Support email at qnetsupport-esrd@hcqis.org',
    ],
    faqs: [PORTAL_FAQ, 'Quality Net Authorization & Role Management Frequently Asked Questions'],
  },
  {
    name: 'Enrollment and Payment Portal (SHIM)',
    description:
      'SHOP is the enrollment and payment portal for small businesses to purchase insurance and provide support services to enroll their employees in a health insurance program.',
    helpDesk: ['For issues with the SHIM application:', 'Phone: 1 (800) 706-7893'],
    faqs: [PORTAL_FAQ, 'Enrollment and Payment Portal (SHIM) Frequently Asked Questions'],
  },
  {
    name: 'VMS Client Letter',
    description: 'VMS Durable Medical Equipment DME Client Letter application. The Durable Medical Equipment Medicare Administrative Contractor integrated correspondence system.',
    helpDesk: ['For issues with the VMS application:', 'Help Desk name: GDIT VMS Helpdesk', 'Help Desk phone number: (443) 275-6946 Option 2', 'Help Desk email address: thd@gdit.com'],
  },
];

/** The Paperwork Reduction Act block of the log-in page. [DOC S3] */
export const OMB_NOTICE = {
  number: '0938-1236',
  expires: '08/31/2025',
  text: 'According to the Paperwork Reduction Act of 1995, no persons are required to respond to a collection of information unless it displays a valid OMB control number. The valid OMB control number for this information collection is 0938-1236. The time required to complete this information collection is estimated to average 20 minutes per response, including the time to review instructions,search existing data resources, gather the data needed, and complete and review the information collection. If you have comments concerning the accuracy of the time estimate(s) or suggestions for improving this form, please write to: CMS, 7500 Security Boulevard, Attn: PRA Reports Clearance Officer, Mail Stop C4-26-05, Baltimore,Maryland 21244-1850.',
} as const;
