/**
 * A fastlegeliste file of fictional patients, written as the register's export looks: UTF-8 with BOM, `;` between
 * fields, CRLF line ends, the columns the import knows. Most rows name one of the demo doctors by HPR number.
 */
import { DEMO_STAFF } from '../../electron/services/demo/demo-clinic';
import { createDemoPatientGenerator } from '../../electron/services/demo/demo-patients';

const HEADER = ['fodselsnummer', 'etternavn', 'fornavn', 'mellomnavn', 'adresse', 'postnummer', 'poststed', 'telefon'];
const SHARE_WITHOUT_FASTLEGE = 0.2;

export function generatedListFile(seed: string, rows: number): Buffer {
  const generator = createDemoPatientGenerator(seed);
  const hprNumbers = DEMO_STAFF.flatMap((s) => (s.hprNumber ? [s.hprNumber] : []));
  const lines = [[...HEADER, 'fastlege_hpr'].join(';')];
  for (let i = 0; i < rows; i++) {
    const p = generator.next();
    // Spread by position rather than by a second random stream: the file only has to look like a list.
    const hpr = i % 10 < SHARE_WITHOUT_FASTLEGE * 10 ? '' : (hprNumbers[i % hprNumbers.length] ?? '');
    const fields = [
      p.identityNumber,
      p.familyName,
      p.givenName,
      p.middleName ?? '',
      p.addressLine,
      p.postalCode,
      p.city,
      p.mobilePhone ?? '',
      hpr,
    ];
    lines.push(fields.join(';'));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
