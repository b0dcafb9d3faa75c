/** The status texts in nb; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Vi sjekker betalingen din…',
  succeededTitle: 'Betaling mottatt',
  succeeded: 'Takk! Betalingen din på {total} er gjennomført.',
  succeededNoTotal: 'Takk! Betalingen din er gjennomført.',
  processingTitle: 'Betalingen behandles',
  processing: 'Betalingen din behandles. Siden oppdateres når den er bekreftet.',
  processingStill: 'Betalingen din behandles fortsatt. Du får en bekreftelse når den er ferdig; sjekk igjen senere.',
  failedTitle: 'Betalingen mislyktes',
  failed: 'Betalingen din gikk ikke gjennom, og ingen penger er trukket. Du kan prøve igjen.',
  cancelledTitle: 'Betalingen er avbrutt',
  cancelled: 'Betalingen ble avbrutt, og ingen penger er trukket. Du kan prøve igjen.',
  requiresActionTitle: 'Betalingen er ikke fullført',
  requiresAction: 'Betalingen din er ikke fullført ennå. Gå tilbake til kassen for å fullføre den.',
  unknownTitle: 'Vi kan ikke bekrefte denne betalingen',
  unknown: 'Denne siden kan ikke bekrefte en betaling fra denne nettleseren. Hvis du har betalt, er bekreftelsen på e-post kvitteringen din; ellers kan du kontakte butikken.',
  errorTitle: 'Vi kunne ikke sjekke betalingen din',
  error: 'Betalingsstatusen er ikke tilgjengelig akkurat nå. Ingenting er endret med betalingen din; sjekk igjen om litt.',
  total: 'Totalt',
  reference: 'Betalingsreferanse',
  tryAgain: 'Prøv igjen',
  returnToCheckout: 'Tilbake til kassen',
  checkAgain: 'Sjekk igjen',
} satisfies StatusMessages;
