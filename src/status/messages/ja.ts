/** The status texts in ja; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'お支払いを確認しています…',
  succeededTitle: 'お支払いを受け付けました',
  succeeded: 'ありがとうございます。{total} のお支払いが完了しました。',
  succeededNoTotal: 'ありがとうございます。お支払いが完了しました。',
  processingTitle: 'お支払いを処理中です',
  processing: 'お支払いを処理しています。確認され次第、このページが更新されます。',
  processingStill: 'お支払いはまだ処理中です。完了すると確認のお知らせが届きます。後でもう一度ご確認ください。',
  failedTitle: 'お支払いに失敗しました',
  failed: 'お支払いは完了せず、料金は請求されていません。もう一度お試しいただけます。',
  cancelledTitle: 'お支払いはキャンセルされました',
  cancelled: 'お支払いはキャンセルされ、料金は請求されていません。もう一度お試しいただけます。',
  requiresActionTitle: 'お支払いが完了していません',
  requiresAction: 'お支払いはまだ完了していません。チェックアウトに戻って完了してください。',
  unknownTitle: 'このお支払いを確認できません',
  unknown: 'このページでは、このブラウザーからのお支払いを確認できません。お支払い済みの場合は確認メールが領収書となります。そうでない場合はショップにお問い合わせください。',
  errorTitle: 'お支払いを確認できませんでした',
  error: '現在お支払い状況を取得できません。お支払いに変更はありません。しばらくしてからもう一度ご確認ください。',
  total: '合計',
  reference: 'お支払い番号',
  tryAgain: 'もう一度試す',
  returnToCheckout: 'チェックアウトに戻る',
  checkAgain: 'もう一度確認',
} satisfies StatusMessages;
