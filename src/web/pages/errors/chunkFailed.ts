// A page's code could not be downloaded (a weak signal, a busy network, a new release): the browsers say
// so in English, in their own words.
export const chunkFailed = (error: unknown): boolean =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|ChunkLoadError|Loading chunk/i.test(
    `${error.name} ${error.message}`,
  );
