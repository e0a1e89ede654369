// The English catalogue files, as bundled: in the main bundle: English is the fallback of every other language.
export default import.meta.glob('../../../../../assets/locales/en/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
