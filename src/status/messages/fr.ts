/** The status texts in fr; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Vérification de votre paiement…',
  succeededTitle: 'Paiement reçu',
  succeeded: 'Merci ! Votre paiement de {total} a bien été effectué.',
  succeededNoTotal: 'Merci ! Votre paiement a bien été effectué.',
  processingTitle: 'Paiement en cours',
  processing: 'Votre paiement est en cours de traitement. Cette page se mettra à jour dès sa confirmation.',
  processingStill: 'Votre paiement est toujours en cours de traitement. Vous recevrez une confirmation une fois terminé ; vérifiez de nouveau plus tard.',
  failedTitle: 'Échec du paiement',
  failed: 'Votre paiement n’a pas abouti et aucun montant n’a été prélevé. Vous pouvez réessayer.',
  cancelledTitle: 'Paiement annulé',
  cancelled: 'Le paiement a été annulé et aucun montant n’a été prélevé. Vous pouvez réessayer.',
  requiresActionTitle: 'Paiement non finalisé',
  requiresAction: 'Votre paiement n’est pas encore finalisé. Revenez au paiement pour le terminer.',
  unknownTitle: 'Nous ne pouvons pas confirmer ce paiement',
  unknown: 'Cette page ne peut confirmer aucun paiement effectué depuis ce navigateur. Si vous avez payé, votre e-mail de confirmation fait foi ; sinon, contactez la boutique.',
  errorTitle: 'Nous n’avons pas pu vérifier votre paiement',
  error: 'Le statut du paiement n’est pas disponible pour le moment. Rien n’a changé pour votre paiement ; vérifiez de nouveau dans un instant.',
  total: 'Total',
  reference: 'Référence du paiement',
  tryAgain: 'Réessayer',
  returnToCheckout: 'Retour au paiement',
  checkAgain: 'Vérifier de nouveau',
} satisfies StatusMessages;
