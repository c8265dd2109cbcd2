// Errors the store raises for bad calls (unknown or duplicate Guid, closed store, bad options).
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
