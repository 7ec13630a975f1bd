// Check digits computed apart from the validators (BigInt and explicit loops), to build valid
// identifiers in specs without trusting the code under test.

const weighted = (prefix: string, weights: readonly number[]): number => {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) sum += Number(prefix[index]) * weights[index];
  return sum;
};

/** A 12-digit prefix completed into an OGRN. */
export function ogrnWith(prefix: string): string {
  return prefix + (BigInt(prefix) % 11n % 10n).toString();
}

/** A 9-digit prefix completed into the INN of a Russian legal entity. */
export function innWith(prefix: string): string {
  return prefix + String((weighted(prefix, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
}

/** An 11-digit prefix completed into a Kazakh BIN, or null when no control digit exists for it. */
export function binWith(prefix: string): string | null {
  const first = weighted(prefix, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (first !== 10) return prefix + String(first);
  const second = weighted(prefix, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return second === 10 ? null : prefix + String(second);
}
