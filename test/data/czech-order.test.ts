import { expect } from '@open-wc/testing';
import { czechKey, sortCzech } from '../../src/data/czech-order.js';
import { MUNICIPALITIES } from '../../bench/municipalities.js';

const collator = new Intl.Collator('cs');
const byCollator = (names: readonly string[]) => [...names].sort(collator.compare);

describe('Czech order without the collator', () => {
  it('sorts 333 real municipality names as Intl.Collator("cs") does', () => {
    const names = MUNICIPALITIES.map((m) => m.name).reverse();
    expect(sortCzech(names)).to.deep.equal(byCollator(names));
  });

  it('puts č after c, ch after h, ř after r; accents second, lower case third', () => {
    const names = ['Chodov', 'Čachrov', 'Cibulka', 'Hůrka', 'Hradec', 'Hrádek', 'Iva', 'Řetenice', 'Rudice', 'Sušice', 'Šumava', 'Nova Ves', 'Nová Ves', 'NOVÁ VES', 'Nová-Ves', 'Novaves', 'Žihobce', 'Zdice', 'Ústí', 'Uhlířské Janovice'];
    expect(sortCzech(names)).to.deep.equal(byCollator(names));
    expect(sortCzech(['Chodov', 'Hůrka', 'Iva'])).to.deep.equal(['Hůrka', 'Chodov', 'Iva']);
  });

  it('agrees with the collator on 3,000 random lists of Czech letters, digraphs, case, spaces and signs', () => {
    const alphabet = [...'aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzžAČŘŽŠÚŮÉHC -.,10()/', 'ch', 'Ch', 'CH', 'cH'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 3000; t++) {
      const names = Array.from({ length: 12 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
      expect(sortCzech(names), names.join(' | ')).to.deep.equal(byCollator(names));
    }
  });

  it('leaves a name outside its table to the collator, for the whole list', () => {
    expect(czechKey('Bärnau')).to.equal(undefined);
    expect(czechKey('Київ')).to.equal(undefined);
    const names = ['Sušice', 'Bärnau', 'Київ', 'Aš'];
    expect(sortCzech(names)).to.deep.equal(byCollator(names));
  });
});
