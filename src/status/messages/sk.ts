/** The status texts in sk; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Overujeme vašu platbu…',
  succeededTitle: 'Platba prijatá',
  succeeded: 'Ďakujeme! Vaša platba {total} prebehla.',
  succeededNoTotal: 'Ďakujeme! Vaša platba prebehla.',
  processingTitle: 'Platba sa spracúva',
  processing: 'Vaša platba sa spracúva. Stránka sa aktualizuje, keď bude potvrdená.',
  processingStill: 'Vaša platba sa stále spracúva. Po dokončení dostanete potvrdenie; skontrolujte to neskôr.',
  failedTitle: 'Platba zlyhala',
  failed: 'Platba neprebehla a neboli stiahnuté žiadne peniaze. Môžete to skúsiť znova.',
  cancelledTitle: 'Platba zrušená',
  cancelled: 'Platba bola zrušená a neboli stiahnuté žiadne peniaze. Môžete to skúsiť znova.',
  requiresActionTitle: 'Platba nie je dokončená',
  requiresAction: 'Vaša platba ešte nie je dokončená. Vráťte sa do pokladne a dokončite ju.',
  unknownTitle: 'Túto platbu nemôžeme potvrdiť',
  unknown: 'Táto stránka nemôže potvrdiť platbu z tohto prehliadača. Ak ste zaplatili, potvrdzujúci e-mail je váš doklad; inak kontaktujte obchod.',
  errorTitle: 'Platbu sa nepodarilo overiť',
  error: 'Stav platby teraz nie je k dispozícii. Na vašej platbe sa nič nezmenilo; skúste to o chvíľu znova.',
  total: 'Spolu',
  reference: 'Referencia platby',
  tryAgain: 'Skúsiť znova',
  returnToCheckout: 'Späť do pokladne',
  checkAgain: 'Skontrolovať znova',
} satisfies StatusMessages;
