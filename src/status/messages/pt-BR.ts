/** The status texts in pt-BR; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'Verificando seu pagamento…',
  succeededTitle: 'Pagamento recebido',
  succeeded: 'Obrigado! Seu pagamento de {total} foi concluído.',
  succeededNoTotal: 'Obrigado! Seu pagamento foi concluído.',
  processingTitle: 'Pagamento em processamento',
  processing: 'Seu pagamento está sendo processado. Esta página será atualizada quando ele for confirmado.',
  processingStill: 'Seu pagamento ainda está sendo processado. Você receberá uma confirmação quando terminar; verifique de novo mais tarde.',
  failedTitle: 'O pagamento falhou',
  failed: 'Seu pagamento não foi concluído e nenhum valor foi cobrado. Você pode tentar novamente.',
  cancelledTitle: 'Pagamento cancelado',
  cancelled: 'O pagamento foi cancelado e nenhum valor foi cobrado. Você pode tentar novamente.',
  requiresActionTitle: 'Pagamento não concluído',
  requiresAction: 'Seu pagamento ainda não foi concluído. Volte ao checkout para terminá-lo.',
  unknownTitle: 'Não conseguimos confirmar este pagamento',
  unknown: 'Esta página não consegue confirmar nenhum pagamento feito neste navegador. Se você pagou, o e-mail de confirmação é o seu recibo; caso contrário, entre em contato com a loja.',
  errorTitle: 'Não conseguimos verificar seu pagamento',
  error: 'O status do pagamento não está disponível agora. Nada mudou no seu pagamento; verifique de novo em instantes.',
  total: 'Total',
  reference: 'Referência do pagamento',
  tryAgain: 'Tentar novamente',
  returnToCheckout: 'Voltar ao checkout',
  checkAgain: 'Verificar novamente',
} satisfies StatusMessages;
