/** The status texts in ca; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Estem comprovant el pagament…',
  succeededTitle: 'Pagament rebut',
  succeeded: 'Gràcies! El pagament de {total} s’ha completat.',
  succeededNoTotal: 'Gràcies! El pagament s’ha completat.',
  processingTitle: 'Pagament en curs',
  processing: 'El pagament s’està processant. Aquesta pàgina s’actualitzarà quan es confirmi.',
  processingStill: 'El pagament encara s’està processant. Rebràs una confirmació quan acabi; torna-ho a comprovar més tard.',
  failedTitle: 'El pagament ha fallat',
  failed: 'El pagament no s’ha completat i no s’ha cobrat res. Pots tornar-ho a provar.',
  cancelledTitle: 'Pagament cancel·lat',
  cancelled: 'El pagament s’ha cancel·lat i no s’ha cobrat res. Pots tornar-ho a provar.',
  requiresActionTitle: 'Pagament no completat',
  requiresAction: 'El pagament encara no s’ha completat. Torna a la caixa per acabar-lo.',
  unknownTitle: 'No podem confirmar aquest pagament',
  unknown: 'Aquesta pàgina no pot confirmar cap pagament fet des d’aquest navegador. Si has pagat, el correu de confirmació és el teu rebut; si no, posa’t en contacte amb la botiga.',
  errorTitle: 'No hem pogut comprovar el pagament',
  error: 'L’estat del pagament no està disponible ara mateix. El pagament no ha canviat; torna-ho a comprovar d’aquí a un moment.',
  total: 'Total',
  reference: 'Referència del pagament',
  tryAgain: 'Torna-ho a provar',
  returnToCheckout: 'Torna a la caixa',
  checkAgain: 'Torna a comprovar',
} satisfies StatusMessages;
