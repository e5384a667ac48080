import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import { generateApiTypes, outputUrl } from './api-types.mjs'

test('src/lib/api.gen.ts is what openapi/v1.json generates (run npm run gen:api when this fails)', async () => {
  const committed = await readFile(outputUrl, 'utf8')
  expect(committed === (await generateApiTypes())).toBe(true)
}, 30_000)
