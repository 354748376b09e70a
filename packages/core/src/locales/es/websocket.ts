import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/** Títulos y descripciones en español de los códigos de cierre de WebSocket y de sus rangos. */
export const websocket = {
  '0-999': {
    title: 'Sin uso',
    description: 'Los códigos de cierre inferiores a 1000 no se usan. Un extremo no debe enviarlos.',
  },
  '1000-2999': {
    title: 'Reservados para el protocolo',
    description:
      'Reservados para el protocolo WebSocket, sus revisiones futuras y las extensiones con una especificación ' +
      'pública. Los códigos de este rango que aún no están registrados no deben usarse.',
  },
  '3000-3999': {
    title: 'Bibliotecas, marcos de trabajo y aplicaciones',
    description:
      'Para bibliotecas, marcos de trabajo y aplicaciones. Los códigos se registran en IANA por orden de ' +
      'llegada, y su significado lo establece quien los registró.',
  },
  '4000-4999': {
    title: 'Uso privado',
    description:
      'Para uso privado de las aplicaciones, con un significado acordado entre ambos extremos. Estos códigos no ' +
      'se pueden registrar.',
  },

  1000: {
    title: 'Cierre normal',
    description: 'La conexión se cerró con normalidad: ya se cumplió el propósito para el que se abrió.',
  },
  1001: {
    title: 'El extremo se retira',
    description:
      'El extremo se retira, por ejemplo porque el servidor se está apagando o porque el navegador ha salido ' +
      'de la página.',
  },
  1002: {
    title: 'Error de protocolo',
    description: 'La conexión se cerró porque el otro extremo infringió el protocolo WebSocket.',
  },
  1003: {
    title: 'Datos no admitidos',
    description:
      'El extremo recibió un tipo de datos que no puede aceptar, por ejemplo un mensaje binario cuando solo ' +
      'procesa texto.',
  },
  1004: {
    title: 'Reservado',
    description: 'Reservado; es posible que se le asigne un significado en el futuro. No debería enviarse.',
  },
  1005: {
    title: 'No se recibió código de estado',
    description:
      'Se informa localmente cuando llegó una trama de cierre sin código de estado. Nunca debe enviarse en una ' +
      'trama de cierre.',
  },
  1006: {
    title: 'Cierre anómalo',
    description:
      'Se informa localmente cuando la conexión se perdió sin una trama de cierre, por ejemplo porque se cayó ' +
      'la red. Nunca debe enviarse en una trama de cierre.',
  },
  1007: {
    title: 'Datos de trama no válidos',
    description:
      'El extremo recibió datos que no corresponden al tipo de mensaje, por ejemplo bytes que no son UTF-8 ' +
      'válido en un mensaje de texto.',
  },
  1008: {
    title: 'Infracción de la política',
    description:
      'El extremo recibió un mensaje que infringe su política. Este código genérico se usa cuando no encaja ' +
      'ningún código más específico (como 1003 o 1009) o cuando los detalles de la política deben permanecer ' +
      'ocultos.',
  },
  1009: {
    title: 'Mensaje demasiado grande',
    description: 'El extremo recibió un mensaje demasiado grande para poder procesarlo.',
  },
  1010: {
    title: 'Extensión obligatoria',
    description:
      'El cliente cerró la conexión porque el servidor no aceptó una o varias extensiones que el cliente ' +
      'necesita. El motivo del cierre debería enumerar las extensiones que faltan.',
  },
  1011: {
    title: 'Error interno',
    description: 'El servidor cerró la conexión porque una condición inesperada le impidió atender la solicitud.',
  },
  1012: {
    title: 'Reinicio del servicio',
    description:
      'El servidor cerró la conexión porque se está reiniciando. El cliente puede volver a conectarse tras un ' +
      'intervalo aleatorio; se recomienda de 5 a 30 segundos.',
  },
  1013: {
    title: 'Vuelva a intentarlo más tarde',
    description:
      'El servidor cerró la conexión por una condición temporal, por ejemplo una sobrecarga. El cliente puede ' +
      'volver a conectarse más tarde.',
  },
  1014: {
    title: 'Puerta de enlace incorrecta',
    description:
      'El servidor, que actúa como puerta de enlace o proxy, recibió una respuesta no válida del servidor ' +
      'ascendente. Es el equivalente en WebSocket de HTTP 502.',
  },
  1015: {
    title: 'Negociación TLS',
    description:
      'Se informa localmente cuando la conexión se cerró porque falló la negociación TLS, por ejemplo porque no ' +
      'se pudo verificar el certificado del servidor. Nunca debe enviarse en una trama de cierre.',
  },
} as const satisfies Record<WebSocketCode | WebSocketClassKey, Message>;
