/**
 * Reads M1 Resept (eresept/m1/2013-10-08, R0908): the simulated reseptformidler receives it, and the app reads
 * the M1s attached to an M9.6. Structured dosing, EkspAnm, Utlending and handelsvarer are not read: Allmenn does
 * not send them, and the reseptformidler stores the original message anyway.
 */
import type { Element } from '@xmldom/xmldom';
import type { LegemiddelbrukCode, RefusjonshjemmelCode, Reseptgruppe } from './code-lists';
import type { CodeWithText, ParsedDrug, ParsedPrescription, ParsedPrescriptionMessage, Refund } from './m1.types';
import { REFUSJONSKODE_OIDS } from './m1.builder';
import { MessageFormatError } from './message-errors';
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import {
  childBoolean,
  childCoded,
  childElement,
  childNumber,
  childQuantity,
  childText,
  requireChild,
  requireCoded,
  requireText,
  type CodedValue,
} from './xml-dom';

const M1 = NS.m1;
const FS = NS.forskrivning;

/** An xs:date may carry a zone ("2019-07-16+02:00" in the official examples); the calendar date is what counts. */
function calendarDate(value: string): string {
  return value.slice(0, 10);
}

function withText(coded: CodedValue | undefined): CodeWithText | undefined {
  return coded ? { code: coded.code, displayName: coded.displayName ?? '' } : undefined;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function readDrugCommon(element: Element): {
  navnFormStyrke: string;
  reseptgruppe: Reseptgruppe;
  atc?: CodeWithText;
  legemiddelform?: CodeWithText;
} {
  const common: {
    navnFormStyrke: string;
    reseptgruppe: Reseptgruppe;
    atc?: CodeWithText;
    legemiddelform?: CodeWithText;
  } = {
    navnFormStyrke: requireText(element, FS, 'NavnFormStyrke'),
    reseptgruppe: requireCoded(element, FS, 'Reseptgruppe').code as Reseptgruppe,
  };
  assign(common, 'atc', withText(childCoded(element, FS, 'Atc')));
  assign(common, 'legemiddelform', withText(childCoded(element, FS, 'LegemiddelformKort')));
  return common;
}

/** The drug of a Forskrivning, shared with the M6 reader (Utlevering carries the same ReseptDokLegemiddel). */
export function readDrug(forskrivning: Element): ParsedDrug {
  const pakning = childElement(forskrivning, FS, 'Legemiddelpakning');
  if (pakning) {
    const info = childElement(pakning, FS, 'PakningsinfoResept');
    return {
      kind: 'package',
      ...readDrugCommon(pakning),
      varenr: requireText(pakning, FS, 'Varenr'),
      varenavn: info ? requireText(info, FS, 'Varenavn') : '',
      packageSize: info ? requireText(info, FS, 'Pakningsstr') : '',
      packageUnit: (info && withText(childCoded(info, FS, 'EnhetPakning'))) ?? { code: '', displayName: '' },
    };
  }
  const merkevare = childElement(forskrivning, FS, 'LegemiddelMerkevare');
  if (merkevare) {
    const drug: ParsedDrug = {
      kind: 'brand',
      ...readDrugCommon(merkevare),
      varenavn: requireText(merkevare, FS, 'Varenavn'),
    };
    assign(drug, 'festId', childText(merkevare, FS, 'Id'));
    return drug;
  }
  const virkestoff = childElement(forskrivning, FS, 'LegemiddelVirkestoff');
  if (virkestoff)
    return { kind: 'substance', ...readDrugCommon(virkestoff), festId: requireText(virkestoff, FS, 'Id') };
  const blanding = childElement(forskrivning, FS, 'Legemiddelblanding');
  if (blanding) {
    const drug: ParsedDrug = { kind: 'blanding', navn: requireText(blanding, FS, 'Navn') };
    assign(drug, 'legemiddelform', childCoded(blanding, FS, 'Legemiddelform'));
    return drug;
  }
  const dose = childElement(forskrivning, FS, 'Legemiddeldose');
  if (dose) {
    return {
      kind: 'dose',
      navnFormStyrke: requireText(dose, FS, 'NavnFormStyrke'),
      reseptgruppe: requireCoded(dose, FS, 'Reseptgruppe').code,
    };
  }
  throw new MessageFormatError('Forskrivning names no drug.');
}

const SYSTEM_BY_OID = new Map(Object.entries(REFUSJONSKODE_OIDS).map(([system, oid]) => [oid, system]));

function readRefund(dok: Element): Refund | undefined {
  const hjemmel = childCoded(dok, M1, 'RefHjemmel');
  if (!hjemmel) return undefined;
  const refund: Refund = { hjemmel: hjemmel.code as RefusjonshjemmelCode };
  const code = childCoded(dok, M1, 'RefKode');
  if (code) {
    const system = SYSTEM_BY_OID.get(code.system ?? '');
    if (!system) throw new MessageFormatError(`RefKode has an unknown code system "${code.system ?? ''}".`);
    refund.code = {
      system: system as NonNullable<Refund['code']>['system'],
      code: code.code,
      displayName: code.displayName ?? '',
    };
  }
  return refund;
}

/** Reads a bare Resept element (the M1 payload). */
export function readResept(resept: Element): ParsedPrescription {
  const dok = childElement(resept, M1, 'ReseptDokLegemiddel');
  if (!dok) throw new MessageFormatError('Only ReseptDokLegemiddel is supported (not handelsvarer).');
  const forskrivning = requireChild(dok, FS, 'Forskrivning');
  const prescription: ParsedPrescription = {
    prescribedOn: calendarDate(requireText(resept, M1, 'Forskrivningsdato')),
    expiresOn: calendarDate(requireText(resept, M1, 'Utloper')),
    drug: readDrug(forskrivning),
    dosingText: childText(forskrivning, FS, 'DosVeiledEnkel') ?? '',
    reit: childNumber(dok, M1, 'Reiterasjon') ?? 0,
    locked: childBoolean(resept, M1, 'LastResept') ?? false,
    noGenericSubstitution: childCoded(dok, M1, 'BytteresRekvirent')?.code === '1',
    festUpdatedAt: requireText(resept, M1, 'OppdatertFest'),
  };
  assign(prescription, 'usage', childCoded(forskrivning, FS, 'Bruk')?.code as LegemiddelbrukCode | undefined);
  assign(prescription, 'indication', childText(forskrivning, FS, 'Bruksomrade'));
  assign(prescription, 'numberOfPackages', childNumber(dok, M1, 'Antall'));
  assign(prescription, 'quantity', childQuantity(dok, M1, 'Mengde'));
  assign(prescription, 'refund', readRefund(dok));
  assign(prescription, 'referansenummer', childText(resept, M1, 'RefNr'));
  assign(prescription, 'note', childText(dok, M1, 'Merknad'));
  return prescription;
}

/** Parses a complete M1 message (MsgHead with a Resept payload). */
export function parseM1Message(xml: string): ParsedPrescriptionMessage {
  const head = parseMsgHead(xml);
  const resept = requirePayload(head, M1, 'Resept');
  return { head, reseptId: head.msgId, prescription: readResept(resept) };
}

/** True when `element` is an M1 Resept root, for readers of mixed attachments. */
export function isResept(element: Element): boolean {
  return element.namespaceURI === M1 && element.localName === 'Resept';
}
