/** The status texts in id; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Memeriksa pembayaran Anda…',
  succeededTitle: 'Pembayaran diterima',
  succeeded: 'Terima kasih! Pembayaran Anda sebesar {total} berhasil.',
  succeededNoTotal: 'Terima kasih! Pembayaran Anda berhasil.',
  processingTitle: 'Pembayaran sedang diproses',
  processing: 'Pembayaran Anda sedang diproses. Halaman ini akan diperbarui setelah dikonfirmasi.',
  processingStill: 'Pembayaran Anda masih diproses. Anda akan menerima konfirmasi setelah selesai; periksa lagi nanti.',
  failedTitle: 'Pembayaran gagal',
  failed: 'Pembayaran Anda tidak berhasil dan tidak ada dana yang ditarik. Anda dapat mencoba lagi.',
  cancelledTitle: 'Pembayaran dibatalkan',
  cancelled: 'Pembayaran dibatalkan dan tidak ada dana yang ditarik. Anda dapat mencoba lagi.',
  requiresActionTitle: 'Pembayaran belum selesai',
  requiresAction: 'Pembayaran Anda belum selesai. Kembali ke checkout untuk menyelesaikannya.',
  unknownTitle: 'Kami tidak dapat mengonfirmasi pembayaran ini',
  unknown: 'Halaman ini tidak dapat mengonfirmasi pembayaran dari browser ini. Jika Anda sudah membayar, email konfirmasi adalah tanda terima Anda; jika belum, hubungi toko.',
  errorTitle: 'Kami tidak dapat memeriksa pembayaran Anda',
  error: 'Status pembayaran tidak tersedia saat ini. Tidak ada yang berubah pada pembayaran Anda; periksa lagi sebentar lagi.',
  total: 'Total',
  reference: 'Referensi pembayaran',
  tryAgain: 'Coba lagi',
  returnToCheckout: 'Kembali ke checkout',
  checkAgain: 'Periksa lagi',
} satisfies StatusMessages;
