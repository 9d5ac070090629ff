/**
 * Test messages for Innboks, made from the official examples (so they stay schema-valid): the same document with our
 * own MsgId, ConversationRef and patient (a fictional Test Norge number). The examples are the repo's unchanged copies
 * (test/messages-henvisning/fixtures, test/fixtures/messages; provenance in their READMEs), named here by their path
 * in the source's `eksempel/` folder, so CI needs nothing outside the repo.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const HENVISNING_FIXTURES = path.join(import.meta.dirname, '../messages-henvisning/fixtures');
const MESSAGE_FIXTURES = path.join(import.meta.dirname, '../fixtures/messages');
/** The AppRec 1.0 and 1.1 examples, in folders `1.0` and `1.1`. */
export const APPREC_EXAMPLES = path.join(MESSAGE_FIXTURES, 'app-rec');

/** Where the repo keeps the official example at `relative` (its path under the source's `eksempel/`). */
export function examplePath(relative: string): string {
  if (relative === 'eresept/Rekvirent rekvirerer kun resept og leverer ikke PLL/M1 Resept.xml') {
    return path.join(MESSAGE_FIXTURES, 'm1-resept.xml');
  }
  const name = path.basename(relative);
  return relative.startsWith('Svarrapport/')
    ? path.join(HENVISNING_FIXTURES, 'svarrapport', name)
    : path.join(HENVISNING_FIXTURES, name);
}

export function example(relative: string): string {
  return readFileSync(examplePath(relative), 'utf8');
}

const OFFICIAL_SETS: readonly { dir: string; kind: string; is: (name: string) => boolean }[] = [
  { dir: 'Henvisning/Henvisning_v2-0', kind: 'henvisning', is: (n) => /henvisning.*_v2-0_/i.test(n) },
  {
    dir: 'Dialogmelding/Dialogmelding-v1-1',
    kind: 'dialogmelding',
    is: (n) => /^(Helsefaglig dialog|Status_paa)/.test(n),
  },
  { dir: 'Epikrise/Epikrise_v1-2', kind: 'epikrise', is: (n) => n.startsWith('epikrise_v1.2') },
];

/** Every official example of the kinds Innboks takes, as [path under `eksempel/`, folder kind]. */
export function officialExamples(): { file: string; kind: string }[] {
  const flat = readdirSync(HENVISNING_FIXTURES).filter((f) => f.endsWith('.xml'));
  const svar = readdirSync(path.join(HENVISNING_FIXTURES, 'svarrapport')).filter((f) => f.endsWith('.xml'));
  return [
    ...OFFICIAL_SETS.flatMap(({ dir, kind, is }) =>
      flat
        .filter(is)
        .sort()
        .map((f) => ({ file: `${dir}/${f}`, kind })),
    ),
    ...svar.sort().map((f) => ({ file: `Svarrapport/Svarrapport-v-1-4/${f}`, kind: 'svarrapport' })),
  ];
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
