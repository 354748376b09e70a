import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/** Brazilian Portuguese titles and descriptions of WebSocket close codes and ranges. */
export const websocket = {
  '0-999': {
    title: 'Não usado',
    description: 'Códigos de fechamento abaixo de 1000 não são usados. Uma extremidade não deve enviá-los.',
  },
  '1000-2999': {
    title: 'Reservado para o protocolo',
    description:
      'Reservado para o protocolo WebSocket, suas revisões futuras e extensões com especificação pública. Os ' +
      'códigos desta faixa que ainda não foram registrados não devem ser usados.',
  },
  '3000-3999': {
    title: 'Bibliotecas, frameworks e aplicações',
    description:
      'Para uso por bibliotecas, frameworks e aplicações. Os códigos são registrados na IANA por ordem de ' +
      'chegada, e o significado deles é definido por quem os registrou.',
  },
  '4000-4999': {
    title: 'Uso privado',
    description:
      'Para uso privado por aplicações, com um significado combinado entre as duas extremidades. Estes códigos ' +
      'não podem ser registrados.',
  },

  1000: {
    title: 'Fechamento normal',
    description: 'A conexão foi fechada normalmente: a finalidade para a qual foi aberta foi cumprida.',
  },
  1001: {
    title: 'Saindo',
    description:
      'A extremidade está saindo, por exemplo porque o servidor está sendo desligado ou o navegador saiu da ' +
      'página.',
  },
  1002: {
    title: 'Erro de protocolo',
    description: 'A conexão foi fechada porque a outra extremidade violou o protocolo WebSocket.',
  },
  1003: {
    title: 'Dados não suportados',
    description:
      'A extremidade recebeu um tipo de dado que não pode aceitar, por exemplo uma mensagem binária quando só ' +
      'trata texto.',
  },
  1004: {
    title: 'Reservado',
    description: 'Reservado; um significado pode ser definido no futuro. Não deve ser enviado.',
  },
  1005: {
    title: 'Nenhum status recebido',
    description:
      'Informado localmente quando chegou um quadro Close sem código de status. Nunca deve ser enviado em um ' +
      'quadro Close.',
  },
  1006: {
    title: 'Fechamento anormal',
    description:
      'Informado localmente quando a conexão foi perdida sem um quadro Close, por exemplo porque a rede caiu. ' +
      'Nunca deve ser enviado em um quadro Close.',
  },
  1007: {
    title: 'Dados de carga útil inválidos',
    description:
      'A extremidade recebeu dados que não correspondem ao tipo da mensagem, por exemplo bytes que não são ' +
      'UTF-8 válido em uma mensagem de texto.',
  },
  1008: {
    title: 'Violação de política',
    description:
      'A extremidade recebeu uma mensagem que viola a política dela. Este código genérico é usado quando ' +
      'nenhum código mais específico (como 1003 ou 1009) se aplica, ou quando os detalhes da política devem ' +
      'ficar ocultos.',
  },
  1009: {
    title: 'Mensagem grande demais',
    description: 'A extremidade recebeu uma mensagem grande demais para ela processar.',
  },
  1010: {
    title: 'Extensão obrigatória',
    description:
      'O cliente fechou a conexão porque o servidor não aceitou uma ou mais extensões que o cliente exige. As ' +
      'extensões que faltam devem ser listadas no motivo do fechamento.',
  },
  1011: {
    title: 'Erro interno',
    description: 'O servidor fechou a conexão porque uma condição inesperada o impediu de atender à requisição.',
  },
  1012: {
    title: 'Reinício do serviço',
    description:
      'O servidor fechou a conexão porque está reiniciando. O cliente pode se reconectar após um intervalo ' +
      'aleatório; sugere-se de 5 a 30 segundos.',
  },
  1013: {
    title: 'Tente novamente mais tarde',
    description:
      'O servidor fechou a conexão por causa de uma condição temporária, por exemplo sobrecarga. O cliente ' +
      'pode se conectar de novo mais tarde.',
  },
  1014: {
    title: 'Gateway inválido',
    description:
      'O servidor, atuando como gateway ou proxy, recebeu uma resposta inválida do servidor upstream. É o ' +
      'equivalente WebSocket do HTTP 502.',
  },
  1015: {
    title: 'Falha no handshake TLS',
    description:
      'Informado localmente quando a conexão foi fechada porque o handshake TLS falhou, por exemplo porque o ' +
      'certificado do servidor não pôde ser verificado. Nunca deve ser enviado em um quadro Close.',
  },
} as const satisfies Record<WebSocketCode | WebSocketClassKey, Message>;
