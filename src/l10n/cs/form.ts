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
  copyText: 'Zkopírovat text',
  copied: 'Text je zkopírovaný.',
  copyFailed: 'Text se nepodařilo zkopírovat. Označte ho prosím ve formuláři a zkopírujte ručně.',
  mailText: 'Poslat text e-mailem',
  noReceiver: (status: number) =>
    `Na adrese, kam stránka odesílá, není server, který by je přijímal (chyba ${status}). Stránka je nejspíš špatně nastavená.`,
};
