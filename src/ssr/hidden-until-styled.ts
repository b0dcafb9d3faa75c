/**
 * Elements the server renders with their stylesheet linked (dodo-checkout/ssr): their form is
 * hidden until the stylesheet's `.checkout[hidden]` rule shows it, so a browser that goes on
 * parsing while the stylesheet is on its way (Firefox) never shows it unstyled. Its own module,
 * free of server code, since the element reads it too.
 */
export const hiddenUntilStyled = new WeakSet<object>();
