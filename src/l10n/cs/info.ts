/** Czech strings of `info` ("how to take part"). The widget that uses them carries them in its own chunk. */

/** Phase codes in the contract's order: mapovani, anketa, setkani, pripominkovani, schvaleno. */
export const info = {
  aboutTitle: 'Co je komunitní plánování',
  about:
    'Obce, poskytovatelé sociálních služeb a obyvatelé spolu plánují, jaké sociální služby bude region mít v příštích letech: pomoc doma, služby pro seniory, pro rodiny s dětmi, pro lidi se zdravotním postižením nebo v krizi. Ptáme se hlavně lidí, kteří služby potřebují nebo pečují o blízkého, co jim chybí. Z toho vznikne plán, podle kterého se služby rozvíjejí a dostávají peníze.',
  nowTitle: 'Co se teď děje',
  now: 'Teď probíhá:',
  until: (date: string) => `do ${date}`,
  since: (date: string) => `od ${date}`,
  whatToDo: 'Co můžete udělat:',
  before: (date: string) => `Plánování začne ${date}:`,
  beforeHelp: 'Už teď se můžete ozvat koordinátorovi, co vám v regionu chybí.',
  between: (date: string) => `Teď neprobíhá žádná část plánování. Další začne ${date}:`,
  after: 'Plánování skončilo, plán je schválený.',
  approved: (date: string) => `Plán je schválený (${date}).`,
  approvedPlan: 'Schválený plán:',
  timelineTitle: 'Jak plánování probíhá',
  statuses: { done: 'Hotovo', now: 'Teď probíhá', coming: 'Připravujeme' },
  phases: ['Zjišťujeme, co lidem chybí', 'Anketa pro obyvatele', 'Setkání a pracovní skupiny', 'Připomínky k návrhu plánu', 'Schválený plán'],
  todo: [
    'Napište nebo zavolejte koordinátorovi, co vám nebo vašim blízkým v regionu chybí a co funguje dobře.',
    'Vyplňte krátkou anketu o tom, jaké služby potřebujete.',
    'Přijďte na setkání. Nemusíte nic umět ani se připravovat, stačí říct, jak to vidíte.',
    'Přečtěte si návrh plánu a napište k němu připomínku. Na každou připomínku dostanete odpověď.',
    'Přečtěte si, co se v příštích letech chystá. Když vám něco chybí, ozvěte se.',
  ],
  whoTitle: 'Kdo se může zapojit',
  who: 'Kdokoli: obyvatelé, lidé, kteří sociální služby používají, jejich blízcí a pečující, poskytovatelé služeb i obce. Nemusíte být odborník a nic to nestojí.',
  contactTitle: 'Na koho se obrátit',
  phone: 'Telefon:',
  email: 'E-mail:',
  projectTitle: 'Projekt',
  registrationNumber: 'Registrační číslo:',
  documentsTitle: 'Dokumenty ke stažení',
  groups: { zapisy: 'Zápisy ze setkání', analyzy: 'Analýzy', plan: 'Plán', ostatni: 'Další dokumenty' },
  /** Units of a file's size: bytes, kB, MB, GB (1 kB = 1000 B, as the units say). */
  units: ['B', 'kB', 'MB', 'GB'],
  published: 'zveřejněno',
};
