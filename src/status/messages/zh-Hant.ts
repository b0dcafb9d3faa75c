/** The status texts in zh-Hant; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: '正在核對您的付款…',
  succeededTitle: '已收到付款',
  succeeded: '謝謝！您的 {total} 付款已成功。',
  succeededNoTotal: '謝謝！您的付款已成功。',
  processingTitle: '付款處理中',
  processing: '您的付款正在處理中。確認後此頁面將自動更新。',
  processingStill: '您的付款仍在處理中。完成後您將收到確認；請稍後再查看。',
  failedTitle: '付款失敗',
  failed: '您的付款未成功，未扣除任何款項。您可以重試。',
  cancelledTitle: '付款已取消',
  cancelled: '付款已取消，未扣除任何款項。您可以重試。',
  requiresActionTitle: '付款未完成',
  requiresAction: '您的付款尚未完成。請返回結帳頁面完成付款。',
  unknownTitle: '無法確認此付款',
  unknown: '此頁面無法確認來自此瀏覽器的付款。如果您已付款，確認郵件即為您的收據；否則請聯絡商店。',
  errorTitle: '無法核對您的付款',
  error: '目前無法取得付款狀態。您的付款沒有任何變化；請稍後再查看。',
  total: '合計',
  reference: '付款編號',
  tryAgain: '重試',
  returnToCheckout: '返回結帳',
  checkAgain: '再次查看',
} satisfies StatusMessages;
