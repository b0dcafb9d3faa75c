/** The status texts in es; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Comprobando tu pago…',
  succeededTitle: 'Pago recibido',
  succeeded: '¡Gracias! Tu pago de {total} se ha completado.',
  succeededNoTotal: '¡Gracias! Tu pago se ha completado.',
  processingTitle: 'Pago en proceso',
  processing: 'Tu pago se está procesando. Esta página se actualizará cuando se confirme.',
  processingStill: 'Tu pago sigue procesándose. Recibirás una confirmación cuando termine; vuelve a comprobarlo más tarde.',
  failedTitle: 'El pago ha fallado',
  failed: 'Tu pago no se ha completado y no se ha cobrado nada. Puedes volver a intentarlo.',
  cancelledTitle: 'Pago cancelado',
  cancelled: 'El pago se ha cancelado y no se ha cobrado nada. Puedes volver a intentarlo.',
  requiresActionTitle: 'Pago sin completar',
  requiresAction: 'Tu pago aún no se ha completado. Vuelve a la caja para terminarlo.',
  unknownTitle: 'No podemos confirmar este pago',
  unknown: 'Esta página no puede confirmar ningún pago hecho desde este navegador. Si pagaste, tu correo de confirmación es tu recibo; si no, ponte en contacto con la tienda.',
  errorTitle: 'No hemos podido comprobar tu pago',
  error: 'El estado del pago no está disponible ahora mismo. Tu pago no ha cambiado; vuelve a comprobarlo en un momento.',
  total: 'Total',
  reference: 'Referencia del pago',
  tryAgain: 'Volver a intentarlo',
  returnToCheckout: 'Volver a la caja',
  checkAgain: 'Comprobar de nuevo',
} satisfies StatusMessages;
