/**
 * Common Norwegian given and family names for fictional demo patients. Chosen by hand from among the most common
 * names in Statistisk sentralbyrå's name statistics (ssb.no/befolkning/navn, "Navn", tables of the most common
 * first names by birth year and of the most common family names). Given names are split by generation so a child
 * is called Noah and a pensioner Kjell, as in a real list; family names are in roughly SSB's order of frequency,
 * which the generator uses as a weight. Names are common enough that no single real person is meant.
 */

/** Names typical of people born before about 1975. */
// Kept ten to a line by hand: one name per line would make a 300-line file.
// prettier-ignore
export const GIVEN_NAMES_OLDER = {
  female: [
    'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg',
    'Hilde', 'Anna', 'Solveig', 'Randi', 'Marianne', 'Gerd', 'Elisabeth', 'Turid', 'Karin', 'Unni',
    'Wenche', 'Grete', 'Ragnhild', 'Ellen', 'Tove', 'Gunn', 'Sissel', 'Aud', 'Elin', 'Kirsten',
  ],
  male: [
    'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Hans',
    'Geir', 'Tor', 'Terje', 'Odd', 'Erik', 'Rune', 'Trond', 'Tore', 'Jon', 'Harald',
    'Olav', 'Rolf', 'Leif', 'Einar', 'Kåre', 'Gunnar', 'Steinar', 'Egil', 'Nils', 'Helge',
  ],
} as const;

/** Names typical of people born from about 1975. */
// prettier-ignore
export const GIVEN_NAMES_YOUNGER = {
  female: [
    'Ida', 'Nora', 'Emma', 'Sara', 'Ingrid', 'Maria', 'Hanne', 'Silje', 'Camilla', 'Julie',
    'Kristine', 'Thea', 'Maja', 'Sofie', 'Olivia', 'Ella', 'Emilie', 'Linnea', 'Frida', 'Tiril',
    'Marte', 'Ingeborg', 'Hedda', 'Vilde', 'Amalie', 'Leah', 'Astrid', 'Sofia', 'Mari', 'Helene',
  ],
  male: [
    'Thomas', 'Martin', 'Andreas', 'Kristian', 'Anders', 'Marius', 'Jonas', 'Magnus', 'Daniel', 'Henrik',
    'Sander', 'Fredrik', 'Emil', 'Jakob', 'Noah', 'Oliver', 'William', 'Lucas', 'Filip', 'Aksel',
    'Isak', 'Elias', 'Mathias', 'Sebastian', 'Markus', 'Johannes', 'Tobias', 'Theodor', 'Håkon', 'Even',
  ],
} as const;

/** In roughly falling order of frequency. */
// prettier-ignore
export const FAMILY_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
  'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie',
  'Amundsen', 'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke',
  'Kristensen', 'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen', 'Nielsen', 'Knudsen', 'Evensen',
  'Sæther', 'Aas', 'Myhre', 'Hanssen', 'Ahmed', 'Haugland', 'Thomassen', 'Sivertsen', 'Simonsen', 'Danielsen',
  'Berntsen', 'Sandvik', 'Rønning', 'Arnesen', 'Antonsen', 'Næss', 'Vik', 'Haug', 'Ellingsen', 'Thorsen',
  'Edvardsen', 'Birkeland', 'Isaksen', 'Gulbrandsen', 'Ruud', 'Aasen', 'Strøm', 'Myklebust', 'Tangen', 'Ødegård',
  'Eliassen', 'Helland', 'Bøe', 'Jenssen', 'Aune', 'Mikkelsen', 'Tveit', 'Brekke', 'Abrahamsen', 'Madsen',
] as const;

/**
 * Street names found in many Norwegian towns; a small list is enough for demo addresses, which only need to look
 * right next to a real postnummer.
 */
// prettier-ignore
export const STREET_NAMES = [
  'Storgata', 'Kirkegata', 'Skolegata', 'Parkveien', 'Bjørkeveien', 'Granveien', 'Furuveien', 'Eikeveien',
  'Lindeveien', 'Rognveien', 'Solbakken', 'Bakkeveien', 'Fjellveien', 'Sjøgata', 'Strandveien', 'Kongens gate',
  'Dronningens gate', 'Jernbanegata', 'Torggata', 'Markveien', 'Skogveien', 'Elvegata', 'Solveien', 'Fossveien',
  'Åsveien', 'Bekkeveien', 'Ringveien', 'Tunveien', 'Kløverveien', 'Lyngveien', 'Prestegårdsveien',
  'Stasjonsveien', 'Idrettsveien', 'Hageveien', 'Fjordveien', 'Havnegata', 'Møllevegen', 'Nordre gate',
  'Søndre gate', 'Østre gate',
] as const;
