// Registry numbers with correct check digits for the organizations of the demo story. They are made
// up (runs of zeros), so that no real organization is named by them.

const weighted = (prefix: string, weights: readonly number[]): number =>
  weights.reduce((sum, weight, index) => sum + weight * Number(prefix[index]), 0);

/** A 12-digit prefix completed into an ОГРН: the last digit is (prefix mod 11) mod 10. */
export function ogrnWith(prefix: string): string {
  return prefix + (BigInt(prefix) % 11n % 10n).toString();
}

/** A 9-digit prefix completed into the ИНН of a Russian legal entity. */
export function innWith(prefix: string): string {
  return prefix + String((weighted(prefix, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
}

/** An 11-digit prefix completed into a Kazakh БИН; a prefix no control digit completes is an error. */
export function binWith(prefix: string): string {
  let control = weighted(prefix, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (control === 10) control = weighted(prefix, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  if (control === 10) throw new Error(`No БИН starts with ${prefix}`);
  return prefix + String(control);
}
