/** The status texts in sl; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Preverjamo vaše plačilo…',
  succeededTitle: 'Plačilo prejeto',
  succeeded: 'Hvala! Vaše plačilo v znesku {total} je uspelo.',
  succeededNoTotal: 'Hvala! Vaše plačilo je uspelo.',
  processingTitle: 'Plačilo se obdeluje',
  processing: 'Vaše plačilo se obdeluje. Stran se bo posodobila, ko bo potrjeno.',
  processingStill: 'Vaše plačilo se še obdeluje. Ko bo končano, boste prejeli potrdilo; preverite znova pozneje.',
  failedTitle: 'Plačilo ni uspelo',
  failed: 'Vaše plačilo ni uspelo in denar ni bil bremenjen. Lahko poskusite znova.',
  cancelledTitle: 'Plačilo preklicano',
  cancelled: 'Plačilo je bilo preklicano in denar ni bil bremenjen. Lahko poskusite znova.',
  requiresActionTitle: 'Plačilo ni dokončano',
  requiresAction: 'Vaše plačilo še ni dokončano. Vrnite se na blagajno, da ga dokončate.',
  unknownTitle: 'Tega plačila ne moremo potrditi',
  unknown: 'Ta stran ne more potrditi plačila iz tega brskalnika. Če ste plačali, je e-poštno potrdilo vaš račun; sicer se obrnite na trgovino.',
  errorTitle: 'Vašega plačila nismo mogli preveriti',
  error: 'Stanje plačila trenutno ni na voljo. Pri vašem plačilu se ni nič spremenilo; preverite znova čez trenutek.',
  total: 'Skupaj',
  reference: 'Referenca plačila',
  tryAgain: 'Poskusi znova',
  returnToCheckout: 'Nazaj na blagajno',
  checkAgain: 'Preveri znova',
} satisfies StatusMessages;
