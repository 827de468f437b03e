/**
 * About 300 real Czech municipalities for the generated registry, grouped by
 * district (okres) so that neighbours in the list are neighbours on the map:
 * the generator takes a service's areaServed and second location from the same
 * district. Each line: district centre "lat,lng" | "Name:PSČ:tier;…".
 * Tier 1 village or small town … 5 Prague; it weighs how many services a
 * municipality gets. Postcodes are the towns' main ones (plausible, not
 * checked one by one against the Czech Post list).
 */
const DISTRICTS = `
50.08,14.43|Praha:110 00:5
50.15,14.10|Kladno:272 01:3;Slaný:274 01:2;Unhošť:273 51:1;Stochov:273 03:1;Buštěhrad:273 43:1
50.41,14.90|Mladá Boleslav:293 01:3;Mnichovo Hradiště:295 01:2;Bělá pod Bezdězem:294 21:1;Benátky nad Jizerou:294 71:2;Bakov nad Jizerou:294 01:1
50.03,15.20|Kolín:280 02:3;Český Brod:282 01:2;Pečky:289 11:1;Týnec nad Labem:281 26:1
49.95,15.27|Kutná Hora:284 01:3;Čáslav:286 01:2;Uhlířské Janovice:285 04:1;Zruč nad Sázavou:285 22:1
49.69,14.01|Příbram:261 01:3;Dobříš:263 01:2;Sedlčany:264 01:2;Rožmitál pod Třemšínem:262 42:1
49.78,14.69|Benešov:256 01:3;Vlašim:258 01:2;Votice:259 01:1;Týnec nad Sázavou:257 41:1
49.96,14.07|Beroun:266 01:3;Hořovice:268 01:2;Králův Dvůr:267 01:1;Zdice:267 51:1
50.35,14.47|Mělník:276 01:3;Neratovice:277 11:2;Kralupy nad Vltavou:278 01:2;Mšeno:277 35:1
50.19,15.04|Nymburk:288 02:3;Poděbrady:290 01:2;Lysá nad Labem:289 22:2;Sadská:289 12:1;Městec Králové:289 03:1
50.10,13.73|Rakovník:269 01:3;Nové Strašecí:271 01:1;Jesenice:270 33:1
50.05,14.60|Brandýs nad Labem-Stará Boleslav:250 01:2;Říčany:251 01:2;Čelákovice:250 88:2;Úvaly:250 82:1;Odolena Voda:250 70:1
49.98,14.30|Černošice:252 28:1;Hostivice:253 01:1;Rudná:252 19:1;Řevnice:252 30:1
48.97,14.47|České Budějovice:370 01:4;Trhové Sviny:374 01:1;Týn nad Vltavou:375 01:2;Hluboká nad Vltavou:373 41:1;Lišov:373 72:1
48.81,14.32|Český Krumlov:381 01:3;Kaplice:382 41:2;Vyšší Brod:382 73:1;Horní Planá:382 26:1;Velešín:382 32:1
49.14,15.00|Jindřichův Hradec:377 01:3;Dačice:380 01:2;Třeboň:379 01:2;Slavonice:378 81:1;Nová Bystřice:378 33:1;Suchdol nad Lužnicí:378 06:1
49.31,14.15|Písek:397 01:3;Milevsko:399 01:2;Mirotice:398 01:1;Protivín:398 11:1
49.01,14.00|Prachatice:383 01:3;Vimperk:385 01:2;Netolice:384 11:1;Volary:384 51:1;Vlachovo Březí:384 22:1
49.26,13.90|Strakonice:386 01:3;Vodňany:389 01:2;Blatná:388 01:2;Volyně:387 01:1
49.41,14.68|Tábor:390 02:3;Sezimovo Ústí:391 01:2;Soběslav:392 01:2;Planá nad Lužnicí:391 11:1;Chýnov:391 55:1;Mladá Vožice:391 43:1
49.74,13.38|Plzeň:301 00:4;Starý Plzenec:332 02:1;Nýřany:330 23:1;Třemošná:330 11:1;Dobřany:334 41:1;Přeštice:334 01:2;Stod:333 01:1;Blovice:336 01:1;Nepomuk:335 01:1;Kralovice:331 41:1;Plasy:331 01:1
49.40,13.30|Klatovy:339 01:3;Sušice:342 01:2;Horažďovice:341 01:2;Nýrsko:340 22:1;Janovice nad Úhlavou:340 21:1;Běšiny:339 01:1;Plánice:340 34:1;Kolinec:341 42:1;Železná Ruda:340 04:1;Strážov:340 21:1;Chudenice:340 14:1;Švihov:340 12:1;Hartmanice:341 81:1;Kašperské Hory:341 92:1;Velhartice:341 42:1
49.44,12.93|Domažlice:344 01:3;Horšovský Týn:346 01:1;Kdyně:345 06:1;Poběžovice:345 22:1;Holýšov:345 62:1
49.80,12.63|Tachov:347 01:3;Stříbro:349 01:2;Planá:348 15:1;Bor:348 02:1
49.74,13.59|Rokycany:337 01:3;Radnice:338 03:1;Zbiroh:338 08:1
50.23,12.87|Karlovy Vary:360 01:4;Ostrov:363 01:2;Nejdek:362 21:1;Chodov:357 35:2;Jáchymov:362 51:1
50.08,12.37|Cheb:350 02:3;Mariánské Lázně:353 01:2;Františkovy Lázně:351 01:1;Aš:352 01:2
50.18,12.64|Sokolov:356 01:3;Kraslice:358 01:1;Habartov:357 09:1
50.66,14.03|Ústí nad Labem:400 01:4;Chabařovice:403 17:1;Trmice:400 04:1
50.78,14.21|Děčín:405 02:3;Rumburk:408 01:2;Varnsdorf:407 47:2;Šluknov:407 77:1;Česká Kamenice:407 21:1;Benešov nad Ploučnicí:407 22:1
50.64,13.82|Teplice:415 01:3;Bílina:418 01:2;Duchcov:419 01:2;Krupka:417 42:1
50.50,13.64|Most:434 01:3;Litvínov:436 01:2;Meziboří:435 13:1
50.46,13.42|Chomutov:430 01:3;Jirkov:431 11:2;Kadaň:432 01:2;Klášterec nad Ohří:431 51:1
50.36,13.80|Louny:440 01:3;Žatec:438 01:2;Postoloprty:439 42:1;Podbořany:441 01:1
50.53,14.13|Litoměřice:412 01:3;Lovosice:410 02:2;Roudnice nad Labem:413 01:2;Štětí:411 08:1;Úštěk:411 45:1
50.77,15.06|Liberec:460 01:4;Chrastava:463 31:1;Frýdlant:464 01:2;Hrádek nad Nisou:463 34:1
50.72,15.17|Jablonec nad Nisou:466 01:3;Tanvald:468 41:1;Železný Brod:468 22:1
50.69,14.54|Česká Lípa:470 01:3;Nový Bor:473 01:2;Mimoň:471 24:1;Doksy:472 01:1
50.60,15.33|Semily:513 01:2;Turnov:511 01:2;Jilemnice:514 01:1;Lomnice nad Popelkou:512 51:1
50.21,15.83|Hradec Králové:500 02:4;Nový Bydžov:504 01:2;Smiřice:503 03:1;Chlumec nad Cidlinou:503 51:1
50.56,15.91|Trutnov:541 01:3;Dvůr Králové nad Labem:544 01:2;Vrchlabí:543 01:2;Úpice:542 32:1;Hostinné:543 71:1
50.42,16.16|Náchod:547 01:3;Jaroměř:551 01:2;Broumov:550 01:2;Nové Město nad Metují:549 01:2;Police nad Metují:549 54:1;Červený Kostelec:549 41:1
50.16,16.27|Rychnov nad Kněžnou:516 01:2;Dobruška:518 01:1;Kostelec nad Orlicí:517 41:1;Vamberk:517 54:1
50.44,15.35|Jičín:506 01:3;Hořice:508 01:2;Nová Paka:509 01:1
50.04,15.78|Pardubice:530 02:4;Přelouč:535 01:2;Holice:534 01:1;Lázně Bohdaneč:533 41:1
49.95,15.80|Chrudim:537 01:3;Hlinsko:539 01:2;Heřmanův Městec:538 03:1;Slatiňany:538 21:1
49.76,16.47|Svitavy:568 02:3;Litomyšl:570 01:2;Polička:572 01:2;Moravská Třebová:571 01:2
49.97,16.39|Ústí nad Orlicí:562 01:2;Česká Třebová:560 02:2;Vysoké Mýto:566 01:2;Lanškroun:563 01:2;Žamberk:564 01:1;Choceň:565 01:1
49.40,15.59|Jihlava:586 01:4;Třešť:589 01:1;Polná:588 13:1;Telč:588 56:1
49.61,15.58|Havlíčkův Brod:580 01:3;Chotěboř:583 01:2;Světlá nad Sázavou:582 91:1;Ledeč nad Sázavou:584 01:1
49.43,15.22|Pelhřimov:393 01:3;Humpolec:396 01:2;Pacov:395 01:1;Kamenice nad Lipou:394 70:1
49.22,15.88|Třebíč:674 01:3;Moravské Budějovice:676 02:2;Náměšť nad Oslavou:675 71:1;Jemnice:675 31:1
49.56,15.94|Žďár nad Sázavou:591 01:3;Nové Město na Moravě:592 31:2;Velké Meziříčí:594 01:2;Bystřice nad Pernštejnem:593 01:2
49.20,16.61|Brno:602 00:4;Šlapanice:664 51:1;Kuřim:664 34:2;Rosice:665 01:1;Ivančice:664 91:1;Židlochovice:667 01:1;Tišnov:666 01:2;Modřice:664 42:1
49.36,16.64|Blansko:678 01:3;Boskovice:680 01:2;Letovice:679 61:1;Adamov:679 04:1
48.76,16.88|Břeclav:690 02:3;Hustopeče:693 01:2;Mikulov:692 01:2;Velké Pavlovice:691 06:1;Lednice:691 44:1
48.85,17.13|Hodonín:695 01:3;Kyjov:697 01:2;Veselí nad Moravou:698 01:2;Strážnice:696 62:1;Bzenec:696 81:1
49.28,17.00|Vyškov:682 01:3;Bučovice:685 01:1;Slavkov u Brna:684 01:1
48.86,16.05|Znojmo:669 02:3;Moravský Krumlov:672 01:1;Hrušovany nad Jevišovkou:671 67:1;Miroslav:671 72:1
49.59,17.25|Olomouc:779 00:4;Šternberk:785 01:2;Uničov:783 91:2;Litovel:784 01:2;Hlubočky:783 61:1
49.47,17.11|Prostějov:796 01:3;Konice:798 52:1;Kostelec na Hané:798 41:1
49.46,17.45|Přerov:750 02:3;Hranice:753 01:2;Lipník nad Bečvou:751 31:1;Kojetín:752 01:1
49.97,16.97|Šumperk:787 01:3;Zábřeh:789 01:2;Mohelnice:789 85:2;Hanušovice:788 33:1
50.23,17.20|Jeseník:790 01:2;Zlaté Hory:793 76:1;Javorník:790 70:1
49.83,18.29|Ostrava:702 00:4;Klimkovice:742 83:1;Vratimov:739 32:1
49.68,18.35|Frýdek-Místek:738 01:3;Třinec:739 61:3;Frýdlant nad Ostravicí:739 11:1;Brušperk:739 44:1;Jablunkov:739 91:1
49.85,18.54|Karviná:733 01:3;Havířov:736 01:3;Orlová:735 14:2;Bohumín:735 81:2;Český Těšín:737 01:2
49.59,18.01|Nový Jičín:741 01:3;Kopřivnice:742 21:2;Příbor:742 58:1;Studénka:742 13:1;Frenštát pod Radhoštěm:744 01:2;Bílovec:743 01:1
49.94,17.90|Opava:746 01:3;Hlučín:748 01:2;Kravaře:747 21:1;Vítkov:749 01:1
49.99,17.46|Bruntál:792 01:3;Krnov:794 01:2;Rýmařov:795 01:1;Město Albrechtice:793 95:1
49.22,17.66|Zlín:760 01:4;Otrokovice:765 02:2;Napajedla:763 61:1;Vizovice:763 12:1;Slušovice:763 15:1
49.30,17.39|Kroměříž:767 01:3;Holešov:769 01:2;Bystřice pod Hostýnem:768 61:1;Hulín:768 24:1
49.07,17.46|Uherské Hradiště:686 01:3;Uherský Brod:688 01:2;Staré Město:686 03:1;Bojkovice:687 71:1
49.34,17.99|Vsetín:755 01:3;Valašské Meziříčí:757 01:2;Rožnov pod Radhoštěm:756 61:2;Karolinka:756 05:1
`;

export interface Municipality {
  readonly name: string;
  readonly psc: string;
  readonly tier: number;
  /** Index of the district in DISTRICT_LIST. */
  readonly district: number;
  readonly lat: number;
  readonly lng: number;
}

export interface District {
  /** The district town (first in its line): charities and hospitals are named after it. */
  readonly seat: Municipality;
  readonly members: readonly Municipality[];
}

export const DISTRICT_LIST: readonly District[] = DISTRICTS.trim()
  .split('\n')
  .map((line, district) => {
    const [centre, list] = line.split('|') as [string, string];
    const [lat, lng] = centre.split(',').map(Number) as [number, number];
    const members = list.split(';').map((entry) => {
      const [name, psc, tier] = entry.split(':') as [string, string, string];
      return { name, psc, tier: Number(tier), district, lat, lng };
    });
    return { seat: members[0]!, members };
  });

export const MUNICIPALITIES: readonly Municipality[] = DISTRICT_LIST.flatMap((d) => d.members);
