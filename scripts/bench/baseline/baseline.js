// The plain-DOM limit for the benchmark: the same rows from the same API answer as the
// dashboard's 1,000-per-page table, written with hand-made DOM calls and nothing else. It reads
// the key where the dashboard keeps it, so no key is ever part of a URL.
/* global sessionStorage, fetch, URLSearchParams */

const account = JSON.parse(sessionStorage.getItem('conecto.accounts') ?? '[]')[0]
const perPage = new URLSearchParams(window.location.search).get('per_page') ?? '1000'
const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

function cell(row, text) {
  const td = document.createElement('td')
  td.textContent = text
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

function target(settings) {
  const value = Object.values(settings ?? {})[0]
  if (typeof value !== 'string' || value === '') return ''
  return value.length > 12 ? `${value.slice(0, 8)}…${value.slice(-4)}` : value
}

function render(handlers) {
  const body = document.querySelector('tbody')
  const rows = document.createDocumentFragment()
  for (const handler of handlers) {
    const row = document.createElement('tr')
    row.dataset.handlerId = String(handler.id)
    cell(row, '').appendChild(checkbox(`Select ${handler.name}`, false))
    cell(row, handler.name ?? '')
    cell(row, handler.type ?? '')
    cell(row, target(handler.settings))
    const enabled = handler.is_enabled === true || handler.is_enabled === 1
    const toggle = checkbox(`Enabled: ${handler.name}`, enabled)
    toggle.setAttribute('role', 'switch')
    cell(row, '').appendChild(toggle)
    cell(row, dates.format(Date.parse(`${handler.datetime.replace(' ', 'T')}Z`)))
    cell(
      row,
      handler.last_datetime
        ? dates.format(Date.parse(`${handler.last_datetime.replace(' ', 'T')}Z`))
        : 'Never',
    )
    const edit = document.createElement('button')
    edit.textContent = 'Edit'
    cell(row, '').appendChild(edit)
    rows.appendChild(row)
  }
  body.appendChild(rows)
}

const response = await fetch(`/api/notification-handlers/?page=1&results_per_page=${perPage}`, {
  headers: { Authorization: `Bearer ${account.apiKey}`, Accept: 'application/json' },
})
render((await response.json()).data)
