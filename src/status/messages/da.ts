/** The status texts in da; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Vi tjekker din betaling…',
  succeededTitle: 'Betaling modtaget',
  succeeded: 'Tak! Din betaling på {total} er gennemført.',
  succeededNoTotal: 'Tak! Din betaling er gennemført.',
  processingTitle: 'Betalingen behandles',
  processing: 'Din betaling behandles. Siden opdateres, når den er bekræftet.',
  processingStill: 'Din betaling behandles stadig. Du får en bekræftelse, når den er færdig; tjek igen senere.',
  failedTitle: 'Betalingen mislykkedes',
  failed: 'Din betaling gik ikke igennem, og der er ikke trukket penge. Du kan prøve igen.',
  cancelledTitle: 'Betalingen er annulleret',
  cancelled: 'Betalingen blev annulleret, og der er ikke trukket penge. Du kan prøve igen.',
  requiresActionTitle: 'Betalingen er ikke gennemført',
  requiresAction: 'Din betaling er ikke gennemført endnu. Gå tilbage til kassen for at gennemføre den.',
  unknownTitle: 'Vi kan ikke bekræfte denne betaling',
  unknown: 'Siden kan ikke bekræfte en betaling fra denne browser. Hvis du har betalt, er din bekræftelsesmail din kvittering; ellers kan du kontakte butikken.',
  errorTitle: 'Vi kunne ikke tjekke din betaling',
  error: 'Betalingsstatus er ikke tilgængelig lige nu. Intet er ændret ved din betaling; tjek igen om lidt.',
  total: 'I alt',
  reference: 'Betalingsreference',
  tryAgain: 'Prøv igen',
  returnToCheckout: 'Tilbage til kassen',
  checkAgain: 'Tjek igen',
} satisfies StatusMessages;
