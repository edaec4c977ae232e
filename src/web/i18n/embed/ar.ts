/** @module Arabic messages of the widget, the frame and the /embed page, written right to left (keys and {placeholders} as in en.ts). */
import type { EmbedMessages } from './en.ts';

export const embedAr: EmbedMessages = {
  'widget.labelOrg': 'هل هي {org} حقًا؟ الصق الرابط أو البريد الإلكتروني أو رقم الهاتف أو اسم الحساب',
  'widget.notOurs': 'هذه ليست قناة رسمية لـ {org}.',
  'widget.fullAnswer': 'النتيجة الكاملة على Verify',
  'widget.newTab': '(يُفتح في علامة تبويب جديدة)',

  'embed.title': 'ضع Verify على موقعك',
  'embed.intro': 'دع زوّار موقعك يتحققون من رابط أو بريد إلكتروني أو رقم هاتف أو اسم حساب دون مغادرته: بسكربت وعنصر واحد، أو بإطار حيث لا يُسمح بسكربتات المواقع الأخرى.',
  'embed.options': 'الخيارات',
  'embed.org': 'الجهة',
  'embed.orgAny': 'كل الجهات',
  'embed.orgHint': 'عند اختيار جهة، لا تجيب الأداة إلا عن سؤال واحد: هل جهة الاتصال إحدى قنواتها الرسمية؟',
  'embed.lang': 'اللغة',
  'embed.compact': 'مختصر: الحكم وجملة واحدة والرابط',
  'embed.update': 'اعرض الشيفرة',
  'embed.scriptTitle': 'بسكربت',
  'embed.scriptHelp': 'الصق هذين السطرين حيث تريد أن تظهر الأداة. لا يعتمد السكربت على أي مكتبة. إن كان لموقعك Content-Security-Policy فاسمح بـ {origin} في script-src وconnect-src، أو أعطِ السكربت قيمة nonce الخاصة بك.',
  'embed.attributes': 'السمات',
  'embed.attr.org': 'الإجابة عن جهة واحدة فقط (اسمها المختصر كما في الشيفرة).',
  'embed.attr.lang': 'اللغة: {languages}. من دونها، لغة صفحتك.',
  'embed.attr.api': 'خادم Verify الذي يُسأل. افتراضيًا، الخادم الذي جاء منه السكربت.',
  'embed.attr.compact': 'إجابة أصغر: الحكم وجملة واحدة والرابط.',
  'embed.events': 'بعد كل إجابة يرسل العنصر حدث verify-result الذي يخرج من shadow root الخاص به، والإجابة في event.detail. غيّر مظهره بخصائص CSS المخصصة مثل ‎--verify-accent وبـ ‎::part()‎.',
  'embed.frameTitle': 'بإطار',
  'embed.frameHelp': 'للمواقع التي لا تستطيع تشغيل سكربتات المواقع الأخرى. يعمل الإطار من دون JavaScript، ويمكن لأي موقع عرضه.',
  'embed.frameLabel': 'Verify: هل جهة الاتصال هذه رسمية؟',
  'embed.preview': 'معاينة حيّة',
};
