/** The status texts in vi; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Đang kiểm tra thanh toán của bạn…',
  succeededTitle: 'Đã nhận thanh toán',
  succeeded: 'Cảm ơn bạn! Khoản thanh toán {total} của bạn đã thành công.',
  succeededNoTotal: 'Cảm ơn bạn! Khoản thanh toán của bạn đã thành công.',
  processingTitle: 'Đang xử lý thanh toán',
  processing: 'Khoản thanh toán của bạn đang được xử lý. Trang này sẽ cập nhật khi được xác nhận.',
  processingStill: 'Khoản thanh toán của bạn vẫn đang được xử lý. Bạn sẽ nhận được xác nhận khi hoàn tất; hãy kiểm tra lại sau.',
  failedTitle: 'Thanh toán không thành công',
  failed: 'Khoản thanh toán của bạn không thành công và không bị trừ tiền. Bạn có thể thử lại.',
  cancelledTitle: 'Đã hủy thanh toán',
  cancelled: 'Khoản thanh toán đã bị hủy và không bị trừ tiền. Bạn có thể thử lại.',
  requiresActionTitle: 'Thanh toán chưa hoàn tất',
  requiresAction: 'Khoản thanh toán của bạn chưa hoàn tất. Hãy quay lại trang thanh toán để hoàn tất.',
  unknownTitle: 'Chúng tôi không thể xác nhận khoản thanh toán này',
  unknown: 'Trang này không thể xác nhận khoản thanh toán nào từ trình duyệt này. Nếu bạn đã thanh toán, email xác nhận là biên nhận của bạn; nếu không, hãy liên hệ cửa hàng.',
  errorTitle: 'Chúng tôi không thể kiểm tra thanh toán của bạn',
  error: 'Hiện không xem được trạng thái thanh toán. Khoản thanh toán của bạn không thay đổi; hãy kiểm tra lại sau giây lát.',
  total: 'Tổng cộng',
  reference: 'Mã tham chiếu thanh toán',
  tryAgain: 'Thử lại',
  returnToCheckout: 'Quay lại trang thanh toán',
  checkAgain: 'Kiểm tra lại',
} satisfies StatusMessages;
