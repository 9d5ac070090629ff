import { useCallback, useRef, useState } from 'react';
import type { CodeEntry } from '../../../../../shared/reference/codes';

type Search = (query: string, limit: number) => CodeEntry[];

/**
 * ICD-10 is about 1 MB of titles and optional for a GP: it is a chunk of its own (dynamic import, split by Vite),
 * loaded the first time the ICD-10 box gets focus, not with every start of the app.
 */
export function useIcd10Search(): { search: Search | null; load: () => void; failed: boolean } {
  const [search, setSearch] = useState<Search | null>(null);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    void import('../../../../../shared/reference/icd10').then(
      (module) => setSearch(() => module.searchIcd10),
      () => {
        started.current = false;
        setFailed(true);
      },
    );
  }, []);
  return { search, load, failed };
}
