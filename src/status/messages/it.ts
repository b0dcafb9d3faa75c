/** The status texts in it; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Stiamo verificando il pagamento…',
  succeededTitle: 'Pagamento ricevuto',
  succeeded: 'Grazie! Il pagamento di {total} è andato a buon fine.',
  succeededNoTotal: 'Grazie! Il pagamento è andato a buon fine.',
  processingTitle: 'Pagamento in elaborazione',
  processing: 'Il pagamento è in elaborazione. Questa pagina si aggiornerà non appena sarà confermato.',
  processingStill: 'Il pagamento è ancora in elaborazione. Riceverai una conferma al termine; ricontrolla più tardi.',
  failedTitle: 'Pagamento non riuscito',
  failed: 'Il pagamento non è andato a buon fine e non è stato addebitato nulla. Puoi riprovare.',
  cancelledTitle: 'Pagamento annullato',
  cancelled: 'Il pagamento è stato annullato e non è stato addebitato nulla. Puoi riprovare.',
  requiresActionTitle: 'Pagamento non completato',
  requiresAction: 'Il pagamento non è ancora completato. Torna al checkout per completarlo.',
  unknownTitle: 'Non possiamo confermare questo pagamento',
  unknown: 'Questa pagina non può confermare alcun pagamento effettuato da questo browser. Se hai pagato, l’e-mail di conferma è la tua ricevuta; altrimenti contatta il negozio.',
  errorTitle: 'Non è stato possibile verificare il pagamento',
  error: 'Lo stato del pagamento non è disponibile al momento. Il tuo pagamento non è cambiato; ricontrolla tra poco.',
  total: 'Totale',
  reference: 'Riferimento del pagamento',
  tryAgain: 'Riprova',
  returnToCheckout: 'Torna al checkout',
  checkAgain: 'Ricontrolla',
} satisfies StatusMessages;
