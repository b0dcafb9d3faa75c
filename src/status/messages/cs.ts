/** The status texts in cs; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Ověřujeme vaši platbu…',
  succeededTitle: 'Platba přijata',
  succeeded: 'Děkujeme! Vaše platba {total} proběhla.',
  succeededNoTotal: 'Děkujeme! Vaše platba proběhla.',
  processingTitle: 'Platba se zpracovává',
  processing: 'Vaše platba se zpracovává. Stránka se aktualizuje, jakmile bude potvrzena.',
  processingStill: 'Vaše platba se stále zpracovává. Po dokončení dostanete potvrzení; zkontrolujte to později.',
  failedTitle: 'Platba se nezdařila',
  failed: 'Platba neproběhla a nebyly strženy žádné peníze. Můžete to zkusit znovu.',
  cancelledTitle: 'Platba zrušena',
  cancelled: 'Platba byla zrušena a nebyly strženy žádné peníze. Můžete to zkusit znovu.',
  requiresActionTitle: 'Platba nebyla dokončena',
  requiresAction: 'Vaše platba ještě není dokončena. Vraťte se do pokladny a dokončete ji.',
  unknownTitle: 'Tuto platbu nemůžeme potvrdit',
  unknown: 'Tato stránka nemůže potvrdit platbu z tohoto prohlížeče. Pokud jste zaplatili, potvrzovací e-mail je vaším dokladem; jinak kontaktujte obchod.',
  errorTitle: 'Platbu se nepodařilo ověřit',
  error: 'Stav platby teď není k dispozici. Na vaší platbě se nic nezměnilo; zkuste to za chvíli znovu.',
  total: 'Celkem',
  reference: 'Reference platby',
  tryAgain: 'Zkusit znovu',
  returnToCheckout: 'Zpět do pokladny',
  checkAgain: 'Zkontrolovat znovu',
} satisfies StatusMessages;
