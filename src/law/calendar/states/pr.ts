import {
  D,
  defineState,
  fixed,
  MONDAY,
  nth,
  oursOnly,
  peerFederalOnly,
  peerOnly,
  type StateDay,
} from './build.ts';

/** Ley 26-2017 (Ley de Cumplimiento con el Plan Fiscal), in force April 29, 2017. */
const LEY_26 = '2017-04-29';
const LEY_88 = 'Ley Núm. 88 de 27 de junio de 1969, § 1, as amended (P.R. Laws Ann. tit. 1, § 71)';
const LEY_26_CITE = 'Ley 26-2017, art. 2.05';
const DROPPED =
  'Dropped from the government’s fifteen holidays by Ley 26-2017, art. 2.05 (public offices open); whether it remains a legal holiday for other purposes under Ley Núm. 88 of 1969 is unverified.';

/** A day kept until Ley 26-2017 and a close call after it. */
function until2017(d: StateDay): StateDay[] {
  return [
    { ...d, to: '2017-04-28' },
    { ...d, id: `${d.id}-since-2017`, from: LEY_26, closeCall: DROPPED },
  ];
}

/**
 * Puerto Rico's holidays: Ley Núm. 88 of June 27, 1969, § 1, as amended (the list of "días de fiesta oficial y
 * legal"), and since April 29, 2017 Ley 26-2017, art. 2.05, which cut the government's holidays to fifteen: Año
 * Nuevo; Día de Reyes; Natalicio de Martin Luther King, Jr.; the third Monday in February (Día de Jorge
 * Washington, de los Presidentes y de los Próceres Puertorriqueños — Hostos, de Diego, Muñoz Rivera, Barbosa,
 * Betances, Baldorioty de Castro, Muñoz Marín, Ramos Antonini, Ferré); Día de la Ciudadanía Americana (March 2);
 * Día de la Abolición de la Esclavitud (March 22); Viernes Santo; Día de la Recordación (Memorial Day); July 4;
 * Día del Trabajo; Día de la Raza; Día del Veterano; November 19 (Descubrimiento de Puerto Rico, Día de la
 * Puertorriqueñidad from 2022); Acción de Gracias; Navidad. December 24 is an official holiday from noon.
 */
export const PR = defineState({
  state: 'PR',
  citation: LEY_88,
  observance: 'sundayToMonday',
  observanceCitation:
    'Ley Núm. 88 of 1969 as applied in the government’s yearly holiday calendar (a Sunday holiday is kept on Monday)',
  verified: false,
  notes:
    'Checked against the 2014 government holiday calendar, Ley 88-2001, Ley 182-2010, a 2018 account of Ley 26-2017 art. 2.05 and Ley 117-2022 — not against the consolidated Spanish text. Ley 182-2010 lets the Governor move a holiday to the nearest Monday or Friday by proclamation; such moves are not modeled.',
  days: [
    D.newYear({ name: 'Día de Año Nuevo', sourceText: 'el 1 de enero, Día de Año Nuevo' }),
    { id: 'reyes', name: 'Día de Reyes', rule: fixed(1, 6), sourceText: 'el 6 de enero, Día de Reyes' },
    ...until2017({
      id: 'hostos',
      name: 'Natalicio de Eugenio María de Hostos',
      rule: nth(2, MONDAY, 1),
      sourceText: 'el segundo lunes de enero, Natalicio de Eugenio María de Hostos',
      observance: 'none',
    }),
    D.mlk({
      name: 'Natalicio de Martin Luther King, Jr.',
      sourceText: 'el tercer lunes de enero',
      observance: 'none',
    }),
    {
      id: 'munoz-marin-feb18',
      name: 'Natalicio de Luis Muñoz Marín',
      rule: fixed(2, 18),
      to: '2001-08-02',
      sourceText: 'el 18 de febrero, Natalicio de Luis Muñoz Marín',
      notes:
        'Moved to the third Monday in February by Ley Núm. 88 of August 3, 2001, which repealed Ley Núm. 95 of 1980.',
    },
    D.washington({
      name: 'Día de los Presidentes y de los Próceres Puertorriqueños',
      sourceText:
        'el tercer lunes de febrero, Día de Jorge Washington, Día de los Presidentes y Día de los Próceres Puertorriqueños',
      observance: 'none',
      notes:
        'Also the Natalicio de Luis Muñoz Marín from 2001 (Ley 88-2001) and the day of the Próceres from 2017 (Ley 26-2017).',
    }),
    {
      id: 'ciudadania',
      name: 'Día de la Ciudadanía Americana',
      rule: fixed(3, 2),
      from: LEY_26,
      citation: LEY_26_CITE,
      sourceText: 'Día de la Ciudadanía Americana, que se celebrará el 2 de marzo',
    },
    {
      id: 'abolicion',
      name: 'Día de la Abolición de la Esclavitud',
      rule: fixed(3, 22),
      sourceText: 'el 22 de marzo, Día de la Abolición de la Esclavitud',
    },
    D.goodFriday({ name: 'Viernes Santo', sourceText: 'Viernes Santo', observance: 'none' }),
    ...until2017({
      id: 'jose-de-diego',
      name: 'Natalicio de José de Diego',
      rule: nth(3, MONDAY, 4),
      sourceText: 'el tercer lunes de abril, Natalicio de José de Diego',
      observance: 'none',
    }),
    D.memorial({
      name: 'Día de la Recordación de los Muertos de la Guerra',
      sourceText: 'el último lunes de mayo',
      observance: 'none',
    }),
    D.independence({ name: 'Día de la Independencia de los Estados Unidos', sourceText: 'el 4 de julio' }),
    ...until2017({
      id: 'munoz-rivera',
      name: 'Natalicio de Luis Muñoz Rivera',
      rule: nth(3, MONDAY, 7),
      sourceText: 'el tercer lunes de julio, Natalicio de Luis Muñoz Rivera',
      observance: 'none',
    }),
    ...until2017({
      id: 'constitucion',
      name: 'Día de la Constitución del Estado Libre Asociado',
      rule: fixed(7, 25),
      sourceText: 'el 25 de julio, Día de la Constitución del Estado Libre Asociado de Puerto Rico',
    }),
    ...until2017({
      id: 'barbosa',
      name: 'Natalicio de José Celso Barbosa',
      rule: fixed(7, 27),
      sourceText: 'el 27 de julio, Día de José Celso Barbosa',
    }),
    D.labor({ name: 'Día del Trabajo', sourceText: 'el primer lunes de septiembre', observance: 'none' }),
    D.columbus({
      name: 'Día de la Raza',
      sourceText: 'el 12 de octubre, Día de la Raza',
      rule: fixed(10, 12),
      from: '1971-01-01',
      to: '2017-04-28',
      notes: 'Kept on October 12 (a Sunday day moved to Monday) in the 2014 calendar.',
    }),
    D.columbus({
      id: 'columbus-since-2017',
      name: 'Día de la Raza (Descubrimiento de América)',
      from: LEY_26,
      citation: LEY_26_CITE,
      sourceText: 'el segundo lunes de octubre',
      observance: 'none',
      verified: false,
      notes:
        'Whether Ley 26-2017 keeps October 12 or the second Monday is unverified; the peer keeps the Monday.',
    }),
    D.veterans({ name: 'Día del Veterano', sourceText: 'el 11 de noviembre' }),
    {
      id: 'descubrimiento',
      name: 'Día del Descubrimiento de Puerto Rico (Día de la Puertorriqueñidad)',
      rule: fixed(11, 19),
      sourceText: 'el 19 de noviembre, Día del Descubrimiento de Puerto Rico',
      notes:
        'Named Día de la Cultura Puertorriqueña y el Descubrimiento in 2014 (Ley 111-2014) and Día de la Puertorriqueñidad in 2022 (Ley 117-2022); the day did not change.',
    },
    D.thanksgiving({
      name: 'Día de Acción de Gracias',
      sourceText: 'el cuarto jueves de noviembre',
      observance: 'none',
    }),
    {
      id: 'nochebuena',
      name: 'Nochebuena (from noon)',
      rule: fixed(12, 24),
      citation: 'P.R. Laws Ann. tit. 1, § 5150',
      sourceText:
        'día de fiesta oficial y legal … el veinticuatro (24) de diciembre de cada año a partir del mediodía',
      observance: 'none',
      partialDay: true,
      notes: 'From noon only: shown, never used to roll a deadline.',
    },
    D.christmas({ name: 'Día de Navidad', sourceText: 'el 25 de diciembre' }),
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerOnly(
      '^Natalicio de José de Diego$',
      'The peer keeps April 16; the government calendar kept the third Monday in April (2014), and Ley 26-2017 folded the day into the third Monday in February.',
    ),
    oursOnly(
      'pr-jose-de-diego',
      'The third Monday in April as the government calendar kept it (2014); the peer keeps April 16.',
    ),
    oursOnly(
      'pr-jose-de-diego-since-2017',
      'A close call from 2017 (see the record); the peer keeps April 16.',
    ),
    peerOnly(
      '^Natalicio de Luis Muñoz Marín$',
      'February 18 was the day until Ley 88-2001 moved it to the third Monday in February; the peer still lists February 18.',
    ),
    peerOnly(
      '^Día de la Ciudadanía Americana$',
      'The peer lists March 2 from January 2017; Ley 26-2017 took effect on April 29, 2017.',
      [2017, 2017],
    ),
    oursOnly(
      'pr-good-friday',
      'Viernes Santo is in the government calendar (2014) and in Ley 26-2017, art. 2.05; the peer omits it.',
    ),
    oursOnly('pr-columbus', 'October 12 in the 2014 calendar; the peer keeps the second Monday in October.'),
    peerOnly(
      '^Descubrimiento de América$',
      'The peer keeps the second Monday in October before 2017; the government calendar kept October 12.',
      [2015, 2017],
    ),
  ],
});
