import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { en } from './locales/en'
import { zh } from './locales/zh'
import { loadServerTexts } from './server-text'

export const languages = ['en', 'zh'] as const

/** Chinese when the browser prefers it (zh, zh-CN, zh-TW…), English otherwise; a choice in the UI is remembered. */
export function initI18n(): typeof i18next {
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, zh: { translation: zh } },
      supportedLngs: languages,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
      detection: { order: ['localStorage', 'navigator'], caches: ['localStorage'], lookupLocalStorage: 'realtime.lang' },
      // Server texts arrive after start-up (GET /api/texts/{lang}); views re-render when they land.
      react: { bindI18nStore: 'added' },
    })
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng.startsWith('zh') ? 'zh-CN' : 'en'
    void loadServerTexts(i18next, lng)
  })
  const initial = i18next.resolvedLanguage ?? 'en'
  document.documentElement.lang = initial.startsWith('zh') ? 'zh-CN' : 'en'
  void loadServerTexts(i18next, initial)
  return i18next
}
