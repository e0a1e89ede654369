// The Polish catalogue files, as bundled: a chunk of its own, which the window loads only when the Polish text
// is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/pl/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
