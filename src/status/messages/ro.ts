/** The status texts in ro; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Verificăm plata dvs.…',
  succeededTitle: 'Plată primită',
  succeeded: 'Mulțumim! Plata dvs. de {total} a reușit.',
  succeededNoTotal: 'Mulțumim! Plata dvs. a reușit.',
  processingTitle: 'Plata este în curs de procesare',
  processing: 'Plata dvs. este în curs de procesare. Pagina se va actualiza după confirmare.',
  processingStill: 'Plata dvs. este încă în curs de procesare. Veți primi o confirmare când se finalizează; verificați din nou mai târziu.',
  failedTitle: 'Plata nu a reușit',
  failed: 'Plata dvs. nu a fost efectuată și nu s-au retras bani. Puteți încerca din nou.',
  cancelledTitle: 'Plată anulată',
  cancelled: 'Plata a fost anulată și nu s-au retras bani. Puteți încerca din nou.',
  requiresActionTitle: 'Plata nu este finalizată',
  requiresAction: 'Plata dvs. nu este încă finalizată. Reveniți la casă pentru a o finaliza.',
  unknownTitle: 'Nu putem confirma această plată',
  unknown: 'Această pagină nu poate confirma nicio plată din acest browser. Dacă ați plătit, e-mailul de confirmare este chitanța dvs.; altfel, contactați magazinul.',
  errorTitle: 'Nu am putut verifica plata dvs.',
  error: 'Starea plății nu este disponibilă acum. Nimic nu s-a schimbat la plata dvs.; verificați din nou peste puțin timp.',
  total: 'Total',
  reference: 'Referința plății',
  tryAgain: 'Încercați din nou',
  returnToCheckout: 'Înapoi la casă',
  checkAgain: 'Verificați din nou',
} satisfies StatusMessages;
