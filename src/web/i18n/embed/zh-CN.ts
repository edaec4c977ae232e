/** @module Simplified Chinese messages of the widget, the frame and the /embed page (keys and {placeholders} as in en.ts). */
import type { EmbedMessages } from './en.ts';

export const embedZhCN: EmbedMessages = {
  'widget.labelOrg': '真的是 {org} 吗？粘贴链接、电子邮件地址、电话号码或账号名',
  'widget.notOurs': '这不是 {org} 的官方渠道。',
  'widget.fullAnswer': '在 Verify 上查看完整结果',
  'widget.newTab': '（在新标签页中打开）',

  'embed.title': '把 Verify 放到你的网站上',
  'embed.intro': '让访客无需离开你的网站，就能检查链接、电子邮件地址、电话号码或账号名：可以用一个脚本加一个元素，也可以在不允许其他网站脚本的地方使用框架。',
  'embed.options': '选项',
  'embed.org': '机构',
  'embed.orgAny': '所有机构',
  'embed.orgHint': '指定机构后，小组件只回答某个联系方式是否是该机构的官方渠道。',
  'embed.lang': '语言',
  'embed.compact': '紧凑：只显示结论、一句说明和链接',
  'embed.update': '显示代码片段',
  'embed.scriptTitle': '使用脚本',
  'embed.scriptHelp': '把这两行粘贴到小组件要出现的位置。脚本没有任何依赖。如果你的网站设置了内容安全策略（CSP），请在 script-src 和 connect-src 中允许 {origin}，或给脚本加上你的 nonce。',
  'embed.attributes': '属性',
  'embed.attr.org': '只针对一个机构回答（它的简称，如代码片段中所示）。',
  'embed.attr.lang': '语言：{languages}。不设置时，使用你网页的语言。',
  'embed.attr.api': '要查询的 Verify 服务器。默认是提供该脚本的服务器。',
  'embed.attr.compact': '更小的结果：结论、一句说明和链接。',
  'embed.events': '每次得出结果后，该元素都会发送一个 verify-result 事件（它会冒泡到影子根之外），结果在 event.detail 中。可以用 --verify-accent 等 CSS 自定义属性和 ::part() 设置样式。',
  'embed.frameTitle': '使用框架',
  'embed.frameHelp': '适用于无法运行其他网站脚本的网站。框架无需 JavaScript 即可使用，任何网站都可以嵌入它。',
  'embed.frameLabel': 'Verify：这个联系方式是官方的吗？',
  'embed.preview': '实时预览',
};
