import { useSearchParams } from 'react-router';

type Paged = { page: number; pageSize: number };

// A list's filters and page kept in the address, so "back" from a detail page and a shared link both
// land on the same rows. `read` and `write` turn the address into the query and back.
export const useAddressQuery = <Query extends Paged>(
  read: (params: URLSearchParams) => Query,
  write: (query: Query) => URLSearchParams,
) => {
  const [params, setParams] = useSearchParams();
  const query = read(params);
  // Filtering replaces the address entry (typing a search is not a step to go back through).
  const replace = (next: Query) => setParams(write(next), { replace: true });
  const filter = (patch: Partial<Query>) => replace({ ...query, ...patch, page: 1 });
  // Another page size starts again at the first page.
  const onPage = (page: number, pageSize: number) =>
    setParams(write({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }));
  return { query, replace, filter, onPage };
};
