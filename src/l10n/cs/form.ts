/** Czech labels every form shares (the feedback form, the survey). */
export const form = {
  contact: 'Kontakt na koordinátora:',
  required: '(povinné)',
  optional: '(nepovinné)',
  honeypot: 'Toto pole nevyplňujte',
  privacyTitle: 'Jak naložíme s vašimi údaji',
  controller: 'Správce údajů:',
  purpose: 'Účel:',
  retention: 'Doba uložení:',
  privacyContact: 'Kontakt:',
  privacyMore: 'Více o ochraně osobních údajů',
  sendNow: 'Zkusit odeslat hned',
};
