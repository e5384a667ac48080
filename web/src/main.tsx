import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initI18n } from './lib/i18n'
import './index.css'

initI18n()

const root = document.getElementById('root')
if (!root) {
  throw new Error('index.html has no #root element')
}
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
