/** The status texts in fi; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Tarkistetaan maksuasi…',
  succeededTitle: 'Maksu vastaanotettu',
  succeeded: 'Kiitos! {total} suuruinen maksusi onnistui.',
  succeededNoTotal: 'Kiitos! Maksusi onnistui.',
  processingTitle: 'Maksua käsitellään',
  processing: 'Maksuasi käsitellään. Sivu päivittyy, kun maksu on vahvistettu.',
  processingStill: 'Maksuasi käsitellään yhä. Saat vahvistuksen, kun se valmistuu; tarkista myöhemmin uudelleen.',
  failedTitle: 'Maksu epäonnistui',
  failed: 'Maksusi ei mennyt läpi, eikä rahaa veloitettu. Voit yrittää uudelleen.',
  cancelledTitle: 'Maksu peruttiin',
  cancelled: 'Maksu peruttiin, eikä rahaa veloitettu. Voit yrittää uudelleen.',
  requiresActionTitle: 'Maksu on kesken',
  requiresAction: 'Maksusi ei ole vielä valmis. Palaa kassalle viimeistelemään se.',
  unknownTitle: 'Emme voi vahvistaa tätä maksua',
  unknown: 'Tämä sivu ei voi vahvistaa tällä selaimella tehtyä maksua. Jos maksoit, vahvistussähköposti on kuittisi; muuten ota yhteyttä kauppaan.',
  errorTitle: 'Emme voineet tarkistaa maksuasi',
  error: 'Maksun tila ei ole juuri nyt saatavilla. Maksullesi ei ole tapahtunut mitään; tarkista hetken päästä uudelleen.',
  total: 'Yhteensä',
  reference: 'Maksun viite',
  tryAgain: 'Yritä uudelleen',
  returnToCheckout: 'Takaisin kassalle',
  checkAgain: 'Tarkista uudelleen',
} satisfies StatusMessages;
