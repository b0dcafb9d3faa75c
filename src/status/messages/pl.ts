/** The status texts in pl; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Sprawdzamy Twoją płatność…',
  succeededTitle: 'Płatność otrzymana',
  succeeded: 'Dziękujemy! Twoja płatność w wysokości {total} została zrealizowana.',
  succeededNoTotal: 'Dziękujemy! Twoja płatność została zrealizowana.',
  processingTitle: 'Płatność jest przetwarzana',
  processing: 'Twoja płatność jest przetwarzana. Strona odświeży się po jej potwierdzeniu.',
  processingStill: 'Twoja płatność jest nadal przetwarzana. Po jej zakończeniu otrzymasz potwierdzenie; sprawdź ponownie później.',
  failedTitle: 'Płatność nie powiodła się',
  failed: 'Płatność nie została zrealizowana i nie pobrano żadnych środków. Możesz spróbować ponownie.',
  cancelledTitle: 'Płatność anulowana',
  cancelled: 'Płatność została anulowana i nie pobrano żadnych środków. Możesz spróbować ponownie.',
  requiresActionTitle: 'Płatność nie została dokończona',
  requiresAction: 'Twoja płatność nie została jeszcze dokończona. Wróć do kasy, aby ją dokończyć.',
  unknownTitle: 'Nie możemy potwierdzić tej płatności',
  unknown: 'Ta strona nie może potwierdzić płatności z tej przeglądarki. Jeśli zapłacono, e-mail z potwierdzeniem jest Twoim dowodem; w przeciwnym razie skontaktuj się ze sklepem.',
  errorTitle: 'Nie udało się sprawdzić płatności',
  error: 'Status płatności jest teraz niedostępny. Nic się nie zmieniło w Twojej płatności; sprawdź ponownie za chwilę.',
  total: 'Razem',
  reference: 'Identyfikator płatności',
  tryAgain: 'Spróbuj ponownie',
  returnToCheckout: 'Wróć do kasy',
  checkAgain: 'Sprawdź ponownie',
} satisfies StatusMessages;
