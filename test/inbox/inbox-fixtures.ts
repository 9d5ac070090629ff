/**
 * Test messages for Innboks, made from the official examples in ../shared/data/xsd (so they stay schema-valid):
 * the same document with our own MsgId, ConversationRef and patient (a fictional Test Norge number).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const EXAMPLES = path.join(
  import.meta.dirname,
  '../../../shared/data/xsd/oslokommune_sarepta-standarder/eksempel',
);

export function example(relative: string): string {
  return readFileSync(path.join(EXAMPLES, relative), 'utf8');
}

/** Every official example of the kinds Innboks takes, as [relative path, folder kind]. */
export function officialExamples(): { file: string; kind: string }[] {
  const sets: [string, string][] = [
    ['Henvisning/Henvisning_v2-0', 'henvisning'],
    ['Dialogmelding/Dialogmelding-v1-1', 'dialogmelding'],
    ['Epikrise/Epikrise_v1-2', 'epikrise'],
    ['Svarrapport/Svarrapport-v-1-4', 'svarrapport'],
  ];
  return sets.flatMap(([dir, kind]) =>
    readdirSync(path.join(EXAMPLES, dir))
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => ({ file: `${dir}/${f}`, kind })),
  );
}

const STATUS = 'Dialogmelding/Dialogmelding-v1-1/Status_paa_henvisning-InnkaltEtterViderehenvisning.xml';

export interface StatusOptions {
  msgId: string;
  /** The MsgId of our henvisning (RefToParent and RefToConversation). */
  refersTo?: string;
  /** The patient's identity number; null leaves the Ident out (name and birth date only). */
  fnr: string | null;
  familyName?: string;
  birthDate?: string;
}

/** A Status på henvisning (Dialogmelding v1.1) with frist 20.02.2018 and time 05.02.2018 kl 11:00. */
export function statusMessage(o: StatusOptions): string {
  let xml = example(STATUS)
    .replace('<MsgId>797700e0-2d17-11e8-b566-0800200c9a66</MsgId>', `<MsgId>${o.msgId}</MsgId>`)
    .replace(
      '<RefToParent>810200d0-2d17-11e8-b566-0800200c9a66</RefToParent>',
      `<RefToParent>${o.refersTo ?? 'ukjent-1'}</RefToParent>`,
    )
    .replace(
      '<RefToConversation>87ef6130-2d17-11e8-b566-0800200c9a66</RefToConversation>',
      `<RefToConversation>${o.refersTo ?? 'ukjent-2'}</RefToConversation>`,
    );
  if (o.familyName) xml = xml.replace('<FamilyName>Danser</FamilyName>', `<FamilyName>${o.familyName}</FamilyName>`);
  if (o.birthDate)
    xml = xml.replace('<DateOfBirth>1969-11-13</DateOfBirth>', `<DateOfBirth>${o.birthDate}</DateOfBirth>`);
  if (o.fnr === null) {
    xml = xml.replace(/<Ident>\s*<Id>13116900216<\/Id>[\s\S]*?<\/Ident>/, '');
  } else {
    xml = xml.replace('<Id>13116900216</Id>', `<Id>${o.fnr}</Id>`);
  }
  return xml;
}

const EPIKRISE = 'Epikrise/Epikrise_v1-2/epikrise_v1.2_n.xml';

/** The official Epikrise v1.2 (bare KITH Message) with our MsgId, patient and ServReq/Id. */
export function epikriseMessage(o: { msgId: string; fnr: string; servReqId?: string }): string {
  return example(EPIKRISE)
    .replace('<MsgId>f022ccd0-4567-11e7-9598-0800200c9a66</MsgId>', `<MsgId>${o.msgId}</MsgId>`)
    .replace('<OffId>13116900216</OffId>', `<OffId>${o.fnr}</OffId>`)
    .replace(
      '<Id>fdebda50-4567-11e7-9598-0800200c9a66</Id>',
      `<Id>${o.servReqId ?? 'fdebda50-4567-11e7-9598-0800200c9a66'}</Id>`,
    );
}

/** Breaks schema validity without breaking the XML: MIGversion gets an element the schema does not allow. */
export function schemaInvalid(xml: string): string {
  return xml.replace('<MIGversion>', '<Uventet>x</Uventet><MIGversion>');
}
