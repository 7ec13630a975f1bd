/** The addressed record does not exist (404). */
export class RecordNotFound extends Error {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} was not found`);
    this.name = 'RecordNotFound';
  }
}
