/** The status texts in ar; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'جارٍ التحقق من دفعتك…',
  succeededTitle: 'تم استلام الدفعة',
  succeeded: 'شكرًا لك! تمت دفعتك البالغة {total} بنجاح.',
  succeededNoTotal: 'شكرًا لك! تمت دفعتك بنجاح.',
  processingTitle: 'الدفعة قيد المعالجة',
  processing: 'دفعتك قيد المعالجة. ستُحدَّث هذه الصفحة عند تأكيدها.',
  processingStill: 'لا تزال دفعتك قيد المعالجة. سيصلك تأكيد عند اكتمالها؛ تحقّق مرة أخرى لاحقًا.',
  failedTitle: 'فشلت الدفعة',
  failed: 'لم تتم دفعتك ولم يُخصم أي مبلغ. يمكنك المحاولة مرة أخرى.',
  cancelledTitle: 'أُلغيت الدفعة',
  cancelled: 'أُلغيت الدفعة ولم يُخصم أي مبلغ. يمكنك المحاولة مرة أخرى.',
  requiresActionTitle: 'الدفعة غير مكتملة',
  requiresAction: 'لم تكتمل دفعتك بعد. عُد إلى صفحة الدفع لإكمالها.',
  unknownTitle: 'لا يمكننا تأكيد هذه الدفعة',
  unknown: 'لا يمكن لهذه الصفحة تأكيد أي دفعة من هذا المتصفح. إذا كنت قد دفعت، فرسالة التأكيد الإلكترونية هي إيصالك؛ وإلا فتواصل مع المتجر.',
  errorTitle: 'تعذّر علينا التحقق من دفعتك',
  error: 'حالة الدفعة غير متاحة الآن. لم يتغير شيء في دفعتك؛ تحقّق مرة أخرى بعد قليل.',
  total: 'الإجمالي',
  reference: 'مرجع الدفعة',
  tryAgain: 'حاول مرة أخرى',
  returnToCheckout: 'العودة إلى صفحة الدفع',
  checkAgain: 'تحقّق مرة أخرى',
} satisfies StatusMessages;
