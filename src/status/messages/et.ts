/** The status texts in et; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Kontrollime teie makset…',
  succeededTitle: 'Makse on laekunud',
  succeeded: 'Aitäh! Teie makse summas {total} õnnestus.',
  succeededNoTotal: 'Aitäh! Teie makse õnnestus.',
  processingTitle: 'Makset töödeldakse',
  processing: 'Teie makset töödeldakse. Leht uueneb, kui makse on kinnitatud.',
  processingStill: 'Teie makset töödeldakse endiselt. Saate kinnituse, kui see lõpeb; kontrollige hiljem uuesti.',
  failedTitle: 'Makse ebaõnnestus',
  failed: 'Teie makse ei läinud läbi ja raha ei võetud. Võite uuesti proovida.',
  cancelledTitle: 'Makse tühistati',
  cancelled: 'Makse tühistati ja raha ei võetud. Võite uuesti proovida.',
  requiresActionTitle: 'Makse on lõpetamata',
  requiresAction: 'Teie makse pole veel lõpetatud. Minge selle lõpetamiseks tagasi kassasse.',
  unknownTitle: 'Me ei saa seda makset kinnitada',
  unknown: 'See leht ei saa kinnitada ühtegi sellest brauserist tehtud makset. Kui maksite, on kinnitusmeil teie kviitung; muul juhul võtke ühendust poega.',
  errorTitle: 'Me ei saanud teie makset kontrollida',
  error: 'Makse olek pole praegu saadaval. Teie maksega pole midagi muutunud; kontrollige hetke pärast uuesti.',
  total: 'Kokku',
  reference: 'Makse viide',
  tryAgain: 'Proovi uuesti',
  returnToCheckout: 'Tagasi kassasse',
  checkAgain: 'Kontrolli uuesti',
} satisfies StatusMessages;
