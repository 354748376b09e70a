import type { HttpClassKey, HttpCode } from '../../codes/http';
import type { Message } from '../../codes/types';

/** Brazilian Portuguese titles and descriptions of HTTP status codes and classes. */
export const http = {
  // 1xx Informativo
  '1xx': {
    title: 'Informativo',
    description:
      'Uma resposta provisória: a requisição foi recebida e ainda está em processamento, e uma resposta final ' +
      'virá em seguida. Um cliente que não reconhece um código 1xx o trata como 100 Continue (RFC 9110, Seção 15).',
  },
  100: {
    title: 'Continuar',
    description:
      'A primeira parte da requisição foi recebida e o cliente pode enviar o restante, como um corpo de ' +
      'requisição anunciado com Expect: 100-continue.',
  },
  101: {
    title: 'Troca de protocolos',
    description:
      'O servidor atende ao cabeçalho Upgrade do cliente e passa a usar outro protocolo nesta conexão, como o ' +
      'WebSocket.',
  },
  102: {
    title: 'Processando',
    description:
      'O servidor aceitou a requisição e ainda está trabalhando nela, por isso ainda não há resposta final. ' +
      'Definido para o WebDAV pela RFC 2518; descontinuado, pois a RFC 4918 não o inclui mais.',
  },
  103: {
    title: 'Dicas antecipadas',
    description:
      'Uma resposta provisória com cabeçalhos, geralmente cabeçalhos Link, que permite ao cliente começar a ' +
      'carregar recursos enquanto o servidor prepara a resposta final.',
  },
  104: {
    title: 'Retomada de upload suportada',
    description:
      'O servidor permite retomar uploads e informa ao cliente onde um upload interrompido pode continuar. ' +
      'Registrado provisoriamente para o rascunho da IETF sobre uploads retomáveis.',
  },

  // 2xx Sucesso
  '2xx': {
    title: 'Sucesso',
    description:
      'A requisição foi recebida, compreendida e aceita. Um cliente que não reconhece um código 2xx o trata ' +
      'como 200 OK (RFC 9110, Seção 15).',
  },
  200: {
    title: 'OK',
    description:
      'A requisição foi bem-sucedida. O conteúdo da resposta depende do método, por exemplo o recurso ' +
      'solicitado no caso de GET.',
  },
  201: {
    title: 'Criado',
    description:
      'A requisição foi bem-sucedida e criou um ou mais recursos novos, normalmente identificados pelo ' +
      'cabeçalho Location.',
  },
  202: {
    title: 'Aceito',
    description:
      'A requisição foi aceita para processamento, mas o processamento ainda não terminou e ainda pode falhar.',
  },
  203: {
    title: 'Informação não autoritativa',
    description:
      'A requisição foi bem-sucedida, mas um proxy de transformação alterou o conteúdo enviado pelo servidor ' +
      'de origem.',
  },
  204: {
    title: 'Sem conteúdo',
    description: 'A requisição foi bem-sucedida e não há conteúdo a enviar no corpo da resposta.',
  },
  205: {
    title: 'Redefinir conteúdo',
    description:
      'A requisição foi bem-sucedida; o cliente deve redefinir a visualização de onde a requisição partiu, por ' +
      'exemplo limpar um formulário enviado.',
  },
  206: {
    title: 'Conteúdo parcial',
    description:
      'O servidor envia apenas a parte ou as partes do recurso solicitadas pelo cabeçalho Range da requisição.',
  },
  207: {
    title: 'Multistatus',
    description:
      'O corpo da resposta traz informações de status separadas para vários recursos. Usado pelo WebDAV ' +
      '(RFC 4918).',
  },
  208: {
    title: 'Já informado',
    description:
      'Estes membros de uma coleção já foram listados antes na mesma resposta multistatus do WebDAV, por isso ' +
      'não se repetem (RFC 5842).',
  },
  218: {
    title: 'Está tudo bem',
    description:
      'Código não oficial atribuído ao Apache HTTP Server: um código genérico que deixa o corpo de uma resposta ' +
      'de erro passar por um proxy com ProxyErrorOverride ativado, no lugar de uma mensagem 4xx ou 5xx.',
  },
  226: {
    title: 'IM usado',
    description:
      'O servidor atendeu a uma requisição GET e a resposta é o resultado de manipulações de instância, como ' +
      'um delta, aplicadas ao recurso atual (RFC 3229).',
  },

  // 3xx Redirecionamento
  '3xx': {
    title: 'Redirecionamento',
    description:
      'É necessária uma ação adicional, geralmente seguir outro URI, para concluir a requisição. Um cliente que ' +
      'não reconhece um código 3xx o trata como 300 Multiple Choices (RFC 9110, Seção 15).',
  },
  300: {
    title: 'Múltiplas escolhas',
    description:
      'O recurso tem várias representações, cada uma com seu próprio URI, e o cliente ou o usuário pode ' +
      'escolher uma delas.',
  },
  301: {
    title: 'Movido permanentemente',
    description:
      'O recurso tem um novo URI permanente, informado no cabeçalho Location, e os links devem ser ' +
      'atualizados. Ao segui-lo, os clientes podem transformar um POST em GET; o 308 mantém o método.',
  },
  302: {
    title: 'Encontrado',
    description:
      'O recurso está temporariamente em outro URI, informado no cabeçalho Location. As próximas requisições ' +
      'devem continuar usando o URI original.',
  },
  303: {
    title: 'Ver outro',
    description:
      'O resultado da requisição está disponível em outro URI, informado no cabeçalho Location, e deve ser ' +
      'obtido com GET. Muito usado após o envio de um formulário.',
  },
  304: {
    title: 'Não modificado',
    description:
      'O recurso não mudou desde a versão que o cliente já tem, então a cópia em cache pode ser usada. Nenhum ' +
      'conteúdo é enviado.',
  },
  305: {
    title: 'Usar proxy',
    description:
      'O recurso deve ser solicitado por meio do proxy informado no cabeçalho Location. Descontinuado por razões de ' +
      'segurança; os clientes não o seguem.',
  },
  306: {
    title: 'Trocar proxy (não usado)',
    description:
      'Antes servia para indicar a um cliente que enviasse as requisições seguintes por outro proxy. Não é ' +
      'mais usado; a RFC 9110 mantém o código reservado.',
  },
  307: {
    title: 'Redirecionamento temporário',
    description:
      'O recurso está temporariamente em outro URI, informado no cabeçalho Location. A requisição deve ser ' +
      'repetida lá com o mesmo método e o mesmo corpo.',
  },
  308: {
    title: 'Redirecionamento permanente',
    description:
      'O recurso tem um novo URI permanente, informado no cabeçalho Location. A requisição deve ser repetida ' +
      'lá com o mesmo método e o mesmo corpo, e os links devem ser atualizados.',
  },

  // 4xx Erro do cliente
  '4xx': {
    title: 'Erro do cliente',
    description:
      'A requisição não pôde ser atendida como foi enviada e talvez precise ser alterada antes de uma nova ' +
      'tentativa. Um cliente que não reconhece um código 4xx o trata como 400 Bad Request (RFC 9110, Seção 15).',
  },
  400: {
    title: 'Requisição inválida',
    description:
      'O servidor não conseguiu processar a requisição porque ela parece malformada, por exemplo com sintaxe ' +
      'inválida. Verifique a requisição e tente novamente.',
  },
  401: {
    title: 'Não autenticado',
    description:
      'Este recurso exige autenticação, e a requisição não trouxe credenciais válidas. Faça login e tente ' +
      'novamente.',
  },
  402: {
    title: 'Pagamento necessário',
    description:
      'É necessário um pagamento para acessar este recurso. A RFC 9110 reserva este código para uso futuro, ' +
      'então seu significado exato depende do serviço.',
  },
  403: {
    title: 'Proibido',
    description:
      'O servidor entendeu a requisição, mas se recusa a atendê-la. O acesso a este recurso não é permitido.',
  },
  404: {
    title: 'Não encontrado',
    description:
      'O recurso solicitado não foi encontrado. Ele pode ter sido movido ou removido, ou o endereço pode ' +
      'conter um erro de digitação.',
  },
  405: {
    title: 'Método não permitido',
    description:
      'O método da requisição não é suportado por este recurso. O servidor deve listar os métodos suportados no ' +
      'cabeçalho Allow.',
  },
  406: {
    title: 'Não aceitável',
    description:
      'O servidor não consegue produzir uma resposta em nenhum dos formatos, idiomas ou codificações que a ' +
      'requisição aceita.',
  },
  407: {
    title: 'Autenticação de proxy necessária',
    description:
      'A requisição precisa ser autenticada no proxy antes de ser encaminhada. Informe as credenciais do proxy ' +
      'e tente novamente.',
  },
  408: {
    title: 'Tempo limite da requisição esgotado',
    description:
      'O servidor não recebeu a requisição completa dentro do tempo que estava disposto a esperar. Tente ' +
      'novamente.',
  },
  409: {
    title: 'Conflito',
    description:
      'A requisição entra em conflito com o estado atual do recurso, por exemplo uma edição baseada em uma ' +
      'versão desatualizada. Resolva o conflito e tente novamente.',
  },
  410: {
    title: 'Removido',
    description:
      'O recurso solicitado não está mais disponível e não deve voltar. Os links para ele devem ser removidos.',
  },
  411: {
    title: 'Comprimento necessário',
    description: 'O servidor exige que a requisição informe o tamanho do seu conteúdo em um cabeçalho Content-Length.',
  },
  412: {
    title: 'Falha na pré-condição',
    description:
      'Uma condição nos cabeçalhos da requisição, como If-Match ou If-Unmodified-Since, não foi atendida, por ' +
      'isso a requisição não foi aplicada.',
  },
  413: {
    title: 'Conteúdo muito grande',
    description:
      'O conteúdo da requisição é maior do que o servidor está disposto ou é capaz de processar. Tente ' +
      'novamente com menos dados.',
  },
  414: {
    title: 'URI muito longo',
    description: 'O endereço (URI) solicitado é mais longo do que o servidor está disposto a tratar.',
  },
  415: {
    title: 'Tipo de mídia não suportado',
    description: 'O formato ou a codificação do conteúdo da requisição não é suportado por este recurso.',
  },
  416: {
    title: 'Intervalo não atendível',
    description:
      'O intervalo solicitado fica fora do tamanho atual do recurso, então nenhuma parte dele pode ser enviada.',
  },
  417: {
    title: 'Falha na expectativa',
    description: 'O servidor não consegue atender à expectativa indicada no cabeçalho Expect da requisição.',
  },
  418: {
    title: 'Eu sou um bule de chá',
    description:
      'A RFC 9110 reserva este código como não usado. Ele vem de uma piada de 1º de abril, a RFC 2324, em que ' +
      'um bule de chá se recusa a preparar café; alguns servidores ainda o retornam para recusar uma requisição.',
  },
  419: {
    title: 'Página expirada',
    description:
      'Usado pelo framework Laravel quando o token de segurança (CSRF) de um formulário está ausente ou ' +
      'expirou. Recarregue a página e tente novamente.',
  },
  420: {
    title: 'Acalme-se',
    description:
      'Usado pela versão 1 da API do Twitter quando chegaram requisições demais em pouco tempo. Aguarde antes ' +
      'de tentar novamente; o código padrão para isso é o 429.',
  },
  421: {
    title: 'Requisição mal direcionada',
    description:
      'A requisição chegou a um servidor que não pode responder por este endereço. Uma nova tentativa por ' +
      'outra conexão pode dar certo.',
  },
  422: {
    title: 'Conteúdo não processável',
    description:
      'A requisição está bem formada, mas o servidor não conseguiu processar as instruções que ela contém, ' +
      'por exemplo porque alguns valores são inválidos.',
  },
  423: {
    title: 'Bloqueado',
    description: 'O recurso está bloqueado e não pode ser alterado neste momento. Usado pelo WebDAV (RFC 4918).',
  },
  424: {
    title: 'Falha de dependência',
    description:
      'A ação solicitada não pôde ser executada porque outra ação da qual ela depende falhou. Usado pelo ' +
      'WebDAV (RFC 4918).',
  },
  425: {
    title: 'Cedo demais',
    description:
      'O servidor não processa uma requisição que possa ser repetida (replay), como uma enviada nos dados ' +
      'antecipados do TLS (early data). Tente novamente depois que a conexão estiver totalmente estabelecida.',
  },
  426: {
    title: 'Atualização de protocolo necessária',
    description:
      'O servidor se recusa a executar a requisição com o protocolo atual. O cabeçalho Upgrade indica os ' +
      'protocolos para os quais é preciso mudar.',
  },
  428: {
    title: 'Pré-condição necessária',
    description:
      'O servidor exige que esta requisição seja condicional, por exemplo com If-Match, para que alterações ' +
      'feitas por outra pessoa não sejam sobrescritas.',
  },
  429: {
    title: 'Requisições em excesso',
    description:
      'Foram enviadas requisições demais em um determinado período. Aguarde antes de tentar novamente; o ' +
      'cabeçalho Retry-After pode indicar quanto tempo.',
  },
  430: {
    title: 'Rejeição de segurança do Shopify',
    description:
      'Usado pelo Shopify quando uma requisição é rejeitada por motivos de segurança, por exemplo por parecer ' +
      'tráfego automatizado potencialmente nocivo.',
  },
  431: {
    title: 'Campos de cabeçalho da requisição muito grandes',
    description:
      'Os campos de cabeçalho da requisição, um deles ou todos juntos, são grandes demais para o servidor ' +
      'processar.',
  },
  440: {
    title: 'Tempo limite de login esgotado',
    description: 'Usado pelo Microsoft IIS quando a sessão expirou. Faça login novamente para continuar.',
  },
  444: {
    title: 'Sem resposta',
    description:
      'Usado internamente pelo nginx quando o servidor fechou a conexão sem enviar nenhuma resposta. Aparece ' +
      'nos logs do servidor; os clientes nunca o recebem.',
  },
  449: {
    title: 'Tentar novamente com',
    description:
      'Usado pelo Microsoft IIS quando faltam na requisição informações de que o servidor precisa. Ela deve ' +
      'ser repetida depois que essas informações forem fornecidas.',
  },
  450: {
    title: 'Bloqueado pelo Controle dos Pais do Windows',
    description: 'Usado pelo Microsoft Windows quando o Controle dos Pais bloqueia o acesso à página solicitada.',
  },
  451: {
    title: 'Indisponível por motivos legais',
    description:
      'O acesso a este recurso foi negado por causa de uma exigência legal, como uma ordem judicial (RFC 7725).',
  },
  460: {
    title: 'Cliente fechou a conexão antes do tempo limite de inatividade',
    description:
      'Usado pelo AWS Elastic Load Balancing quando o cliente fechou a conexão antes de esgotar o tempo limite ' +
      'de inatividade do balanceador de carga, muitas vezes porque o tempo limite do próprio cliente é menor.',
  },
  463: {
    title: 'Endereços IP encaminhados em excesso',
    description:
      'Usado pelo AWS Elastic Load Balancing quando o cabeçalho X-Forwarded-For da requisição lista mais de ' +
      '30 endereços IP.',
  },
  494: {
    title: 'Cabeçalho da requisição muito grande',
    description:
      'Usado pelo nginx quando os cabeçalhos da requisição são grandes demais para o servidor aceitar; o nginx ' +
      'o usa onde o código padrão é o 431.',
  },
  495: {
    title: 'Erro de certificado SSL',
    description: 'Usado pelo nginx quando o certificado de cliente enviado com a requisição é inválido.',
  },
  496: {
    title: 'Certificado SSL necessário',
    description: 'Usado pelo nginx quando um certificado de cliente é exigido, mas nenhum foi enviado.',
  },
  497: {
    title: 'Requisição HTTP enviada para a porta HTTPS',
    description:
      'Usado pelo nginx quando uma requisição HTTP simples chega a uma porta que espera HTTPS. Use um ' +
      'endereço https:// em vez disso.',
  },
  498: {
    title: 'Token inválido',
    description:
      'Usado pelo Esri ArcGIS Server quando o token de acesso expirou ou é inválido por outro motivo. Obtenha ' +
      'um novo token e tente novamente.',
  },
  499: {
    title: 'Cliente fechou a requisição',
    description:
      'Usado pelo nginx quando o cliente fechou a conexão antes que o servidor pudesse enviar uma resposta. ' +
      'Aparece principalmente nos logs do servidor.',
  },

  // 5xx Erro do servidor
  '5xx': {
    title: 'Erro do servidor',
    description:
      'O servidor não conseguiu concluir uma requisição que parece válida. Um cliente que não reconhece um ' +
      'código 5xx o trata como 500 Internal Server Error (RFC 9110, Seção 15).',
  },
  500: {
    title: 'Erro interno do servidor',
    description:
      'O servidor encontrou uma condição inesperada que o impediu de concluir a requisição. Tente novamente ' +
      'mais tarde.',
  },
  501: {
    title: 'Não implementado',
    description:
      'O servidor não oferece a funcionalidade necessária para concluir a requisição, por exemplo um método de ' +
      'requisição não reconhecido.',
  },
  502: {
    title: 'Gateway inválido',
    description:
      'O servidor, atuando como gateway ou proxy, recebeu uma resposta inválida do servidor upstream. Tente ' +
      'novamente mais tarde.',
  },
  503: {
    title: 'Serviço indisponível',
    description:
      'O serviço não pode atender à requisição no momento, por exemplo por sobrecarga ou ' +
      'manutenção. Tente novamente mais tarde; o cabeçalho Retry-After pode indicar quando.',
  },
  504: {
    title: 'Tempo limite do gateway esgotado',
    description:
      'O servidor, atuando como gateway ou proxy, não recebeu a tempo uma resposta do servidor upstream. ' +
      'Tente novamente mais tarde.',
  },
  505: {
    title: 'Versão do HTTP não suportada',
    description: 'O servidor não suporta a versão principal do HTTP usada na requisição.',
  },
  506: {
    title: 'A variante também negocia',
    description:
      'O servidor está mal configurado: a variante escolhida pela negociação de conteúdo está ela mesma ' +
      'configurada para negociar, então nenhuma resposta pode ser selecionada (RFC 2295).',
  },
  507: {
    title: 'Armazenamento insuficiente',
    description:
      'O servidor não consegue armazenar os dados necessários para concluir a requisição. A condição é ' +
      'considerada temporária. Usado pelo WebDAV (RFC 4918).',
  },
  508: {
    title: 'Loop detectado',
    description:
      'O servidor interrompeu o processamento da requisição porque encontrou um loop infinito, como vínculos ' +
      'do WebDAV que levam de volta a si mesmos (RFC 5842).',
  },
  509: {
    title: 'Limite de largura de banda excedido',
    description:
      'Usado pelo Apache HTTP Server e por hospedagens com cPanel quando o site esgotou a largura de banda que ' +
      'seu plano de hospedagem permite. Tente novamente mais tarde.',
  },
  510: {
    title: 'Não estendido',
    description:
      'O servidor exige extensões adicionais na requisição antes de poder atendê-la (RFC 2774). Obsoleto: a ' +
      'IANA o marca assim desde que a RFC 2774 passou ao status Historic.',
  },
  511: {
    title: 'Autenticação de rede necessária',
    description:
      'A rede exige autenticação antes de poder ser usada, por exemplo fazendo login no portal de uma rede Wi-Fi.',
  },
  520: {
    title: 'O servidor web retornou um erro desconhecido',
    description:
      'Usado pela Cloudflare quando o servidor web de origem retornou uma resposta vazia, desconhecida ou ' +
      'inesperada. Tente novamente mais tarde.',
  },
  521: {
    title: 'Servidor web fora do ar',
    description: 'Usado pela Cloudflare quando o servidor web de origem recusou a conexão. Tente novamente mais tarde.',
  },
  522: {
    title: 'Tempo limite da conexão esgotado',
    description:
      'Usado pela Cloudflare quando não foi possível estabelecer a tempo uma conexão com o servidor web de ' +
      'origem. Tente novamente mais tarde.',
  },
  523: {
    title: 'Origem inacessível',
    description:
      'Usado pela Cloudflare quando o servidor web de origem não pode ser alcançado, por exemplo porque não ' +
      'há rota de rede até ele. Tente novamente mais tarde.',
  },
  524: {
    title: 'Tempo limite esgotado',
    description:
      'Usado pela Cloudflare quando ela se conectou ao servidor web de origem, mas não recebeu nenhuma resposta ' +
      'HTTP dentro do tempo limite. Tente novamente mais tarde.',
  },
  525: {
    title: 'Falha no handshake SSL',
    description: 'Usado pela Cloudflare quando o handshake SSL/TLS com o servidor web de origem falhou.',
  },
  526: {
    title: 'Certificado SSL inválido',
    description: 'Usado pela Cloudflare quando ela não conseguiu validar o certificado SSL do servidor web de origem.',
  },
  527: {
    title: 'Erro do Railgun',
    description:
      'Usado pela Cloudflare quando a conexão com o servidor Railgun da origem foi interrompida. Obsoleto: a ' +
      'Cloudflare encerrou o Railgun.',
  },
  529: {
    title: 'Site sobrecarregado',
    description:
      'Usado pela API do Qualys SSL Labs quando o serviço está sobrecarregado e não pode aceitar mais ' +
      'requisições. Tente novamente mais tarde.',
  },
  530: {
    title: 'Erro de DNS da origem',
    description:
      'Usado pela Cloudflare junto com um erro 1xxx da Cloudflare, por exemplo quando o nome de host do ' +
      'servidor de origem não pode ser resolvido (erro 1016).',
  },
  561: {
    title: 'Não autenticado',
    description:
      'Usado pelo AWS Elastic Load Balancing quando o provedor de identidade retornou um erro enquanto o ' +
      'balanceador de carga autenticava o usuário.',
  },
} as const satisfies Record<HttpCode | HttpClassKey, Message>;
