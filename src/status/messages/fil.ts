/** The status texts in fil; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Sinusuri ang iyong bayad…',
  succeededTitle: 'Natanggap ang bayad',
  succeeded: 'Salamat! Matagumpay ang iyong bayad na {total}.',
  succeededNoTotal: 'Salamat! Matagumpay ang iyong bayad.',
  processingTitle: 'Pinoproseso ang bayad',
  processing: 'Pinoproseso ang iyong bayad. Mag-a-update ang pahinang ito kapag nakumpirma na.',
  processingStill: 'Pinoproseso pa rin ang iyong bayad. Makakatanggap ka ng kumpirmasyon kapag tapos na; tingnan muli mamaya.',
  failedTitle: 'Hindi natuloy ang bayad',
  failed: 'Hindi natuloy ang iyong bayad at walang perang kinuha. Maaari mong subukan muli.',
  cancelledTitle: 'Kinansela ang bayad',
  cancelled: 'Kinansela ang bayad at walang perang kinuha. Maaari mong subukan muli.',
  requiresActionTitle: 'Hindi pa kumpleto ang bayad',
  requiresAction: 'Hindi pa kumpleto ang iyong bayad. Bumalik sa checkout para tapusin ito.',
  unknownTitle: 'Hindi namin makumpirma ang bayad na ito',
  unknown: 'Hindi makumpirma ng pahinang ito ang anumang bayad mula sa browser na ito. Kung nagbayad ka, ang email ng kumpirmasyon ang iyong resibo; kung hindi, makipag-ugnayan sa tindahan.',
  errorTitle: 'Hindi namin masuri ang iyong bayad',
  error: 'Hindi available ang status ng bayad sa ngayon. Walang nagbago sa iyong bayad; tingnan muli maya-maya.',
  total: 'Kabuuan',
  reference: 'Reference ng bayad',
  tryAgain: 'Subukan muli',
  returnToCheckout: 'Bumalik sa checkout',
  checkAgain: 'Tingnan muli',
} satisfies StatusMessages;
