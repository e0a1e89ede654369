// The pseudo-language catalogue files, as bundled: a chunk of its own, which the window loads only when the
// pseudo-language text is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/en-XA/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
