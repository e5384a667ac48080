import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { en } from './locales/en'
import { zh } from './locales/zh'

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
      detection: { order: ['localStorage', 'navigator'], caches: ['localStorage'], lookupLocalStorage: 'realtime.lang' },
    })
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng.startsWith('zh') ? 'zh-CN' : 'en'
  })
  document.documentElement.lang = i18next.resolvedLanguage?.startsWith('zh') ? 'zh-CN' : 'en'
  return i18next
}
