import type { FtpClassKey, FtpCode } from '../../codes/ftp';
import type { Message } from '../../codes/types';

/** Brazilian Portuguese titles and descriptions of FTP reply codes and classes. */
export const ftp = {
  '1xx': {
    title: 'Resposta preliminar positiva',
    description:
      'O servidor iniciou a ação solicitada. Outra resposta virá antes que o cliente envie o próximo comando.',
  },
  '2xx': {
    title: 'Resposta de conclusão positiva',
    description: 'A ação solicitada foi concluída com sucesso. O cliente pode enviar um novo comando.',
  },
  '3xx': {
    title: 'Resposta intermediária positiva',
    description:
      'O comando foi aceito, mas o servidor precisa de mais informações do cliente, geralmente o próximo ' +
      'comando de uma sequência, antes de concluir a ação.',
  },
  '4xx': {
    title: 'Resposta de conclusão negativa transitória',
    description:
      'O comando falhou, mas a causa é temporária. Enviar o mesmo comando de novo mais tarde pode dar certo.',
  },
  '5xx': {
    title: 'Resposta de conclusão negativa permanente',
    description:
      'O comando falhou, e enviá-lo de novo sem alterações falhará da mesma forma. Altere o comando ou os ' +
      'argumentos dele.',
  },
  '6xx': {
    title: 'Resposta protegida',
    description:
      'A resposta está protegida pelo mecanismo de segurança negociado conforme a RFC 2228. O texto dela é uma ' +
      'resposta codificada que o cliente precisa decodificar e verificar para ler a resposta real.',
  },

  110: {
    title: 'Resposta com marcador de reinício',
    description:
      'O servidor informa um marcador de reinício no formato fixo "MARK yyyy = mmmm", que associa o marcador ' +
      'do cliente ao seu próprio. O cliente pode usá-lo para retomar uma transferência interrompida.',
  },
  120: {
    title: 'Serviço pronto em nnn minutos',
    description:
      'O servidor ainda não está pronto e espera aceitar novos usuários em cerca de nnn minutos. Ele envia 220 ' +
      'quando estiver pronto.',
  },
  125: {
    title: 'Conexão de dados já aberta; iniciando transferência',
    description: 'Uma conexão de dados já está aberta, e o servidor está iniciando a transferência por ela.',
  },
  150: {
    title: 'Status do arquivo OK; abrindo conexão de dados',
    description: 'O arquivo está pronto, e o servidor está prestes a abrir a conexão de dados para a transferência.',
  },
  200: {
    title: 'Comando OK',
    description: 'O comando foi aceito e executado.',
  },
  202: {
    title: 'Comando não implementado, desnecessário neste site',
    description:
      'O servidor não implementa este comando porque ele não tem utilidade neste site. Não havia nada a fazer, ' +
      'então o cliente pode prosseguir.',
  },
  211: {
    title: 'Status do sistema ou resposta de ajuda do sistema',
    description:
      'O servidor retorna seu status ou informações gerais de ajuda, por exemplo em resposta a STAT ou FEAT.',
  },
  212: {
    title: 'Status do diretório',
    description: 'O servidor retorna informações de status sobre um diretório.',
  },
  213: {
    title: 'Status do arquivo',
    description:
      'O servidor retorna informações de status sobre um arquivo, como o tamanho (SIZE) ou a data de ' +
      'modificação (MDTM).',
  },
  214: {
    title: 'Mensagem de ajuda',
    description:
      'O servidor retorna ajuda sobre como usá-lo ou sobre o significado de um comando não padrão. O texto se ' +
      'destina a um leitor humano.',
  },
  215: {
    title: 'Tipo de sistema NAME',
    description:
      'O servidor informa o tipo do seu sistema operacional, como "UNIX Type: L8", usando um nome de sistema ' +
      'oficial da lista hoje mantida pela IANA.',
  },
  220: {
    title: 'Serviço pronto para novo usuário',
    description:
      'O servidor está pronto para aceitar um novo usuário. Normalmente é a saudação enviada quando a conexão ' +
      'de controle é aberta.',
  },
  221: {
    title: 'Serviço fechando a conexão de controle',
    description:
      'O servidor está fechando a conexão de controle, geralmente em resposta a QUIT. Quando aplicável, o ' +
      'usuário foi desconectado.',
  },
  225: {
    title: 'Conexão de dados aberta; nenhuma transferência em andamento',
    description: 'A conexão de dados está aberta, e não há nenhuma transferência em andamento nela.',
  },
  226: {
    title: 'Fechando a conexão de dados',
    description:
      'O servidor está fechando a conexão de dados porque a ação de arquivo solicitada foi bem-sucedida, por ' +
      'exemplo uma transferência concluída ou abortada.',
  },
  227: {
    title: 'Entrando no modo passivo',
    description:
      'O servidor aguarda a conexão de dados no endereço IPv4 e na porta informados como (h1,h2,h3,h4,p1,p2). ' +
      'O cliente deve se conectar ali.',
  },
  228: {
    title: 'Entrando no modo passivo longo',
    description:
      'O servidor aguarda a conexão de dados no endereço longo e na porta informados na resposta. Esta é a ' +
      'resposta ao comando experimental LPSV da RFC 1639, em grande parte substituído pelo EPSV (229).',
  },
  229: {
    title: 'Entrando no modo passivo estendido',
    description:
      'O servidor aguarda a conexão de dados na porta informada como (|||porta|). O cliente se conecta a essa ' +
      'porta no mesmo endereço que usa para a conexão de controle.',
  },
  230: {
    title: 'Usuário conectado, prossiga',
    description:
      'O login foi bem-sucedido. O cliente já pode usar os comandos que este usuário tem permissão de executar.',
  },
  232: {
    title: 'Usuário conectado, autorizado pela troca de dados de segurança',
    description:
      'O login foi bem-sucedido sem senha, porque os dados de segurança trocados antes já comprovam quem é o ' +
      'usuário.',
  },
  234: {
    title: 'Troca de dados de segurança concluída',
    description:
      'O servidor aceita o mecanismo de segurança solicitado com AUTH, e nenhum dado de segurança precisa ser ' +
      'trocado. No caso de AUTH TLS, o handshake TLS começa em seguida.',
  },
  235: {
    title: 'Troca de dados de segurança concluída com sucesso',
    description:
      'Os dados de segurança enviados com ADAT foram aceitos e a troca está concluída. A resposta pode trazer ' +
      'dados de segurança finais para o cliente.',
  },
  250: {
    title: 'Ação de arquivo solicitada OK, concluída',
    description:
      'A ação de arquivo solicitada, como mudar de diretório ou excluir ou renomear um arquivo, foi concluída.',
  },
  257: {
    title: '"PATHNAME" criado',
    description:
      'O diretório foi criado (MKD), ou o diretório atual é informado (PWD). O caminho vem entre aspas duplas.',
  },
  331: {
    title: 'Nome de usuário OK, senha necessária',
    description: 'O servidor aceitou o nome de usuário e agora precisa da senha. Envie-a com PASS.',
  },
  332: {
    title: 'Conta necessária para o login',
    description: 'O servidor precisa das informações da conta antes de concluir o login. Envie-as com ACCT.',
  },
  334: {
    title: 'Mecanismo de segurança OK',
    description:
      'O servidor aceita o mecanismo de segurança solicitado com AUTH. A resposta pode trazer dados de ' +
      'segurança, e o cliente continua a troca com ADAT.',
  },
  335: {
    title: 'Dados de segurança aceitáveis, mais dados necessários',
    description:
      'Os dados de segurança enviados com ADAT foram aceitos, mas é preciso mais para concluir a troca. Envie ' +
      'o próximo ADAT.',
  },
  336: {
    title: 'Nome de usuário OK, senha necessária; desafio a seguir',
    description:
      'O servidor aceitou o nome de usuário e apresenta um desafio no texto da resposta. A senha enviada com ' +
      'PASS é a resposta a esse desafio, por exemplo uma senha de uso único.',
  },
  350: {
    title: 'Ação de arquivo solicitada aguardando mais informações',
    description:
      'O servidor precisa de outro comando para concluir a ação, como RNTO depois de RNFR, ou o comando de ' +
      'transferência depois de REST.',
  },
  421: {
    title: 'Serviço indisponível, fechando a conexão de controle',
    description:
      'O servidor está fechando a conexão de controle, por exemplo porque está sendo desligado ou tem usuários ' +
      'demais. Ele pode enviar esta resposta a qualquer comando. Tente novamente mais tarde.',
  },
  425: {
    title: 'Não é possível abrir a conexão de dados',
    description:
      'O servidor não conseguiu abrir a conexão de dados. Verifique a configuração de modo passivo ou ativo e ' +
      'qualquer firewall ou NAT no caminho, e tente novamente.',
  },
  426: {
    title: 'Conexão fechada; transferência abortada',
    description: 'A conexão de dados foi fechada e a transferência foi abortada. Inicie a transferência de novo.',
  },
  431: {
    title: 'Recurso indisponível necessário para processar a segurança',
    description:
      'O servidor não consegue processar a requisição de segurança agora porque um recurso de que precisa ' +
      'está indisponível. Uma tentativa posterior pode dar certo.',
  },
  450: {
    title: 'Ação de arquivo solicitada não executada: arquivo indisponível',
    description:
      'A ação de arquivo não foi executada porque o arquivo está indisponível no momento, por exemplo por estar ' +
      'em uso. Tente novamente mais tarde.',
  },
  451: {
    title: 'Ação solicitada abortada: erro local no processamento',
    description:
      'O servidor interrompeu a ação por causa de um erro do lado dele durante o processamento. Tente ' +
      'novamente mais tarde.',
  },
  452: {
    title: 'Ação solicitada não executada: espaço de armazenamento insuficiente',
    description: 'A ação não foi executada porque o servidor não tem espaço de armazenamento suficiente no momento.',
  },
  500: {
    title: 'Erro de sintaxe, comando não reconhecido',
    description:
      'O servidor não reconheceu o comando. A causa pode ser um erro de sintaxe ou uma linha de comando longa ' +
      'demais.',
  },
  501: {
    title: 'Erro de sintaxe nos parâmetros ou argumentos',
    description: 'O comando é conhecido, mas os parâmetros ou argumentos dele não são válidos.',
  },
  502: {
    title: 'Comando não implementado',
    description: 'O servidor não implementa este comando.',
  },
  503: {
    title: 'Sequência de comandos incorreta',
    description: 'O comando veio na ordem errada, por exemplo PASS antes de USER, ou RNTO sem RNFR.',
  },
  504: {
    title: 'Comando não implementado para esse parâmetro',
    description:
      'O servidor implementa o comando, mas não com o parâmetro informado, por exemplo um TYPE ou MODE não ' +
      'suportado.',
  },
  522: {
    title: 'Protocolo de rede não suportado',
    description:
      'O servidor não suporta o protocolo de rede solicitado com EPRT ou EPSV. A resposta lista os que ele ' +
      'suporta, por exemplo (1,2) para IPv4 e IPv6.',
  },
  530: {
    title: 'Não conectado',
    description: 'O comando exige login, ou o login falhou. Primeiro faça login com credenciais válidas.',
  },
  532: {
    title: 'Conta necessária para armazenar arquivos',
    description: 'O servidor precisa das informações da conta, enviadas com ACCT, antes de aceitar arquivos.',
  },
  533: {
    title: 'Nível de proteção do comando negado por motivos de política',
    description:
      'O servidor recusa comandos enviados neste nível de proteção por causa da sua política de segurança, por ' +
      'exemplo porque exige comandos protegidos.',
  },
  534: {
    title: 'Requisição negada por motivos de política',
    description: 'O servidor recusa a requisição porque a política de segurança dele não a permite.',
  },
  535: {
    title: 'Falha na verificação de segurança',
    description:
      'Um comando protegido não passou na verificação de segurança, por exemplo por causa de um hash ou número ' +
      'de sequência incorreto.',
  },
  536: {
    title: 'Nível de PROT solicitado não suportado pelo mecanismo',
    description:
      'O mecanismo de segurança em uso não consegue oferecer o nível de proteção do canal de dados solicitado ' +
      'com PROT.',
  },
  537: {
    title: 'Nível de proteção do comando não suportado pelo mecanismo de segurança',
    description:
      'O mecanismo de segurança em uso não consegue proteger comandos no nível solicitado (MIC, CONF ou ENC).',
  },
  550: {
    title: 'Ação solicitada não executada: arquivo indisponível',
    description:
      'A ação não foi executada porque o arquivo ou diretório está indisponível, por exemplo porque não existe ' +
      'ou o acesso a ele foi negado.',
  },
  551: {
    title: 'Ação solicitada abortada: tipo de página desconhecido',
    description: 'O servidor interrompeu a ação porque não conhece o tipo de página do arquivo (estrutura de páginas).',
  },
  552: {
    title: 'Ação de arquivo solicitada abortada: cota de armazenamento excedida',
    description:
      'O servidor interrompeu a ação porque o armazenamento alocado ao diretório ou conjunto de dados atual se ' +
      'esgotou.',
  },
  553: {
    title: 'Ação solicitada não executada: nome de arquivo não permitido',
    description: 'A ação não foi executada porque o servidor não permite este nome de arquivo.',
  },
  631: {
    title: 'Resposta com integridade protegida',
    description:
      'O texto da resposta é uma mensagem codificada em base64 e protegida quanto à integridade. O cliente a ' +
      'decodifica e verifica para obter a resposta real.',
  },
  632: {
    title: 'Resposta com confidencialidade e integridade protegidas',
    description:
      'O texto da resposta é uma mensagem codificada em base64, criptografada e protegida quanto à integridade. ' +
      'O cliente a decodifica, descriptografa e verifica para obter a resposta real.',
  },
  633: {
    title: 'Resposta com confidencialidade protegida',
    description:
      'O texto da resposta é uma mensagem codificada em base64 e criptografada. O cliente a decodifica e ' +
      'descriptografa para obter a resposta real.',
  },
} as const satisfies Record<FtpCode | FtpClassKey, Message>;
