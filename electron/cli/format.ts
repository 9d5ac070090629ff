/** Numbers, sizes and durations the Norwegian way: space between thousands, decimal comma. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${decimal(bytes / 1024)} kB`;
  return `${decimal(bytes / (1024 * 1024))} MB`;
}

export function formatSeconds(ms: number): string {
  return `${decimal(ms / 1000)} s`;
}

function decimal(value: number): string {
  return value.toFixed(1).replace('.', ',');
}
