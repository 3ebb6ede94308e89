import { describe, expect, it } from 'vitest'
import { parseListParams } from '../../src/features/handlers/list-params'

const parse = (query: string) => parseListParams(new URLSearchParams(query))

describe('parseListParams', () => {
  it('reads page and page size', () => {
    expect(parse('page=3&per_page=50')).toEqual({ page: 3, perPage: 50 })
  })

  it('falls back to the first page of 25 for anything unusable', () => {
    expect(parse('')).toEqual({ page: 1, perPage: 25 })
    expect(parse('page=abc&per_page=7')).toEqual({ page: 1, perPage: 25 })
    expect(parse('page=-2&per_page=1e3')).toEqual({ page: 1, perPage: 1000 })
    expect(parse('page=2.5')).toEqual({ page: 1, perPage: 25 })
    expect(parse('page=99999999999999999999')).toEqual({ page: 1, perPage: 25 })
  })
})
