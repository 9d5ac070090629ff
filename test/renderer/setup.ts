import { configure } from '@testing-library/react';

// A loaded 2-core CI machine can take more than the default 1 s to render a room; wait up to 5 s before failing.
configure({ asyncUtilTimeout: 5000 });
