/** @module Russian messages of the widget, the frame and the /embed page (keys and {placeholders} as in en.ts). */
import type { EmbedMessages } from './en.ts';

export const embedRu: EmbedMessages = {
  'widget.labelOrg': 'Это правда {org}? Вставьте ссылку, адрес почты, телефон или имя пользователя',
  'widget.notOurs': 'Это не официальный канал {org}.',
  'widget.fullAnswer': 'Полный ответ на Verify',
  'widget.newTab': '(откроется в новой вкладке)',

  'embed.title': 'Verify на вашем сайте',
  'embed.intro': 'Пусть посетители проверяют ссылку, адрес почты, телефон или имя пользователя, не покидая ваш сайт: с помощью скрипта и одного элемента или фрейма там, где скрипты других сайтов запрещены.',
  'embed.options': 'Настройки',
  'embed.org': 'Организация',
  'embed.orgAny': 'Все организации',
  'embed.orgHint': 'С организацией виджет отвечает только на вопрос, является ли контакт одним из её официальных каналов.',
  'embed.lang': 'Язык',
  'embed.compact': 'Компактно: вердикт, одно предложение и ссылка',
  'embed.update': 'Показать код',
  'embed.scriptTitle': 'Скриптом',
  'embed.scriptHelp': 'Вставьте эти две строки туда, где должен быть виджет. У скрипта нет зависимостей. Если на сайте есть Content-Security-Policy, разрешите {origin} в script-src и connect-src или передайте скрипту ваш nonce.',
  'embed.attributes': 'Атрибуты',
  'embed.attr.org': 'Отвечать только за одну организацию (её короткое имя, как в коде).',
  'embed.attr.lang': 'Язык: {languages}. Без него — язык вашей страницы.',
  'embed.attr.api': 'Сервер Verify, который нужно спрашивать. По умолчанию тот, с которого загружен скрипт.',
  'embed.attr.compact': 'Короткий ответ: вердикт, одно предложение и ссылка.',
  'embed.events': 'После каждого ответа элемент отправляет событие verify-result, которое всплывает за пределы его shadow root, с ответом в event.detail. Оформление задаётся пользовательскими свойствами CSS, например --verify-accent, и через ::part().',
  'embed.frameTitle': 'Фреймом',
  'embed.frameHelp': 'Для сайтов, которые не могут запускать скрипты других сайтов. Фрейм работает без JavaScript, и его может показать любой сайт.',
  'embed.frameLabel': 'Verify: это официальный контакт?',
  'embed.preview': 'Предпросмотр',
};
