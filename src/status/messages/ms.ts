/** The status texts in ms; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Menyemak pembayaran anda…',
  succeededTitle: 'Pembayaran diterima',
  succeeded: 'Terima kasih! Pembayaran anda sebanyak {total} berjaya.',
  succeededNoTotal: 'Terima kasih! Pembayaran anda berjaya.',
  processingTitle: 'Pembayaran sedang diproses',
  processing: 'Pembayaran anda sedang diproses. Halaman ini akan dikemas kini selepas disahkan.',
  processingStill: 'Pembayaran anda masih diproses. Anda akan menerima pengesahan apabila selesai; semak semula kemudian.',
  failedTitle: 'Pembayaran gagal',
  failed: 'Pembayaran anda tidak berjaya dan tiada wang ditolak. Anda boleh cuba lagi.',
  cancelledTitle: 'Pembayaran dibatalkan',
  cancelled: 'Pembayaran telah dibatalkan dan tiada wang ditolak. Anda boleh cuba lagi.',
  requiresActionTitle: 'Pembayaran belum selesai',
  requiresAction: 'Pembayaran anda belum selesai. Kembali ke pembayaran untuk menyelesaikannya.',
  unknownTitle: 'Kami tidak dapat mengesahkan pembayaran ini',
  unknown: 'Halaman ini tidak dapat mengesahkan pembayaran daripada pelayar ini. Jika anda telah membayar, e-mel pengesahan ialah resit anda; jika tidak, hubungi kedai.',
  errorTitle: 'Kami tidak dapat menyemak pembayaran anda',
  error: 'Status pembayaran tidak tersedia sekarang. Tiada apa-apa yang berubah pada pembayaran anda; semak semula sebentar lagi.',
  total: 'Jumlah',
  reference: 'Rujukan pembayaran',
  tryAgain: 'Cuba lagi',
  returnToCheckout: 'Kembali ke pembayaran',
  checkAgain: 'Semak semula',
} satisfies StatusMessages;
