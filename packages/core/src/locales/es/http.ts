import type { HttpClassKey, HttpCode } from '../../codes/http';
import type { Message } from '../../codes/types';

/** Títulos y descripciones en español de los códigos de estado HTTP y de sus clases. */
export const http = {
  // 1xx Información
  '1xx': {
    title: 'Información',
    description:
      'Una respuesta provisional: la solicitud se recibió y todavía se está procesando; después llegará una ' +
      'respuesta final. Un cliente que no reconoce un código 1xx lo trata como 100 Continue (RFC 9110, sección 15).',
  },
  100: {
    title: 'Continuar',
    description:
      'Se recibió la primera parte de la solicitud y el cliente puede enviar el resto, por ejemplo un cuerpo ' +
      'anunciado con Expect: 100-continue.',
  },
  101: {
    title: 'Cambio de protocolo',
    description:
      'El servidor acepta el cambio que el cliente pidió con el encabezado Upgrade y pasa esta conexión a ' +
      'otro protocolo, como WebSocket.',
  },
  102: {
    title: 'Procesando',
    description:
      'El servidor aceptó la solicitud y sigue trabajando en ella, por lo que aún no hay una respuesta final. ' +
      'Lo definió el RFC 2518 para WebDAV; está en desuso, ya que el RFC 4918 no lo incluye.',
  },
  103: {
    title: 'Indicaciones anticipadas',
    description:
      'Una respuesta provisional con encabezados, normalmente Link, que permite al cliente empezar a cargar ' +
      'recursos mientras el servidor prepara la respuesta final.',
  },
  104: {
    title: 'Reanudación de cargas admitida',
    description:
      'El servidor admite cargas reanudables e indica al cliente dónde puede continuar una carga interrumpida. ' +
      'Registrado de forma provisional para el borrador del IETF sobre cargas reanudables.',
  },

  // 2xx Éxito
  '2xx': {
    title: 'Éxito',
    description:
      'La solicitud se recibió, se entendió y se aceptó. Un cliente que no reconoce un código 2xx lo trata ' +
      'como 200 OK (RFC 9110, sección 15).',
  },
  200: {
    title: 'OK',
    description:
      'La solicitud se completó correctamente. Lo que contiene la respuesta depende del método; por ejemplo, ' +
      'con GET, el recurso solicitado.',
  },
  201: {
    title: 'Creado',
    description:
      'La solicitud se completó correctamente y creó uno o varios recursos nuevos, normalmente identificados ' +
      'por el encabezado Location.',
  },
  202: {
    title: 'Aceptado',
    description:
      'La solicitud se aceptó para su procesamiento, pero el procesamiento aún no ha terminado y todavía puede fallar.',
  },
  203: {
    title: 'Información no autoritativa',
    description:
      'La solicitud se completó correctamente, pero un proxy de transformación modificó el contenido que envió ' +
      'el servidor de origen.',
  },
  204: {
    title: 'Sin contenido',
    description: 'La solicitud se completó correctamente y no hay contenido que enviar en el cuerpo de la respuesta.',
  },
  205: {
    title: 'Restablecer contenido',
    description:
      'La solicitud se completó correctamente; el cliente debe restablecer la vista de la que partió la solicitud, ' +
      'por ejemplo vaciar un formulario enviado.',
  },
  206: {
    title: 'Contenido parcial',
    description:
      'El servidor envía solo la parte o las partes del recurso que pidió el encabezado Range de la solicitud.',
  },
  207: {
    title: 'Multiestado',
    description:
      'El cuerpo de la respuesta contiene información de estado independiente para varios recursos. Lo usa ' +
      'WebDAV (RFC 4918).',
  },
  208: {
    title: 'Ya informado',
    description:
      'Estos miembros de una colección ya se enumeraron antes en la misma respuesta multiestado de WebDAV, ' +
      'por lo que no se repiten (RFC 5842).',
  },
  218: {
    title: 'Todo está bien',
    description:
      'Un código no oficial atribuido a Apache HTTP Server: un comodín que deja pasar el cuerpo de una respuesta ' +
      'de error a través de un proxy con ProxyErrorOverride activado, en lugar de un mensaje 4xx o 5xx.',
  },
  226: {
    title: 'IM usado',
    description:
      'El servidor atendió una solicitud GET y la respuesta es el resultado de manipulaciones de instancia, ' +
      'como un delta, aplicadas al recurso actual (RFC 3229).',
  },

  // 3xx Redirección
  '3xx': {
    title: 'Redirección',
    description:
      'Hace falta otra acción, normalmente seguir otro URI, para completar la solicitud. Un cliente que no ' +
      'reconoce un código 3xx lo trata como 300 Multiple Choices (RFC 9110, sección 15).',
  },
  300: {
    title: 'Opciones múltiples',
    description:
      'El recurso tiene varias representaciones, cada una con su propio URI, y el cliente o el usuario puede ' +
      'elegir una de ellas.',
  },
  301: {
    title: 'Movido permanentemente',
    description:
      'El recurso tiene un nuevo URI permanente, indicado en el encabezado Location, y conviene actualizar los ' +
      'enlaces. Al seguir la redirección, los clientes pueden cambiar un POST por un GET; 308 conserva el método.',
  },
  302: {
    title: 'Encontrado',
    description:
      'El recurso está temporalmente en otro URI, indicado en el encabezado Location. Las solicitudes futuras ' +
      'deben seguir usando el URI original.',
  },
  303: {
    title: 'Ver otro',
    description:
      'El resultado de la solicitud está disponible en otro URI, indicado en el encabezado Location, y se ' +
      'obtiene con GET. Se usa a menudo después de enviar un formulario.',
  },
  304: {
    title: 'No modificado',
    description:
      'El recurso no ha cambiado desde la versión que el cliente ya tiene, así que puede usar su copia en ' +
      'caché. No se envía contenido.',
  },
  305: {
    title: 'Usar proxy',
    description:
      'El recurso debe solicitarse a través del proxy indicado en el encabezado Location. En desuso por motivos ' +
      'de seguridad; los clientes no lo siguen.',
  },
  306: {
    title: 'Cambiar de proxy (sin uso)',
    description:
      'En su día servía para indicar a un cliente que enviara las solicitudes siguientes a través de otro proxy. ' +
      'Ya no se usa; el RFC 9110 mantiene el código reservado.',
  },
  307: {
    title: 'Redirección temporal',
    description:
      'El recurso está temporalmente en otro URI, indicado en el encabezado Location. La solicitud debe ' +
      'repetirse allí con el mismo método y el mismo cuerpo.',
  },
  308: {
    title: 'Redirección permanente',
    description:
      'El recurso tiene un nuevo URI permanente, indicado en el encabezado Location. La solicitud debe repetirse ' +
      'allí con el mismo método y el mismo cuerpo, y conviene actualizar los enlaces.',
  },

  // 4xx Error del cliente
  '4xx': {
    title: 'Error del cliente',
    description:
      'La solicitud no pudo atenderse tal como se envió y quizá deba modificarse antes de volver a intentarlo. ' +
      'Un cliente que no reconoce un código 4xx lo trata como 400 Bad Request (RFC 9110, sección 15).',
  },
  400: {
    title: 'Solicitud incorrecta',
    description:
      'El servidor no pudo procesar la solicitud porque parece estar mal formada, por ejemplo por una sintaxis ' +
      'no válida. Revise la solicitud y vuelva a intentarlo.',
  },
  401: {
    title: 'No autenticado',
    description:
      'Este recurso requiere autenticación y la solicitud no incluía credenciales válidas. Inicie sesión y ' +
      'vuelva a intentarlo.',
  },
  402: {
    title: 'Pago requerido',
    description:
      'Se requiere un pago para acceder a este recurso. El RFC 9110 reserva este código para un uso futuro, ' +
      'así que su significado exacto depende del servicio.',
  },
  403: {
    title: 'Prohibido',
    description:
      'El servidor entendió la solicitud, pero se niega a atenderla. No se permite el acceso a este recurso.',
  },
  404: {
    title: 'No encontrado',
    description:
      'No se encontró el recurso solicitado. Puede que se haya movido o eliminado, o que la dirección contenga ' +
      'un error tipográfico.',
  },
  405: {
    title: 'Método no permitido',
    description:
      'Este recurso no admite el método de la solicitud. El servidor debe indicar los métodos que admite en el ' +
      'encabezado Allow.',
  },
  406: {
    title: 'No aceptable',
    description:
      'El servidor no puede generar una respuesta en ninguno de los formatos, idiomas o codificaciones que ' +
      'acepta la solicitud.',
  },
  407: {
    title: 'Autenticación de proxy requerida',
    description:
      'La solicitud debe autenticarse ante el proxy antes de que este pueda reenviarla. Proporcione las ' +
      'credenciales del proxy y vuelva a intentarlo.',
  },
  408: {
    title: 'Tiempo de espera de la solicitud agotado',
    description:
      'El servidor no recibió la solicitud completa en el tiempo que estaba dispuesto a esperar. Vuelva a ' +
      'intentarlo.',
  },
  409: {
    title: 'Conflicto',
    description:
      'La solicitud entra en conflicto con el estado actual del recurso, por ejemplo una edición basada en una ' +
      'versión anterior. Resuelva el conflicto y vuelva a intentarlo.',
  },
  410: {
    title: 'Ya no disponible',
    description:
      'El recurso solicitado ya no está disponible y no se espera que vuelva. Conviene eliminar los enlaces ' +
      'que apuntan a él.',
  },
  411: {
    title: 'Longitud requerida',
    description:
      'El servidor exige que la solicitud indique la longitud de su contenido en un encabezado Content-Length.',
  },
  412: {
    title: 'Condición previa fallida',
    description:
      'No se cumplió una condición de los encabezados de la solicitud, como If-Match o If-Unmodified-Since, ' +
      'así que la solicitud no se aplicó.',
  },
  413: {
    title: 'Contenido demasiado grande',
    description:
      'El contenido de la solicitud supera lo que el servidor quiere o puede procesar. Vuelva a intentarlo con ' +
      'menos datos.',
  },
  414: {
    title: 'URI demasiado largo',
    description: 'La dirección solicitada (URI) es más larga de lo que el servidor está dispuesto a procesar.',
  },
  415: {
    title: 'Tipo de medio no admitido',
    description: 'Este recurso no admite el formato o la codificación del contenido de la solicitud.',
  },
  416: {
    title: 'Rango no satisfacible',
    description:
      'El rango solicitado queda fuera del tamaño actual del recurso, así que no se puede enviar ninguna parte.',
  },
  417: {
    title: 'Expectativa no cumplida',
    description: 'El servidor no puede cumplir la expectativa indicada en el encabezado Expect de la solicitud.',
  },
  418: {
    title: 'Soy una tetera',
    description:
      'El RFC 9110 reserva este código como no utilizado. Procede de una broma del 1 de abril, el RFC 2324, ' +
      'en la que una tetera se niega a preparar café; algunos servidores aún lo devuelven para rechazar ' +
      'una solicitud.',
  },
  419: {
    title: 'Página caducada',
    description:
      'Lo usa el marco de trabajo Laravel cuando falta el token de seguridad (CSRF) de un formulario o ha ' +
      'caducado. Recargue la página y vuelva a intentarlo.',
  },
  420: {
    title: 'Mantenga la calma',
    description:
      'Lo usaba la versión 1 de la API de Twitter cuando llegaban demasiadas solicitudes en poco tiempo. Espere ' +
      'antes de volver a intentarlo; el código estándar para esto es 429.',
  },
  421: {
    title: 'Solicitud mal dirigida',
    description:
      'La solicitud llegó a un servidor que no puede responder para esta dirección. Volver a intentarlo a ' +
      'través de una conexión nueva puede funcionar.',
  },
  422: {
    title: 'Contenido no procesable',
    description:
      'La solicitud está bien formada, pero el servidor no pudo procesar las instrucciones que contiene, por ' +
      'ejemplo porque algunos valores no son válidos.',
  },
  423: {
    title: 'Bloqueado',
    description: 'El recurso está bloqueado, así que no se puede modificar ahora. Lo usa WebDAV (RFC 4918).',
  },
  424: {
    title: 'Dependencia fallida',
    description:
      'No se pudo realizar la acción solicitada porque falló otra acción de la que depende. Lo usa WebDAV ' +
      '(RFC 4918).',
  },
  425: {
    title: 'Demasiado pronto',
    description:
      'El servidor no procesará una solicitud que podría reproducirse de nuevo, como una enviada en los datos ' +
      'tempranos de TLS. Vuelva a intentarlo cuando la conexión esté completamente establecida.',
  },
  426: {
    title: 'Actualización requerida',
    description:
      'El servidor se niega a atender la solicitud con el protocolo actual. El encabezado Upgrade indica los ' +
      'protocolos a los que se debe cambiar.',
  },
  428: {
    title: 'Condición previa requerida',
    description:
      'El servidor exige que esta solicitud sea condicional, por ejemplo con If-Match, para no sobrescribir los ' +
      'cambios hechos por otra persona.',
  },
  429: {
    title: 'Demasiadas solicitudes',
    description:
      'Se enviaron demasiadas solicitudes en un periodo determinado. Espere antes de volver a intentarlo; el ' +
      'encabezado Retry-After puede indicar cuánto tiempo.',
  },
  430: {
    title: 'Rechazo de seguridad de Shopify',
    description:
      'Lo usa Shopify cuando rechaza una solicitud por motivos de seguridad, por ejemplo porque parece tráfico ' +
      'automatizado potencialmente dañino.',
  },
  431: {
    title: 'Campos de encabezado de la solicitud demasiado grandes',
    description:
      'Los campos de encabezado de la solicitud, uno solo o todos en conjunto, son demasiado grandes para que ' +
      'el servidor los procese.',
  },
  440: {
    title: 'Sesión caducada',
    description: 'Lo usa Microsoft IIS cuando la sesión ha caducado. Inicie sesión de nuevo para continuar.',
  },
  444: {
    title: 'Sin respuesta',
    description:
      'Lo usa nginx internamente cuando el servidor cerró la conexión sin enviar ninguna respuesta. Aparece en ' +
      'los registros del servidor; los clientes nunca lo reciben.',
  },
  449: {
    title: 'Reintentar con',
    description:
      'Lo usa Microsoft IIS cuando a la solicitud le falta información que el servidor necesita. Debe repetirse ' +
      'una vez proporcionada esa información.',
  },
  450: {
    title: 'Bloqueado por el control parental de Windows',
    description: 'Lo usa Microsoft Windows cuando el control parental bloquea el acceso a la página solicitada.',
  },
  451: {
    title: 'No disponible por motivos legales',
    description: 'Se deniega el acceso a este recurso por una exigencia legal, como una orden judicial (RFC 7725).',
  },
  460: {
    title: 'El cliente cerró la conexión antes del tiempo de inactividad',
    description:
      'Lo usa AWS Elastic Load Balancing cuando el cliente cerró la conexión antes de que se agotara el tiempo ' +
      'de inactividad del balanceador de carga, a menudo porque el tiempo de espera del propio cliente es más corto.',
  },
  463: {
    title: 'Demasiadas direcciones IP reenviadas',
    description:
      'Lo usa AWS Elastic Load Balancing cuando el encabezado X-Forwarded-For de la solicitud enumera más de ' +
      '30 direcciones IP.',
  },
  494: {
    title: 'Encabezado de la solicitud demasiado grande',
    description:
      'Lo usa nginx cuando los encabezados de la solicitud son demasiado grandes para que el servidor los ' +
      'acepte; nginx lo usa en lugar del código estándar 431.',
  },
  495: {
    title: 'Error de certificado SSL',
    description: 'Lo usa nginx cuando el certificado de cliente enviado con la solicitud no es válido.',
  },
  496: {
    title: 'Certificado SSL requerido',
    description: 'Lo usa nginx cuando se requiere un certificado de cliente y no se envió ninguno.',
  },
  497: {
    title: 'Solicitud HTTP enviada al puerto HTTPS',
    description:
      'Lo usa nginx cuando llega una solicitud HTTP sin cifrar a un puerto que espera HTTPS. Use una dirección ' +
      'https:// en su lugar.',
  },
  498: {
    title: 'Token no válido',
    description:
      'Lo usa Esri ArcGIS Server cuando el token de acceso ha caducado o no es válido por otro motivo. Obtenga ' +
      'un token nuevo y vuelva a intentarlo.',
  },
  499: {
    title: 'El cliente cerró la solicitud',
    description:
      'Lo usa nginx cuando el cliente cerró la conexión antes de que el servidor pudiera enviar una respuesta. ' +
      'Aparece sobre todo en los registros del servidor.',
  },

  // 5xx Error del servidor
  '5xx': {
    title: 'Error del servidor',
    description:
      'El servidor no pudo completar una solicitud que parece válida. Un cliente que no reconoce un código 5xx ' +
      'lo trata como 500 Internal Server Error (RFC 9110, sección 15).',
  },
  500: {
    title: 'Error interno del servidor',
    description:
      'El servidor encontró una condición inesperada que le impidió completar la solicitud. Vuelva a ' +
      'intentarlo más tarde.',
  },
  501: {
    title: 'No implementado',
    description:
      'El servidor no admite la funcionalidad necesaria para completar la solicitud, por ejemplo un método de ' +
      'solicitud que no reconoce.',
  },
  502: {
    title: 'Puerta de enlace incorrecta',
    description:
      'El servidor, que actúa como puerta de enlace o proxy, recibió una respuesta no válida del servidor ' +
      'ascendente. Vuelva a intentarlo más tarde.',
  },
  503: {
    title: 'Servicio no disponible',
    description:
      'El servicio no puede atender la solicitud de forma temporal, por ejemplo por sobrecarga o mantenimiento. ' +
      'Vuelva a intentarlo más tarde; el encabezado Retry-After puede indicar cuándo.',
  },
  504: {
    title: 'Tiempo de espera de la puerta de enlace agotado',
    description:
      'El servidor, que actúa como puerta de enlace o proxy, no recibió a tiempo una respuesta del servidor ' +
      'ascendente. Vuelva a intentarlo más tarde.',
  },
  505: {
    title: 'Versión de HTTP no admitida',
    description: 'El servidor no admite la versión principal de HTTP que usa la solicitud.',
  },
  506: {
    title: 'La variante también negocia',
    description:
      'El servidor está mal configurado: la variante elegida por la negociación de contenido está configurada ' +
      'a su vez para negociar, así que no se puede seleccionar ninguna respuesta (RFC 2295).',
  },
  507: {
    title: 'Almacenamiento insuficiente',
    description:
      'El servidor no puede almacenar los datos necesarios para completar la solicitud. La situación se ' +
      'considera temporal. Lo usa WebDAV (RFC 4918).',
  },
  508: {
    title: 'Bucle detectado',
    description:
      'El servidor detuvo el procesamiento de la solicitud porque encontró un bucle infinito, como enlaces de ' +
      'WebDAV que remiten a sí mismos (RFC 5842).',
  },
  509: {
    title: 'Límite de ancho de banda superado',
    description:
      'Lo usan Apache HTTP Server y los alojamientos con cPanel cuando el sitio ha consumido el ancho de banda ' +
      'que permite su plan de alojamiento. Vuelva a intentarlo más tarde.',
  },
  510: {
    title: 'No extendido',
    description:
      'El servidor necesita más extensiones en la solicitud para poder atenderla (RFC 2774). Obsoleto: IANA lo ' +
      'marca así desde que el RFC 2774 pasó al estado histórico (Historic).',
  },
  511: {
    title: 'Autenticación de red requerida',
    description:
      'La red exige autenticación antes de poder usarla, por ejemplo iniciar sesión en la página del portal ' +
      'de una red Wi-Fi.',
  },
  520: {
    title: 'El servidor web devolvió un error desconocido',
    description:
      'Lo usa Cloudflare cuando el servidor web de origen devolvió una respuesta vacía, desconocida o ' +
      'inesperada. Vuelva a intentarlo más tarde.',
  },
  521: {
    title: 'El servidor web no está disponible',
    description:
      'Lo usa Cloudflare cuando el servidor web de origen rechazó la conexión. Vuelva a intentarlo más tarde.',
  },
  522: {
    title: 'Tiempo de espera de la conexión agotado',
    description:
      'Lo usa Cloudflare cuando no se pudo establecer a tiempo una conexión con el servidor web de origen. ' +
      'Vuelva a intentarlo más tarde.',
  },
  523: {
    title: 'Origen inaccesible',
    description:
      'Lo usa Cloudflare cuando no se puede llegar al servidor web de origen, por ejemplo porque no hay ninguna ' +
      'ruta de red hacia él. Vuelva a intentarlo más tarde.',
  },
  524: {
    title: 'Se agotó el tiempo de espera',
    description:
      'Lo usa Cloudflare cuando se conectó al servidor web de origen, pero no recibió ninguna respuesta HTTP ' +
      'dentro del tiempo límite. Vuelva a intentarlo más tarde.',
  },
  525: {
    title: 'Error en la negociación SSL',
    description: 'Lo usa Cloudflare cuando falló la negociación SSL/TLS con el servidor web de origen.',
  },
  526: {
    title: 'Certificado SSL no válido',
    description: 'Lo usa Cloudflare cuando no pudo validar el certificado SSL del servidor web de origen.',
  },
  527: {
    title: 'Error de Railgun',
    description:
      'Lo usa Cloudflare cuando se interrumpió la conexión con el servidor Railgun del origen. Obsoleto: ' +
      'Cloudflare ha dejado de ofrecer Railgun.',
  },
  529: {
    title: 'Sitio sobrecargado',
    description:
      'Lo usa la API de Qualys SSL Labs cuando el servicio está sobrecargado y no puede aceptar más ' +
      'solicitudes. Vuelva a intentarlo más tarde.',
  },
  530: {
    title: 'Error de DNS del origen',
    description:
      'Lo usa Cloudflare junto con un error 1xxx de Cloudflare, por ejemplo cuando no se puede resolver el ' +
      'nombre de host del servidor de origen (error 1016).',
  },
  561: {
    title: 'No autenticado',
    description:
      'Lo usa AWS Elastic Load Balancing cuando el proveedor de identidad devolvió un error mientras el ' +
      'balanceador de carga autenticaba al usuario.',
  },
} as const satisfies Record<HttpCode | HttpClassKey, Message>;
