/**
 * The words of every SMS we send. An SMS never carries health information (DOMAIN.md): a reminder holds the time,
 * the place and the clinic, nothing about the appointment's type, the doctor or the reason; a confirmation only
 * says the message was received. Nothing here takes a free text from a person.
 */

const dayFormat = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const timeFormat = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * "tirsdag 24. november kl. 10.20" in the clinic's time zone. The separator is put in by hand: Språkrådet writes
 * "kl. 10.20", and ICU versions differ on nb-NO's time separator (":" or ".").
 */
export function appointmentTimeText(startsAt: Date): string {
  const parts = timeFormat.formatToParts(startsAt);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${dayFormat.format(startsAt)} kl. ${part('hour')}.${part('minute')}`;
}

export function reminderText(r: { startsAt: Date; clinicName: string; place: string | null }): string {
  const where = r.place ? `${r.clinicName}, ${r.place}` : r.clinicName;
  return (
    `Påminnelse: Du har time ${appointmentTimeText(r.startsAt)} hos ${where}. ` + 'Gi beskjed hvis du ikke kan komme.'
  );
}

/** The answer to a booking SMS: received, and the appointment when one was booked (time and place only). */
export function confirmationText(clinicName: string, appointment?: { startsAt: Date; place: string | null }): string {
  if (!appointment) return `${clinicName} har mottatt meldingen din. Vi tar kontakt med deg.`;
  const where = appointment.place ? `${clinicName}, ${appointment.place}` : clinicName;
  return (
    `${clinicName} har mottatt meldingen din. Du har fått time ${appointmentTimeText(appointment.startsAt)} ` +
    `hos ${where}. Gi beskjed hvis du ikke kan komme.`
  );
}

/** The number as the gateway wants it: digits with the country code; a Norwegian 8-digit number gets +47. */
export function gatewayPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.length === 8) return `+47${digits}`;
  return digits;
}
