// The plain-DOM limit for the benchmark: the same rows from the same API answer as the
// dashboard's 1,000-per-page table, written with hand-made DOM calls and nothing else. Each row
// holds what the dashboard's row holds, with the same texts (strings.js is written by the
// benchmark from the dashboard's English catalogue), the same direction isolation (dir=auto on
// names, an isolated left-to-right target) and a switch that sends the same request. It reads
// the key where the dashboard keeps it, so no key is ever part of a URL.
/* global sessionStorage, fetch, URL, URLSearchParams, FormData */
import { STRINGS } from './strings.js'

const account = JSON.parse(sessionStorage.getItem('conecto.accounts') ?? '[]')[0]
const perPage = new URLSearchParams(window.location.search).get('per_page') ?? '1000'
const exact = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' })
const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })
const headers = { Authorization: `Bearer ${account.apiKey}`, Accept: 'application/json' }
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}]*$/u
const fill = (template, name) => template.replace('{name}', name)

function cell(row, text) {
  const td = document.createElement('td')
  if (text) td.textContent = text
  row.appendChild(td)
  return td
}

function checkbox(label, checked) {
  const input = document.createElement('input')
  input.type = 'checkbox'
  input.checked = checked
  input.setAttribute('aria-label', label)
  return input
}

const DAY = 24 * 3600
const UNITS = [
  ['year', 365 * DAY, 320 * DAY],
  ['month', 30 * DAY, 26 * DAY],
  ['day', DAY, 22 * 3600],
  ['hour', 3600, 45 * 60],
  ['minute', 60, 45],
]

function ago(ms, now) {
  const seconds = Math.round((ms - now) / 1000)
  for (const [unit, size, from] of UNITS) {
    if (Math.abs(seconds) >= from) {
      return relative.format(Math.round(seconds / size) || Math.sign(seconds), unit)
    }
  }
  return relative.format(Math.abs(seconds) < 10 ? 0 : seconds, 'second')
}

function time(row, text, now) {
  const td = cell(row)
  if (!text) {
    td.textContent = STRINGS.never
    return
  }
  const ms = Date.parse(`${text.replace(' ', 'T')}Z`)
  const element = document.createElement('time')
  element.dateTime = new Date(ms).toISOString()
  element.title = exact.format(ms)
  element.textContent = ago(ms, now)
  td.appendChild(element)
}

/** The dashboard's mask: scheme and host and the last four characters of a secret URL. */
function target(handler) {
  const settings = handler.settings ?? {}
  const known = STRINGS.targets[handler.type]
  // An unknown type's first setting, masked: it may hold a token.
  const value = known
    ? (settings[known.field] ?? '')
    : (Object.values(settings).find((v) => typeof v === 'string' && v.trim() !== '') ?? '')
  const show = known ? known.show : 'secret'
  if (show === 'none' || value === '') return null
  if (show === 'whole') return value
  const tail = value.slice(-4)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && URL.canParse(value)) {
    const url = new URL(value)
    if (url.host) return `${url.protocol}//${url.host}/…${tail}`
  }
  return `…${tail}`
}

function typeLabel(type) {
  if (type === null) return STRINGS.noType
  return STRINGS.types[type] ?? STRINGS.unknownType.replace('{type}', type)
}

function status(row, handler) {
  const td = cell(row)
  if (handler.is_enabled === 2) {
    td.textContent = STRINGS.pending
    return
  }
  const label = document.createElement('label')
  const enabled = handler.is_enabled === 1 || handler.is_enabled === true
  const toggle = checkbox(fill(STRINGS.toggle, handler.name), enabled)
  toggle.setAttribute('role', 'switch')
  const text = document.createElement('span')
  text.textContent = toggle.checked ? STRINGS.enabled : STRINGS.disabled
  toggle.addEventListener('change', () => {
    text.textContent = toggle.checked ? STRINGS.enabled : STRINGS.disabled
    const form = new FormData()
    form.append('is_enabled', toggle.checked ? '1' : '0')
    void fetch(`/api/notification-handlers/${handler.id}`, { method: 'POST', headers, body: form })
  })
  label.append(toggle, text)
  td.appendChild(label)
}

function render(handlers) {
  const now = Date.now()
  const body = document.querySelector('tbody')
  const rows = document.createDocumentFragment()
  for (const handler of handlers) {
    const row = document.createElement('tr')
    row.dataset.handlerId = String(handler.id)
    // A name of only spaces and invisible characters draws nothing: the dashboard says so.
    const name = INVISIBLE_ONLY.test(handler.name) ? STRINGS.noName : handler.name
    cell(row).appendChild(checkbox(fill(STRINGS.select, name), false))
    cell(row, name).dir = 'auto'
    cell(row, typeLabel(handler.type))
    const masked = target(handler)
    const targetCell = cell(row)
    if (masked === null) targetCell.textContent = STRINGS.targetNone
    else {
      const span = document.createElement('span')
      span.dir = 'ltr'
      span.className = 'target'
      span.textContent = masked
      targetCell.appendChild(span)
    }
    status(row, handler)
    cell(row)
    time(row, handler.datetime, now)
    time(row, handler.last_datetime, now)
    const menu = document.createElement('button')
    menu.setAttribute('aria-label', fill(STRINGS.menu, handler.name))
    menu.textContent = '…'
    cell(row).appendChild(menu)
    rows.appendChild(row)
  }
  body.appendChild(rows)
}

const response = await fetch(`/api/notification-handlers/?page=1&results_per_page=${perPage}`, {
  headers,
})
render((await response.json()).data)
