/** The status texts in pt; see ../status-messages.ts. */
import type { StatusMessages } from '../status-messages.js';

export default {
  checking: 'A verificar o seu pagamento…',
  succeededTitle: 'Pagamento recebido',
  succeeded: 'Obrigado! O seu pagamento de {total} foi concluído.',
  succeededNoTotal: 'Obrigado! O seu pagamento foi concluído.',
  processingTitle: 'Pagamento em processamento',
  processing: 'O seu pagamento está a ser processado. Esta página será atualizada quando for confirmado.',
  processingStill: 'O seu pagamento ainda está a ser processado. Receberá uma confirmação quando terminar; verifique novamente mais tarde.',
  failedTitle: 'O pagamento falhou',
  failed: 'O seu pagamento não foi concluído e nenhum valor foi cobrado. Pode tentar novamente.',
  cancelledTitle: 'Pagamento cancelado',
  cancelled: 'O pagamento foi cancelado e nenhum valor foi cobrado. Pode tentar novamente.',
  requiresActionTitle: 'Pagamento não concluído',
  requiresAction: 'O seu pagamento ainda não foi concluído. Volte ao checkout para o terminar.',
  unknownTitle: 'Não conseguimos confirmar este pagamento',
  unknown: 'Esta página não consegue confirmar nenhum pagamento feito neste navegador. Se pagou, o e-mail de confirmação é o seu recibo; caso contrário, contacte a loja.',
  errorTitle: 'Não conseguimos verificar o seu pagamento',
  error: 'O estado do pagamento não está disponível de momento. Nada mudou no seu pagamento; verifique novamente daqui a pouco.',
  total: 'Total',
  reference: 'Referência do pagamento',
  tryAgain: 'Tentar novamente',
  returnToCheckout: 'Voltar ao checkout',
  checkAgain: 'Verificar novamente',
} satisfies StatusMessages;
