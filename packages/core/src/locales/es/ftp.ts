import type { FtpClassKey, FtpCode } from '../../codes/ftp';
import type { Message } from '../../codes/types';

/** Títulos y descripciones en español de los códigos de respuesta FTP y de sus clases. */
export const ftp = {
  '1xx': {
    title: 'Respuesta preliminar positiva',
    description:
      'El servidor ha iniciado la acción solicitada. Llegará otra respuesta antes de que el cliente envíe su ' +
      'siguiente comando.',
  },
  '2xx': {
    title: 'Respuesta de finalización positiva',
    description: 'La acción solicitada se completó correctamente. El cliente puede enviar un nuevo comando.',
  },
  '3xx': {
    title: 'Respuesta intermedia positiva',
    description:
      'El comando se aceptó, pero el servidor necesita más información del cliente, normalmente el siguiente ' +
      'comando de una secuencia, para poder completar la acción.',
  },
  '4xx': {
    title: 'Respuesta de finalización negativa transitoria',
    description: 'El comando falló, pero la causa es temporal. Enviar el mismo comando más tarde puede funcionar.',
  },
  '5xx': {
    title: 'Respuesta de finalización negativa permanente',
    description:
      'El comando falló, y volver a enviarlo sin cambios fallará de la misma manera. Modifique el comando o sus ' +
      'argumentos.',
  },
  '6xx': {
    title: 'Respuesta protegida',
    description:
      'La respuesta está protegida por el mecanismo de seguridad negociado según el RFC 2228. Su texto es una ' +
      'respuesta codificada que el cliente debe decodificar y verificar para leer la respuesta real.',
  },

  110: {
    title: 'Respuesta con marcador de reinicio',
    description:
      'El servidor comunica un marcador de reinicio con la forma fija "MARK yyyy = mmmm", que empareja el ' +
      'marcador del cliente con el suyo. El cliente puede usarlo para reanudar una transferencia interrumpida.',
  },
  120: {
    title: 'Servicio listo en nnn minutos',
    description:
      'El servidor aún no está listo y prevé aceptar nuevos usuarios en unos nnn minutos. Envía 220 cuando ' +
      'está listo.',
  },
  125: {
    title: 'Conexión de datos ya abierta; iniciando la transferencia',
    description: 'Ya hay una conexión de datos abierta y el servidor inicia la transferencia en ella.',
  },
  150: {
    title: 'Estado del archivo correcto; a punto de abrir la conexión de datos',
    description: 'El archivo está listo y el servidor va a abrir la conexión de datos para la transferencia.',
  },
  200: {
    title: 'Comando correcto',
    description: 'El comando se aceptó y se ejecutó.',
  },
  202: {
    title: 'Comando no implementado, innecesario en este sitio',
    description:
      'El servidor no implementa este comando porque no tiene ninguna utilidad en este sitio. No había nada ' +
      'que hacer, así que el cliente puede continuar.',
  },
  211: {
    title: 'Estado del sistema o respuesta de ayuda del sistema',
    description:
      'El servidor devuelve su estado o información de ayuda general, por ejemplo en respuesta a STAT o FEAT.',
  },
  212: {
    title: 'Estado del directorio',
    description: 'El servidor devuelve información de estado sobre un directorio.',
  },
  213: {
    title: 'Estado del archivo',
    description:
      'El servidor devuelve información de estado sobre un archivo, como su tamaño (SIZE) o su fecha de ' +
      'modificación (MDTM).',
  },
  214: {
    title: 'Mensaje de ayuda',
    description:
      'El servidor devuelve ayuda sobre cómo usarlo o sobre el significado de un comando no estándar. El texto ' +
      'está pensado para una persona.',
  },
  215: {
    title: 'Tipo de sistema NAME',
    description:
      'El servidor indica el tipo de su sistema operativo, como "UNIX Type: L8", con un nombre de sistema ' +
      'oficial de la lista que ahora mantiene IANA.',
  },
  220: {
    title: 'Servicio listo para un nuevo usuario',
    description:
      'El servidor está listo para aceptar un nuevo usuario. Suele ser el saludo que se envía al abrirse la ' +
      'conexión de control.',
  },
  221: {
    title: 'El servicio cierra la conexión de control',
    description:
      'El servidor cierra la conexión de control, normalmente en respuesta a QUIT. Si procede, la sesión del ' +
      'usuario se ha cerrado.',
  },
  225: {
    title: 'Conexión de datos abierta; ninguna transferencia en curso',
    description: 'La conexión de datos está abierta y no hay ninguna transferencia en curso en ella.',
  },
  226: {
    title: 'Cerrando la conexión de datos',
    description:
      'El servidor cierra la conexión de datos porque la acción de archivo solicitada se realizó correctamente, ' +
      'por ejemplo una transferencia completada o una cancelada.',
  },
  227: {
    title: 'Entrando en modo pasivo',
    description:
      'El servidor espera la conexión de datos en la dirección IPv4 y el puerto indicados como ' +
      '(h1,h2,h3,h4,p1,p2). El cliente debe conectarse allí.',
  },
  228: {
    title: 'Entrando en modo pasivo largo',
    description:
      'El servidor espera la conexión de datos en la dirección larga y el puerto indicados en la respuesta. ' +
      'Responde al comando experimental LPSV del RFC 1639, que EPSV (229) ha sustituido en gran medida.',
  },
  229: {
    title: 'Entrando en modo pasivo extendido',
    description:
      'El servidor espera la conexión de datos en el puerto indicado como (|||puerto|). El cliente se conecta ' +
      'a ese puerto en la misma dirección que usa para la conexión de control.',
  },
  230: {
    title: 'Usuario con sesión iniciada, continúe',
    description:
      'El inicio de sesión se completó correctamente. El cliente ya puede usar los comandos que este usuario ' +
      'tiene permitido ejecutar.',
  },
  232: {
    title: 'Usuario con sesión iniciada, autorizado por intercambio de datos de seguridad',
    description:
      'El inicio de sesión se completó sin contraseña, porque los datos de seguridad intercambiados antes ya ' +
      'acreditan la identidad del usuario.',
  },
  234: {
    title: 'Intercambio de datos de seguridad completo',
    description:
      'El servidor acepta el mecanismo de seguridad solicitado con AUTH y no hace falta intercambiar datos de ' +
      'seguridad. Con AUTH TLS, a continuación empieza la negociación TLS.',
  },
  235: {
    title: 'Intercambio de datos de seguridad completado correctamente',
    description:
      'Los datos de seguridad enviados con ADAT se aceptaron y el intercambio ha terminado. La respuesta puede ' +
      'incluir los últimos datos de seguridad para el cliente.',
  },
  250: {
    title: 'Acción de archivo solicitada correcta, completada',
    description:
      'La acción de archivo solicitada, como cambiar de directorio o eliminar o cambiar el nombre de un ' +
      'archivo, se ha completado.',
  },
  257: {
    title: '"RUTA" creada',
    description:
      'Se creó el directorio (MKD) o se informa del directorio actual (PWD). La ruta se indica entre comillas ' +
      'dobles.',
  },
  331: {
    title: 'Nombre de usuario correcto, se necesita la contraseña',
    description: 'El servidor aceptó el nombre de usuario y ahora necesita la contraseña. Envíela con PASS.',
  },
  332: {
    title: 'Se necesita una cuenta para iniciar sesión',
    description: 'El servidor necesita información de la cuenta para completar el inicio de sesión. Envíela con ACCT.',
  },
  334: {
    title: 'Mecanismo de seguridad correcto',
    description:
      'El servidor acepta el mecanismo de seguridad solicitado con AUTH. La respuesta puede incluir datos de ' +
      'seguridad, y el cliente continúa el intercambio con ADAT.',
  },
  335: {
    title: 'Datos de seguridad aceptables, se necesitan más',
    description:
      'Los datos de seguridad enviados con ADAT se aceptaron, pero se necesitan más para completar el ' +
      'intercambio. Envíe el siguiente ADAT.',
  },
  336: {
    title: 'Nombre de usuario correcto, se necesita la contraseña; sigue un desafío',
    description:
      'El servidor aceptó el nombre de usuario e incluye un desafío en el texto de la respuesta. La contraseña ' +
      'enviada con PASS es la respuesta a ese desafío, por ejemplo una contraseña de un solo uso.',
  },
  350: {
    title: 'Acción de archivo solicitada pendiente de más información',
    description:
      'El servidor necesita otro comando para completar la acción, como RNTO después de RNFR, o el comando de ' +
      'transferencia después de REST.',
  },
  421: {
    title: 'Servicio no disponible, cerrando la conexión de control',
    description:
      'El servidor cierra la conexión de control, por ejemplo porque se está apagando o tiene demasiados ' +
      'usuarios. Puede enviarlo en respuesta a cualquier comando. Vuelva a intentarlo más tarde.',
  },
  425: {
    title: 'No se puede abrir la conexión de datos',
    description:
      'El servidor no pudo abrir la conexión de datos. Revise la configuración del modo pasivo o activo y ' +
      'cualquier cortafuegos o NAT intermedio, y vuelva a intentarlo.',
  },
  426: {
    title: 'Conexión cerrada; transferencia cancelada',
    description: 'Se cerró la conexión de datos y se canceló la transferencia. Vuelva a iniciar la transferencia.',
  },
  431: {
    title: 'Falta un recurso necesario para procesar la seguridad',
    description:
      'El servidor no puede procesar ahora la solicitud de seguridad porque no está disponible un recurso que ' +
      'necesita. Un intento posterior puede funcionar.',
  },
  450: {
    title: 'Acción de archivo solicitada no realizada: archivo no disponible',
    description:
      'No se realizó la acción de archivo porque el archivo no está disponible por ahora, por ejemplo porque ' +
      'está en uso. Vuelva a intentarlo más tarde.',
  },
  451: {
    title: 'Acción solicitada cancelada: error local de procesamiento',
    description: 'El servidor detuvo la acción por un error propio al procesarla. Vuelva a intentarlo más tarde.',
  },
  452: {
    title: 'Acción solicitada no realizada: espacio de almacenamiento insuficiente',
    description:
      'No se realizó la acción porque el servidor no tiene suficiente espacio de almacenamiento en este momento.',
  },
  500: {
    title: 'Error de sintaxis, comando no reconocido',
    description:
      'El servidor no reconoció el comando. La causa puede ser un error de sintaxis o una línea de comando ' +
      'demasiado larga.',
  },
  501: {
    title: 'Error de sintaxis en los parámetros o argumentos',
    description: 'El comando es conocido, pero sus parámetros o argumentos no son válidos.',
  },
  502: {
    title: 'Comando no implementado',
    description: 'El servidor no implementa este comando.',
  },
  503: {
    title: 'Secuencia de comandos incorrecta',
    description: 'El comando llegó en un orden incorrecto, por ejemplo PASS antes de USER, o RNTO sin RNFR.',
  },
  504: {
    title: 'Comando no implementado para ese parámetro',
    description:
      'El servidor implementa el comando, pero no con el parámetro indicado, por ejemplo un TYPE o un MODE no ' +
      'admitido.',
  },
  522: {
    title: 'Protocolo de red no admitido',
    description:
      'El servidor no admite el protocolo de red solicitado con EPRT o EPSV. La respuesta enumera los que ' +
      'admite, por ejemplo (1,2) para IPv4 e IPv6.',
  },
  530: {
    title: 'Sesión no iniciada',
    description:
      'El comando requiere iniciar sesión, o el inicio de sesión falló. Inicie sesión antes con credenciales ' +
      'válidas.',
  },
  532: {
    title: 'Se necesita una cuenta para almacenar archivos',
    description: 'El servidor necesita información de la cuenta, enviada con ACCT, antes de aceptar archivos.',
  },
  533: {
    title: 'Nivel de protección de comandos denegado por motivos de política',
    description:
      'El servidor rechaza los comandos enviados con este nivel de protección por su política de seguridad, ' +
      'por ejemplo porque exige comandos protegidos.',
  },
  534: {
    title: 'Solicitud denegada por motivos de política',
    description: 'El servidor rechaza la solicitud porque su política de seguridad no la permite.',
  },
  535: {
    title: 'Comprobación de seguridad fallida',
    description:
      'Un comando protegido no superó la comprobación de seguridad, por ejemplo por un hash o un número de ' +
      'secuencia incorrecto.',
  },
  536: {
    title: 'Nivel PROT solicitado no admitido por el mecanismo',
    description:
      'El mecanismo de seguridad en uso no puede ofrecer el nivel de protección del canal de datos solicitado ' +
      'con PROT.',
  },
  537: {
    title: 'Nivel de protección de comandos no admitido por el mecanismo de seguridad',
    description:
      'El mecanismo de seguridad en uso no puede proteger los comandos en el nivel solicitado (MIC, CONF o ENC).',
  },
  550: {
    title: 'Acción solicitada no realizada: archivo no disponible',
    description:
      'No se realizó la acción porque el archivo o el directorio no está disponible, por ejemplo porque no ' +
      'existe o se deniega el acceso.',
  },
  551: {
    title: 'Acción solicitada cancelada: tipo de página desconocido',
    description: 'El servidor detuvo la acción porque no conoce el tipo de página del archivo (estructura de páginas).',
  },
  552: {
    title: 'Acción de archivo solicitada cancelada: asignación de almacenamiento superada',
    description:
      'El servidor detuvo la acción porque se agotó el almacenamiento asignado al directorio o conjunto de ' +
      'datos actual.',
  },
  553: {
    title: 'Acción solicitada no realizada: nombre de archivo no permitido',
    description: 'No se realizó la acción porque el servidor no permite este nombre de archivo.',
  },
  631: {
    title: 'Respuesta con integridad protegida',
    description:
      'El texto de la respuesta es un mensaje codificado en base64 con la integridad protegida. El cliente lo ' +
      'decodifica y verifica para obtener la respuesta real.',
  },
  632: {
    title: 'Respuesta con confidencialidad e integridad protegidas',
    description:
      'El texto de la respuesta es un mensaje codificado en base64, cifrado y con la integridad protegida. El ' +
      'cliente lo decodifica, descifra y verifica para obtener la respuesta real.',
  },
  633: {
    title: 'Respuesta con confidencialidad protegida',
    description:
      'El texto de la respuesta es un mensaje cifrado y codificado en base64. El cliente lo decodifica y ' +
      'descifra para obtener la respuesta real.',
  },
} as const satisfies Record<FtpCode | FtpClassKey, Message>;
