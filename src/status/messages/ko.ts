/** The status texts in ko; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: '결제를 확인하는 중…',
  succeededTitle: '결제 완료',
  succeeded: '감사합니다! {total} 결제가 완료되었습니다.',
  succeededNoTotal: '감사합니다! 결제가 완료되었습니다.',
  processingTitle: '결제 처리 중',
  processing: '결제를 처리하고 있습니다. 확인되면 이 페이지가 업데이트됩니다.',
  processingStill: '결제가 아직 처리 중입니다. 완료되면 확인 안내를 받게 됩니다. 나중에 다시 확인해 주세요.',
  failedTitle: '결제 실패',
  failed: '결제가 완료되지 않았으며 청구된 금액은 없습니다. 다시 시도할 수 있습니다.',
  cancelledTitle: '결제 취소됨',
  cancelled: '결제가 취소되었으며 청구된 금액은 없습니다. 다시 시도할 수 있습니다.',
  requiresActionTitle: '결제 미완료',
  requiresAction: '결제가 아직 완료되지 않았습니다. 결제 페이지로 돌아가 완료해 주세요.',
  unknownTitle: '이 결제를 확인할 수 없습니다',
  unknown: '이 페이지에서는 이 브라우저의 결제를 확인할 수 없습니다. 결제하셨다면 확인 이메일이 영수증입니다. 그렇지 않다면 상점에 문의해 주세요.',
  errorTitle: '결제를 확인하지 못했습니다',
  error: '지금은 결제 상태를 확인할 수 없습니다. 결제에는 변동이 없습니다. 잠시 후 다시 확인해 주세요.',
  total: '합계',
  reference: '결제 참조 번호',
  tryAgain: '다시 시도',
  returnToCheckout: '결제 페이지로 돌아가기',
  checkAgain: '다시 확인',
} satisfies StatusMessages;
