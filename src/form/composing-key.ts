/**
 * Whether a keydown belongs to an input method's composition (Japanese, Chinese, Korean…): the
 * Enter that confirms a conversion is the input method's, not the shopper's, and must neither pay,
 * pick a country nor apply a code. Chromium and Firefox mark it `isComposing`; Safari sends it
 * after `compositionend`, with the legacy keyCode 229 that every browser gives such keys.
 */
export const isComposingKey = (event: KeyboardEvent): boolean => event.isComposing || event.keyCode === 229;
