/** @module Lookalike detection, class by class: what must be caught, with the exact explanation, and what must not. */
import { describe, expect, it } from 'vitest';
import type { ParseOptions } from '../../src/core/types.ts';
import { check, indexOf } from '../support/index.ts';
import { LOOKALIKE_REGISTRY } from './registry.ts';
import { isTickerOf } from '../../src/core/lookalike/lookalike-index.ts';

const index = indexOf(LOOKALIKE_REGISTRY);

/** A registry of organizations with one domain each, named by their slugs ("raster" is Raster): the crowded registries below. */
const withDomains = (...entries: Array<[slug: string, domain: string]>) =>
  indexOf({ organizations: entries.map(([slug, domain]) => ({ slug, name: slug[0]!.toUpperCase() + slug.slice(1), channels: [{ kind: 'domain', value: domain }] })) });

/** [input, options, imitated organization, reasons, severity, explanation] */
type Case = [string, ParseOptions, string, string[], 'danger' | 'warning', string];

/** What a registry answers for an input, match by match: organization, reasons, severity, explanation. */
const toldBy = (registry: ReturnType<typeof indexOf>) => (input: string) =>
  check(registry, input).matches.map((m) => [m.organization.slug, m.reasons, m.severity, m.explanation]);

const CAUGHT: Record<string, Case[]> = {
  "homoglyphs and scripts": [
    ["pɑypal.com", {}, "paypal", ["homoglyph", "mixed_script"], "danger", "Imitates PayPal's paypal.com: \"pɑypal\" looks like \"paypal\": \"ɑ\" (U+0251 LATIN SMALL LETTER ALPHA) in place of \"a\"; \"pɑypal\" uses \"ɑ\" (U+0251 LATIN SMALL LETTER ALPHA), restricted from identifiers."],
    ["bіnance.com", {}, "binance", ["homoglyph", "mixed_script"], "danger", "Imitates Binance's binance.com: \"bіnance\" looks like \"binance\": \"і\" (U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I) in place of \"i\"; \"bіnance\" mixes Latin and Cyrillic letters."],
    ["раураl.com", {}, "paypal", ["homoglyph", "mixed_script"], "danger", "Imitates PayPal's paypal.com: \"раураl\" looks like \"paypal\": \"р\" (U+0440 CYRILLIC SMALL LETTER ER) in place of \"p\", \"а\" (U+0430 CYRILLIC SMALL LETTER A) in place of \"a\", \"у\" (U+0443 CYRILLIC SMALL LETTER U) in place of \"y\", \"р\" (U+0440 CYRILLIC SMALL LETTER ER) in place of \"p\", \"а\" (U+0430 CYRILLIC SMALL LETTER A) in place of \"a\"; \"раураl\" mixes Cyrillic and Latin letters."],
    ["rnetamask.io", {}, "metamask", ["homoglyph"], "danger", "Imitates MetaMask's metamask.io: \"rnetamask\" looks like \"metamask\": \"rn\" in place of \"m\"."],
    ["c0inbase.com", {}, "coinbase", ["homoglyph"], "danger", "Imitates Coinbase's coinbase.com: \"c0inbase\" looks like \"coinbase\": \"0\" (U+0030 DIGIT ZERO) in place of \"o\"."],
    ["paypa1.com", {}, "paypal", ["homoglyph"], "danger", "Imitates PayPal's paypal.com: \"paypa1\" looks like \"paypal\": \"1\" (U+0031 DIGIT ONE) in place of \"l\"."],
    ["ьinance.com", {}, "binance", ["homoglyph", "mixed_script"], "danger", "Imitates Binance's binance.com: \"ьinance\" looks like \"binance\": \"ь\" (U+044C CYRILLIC SMALL LETTER SOFT SIGN) in place of \"b\"; \"ьinance\" mixes Cyrillic and Latin letters."],
    ["metamasк.io", {}, "metamask", ["homoglyph", "mixed_script"], "danger", "Imitates MetaMask's metamask.io: \"metamasк\" looks like \"metamask\": \"к\" (U+043A CYRILLIC SMALL LETTER KA) in place of \"k\"; \"metamasк\" mixes Latin and Cyrillic letters."],
    ["bínance.com", {}, "binance", ["homoglyph"], "danger", "Imitates Binance's binance.com: \"bínance\" looks like \"binance\": \"í\" (U+00ED LATIN SMALL LETTER I WITH ACUTE) in place of \"i\"."],
    ["bіnnance.com", {}, "binance", ["typo", "homoglyph", "mixed_script"], "danger", "Imitates Binance's binance.com: \"binnance\" is one typo away from \"binance\": \"n\" doubled; \"bіnnance\" reads as \"binnance\": \"і\" (U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I) in place of \"i\"; \"bіnnance\" mixes Latin and Cyrillic letters."],
    // Cyrillic м and т, whose UTS #39 prototypes are a turned w and a small capital T, read as m and t.
    ["metaмask.io", {}, "metamask", ["homoglyph", "mixed_script"], "danger", "Imitates MetaMask's metamask.io: \"metaмask\" looks like \"metamask\": \"м\" (U+043C CYRILLIC SMALL LETTER EM) in place of \"m\"; \"metaмask\" mixes Latin and Cyrillic letters."],
    ["wнatsapp.com", {}, "whatsapp", ["homoglyph", "mixed_script"], "danger", "Imitates WhatsApp's whatsapp.com: \"wнatsapp\" looks like \"whatsapp\": \"н\" (U+043D CYRILLIC SMALL LETTER EN) in place of \"h\"; \"wнatsapp\" mixes Latin and Cyrillic letters."],
    ["bіnanse.com", {}, "binance", ["typo", "homoglyph", "mixed_script"], "danger", "Imitates Binance's binance.com: \"binanse\" is one typo away from \"binance\": \"s\" in place of \"c\" (letters that sound alike); \"bіnanse\" reads as \"binanse\": \"і\" (U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I) in place of \"i\"; \"bіnanse\" mixes Latin and Cyrillic letters."],
    ["rnetamak.io", {}, "metamask", ["typo", "homoglyph"], "danger", "Imitates MetaMask's metamask.io: \"metamak\" is one typo away from \"metamask\": \"s\" left out after \"metama\"; \"rnetamak\" reads as \"metamak\": \"rn\" in place of \"m\"."],
    ["c0inbasse.com", {}, "coinbase", ["typo", "homoglyph"], "danger", "Imitates Coinbase's coinbase.com: \"coinbasse\" is one typo away from \"coinbase\": \"s\" doubled; \"c0inbasse\" reads as \"coinbasse\": \"0\" (U+0030 DIGIT ZERO) in place of \"o\"."],
    ["b1nnance.com", {}, "binance", ["typo", "homoglyph"], "danger", "Imitates Binance's binance.com: \"binnance\" is one typo away from \"binance\": \"n\" doubled; \"b1nnance\" reads as \"binnance\": \"1\" (U+0031 DIGIT ONE) in place of \"i\"."],
    ["myetherwalíet.com", {}, "myetherwallet", ["typo", "homoglyph"], "danger", "Imitates MyEtherWallet's myetherwallet.com: \"myetherwaliet\" is one typo away from \"myetherwallet\": \"i\" in place of \"l\" (letters of like shape); \"myetherwalíet\" reads as \"myetherwaliet\": \"í\" (U+00ED LATIN SMALL LETTER I WITH ACUTE) in place of \"i\"."],
  ],
  "typos": [
    // A hard "c" written "k" by ear is a slip, counted with nothing around it, as a neighbouring key is.
    ["koinbase.com", {}, "coinbase", ["typo"], "danger", "Imitates Coinbase's coinbase.com: \"koinbase\" is one typo away from \"coinbase\": \"k\" in place of \"c\" (letters that sound alike)."],
    ["instajram.com", {}, "instagram", ["typo"], "danger", "Imitates Instagram's instagram.com: \"instajram\" is one typo away from \"instagram\": \"j\" in place of \"g\" (letters that sound alike)."],
    ["blnance.com", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"blnance\" is one typo away from \"binance\": \"l\" in place of \"i\" (letters of like shape)."],
    ["binnance.com", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binnance\" is one typo away from \"binance\": \"n\" doubled."],
    ["binane.com", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binane\" is one typo away from \"binance\": \"c\" left out after \"binan\"."],
    ["biannce.com", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"biannce\" is one typo away from \"binance\": \"na\" swapped to \"an\"."],
    ["binence.com", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binence\" is one typo away from \"binance\": \"e\" in place of \"a\" (a vowel swap)."],
    ["coinbasr.com", {}, "coinbase", ["typo"], "danger", "Imitates Coinbase's coinbase.com: \"coinbasr\" is one typo away from \"coinbase\": \"r\" in place of \"e\" (a neighbouring key)."],
    // A long name's last letter changed for an unrelated one is a new name alone (binancx.com, below), not beside a lure.
    ["metamasx-wallet.io", {}, "metamask", ["typo", "brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamasx\" is one typo away from \"metamask\": \"x\" in place of \"k\", beside the word \"wallet\"; \"metamask\" inside \"metamasx-wallet\"."],
    ["myetherwalet.com", {}, "myetherwallet", ["typo"], "danger", "Imitates MyEtherWallet's myetherwallet.com: \"myetherwalet\" is one typo away from \"myetherwallet\": \"l\" left out after \"myetherwal\"."],
    ["binancc.com", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binancc\" is one typo away from \"binance\": \"c\" in place of \"e\" (letters of like shape)."],
    ["metatask-login.com", {}, "metamask", ["typo", "brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metatask\" is one typo away from \"metamask\": \"t\" in place of \"m\", beside the word \"login\"; \"metamask\" inside \"metatask-login\"."],
    ["watlsapp.com", {}, "whatsapp", ["typo"], "warning", "Imitates WhatsApp's whatsapp.com: \"watlsapp\" is two typos away from \"whatsapp\": \"h\" left out after \"w\", an extra \"l\" after \"what\"."],
    ["myeterwalet.com", {}, "myetherwallet", ["typo"], "danger", "Imitates MyEtherWallet's myetherwallet.com: \"myeterwalet\" is two typos away from \"myetherwallet\": \"h\" left out after \"myet\", \"l\" left out after \"myetherwa\"."],
    ["cionbsae.com", {}, "coinbase", ["typo"], "warning", "Imitates Coinbase's coinbase.com: \"cionbsae\" is two typos away from \"coinbase\": \"oi\" swapped to \"io\", \"as\" swapped to \"sa\"."],
    // Beside a lure, two letters lost from a name with a doubled letter count.
    ["whatap-login.com", {}, "whatsapp", ["typo", "brand_embedded"], "danger", "Imitates WhatsApp's whatsapp.com: \"whatap\" is two typos away from \"whatsapp\": \"s\" left out after \"what\", \"p\" left out after \"whatsa\", beside the word \"login\"; \"whatsapp\" inside \"whatap-login\"."],
    // Two letters changed in place, one of like shape: a disguise, counted alone as a warning.
    ["mctamapk.com", {}, "metamask", ["typo"], "warning", "Imitates MetaMask's metamask.io: \"mctamapk\" is two typos away from \"metamask\": \"c\" in place of \"e\" (letters of like shape), \"p\" in place of \"s\"."],
    ["insgtram.com", {}, "instagram", ["typo"], "warning", "Imitates Instagram's instagram.com: \"insgtram\" is two typos away from \"instagram\": \"a\" left out after \"inst\", \"tg\" swapped to \"gt\"."],
    ["mteamsak-login.com", {}, "metamask", ["typo", "brand_embedded"], "warning", "Imitates MetaMask's metamask.io: \"mteamsak\" is two typos away from \"metamask\": \"et\" swapped to \"te\", \"as\" swapped to \"sa\"; \"metamask\" inside \"mteamsak-login\"."],
    ["coinsbase.com", {}, "coinbase", ["typo"], "danger", "Imitates Coinbase's coinbase.com: \"coinsbase\" is one typo away from \"coinbase\": an extra \"s\" after \"coin\"."],
    ["facesbook.com", {}, "facebook", ["typo"], "danger", "Imitates Facebook's facebook.com: \"facesbook\" is one typo away from \"facebook\": an extra \"s\" after \"face\"."],
    ["metamaski.io", {}, "metamask", ["typo"], "danger", "Imitates MetaMask's metamask.io: \"metamaski\" is one typo away from \"metamask\": an extra \"i\" after \"metamask\"."],
  ],
  "typos that count for the evidence around them (a lure, a shared host, digits, a TLD phishers favour)": [
    ["binapce.top", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", under .top, a top-level domain phishers favour."],
    // A top-level domain that is a lure itself is evidence as one phishers favour is; ".link" is no lure there.
    ["ledxer.help", {}, "ledger", ["typo"], "danger", "Imitates Ledger's ledger.com: \"ledxer\" is one typo away from \"ledger\": \"x\" in place of \"g\", under .help, a top-level domain that is a lure itself."],
    // Earlier years' tables add .cyou and .support, and DomainTools' ranking .buzz, .monster and .rest.
    ["ledxer.support", {}, "ledger", ["typo"], "danger", "Imitates Ledger's ledger.com: \"ledxer\" is one typo away from \"ledger\": \"x\" in place of \"g\", under .support, a top-level domain phishers favour."],
    ["japamexc.cyou", {}, "mexc", ["brand_embedded"], "warning", "Imitates MEXC's mexc.com: \"mexc\" inside \"japamexc\", under .cyou, a top-level domain phishers favour."],
    ["binapce.webflow.io", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", on webflow.io, where anyone can publish a site."],
    ["binapce.godaddysites.com", {}, "binance", ["typo", "brand_embedded"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", on godaddysites.com, where anyone can publish a site; \"binapce\" placed in front of the unrelated domain godaddysites.com."],
    ["binapce.frb.io", {}, "binance", ["typo", "brand_embedded"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", on frb.io, where anyone can publish a site; \"binapce\" placed in front of the unrelated domain frb.io."],
    ["binapce.wasmer.app", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", on wasmer.app, where anyone can publish a site."],
    ["binapce.tk", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", under .tk, a top-level domain phishers favour."],
    // The center's quarterly tables since its 2025 report add .live, .mobi and .world by the same rule.
    ["binapce.live", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", under .live, a top-level domain phishers favour."],
    // A short industry word's typo counts only with evidence: alone, "cryptio" is a name built on the word.
    ["cryptio.xyz", {}, "crypto-com", ["typo"], "danger", "Imitates Crypto.com's crypto.com: \"cryptio\" is one typo away from \"crypto\": an extra \"i\" after \"crypt\", under .xyz, a top-level domain phishers favour."],
    // A short name's first letter left out counts only with evidence: alone, "aypal" may be a site of its own.
    ["aypal-login.com", {}, "paypal", ["typo", "brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"aypal\" is one typo away from \"paypal\": \"p\" left out at the start, beside the word \"login\"; \"paypal\" inside \"aypal-login\"."],
    ["metacask-login.com", {}, "metamask", ["typo", "brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metacask\" is one typo away from \"metamask\": \"c\" in place of \"m\", beside the word \"login\"; \"metamask\" inside \"metacask-login\"."],
    // A phishing kit's "cdn" is cut off a name, and a lure beside a common-word brand.
    ["learn-metamaaskcdn.wixstudio.com", {}, "metamask", ["typo", "brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamaask\" is one typo away from \"metamask\": \"a\" doubled; \"metamask\" joined to keywords in \"learn-metamaaskcdn\"."],
    // A name of 11+ letters keeps it through three edits spread over it, its first two letters and last kept (a warning).
    ["myentervallet.com", {}, "myetherwallet", ["typo"], "warning", "Imitates MyEtherWallet's myetherwallet.com: \"myentervallet\" is three typos away from \"myetherwallet\": \"n\" in place of \"t\", \"t\" in place of \"h\", \"v\" in place of \"w\", spread over a name of 13 letters."],
    ["pankakiswoap.finance", {}, "pancakeswap", ["typo"], "warning", "Imitates PancakeSwap's pancakeswap.finance: \"pankakiswoap\" is three typos away from \"pancakeswap\": \"k\" in place of \"c\" (letters that sound alike), \"i\" in place of \"e\" (a vowel swap), an extra \"o\" after \"pancakesw\", spread over a name of 11 letters."],
    // Spread over the letters written too: letters added across the name ("ns" and "n" in "myethernswallnet").
    ["myethernswallnet.com", {}, "myetherwallet", ["typo"], "warning", "Imitates MyEtherWallet's myetherwallet.com: \"myethernswallnet\" is three typos away from \"myetherwallet\": an extra \"ns\" after \"myether\", an extra \"n\" after \"myetherwall\", spread over a name of 13 letters."],
    // A name of 10+ letters keeps its likeness through any one consonant changed, lure or not.
    ["myetherwaflet.com", {}, "myetherwallet", ["typo"], "danger", "Imitates MyEtherWallet's myetherwallet.com: \"myetherwaflet\" is one typo away from \"myetherwallet\": \"f\" in place of \"l\"."],
    ["binapce7.com", {}, "binance", ["typo"], "warning", "Imitates Binance's binance.com: \"binapce7\" is two typos away from \"binance\": \"p\" in place of \"n\", an extra \"7\" after \"binance\", with digits among its letters."],
    ["xbinace-login.com", {}, "binance", ["typo", "brand_embedded"], "warning", "Imitates Binance's binance.com: \"xbinace\" is two typos away from \"binance\": an extra \"x\" at the start, \"n\" left out after \"bina\", beside the word \"login\"; \"binance\" inside \"xbinace-login\"."],
    ["binacne11.com", {}, "binance", ["typo"], "warning", "Imitates Binance's binance.com: \"binacne11\" is three typos away from \"binance\": \"nc\" swapped to \"cn\", an extra \"11\" after \"binance\", beside the number \"11\"."],
    ["binancia.com", {}, "binance", ["typo"], "warning", "Imitates Binance's binance.com: \"binancia\" is two typos away from \"binance\": an extra \"i\" after \"binanc\", \"a\" in place of \"e\" (a vowel swap)."],
    ["metacsak-login.com", {}, "metamask", ["typo", "brand_embedded"], "warning", "Imitates MetaMask's metamask.io: \"metacsak\" is two typos away from \"metamask\": \"c\" in place of \"m\", \"as\" swapped to \"sa\", beside the word \"login\"; \"metamask\" inside \"metacsak-login\"."],
    ["bínapce.top", {}, "binance", ["typo", "homoglyph"], "danger", "Imitates Binance's binance.com: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", under .top, a top-level domain phishers favour; \"bínapce\" reads as \"binapce\": \"í\" (U+00ED LATIN SMALL LETTER I WITH ACUTE) in place of \"i\"."],
    ["mecx.top", {}, "mexc", ["typo"], "danger", "Imitates MEXC's mexc.com: \"mecx\" is one typo away from \"mexc\": \"xc\" swapped to \"cx\", under .top, a top-level domain phishers favour."],
    // A brand written without its vowels, as a word of its own beside other signs of phishing.
    ["doc-ldgr-live.pages.dev", {}, "ledger", ["typo"], "warning", "Imitates Ledger's ledger.com: \"ldgr\" is \"ledger\" with its vowels left out, beside the word \"live\"."],
    ["mtmsk030.weebly.com", {}, "metamask", ["typo"], "warning", "Imitates MetaMask's metamask.io: \"mtmsk\" is \"metamask\" with its vowels left out, beside the number \"030\"."],
    // A brand mistyped and run into real words or keywords all through: the words stand beside it as hyphenated ones would.
    ["ledgrtechnologies.xyz", {}, "ledger", ["typo", "brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledgr\" is one typo away from \"ledger\": \"e\" left out after \"ledg\"; \"ledger\" mistyped beside the word \"technologies\" in \"ledgrtechnologies\"."],
    ["coimbasehardwarewallet.com", {}, "coinbase", ["typo", "brand_embedded"], "danger", "Imitates Coinbase's coinbase.com: \"coimbase\" is one typo away from \"coinbase\": \"m\" in place of \"n\" (a neighbouring key); \"coinbase\" mistyped beside the words \"hardware\", \"wallet\" in \"coimbasehardwarewallet\"."],
    ["manageaccountpypal.com", {}, "paypal", ["typo", "brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"pypal\" is one typo away from \"paypal\": \"a\" left out after \"p\"; \"paypal\" mistyped beside the words \"manage\", \"account\" in \"manageaccountpypal\"."],
    ["gogleusercom-001.webflow.io", {}, "google", ["typo", "brand_embedded"], "danger", "Imitates Google's google.com: \"gogle\" is one typo away from \"google\": \"o\" left out after \"go\"; \"google\" mistyped beside the words \"user\", \"com\" in \"gogleusercom-001\"."],
    // In a label in front of an unrelated domain, the place is telling enough, as for a hyphenated word.
    ["hotwhatsap.onviy.com", {}, "whatsapp", ["typo", "brand_embedded"], "danger", "Imitates WhatsApp's whatsapp.com: \"whatsap\" is one typo away from \"whatsapp\": \"p\" left out after \"whatsap\"; \"whatsapp\" mistyped beside the word \"hot\" in \"hotwhatsap\" placed in front of the unrelated domain onviy.com."],
  ],
  "the brand cut into pieces, behind digits, beside numbers, plural, across the host": [
    ["coin.base-app.xyz", {}, "coinbase", ["brand_embedded"], "danger", "Imitates Coinbase's coinbase.com: \"coinbase\" split across \"coin.base-app\"."],
    // A common-word brand cut where no word ends ("kra" and "ken" of kraken) is cut on purpose: it counts without a lure.
    ["kra-kenx.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" split across \"kra-kenx\"."],
    ["coin-web-base.com", {}, "coinbase", ["brand_embedded"], "danger", "Imitates Coinbase's coinbase.com: \"coinbase\" split by the word \"web\" in \"coin-web-base\"."],
    // "log", a login cut short, is cut off a brand's name as keywords are.
    ["mettamasklog.azurewebsites.net", {}, "metamask", ["typo", "brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"mettamask\" is one typo away from \"metamask\": \"t\" doubled; \"metamask\" joined to keywords in \"mettamasklog\"."],
    // Cut apart with a letter slipped: the pieces joined back are searched for one typo, unless both are words of their own.
    ["puncake-swap.finance", {}, "pancakeswap", ["typo", "brand_embedded"], "danger", "Imitates PancakeSwap's pancakeswap.finance: \"puncakeswap\" is one typo away from \"pancakeswap\": \"u\" in place of \"a\" (a vowel swap); \"puncake-swap\" is \"puncakeswap\" cut by a hyphen."],
    // With evidence around (a lure, a platform anyone can publish on), a second edit counts, as for any piece.
    // A single letter that takes a word nearer the brand is the brand's ("b-nance"; not "email.t", below).
    ["b-nance.com", {}, "binance", ["typo", "brand_embedded"], "danger", "Imitates Binance's binance.com: \"bnance\" is one typo away from \"binance\": \"i\" left out after \"b\"; \"b-nance\" is \"bnance\" cut by a hyphen."],
    ["start-l-edgeger-sso.webflow.io", {}, "ledger", ["typo", "brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledgeger\" is two typos away from \"ledger\": an extra \"ge\" after \"ledge\", beside the word \"start\"; \"l-edgeger\" is \"ledgeger\" cut by a hyphen."],
    // A lure that is one of the pieces joined is no evidence beside them; other evidence is told instead.
    ["app-liv.top", {}, "apple", ["typo", "brand_embedded"], "warning", "Imitates Apple's apple.com: \"appliv\" is two typos away from \"apple\": an extra \"i\" after \"appl\", \"v\" in place of \"e\", under .top, a top-level domain phishers favour; \"app-liv\" is \"appliv\" cut by a hyphen."],
    ["meta.mesk-app.com", {}, "metamask", ["typo", "brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamesk\" is one typo away from \"metamask\": \"e\" in place of \"a\" (a vowel swap); \"meta.mesk\" is \"metamesk\" cut by a dot."],
    ["app-co1nbasenimaw.host-1.net", {}, "coinbase", ["brand_embedded"], "danger", "Imitates Coinbase's coinbase.com: \"coinbase\" written as \"co1nbase\" inside \"app-co1nbasenimaw.host-1\"."],
    // A common-word brand written in look-alike characters needs no lure: nobody writes their own word so.
    ["l3dg3rdp.weebly.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" written as \"l3dg3r\" inside \"l3dg3rdp.weebly\"."],
    ["metamask1.io", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" joined to keywords in \"metamask1\"."],
    ["ledgerl0.com", {}, "ledger", ["typo", "brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledgerl\" is one typo away from \"ledger\": an extra \"l\" after \"ledger\", with digits among its letters; \"ledger\" joined to keywords in \"ledgerl0\"."],
    // The brand with a number or keyword, not two typos of it: a label holding a brand is read for one edit only.
    ["ledger22.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledger22\" with the number \"22\"."],
    ["apple2.org", {}, "apple", ["brand_embedded"], "danger", "Imitates Apple's apple.com: \"apple\" inside \"apple2\" with \"2\"."],
    ["mypancakeswap.finance", {}, "pancakeswap", ["brand_embedded"], "danger", "Imitates PancakeSwap's pancakeswap.finance: \"pancakeswap\" joined to keywords in \"mypancakeswap\"."],
    ["confirmation.fb-pages.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"confirmation.fb-pages\" with the word \"confirmation\"."],
    ["ledger-teams.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-teams\" with the word \"teams\"."],
    ["ledger-verified.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-verified\" with the word \"verified\"."],
    ["ledger-protection.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-protection\" with the word \"protection\"."],
    ["paypal-datenschutz.com", {}, "paypal", ["brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypal\" inside \"paypal-datenschutz\" with the word \"datenschutz\"."],
    ["fb-business.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"fb-business\" with the word \"business\"."],
    ["binancbrasil.com", {}, "binance", ["typo", "brand_embedded"], "danger", "Imitates Binance's binance.com: \"binanc\" is one typo away from \"binance\": \"e\" left out after \"binanc\"; \"binance\" joined to keywords in \"binancbrasil\"."],
    ["ledgersapp.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgersapp\" with the word \"app\"."],
    ["ledgeraccess.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgeraccess\" with the word \"access\"."],
    ["ledger-online.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-online\" with the word \"online\"."],
    ["www-kraken.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"www-kraken\" with the word \"www\"."],
    // Written with v's among its w's, beside the brand or run into it.
    ["wvvw-kraken.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"wvvw-kraken\" with the word \"wvvw\"."],
    ["wvwkraken.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" joined to keywords in \"wvwkraken\" with the word \"wvw\"."],
    ["web-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"web-ledger\" with the word \"web\"."],
    ["ledger-desktop.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-desktop\" with the word \"desktop\"."],
    // So is the system a fake download is for.
    ["mac-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"mac-ledger\" with the word \"mac\"."],
    ["ledger-win.org", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-win\" with the word \"win\"."],
    // The browser store a fake extension is offered at.
    ["addons-mozilla-ledger.firebaseapp.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"addons-mozilla-ledger\" with the word \"addons\"."],
    // The meeting a fake invitation calls to.
    ["google-meeting.com", {}, "google", ["brand_embedded"], "danger", "Imitates Google's google.com: \"google\" inside \"google-meeting\" with the word \"meeting\"."],
    // A lure with keywords run into it ("my" of "my2fa") is the lure.
    ["ledger-my2fa.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-my2fa\" with the word \"2fa\"."],
    ["kraken-stake.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-stake\" with the word \"stake\"."],
    // Short keywords are named as words of their own only: "eth" inside "method" is no lure.
    ["binancemethod.com", {}, "binance", ["brand_embedded"], "warning", "Imitates Binance's binance.com: \"binance\" inside \"binancemethod\"."],
    ["117256-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"117256-ledger\" with the number \"117256\"."],
    ["kraken-notify.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-notify\" with the word \"notify\"."],
    ["kraken-us.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-us\" with the word \"us\"."],
    // A wallet's backup (of its recovery phrase), as telling as its recovery.
    // A wallet "error" to fix, a fake browser extension ("ext") to install.
    ["ledger-error.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-error\" with the word \"error\"."],
    ["ledger-ext.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-ext\" with the word \"ext\"."],
    ["ledger-backup.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-backup\" with the word \"backup\"."],
    // A wallet's recovery phrase, what drainers ask a user to type in.
    ["ledger-phrase.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-phrase\" with the word \"phrase\"."],
    // A crypto grant to apply for, plural or not.
    ["metamaskgrant.com", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" joined to keywords in \"metamaskgrant\" with the word \"grant\"."],
    ["metamask-grants.com", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamask-grants\" with the word \"grants\"."],
    // A lure made plural is a word of the dictionary, yet as telling as the lure.
    ["ledger-wallets.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-wallets\" with the word \"wallets\"."],
    // Run into the name too, for the words that are lures only beside a brand.
    ["ledgerwebs.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgerwebs\" with the word \"webs\"."],
    ["ledger-btc.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-btc\" with the word \"btc\"."],
    ["kraken-earn.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-earn\" with the word \"earn\"."],
    ["ledger-webmail.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-webmail\" with the word \"webmail\"."],
    ["wwwbinance.com", {}, "binance", ["typo"], "danger", "Imitates Binance's binance.com: \"wwwbinance\" is three typos away from \"binance\": an extra \"www\" at the start."],
  ],
  "the brand inside another name": [
    ["kraken-cdn.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-cdn\" with the word \"cdn\"."],
    // A sender's address dressed up as a name, and an account's maintenance: lures beside a short name run into them.
    ["noreplyfb.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"noreplyfb\" with the word \"noreply\"."],
    ["kraken-maintenance.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-maintenance\" with the word \"maintenance\"."],
    ["safeguard-kraken.com", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"safeguard-kraken\" with the word \"safeguard\"."],
    // English's three-letter code, the language kits write on their pages, as "en" is.
    ["eng-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"eng-ledger\" with the word \"eng\"."],
    // Lures of invitations, account checks and parcels: "join" a fake group, "check" a wallet, a "delivery" to pay for.
    ["join-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"join-ledger\" with the word \"join\"."],
    ["ledger-check.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-check\" with the word \"check\"."],
    ["ledger-sso.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-sso\" with the word \"sso\"."],
    ["paypalcampaign.com", {}, "paypal", ["brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypal\" joined to keywords in \"paypalcampaign\" with the word \"campaign\"."],
    // A four-letter name run into real words, too short for the search of names inside texts: a warning, as longer names so written are.
    ["mexcspecialcampaign.com", {}, "mexc", ["brand_embedded"], "warning", "Imitates MEXC's mexc.com: \"mexc\" inside \"mexcspecialcampaign\" with the word \"specialcampaign\"."],
    ["mexcsite.com", {}, "mexc", ["brand_embedded"], "warning", "Imitates MEXC's mexc.com: \"mexc\" inside \"mexcsite\"."],
    ["silvermexc.com", {}, "mexc", ["brand_embedded"], "warning", "Imitates MEXC's mexc.com: \"mexc\" inside \"silvermexc\"."],
    // Beside a few letters of no word, a campaign's tag, only under a TLD phishers favour.
    ["ebowmexc.icu", {}, "mexc", ["brand_embedded"], "warning", "Imitates MEXC's mexc.com: \"mexc\" inside \"ebowmexc\", under .icu, a top-level domain phishers favour."],
    // A common-word brand beside a word that is no lure counts under a TLD phishers favour, as a warning.
    ["ledger-crypto.online", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-crypto\" with the word \"crypto\", under .online, a top-level domain phishers favour."],
    // Or under a TLD that is a lure itself.
    ["com-ledger.help", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"com-ledger\" with the word \"com\", under .help, a top-level domain that is a lure itself."],
    // A common-word brand as a label of its own in front of an unrelated domain under such a TLD.
    ["ledger.xdlwp.top", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" placed in front of the unrelated domain xdlwp.top, under .top, a top-level domain phishers favour."],
    ["ledger.gl6elf.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" placed in front of the unrelated domain gl6elf.com, whose name has digits among its letters."],
    // In front of any other domain, a page named for the brand (planted on a hacked site): a weaker warning, told without a clause.
    ["ledger.xdlwp.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" placed in front of the unrelated domain xdlwp.com."],
    // A leading "www" label is no lure; nor are a lure's letters inside the site's own word ("sync" of "desync").
    ["www.ledger.evil-host.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" placed in front of the unrelated domain evil-host.com."],
    ["ledger.desync.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" placed in front of the unrelated domain desync.com."],
    // So do a few stray letters (a campaign's tag); on a platform anyone can publish on, projects tag their ports so ("ledger-rs.github.io").
    ["ledger-dm.xyz", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-dm\" with \"dm\", under .xyz, a top-level domain phishers favour."],
    // Elsewhere too, told without a place (a short word's name takes them as another name's letters: "lido-ak").
    ["ledger-dm.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-dm\" with \"dm\"."],
    // Or a word of money and trading, which says the organization's trade is the sense meant.
    ["ledger-finance.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-finance\" with the word \"finance\"."],
    ["xchange-ledger.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"xchange-ledger\" with \"xchange\"."],
    ["ledgerfinance.com", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgerfinance\" with the word \"finance\"."],
    // A guide's "on" before a brand ("whats-on-instagram") does not hide a lure, nor is "logon" one.
    ["whatsoninstagram-login.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"instagram\" inside \"whatsoninstagram-login\" with \"login\"."],
    ["logoninstagram.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"instagram\" joined to keywords in \"logoninstagram\" with the word \"logon\"."],
    // Nor does a brand made its users' noun hide one; a name ending in "r" doubled is a typo, not its users ("trezorr").
    ["instagramers-login.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"instagram\" inside \"instagramers-login\" with \"login\"."],
    // On a documentation host a lure no software is named with still tells.
    // A document to open ("mircosoftdoc"), cut off as a keyword.
    ["paypaidoc.com", {}, "paypal", ["typo", "brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypai\" is one typo away from \"paypal\": \"i\" in place of \"l\" (letters of like shape); \"paypal\" joined to keywords in \"paypaidoc\"."],
    ["paypal-login.readthedocs.io", {}, "paypal", ["brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypal\" inside \"paypal-login\" with the word \"login\"."],
    ["paypal-login.readthedocs.org", {}, "paypal", ["brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypal\" inside \"paypal-login\" with the word \"login\" placed in front of the unrelated domain readthedocs.org."],
    // Beside a programming word a lure still tells: a library's name does not ask for support.
    // A long number run into a framework's name is a tag, no version: no library's name.
    ["paypal-flask1665412637.zendesk.com", {}, "paypal", ["brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypal\" inside \"paypal-flask1665412637\" placed in front of the unrelated domain zendesk.com."],
    ["django-paypal-support.com", {}, "paypal", ["brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypal\" inside \"django-paypal-support\" with the word \"support\"."],
    // "2fa" starts with a number but is a lure of its own: a two-factor reset.
    ["ledger2fa.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledger2fa\" with the word \"2fa\"."],
    ["ledgergive.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgergive\" with the word \"give\"."],
    // So on a platform anyone can publish on; not beside a word that is neither ("kraken-tales.webflow.io", below).
    ["kraken-pro.webflow.io", {}, "kraken", ["brand_embedded"], "warning", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-pro\" with the word \"pro\", on webflow.io, where anyone can publish a site."],
    // A protocol's version is the upgrade a fake page offers: a lure beside a common-word brand.
    ["ledger-v2.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-v2\" with the word \"v2\"."],
    ["ledgerv3.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgerv3\" with the word \"v3\"."],
    ["ico-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ico-ledger\" with the word \"ico\"."],
    ["ledger-rectify.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-rectify\" with the word \"rectify\"."],
    ["governance-ledger.app", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"governance-ledger\" with the word \"governance\"."],
    ["voting-ledger.app", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"voting-ledger\" with the word \"voting\"."],
    // An airdrop's allocation to check, the claim such pages offer.
    ["allocation-ledger.app", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"allocation-ledger\" with the word \"allocation\"."],
    // An account's issues to resolve, as a complaint or a resolution is.
    ["issues-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"issues-ledger\" with the word \"issues\"."],
    // A long lure run into other words still tells.
    ["identityverificationgateway-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"identityverificationgateway-ledger\" with the word \"verification\"."],
    // A payout held or disabled, the money a fake creators' page promises.
    ["fb-payout-disabled.github.io", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"fb-payout-disabled\" with the word \"payout\"."],
    // Dating and adult scams posing as a messenger's groups.
    ["whatsapp-adult-dating.pages.dev", {}, "whatsapp", ["brand_embedded"], "danger", "Imitates WhatsApp's whatsapp.com: \"whatsapp\" inside \"whatsapp-adult-dating\" with the words \"adult\", \"dating\"."],
    // Group invites in the languages those scams speak ("grup", Indonesian; "bokep", Indonesian for porn), cut off as "group" is.
    ["grupwhatsaapviral.duckdns.org", {}, "whatsapp", ["typo", "brand_embedded"], "danger", "Imitates WhatsApp's whatsapp.com: \"whatsaap\" differs only in doubled letters from \"whatsapp\"; \"whatsapp\" joined to keywords in \"grupwhatsaapviral\"."],
    ["bokep-whatsapp.com", {}, "whatsapp", ["brand_embedded"], "danger", "Imitates WhatsApp's whatsapp.com: \"whatsapp\" inside \"bokep-whatsapp\" with the word \"bokep\"."],
    // A detector to check a wallet for drainers with.
    ["ledger-detector.app", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-detector\" with the word \"detector\"."],
    // A hardware wallet's firmware to update.
    ["firmwareledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"firmwareledger\" with the word \"firmware\"."],
    // A hardware wallet's device to set up or recover, and a company's internal pages, the lure of phishing aimed at its staff.
    ["device-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"device-ledger\" with the word \"device\"."],
    ["apple-internal.com", {}, "apple", ["brand_embedded"], "danger", "Imitates Apple's apple.com: \"apple\" inside \"apple-internal\" with the word \"internal\"."],
    // An authorization page (OAuth), the sign-in phishing kits copy ("apps-htxoauth.wixstudio.com").
    ["mexcoauth.com", {}, "mexc", ["brand_embedded"], "danger", "Imitates MEXC's mexc.com: \"mexc\" joined to keywords in \"mexcoauth\" with the word \"oauth\"."],
    // A "www" written with v's among its w's is the web address a name dresses up as, disguised.
    ["wwvw-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"wwvw-ledger\" with the word \"wwvw\"."],
    // "www" with a w too many or a stray character in front (a campaign's "lwww-kraken.com", "jwww-kraken.com").
    ["jwww-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"jwww-ledger\" with the word \"jwww\"."],
    ["wwww-ledger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"wwww-ledger\" with the word \"wwww\"."],
    // What an exchange or a swap is, in the label of a brand that is a common word.
    ["krakenexchange.net", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"krakenexchange\" with \"exchange\"."],
    ["swapledger.io", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"swapledger\" with \"swap\"."],
    // The verified badge fake appeals offer and the job to apply for: lures beside an alias too.
    ["blue-badge-fb.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"blue-badge-fb\" with the word \"badge\"."],
    ["applyfb.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"applyfb\" with the word \"apply\"."],
    // A case's number run into the end is a tag, not the name's letters.
    ["verifyfb2291.pages.dev", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"verifyfb2291\" with the word \"verify\"."],
    // A short name with a case's number run into it, beside a lure as another word of the name.
    ["accountreview-fb1441.pages.dev", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"accountreview-fb1441\" with the word \"account\"."],
    // A fake appeal's case with its number run into the end: "case" is the lure there (alone, "metacase" is a word).
    ["wuqy-casefb428497.vercel.app", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"wuqy-casefb428497\" with the number \"428497\"."],
    // A few letters run into a common-word brand under a favoured TLD: a campaign's tag, as a warning.
    ["ledgerok.top", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledgerok\", under .top, a top-level domain phishers favour."],
    // A free offer is a lure: "coinbase" is "coin" and "base", real words that take a lure to be the brand.
    ["coinbaseoffers.com", {}, "coinbase", ["brand_embedded"], "danger", "Imitates Coinbase's coinbase.com: \"coinbase\" joined to keywords in \"coinbaseoffers\" with the word \"offers\"."],
    // Task scams offer a job of paid tasks: words beside a common-word brand, telling under a favoured TLD.
    ["applejobtasks.cc", {}, "apple", ["brand_embedded"], "warning", "Imitates Apple's apple.com: \"apple\" joined to keywords in \"applejobtasks\" with the word \"tasks\", under .cc, a top-level domain phishers favour."],
    // A brand whose name is real words ("meta" and "mask"), put together with another word under a favoured TLD: a campaign's name, a warning.
    ["metamaskcore.tk", {}, "metamask", ["brand_embedded"], "warning", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamaskcore\", under .tk, a top-level domain phishers favour."],
    // A brand coined from words, 8+ letters, beside whole words: no honest name runs on from it.
    ["metamaskcore.com", {}, "metamask", ["brand_embedded"], "warning", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamaskcore\"."],
    ["littlepancakeswap.com", {}, "pancakeswap", ["brand_embedded"], "warning", "Imitates PancakeSwap's pancakeswap.finance: \"pancakeswap\" inside \"littlepancakeswap\"."],
    // A brand of two words with another put between them, on a platform anyone can publish on: a warning.
    ["metaprojectmask.web.app", {}, "metamask", ["brand_embedded"], "warning", "Imitates MetaMask's metamask.io: \"metaprojectmask\" is \"metamask\" with \"project\" put between \"meta\" and \"mask\", on web.app, where anyone can publish a site."],
    ["claim-m3tapr0mask.web.app", {}, "metamask", ["brand_embedded"], "warning", "Imitates MetaMask's metamask.io: \"m3tapr0mask\" is \"metamask\" with \"pro\" put between \"meta\" and \"mask\", beside the word \"claim\"."],
    // Anywhere beside a word of the trade alone, which names what the brand deals in.
    ["metamaskcoin.com", {}, "metamask", ["brand_embedded"], "warning", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamaskcoin\"."],
    // A copyright complaint, the lure of fake appeals, beside a short alias that needs one.
    ["ig-copyrightform.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ig\" inside \"ig-copyrightform\" with the word \"copyrightform\"."],
    // Fake mining pools and wallets to reactivate: lures.
    ["coinbasepool.net", {}, "coinbase", ["brand_embedded"], "danger", "Imitates Coinbase's coinbase.com: \"coinbase\" joined to keywords in \"coinbasepool\" with the word \"pool\"."],
    ["metamaskreactivate.org", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" joined to keywords in \"metamaskreactivate\" with the word \"reactivate\"."],
    // A meeting's invitation, as phishers send them.
    ["googleinvite.com", {}, "google", ["brand_embedded"], "danger", "Imitates Google's google.com: \"google\" joined to keywords in \"googleinvite\" with the word \"invite\"."],
    // Coins beside a wallet's name, by name or ticker: XRP's "ripple".
    ["metamaskripple.club", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" joined to keywords in \"metamaskripple\" with the word \"ripple\"."],
    // An industry word run into it, as a hyphen would set it apart ("ledger-tech.cc"), and a few letters in front of another label.
    ["ledgertech.cc", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledgertech\", under .cc, a top-level domain phishers favour."],
    ["my.ledgerok.top", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"my.ledgerok\", under .top, a top-level domain phishers favour."],
    // Under such a TLD, any word beside it as a piece of its own (run into one, it is someone's compound: topledger.xyz, below).
    ["explore-ledger.online", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" inside \"explore-ledger\" with \"explore\", under .online, a top-level domain phishers favour."],
    // A lure beside a tool's name still tells.
    ["metamask-tracker-login.com", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamask-tracker-login\" with the word \"login\"."],
    ["kraken-home.world", {}, "kraken", ["brand_embedded"], "warning", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-home\" with the word \"home\", under .world, a top-level domain phishers favour."],
    ["paypal-delivery.com", {}, "paypal", ["brand_embedded"], "danger", "Imitates PayPal's paypal.com: \"paypal\" inside \"paypal-delivery\" with the word \"delivery\"."],
    ["verify-fb.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"verify-fb\" with the word \"verify\"."],
    ["binance.com.login-secure.xyz", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: the official domain binance.com with the words \"login\", \"secure\" placed in front of the unrelated domain login-secure.xyz."],
    ["binance-com.app", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance.com\" written as \"binance-com\"."],
    ["binancecom-login.com", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance.com\" without its dot inside \"binancecom-login\" with the word \"login\"."],
    ["binance-com.login-verify.xyz", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance.com\" written as \"binance-com\" with the words \"login\", \"verify\" placed in front of the unrelated domain login-verify.xyz."],
    ["secure-binance.net", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance\" inside \"secure-binance\" with the word \"secure\"."],
    ["binance.some-host.com", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance\" placed in front of the unrelated domain some-host.com."],
    // The official domain written whole in front of another is told first, whatever the registered name holds.
    ["binance.com.binance-login.xyz", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: the official domain binance.com with the word \"login\" placed in front of the unrelated domain binance-login.xyz."],
    // "finance" is the official domain's own ending here, not a word beside it.
    ["pancakeswap.finance.claim-airdrop.xyz", {}, "pancakeswap", ["brand_embedded"], "danger", "Imitates PancakeSwap's pancakeswap.finance: the official domain pancakeswap.finance with the words \"claim\", \"airdrop\" placed in front of the unrelated domain claim-airdrop.xyz."],
    ["www.binance.com.evil.xyz", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: the official domain binance.com placed in front of the unrelated domain evil.xyz."],
    ["bin-ance.com", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: the official domain binance.com written as bin-ance.com."],
    // Spelled out a letter at a time beside other words.
    ["v3-l-e-d-g-e-r.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" split as \"l-e-d-g-e-r\" in \"v3-l-e-d-g-e-r\" with the word \"v3\"."],
    // Under the official ending, hyphens alone stand between the address and the brand's, whatever words its parts are.
    ["led-ger.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: the official domain ledger.com written as led-ger.com."],
    ["metamaskfoundation.com", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" joined to keywords in \"metamaskfoundation\" with the word \"foundation\"."],
    ["binance-verfy.com", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance\" inside \"binance-verfy\" with the word \"verfy\"."],
    ["ledger-withdrawals.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-withdrawals\" with the word \"withdrawals\"."],
    ["myethe.rwallet.com", {}, "myetherwallet", ["brand_embedded"], "danger", "Imitates MyEtherWallet's myetherwallet.com: \"myetherwallet\" split across \"myethe.rwallet\"."],
    ["binancesupport.com", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance\" joined to keywords in \"binancesupport\" with the word \"support\"."],
    ["binance-airdrop.xyz", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance\" inside \"binance-airdrop\" with the word \"airdrop\"."],
    ["blnancelgin.com", {}, "binance", ["typo", "brand_embedded"], "danger", "Imitates Binance's binance.com: \"blnance\" is one typo away from \"binance\": \"l\" in place of \"i\" (letters of like shape); \"binance\" joined to keywords in \"blnancelgin\"."],
    ["ledgerwalet.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgerwalet\" with the word \"walet\"."],
    ["claim-ledgerfinance.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"claim-ledgerfinance\" with the words \"finance\", \"claim\"."],
    ["ledger-live.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-live\" with the word \"live\"."],
    ["ledger-start.netlify.app", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-start\" with the word \"start\"."],
    // A fake onboarding's greeting and a fake support line's number.
    ["welcome-ledger.netlify.app", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"welcome-ledger\" with the word \"welcome\"."],
    ["ledger-numbers.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-numbers\" with the word \"numbers\"."],
    // Lures of other languages: Spanish, French, Turkish, joined or as words of their own.
    ["ledger-soporte.net", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-soporte\" with the word \"soporte\"."],
    ["ledger-aktualizacja.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-aktualizacja\" with the word \"aktualizacja\"."],
    ["ledgersoporte.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" joined to keywords in \"ledgersoporte\" with the word \"soporte\"."],
    ["kraken-aide.fr", {}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's kraken.com: \"kraken\" inside \"kraken-aide\" with the word \"aide\"."],
    ["ledger-hotro.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-hotro\" with the word \"hotro\"."],
    ["instagram-destek.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"instagram\" inside \"instagram-destek\" with the word \"destek\"."],
    // Written with its accents, in a Unicode domain: read without them, named as written.
    ["ledger-sécurité.com", {}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's ledger.com: \"ledger\" inside \"ledger-sécurité\" with the word \"sécurité\"."],
  ],
  "aliases (abbreviations and product names) beside a lure": [
    // A short name run into a common word, with a lure as another word of the name.
    ["accountbadgesupport-igmedia.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ig\" inside \"accountbadgesupport-igmedia\" with the word \"account\"."],
    ["fbpage-notifications.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"fbpage-notifications\" with the word \"notifications\"."],
    ["ista-login.com", {}, "instagram", ["typo", "brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ista\" is one typo away from \"insta\": \"n\" left out after \"i\", beside the word \"login\"; \"insta\" inside \"ista-login\"."],
    // A short name run into a lure before it, as after it ("igappealform"): an invitation to join, an account to verify.
    ["verifyfb.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"verifyfb\" with the word \"verify\"."],
    // Or between two lures at a word's start.
    ["accountfbsupport.com", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"accountfbsupport\" with the word \"account\"."],
    ["joinig.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ig\" inside \"joinig\" with the word \"join\"."],
    ["verify-insta-page.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"insta\" inside \"verify-insta-page\" with the word \"verify\"."],
    ["ig-appeal.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ig\" inside \"ig-appeal\" with the word \"appeal\"."],
    // A photo or a profile to see, the lure of a social network's phishing.
    ["photosinsta.github.io", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"insta\" joined to keywords in \"photosinsta\" with the word \"photos\"."],
    ["igprofile.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ig\" inside \"igprofile\" with the word \"profile\"."],
    // An ads account, the lure of ad-account takeovers.
    ["ads-fb.co", {}, "facebook", ["brand_embedded"], "danger", "Imitates Facebook's fb.com: \"fb\" inside \"ads-fb\" with the word \"ads\"."],
    ["ig-securityalerts.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ig\" inside \"ig-securityalerts\" with the word \"securityalerts\"."],
    ["igappealform.com", {}, "instagram", ["brand_embedded"], "danger", "Imitates Instagram's instagram.com: \"ig\" inside \"igappealform\" with the word \"appeal\"."],
    ["global-iforgot.app", {}, "apple", ["brand_embedded"], "danger", "Imitates Apple's apple.com: \"iforgot\" inside \"global-iforgot\" with the word \"global\"."],
    ["\"Instagram Security\" <a@b.example>", {}, "instagram", ["display_name_claim"], "danger", "Imitates Instagram's instagram.com: the sender name \"Instagram Security\" claims \"instagram\", but a@b.example is not its address."],
  ],
  "TLD swaps": [
    // The free TLDs of Freenom (.tk, .ml, .ga, .cf, .gq) led phishing counts until 2023 and fill the blocklists still.
    ["ledger.ml", {}, "ledger", ["tld_swap"], "warning", "Imitates Ledger's ledger.com: \"ledger\" with .ml in place of .com, a top-level domain phishers favour."],
    ["ledger.mobi", {}, "ledger", ["tld_swap"], "warning", "Imitates Ledger's ledger.com: \"ledger\" with .mobi in place of .com, a top-level domain phishers favour."],
    // A common-word brand's official domain written whole with a country's code after it is dressed as a country's site.
    ["ledger.com.ar", {}, "ledger", ["tld_swap"], "danger", "Imitates Ledger's ledger.com: the official domain ledger.com with .ar after it."],
    ["binance.xyz", {}, "binance", ["tld_swap"], "danger", "Imitates Binance's binance.com: \"binance\" with .xyz in place of .com."],
    ["okx.net", {}, "okx", ["tld_swap"], "danger", "Imitates OKX's okx.com: \"okx\" with .net in place of .com."],
    ["app-le.com", {}, "apple", ["brand_embedded"], "danger", "Imitates Apple's apple.com: the official domain apple.com written as app-le.com."],
    ["ap.ple.com", {}, "apple", ["brand_embedded"], "danger", "Imitates Apple's apple.com: \"apple\" split as \"ap.ple\"."],
    // Cut at the domain's ending, which finishes the name.
    ["verify-whats.app", {}, "whatsapp", ["brand_embedded"], "danger", "Imitates WhatsApp's whatsapp.com: \"whatsapp\" split as \"whats.app\" at the domain's ending with the word \"verify\"."],
    ["ledger.xyz", {}, "ledger", ["tld_swap"], "warning", "Imitates Ledger's ledger.com: \"ledger\" with .xyz in place of .com, a top-level domain phishers favour."],
    // Under the generic TLDs opened since 2014 a famous name went first to its owner, then to squatters.
    ["ledger.trade", {}, "ledger", ["tld_swap"], "warning", "Imitates Ledger's ledger.com: \"ledger\" with .trade in place of .com, one of the generic top-level domains opened since 2014."],
    ["www.google.tools", {}, "google", ["tld_swap"], "warning", "Imitates Google's google.com: \"google\" with .tools in place of .com, one of the generic top-level domains opened since 2014."],
  ],
  "email senders": [
    ["binance.support@gmail.com", {}, "binance", ["brand_in_local_part"], "danger", "Imitates Binance's sender @binance.com: \"binance\" inside \"binance.support\" with the word \"support\" before @gmail.com, a free email provider."],
    // The provider is the brand's own, but anyone picks an address there.
    ["\"L\u0435dger\" <alerts@random.example>", {}, "ledger", ["display_name_claim"], "danger", "Imitates Ledger's ledger.com: the sender name \"L\u0435dger\" claims \"ledger\" in look-alike letters, but alerts@random.example is not its address."],
    // A common-word brand beside a lure of another language, written with its accents.
    ["\"Ledger Sécurité\" <alerts@random.example>", {}, "ledger", ["display_name_claim"], "danger", "Imitates Ledger's ledger.com: the sender name \"Ledger Sécurité\" claims \"ledger\", but alerts@random.example is not its address."],
    ["google.support@gmail.com", {}, "google", ["brand_in_local_part"], "danger", "Imitates Google's google.com: \"google\" inside \"google.support\" with the word \"support\" before @gmail.com, a free email provider."],
    ["\"Google\" <someone@gmail.com>", {}, "google", ["display_name_claim"], "warning", "Imitates Google's google.com: the sender name \"Google\" claims \"google\", but someone@gmail.com is not its address."],
    ["\"Coinbsae Support\" <help@random.example>", {}, "coinbase", ["display_name_claim"], "danger", "Imitates Coinbase's sender @coinbase.com: the sender name \"Coinbsae Support\" claims \"coinbase\" mistyped (\"coinbsae\" is one typo away from \"coinbase\": \"as\" swapped to \"sa\"), but help@random.example is not its address."],
    ["\"Bіnnance Security\" <alerts@random.example>", {}, "binance", ["display_name_claim"], "danger", "Imitates Binance's sender @binance.com: the sender name \"Bіnnance Security\" claims \"binance\" mistyped (\"binnance\" is one typo away from \"binance\": \"n\" doubled, in look-alike letters), but alerts@random.example is not its address."],
    ["\"Binance Security\" <alerts@random.example>", {}, "binance", ["display_name_claim"], "danger", "Imitates Binance's sender @binance.com: the sender name \"Binance Security\" claims \"binance\", but alerts@random.example is not its address."],
    ["\"Ledger\" <alerts@random.example>", {}, "ledger", ["display_name_claim"], "warning", "Imitates Ledger's ledger.com: the sender name \"Ledger\" claims \"ledger\", but alerts@random.example is not its address."],
    // The address names the brand too: made to pass for the organization's, as telling as a lure.
    ["\"Ledger\" <order@ledger-shop.net>", {}, "ledger", ["display_name_claim"], "danger", "Imitates Ledger's ledger.com: the sender name \"Ledger\" claims \"ledger\", but order@ledger-shop.net, whose domain names it too, is not its address."],
    ["support@blnance.com", {}, "binance", ["typo"], "danger", "Imitates Binance's sender @binance.com: \"blnance\" is one typo away from \"binance\": \"l\" in place of \"i\" (letters of like shape)."],
    ["@binance_helpdesk", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's X account @binance: \"binance\" inside \"binance_helpdesk\" with the word \"helpdesk\"."],
  ],
  "job and announcement scams": [
    ["https://www.linkedin.com/in/binance-recruiter", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's LinkedIn account company/binance: \"binance\" inside \"binance-recruiter\" with the word \"recruiter\"."],
    // t.me/binance_announcements is Binance's own channel in the sample registry.
    ["https://t.me/okx_announcements", {}, "okx", ["brand_embedded"], "danger", "Imitates OKX's Telegram account OKXOfficial_English: \"okx\" inside \"okx_announcements\" with the word \"announcements\"."],
  ],
  "capitals and full-width letters": [
    // A lone capital I beside small letters stands for an l; in a run of capitals it is an I.
    ["@PayPaI", {}, "paypal", ["homoglyph"], "danger", "Imitates PayPal's paypal.com: \"PayPaI\" looks like \"paypal\": \"I\" (U+0049 LATIN CAPITAL LETTER I) in place of \"l\"."],
    ["@BINANCE_SUPPORT", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's X account @binance: \"binance\" inside \"binance_support\" with the word \"support\"."],
    ["\"Ｂｉｎａｎｃｅ\" <x@random.example>", {}, "binance", ["display_name_claim"], "danger", "Imitates Binance's sender @binance.com: the sender name \"Ｂｉｎａｎｃｅ\" claims \"binance\" in look-alike letters, but x@random.example is not its address."],
    ["BINANCE.SUPPORT@gmail.com", {}, "binance", ["brand_in_local_part"], "danger", "Imitates Binance's sender @binance.com: \"binance\" inside \"binance.support\" with the word \"support\" before @gmail.com, a free email provider."],
  ],
  "what a link writes before its host": [
    // No browser visits the user name before "@": the link opens the host after it.
    ["https://binance.com@evil.example/login", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: the official domain binance.com written as the user name before \"@\" in a link that opens evil.example."],
    ["https://www.binance.com@185.23.1.9/", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"www.binance.com\" (the official domain binance.com) written as the user name before \"@\" in a link that opens 185.23.1.9."],
    ["https://accounts.binance.com:signin@evil.example/", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"accounts.binance.com\" (the official domain binance.com) written as the user name before \"@\" in a link that opens evil.example."],
    ["https://binance-support@evil.example/", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance\" inside \"binance-support\" with the word \"support\" before \"@\" in a link that opens evil.example."],
    ["https://binnance.com@evil.example/", {}, "binance", ["typo", "brand_embedded"], "danger", "Imitates Binance's binance.com: \"binnance\" is one typo away from \"binance\": \"n\" doubled; \"binance\" inside \"binnance.com\" before \"@\" in a link that opens evil.example."],
  ],
  "a common-word brand beside a login cut short, on platforms anyone can publish on": [
    ["ledger-logau.gitbook.io", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" beside \"logau\", a login cut short, on gitbook.io, where anyone can publish a site."],
    ["ledger-lloogeein.webflow.io", {}, "ledger", ["brand_embedded"], "warning", "Imitates Ledger's ledger.com: \"ledger\" beside \"lloogeein\", a login cut short, on webflow.io, where anyone can publish a site."],
  ],
  "official domains on platforms anyone can get a name on": [
    // An S3 bucket named binance.com: the official domain fills all but the platform's suffix.
    ["https://binance.com.s3.amazonaws.com/login.html", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: the official domain binance.com placed in front of s3.amazonaws.com, where anyone can get a name."],
  ],
  "pages whose host says nothing of who made them": [
    ["https://sites.google.com/view/metamask-support", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamask-support\" with the word \"support\" in a page anyone can publish on Google Sites (sites.google.com)."],
    ["https://chromewebstore.google.com/detail/metamask-wallet/nkbihfbeogaeaoehlefnkodbefgpgknn", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamask-wallet\" with the word \"wallet\" in a page anyone can publish on the Chrome Web Store (chromewebstore.google.com)."],
    ["https://contoso.sharepoint.com/sites/binance-kyc", {}, "binance", ["brand_embedded"], "danger", "Imitates Binance's binance.com: \"binance\" inside \"binance-kyc\" with the word \"kyc\" in a page anyone can publish on SharePoint (sharepoint.com)."],
    // No brand keeps its site on a bare IP address.
    ["http://185.23.1.9/metamask-wallet-restore/index.html", {}, "metamask", ["brand_embedded"], "danger", "Imitates MetaMask's metamask.io: \"metamask\" inside \"metamask-wallet-restore\" with the words \"wallet\", \"restore\" in a page on the bare address 185.23.1.9."],
    // The host is Google's own, the page whoever's published it.
    ["https://sites.google.com/view/google-account-recovery", {}, "google", ["brand_embedded"], "danger", "Imitates Google's google.com: \"google\" inside \"google-account-recovery\" with the words \"account\", \"recovery\" in a page anyone can publish on Google Sites (sites.google.com)."],
  ],
  "handles": [
    ["binance_support", {"platform": "x"}, "binance", ["brand_embedded"], "danger", "Imitates Binance's X account @binance: \"binance\" inside \"binance_support\" with the word \"support\"."],
    ["b1nance", {"platform": "x"}, "binance", ["homoglyph"], "danger", "Imitates Binance's X account @binance: \"b1nance\" looks like \"binance\": \"1\" (U+0031 DIGIT ONE) in place of \"i\"."],
    ["m3tam4sk.io", {}, "metamask", ["homoglyph"], "danger", "Imitates MetaMask's metamask.io: \"m3tam4sk\" looks like \"metamask\": \"3\" (U+0033 DIGIT THREE) in place of \"e\", \"4\" (U+0034 DIGIT FOUR) in place of \"a\"."],
    ["BinanceHelpDesk", {"platform": "telegram"}, "binance", ["brand_embedded"], "danger", "Imitates Binance's Telegram account binanceexchange: \"binance\" joined to keywords in \"binancehelpdesk\" with the word \"helpdesk\"."],
    ["binance.official", {"platform": "instagram"}, "binance", ["brand_embedded"], "danger", "Imitates Binance's Instagram account binance: \"binance\" inside \"binance.official\" with the word \"official\"."],
    ["kraken_support24", {"platform": "telegram"}, "kraken", ["brand_embedded"], "danger", "Imitates Kraken's X account krakenfx: \"kraken\" inside \"kraken_support24\" with the word \"support24\"."],
    ["real_ledger", {"platform": "telegram"}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's X account Ledger: \"ledger\" inside \"real_ledger\" with the word \"real\"."],
    ["therealledger", {"platform": "x"}, "ledger", ["brand_embedded"], "danger", "Imitates Ledger's X account Ledger: \"ledger\" joined to keywords in \"therealledger\" with the word \"thereal\"."],
    ["binanceexchange", {"platform": "x"}, "binance", ["brand_embedded"], "danger", "Imitates Binance's X account @binance: \"binance\" joined to keywords in \"binanceexchange\" with the word \"exchange\"."],
    ["binapce_support", {"platform": "telegram"}, "binance", ["typo", "brand_embedded"], "danger", "Imitates Binance's Telegram account binanceexchange: \"binapce\" is one typo away from \"binance\": \"p\" in place of \"n\", beside the word \"support\"; \"binance\" inside \"binapce_support\"."],
    ["krakenfx", {"platform": "instagram"}, "kraken", ["other_platform"], "warning", "Imitates Kraken's X account krakenfx: \"krakenfx\" is the name of its X account, but no registered account on Instagram."],
  ],
};

describe.each(Object.entries(CAUGHT))('catches %s', (_, cases) => {
  it.each(cases)('%s %j', (input, options, slug, reasons, severity, explanation) => {
    const answer = check(index, input, options);
    expect(answer.verdict).toBe('lookalike');
    expect(answer.organization?.slug).toBe(slug);
    const [match] = answer.matches;
    expect(match).toMatchObject({ organization: { slug }, reasons, severity, explanation });
    expect(match!.score).toBeGreaterThan(0.5);
    expect(match!.score).toBeLessThan(1);
    expect(answer.message).toContain(explanation);
  });
});

/** Inputs close to a brand that imitate nobody, or that the organization owns or declared. */
const LEFT_ALONE: Array<[string, ParseOptions, string]> = [
  ['finance.com', {}, 'a common word one letter from "binance"'],
  ['yahoo-finance.com', {}, 'a common word inside another name'],
  ['finance.yahoo.com', {}, 'a common word as a subdomain'],
  ['binary.com', {}, 'two letters from "binance", below the floor for 7 letters'],
  ['bianca.com', {}, 'a name two edits away'],
  ['okta.com', {}, 'a short brand (okx) is matched whole only'],
  ['tokxyz.com', {}, 'a short brand inside another word'],
  ['leger.ca', {}, 'a frequent word of another language (French "léger") one letter from "ledger"'],
  ['leger-login.com', {}, 'another language\'s word is no typo of a brand, lure or not, as an English word is not'],
  ['ledger-rs.github.io', {}, 'a common-word brand beside stray letters on a platform anyone can publish on: a port of a project'],
  ['ledger-cli.org', {}, 'a common-word brand beside a program\'s kind (a command-line tool): a project built on the word'],
  ['mexcgotchi.com', {}, 'a four-letter name beside letters that are no word ("gotchi" is no "got" and "chi")'],
  ['mexcotl.com', {}, 'a four-letter name beside letters that are no word'],
  ['mexcabcde.top', {}, 'a four-letter name beside more letters of no word than a campaign\'s tag, under a favoured TLD'],
  ['ledgrtechnologies.com', {}, 'a brand mistyped beside real words, with no lure among them and nothing telling in the domain'],
  ['hotwhatsap.com', {}, 'a brand mistyped beside a real word, alone in the name'],
  ['ledger-logau.com', {}, 'a common-word brand beside a login cut short, on a domain of its own'],
  ['ledger-logger.gitbook.io', {}, 'a common-word brand beside a logger, software\'s own word'],
  ['ledger-logbook.gitbook.io', {}, 'a common-word brand beside "log" and a word'],
  ['ledgrapes.xyz', {}, 'a brand mistyped beside real words, but a word ("grapes") is written across the cut'],
  ['mexconnect.com', {}, 'a lure ("connect") written whole with the brand\'s last letter: no brand with a lure mistyped'],
  ['ledger-grupo.com', {}, 'a common-word brand beside "group" in another language: a word, no lure'],
  ['igmedia-group.com', {}, 'a short name run into a common word, with no lure beside: a name of its own'],
  ['coin.com', {}, 'a generic word'],
  ['coindesk.com', {}, 'a generic word with another'],
  ['crypto-news.com', {}, 'the generic label of crypto.com'],
  ['cryptoslate.com', {}, 'the generic label of crypto.com inside a name'],
  ['crypto.xyz', {}, 'the generic label of crypto.com under another ending'],
  ['ledger.io', {}, 'a brand that is a common word, under another ending'],
  ['"ledger" <alerts@random.example>', {}, 'a sender name that is a common word written as a word, not as the brand\'s name'],
  ['led.ger.com', {}, 'a brand that is a common word, cut into common words ("led", "ger"), without a lure'],
  ['led-ger.net', {}, 'likewise cut by a hyphen, under another ending'],
  ['app-liv.jp', {}, 'two pieces joined ("appliv", two typos from "apple"), where the only lure is one of them: no evidence beside them'],
  ['ledger-labs.com', {}, 'a common-word brand beside a word naming an organization, which is no lure'],
  ['apprentice.org', {}, 'a dictionary word, not a brand with keywords cut off ("appre" beside "ntice", a misspelled "notice")'],
  ['appliances.net', {}, 'likewise ("app" cut off "liances", two letters from "binance")'],
  ['goggles.de', {}, 'likewise ("go" cut off "ggles")'],
  ['pineapple-help.com', {}, 'a brand inside a longer dictionary word ("apple" in "pineapple"), even beside a lure'],
  ['instant-support.com', {}, 'likewise ("insta" in "instant")'],
  ['acknowledgement-support.com', {}, 'a name found only through half a letter: the "m" of "acknowledgement" reads "rn", but it holds no "ledger"'],
  ['"Acknowledgement Team" <x@y.example>', {}, 'likewise in a sender name'],
  ['"Pineapple Support" <x@y.example>', {}, 'a brand inside a dictionary word of a sender name ("apple" in "Pineapple")'],
  ['financelogin.com', {}, 'a real word with a keyword joined is those two words ("finance" and "login"), not "financel", two letters from "binance"'],
  ['googledlogin.com', {}, 'likewise ("googled" and "login"), not "google" beside a misspelled "dlogin"'],
  ['whalesapp.com', {}, 'likewise ("whales" and "app"), not two edits from "whatsapp"'],
  ['jointhecaptainstable.com', {}, 'a name whose letters straddle two words ("insta" across "captain" and "stable", or "captains" and "table") is those words\' letters, lure beside or not'],
  ['winstaronlinegaming.com', {}, 'likewise ("insta" across "wins" and "taro")'],
  ['hledger.org', {}, 'a letter put in front of a brand that is a common word makes another name (hledger, an accounting tool), without evidence around it'],
  ['ledge.review-olive.com', {}, 'part of a dictionary word taken across a dot ("ledge.review" holds no "ledger", "olive" no lure "live")'],
  ['hyperventilating.mail-goose.com', {}, 'likewise ("hyperventilating.mail" holds no "gmail")'],
  ['crypto.top', {}, 'an industry word that names a brand (crypto.com), even under a TLD phishers favour'],
  ['ledger-news.com', {}, 'a common-word brand without a lure'],
  ['identitygateway-ledger.com', {}, 'likewise: words run together holding no long lure'],
  ['ledger-logic.com', {}, 'a real word one letter off a lure ("login") is that word'],
  ['ledgerlogic.com', {}, 'likewise joined'],
  ['www.metatask.com', {}, 'real words one letter from a brand behind "www", the label hosts are written with (only "www" run into the name lures)'],
  ['phantom.com', {}, 'a common word'],
  ['kraken.io', {}, 'a common-word brand (kraken.com) under another ending'],
  ['ledger.net', {}, 'a common-word brand under an older generic TLD, where namesakes abound'],
  ['ldgr.com', {}, 'a brand without its vowels and nothing else telling: a name may be shortened so honestly'],
  ['ledger-log.com', {}, 'a common-word brand beside "log", a login cut short but no lure: a ledger\'s log'],
  ['meta-mast.com', {}, 'a brand cut apart with a letter slipped, where both pieces are words of their own ("meta", "mast")'],
  ['ledger.de', {}, 'likewise under a country\'s code'],
  ['metamask-docs.example', {}, 'declared legitimate by MetaMask'],
  ['help.metamask-docs.example', {}, 'a subdomain of a declared legitimate lookalike'],
  ['www.example.org', {}, 'the organization\'s own domain, outside its declared coverage'],
  ['news@mail.binance.com', {}, 'an unregistered sender on the organization\'s own domain'],
  ['"Ledger Nano fans" <club@example.net>', {}, 'a common-word brand in a sender name without a lure'],
  ['someone@gmail.com', {}, 'a free-mail address with no brand'],
  ['news@google.com', {}, 'an unregistered sender on the organization\'s own domain, which is no free email provider'],
  ['@phantom', { platform: 'x' }, 'a common word as a handle'],
  ['@financenews', { platform: 'telegram' }, 'a common word with another'],
  ['random-site.example', {}, 'nothing like any brand'],
  ['fb-news.com', {}, 'a two-letter brand without a lure'],
  ['fb.xyz', {}, 'a two-letter brand under another ending'],
  ['paypay.com', {}, 'the last letter of "paypal" changed for one neither beside it nor like it: a new name'],
  ['binancx.com', {}, 'likewise for "binance"'],
  ['metatask.io', {}, 'real words put together, one letter from "metamask", without a lure'],
  ['metatask-news.com', {}, 'the same beside a word that is no lure'],
  ['metamako.com', {}, 'two edits from "metamask" (8 letters) that change its ending: a new name'],
  ['metasmas.com', {}, 'two edits from "metamask" that change its last letter'],
  ['insta.xyz', {}, 'an alias alone'],
  ['topledger.xyz', {}, 'a common-word brand run into a word, under a TLD phishers favour'],
  ['ledger-tutorial.github.io', {}, 'a common-word brand beside a word, on a platform anyone can publish on'],
  ['ista.com', {}, 'an alias counted only beside a lure, mistyped, with nothing else around it'],
  ['instacart.com', {}, 'an alias inside another name, without a lure'],
  ['insta360.com', {}, 'an alias with a number: a product name'],
  ['phantom3d.com', {}, 'a common-word brand before a number that starts a word ("3d"): no number run into the brand'],
  ['phantom4k.com', {}, 'likewise ("4k")'],
  ['contained-ledger.com', {}, 'a lure of another language inside a word ("contained" holds no "conta", Portuguese for account): such lures count as words only'],
  ['insta-news.com', {}, 'an alias beside a word that is no lure'],
  ['ig-photography.com', {}, 'an alias beside a joined word with no lure in it'],
  ['binapce.com', {}, 'a consonant changed for an unrelated one, with nothing else around it: another name'],
  ['metacask.com', {}, 'likewise, "c" for "m"'],
  ['metacask.link', {}, 'likewise under .link, where short-link and file-sharing services are: no lure there'],
  ['bínapce.com', {}, 'likewise, in a name with an accent: the digits of its ASCII form (xn--binapce-…) are no evidence'],
  ['"Binnance" <alerts@random.example>', {}, 'a sender name one typo from a brand, with no lure beside it: someone\'s name'],
  ['xbinace.com', {}, 'a second edit that changes the first letter, with nothing else around it'],
  ['mecx.com', {}, 'a swap in a name of 4 letters, with nothing else around it'],
  ['aypal.com', {}, 'the first letter of a name of 5–6 letters left out, with nothing else around it: another site\'s name more often than a slip'],
  ['oogle.com', {}, 'likewise for "google"'],
  ['foogle.com', {}, 'the first letter changed for one of unlike shape, likewise'],
  ['cryptio.co', {}, 'a typo of a short industry word named as a brand (crypto.com\'s "crypto"), with nothing else around it: another name built on the word'],
  ['cryptii.com', {}, 'likewise, with a letter repeated'],
  ['espresso-ledger.com', {}, 'a lure inside a dictionary word ("sso" of "espresso") is no lure'],
  ['ledger.gov.uk', {}, 'a name under a suffix only public bodies may register under'],
  ['okxlabs.com', {}, 'a three-letter name run into a keyword that is no lure: other companies\' names are built so (HTX Labs)'],
  ['python-binance.readthedocs.io', {}, 'a brand beside a programming language, with no lure: a library for its API'],
  ['python3-binance.readthedocs.io', {}, 'likewise with the language\'s version run into its name'],
  ['django-paypal.readthedocs.io', {}, 'likewise beside a web framework'],
  ['whatsoninstagram.com', {}, 'words then "on" before a brand: a guide to what is on the platform, naming it as a place'],
  ['whats-on-instagram.com', {}, 'likewise with hyphens, not "oninstagram" cut apart'],
  ['kijkenopinstagram.nl', {}, 'a guide\'s "on" in Dutch ("kijken op", watch on), after a word of that language'],
  ['films-sur-instagram.fr', {}, 'likewise in French'],
  ['crypto-news-ads.site', {}, 'an industry word named as a brand beside its news and ads: what the site is about'],
  ['whatap.io', {}, 'a name\'s doubled letter written once and another left out: two of its letters lost, a second edit that needs evidence (WhaTap, a monitoring service)'],
  ['claim-metaprojectmask.com', {}, 'a brand of two words with another put between them off a platform anyone can publish on, even beside a lure: words put together'],
  ['instagramers.com', {}, 'a brand made its users\' noun ("instagramers", "youtuber"): the people who post there, not the platform'],
  ['stealthinstagrammer.com', {}, 'likewise with the last letter doubled, ending a word run into another'],
  ['dark-facebook.fandom.com', {}, 'a fans\' wiki on Fandom, named after what it covers, beside no lure'],
  ['pyramid-facebook.readthedocs.org', {}, 'a project\'s documentation at Read the Docs\' former address, beside no lure'],
  ['binance.readthedocs.io', {}, 'a brand\'s name as a project\'s documentation, on a host that publishes nothing else: what its code works with'],
  ['pypaypal.readthedocs.io', {}, 'likewise run into a language\'s short name'],
  ['binance-connector-download.readthedocs.io', {}, 'likewise beside words software is named with, lures elsewhere'],
  ['kraken-tales.webflow.io', {}, 'a common-word brand beside a word that is no keyword nor industry word, even on a platform anyone can publish on'],
  ['ledge-rock.com', {}, 'a common-word brand across a separator into a word of the dictionary ("rock"): that word\'s letters'],
  ['paypal4j.org', {}, 'likewise with the "4j" Java libraries take'],
  ['docs.python-paypal.org', {}, 'likewise with the project\'s own documentation, whose "docs" is no lure there'],
  ['binance-python.org', {}, 'likewise'],
  ['paypal-login.ac.uk', {}, 'likewise for universities, even beside a lure'],
  ['paypal.com.evil.gouv.fr', {}, 'likewise an official domain in front of such a name'],
  ['gmail.com.secure.edu', {}, 'likewise under .edu'],
  ['metacsak.io', {}, 'a swap and a consonant changed for an unrelated one, with nothing else around it'],
  ['coinbased.com', {}, 'a letter added after a long name that spells real words with it ("coin based")'],
  ['metatask.xyz', {}, 'real words put together under a TLD phishers favour: only a lure beside them counts'],
  ['coinbased.xyz', {}, 'an added last letter is a new name, whatever the TLD'],
  ['coin-garden-base.com', {}, 'words joined back across a word that is no keyword'],
  ['igniteform.com', {}, 'a short name run into a word that is no lure'],
  ['ledgers.com', {}, 'a common-word brand made plural, alone'],
  ['krakenindia.com', {}, 'a country beside a common-word brand is cut off, but no lure'],
  ['blog.fb-news.com', {}, 'a two-letter brand with no lure anywhere in the host'],
  ['https://user:pass@random-site.example/', {}, 'a user name and password that name no brand'],
  ['https://ledger@random-site.example/', {}, 'a common-word brand as a link\'s user name, without a lure'],
  ['https://sites.google.com/view/ledger', {}, 'a common-word brand as the name of a page anyone can publish, without a lure'],
  ['https://docs.google.com/forms/d/e/1FAIpQLSdXyz/viewform', {}, 'a form anyone can publish, named by an id'],
  ['http://185.23.1.9/ledger/', {}, 'a common-word brand as a page name on a bare address, without a lure'],
  ['cryptocurrencyalerting.com', {}, 'an industry\'s word run into a lure, not Crypto.com\'s name: "cryptocurrency" holds "crypto"'],
  ['ledgerbooks.top', {}, 'a common-word brand run into a word, under a favoured TLD: real words put together'],
  ['instagram-downloader.com', {}, 'a brand beside a tool\'s name and no lure: a third party\'s tool for it'],
  ['myetpwallet.com', {}, 'three edits in one block of a name built of words ("my" and "wallet" kept): another name of the same build'],
  ['myetherethwallet.com', {}, 'three letters added in one place of a long name ("eth"): a word put into it, not the name garbled'],
  ['paypal-converter.com', {}, 'a brand beside a tool\'s name and no lure: a third party\'s tool for it'],
  ['ledgertech.com', {}, 'a common-word brand run into an industry word under a TLD phishers do not favour'],
  ['crypt-id.com', {}, 'two edits from an industry word of under 10 letters ("cryptid" beside "crypto"): the floors give it one'],
  ['coinbased.xyz', {}, 'a brand made of real words with a letter run into it that makes another word, under a favoured TLD'],
  ['sgcrypto.info', {}, 'an industry\'s word as a brand with a few letters run into it, under a favoured TLD: Crypto.com\'s "crypto" names too much else'],
  ['ledgerok.com', {}, 'a common-word brand with a few letters run into it, under a TLD phishers do not favour'],
  ['ledgers.top', {}, 'a common-word brand made plural under a favoured TLD: a word of its own'],
  ['ledgerx.top', {}, 'a common-word brand with one letter run into it under a favoured TLD: a new name, as one letter makes'],
  ['email.t-online.de', {}, 'a stray letter beside a word that takes it no closer to a brand: "email.t" is no nearer Gmail than "email"'],
  ['ledger.stackexchange.com', {}, 'a common-word brand in front of a site whose own name holds "exchange": a lure only in the brand\'s label'],
  ['apple.stackexchange.com', {}, 'a common-word brand in front of one of the web\'s most visited sites, whose sections are named with words'],
  ['ledger.github.io', {}, 'a common-word brand in front of a platform anyone can publish on: the publisher\'s own choice of name'],
  ['ledger.dbca.wa.gov.au', {}, 'a common-word brand in front of a public body\'s domain, under a state\'s label of a reserved suffix'],
];

describe('leaves alone', () => {
  it.each(LEFT_ALONE)('%s %j (%s)', (input, options) => {
    const answer = check(index, input, options);
    expect(answer.matches).toEqual([]);
    expect(['not_official', 'official']).toContain(answer.verdict);
  });

  it('reads real words put together as those words, not one of them with a lure mistyped', () => {
    // "plannerbridge" is "planner" and "bridge" (a lure), not "planne" (two letters from Plafe) and "rbridge".
    const crowded = withDomains(['plafe', 'plafe.co.uk']);
    expect(check(crowded, 'https://plannerbridge.com/account/verify').matches).toEqual([]);
  });

  it('reads real words put together, or one with a keyword joined, as those words in a crowded registry', () => {
    // Each comes a letter or two from a registered name only through a keyword cut off, a repeat read
    // free or the skeleton's "rn" for "m" ("master" is "rnaster" there, a letter from "raster").
    const crowded = withDomains(['raster', 'raster-app.io'], ['likeal', 'likeal.io'], ['siregio', 'siregio.org'], ['votel', 'votel.app'], ['borok', 'borok.com'], ['rabox', 'rabox.com']);
    for (const input of ['masterapp.com', 'likeapp.com', 'dropsprevious.net', 'useborrow.net', 'gottabox.net', 'votelogin.com', 'vote-login.com']) {
      expect(check(crowded, input).matches, input).toEqual([]);
    }
    // The names themselves, mistyped or beside a lure, still are.
    for (const input of ['rastterapp.com', 'votel-login.com', 'votellogin.com']) expect(check(crowded, input).verdict, input).toBe('lookalike');
  });

  it('reads no word as both a name mistyped and the lure beside it', () => {
    // Microsoft's "teams" is a meeting's lure too: "trams" is one letter from it, but is the word read as the name.
    const microsoft = indexOf({ organizations: [{ slug: 'microsoft', name: 'Microsoft', aliases: ['teams'], channels: [{ kind: 'domain', value: 'microsoft.com' }] }] });
    for (const input of ['trams.com', 'teads.com', 'eteams.cn', 'teamx.fun']) expect(check(microsoft, input).matches, input).toEqual([]);
    // Beside another lure it counts, and the explanation names that lure, not the word itself.
    expect(toldBy(microsoft)('teamz-login.com')).toEqual([['microsoft', ['typo', 'brand_embedded'], 'danger', "Imitates Microsoft's microsoft.com: \"teamz\" is one typo away from \"teams\": \"z\" in place of \"s\" (a neighbouring key), beside the word \"login\"; \"teams\" inside \"teamz-login\"."]]);
  });

  it("reads a site named after its owner's e-mail address as naming the address's mail provider, not posing as it", () => {
    const google = indexOf({ organizations: [{ slug: 'google', name: 'Google', channels: [{ kind: 'domain', value: 'google.com' }, { kind: 'domain', value: 'gmail.com' }] }] });
    // Shopify and Vercel name a new store or team after the address it was opened with.
    for (const input of ['arthurbtabone-gmail-com.myshopify.com', 'elite-ird7brxf8-itssanv-gmailcom.vercel.app']) expect(check(google, input).matches, input).toEqual([]);
    // A lure beside it, the address's domain alone, or one off a platform still tells.
    for (const input of ['support-gmail-com.vercel.app', 'gmail-com.vercel.app', 'arthurbtabone-gmail-com.shop']) expect(check(google, input).verdict, input).toBe('lookalike');
  });

  it('reads a long name whose first word another replaces, its first letter changed, as a new name, but beside what the domain shows', () => {
    const names = withDomains(['netflix', 'netflix.com'], ['uniswap', 'uniswap.org']);
    // "bet" and "get" for netflix's "net": names built on "flix" ("betflix", "getflix", a VPN).
    for (const input of ['betflix.org', 'getflix.com']) expect(check(names, input).matches, input).toEqual([]);
    for (const input of ['getflix-login.com', 'betflix4.com', 'yniswap.co']) expect(check(names, input).verdict, input).toBe('lookalike');
  });

  it('reads a letter added after a name as a new name, but beside what the domain shows as the name mistyped', () => {
    const names = withDomains(['amazon', 'amazon.com'], ['kraken', 'kraken.com'], ['coinbase', 'coinbase.com']);
    const told = toldBy(names);
    // Alone, "krakend" and "amazone" are names of their own (an API gateway, a word of other languages).
    for (const input of ['krakend.com', 'amazone.de', 'amazonm.com']) expect(check(names, input).matches, input).toEqual([]);
    expect(told('amazonm.cyou')).toEqual([['amazon', ['typo'], 'danger', "Imitates Amazon's amazon.com: \"amazonm\" is one typo away from \"amazon\": an extra \"m\" after \"amazon\", under .cyou, a top-level domain phishers favour."]]);
    expect(check(names, 'krakenf.vip').verdict).toBe('lookalike');
    // Not where the letter makes real words of the name ("coin", "based"), whatever the domain shows.
    expect(check(names, 'coinbased.xyz').matches).toEqual([]);
  });

  it('reads no keyword inside a longer word that starts before it, but one starting a word made of it', () => {
    const names = withDomains(['netflix', 'netflix.com'], ['blockchain', 'blockchain.com']);
    const told = toldBy(names);
    // "earn" of "learning", "care" of "healthcare" are those words' letters.
    expect(told('languagelearningwithnetflix.com')).toEqual([['netflix', ['brand_embedded'], 'warning', "Imitates Netflix's netflix.com: \"netflix\" inside \"languagelearningwithnetflix\"."]]);
    expect(check(names, 'blockchainhealthcaretoday.com').matches).toEqual([]);
    // Nor a keyword an "m" makes, read as "rn" ("earn" of "stream").
    expect(told('netflixstream.com')).toEqual([['netflix', ['brand_embedded'], 'warning', "Imitates Netflix's netflix.com: \"netflix\" inside \"netflixstream\"."]]);
    // "authorized" is "auth" made another word, still its lure.
    expect(told('netflixauthorized.com')).toEqual([['netflix', ['brand_embedded'], 'danger', "Imitates Netflix's netflix.com: \"netflix\" inside \"netflixauthorized\" with \"auth\"."]]);
  });

  it('reads a number between letters as a word of its own, but digits that pass for letters as the letters', () => {
    const names = indexOf({ organizations: [{ slug: 'telegram', name: 'Telegram', aliases: ['tg'], channels: [{ kind: 'domain', value: 'telegram.org' }] }, { slug: 'microsoft', name: 'Microsoft', aliases: ['outlook', 'office 365'], channels: [{ kind: 'domain', value: 'microsoft.com' }] }] });
    const told = toldBy(names);
    // A tag or a count run into words ("67", "21", "2813") stands between words.
    expect(told('y67telegrm21senju33.pages.dev')).toEqual([['telegram', ['typo', 'brand_embedded'], 'danger', "Imitates Telegram's telegram.org: \"telegrm\" is one typo away from \"telegram\": \"a\" left out after \"telegr\"; \"telegram\" inside \"y67telegrm21senju33\"."]]);
    expect(check(names, 'tg2813portal.com').verdict).toBe('lookalike');
    // Pieces cut at a number were never apart: "office365" is written whole, not split.
    expect(told('office365atwork.com')).toEqual([['microsoft', ['brand_embedded'], 'warning', "Imitates Microsoft's microsoft.com: \"office365\" inside \"office365atwork\"."]]);
    // "00" passes for "oo": the word is read whole, with its digits as letters.
    expect(check(names, 'ouotl00k.com').matches.map((m) => m.organization.slug)).toEqual(['microsoft']);
  });

  it('reads a name of 4 letters two edits from a brand as a word of its own, its doubled letter written once counting as one', () => {
    const names = withDomains(['apple', 'apple.com'], ['whatsapp', 'whatsapp.com']);
    // "alle" writes apple's doubled "p" once and changes the other: two edits, in a word of German and Danish.
    for (const input of ['alle.com', 'alle-noten.de', 'apla.mk', 'whatsup.org.il']) expect(check(names, input).matches, input).toEqual([]);
    // One edit still counts ("appe"), and a longer piece two edits off beside what the domain shows.
    for (const input of ['appe-cloud.life', 'whatssup-login.com']) expect(check(names, input).verdict, input).toBe('lookalike');
  });

  it('reads a name of five letters three edits away as written as a word of its own', () => {
    const names = withDomains(['apple', 'apple.com'], ['huobi', 'huobi.com'], ['kraken', 'kraken.com']);
    // "hobbii" (Danish for hobby) repeats letters of a typo of huobi; "baffle" changes three of apple's.
    for (const input of ['hobbii.dk', 'bafflesol.com', 'atlleq3.com']) expect(check(names, input).matches, input).toEqual([]);
    // A longer name keeps enough letters for three ("kraakeini" beside a lure on a platform).
    expect(check(names, 'kraakeinilogin.webflow.io').verdict).toBe('lookalike');
  });

  it("reads three x's as an adult site's mark, not a name's x repeated", () => {
    const names = withDomains(['okx', 'okx.com'], ['x', 'x.com']);
    for (const input of ['okxxx.club', 'xxxcom.co']) expect(check(names, input).matches, input).toEqual([]);
    expect(check(names, 'okxx.top').verdict).toBe('lookalike');
  });

  it('reads a short alias that is a common word, mistyped, as the alias only beside a lure', () => {
    const microsoft = indexOf({ organizations: [{ slug: 'microsoft', name: 'Microsoft', aliases: ['teams'], channels: [{ kind: 'domain', value: 'microsoft.com' }] }] });
    // A favoured TLD, a platform or digits are any word's surroundings: "teamhr" is a team's HR.
    for (const input of ['teamhr.xyz', 'temms.live', 'teamvk.github.io', 'team17.com']) expect(check(microsoft, input).matches, input).toEqual([]);
    expect(check(microsoft, 'teamz-login.com').verdict).toBe('lookalike');
  });

  it('reads another letter in place of the one before a word in a name so made as another name, even beside a lure', () => {
    const names = indexOf({ organizations: [{ slug: 'apple', name: 'Apple', aliases: ['icloud'], channels: [{ kind: 'domain', value: 'apple.com' }, { kind: 'domain', value: 'icloud.com' }] }, { slug: 'google', name: 'Google', channels: [{ kind: 'domain', value: 'gmail.com' }] }] });
    // "jdcloud", "9cloud", "25mail", "cloud9": names built on the word, whatever the domain shows.
    for (const input of ['jdcloud.com', '9cloud.us', 'incloud.it', '25mail.st', 'm9mail.com', 'cloud9.software', 'mail1.io']) expect(check(names, input).matches, input).toEqual([]);
    // Cut after its letter, the name is a word's last letter and the word after ("wifi-cloud"); the letter alone is cut on purpose.
    expect(check(names, 'wifi-cloud.jp').matches).toEqual([]);
    expect(check(names, 'dispositivo-i-cloud.us').verdict).toBe('lookalike');
    // Beside a lure too: such names are built with any word ("cdngcloud", "securecloud2", "mymailaccount", "usmail24").
    for (const input of ['hcloud-login.com', 'cdngcloud.com', 'securecloud2.com', 'mymailaccount.co.uk', 'usmail24.com']) expect(check(names, input).matches, input).toEqual([]);
    // The letter of like shape or the letter doubled still tells.
    for (const input of ['lcloud-help.cc', 'iicloud.com', 'lcloud-login.com']) expect(check(names, input).verdict, input).toBe('lookalike');
  });

  it('reads an alias that words start with, run on into words, as the brand only beside a sign-in or a media lure', () => {
    const instagram = indexOf({ organizations: [{ slug: 'instagram', name: 'Instagram', aliases: ['insta'], channels: [{ kind: 'domain', value: 'instagram.com' }] }] });
    // "insta" starts "instant" and "install": names are built so ("instabridge", an app; "instacare", a clinic).
    for (const input of ['instabridge.com', 'instacare.pk', 'instalink.io']) expect(check(instagram, input).matches, input).toEqual([]);
    for (const input of ['instasupport.com', 'instaaccount.xyz', 'instaprofile.com', 'photosinsta.github.io']) expect(check(instagram, input).verdict, input).toBe('lookalike');
  });

  it("reads a fake appeal's case as a lure beside a short name only with the case's number run into it", () => {
    const meta = indexOf({ organizations: [{ slug: 'facebook', name: 'Facebook', channels: [{ kind: 'domain', value: 'fb.com' }, { kind: 'domain', value: 'meta.com' }] }] });
    // Alone, "metacase" (a modelling tool) and "casefb" are words beside the name.
    for (const input of ['metacase.com', 'casefb.com']) expect(check(meta, input).matches, input).toEqual([]);
    for (const input of ['metacase258177-fbrwvg.vercel.app', 'casefb035129-qk9w.vercel.app']) expect(check(meta, input).verdict, input).toBe('lookalike');
  });

  it('reads a brand named as a project whose name another held, with the tag the platform added, as the brand', () => {
    const names = withDomains(['amazon', 'amazon.com'], ['phantom', 'phantom.app']);
    const told = toldBy(names);
    // Cloudflare Pages adds three random characters to a name already taken, Vercel a Greek letter's name.
    expect(told('amazon-6pc.pages.dev')).toEqual([['amazon', ['brand_embedded'], 'warning', "Imitates Amazon's amazon.com: \"amazon\" inside \"amazon-6pc\" with \"6pc\", the tag the platform adds to a name another project holds, on pages.dev, where anyone can publish a site."]]);
    expect(check(names, 'phantom-phi.vercel.app').verdict).toBe('lookalike');
    // A word is the name's own second word; elsewhere, or in a longer name, such letters are no platform's tag.
    for (const input of ['amazon-dev.pages.dev', 'amazon-6pc.github.io', 'amazon-river-6pc.pages.dev', 'phantom-tau.netlify.app']) expect(check(names, input).matches, input).toEqual([]);
  });

  it("reads a name cut at the domain's ending only after another word, and no official name before its own ending so", () => {
    const names = withDomains(['instagram', 'instagram.com'], ['crypto-com', 'crypto.com'], ['apple', 'icloud.com']);
    // "instagr.am" alone is the organization's own short address; "j-crypto.com" is crypto.com's name under its own ending.
    for (const input of ['instagr.am', 'j-crypto.com', 'sci-fi.cloud']) expect(check(names, input).matches.filter((m) => m.reasons.includes('brand_embedded')), input).toEqual([]);
    expect(toldBy(names)('support-i.cloud')).toEqual([['apple', ['brand_embedded'], 'danger', "Imitates Apple's icloud.com: \"icloud\" split as \"i.cloud\" at the domain's ending with the word \"support\"."]]);
    // With no lure beside it, a warning.
    expect(check(names, '8qq-i.cloud').matches.map((m) => m.severity)).toEqual(['warning']);
  });

  it('reads a domain joined with its ending as that domain, unless the ending runs on into a word', () => {
    const curve = withDomains(['curve', 'curve.fi']);
    const told = toldBy(curve);
    // "mycurvefit" is "my", "curve" and "fit"; "curvefinetworks" is curve.fi and "networks".
    expect(check(curve, 'mycurvefit.com').matches).toEqual([]);
    expect(told('curvefinetworks.com')).toEqual([['curve', ['brand_embedded'], 'danger', "Imitates Curve's curve.fi: \"curve.fi\" without its dot joined to keywords in \"curvefinetworks\" with the word \"networks\"."]]);
  });

  it('reads a brand named by a rare four-letter word under a favoured or newer TLD, not a frequent one', () => {
    // "lido" is in the rarer half of the word list, "gate" among its most frequent words.
    const short = withDomains(['lido', 'lido.fi'], ['gate', 'gate.io']);
    const told = toldBy(short);
    expect(told('lido.top')).toEqual([['lido', ['tld_swap'], 'warning', "Imitates Lido's lido.fi: \"lido\" with .top in place of .fi, a top-level domain phishers favour."]]);
    expect(told('lido.diamonds')).toEqual([['lido', ['tld_swap'], 'warning', "Imitates Lido's lido.fi: \"lido\" with .diamonds in place of .fi, one of the generic top-level domains opened since 2014."]]);
    for (const input of ['gate.top', 'gate.diamonds', 'lido.com', 'lido.de']) expect(check(short, input).matches, input).toEqual([]);
  });

  it('reads a name its organization says others build on beside words, with nothing telling, as theirs', () => {
    const youtube = (ecosystem: boolean) => indexOf({ organizations: [{ slug: 'google', name: 'Google', ...(ecosystem ? { ecosystemNames: ['youtube'] } : {}), channels: [{ kind: 'domain', value: 'google.com' }, { kind: 'domain', value: 'youtube.com' }] }] });
    // Tools, channels and fan sites named after the platform.
    // Beside the words software is named with, too: a tool downloads, has an API.
    for (const input of ['bestofyoutube.com', 'youtubesummarizer.com', 'youtube-dl.org', 'downloadyoutubesubtitles.com', 'returnyoutubedislikeapi.com']) {
      expect(check(youtube(true), input).matches, input).toEqual([]);
      expect(check(youtube(false), input).matches.map((m) => m.organization.slug), input).toEqual(['google']);
    }
    // A converter's format is its word, its digit no digit run into letters.
    for (const input of ['youtube-mp3.org', 'youtubetomp3.sc', 'youtubemp3donustur.org']) expect(check(youtube(true), input).matches, input).toEqual([]);
    // A lure, a TLD phishers favour, a typo or look-alike letters still tell.
    for (const input of ['youtube-login.com', 'bestofyoutube.top', 'yootube.com', 'y0utube-clips.com', 'youtube-mp3-login.com']) {
      expect(check(youtube(true), input).matches.map((m) => m.organization.slug), input).toEqual(['google']);
    }
  });

  it('reads a name its organization says it coined, a word of its own in a name, as the organization beside any word', () => {
    const google = (coined: boolean) => indexOf({ organizations: [{ slug: 'google', name: 'Google', ...(coined ? { coinedNames: ['google'] } : {}), channels: [{ kind: 'domain', value: 'google.com' }] }] });
    expect(check(google(true), 'vault-google.com').matches.map((m) => [m.organization.slug, m.reasons, m.severity, m.explanation])).toEqual([
      ['google', ['brand_embedded'], 'warning', "Imitates Google's google.com: \"google\" inside \"vault-google\" with \"vault\"."],
    ]);
    expect(check(google(false), 'vault-google.com').matches).toEqual([]);
    // Run into other words it is a fan's or a tool's name, as any common word's; a code repository's pages are named so too.
    for (const input of ['googlefight.com', 'letmegooglethat.com', 'google-gemini.github.io']) expect(check(google(true), input).matches, input).toEqual([]);
    // Elsewhere on a platform anyone can publish on, it is the organization's beside any word.
    expect(check(google(true), 'redirect-google.pages.dev').matches.map((m) => m.explanation)).toEqual(["Imitates Google's google.com: \"google\" inside \"redirect-google\" with \"redirect\", on pages.dev, where anyone can publish a site."]);
  });

  it('reads a public network\'s name alone in front of another\'s domain as that domain\'s endpoint for it', () => {
    const network = indexOf({ organizations: [{ slug: 'arbitrum', name: 'Arbitrum', publicNetwork: true, channels: [{ kind: 'domain', value: 'arbitrum.io' }] }] });
    const plain = indexOf({ organizations: [{ slug: 'arbitrum', name: 'Arbitrum', channels: [{ kind: 'domain', value: 'arbitrum.io' }] }] });
    // RPC providers and explorers name their endpoints after the networks they serve, beside their API and docs.
    for (const input of ['arbitrum.llamarpc.com', 'arbitrum-one.publicnode.com', 'arbitrum.api.onfinality.io']) {
      expect(check(network, input).matches, input).toEqual([]);
      expect(check(plain, input).matches.map((m) => m.organization.slug), input).toEqual(['arbitrum']);
    }
    // A lure, a TLD phishers favour, a platform anyone publishes on, the official domain written whole or
    // the name in the domain's own label still tell.
    const told = toldBy(network);
    expect(told('arbitrum.claim-now.com')).toEqual([['arbitrum', ['brand_embedded'], 'danger', "Imitates Arbitrum's arbitrum.io: \"arbitrum\" with the word \"claim\" placed in front of the unrelated domain claim-now.com."]]);
    for (const input of ['arbitrum.alterdrops.top', 'arbitrum.pages.dev', 'arbitrum.io.llamarpc.com', 'arbitrum-bridge.llamarpc.com', 'rpc.arbitrum-app.com']) {
      expect(check(network, input).matches.map((m) => m.organization.slug), input).toEqual(['arbitrum']);
    }
  });

  it('cuts a keyword made plural off a name as the keyword, and reads coins\' names beside a brand as their tickers', () => {
    const lido = withDomains(['lido', 'lido.fi']);
    const told = toldBy(lido);
    // "finances" is "finance" made plural: "lidofinances" is "lido" and a keyword, beside the lure "airdrops".
    expect(told('lidofinances-airdrops.com')).toEqual([['lido', ['brand_embedded'], 'danger', "Imitates Lido's lido.fi: \"lido\" joined to keywords in \"lidofinances-airdrops\" with the words \"finances\", \"airdrops\"."]]);
    expect(told('lido-ethereum.com')).toEqual([['lido', ['brand_embedded'], 'danger', "Imitates Lido's lido.fi: \"lido\" inside \"lido-ethereum\" with the word \"ethereum\"."]]);
    // A keyword is no lure: the plural alone leaves a common-word brand be.
    expect(check(lido, 'lidofinances.com').matches).toEqual([]);
  });

  it('cuts a lure made plural off the front of a name as the lure, unless its "s" starts a word', () => {
    const registry = withDomains(['okx', 'okx.com'], ['teams', 'teams.com']);
    const told = toldBy(registry);
    // A name of three letters needs a lure beside it: "pollings" is the governance vote's lure made plural.
    expect(told('pollingsokx.com')).toEqual([['okx', ['brand_embedded'], 'danger', "Imitates Okx's okx.com: \"okx\" joined to keywords in \"pollingsokx\" with the word \"pollings\"."]]);
    // "livestream" is "live" and "stream", not "lives" and a respelled "tream".
    expect(check(registry, 'livestream88.com').matches).toEqual([]);
  });

  it('reads a brand without its vowels only as a name\'s own, and not a word written so in its own right', () => {
    // "html" is Hotmal's consonants and "pntml" those of an alias (pintmile); "htmll" is no word of its own.
    const crowded = indexOf({ organizations: [
      { slug: 'hotmal', name: 'Hotmal', channels: [{ kind: 'domain', value: 'hotmal.com' }] },
      { slug: 'bigcorp', name: 'Bigcorp', aliases: ['pintmile'], channels: [{ kind: 'domain', value: 'bigcorp.com' }] },
    ] });
    for (const input of ['html-login.com', 'pntml-login.com']) expect(check(crowded, input).matches, input).toEqual([]);
    expect(check(crowded, 'htmll-login.com').matches.map((m) => m.organization.slug)).toEqual(['hotmal']);
  });

  it('reads a brand named by a keyword as a common word, and a name inside a dictionary word through its skeleton as that word', () => {
    // An organization named "Login" is in every phishing name; "underneath" holds Demea's skeleton "dernea" in its own "rn".
    const crowded = withDomains(['login', 'login.app'], ['demea', 'demea.app'], ['sidea', 'sidea.net']);
    for (const input of ['halls-login.com', 'worn-login.com', 'underneath-account.com']) expect(check(crowded, input).matches, input).toEqual([]);
    // A sender name's words are read apart: "Inside app" holds no "sidea" across its space.
    for (const input of ['"Inside app" <x@example.net>', '"Underneath Support" <x@example.net>']) expect(check(crowded, input).matches, input).toEqual([]);
    expect(check(crowded, '"SideaSupport" <x@example.net>').verdict).toBe('lookalike');
    expect(check(crowded, 'dernea-account.com').verdict).toBe('lookalike');
  });

  it('reads a short lure at the end of a common word as that word\'s letters', () => {
    // "euronext" ends with "next", not the fake extension's "ext"; "phantomext" is Phantom's fake extension.
    const crowded = withDomains(['lido', 'lido.fi']);
    expect(check(crowded, 'lido.euronext.com').matches).toEqual([]);
    expect(check(crowded, 'lido.phantomext.com').matches[0]?.explanation).toBe(
      "Imitates Lido's lido.fi: \"lido\" with the word \"phantomext\" placed in front of the unrelated domain phantomext.com.",
    );
  });

  it('reads a name of one letter and a word run on from a word as that word\'s letter, but after a keyword', () => {
    const apple = indexOf({ organizations: [{ slug: 'apple', name: 'Apple', channels: [{ kind: 'domain', value: 'apple.com' }, { kind: 'domain', value: 'icloud.com' }] }] });
    // Huawei's cloud ends its "i" where Apple's "icloud" starts.
    // Whatever follows: "saudicloudcare" is a Saudi cloud's care.
    for (const input of ['huaweicloud.com', 'caihuicloud.com', 'saudicloudcare.com']) expect(check(apple, input).matches, input).toEqual([]);
    expect(check(apple, 'findmyicloud.com').matches.map((m) => m.explanation)).toEqual(["Imitates Apple's icloud.com: \"icloud\" inside \"findmyicloud\"."]);
    expect(check(apple, 'mx-icloud.com').matches.map((m) => m.organization.slug)).toEqual(['apple']);
    // "tw" starts words together: "twitter" is one word, not "t" before "witter", so letters run into it are no word's.
    const x = indexOf({ organizations: [{ slug: 'x', name: 'X', channels: [{ kind: 'domain', value: 'x.com' }, { kind: 'domain', value: 'twitter.com' }] }] });
    expect(check(x, 'okokptwitter4290.harleydavidsonautoshop.com').matches.map((m) => m.explanation)).toEqual([
      "Imitates X's twitter.com: \"twitter\" inside \"okokptwitter4290.harleydavidsonautoshop\".",
    ]);
  });

  it('reads an "l" written for an "i" inside a longer name as a disguise of a name of 6+ letters, not as letters of words or of a shorter name', () => {
    const told = toldBy(index);
    expect(told('blnanceindex.com')).toEqual([['binance', ['brand_embedded'], 'danger', "Imitates Binance's binance.com: \"binance\" written as \"blnance\" inside \"blnanceindex\"."]]);
    expect(told('lnstagramcopyrightedform.com')).toEqual([['instagram', ['brand_embedded'], 'danger', "Imitates Instagram's instagram.com: \"instagram\" written as \"lnstagram\" inside \"lnstagramcopyrightedform\" with \"copyright\"."]]);
    const crowded = withDomains(['berai', 'berai.net'], ['tioni', 'tioni.net'], ['paiace', 'paiace.com'], ['kucoin', 'kucoin.com']);
    expect(check(crowded, 'kucolnwelcome.com').matches.map((m) => m.explanation)).toEqual(["Imitates Kucoin's kucoin.com: \"kucoin\" written as \"kucoln\" inside \"kucolnwelcome\"."]);
    // A word as written ("palace"), and names of five letters, which "-al" and "l" beside a keyword spell by chance ("liberals", "decoration" and "login").
    for (const input of ['palacehotel.com', 'grandpalace.com', 'liberals-account.com', 'decorationlogin.com']) expect(check(crowded, input).matches, input).toEqual([]);
  });

  it("reads an alias written as a stock ticker is, alone under a TLD phishers favour, as the organization's name; other aliases name too much else", () => {
    const told = toldBy(indexOf({ organizations: [
      { slug: 'amazon', name: 'Amazon', aliases: ['amzn'], channels: [{ kind: 'domain', value: 'amazon.com' }] },
      { slug: 'instagram', name: 'Instagram', aliases: ['insta'], channels: [{ kind: 'domain', value: 'instagram.com' }] },
    ] }));
    expect(told('amzn.cam')).toEqual([['amazon', ['brand_embedded'], 'warning', "Imitates Amazon's amazon.com: \"amzn\" (a name it is known by) as a domain under .cam, one of the generic top-level domains opened since 2014."]]);
    expect(told('amzn.top')).toEqual([['amazon', ['brand_embedded'], 'warning', "Imitates Amazon's amazon.com: \"amzn\" (a name it is known by) as a domain under .top, a top-level domain phishers favour."]]);
    for (const input of ['amzn.de', 'insta.top', 'insta.xyz']) expect(told(input), input).toEqual([]);
  });

  it("reads a ticker drawn from the organization's name inside a longer name as its name; a product's name of the same shape stays an alias", () => {
    const told = toldBy(indexOf({ organizations: [
      { slug: 'amazon', name: 'Amazon', aliases: ['amzn'], channels: [{ kind: 'domain', value: 'amazon.com' }] },
      { slug: 'microsoft', name: 'Microsoft', aliases: ['msft', 'xbox'], channels: [{ kind: 'domain', value: 'microsoft.com' }] },
    ] }));
    expect(told('amzn-mall.com')).toEqual([['amazon', ['brand_embedded'], 'warning', "Imitates Amazon's amazon.com: \"amzn\" inside \"amzn-mall\"."]]);
    expect(told('autoamzn.com')).toEqual([['amazon', ['brand_embedded'], 'warning', "Imitates Amazon's amazon.com: \"amzn\" inside \"autoamzn\"."]]);
    expect(told('investmsft.top')).toEqual([['microsoft', ['brand_embedded'], 'danger', "Imitates Microsoft's microsoft.com: \"msft\" joined to keywords in \"investmsft\" with the word \"invest\"."]]);
    // Alone, a ticker is often the organization's own short domain (amzn.to); "xbox" is a product's name, which fans' sites carry.
    for (const input of ['amzn.to', 'amzn.com', 'xbox-now.com', 'centralxbox.com.br']) expect(told(input), input).toEqual([]);
  });

  it('knows a ticker by its letters drawn in order from the name', () => {
    expect(['amzn', 'msft', 'nflx', 'pypl'].map((t, i) => isTickerOf(t, ['amazon', 'microsoft', 'netflix', 'paypal'][i]!))).toEqual([true, true, true, true]);
    expect([isTickerOf('xbox', 'microsoft'), isTickerOf('insta', 'instagram'), isTickerOf('mzna', 'amazon'), isTickerOf('amz', 'amazon')]).toEqual([false, false, false, false]);
  });

  it('counts no word of a brand as a lure beside that brand', () => {
    // "live" and "teams" are lures beside another brand, and Microsoft's own names too: live.nba.com is a live page of nba.com.
    const crowded = indexOf({
      organizations: [{ slug: 'microsoft', name: 'Microsoft', aliases: ['teams'], channels: [{ kind: 'domain', value: 'microsoft.com' }, { kind: 'domain', value: 'live.com' }] }],
    });
    // Nor is the name's own word repeated: "livelive" is no "live" with the lure "live".
    for (const input of ['live.nba.com', 'teams.example.org', 'live.bbc.co.uk', 'livelive.ru']) expect(check(crowded, input).matches, input).toEqual([]);
    expect(check(crowded, 'login.live.example.org').matches[0]?.explanation).toBe(
      "Imitates Microsoft's live.com: \"live\" with the word \"login\" placed in front of the unrelated domain example.org.",
    );
  });

  it('reads real words a letter shorter than a brand, with another letter changed, as those words', () => {
    // "truewallet" keeps Trust Wallet's first letter and "wallet", but is two edits from it: "true" and "wallet".
    expect(check(withDomains(['trustwallet', 'trustwallet.com']), 'truewallet.com').matches).toEqual([]);
  });

  it('counts a vowel changed in a name of five letters only with evidence or keywords beside it', () => {
    const short = withDomains(['curve', 'curve.fi'], ['bybit', 'bybit.com']);
    // Four letters kept of five spell other names: "curvo", a Dutch investment app; "bibit", an Indonesian one.
    for (const input of ['curvo.eu', 'curvy.com.au', 'bibit.id', 'bebit.co.jp']) expect(check(short, input).matches, input).toEqual([]);
    expect(check(short, 'curva.top').matches.map((m) => m.explanation)).toEqual(['Imitates Curve\'s curve.fi: "curva" is one typo away from "curve": "a" in place of "e" (a vowel swap), under .top, a top-level domain phishers favour.']);
    expect(check(short, 'bybetlgin.net').matches.map((m) => m.organization.slug)).toEqual(['bybit']);
    // A name of six letters keeps its likeness through a vowel: "peypal" is PayPal's.
    expect(check(withDomains(['paypal', 'paypal.com']), 'peypal.biz').matches.map((m) => m.reasons)).toEqual([['typo']]);
  });

  it('counts a swap beside another slip alone in a piece of 8+ letters (cionbsae, above), in a shorter one only with evidence', () => {
    const opensea = withDomains(['opensea', 'opensea.io']);
    // "opnesee": "en" swapped and a vowel changed, in 7 letters: beside a lure or under a TLD phishers favour.
    for (const input of ['opnesee-login.com', 'opnesee.top']) {
      expect(check(opensea, input).matches.map((m) => [m.organization.slug, m.severity]), input).toEqual([['opensea', 'warning']]);
    }
    // Alone it may be a name of its own, as "onesea" ("one sea") is.
    for (const input of ['opnesee.net', 'onesea.org']) expect(check(opensea, input).matches, input).toEqual([]);
  });

  it('reads a letter put in front of a name that is a letter before a common word as another name, but beside evidence', () => {
    const apple = withDomains(['apple', 'icloud.com']);
    // "hicloud" (Huawei's) and "micloud" (Xiaomi's) put a letter in front of "icloud" as "icloud" puts one in front of "cloud".
    for (const input of ['hicloud.com', 'micloud.tw']) expect(check(apple, input).matches, input).toEqual([]);
    for (const input of ['hicloud-login.com', 'micloud.top']) expect(check(apple, input).matches.map((m) => m.organization.slug), input).toEqual(['apple']);
  });

  it('reads a number beside a brand named by a word of three or four letters as part of a name, not a lure', () => {
    const brands = withDomains(['microsoft', 'live.com'], ['lido', 'lido.fi'], ['facebook', 'fb.com'], ['ledger', 'ledger.com']);
    for (const input of ['live365.com', 'live24.ru', 'lido84.it']) expect(check(brands, input).matches, input).toEqual([]);
    // A word lure still counts; beside a name of two letters, or a longer word, a number tells, as a case's
    // tag of five digits does beside any ("lido-24921").
    const told: Array<[string, string]> = [['lido-claim.com', 'lido'], ['fb-ticket-case-47121.pages.dev', 'facebook'], ['ledger22.com', 'ledger'], ['lido-24921.com', 'lido']];
    for (const [input, slug] of told) {
      expect(check(brands, input).matches.map((m) => m.organization.slug), input).toEqual([slug]);
    }
  });

  it('reads a made-up word run into a common-word brand on a platform anyone can publish on as a warning, but not words', () => {
    const brands = withDomains(['ledger', 'ledger.com'], ['microsoft', 'outlook.com']);
    const [match] = check(brands, 'outlookmadrine.webflow.io').matches;
    expect(match).toMatchObject({
      organization: { slug: 'microsoft' },
      reasons: ['brand_embedded'],
      severity: 'warning',
      explanation: 'Imitates Microsoft\'s outlook.com: "outlook" inside "outlookmadrine", on webflow.io, where anyone can publish a site.',
    });
    // Words there are a project's name; off a platform a made-up word says nothing.
    for (const input of ['hyperledger-labs.github.io', 'ledgerbook.webflow.io', 'outlookmadrine.com']) expect(check(brands, input).matches, input).toEqual([]);
    // Under a TLD phishers favour, as the few letters there.
    expect(check(brands, 'ledgercuostarto.top').matches.map((m) => [m.organization.slug, m.severity])).toEqual([['ledger', 'warning']]);
  });

  it("reads no typo of a name ending in a keyword in a piece keeping only that keyword and a letter", () => {
    const mew = withDomains(['myetherwallet', 'mewwallet.com']);
    expect(check(mew, 'ewallet.com.au').matches).toEqual([]);
    // Two of the brand's own letters kept, the likeness stays.
    expect(check(mew, 'mewallet.com').matches.map((m) => m.organization.slug)).toEqual(['myetherwallet']);
    // So for an industry word a name starts with: "cryptom" is "crypto" and a letter, not the handle "cryptocom".
    const cryptocom = withDomains(['crypto-com', 'crypto.com']);
    expect(check(cryptocom, 'cryptomus.com').matches).toEqual([]);
  });

  it("reads a tool's word run on after a brand as a third party's tool for it, not one ending another word of the host", () => {
    const brands = withDomains(['google', 'youtube.com'], ['gmail', 'gmail.com'], ['netflix', 'netflix.com'], ['instagram', 'instagram.com']);
    // A guide to it too: tutorials, tips, rankings; a font generator; throwaway addresses; a fan's site; and what a tool works on is no lure beside it.
    for (const input of ['bestyoutubedownloader.com', 'bestnetflixvpn.com', 'youtube-thumbnail-grabber.com', 'youtube-rank.com', 'howtonetflixtutorials.blogspot.com', 'instagram-photos-downloader.github.io', 'instagramfonts.com', 'gmailtemp.com', 'netflixjunkie.com', 'netflix-lovers.it']) {
      expect(check(brands, input).matches, input).toEqual([]);
    }
    expect(check(brands, 'instagram.com.sg2.putrivpn.us.kg').matches.map((m) => m.organization.slug)).toEqual(['instagram']);
    // A lure still tells.
    for (const input of ['netflixvpn-login.com', 'netflixlovers-login.com']) expect(check(brands, input).matches.map((m) => m.organization.slug), input).toEqual(['netflix']);
    // A programming word run on after a name is a library for it, but for a lure run into the word.
    for (const input of ['instagramsdk.net', 'interyoutubejs.github.io']) expect(check(brands, input).matches, input).toEqual([]);
    expect(check(brands, 'instagramclaimprojs.vercel.app').matches.map((m) => m.organization.slug)).toEqual(['instagram']);
    // A tool's word alone as a label is the host's own page (a site builder's editor), beside no name.
    expect(check(brands, '2018netflix0nline.editor.multiscreensite.com').matches.map((m) => m.organization.slug)).toEqual(['netflix']);
    expect(check(brands, 'netflix-editor.github.io').matches).toEqual([]);
  });

  it('reads a download of what a platform shows, named after the platform, as a downloader\'s page', () => {
    const x = withDomains(['x', 'twitter.com'], ['instagram', 'instagram.com']);
    for (const input of ['twitter-video-download.com', 'downloadtwittervideo.com', 'instagram-reels-download.net', 'download-instagram-stories.com']) {
      expect(check(x, input).matches, input).toEqual([]);
    }
    // A fake download of the app names no media, and any other lure still tells.
    for (const input of ['twitter-download.com', 'twitter-video-download-login.com', 'instagram-photo-download.verify-account.com']) {
      expect(check(x, input).matches.map((m) => m.organization.slug), input).not.toEqual([]);
    }
  });

  it("reads a brand named by an everyday word only beside a lure: stray letters, a word of money or a page named for it are anyone's", () => {
    const office = withDomains(['microsoft', 'office.com']);
    for (const input of ['office-mmm.com', 'capital-office.co.uk', 'office.example.com']) expect(check(office, input).matches, input).toEqual([]);
    expect(check(office, 'office-login.com').matches.map((m) => m.organization.slug)).toEqual(['microsoft']);
    // Run into other letters, only lures, keywords and numbers may fill its piece: a lure that starts or ends
    // another word ("career", "helper") or one beside words ("secureboxoffice") is that word's.
    // A frequent word of four letters run into any letters, lures too, is that word in a compound; apart
    // from them it is the brand's.
    const live = withDomains(['microsoft', 'live.com'], ['gate', 'gate.io']);
    for (const input of ['livecareer.com', 'livehelperchat.com', 'marketbusinesslive.com', 'liveagent.de', 'livealogin.com', 'sharegate.com', 'gateaccess.net']) expect(check(live, input).matches, input).toEqual([]);
    for (const input of ['secureboxoffice.com', 'officefurnitureonline.co.uk', 'office1.bg', 'office24.co.il']) expect(check(office, input).matches, input).toEqual([]);
    for (const input of ['live-alogin.com', 'gate-access.net']) expect(check(live, input).matches.map((m) => m.organization.slug), input).toHaveLength(1);
    // Drawn out with a letter doubled ("livee"), the word counts only beside evidence.
    expect(check(live, 'koora-livee.com').matches).toEqual([]);
    expect(check(live, 'koora-livee.top').matches.map((m) => m.organization.slug)).toEqual(['microsoft']);
    for (const input of ['officeverificaton.com', 'office36503.com']) expect(check(office, input).matches.map((m) => m.organization.slug), input).toEqual(['microsoft']);
    // Beside a lure of another page (an agent to chat with, sports online), it is anyone's word: only a
    // sign-in's or an account's lures tell, also misspelled ("proteccion").
    for (const input of ['live-agent.it', 'live-sports365.com', 'live-sports-online-tv-link.blogspot.com']) expect(check(live, input).matches, input).toEqual([]);
    for (const input of ['proteccion-msn365-live.netlify.app', 'live-login.com']) expect(check(live, input).matches.map((m) => m.organization.slug), input).toEqual(['microsoft']);
    // A rarer word's name counts beside them, as a warning.
    const ledger = withDomains(['ledger', 'ledger.com']);
    for (const input of ['ledger-mmm.com', 'capital-ledger.co.uk', 'ledger.example.com']) expect(check(ledger, input).matches.map((m) => m.severity), input).toEqual(['warning']);
  });

  it('reads an industry word named as a brand beside a weak keyword under a favoured TLD as the subject, not the brand', () => {
    const brands = withDomains(['crypto-com', 'crypto.com'], ['exodus', 'exodus.com']);
    expect(check(brands, 'crypto-news-ads.site').matches).toEqual([]);
    // A common word that is no industry word still counts so, as a warning; a lure still tells beside "crypto".
    expect(check(brands, 'exodus-news.site').matches.map((m) => [m.organization.slug, m.severity])).toEqual([['exodus', 'warning']]);
    expect(check(brands, 'crypto-login.site').matches.map((m) => m.organization.slug)).toEqual(['crypto-com']);
    // A lure that is an industry word too says what the site is about; a wallet still tells.
    const blockchain = withDomains(['crypto-com', 'crypto.com'], ['blockchain-com', 'blockchain.com']);
    for (const input of ['cryptotokensnews.com', 'onlineblockchain.io', 'cryptoglobalmining.com']) expect(check(blockchain, input).matches, input).toEqual([]);
    expect(check(blockchain, 'wallets-blockchain.com').matches.map((m) => m.organization.slug)).toEqual(['blockchain-com']);
    // A number of a name run on from it is the name's ("crypto101", a course); a case's tag counts.
    expect(check(blockchain, 'crypto101.io').matches).toEqual([]);
    // Nor is a digit after it that reads as its last letter a typo ("crypto0": the name beside a number).
    expect(check(blockchain, 'crypto0.fr').matches).toEqual([]);
    // Two letters put before or after the word whole are the word inside a longer name, no two typos of it.
    expect(check(blockchain, 'nfblockchain.net').matches).toEqual([]);
    expect(check(blockchain, 'nfblockchain-login.net').matches.map((m) => m.organization.slug)).toEqual(['blockchain-com']);
    expect(check(blockchain, '14135-crypto.com').matches.map((m) => m.organization.slug)).toEqual(['crypto-com']);
  });

  it("names no brand in the web's most visited sites (Chromium's top domain list), but reads their users' hosts and addresses", () => {
    const brands = withDomains(['microsoft', 'live.com'], ['metamask', 'metamask.io'], ['binance', 'binance.com']);
    // livemint.com, Mint's news site, holds Microsoft's "live" run into "mint", a lure elsewhere.
    for (const input of ['livemint.com', 'www.livemint.com', 'https://www.livemint.com/news', 'editor@livemint.com']) {
      expect(check(brands, input).matches, input).toEqual([]);
    }
    // wordpress.com is on the list; a blog there is its author's. So is a Gmail address's name.
    expect(check(brands, 'metamask-support.wordpress.com').matches.map((m) => m.organization.slug)).toEqual(['metamask']);
    expect(check(brands, 'binance.support@gmail.com').matches.map((m) => m.organization.slug)).toEqual(['binance']);
  });

  it("reads a site's API or docs label in front of its domain as that domain's page, not a lure for the name it holds", () => {
    const kraken = withDomains(['kraken', 'kraken.com']);
    // Kraken, Octopus Energy's platform, runs one instance per supplier: edfgb-kraken.energy is EDF's.
    expect(check(kraken, 'api.edfgb-kraken.energy').matches).toEqual([]);
    // Run into the name the word still tells, and so does a lure in a label of its own.
    for (const input of ['api-kraken.energy', 'login.edfgb-kraken.energy']) {
      expect(check(kraken, input).matches.map((m) => m.organization.slug), input).toEqual(['kraken']);
    }
  });

  it('reads a made-up name ending in "s" without it when nothing else was found, but not real words put together', () => {
    const brands = withDomains(['ledger', 'ledger.com'], ['metamask', 'metamask.io'], ['opensea', 'opensea.io']);
    const [match] = check(brands, 'ladgers.com').matches;
    expect(match).toMatchObject({
      organization: { slug: 'ledger' },
      reasons: ['typo'],
      explanation: 'Imitates Ledger\'s ledger.com: "ladgers" is two typos away from "ledger": "a" in place of "e" (a vowel swap), an extra "s" after "ledger".',
    });
    // "metamaps" and "opensees" spell words ("meta maps", "open sees"), whose singular is one edit from a brand by chance.
    for (const input of ['metamaps.cc', 'opensees.github.io']) expect(check(brands, input).matches, input).toEqual([]);
  });

  it('counts a lure mistyped beside a brand that is a common word, at the edge of its piece or as a piece of its own', () => {
    const phantom = withDomains(['phantom', 'phantom.app']);
    const told = toldBy(phantom);
    expect(told('xn--phantomwalet-vbb.gitbook.io')).toEqual([['phantom', ['brand_embedded'], 'danger', "Imitates Phantom's phantom.app: \"phantom\" inside \"phantomâwalet\" with \"walet\"."]]);
    expect(told('phantoma-walet.com')).toEqual([['phantom', ['typo', 'brand_embedded'], 'danger', "Imitates Phantom's phantom.app: \"phantoma\" is one typo away from \"phantom\": an extra \"a\" after \"phantom\", beside the word \"walet\"; \"phantom\" inside \"phantoma-walet\"."]]);
    expect(told('suportphantom.com')).toEqual([['phantom', ['brand_embedded'], 'danger', "Imitates Phantom's phantom.app: \"phantom\" inside \"suportphantom\" with \"suport\"."]]);
    // Run into a keyword before it ("my" of "myacount"), as a lure spelled right is.
    expect(told('myacount-phantom.com')).toEqual([['phantom', ['brand_embedded'], 'danger', "Imitates Phantom's phantom.app: \"phantom\" inside \"myacount-phantom\" with the word \"acount\"."]]);
    // Made plural, as spelled lures are.
    expect(told('phantom-sapports.com')).toEqual([['phantom', ['brand_embedded'], 'danger', "Imitates Phantom's phantom.app: \"phantom\" inside \"phantom-sapports\" with the word \"sapports\"."]]);
    // "waltz" is a word, no lure mistyped; the "rwallet" of "myethe.rwallet" holds a letter of the brand (above).
    expect(told('phantomwaltz.com')).toEqual([]);
    // A lure further off than one letter is part of another word: "propo" of "proposi" is no "promo" before "tiona".
    expect(check(withDomains(['tiona', 'tiona.com']), 'propositionappease.net').matches).toEqual([]);
  });

  it('counts a lure written with letters of like shape for its own, however many', () => {
    const phantom = withDomains(['phantom', 'phantom.app']);
    const told = toldBy(phantom);
    // "i" written "l" twice, past the one slip a mistyped lure may have: still "official".
    expect(told('phantom-offlclal.info')).toEqual([['phantom', ['brand_embedded'], 'danger', "Imitates Phantom's phantom.app: \"phantom\" inside \"phantom-offlclal\" with the word \"offlclal\"."]]);
    expect(told('phantom-0ff1c1al.com')).toEqual([['phantom', ['brand_embedded'], 'danger', "Imitates Phantom's phantom.app: \"phantom\" inside \"phantom-0ff1c1al\" with the word \"0ff1c1al\"."]]);
    // A word of the dictionary is that word, whatever lure it comes near.
    expect(told('phantom-illusion.com')).toEqual([]);
  });

  it('reads a word whose keyword cut is a brand as that brand, not its other cuts as typos of others', () => {
    // "faiplez" with "io" and "login" is two edits from Baiple beside a lure, but "faiplezio" is a brand with "login".
    const brands = withDomains(['faiplezio', 'faiplezio.com'], ['baiple', 'baiple.io']);
    expect(toldBy(brands)('faipleziologin.live')).toEqual([['faiplezio', ['brand_embedded'], 'danger', "Imitates Faiplezio's faiplezio.com: \"faiplezio\" joined to keywords in \"faipleziologin\" with the word \"login\"."]]);
    // Without that brand, the cut is a typo of the other.
    expect(toldBy(withDomains(['baiple', 'baiple.io']))('faipleziologin.live').map(([slug, reasons]) => [slug, reasons])).toEqual([['baiple', ['typo', 'brand_embedded']]]);
    // A brand left by a cut that takes a keyword cut into ("ksupport") or mistyped is there by chance.
    const metas = withDomains(['metamask', 'metamask.io'], ['meta', 'meta.com']);
    expect(toldBy(metas)('metamysksupport.com').map(([slug, reasons]) => [slug, reasons])).toEqual([['metamask', ['typo', 'brand_embedded']], ['meta', ['brand_embedded']]]);
  });

  it("counts a brand's two words swapped beside a lure or other evidence, not alone", () => {
    const brands = withDomains(['coinbase', 'coinbase.com'], ['metamask', 'metamask.io']);
    const told = toldBy(brands);
    expect(told('basecoin-login.com')).toEqual([['coinbase', ['brand_embedded'], 'danger', "Imitates Coinbase's coinbase.com: \"coinbase\" with its words swapped in \"basecoin-login\", beside the word \"login\"."]]);
    expect(told('maskmeta.xyz')).toEqual([['metamask', ['brand_embedded'], 'danger', "Imitates Metamask's metamask.io: \"metamask\" with its words swapped in \"maskmeta\", under .xyz, a top-level domain phishers favour."]]);
    // Basecoin was a stablecoin: a name of its own.
    for (const input of ['basecoin.com', 'maskmeta.com']) expect(told(input), input).toEqual([]);
  });

  it("reads a short name's official domain with a letter of like shape, under its ending or with it written out", () => {
    const brands = withDomains(['lido', 'lido.fi'], ['gate', 'gate.io']);
    const told = toldBy(brands);
    expect(told('lldo.fi')).toEqual([['lido', ['homoglyph'], 'danger', "Imitates Lido's lido.fi: \"lldo.fi\" is lido.fi with \"l\" in place of \"i\", letters of like shape."]]);
    expect(told('lldo-fi.app')).toEqual([['lido', ['homoglyph'], 'danger', "Imitates Lido's lido.fi: \"lldo-fi\" is lido.fi written out with \"l\" in place of \"i\", letters of like shape."]]);
    expect(told('lido-fl.app')).toEqual([['lido', ['homoglyph'], 'danger', "Imitates Lido's lido.fi: \"lido-fl\" is lido.fi written out with \"l\" in place of \"i\", letters of like shape."]]);
    // Under another ending a short name takes no typo; a common word ("gale") is that word.
    for (const input of ['lldo.com', 'gale.io']) expect(told(input), input).toEqual([]);
  });

  it('counts a piece of 5 letters beside evidence as a name of 7–9 letters cut short, not as one of 5–6 changed twice', () => {
    const brands = withDomains(['opensea', 'opensea.io'], ['apple', 'apple.com']);
    const told = toldBy(brands);
    expect(told('nftopsea.io')).toEqual([['opensea', ['typo', 'brand_embedded'], 'warning', "Imitates Opensea's opensea.io: \"opsea\" is two typos away from \"opensea\": \"en\" left out after \"op\", beside the word \"nft\"; \"opensea\" joined to keywords in \"nftopsea\"."]]);
    // Alone, no evidence; "palue" is two edits from "apple", which too many 5-letter names are.
    for (const input of ['opsea.io', 'palue-wallet.com']) expect(told(input), input).toEqual([]);
  });

  it('counts a letter added after a long name, but not after a common word or a name long only in its skeleton', () => {
    const brands = withDomains(['metamask', 'metamask.io'], ['phantom', 'phantom.app'], ['telegram', 'telegram.org']);
    expect(check(brands, 'metamaskx.com').matches.map((m) => [m.organization.slug, m.reasons])).toEqual([['metamask', ['typo']]]);
    // "phantom" has 7 letters (its skeleton "phantorn" 8) and is a common word; "telegram" is one too.
    for (const input of ['phantomx.com', 'telegramx.org']) expect(check(brands, input).matches, input).toEqual([]);
  });

  it('reads an everyday three-letter word beside a longer word as a compound, not as a typo', () => {
    // "foxgreen" is fox + green, "pizzafox" pizza + fox: each happens to be a letter or two from a brand.
    const crowded = indexOf({
      organizations: ['fougren.fr', 'pizarox.de', 'vunaplefox.app'].map((d) => ({ slug: d.split('.')[0]!, name: d, channels: [{ kind: 'domain', value: d }] })),
    });
    for (const input of ['foxgreen.io', 'pizzafox.com', 'maplefox.com']) expect(check(crowded, input).matches, input).toEqual([]);
    // Its brand's typos are still typos: "fougreen" is no compound, "fo" no word.
    expect(check(crowded, 'fougreen.io').matches.map((m) => m.organization.slug)).toEqual(['fougren']);
  });

  it("still reads real words as a brand's typo when they keep the brand's frame", () => {
    const brands = indexOf({
      organizations: ['microsoft.com', 'blockchain.com', 'bitstamp.net', 'etherscan.io', 'metamask.io'].map((d) => ({
        slug: d.split('.')[0]!, name: d, channels: [{ kind: 'domain', value: d }],
      })),
    });
    // A letter left out between the first letter and the last word ("miro" + "soft", "bock" + "chain"),
    // or a short word beside the brand's own longer one ("bat" + "stamp", "ether" + "can").
    for (const [input, slug] of [['mirosoft.com', 'microsoft'], ['bockchain.com', 'blockchain'], ['batstamp.com', 'bitstamp'], ['ethercan.com', 'etherscan']]) {
      expect(check(brands, input!).matches.map((m) => [m.organization.slug, m.reasons]), input).toEqual([[slug, ['typo']]]);
    }
    // A letter changed or added, or the last word changed, makes real words of their own.
    for (const input of ['megamask.io', 'eitherscan.com', 'metatask.io', 'blockchair.com']) expect(check(brands, input).matches, input).toEqual([]);
  });

  it('never reports an official channel or its subdomains as a lookalike', () => {
    for (const input of ['binance.com', 'www.binance.com', 'accounts.binance.com', 'support@binance.com', 'https://support@binance.com/', 'ledger.com', 'paypal.com', 'crypto.com']) {
      expect(check(index, input).verdict, input).toBe('official');
    }
    expect(check(index, '@binanceexchange', { platform: 'telegram' }).verdict).toBe('official');
  });

  it('names the brand a piece is written as, not the brands inside it or one edit from it', () => {
    // "lomir" is inside "kalomir" and "kalomer" one edit from it: a contact written as Kalomir imitates Kalomir.
    const crowded = indexOf({
      organizations: [
        { slug: 'kalomir', name: 'Kalomir', channels: [{ kind: 'domain', value: 'kalomir.com' }] },
        { slug: 'lomir', name: 'Lomir', channels: [{ kind: 'domain', value: 'lomir.io' }] },
        { slug: 'kalomer', name: 'Kalomer', channels: [{ kind: 'domain', value: 'kalomer.net' }] },
      ],
    });
    for (const input of ['kalomir.xyz', 'kalomir-login.com', 'www.kalomir-app.top', 'kal\u043emir.com']) {
      expect(check(crowded, input).matches.map((m) => m.organization.slug), input).toEqual(['kalomir']);
    }
  });

  it("calls a page anyone can publish on an official host no official channel, and the host's own pages official", () => {
    const form = check(index, 'https://docs.google.com/forms/d/e/1FAIpQLSdXyz/viewform');
    expect(form.verdict).toBe('not_official');
    expect(form.message).toBe(
      'This page was published on Google Docs (docs.google.com), where anyone can publish: whoever runs docs.google.com, the page is not an official channel of any organization in this registry.',
    );
    for (const input of ['https://docs.google.com/', 'https://accounts.google.com/signin/v2', 'https://www.google.com/search']) {
      expect(check(index, input).verdict, input).toBe('official');
    }
  });

  it("reads a common word beside another organization's name as that organization's word", () => {
    const crowded = indexOf({
      organizations: [
        { slug: 'binance', name: 'Binance', channels: [{ kind: 'domain', value: 'binance.com' }] },
        { slug: 'microsoft', name: 'Microsoft', aliases: ['live'], channels: [{ kind: 'domain', value: 'microsoft.com' }] },
        { slug: 'ledger', name: 'Ledger', channels: [{ kind: 'domain', value: 'ledger.com' }] },
      ],
    });
    for (const [input, slugs] of [['binance-support-live.com', ['binance']], ['ledger-live-support.com', ['ledger']], ['live-support.com', ['microsoft']]] as const) {
      expect(check(crowded, input).matches.map((m) => m.organization.slug), input).toEqual(slugs);
    }
  });

  it('reads a name of one letter as its domain written out, and as a letter only at an end of a name beside a fake appeal\'s lure, or at its end beside lures run into words', () => {
    const letter = withDomains(['x', 'x.com']);
    expect(check(letter, 'x-team.com').verdict).toBe('not_official');
    expect(check(letter, 'x-verify.com').verdict).toBe('not_official');
    expect(check(letter, 'x-com-verify.app').matches.map((m) => m.explanation)).toEqual(['Imitates X\'s x.com: "x.com" written as "x-com" with the word "verify".']);
    // Fake copyright appeals name the platform whose complaint they answer; a letter inside the name, or beside other lures, is no platform.
    expect(check(letter, 'dmca-x.com').matches.map((m) => m.explanation)).toEqual(['Imitates X\'s x.com: "x" inside "dmca-x" with the word "dmca".']);
    expect(check(letter, 'issuecase-x.com').matches.map((m) => m.explanation)).toEqual(['Imitates X\'s x.com: "x" inside "issuecase-x" with the word "issuecase".']);
    expect(check(letter, 'caseprofile-x.com').matches.map((m) => m.explanation)).toEqual(['Imitates X\'s x.com: "x" inside "caseprofile-x" with the word "caseprofile".']);
    expect(check(letter, 'x-appeal.info').verdict).toBe('lookalike');
    expect(check(letter, 'dmca-x-form.com').verdict).toBe('not_official');
    expect(check(letter, 'support-x.com').verdict).toBe('not_official');
    // At its end, beside a lure run into other words, a letter is the platform too; at its start it names a company ("x-team").
    expect(check(letter, 'medianotify-x.com').matches.map((m) => m.explanation)).toEqual(['Imitates X\'s x.com: "x" inside "medianotify-x" with the word "medianotify".']);
    expect(check(letter, 'x-medianotify.com').verdict).toBe('not_official');
  });

  it('reads a brand inside its own product\'s name, and the product\'s name mistyped', () => {
    // A product's name is an alias: alone it needs a lure, but the brand inside it is read as ever.
    const products = indexOf({
      organizations: [
        { slug: 'ledger', name: 'Ledger', aliases: ['ledger live'], channels: [{ kind: 'domain', value: 'ledger.com' }] },
        { slug: 'trezor', name: 'Trezor', aliases: ['trezor suite'], channels: [{ kind: 'domain', value: 'trezor.io' }] },
      ],
    });
    expect(check(products, 'oneledgerlive.com').matches.map((m) => [m.organization.slug, m.explanation])).toEqual([
      ['ledger', 'Imitates Ledger\'s ledger.com: "ledger" inside "oneledgerlive" with "live".'],
    ]);
    expect(check(products, 'trezosuite.com').matches.map((m) => [m.organization.slug, m.explanation])).toEqual([
      ['trezor', 'Imitates Trezor\'s trezor.io: "trezosuite" is one typo away from "trezorsuite": "r" left out after "trezo".'],
    ]);
  });

  it('names no brand inside a longer brand found around it, nor a short name lengthened by its skeleton', () => {
    // "stamp" lies inside "bitstamp"; "meta" (four letters, "rneta" as a skeleton) inside "metamask";
    // the skeleton's "tearn" of "team" holds no "earn".
    const crowded = indexOf({
      organizations: [
        { slug: 'bitstamp', name: 'Bitstamp', channels: [{ kind: 'domain', value: 'bitstamp.net' }] },
        { slug: 'stamp', name: 'Stampio', channels: [{ kind: 'domain', value: 'stamp.io' }] },
        { slug: 'metamask', name: 'MetaMask', channels: [{ kind: 'domain', value: 'metamask.io' }] },
        { slug: 'meta', name: 'Meta', channels: [{ kind: 'domain', value: 'meta.com' }] },
      ],
    });
    for (const [input, slug] of [['bitstamplogin.com', 'bitstamp'], ['metamasksupportteam.com', 'metamask'], ['secure.bitstampverify.top', 'bitstamp']]) {
      expect(check(crowded, input!).matches.map((m) => m.organization.slug), input).toEqual([slug]);
    }
    expect(check(crowded, 'teamkostamp.xyz').matches[0]?.explanation).toBe(
      'Imitates Stampio\'s stamp.io: "stamp" inside "teamkostamp" with "team".',
    );
  });

  it('names the brand a word is one letter from, not another brand mistyped once words are cut off it', () => {
    // "prooprex" is "pro" + "oprex" (a letter from goprex), "briidous" is "briido" (two from brado) +
    // "us", "kloovogin" is "kloo" (a letter from klomo) + "vogin" (a letter from "login"), "klooteam"
    // is "kloo" + "team".
    const crowded = indexOf({
      organizations: ['proprex', 'goprex', 'bridous', 'brado', 'klovogin', 'klomo', 'kloteam'].map((n) => ({
        slug: n, name: n, channels: [{ kind: 'domain', value: `${n}.com` }],
      })),
    });
    for (const [input, slug] of [['prooprex.com', 'proprex'], ['briidous.com', 'bridous'], ['kloovogin.com', 'klovogin'], ['klooteam.com', 'kloteam']]) {
      expect(check(crowded, input!).matches.map((m) => m.organization.slug), input).toEqual([slug]);
    }
  });

  it('names the brand a word repeats letters of, not another brand an edit from it', () => {
    // "foggik" is Fogik with its g doubled; with the doubled letter read once, "fogik" is also a letter from Flogik.
    const crowded = indexOf({
      organizations: ['fogik.fr', 'flogik.com'].map((d) => ({ slug: d.split('.')[0]!, name: d, channels: [{ kind: 'domain', value: d }] })),
    });
    expect(check(crowded, 'foggik.com').matches.map((m) => m.organization.slug)).toEqual(['fogik']);
  });

  it('reads a letter doubled where look-alike letters stand as a repeat of the letters as written', () => {
    // "aavve" reads as "aawe" ("vv" as "w"), which collapses to "awe"; as written it collapses to Aave's "ave".
    const aave = indexOf({ organizations: [{ slug: 'aave', name: 'Aave', channels: [{ kind: 'domain', value: 'aave.com' }] }] });
    expect(check(aave, 'aavve.org').matches.map((m) => m.explanation)).toEqual([
      'Imitates Aave\'s aave.com: "aavve" is one typo away from "aave": "v" doubled.',
    ]);
  });

  it("puts first, among equal likenesses, the brand whose domain has the contact's TLD", () => {
    // "breai" is one letter from each: phishers often keep the imitated domain's TLD.
    const crowded = indexOf({
      organizations: ['breali.com', 'brelai.io', 'bremai.de', 'bregai.fr'].map((d) => ({
        slug: d.split('.')[0]!, name: d, channels: [{ kind: 'domain', value: d }],
      })),
    });
    const ranked = (input: string) => check(crowded, input).matches.map((m) => [m.organization.slug, m.score]);
    expect(ranked('breai.de')).toEqual([['bremai', 0.8], ['breali', 0.8], ['brelai', 0.8], ['bregai', 0.8]]);
    expect(ranked('breai.fr')[0]).toEqual(['bregai', 0.8]);
    expect(check(crowded, 'security@breai.de').matches[0]!.organization.slug).toBe('bremai');
  });

  it("matches a name by its own skeleton when another name's collapsed or visual form is the same text", () => {
    // "brairiio" with its repeated letter cut reads "brairio", and it is registered first: Brairio's
    // own name must still be the one its homoglyphs and typos imitate.
    const shared = indexOf({
      organizations: [
        { slug: 'brairiio', name: 'Brairiio', channels: [{ kind: 'domain', value: 'brairiio.com' }] },
        { slug: 'brairio', name: 'Brairio', channels: [{ kind: 'domain', value: 'brairio.bank' }] },
      ],
    });
    expect(check(shared, 'br\u0430irio.bank').matches.map((m) => [m.organization.slug, m.reasons])).toEqual([['brairio', ['homoglyph', 'mixed_script']]]);
    expect(check(shared, 'brairo.com').matches.map((m) => m.organization.slug)).toEqual(['brairio']);
  });

  it('puts official, revoked and scam verdicts before lookalike', () => {
    expect(check(index, 'binance.info').verdict).toBe('revoked');
    expect(check(index, 'binance-support.xyz').verdict).toBe('known_scam');
  });
});
