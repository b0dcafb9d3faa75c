/** The status texts in he; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'בודקים את התשלום שלך…',
  succeededTitle: 'התשלום התקבל',
  succeeded: 'תודה! התשלום שלך בסך {total} בוצע בהצלחה.',
  succeededNoTotal: 'תודה! התשלום שלך בוצע בהצלחה.',
  processingTitle: 'התשלום בעיבוד',
  processing: 'התשלום שלך בעיבוד. הדף יתעדכן לאחר האישור.',
  processingStill: 'התשלום שלך עדיין בעיבוד. תקבל/י אישור כשיסתיים; כדאי לבדוק שוב מאוחר יותר.',
  failedTitle: 'התשלום נכשל',
  failed: 'התשלום לא עבר ולא נגבה כסף. אפשר לנסות שוב.',
  cancelledTitle: 'התשלום בוטל',
  cancelled: 'התשלום בוטל ולא נגבה כסף. אפשר לנסות שוב.',
  requiresActionTitle: 'התשלום לא הושלם',
  requiresAction: 'התשלום שלך עדיין לא הושלם. חזרו לקופה כדי להשלים אותו.',
  unknownTitle: 'לא ניתן לאשר את התשלום הזה',
  unknown: 'הדף הזה לא יכול לאשר תשלום מהדפדפן הזה. אם שילמת, הודעת האישור בדוא״ל היא הקבלה שלך; אחרת, פנה/י לחנות.',
  errorTitle: 'לא הצלחנו לבדוק את התשלום שלך',
  error: 'סטטוס התשלום אינו זמין כרגע. שום דבר לא השתנה בתשלום שלך; בדקו שוב בעוד רגע.',
  total: 'סה״כ',
  reference: 'מזהה תשלום',
  tryAgain: 'לנסות שוב',
  returnToCheckout: 'חזרה לקופה',
  checkAgain: 'לבדוק שוב',
} satisfies StatusMessages;
