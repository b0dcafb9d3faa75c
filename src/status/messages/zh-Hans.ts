/** The status texts in zh-Hans; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: '正在核实您的付款…',
  succeededTitle: '已收到付款',
  succeeded: '谢谢！您的 {total} 付款已成功。',
  succeededNoTotal: '谢谢！您的付款已成功。',
  processingTitle: '付款处理中',
  processing: '您的付款正在处理中。确认后此页面将自动更新。',
  processingStill: '您的付款仍在处理中。完成后您将收到确认；请稍后再查看。',
  failedTitle: '付款失败',
  failed: '您的付款未成功，未扣除任何款项。您可以重试。',
  cancelledTitle: '付款已取消',
  cancelled: '付款已取消，未扣除任何款项。您可以重试。',
  requiresActionTitle: '付款未完成',
  requiresAction: '您的付款尚未完成。请返回结账页面完成付款。',
  unknownTitle: '无法确认此付款',
  unknown: '此页面无法确认来自此浏览器的付款。如果您已付款，确认邮件即为您的收据；否则请联系商店。',
  errorTitle: '无法核实您的付款',
  error: '目前无法获取付款状态。您的付款没有任何变化；请稍后再查看。',
  total: '合计',
  reference: '付款编号',
  tryAgain: '重试',
  returnToCheckout: '返回结账',
  checkAgain: '再次查看',
} satisfies StatusMessages;
