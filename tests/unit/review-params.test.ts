import { describe, expect, it } from 'vitest'
import { parseReviewParams } from '../../src/features/handlers/list-params'

const parse = (query: string) => parseReviewParams(new URLSearchParams(query))

describe('parseReviewParams', () => {
  it('reads search, filters and sort from the URL', () => {
    expect(
      parse(
        'q=ops%20slack&type=discord&status=pending&finding=retired,insecure&sort=name&dir=desc',
      ),
    ).toEqual({
      q: 'ops slack',
      type: 'discord',
      status: 'pending',
      finding: ['retired', 'insecure'],
      sort: 'name',
      dir: 'desc',
    })
  })

  it('reads the lost type and "any finding"', () => {
    expect(parse('type=null').type).toBe('null')
    expect(parse('finding=any').finding).toEqual([
      'duplicate',
      'invalid',
      'retired',
      'insecure',
      'pending',
      'unknownType',
    ])
  })

  it('ignores what it does not know, as no filter', () => {
    expect(parse('type=<script>&status=on&finding=bogus,pending&sort=id&dir=up')).toEqual({
      q: '',
      type: null,
      status: null,
      finding: ['pending'],
      sort: null,
      dir: 'asc',
    })
    expect(parse(`q=${'x'.repeat(500)}`).q).toHaveLength(200)
  })
})
