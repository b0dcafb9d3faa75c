/** The status texts in hr; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Provjeravamo vaše plaćanje…',
  succeededTitle: 'Plaćanje je primljeno',
  succeeded: 'Hvala! Vaše plaćanje od {total} je uspjelo.',
  succeededNoTotal: 'Hvala! Vaše plaćanje je uspjelo.',
  processingTitle: 'Plaćanje se obrađuje',
  processing: 'Vaše plaćanje se obrađuje. Stranica će se ažurirati kad bude potvrđeno.',
  processingStill: 'Vaše plaćanje se još obrađuje. Dobit ćete potvrdu kad završi; provjerite ponovno kasnije.',
  failedTitle: 'Plaćanje nije uspjelo',
  failed: 'Vaše plaćanje nije prošlo i novac nije naplaćen. Možete pokušati ponovno.',
  cancelledTitle: 'Plaćanje je otkazano',
  cancelled: 'Plaćanje je otkazano i novac nije naplaćen. Možete pokušati ponovno.',
  requiresActionTitle: 'Plaćanje nije dovršeno',
  requiresAction: 'Vaše plaćanje još nije dovršeno. Vratite se na blagajnu da ga dovršite.',
  unknownTitle: 'Ne možemo potvrditi ovo plaćanje',
  unknown: 'Ova stranica ne može potvrditi plaćanje iz ovog preglednika. Ako ste platili, e-poruka s potvrdom vaš je račun; u suprotnom se obratite trgovini.',
  errorTitle: 'Nismo mogli provjeriti vaše plaćanje',
  error: 'Status plaćanja trenutačno nije dostupan. Ništa se nije promijenilo s vašim plaćanjem; provjerite ponovno za trenutak.',
  total: 'Ukupno',
  reference: 'Referenca plaćanja',
  tryAgain: 'Pokušajte ponovno',
  returnToCheckout: 'Natrag na blagajnu',
  checkAgain: 'Provjeri ponovno',
} satisfies StatusMessages;
