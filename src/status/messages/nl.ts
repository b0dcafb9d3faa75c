/** The status texts in nl; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Je betaling wordt gecontroleerd…',
  succeededTitle: 'Betaling ontvangen',
  succeeded: 'Bedankt! Je betaling van {total} is gelukt.',
  succeededNoTotal: 'Bedankt! Je betaling is gelukt.',
  processingTitle: 'Betaling wordt verwerkt',
  processing: 'Je betaling wordt verwerkt. Deze pagina wordt bijgewerkt zodra die is bevestigd.',
  processingStill: 'Je betaling wordt nog verwerkt. Je ontvangt een bevestiging zodra die klaar is; controleer het later opnieuw.',
  failedTitle: 'Betaling mislukt',
  failed: 'Je betaling is niet gelukt en er is geen geld afgeschreven. Je kunt het opnieuw proberen.',
  cancelledTitle: 'Betaling geannuleerd',
  cancelled: 'De betaling is geannuleerd en er is geen geld afgeschreven. Je kunt het opnieuw proberen.',
  requiresActionTitle: 'Betaling niet voltooid',
  requiresAction: 'Je betaling is nog niet voltooid. Ga terug naar de kassa om die af te ronden.',
  unknownTitle: 'We kunnen deze betaling niet bevestigen',
  unknown: 'Deze pagina kan geen betaling vanuit deze browser bevestigen. Heb je betaald, dan is je bevestigingsmail je bewijs; neem anders contact op met de winkel.',
  errorTitle: 'We konden je betaling niet controleren',
  error: 'De betaalstatus is nu niet beschikbaar. Er is niets veranderd aan je betaling; controleer het zo opnieuw.',
  total: 'Totaal',
  reference: 'Betalingskenmerk',
  tryAgain: 'Opnieuw proberen',
  returnToCheckout: 'Terug naar de kassa',
  checkAgain: 'Opnieuw controleren',
} satisfies StatusMessages;
