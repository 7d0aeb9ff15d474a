import { describe, expect, it } from 'vitest';
import { storageProblem } from './storageProblem';

describe('storageProblem', () => {
  it('says a full quota, a refused database and anything else in words', () => {
    expect(storageProblem(new DOMException('x', 'QuotaExceededError'))).toMatch(/storage for this site is full/);
    expect(storageProblem(new DOMException('A mutation operation was attempted', 'InvalidStateError'))).toMatch(/private browsing.*A mutation operation/);
    expect(storageProblem(new DOMException('denied', 'SecurityError'))).toMatch(/does not let the page store runs/);
    expect(storageProblem(new Error('disk on fire'))).toBe("The browser's storage failed: disk on fire");
    expect(storageProblem('odd')).toBe("The browser's storage failed: odd");
  });
});
