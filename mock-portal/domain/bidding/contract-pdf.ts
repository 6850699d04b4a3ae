import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDeadline } from '../program/eastern-time.ts';
import type { Contract } from './contracts.ts';

/** Writes lines top-down on fresh pages as needed. */
class Writer {
  private page!: PDFPage;
  private y = 0;
  constructor(private readonly doc: PDFDocument, private readonly font: PDFFont, private readonly bold: PDFFont) {}
  newPage(heading: string): void {
    this.page = this.doc.addPage([612, 792]);
    this.y = 740;
    this.line(heading, 16, true);
    this.y -= 8;
  }
  line(text: string, size = 11, strong = false): void {
    if (this.y < 60) this.newPage('(continued)');
    this.page.drawText(text, { x: 54, y: this.y, size, font: strong ? this.bold : this.font });
    this.y -= size + 6;
  }
}

/**
 * The CMS-signed contract as a PDF, with Attachment A (CBAs, product categories and HCPCS codes) and Attachment B
 * (contracted locations). [DOC RES, CXFAQ: the contract is a PDF; Attachments A and B; their content INF]
 */
export async function contractPdf(contract: Contract): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`DMEPOS Competitive Bidding Program contract ${contract.id}`);
  doc.setCreationDate(new Date(contract.effective));
  doc.setModificationDate(new Date(contract.effective));
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  w.newPage('DMEPOS Competitive Bidding Program Contract (Round 2021)');
  w.line(`Contract number: ${contract.id}`);
  w.line(`Contract supplier: ${contract.legalBusinessName}`);
  w.line(`Bidder number: ${contract.bidderNumber}`);
  w.line(`Contract period: January 1, 2021 through ${formatDeadline(contract.ends).replace(' at 8:59:59 p.m. prevailing Eastern Time', '')}`);
  w.line(`Status: ${contract.status}`);
  w.line('Signed by the Centers for Medicare & Medicaid Services (CMS).', 11, true);
  w.newPage('Attachment A: Competitive Bidding Areas and Product Categories');
  for (const line of contract.lines) {
    w.line(`${line.cba}: ${line.productCategory}`, 11, true);
    w.line(`HCPCS: ${line.hcpcs.join(', ')}`, 9);
  }
  w.newPage('Attachment B: Contracted Locations');
  for (const ptan of contract.ptans) w.line(`PTAN ${ptan}`);
  return doc.save({ useObjectStreams: false });
}
