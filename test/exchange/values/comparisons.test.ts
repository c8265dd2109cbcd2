// Sizes in PowerShell comparisons and sorting, as scripts filter mailboxes by quota and size.
// These need the operators, Sort-Object and Measure-Object to use PSComparableObject's keys
// (helper R's work); until that is committed they are listed as todo. The keys themselves are
// tested in sizes.test.ts.
import { describe, it } from 'vitest';

describe('sizes in operators and sorting', () => {
  it.todo("$m.ProhibitSendQuota -gt 10GB is True for a 49 GB quota, -lt 10GB False");
  it.todo("$m.ProhibitSendQuota -lt '50GB' and -ge '49 GB' read the text as a size");
  it.todo("an Unlimited quota is -gt any size and -eq 'Unlimited'");
  it.todo('Sort-Object TotalItemSize orders statistics by bytes, not by their text (9 MB before 10 KB as text)');
  it.todo("Where-Object ProhibitSendQuota -gt 40GB keeps only the larger quotas");
});
