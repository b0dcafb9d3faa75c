/** The status texts in hu; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Ellenőrizzük a fizetését…',
  succeededTitle: 'Fizetés beérkezett',
  succeeded: 'Köszönjük! A(z) {total} összegű fizetése sikeres volt.',
  succeededNoTotal: 'Köszönjük! A fizetése sikeres volt.',
  processingTitle: 'A fizetés feldolgozás alatt',
  processing: 'A fizetése feldolgozás alatt áll. Az oldal frissül, amint megerősítették.',
  processingStill: 'A fizetése még feldolgozás alatt áll. Visszaigazolást kap, amint befejeződik; nézzen vissza később.',
  failedTitle: 'Sikertelen fizetés',
  failed: 'A fizetése nem sikerült, és nem vontunk le pénzt. Újrapróbálhatja.',
  cancelledTitle: 'A fizetés megszakítva',
  cancelled: 'A fizetést megszakították, és nem vontunk le pénzt. Újrapróbálhatja.',
  requiresActionTitle: 'A fizetés nincs befejezve',
  requiresAction: 'A fizetése még nincs befejezve. A befejezéshez térjen vissza a pénztárhoz.',
  unknownTitle: 'Ezt a fizetést nem tudjuk megerősíteni',
  unknown: 'Ez az oldal nem tud megerősíteni fizetést ebből a böngészőből. Ha fizetett, a visszaigazoló e-mail a nyugtája; ellenkező esetben forduljon a bolthoz.',
  errorTitle: 'Nem tudtuk ellenőrizni a fizetését',
  error: 'A fizetés állapota most nem érhető el. A fizetésével semmi sem történt; nézze meg újra egy kis idő múlva.',
  total: 'Összesen',
  reference: 'Fizetési azonosító',
  tryAgain: 'Újrapróbálás',
  returnToCheckout: 'Vissza a pénztárhoz',
  checkAgain: 'Újraellenőrzés',
} satisfies StatusMessages;
