// The Brazilian Portuguese catalogue files, as bundled: a chunk of its own, which the window loads only when the
// Brazilian Portuguese text is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/pt-BR/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
