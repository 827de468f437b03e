/** The API's error messages, Czech and English (see errors.ts for the choice). */
import type { Text } from './errors.js';

export const MSG = {
  unauthorized: {
    cs: 'Tato adresa vyžaduje token koordinátora: Authorization: Bearer ….',
    en: 'This needs the coordinator token: Authorization: Bearer ….',
  },
  needRegion: { cs: 'Uveďte region: ?region=….', en: 'Give the region: ?region=….' },
  needRegionAndPlan: {
    cs: 'Uveďte region a plán: /api/settlement?region=…&plan=….',
    en: 'Give the region and the plan: /api/settlement?region=…&plan=….',
  },
  unknownRegion: (region: string): Text => ({ cs: `Region „${region}" neexistuje.`, en: `There is no region "${region}".` }),
  unknownPlan: (region: string, plan: string): Text => ({
    cs: `Region „${region}" nemá plán „${plan}".`,
    en: `Region "${region}" has no plan "${plan}".`,
  }),
  // The resident's look-up by receipt (GET /api/settlement/receipt).
  needRegionPlanReceipt: {
    cs: 'Uveďte region, plán a kód z potvrzení: /api/settlement/receipt?region=…&plan=…&receipt=….',
    en: 'Give the region, the plan and the receipt code: /api/settlement/receipt?region=…&plan=…&receipt=….',
  },
  badReceipt: {
    cs: 'Kód z potvrzení má 8 znaků, jen číslice 0–9 a písmena A–F, třeba 3F0C-2A8E (pomlčka a velikost písmen nevadí).',
    en: 'A receipt code has 8 characters, only the digits 0–9 and the letters A–F, like 3F0C-2A8E (the dash and the case do not matter).',
  },
  unknownReceipt: (receipt: string): Text => ({
    cs: `Připomínku s kódem ${receipt} u tohoto plánu nenacházíme. Zkontrolujte kód (je na obrazovce po odeslání a v e-mailu s potvrzením) a že jde o plán, ke kterému jste připomínku poslali.`,
    en: `There is no comment with the code ${receipt} on this plan. Check the code (it was on the screen after sending and is in the confirmation e-mail) and that this is the plan you commented on.`,
  }),
  lookupLimited: (seconds: number): Text => ({
    cs: `Z této adresy přišlo za krátkou dobu příliš mnoho dotazů na kód; zkuste to znovu za ${seconds} s.`,
    en: `Too many code look-ups from this address in a short time; try again in ${seconds} s.`,
  }),
  noComment: { cs: 'Připomínka s tímto id neexistuje.', en: 'There is no comment with this id.' },
  conflict: {
    cs: 'S tímto id už byla odeslána jiná připomínka.',
    en: 'A different comment was already sent with this id.',
  },
  originAnywhere: {
    cs: 'Z této webové stránky nelze připomínky posílat.',
    en: 'This web site may not send comments here.',
  },
  originRegion: (region: string): Text => ({
    cs: `Z této webové stránky nelze posílat připomínky pro region „${region}".`,
    en: `This web site may not send comments for region "${region}".`,
  }),
  closed: { cs: 'Připomínkování tohoto plánu není otevřené.', en: 'Commenting on this plan is not open.' },
  storage: {
    cs: 'Připomínku se nepodařilo uložit; pošlete ji prosím znovu později.',
    en: 'The comment could not be stored; send it again later.',
  },
  notObject: { cs: 'Tělo požadavku musí být objekt JSON.', en: 'The body must be a JSON object.' },
  invalidFields: (list: { cs: string; en: string }): Text => ({
    cs: `Chybná nebo chybějící pole: ${list.cs}.`,
    en: `Wrong or missing fields: ${list.en}.`,
  }),
  rateLimited: (seconds: number): Text => ({
    cs: `Z této adresy přišlo za krátkou dobu příliš mnoho odeslání; zkuste to znovu za ${seconds} s.`,
    en: `Too much sent from this address in a short time; try again in ${seconds} s.`,
  }),
  // The survey (server/survey/).
  unknownSurvey: (region: string, survey: string): Text => ({
    cs: `Region „${region}" nemá anketu „${survey}".`,
    en: `Region "${region}" has no survey "${survey}".`,
  }),
  needRegionAndSurvey: {
    cs: 'Uveďte region a anketu: ?region=…&survey=….',
    en: 'Give the region and the survey: ?region=…&survey=….',
  },
  surveyClosed: { cs: 'Anketa není otevřená.', en: 'The survey is not open.' },
  surveyConflict: {
    cs: 'S tímto id už byly odeslány jiné odpovědi.',
    en: 'Different answers were already sent with this id.',
  },
  surveyOriginAnywhere: {
    cs: 'Z této webové stránky nelze odpovědi na anketu posílat.',
    en: 'This web site may not send survey answers here.',
  },
  surveyOriginRegion: (region: string): Text => ({
    cs: `Z této webové stránky nelze posílat odpovědi na anketu regionu „${region}".`,
    en: `This web site may not send survey answers for region "${region}".`,
  }),
  surveyStorage: {
    cs: 'Odpovědi se nepodařilo uložit; pošlete je prosím znovu později.',
    en: 'The answers could not be stored; send them again later.',
  },
  resultsPrivate: {
    cs: 'Výsledky této ankety nejsou veřejné; vyžadují token koordinátora.',
    en: 'The results of this survey are not public; they need the coordinator token.',
  },
} as const;
