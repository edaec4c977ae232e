/** @module Spanish messages of the widget, the frame and the /embed page (keys and {placeholders} as in en.ts). */
import type { EmbedMessages } from './en.ts';

export const embedEs: EmbedMessages = {
  'widget.labelOrg': '¿De verdad es {org}? Pega el enlace, correo, teléfono o usuario',
  'widget.notOurs': 'No es un canal oficial de {org}.',
  'widget.fullAnswer': 'Respuesta completa en Verify',
  'widget.newTab': '(se abre en una pestaña nueva)',

  'embed.title': 'Pon Verify en tu sitio',
  'embed.intro': 'Deja que tus visitantes comprueben un enlace, correo, teléfono o usuario sin salir de tu sitio: con un script y un elemento, o con un marco donde no se permiten scripts de otros sitios.',
  'embed.options': 'Opciones',
  'embed.org': 'Organización',
  'embed.orgAny': 'Todas las organizaciones',
  'embed.orgHint': 'Con una organización, el widget solo dice si un contacto es uno de sus canales oficiales.',
  'embed.lang': 'Idioma',
  'embed.compact': 'Compacto: el veredicto, una frase y el enlace',
  'embed.update': 'Mostrar los fragmentos',
  'embed.scriptTitle': 'Con un script',
  'embed.scriptHelp': 'Pega estas dos líneas donde deba ir el widget. El script no tiene dependencias. Si tu sitio tiene una Content-Security-Policy, permite {origin} en script-src y connect-src, o da tu nonce al script.',
  'embed.attributes': 'Atributos',
  'embed.attr.org': 'Responder solo para una organización (su nombre corto, como en el fragmento).',
  'embed.attr.lang': 'El idioma: {languages}. Sin él, el idioma de tu página.',
  'embed.attr.api': 'El servidor de Verify al que preguntar. Por defecto, el que sirve el script.',
  'embed.attr.compact': 'Una respuesta más pequeña: el veredicto, una frase y el enlace.',
  'embed.events': 'Tras cada respuesta, el elemento envía un evento verify-result, que sale de su shadow root, con la respuesta en event.detail. Dale estilo con propiedades personalizadas de CSS como --verify-accent y con ::part().',
  'embed.frameTitle': 'Con un marco',
  'embed.frameHelp': 'Para sitios que no pueden ejecutar scripts de otros sitios. El marco funciona sin JavaScript y cualquier sitio puede mostrarlo.',
  'embed.frameLabel': 'Verify: ¿es oficial este contacto?',
  'embed.preview': 'Vista previa en directo',
};
