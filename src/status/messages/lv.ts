/** The status texts in lv; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Pārbaudām jūsu maksājumu…',
  succeededTitle: 'Maksājums saņemts',
  succeeded: 'Paldies! Jūsu maksājums {total} apmērā ir veiksmīgs.',
  succeededNoTotal: 'Paldies! Jūsu maksājums ir veiksmīgs.',
  processingTitle: 'Maksājums tiek apstrādāts',
  processing: 'Jūsu maksājums tiek apstrādāts. Lapa atjaunosies, tiklīdz tas būs apstiprināts.',
  processingStill: 'Jūsu maksājums joprojām tiek apstrādāts. Saņemsiet apstiprinājumu, kad tas būs pabeigts; pārbaudiet vēlāk.',
  failedTitle: 'Maksājums neizdevās',
  failed: 'Jūsu maksājums netika veikts, un nauda netika iekasēta. Varat mēģināt vēlreiz.',
  cancelledTitle: 'Maksājums atcelts',
  cancelled: 'Maksājums tika atcelts, un nauda netika iekasēta. Varat mēģināt vēlreiz.',
  requiresActionTitle: 'Maksājums nav pabeigts',
  requiresAction: 'Jūsu maksājums vēl nav pabeigts. Atgriezieties norēķinos, lai to pabeigtu.',
  unknownTitle: 'Mēs nevaram apstiprināt šo maksājumu',
  unknown: 'Šī lapa nevar apstiprināt maksājumu no šīs pārlūkprogrammas. Ja samaksājāt, apstiprinājuma e-pasts ir jūsu kvīts; pretējā gadījumā sazinieties ar veikalu.',
  errorTitle: 'Neizdevās pārbaudīt jūsu maksājumu',
  error: 'Maksājuma statuss pašlaik nav pieejams. Jūsu maksājumā nekas nav mainījies; pārbaudiet pēc brīža.',
  total: 'Kopā',
  reference: 'Maksājuma atsauce',
  tryAgain: 'Mēģināt vēlreiz',
  returnToCheckout: 'Atpakaļ uz norēķiniem',
  checkAgain: 'Pārbaudīt vēlreiz',
} satisfies StatusMessages;
