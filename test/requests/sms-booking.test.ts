import { describe, expect, it } from 'vitest';
import {
  matchSmsPatients,
  parseSmsBooking,
  type SmsCandidatePatient,
  type SmsParseOptions,
  type SmsParse,
} from '../../shared/rules/sms-booking';

const options = { keyword: 'HAUGESUND', today: '2026-11-22' };

function parsed(text: string, opts: SmsParseOptions = options): Extract<SmsParse, { ok: true }> {
  const result = parseSmsBooking(text, opts);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const kari: SmsCandidatePatient = { id: 'kari', givenName: 'Kari', middleName: null, familyName: 'Nordmann' };
const kariAnne: SmsCandidatePatient = {
  id: 'kari-anne',
  givenName: 'Kari Anne',
  middleName: null,
  familyName: 'Nordmann',
};
const ola: SmsCandidatePatient = { id: 'ola', givenName: 'Ola', middleName: null, familyName: 'Nordmann' };
const bjorg: SmsCandidatePatient = { id: 'bjorg', givenName: 'Bjørg', middleName: 'Åse', familyName: 'Ærø-Dahl' };

describe('parseSmsBooking', () => {
  it('reads the form patients are told to use', () => {
    expect(parseSmsBooking('HAUGESUND 030562 Kari Nordmann Trenger time for konsultasjon', options)).toEqual({
      ok: true,
      keyword: 'HAUGESUND',
      keywordMatches: true,
      birthDate: '1962-05-03',
      birthDateText: '030562',
      nameBeforeDate: null,
      words: ['Kari', 'Nordmann', 'Trenger', 'time', 'for', 'konsultasjon'],
    });
  });

  it('ignores case and extra spaces, tabs and line breaks', () => {
    const p = parsed('  haugesund \t 030562\n kari   nordmann  haster ');
    expect(p.keywordMatches).toBe(true);
    expect(p.birthDate).toBe('1962-05-03');
    expect(p.words).toEqual(['kari', 'nordmann', 'haster']);
  });

  it.each([
    ['03.05.62', '1962-05-03'],
    ['03-05-62', '1962-05-03'],
    ['3.5.62', '1962-05-03'],
    ['03/05/1962', '1962-05-03'],
    ['03051962', '1962-05-03'],
    ['03.05.1962,', '1962-05-03'],
    ['010120', '2020-01-01'],
    ['221126', '2026-11-22'],
    ['231126', '1926-11-23'],
  ])('reads the birth date %s as %s', (date, iso) => {
    expect(parsed(`HAUGESUND ${date} Kari Nordmann`).birthDate).toBe(iso);
  });

  it('takes a two-digit year in the latest century that is not in the future', () => {
    expect(parsed('HAUGESUND 150525 Lille Nordmann', options).birthDate).toBe('2025-05-15');
    expect(parsed('HAUGESUND 150530 Gamle Nordmann', options).birthDate).toBe('1930-05-15');
  });

  it('keeps a message without the keyword but says so', () => {
    const p = parsed('030562 Kari Nordmann timebestilling');
    expect(p.keyword).toBeNull();
    expect(p.keywordMatches).toBe(false);
    expect(p.birthDate).toBe('1962-05-03');
  });

  it('keeps a wrong keyword and says so', () => {
    const p = parsed('STORD 030562 Kari Nordmann');
    expect(p.keyword).toBe('STORD');
    expect(p.keywordMatches).toBe(false);
  });

  it('matches the keyword with æøå and case folded', () => {
    const p = parsed('førde 030562 Kari Nordmann', { keyword: 'FØRDE', today: '2026-11-22' });
    expect(p.keywordMatches).toBe(true);
  });

  it('accepts any first word as the keyword when none is set up', () => {
    expect(parsed('LEGEKONTORET 030562 Kari Nordmann', { keyword: null, today: '2026-11-22' }).keywordMatches).toBe(
      true,
    );
  });

  it('reads a name written before the date', () => {
    const p = parsed('HAUGESUND Kari Nordmann 030562 vondt i ryggen');
    expect(p.nameBeforeDate).toEqual(['Kari', 'Nordmann']);
    expect(p.words).toEqual(['vondt', 'i', 'ryggen']);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['HAUGESUND Kari Nordmann trenger time', 'no-birth-date'],
    ['Hei! Kan jeg få time?', 'no-birth-date'],
    ['HAUGESUND 310262 Kari Nordmann', 'invalid-birth-date'],
    ['HAUGESUND 031362 Kari Nordmann', 'invalid-birth-date'],
    ['HAUGESUND 03.05.2030 Kari Nordmann', 'invalid-birth-date'],
    ['HAUGESUND 030562', 'no-name'],
  ])('keeps %j for a person with the reason %s', (text, code) => {
    const result = parseSmsBooking(text, options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.reason).toMatch(/\.$/);
    }
  });

  it('does not take a phone number or year in the free text for the date', () => {
    expect(parseSmsBooking('HAUGESUND Kari Nordmann ring 99887766', options).ok).toBe(false);
  });
});

describe('matchSmsPatients', () => {
  it('matches one patient with the birth date and the whole name, and splits off the free text', () => {
    const m = matchSmsPatients(parsed('HAUGESUND 030562 Kari Nordmann Trenger time for konsultasjon'), [kari, ola]);
    expect(m).toEqual({
      status: 'matched',
      patientId: 'kari',
      candidates: [{ id: 'kari', level: 'full' }],
      name: 'Kari Nordmann',
      freeText: 'Trenger time for konsultasjon',
      reason: null,
    });
  });

  it('folds case and æøå like the patient register, also ö = ø and aa = å', () => {
    const m = matchSmsPatients(parsed('haugesund 010190 BJÖRG aase ærø-dahl haster'), [bjorg]);
    expect(m.status).toBe('matched');
    expect(m.name).toBe('BJÖRG aase ærø-dahl');
    expect(m.freeText).toBe('haster');
  });

  it('matches a hyphenated family name written with a space', () => {
    const m = matchSmsPatients(parsed('HAUGESUND 010190 Bjørg Ærø Dahl trenger time'), [bjorg]);
    expect(m.status).toBe('matched');
    expect(m.freeText).toBe('trenger time');
  });

  it('sends two patients with the same birth date and name to a person, with both as candidates', () => {
    const twin = { ...kari, id: 'kari-2' };
    const m = matchSmsPatients(parsed('HAUGESUND 030562 Kari Nordmann time'), [kari, twin, ola]);
    expect(m.status).toBe('needs-person');
    expect(m.patientId).toBeNull();
    expect(m.candidates.map((c) => c.id).sort()).toEqual(['kari', 'kari-2']);
    expect(m.reason).toMatch(/2 pasienter/);
  });

  it('counts a patient whose first given name and family name are there, also with a second given name', () => {
    const m = matchSmsPatients(parsed('HAUGESUND 030562 Kari Nordmann time'), [kariAnne, ola]);
    expect(m.status).toBe('matched');
    expect(m.patientId).toBe('kari-anne');
  });

  it('sends a name that only partly matches to a person with the candidates', () => {
    const m = matchSmsPatients(parsed('HAUGESUND 030562 Kari Nordman trenger time'), [kari, ola]);
    expect(m.status).toBe('needs-person');
    expect(m.candidates[0]).toEqual({ id: 'kari', level: 'partial' });
    expect(m.reason).toMatch(/delvis/);
  });

  it('offers the patients with the birth date when the name matches none of them', () => {
    const m = matchSmsPatients(parsed('HAUGESUND 030562 Per Hansen trenger time'), [kari]);
    expect(m.status).toBe('needs-person');
    expect(m.candidates).toEqual([{ id: 'kari', level: 'birth-date' }]);
    expect(m.name).toBe('Per Hansen');
    expect(m.freeText).toBe('trenger time');
  });

  it('needs a person when nobody has the birth date, and still guesses the name from the words', () => {
    const m = matchSmsPatients(parsed('HAUGESUND 030562 Per Olav Hansen Trenger time'), []);
    expect(m).toMatchObject({ status: 'needs-person', candidates: [], name: 'Per Olav Hansen' });
    expect(m.freeText).toBe('Trenger time');
    expect(m.reason).toBe('Ingen pasient har denne fødselsdatoen.');
  });

  it('uses the name written before the date as it stands', () => {
    const m = matchSmsPatients(parsed('HAUGESUND Nordmann Kari 030562 vondt i ryggen'), [kari]);
    expect(m.status).toBe('matched');
    expect(m.name).toBe('Nordmann Kari');
    expect(m.freeText).toBe('vondt i ryggen');
  });

  it('does not match on the given name alone', () => {
    const m = matchSmsPatients(parsed('HAUGESUND 030562 Kari trenger time'), [kari]);
    expect(m.status).toBe('needs-person');
    expect(m.candidates).toEqual([{ id: 'kari', level: 'partial' }]);
  });
});
