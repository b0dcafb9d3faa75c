/** The status texts in tr; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Ödemeniz kontrol ediliyor…',
  succeededTitle: 'Ödeme alındı',
  succeeded: 'Teşekkürler! {total} tutarındaki ödemeniz başarılı oldu.',
  succeededNoTotal: 'Teşekkürler! Ödemeniz başarılı oldu.',
  processingTitle: 'Ödeme işleniyor',
  processing: 'Ödemeniz işleniyor. Onaylandığında bu sayfa güncellenecek.',
  processingStill: 'Ödemeniz hâlâ işleniyor. Tamamlandığında onay alacaksınız; daha sonra tekrar kontrol edin.',
  failedTitle: 'Ödeme başarısız',
  failed: 'Ödemeniz gerçekleşmedi ve hiçbir tutar çekilmedi. Tekrar deneyebilirsiniz.',
  cancelledTitle: 'Ödeme iptal edildi',
  cancelled: 'Ödeme iptal edildi ve hiçbir tutar çekilmedi. Tekrar deneyebilirsiniz.',
  requiresActionTitle: 'Ödeme tamamlanmadı',
  requiresAction: 'Ödemeniz henüz tamamlanmadı. Tamamlamak için ödeme sayfasına dönün.',
  unknownTitle: 'Bu ödemeyi onaylayamıyoruz',
  unknown: 'Bu sayfa bu tarayıcıdan yapılan bir ödemeyi onaylayamıyor. Ödeme yaptıysanız onay e-postası makbuzunuzdur; aksi halde mağazayla iletişime geçin.',
  errorTitle: 'Ödemenizi kontrol edemedik',
  error: 'Ödeme durumu şu anda kullanılamıyor. Ödemenizde hiçbir şey değişmedi; biraz sonra tekrar kontrol edin.',
  total: 'Toplam',
  reference: 'Ödeme referansı',
  tryAgain: 'Tekrar dene',
  returnToCheckout: 'Ödeme sayfasına dön',
  checkAgain: 'Tekrar kontrol et',
} satisfies StatusMessages;
