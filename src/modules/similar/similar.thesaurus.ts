/**
 * The treaties recommendations name by acronym, spelled out before comparing texts, so that "Ratify OP-CAT"
 * and "Ratify the Optional Protocol to the Convention against Torture" meet. The Second Optional Protocol
 * to the ICCPR is named with its full title, which says what it is about: the abolition of the death penalty.
 */
const TREATIES: [RegExp, string][] = [
  [
    /\bsecond optional protocol (?:to|of) (?:the )?(?:ICCPR|international covenant on civil and political rights)\b/gi,
    'second optional protocol to the international covenant on civil and political rights aiming at the abolition of the death penalty',
  ],
  [
    /\bOP-?2-?ICCPR\b/gi,
    'second optional protocol to the international covenant on civil and political rights aiming at the abolition of the death penalty',
  ],
  [/\bOP-?CAT\b|\bCAT-?OP\b/gi, 'optional protocol to the convention against torture'],
  [/\bOP-?CRPD\b/gi, 'optional protocol to the convention on the rights of persons with disabilities'],
  [
    /\bOP-?CEDAW\b/gi,
    'optional protocol to the convention on the elimination of discrimination against women',
  ],
  [
    /\bOP-?ICESCR\b/gi,
    'optional protocol to the international covenant on economic social and cultural rights',
  ],
  [
    /\bOP-?CRC-?AC\b/gi,
    'optional protocol to the convention on the rights of the child on children in armed conflict',
  ],
  [
    /\bOP-?CRC-?SC\b/gi,
    'optional protocol to the convention on the rights of the child on the sale of children',
  ],
  [/\bICCPR\b/g, 'international covenant on civil and political rights'],
  [/\bICESCR\b/g, 'international covenant on economic social and cultural rights'],
  [/\bCEDAW\b/g, 'convention on the elimination of discrimination against women'],
  [/\bCRPD\b/g, 'convention on the rights of persons with disabilities'],
  [/\bICRMW\b/g, 'convention on the protection of the rights of all migrant workers'],
  [/\bCPED\b|\bICPPED\b/g, 'convention for the protection of all persons from enforced disappearance'],
  [/\bCERD\b|\bICERD\b/g, 'convention on the elimination of racial discrimination'],
  [/\bCRC\b/g, 'convention on the rights of the child'],
  [/\bCAT\b/g, 'convention against torture'],
  [/\bNHRI\b/g, 'national human rights institution'],
];

/** The text with the treaties' acronyms spelled out (English only: other languages are left as they are). */
export function spellOutTreaties(text: string): string {
  let result = text;
  for (const [pattern, full] of TREATIES) result = result.replace(pattern, full);
  return result;
}
