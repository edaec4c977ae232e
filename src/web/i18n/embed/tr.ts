/** @module Turkish messages of the widget, the frame and the /embed page (keys and {placeholders} as in en.ts). */
import type { EmbedMessages } from './en.ts';

export const embedTr: EmbedMessages = {
  'widget.labelOrg': 'Gerçekten {org} mi? Bağlantıyı, e-postayı, telefonu veya kullanıcı adını yapıştırın',
  'widget.notOurs': 'Bu, {org} kuruluşunun resmî bir kanalı değil.',
  'widget.fullAnswer': 'Verify’da tam yanıt',
  'widget.newTab': '(yeni sekmede açılır)',

  'embed.title': 'Verify’ı sitenize ekleyin',
  'embed.intro': 'Ziyaretçileriniz sitenizden ayrılmadan bir bağlantıyı, e-postayı, telefonu veya kullanıcı adını kontrol etsin: bir betik ve tek bir öğeyle ya da başka sitelerin betiklerine izin verilmeyen yerlerde bir çerçeveyle.',
  'embed.options': 'Seçenekler',
  'embed.org': 'Kuruluş',
  'embed.orgAny': 'Tüm kuruluşlar',
  'embed.orgHint': 'Bir kuruluş seçildiğinde araç yalnızca bir iletişimin o kuruluşun resmî kanallarından biri olup olmadığını söyler.',
  'embed.lang': 'Dil',
  'embed.compact': 'Kompakt: karar, tek cümle ve bağlantı',
  'embed.update': 'Kod parçalarını göster',
  'embed.scriptTitle': 'Betikle',
  'embed.scriptHelp': 'Bu iki satırı aracın görüneceği yere yapıştırın. Betiğin hiçbir bağımlılığı yoktur. Sitenizde Content-Security-Policy varsa script-src ve connect-src içinde {origin} adresine izin verin ya da betiğe nonce değerinizi verin.',
  'embed.attributes': 'Öznitelikler',
  'embed.attr.org': 'Yalnızca tek bir kuruluş için yanıt ver (kod parçasındaki gibi kısa adı).',
  'embed.attr.lang': 'Dil: {languages}. Verilmezse sayfanızın dili.',
  'embed.attr.api': 'Sorulacak Verify sunucusu. Varsayılan olarak betiğin geldiği sunucu.',
  'embed.attr.compact': 'Daha küçük bir yanıt: karar, tek cümle ve bağlantı.',
  'embed.events': 'Her yanıttan sonra öğe, shadow root dışına kabarcıklanan bir verify-result olayı gönderir; yanıt event.detail içindedir. Görünümü --verify-accent gibi CSS özel özellikleri ve ::part() ile değiştirin.',
  'embed.frameTitle': 'Çerçeveyle',
  'embed.frameHelp': 'Başka sitelerin betiklerini çalıştıramayan siteler için. Çerçeve JavaScript olmadan çalışır ve her site gösterebilir.',
  'embed.frameLabel': 'Verify: bu iletişim resmî mi?',
  'embed.preview': 'Canlı önizleme',
};
