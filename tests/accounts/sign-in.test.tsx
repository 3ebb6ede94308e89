import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()
const UNKNOWN_KEY = '0123456789abcdef0123456789abcdef'

async function signInWith(pasted: string) {
  const user = userEvent.setup()
  const view = renderApp('/sign-in')
  const field = await screen.findByLabelText('API key')
  if (pasted) {
    await user.click(field)
    await user.paste(pasted)
  }
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  return { field, location: view.location }
}

const apiRequests = () => env.sim.requests.filter((request) => request.path.includes('/api/'))

describe('signing in with an API key', () => {
  it('checks the key, shows the account and opens the table', async () => {
    const { key } = env.sim.addAccount({ name: 'Acme Ops', email: 'ops@acme.example', handlers: 3 })
    const { location } = await signInWith(key)
    expect(await screen.findByText('3 handlers')).toBeInTheDocument()
    const menu = screen.getByRole('button', { name: 'Accounts, current: Acme Ops' })
    expect(menu).toHaveTextContent('ops@acme.example')
    // The profile read by the key check is not asked for again.
    expect(apiRequests().filter((request) => request.path.endsWith('/user'))).toHaveLength(1)
    expect(location()).toBe('/handlers')
    expect(document.body.textContent).not.toContain(key)
  })

  it('returns to the page that asked for sign-in', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 30 })
    const { location } = renderApp('/handlers?page=2&per_page=10')
    await user.click(await screen.findByLabelText('API key'))
    await user.paste(key)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('11–20 of 30')).toBeInTheDocument()
    expect(location()).toBe('/handlers?page=2&per_page=10')
  })

  it('trims spaces and line breaks pasted around the key', async () => {
    const { key } = env.sim.addAccount({ handlers: 1 })
    await signInWith(`  ${key}\t `)
    expect(await screen.findByText('1 handler')).toBeInTheDocument()
  })

  it('falls back to a list call on a server without /api/user', async () => {
    env.sim.setDialect('documented')
    const { key } = env.sim.addAccount({ handlers: 2 })
    await signInWith(key)
    expect(await screen.findByText('2 handlers')).toBeInTheDocument()
    expect(apiRequests().map((request) => `${request.method} ${request.status}`)).toEqual([
      'GET 404',
      'GET 200',
      'GET 200',
    ])
    expect(
      screen.getByRole('button', { name: `Accounts, current: Key ending in ${key.slice(-4)}` }),
    ).toBeInTheDocument()
  })

  it('asks for a key when none is typed, without a request', async () => {
    await signInWith('')
    expect(await screen.findByText('Enter your API key.')).toBeInTheDocument()
    expect(apiRequests()).toHaveLength(0)
  })

  it('refuses what cannot be a key, without a request, keeping what was typed', async () => {
    const { field } = await signInWith('my key here')
    expect(await screen.findByText(/This does not look like an API key/)).toBeInTheDocument()
    expect(field).toHaveValue('my key here')
    expect(apiRequests()).toHaveLength(0)
  })

  it('says when the server does not accept the key', async () => {
    const { field } = await signInWith(UNKNOWN_KEY)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server did not accept this key.',
    )
    expect(field).toHaveValue(UNKNOWN_KEY)
    expect(document.body.textContent).not.toContain(UNKNOWN_KEY)
  })

  it('says when the account has no API access', async () => {
    const { key } = env.sim.addAccount({ apiAccess: false })
    await signInWith(key)
    expect(await screen.findByRole('alert')).toHaveTextContent('plan includes API access')
  })

  it('says when the server cannot be reached', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ drop: true })
    await signInWith(key)
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached.')
  })

  it('says when the server fails with an HTML page', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ status: 500 })
    await signInWith(key)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server had a problem checking the key.',
    )
  })

  it("passes on the proxy's own words when it refused the upstream", async () => {
    const { key } = env.sim.addAccount()
    const title =
      'The upstream certificate of api.example.com could not be verified, so nothing was sent to it.'
    env.sim.injectFault({
      status: 502,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ status: 502, title }] }),
    })
    await signInWith(key)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The server had a problem checking the key.')
    expect(alert).toHaveTextContent(`The server said: ${title}`)
  })

  it('says when the answer is not the API it expects', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ body: '<html>a different site</html>', contentType: 'text/html' })
    await signInWith(key)
    expect(await screen.findByRole('alert')).toHaveTextContent('does not understand')
  })

  it('says how long to wait when the key is rate-limited', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ status: 429 })
    await signInWith(key)
    expect(await screen.findByRole('alert')).toHaveTextContent(/Try again in \d+ seconds/)
  })

  it('lets the user in after fixing a wrong key', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 4 })
    const { field } = await signInWith(UNKNOWN_KEY)
    await screen.findByRole('alert')
    await user.clear(field)
    await user.type(field, key)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('4 handlers')).toBeInTheDocument()
    await waitFor(() => expect(sessionStorage.getItem('conecto.accounts')).toContain(key))
    expect(localStorage.getItem('conecto.accounts')).toBeNull()
  })
})
