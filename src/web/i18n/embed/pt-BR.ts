/** @module Brazilian Portuguese messages of the widget, the frame and the /embed page (keys and {placeholders} as in en.ts). */
import type { EmbedMessages } from './en.ts';

export const embedPtBR: EmbedMessages = {
  'widget.labelOrg': 'É mesmo {org}? Cole o link, e-mail, telefone ou perfil',
  'widget.notOurs': 'Este não é um canal oficial de {org}.',
  'widget.fullAnswer': 'Resposta completa no Verify',
  'widget.newTab': '(abre em uma nova aba)',

  'embed.title': 'Coloque o Verify no seu site',
  'embed.intro': 'Deixe seus visitantes verificarem um link, e-mail, telefone ou perfil sem sair do seu site: com um script e um elemento, ou com um frame onde scripts de outros sites não são permitidos.',
  'embed.options': 'Opções',
  'embed.org': 'Organização',
  'embed.orgAny': 'Todas as organizações',
  'embed.orgHint': 'Com uma organização, o widget só diz se um contato é um dos canais oficiais dela.',
  'embed.lang': 'Idioma',
  'embed.compact': 'Compacto: o veredito, uma frase e o link',
  'embed.update': 'Mostrar os trechos de código',
  'embed.scriptTitle': 'Com um script',
  'embed.scriptHelp': 'Cole estas duas linhas onde o widget deve aparecer. O script não tem dependências. Se o seu site tem uma Content-Security-Policy, permita {origin} em script-src e connect-src, ou dê o seu nonce ao script.',
  'embed.attributes': 'Atributos',
  'embed.attr.org': 'Responder só por uma organização (o nome curto dela, como no trecho).',
  'embed.attr.lang': 'O idioma: {languages}. Sem ele, o idioma da sua página.',
  'embed.attr.api': 'O servidor do Verify a consultar. Por padrão, o que serve o script.',
  'embed.attr.compact': 'Uma resposta menor: o veredito, uma frase e o link.',
  'embed.events': 'Depois de cada resposta, o elemento envia um evento verify-result, que sai da shadow root, com a resposta em event.detail. Personalize o visual com propriedades personalizadas de CSS como --verify-accent e com ::part().',
  'embed.frameTitle': 'Com um frame',
  'embed.frameHelp': 'Para sites que não podem executar scripts de outros sites. O frame funciona sem JavaScript e qualquer site pode exibi-lo.',
  'embed.frameLabel': 'Verify: este contato é oficial?',
  'embed.preview': 'Prévia ao vivo',
};
