/** The status texts in sv; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Kontrollerar din betalning…',
  succeededTitle: 'Betalningen är mottagen',
  succeeded: 'Tack! Din betalning på {total} har gått igenom.',
  succeededNoTotal: 'Tack! Din betalning har gått igenom.',
  processingTitle: 'Betalningen behandlas',
  processing: 'Din betalning behandlas. Sidan uppdateras när den har bekräftats.',
  processingStill: 'Din betalning behandlas fortfarande. Du får en bekräftelse när den är klar; kontrollera igen senare.',
  failedTitle: 'Betalningen misslyckades',
  failed: 'Din betalning gick inte igenom och inga pengar har dragits. Du kan försöka igen.',
  cancelledTitle: 'Betalningen avbröts',
  cancelled: 'Betalningen avbröts och inga pengar har dragits. Du kan försöka igen.',
  requiresActionTitle: 'Betalningen är inte slutförd',
  requiresAction: 'Din betalning är inte slutförd än. Gå tillbaka till kassan för att slutföra den.',
  unknownTitle: 'Vi kan inte bekräfta den här betalningen',
  unknown: 'Sidan kan inte bekräfta någon betalning från den här webbläsaren. Om du har betalat är bekräftelsemejlet ditt kvitto; annars kan du kontakta butiken.',
  errorTitle: 'Vi kunde inte kontrollera din betalning',
  error: 'Betalningsstatusen är inte tillgänglig just nu. Inget har ändrats med din betalning; kontrollera igen om en stund.',
  total: 'Totalt',
  reference: 'Betalningsreferens',
  tryAgain: 'Försök igen',
  returnToCheckout: 'Tillbaka till kassan',
  checkAgain: 'Kontrollera igen',
} satisfies StatusMessages;
