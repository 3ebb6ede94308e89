export function HandlerFormRoute() {
  return null
}
