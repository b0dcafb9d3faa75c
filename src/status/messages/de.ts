/** The status texts in de; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Ihre Zahlung wird geprüft…',
  succeededTitle: 'Zahlung eingegangen',
  succeeded: 'Vielen Dank! Ihre Zahlung über {total} war erfolgreich.',
  succeededNoTotal: 'Vielen Dank! Ihre Zahlung war erfolgreich.',
  processingTitle: 'Zahlung in Bearbeitung',
  processing: 'Ihre Zahlung wird bearbeitet. Diese Seite aktualisiert sich, sobald sie bestätigt ist.',
  processingStill: 'Ihre Zahlung wird noch bearbeitet. Sie erhalten eine Bestätigung, sobald sie abgeschlossen ist; prüfen Sie später erneut.',
  failedTitle: 'Zahlung fehlgeschlagen',
  failed: 'Ihre Zahlung ist nicht durchgegangen, es wurde kein Geld abgebucht. Sie können es erneut versuchen.',
  cancelledTitle: 'Zahlung abgebrochen',
  cancelled: 'Die Zahlung wurde abgebrochen, es wurde kein Geld abgebucht. Sie können es erneut versuchen.',
  requiresActionTitle: 'Zahlung nicht abgeschlossen',
  requiresAction: 'Ihre Zahlung ist noch nicht abgeschlossen. Kehren Sie zur Kasse zurück, um sie abzuschließen.',
  unknownTitle: 'Wir können diese Zahlung nicht bestätigen',
  unknown: 'Diese Seite kann keine Zahlung aus diesem Browser bestätigen. Falls Sie bezahlt haben, gilt Ihre Bestätigungs-E-Mail als Beleg; andernfalls wenden Sie sich an den Shop.',
  errorTitle: 'Wir konnten Ihre Zahlung nicht prüfen',
  error: 'Der Zahlungsstatus ist gerade nicht verfügbar. An Ihrer Zahlung hat sich nichts geändert; prüfen Sie gleich noch einmal.',
  total: 'Gesamt',
  reference: 'Zahlungsreferenz',
  tryAgain: 'Erneut versuchen',
  returnToCheckout: 'Zurück zur Kasse',
  checkAgain: 'Erneut prüfen',
} satisfies StatusMessages;
