/** The status texts in lt; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Tikriname jūsų mokėjimą…',
  succeededTitle: 'Mokėjimas gautas',
  succeeded: 'Ačiū! Jūsų {total} mokėjimas sėkmingas.',
  succeededNoTotal: 'Ačiū! Jūsų mokėjimas sėkmingas.',
  processingTitle: 'Mokėjimas apdorojamas',
  processing: 'Jūsų mokėjimas apdorojamas. Puslapis atsinaujins, kai mokėjimas bus patvirtintas.',
  processingStill: 'Jūsų mokėjimas vis dar apdorojamas. Gausite patvirtinimą, kai jis bus baigtas; patikrinkite vėliau.',
  failedTitle: 'Mokėjimas nepavyko',
  failed: 'Jūsų mokėjimas neįvyko, pinigai nenuskaičiuoti. Galite bandyti dar kartą.',
  cancelledTitle: 'Mokėjimas atšauktas',
  cancelled: 'Mokėjimas atšauktas, pinigai nenuskaičiuoti. Galite bandyti dar kartą.',
  requiresActionTitle: 'Mokėjimas nebaigtas',
  requiresAction: 'Jūsų mokėjimas dar nebaigtas. Grįžkite į atsiskaitymo puslapį ir jį užbaikite.',
  unknownTitle: 'Negalime patvirtinti šio mokėjimo',
  unknown: 'Šis puslapis negali patvirtinti mokėjimo iš šios naršyklės. Jei sumokėjote, patvirtinimo el. laiškas yra jūsų kvitas; kitu atveju susisiekite su parduotuve.',
  errorTitle: 'Nepavyko patikrinti jūsų mokėjimo',
  error: 'Mokėjimo būsena šiuo metu nepasiekiama. Jūsų mokėjimas nepasikeitė; patikrinkite po akimirkos.',
  total: 'Iš viso',
  reference: 'Mokėjimo nuoroda',
  tryAgain: 'Bandyti dar kartą',
  returnToCheckout: 'Grįžti į atsiskaitymą',
  checkAgain: 'Tikrinti dar kartą',
} satisfies StatusMessages;
